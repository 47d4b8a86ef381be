import Foundation
import SitrepModel
import SitrepRecord

/// The review queue: incidents to review, newest change first, with filters.
struct ReviewQueue: Sendable {
    struct Item: Sendable {
        var incident: Incident
        var claims: Int
        var stories: [Story]
    }

    var session: DeskSession
    var filter: SiteRoute.ReviewFilter
    var items: [Item]
    var stories: [Story]
    var eventTypes: [String]
    var next: String?

    var canReview: Bool { session.user.role == .reviewer || session.user.role == .admin }
}

/// One incident under review: its fields, figures, grade, every claim with its evidence marked
/// in the text it was read from, and the history.
struct IncidentReview: Sendable {
    struct ClaimView: Sendable {
        var claim: Claim
        var source: SourceInfo?
        var story: Story?
        /// The text of the revision the claim was read from, and the offset its spans need.
        var text: String
        var offset: Int
        /// The update has a newer revision than the one the claim was read from.
        var outdated: Bool
    }

    var session: DeskSession
    var incident: Incident
    var claims: [ClaimView]
    var history: [HistoryEntry]
    var notice: String?
    var error: String?
    /// Ids of the incidents just before and after this one in the queue.
    var previous: String?
    var next: String?

    var canReview: Bool { session.user.role == .reviewer || session.user.role == .admin }
    var isOpen: Bool { incident.status == .proposed || incident.status == .published }

    /// Fields a reviewer may correct, in the order the form shows them, with their labels.
    static let editable: [(name: String, label: String)] = [
        ("event_type", "Event type"), ("sub_event_type", "Sub-event type"), ("date", "Date"),
        ("location", "Place"), ("admin1", "Province (admin1)"), ("country", "Country"),
        ("latitude", "Latitude"), ("longitude", "Longitude"), ("geo_precision", "Geo precision (1–3)"),
        ("actor1", "Actor 1"), ("actor2", "Actor 2"),
    ]

    /// The claims that are still active (the figures and grade stand on them).
    var active: [ClaimView] { claims.filter { !$0.claim.withdrawn } }
}
