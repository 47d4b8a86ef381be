import Foundation

// MARK: - Reading and writing the record

/// Filters of the incident list (API, desk queue, public explorer).
public struct IncidentQuery: Hashable, Sendable {
    /// nil means every status but `merged`.
    public var statuses: [IncidentStatus]?
    public var storyID: Int64?
    public var grade: Grade?
    public var eventType: String?
    public var subEventType: String?
    public var country: String?
    public var admin1: String?
    public var actor: String?
    public var from: String?
    public var to: String?
    public var updatedSince: Date?
    /// The incident's place name (case-insensitive).
    public var location: String?
    /// Incidents with an active claim from this source (its registry name, case-insensitive).
    public var source: String?
    /// Words that must all occur in the evidence sentence of one active claim (the last one
    /// as a prefix).
    public var text: String?
    /// Incidents with coordinates inside this box.
    public var box: GeoBox?
    public var sort: IncidentSort = .updated
    /// With `statuses == [.published]`: also the incidents that were published once and have
    /// since been rejected or merged (tombstones), for incremental sync with deletions.
    public var includeTombstones: Bool = false
    /// Only incidents that were published once (the deletions of incremental sync).
    public var publishedOnce: Bool = false
    /// Continue after this (updated_at millis, id) position, newest first.
    public var cursor: IncidentCursor?
    public var limit: Int

    public init(statuses: [IncidentStatus]? = [.published], storyID: Int64? = nil, grade: Grade? = nil,
                eventType: String? = nil, subEventType: String? = nil, country: String? = nil, admin1: String? = nil,
                actor: String? = nil, from: String? = nil, to: String? = nil, updatedSince: Date? = nil,
                cursor: IncidentCursor? = nil, limit: Int = 50) {
        self.statuses = statuses
        self.storyID = storyID
        self.grade = grade
        self.eventType = eventType
        self.subEventType = subEventType
        self.country = country
        self.admin1 = admin1
        self.actor = actor
        self.from = from
        self.to = to
        self.updatedSince = updatedSince
        self.cursor = cursor
        self.limit = limit
    }
}

extension IncidentQuery {
    /// The query of the page after `last`, in the same order.
    public func continuing(after last: Incident) -> IncidentQuery {
        var next = self
        next.cursor = IncidentCursor(after: last, sort: sort)
        return next
    }
}

/// The order of an incident list; ties are broken by id, descending.
public enum IncidentSort: String, CaseIterable, Hashable, Sendable {
    /// Newest change first (incremental sync, the review queue).
    case updated
    /// Latest event date first.
    case date
    /// Most fatalities (ACLED's conservative figure) first.
    case fatalities
}

/// A position in an incident list: the sort key of the last incident seen and its id. As text,
/// "<updated_at millis>.<id>", "d<date>.<id>" or "f<fatalities>.<id>".
public struct IncidentCursor: Hashable, Sendable {
    public enum Key: Hashable, Sendable {
        case updated(millis: Int64)
        case date(String)
        case fatalities(Int)
    }

    public var key: Key
    public var id: String

    public init(key: Key, id: String) {
        self.key = key
        self.id = id
    }

    /// The position right after `incident` in a list sorted by `sort`.
    public init(after incident: Incident, sort: IncidentSort = .updated) {
        switch sort {
        case .updated: key = .updated(millis: Int64((incident.updatedAt.timeIntervalSince1970 * 1000).rounded()))
        case .date: key = .date(incident.fields.date)
        case .fatalities: key = .fatalities(incident.figures.fatalities)
        }
        id = incident.id
    }

    public init?(text: String) {
        guard let dot = text.lastIndex(of: ".") else { return nil }
        let head = text[..<dot]
        let rest = String(text[text.index(after: dot)...])
        guard !rest.isEmpty, rest.count <= 16, rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        switch head.first {
        case "d":
            let day = head.dropFirst()
            guard day.count == 10, day.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) else { return nil }
            key = .date(String(day))
        case "f":
            guard let count = Int(head.dropFirst()), count >= 0 else { return nil }
            key = .fatalities(count)
        default:
            guard let millis = Int64(head) else { return nil }
            key = .updated(millis: millis)
        }
        id = rest
    }

    /// The order this cursor continues.
    public var sort: IncidentSort {
        switch key {
        case .updated: .updated
        case .date: .date
        case .fatalities: .fatalities
        }
    }

    public var text: String {
        switch key {
        case let .updated(millis): "\(millis).\(id)"
        case let .date(day): "d\(day).\(id)"
        case let .fatalities(count): "f\(count).\(id)"
        }
    }
}

/// A box of longitudes and latitudes, west to east and south to north (a box across the
/// antimeridian is not supported). As text, "minLon,minLat,maxLon,maxLat" as in RFC 7946.
public struct GeoBox: Hashable, Sendable {
    public var minLon: Double
    public var minLat: Double
    public var maxLon: Double
    public var maxLat: Double

    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }

    /// What is wrong with a box's text, in words fit to show a user.
    public struct ParseError: Error, CustomStringConvertible, Equatable, Sendable {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// Parses "minLon,minLat,maxLon,maxLat": four finite numbers, longitudes within -180...180,
    /// latitudes within -90...90, each minimum below its maximum.
    public init(parsing text: String) throws(ParseError) {
        let fields = text.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 4 else {
            throw ParseError(description: "bbox must be four numbers: minLon,minLat,maxLon,maxLat")
        }
        var numbers: [Double] = []
        for field in fields {
            guard let value = Double(field.trimmingCharacters(in: .whitespaces)), value.isFinite else {
                throw ParseError(description: "bbox: \u{201C}\(field.prefix(20))\u{201D} is not a number")
            }
            numbers.append(value)
        }
        let box = GeoBox(minLon: numbers[0], minLat: numbers[1], maxLon: numbers[2], maxLat: numbers[3])
        guard (-180...180).contains(box.minLon), (-180...180).contains(box.maxLon) else {
            throw ParseError(description: "bbox: longitudes must be within -180 and 180")
        }
        guard (-90...90).contains(box.minLat), (-90...90).contains(box.maxLat) else {
            throw ParseError(description: "bbox: latitudes must be within -90 and 90")
        }
        guard box.minLon < box.maxLon, box.minLat < box.maxLat else {
            throw ParseError(description: "bbox: each minimum must be below its maximum")
        }
        self = box
    }

    /// Parses like `init(parsing:)`; nil for malformed or out-of-range text.
    public init?(text: String) {
        guard let box = try? GeoBox(parsing: text) else { return nil }
        self = box
    }

    /// "minLon,minLat,maxLon,maxLat" with at most four decimals (about 11 m).
    public var text: String {
        [minLon, minLat, maxLon, maxLat].map { value in
            let rounded = (value * 10_000).rounded() / 10_000
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }.joined(separator: ",")
    }

}

// MARK: - Summaries of the record (map and charts)

/// An incident as the map draws it.
public struct IncidentPoint: Hashable, Sendable {
    public var id: String
    public var date: String
    public var eventType: String
    public var subEventType: String
    public var location: String?
    public var admin1: String?
    public var latitude: Double
    public var longitude: Double
    public var fatalities: Int

    public init(id: String, date: String, eventType: String, subEventType: String, location: String?, admin1: String?,
                latitude: Double, longitude: Double, fatalities: Int) {
        self.id = id
        self.date = date
        self.eventType = eventType
        self.subEventType = subEventType
        self.location = location
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.fatalities = fatalities
    }
}

/// Totals of the incidents a query selects.
public enum RecordTally {
    /// One day's incidents of one event type, with the sums of their fatality figures: ACLED's
    /// conservative `fatalities`, and UCDP's low, best and high (an incident without a low or
    /// high counts its conservative figure; without a best, its low).
    public struct Day: Hashable, Sendable {
        public var date: String
        public var eventType: String
        public var incidents: Int
        public var fatalities: Int
        public var low: Int
        public var best: Int
        public var high: Int

        public init(date: String, eventType: String, incidents: Int, fatalities: Int, low: Int, best: Int, high: Int) {
            self.date = date
            self.eventType = eventType
            self.incidents = incidents
            self.fatalities = fatalities
            self.low = low
            self.best = best
            self.high = high
        }
    }

    /// The incidents and fatalities of one actor (as actor 1, the perpetrator).
    public struct Actor: Hashable, Sendable {
        public var actor: String
        public var incidents: Int
        public var fatalities: Int

        public init(actor: String, incidents: Int, fatalities: Int) {
            self.actor = actor
            self.incidents = incidents
            self.fatalities = fatalities
        }
    }
}

// MARK: - Writing the record

/// Everything one record operation writes, in one transaction. Incidents created by the change
/// are named "new:0", "new:1"... in every field that refers to an incident (claims, history,
/// `mergedInto`); the store gives each a stable id (`prefix` + the next number) and rewrites the
/// references. Existing incidents are written only if still at `expectedVersion`, so two writers
/// that planned from the same state cannot both win (the loser gets `.conflict` and replans).
public struct RecordChange: Sendable {
    public struct IncidentWrite: Sendable {
        public var incident: Incident
        /// The version read when planning; nil for a new incident.
        public var expectedVersion: Int?
        /// For a new incident: the id prefix (ISO 3166 alpha-3).
        public var prefix: String
        /// How many active claims it has after the change.
        public var activeClaims: Int

        /// What the incident's export rows say of its active claims (written beside it, so an
        /// export reads columns, not documents).
        public var digest: IncidentDigest

        public init(incident: Incident, expectedVersion: Int?, prefix: String = "", activeClaims: Int = 0,
                    digest: IncidentDigest = IncidentDigest()) {
            self.incident = incident
            self.expectedVersion = expectedVersion
            self.prefix = prefix
            self.activeClaims = activeClaims
            self.digest = digest
        }
    }

    public var incidents: [IncidentWrite] = []
    /// Claims to insert or overwrite (by id).
    public var claims: [Claim] = []
    public var history: [HistoryEntry] = []

    public init() {}

    public var isEmpty: Bool { incidents.isEmpty && claims.isEmpty && history.isEmpty }

    public static func newKey(_ index: Int) -> String { "new:\(index)" }
}

/// An indicator as the record keeps it: where it was read (story and update, or the story's
/// original entry as "entry-<story id>").
public struct IndicatorReading: Hashable, Sendable {
    public var storyID: Int64
    public var updateID: String
    public var indicator: Indicator

    public init(storyID: Int64, updateID: String, indicator: Indicator) {
        self.storyID = storyID
        self.updateID = updateID
        self.indicator = indicator
    }
}

/// Filters of indicator readings; every one optional.
public struct IndicatorQuery: Hashable, Sendable {
    public var name: String?
    public var storyID: Int64?
    public var from: String?
    public var to: String?
    public var limit: Int

    public init(name: String? = nil, storyID: Int64? = nil, from: String? = nil, to: String? = nil, limit: Int = 5_000) {
        self.name = name
        self.storyID = storyID
        self.from = from
        self.to = to
        self.limit = limit
    }
}
