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

/// A position in the incident list, newest change first: "<updated_at millis>.<id>".
public struct IncidentCursor: Hashable, Sendable {
    public var updatedAtMillis: Int64
    public var id: String

    public init(updatedAtMillis: Int64, id: String) {
        self.updatedAtMillis = updatedAtMillis
        self.id = id
    }

    /// The position right after `incident` in the list.
    public init(after incident: Incident) {
        updatedAtMillis = Int64((incident.updatedAt.timeIntervalSince1970 * 1000).rounded())
        id = incident.id
    }

    public init?(text: String) {
        guard let dot = text.firstIndex(of: "."), let millis = Int64(text[..<dot]) else { return nil }
        let rest = String(text[text.index(after: dot)...])
        guard !rest.isEmpty, rest.count <= 16, rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        updatedAtMillis = millis
        id = rest
    }

    public var text: String { "\(updatedAtMillis).\(id)" }
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

        public init(incident: Incident, expectedVersion: Int?, prefix: String = "", activeClaims: Int = 0) {
            self.incident = incident
            self.expectedVersion = expectedVersion
            self.prefix = prefix
            self.activeClaims = activeClaims
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
