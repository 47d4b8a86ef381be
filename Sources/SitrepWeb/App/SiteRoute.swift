import Foundation
import SitrepModel

/// Every public address of the site. Routes are registered from `pattern` and links are built from
/// `path`, so the two cannot drift apart.
public enum SiteRoute: Hashable, Sendable {
    case home
    case story(Slug)
    case storyOlder(Slug, before: Int64)
    case storyLive(Slug)
    case storyAtom(Slug)
    case storyJSONFeed(Slug)
    case siteAtom
    case search(String?)
    case asset(String)
    case health
    case metrics
    case desk
    case deskLogin
    case deskLogout
    case deskNewStory
    case deskStory(Slug)
    case deskStoryEnd(Slug)
    case deskUpdate(String)
    case deskUpdateDelete(String)
    case deskReview(ReviewFilter)
    case deskReviewLive
    case deskIncident(String)
    case deskSuggest
    case deskSources
    case deskSource(Int64)
    case events(String)
    case eventsLive
    case event(String)
    case map(String)
    case mapSVG(String)
    case exportACLED(String)
    case exportGeoJSON(String)
    case exportJSONL(String)
    case exportClaims(String)

    /// The link to this address (path and query, percent-encoded).
    public var path: String {
        switch self {
        case .home: "/"
        case let .story(slug): "/stories/\(slug)"
        case let .storyOlder(slug, before): "/stories/\(slug)?before=\(before)"
        case let .storyLive(slug): "/stories/\(slug)/live"
        case let .storyAtom(slug): "/stories/\(slug)/feed.atom"
        case let .storyJSONFeed(slug): "/stories/\(slug)/feed.json"
        case .siteAtom: "/feed.atom"
        case let .search(query):
            if let query, !query.isEmpty { "/search?q=\(SiteRoute.percentEncode(query))" } else { "/search" }
        case let .asset(name): "/assets/\(name)"
        case .health: "/health"
        case .metrics: "/metrics"
        case .desk: "/desk"
        case .deskLogin: "/desk/login"
        case .deskLogout: "/desk/logout"
        case .deskNewStory: "/desk/stories/new"
        case let .deskStory(slug): "/desk/stories/\(slug)"
        case let .deskStoryEnd(slug): "/desk/stories/\(slug)/end"
        case let .deskUpdate(id): "/desk/updates/\(SiteRoute.percentEncode(id))"
        case let .deskUpdateDelete(id): "/desk/updates/\(SiteRoute.percentEncode(id))/delete"
        case let .deskReview(filter): "/desk/review" + filter.query
        case .deskReviewLive: "/desk/review/live"
        case let .deskIncident(id): "/desk/review/\(SiteRoute.percentEncode(id))"
        case .deskSuggest: "/desk/suggest"
        case .deskSources: "/desk/sources"
        case let .deskSource(id): "/desk/sources/\(id)"
        case let .events(query): query.isEmpty ? "/events" : "/events?\(query)"
        case .eventsLive: "/events/live"
        case let .event(id): "/events/\(SiteRoute.percentEncode(id))"
        case let .map(query): query.isEmpty ? "/map" : "/map?\(query)"
        case let .mapSVG(query): query.isEmpty ? "/map.svg" : "/map.svg?\(query)"
        case let .exportACLED(query): query.isEmpty ? "/exports/acled.csv" : "/exports/acled.csv?\(query)"
        case let .exportGeoJSON(query): query.isEmpty ? "/exports/incidents.geojson" : "/exports/incidents.geojson?\(query)"
        case let .exportJSONL(query): query.isEmpty ? "/exports/incidents.jsonl" : "/exports/incidents.jsonl?\(query)"
        case let .exportClaims(query): query.isEmpty ? "/exports/claims.csv" : "/exports/claims.csv?\(query)"
        }
    }

    /// Router patterns, one per case.
    public enum Pattern {
        public static let home = "/"
        public static let story = "/stories/:slug"
        public static let storyLive = "/stories/:slug/live"
        public static let storyAtom = "/stories/:slug/feed.atom"
        public static let storyJSONFeed = "/stories/:slug/feed.json"
        public static let siteAtom = "/feed.atom"
        public static let search = "/search"
        public static let asset = "/assets/:name"
        public static let health = "/health"
        public static let metrics = "/metrics"
        public static let desk = "/desk"
        public static let deskLogin = "/desk/login"
        public static let deskLogout = "/desk/logout"
        public static let deskNewStory = "/desk/stories/new"
        public static let deskStory = "/desk/stories/:slug"
        public static let deskUpdate = "/desk/updates/:id"
        public static let deskUpdateDelete = "/desk/updates/:id/delete"
        public static let deskStoryEnd = "/desk/stories/:slug/end"
        public static let deskReview = "/desk/review"
        public static let deskReviewLive = "/desk/review/live"
        public static let deskIncident = "/desk/review/:id"
        public static let deskSuggest = "/desk/suggest"
        public static let deskSources = "/desk/sources"
        public static let deskSource = "/desk/sources/:id"
        public static let events = "/events"
        public static let eventsLive = "/events/live"
        public static let event = "/events/:id"
        public static let map = "/map"
        public static let mapSVG = "/map.svg"
        public static let exportACLED = "/exports/acled.csv"
        public static let exportGeoJSON = "/exports/incidents.geojson"
        public static let exportJSONL = "/exports/incidents.jsonl"
        public static let exportClaims = "/exports/claims.csv"
    }

    public func absoluteURL(base: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }

    /// The review queue's filters, as its URL query.
    public struct ReviewFilter: Hashable, Sendable {
        public var status: String
        public var story: String?
        public var eventType: String?

        public init(status: String = "proposed", story: String? = nil, eventType: String? = nil) {
            self.status = status
            self.story = story
            self.eventType = eventType
        }

        var query: String {
            var parts: [String] = []
            if status != "proposed" { parts.append("status=\(SiteRoute.percentEncode(status))") }
            if let story, !story.isEmpty { parts.append("story=\(SiteRoute.percentEncode(story))") }
            if let eventType, !eventType.isEmpty { parts.append("event_type=\(SiteRoute.percentEncode(eventType))") }
            return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
        }
    }

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// Built once: building it took a tenth of the explorer page's render (its links encode the filters many times).
    private static let unreserved: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()
}
