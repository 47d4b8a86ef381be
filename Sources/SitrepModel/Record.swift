import Foundation

// The record: claims (one source asserting one thing about one happening), incidents (the
// happening, with fields derived from its claims) and their history. Value types only; the rules
// that derive one from the other live in SitrepRecord, persistence in SitrepStore.

/// Airwars' grading scale for how well an incident is established.
public enum Grade: String, Codable, Sendable, CaseIterable, Comparable {
    case confirmed, fair, weak, contested, discounted

    /// Strongest first: the order a reader scans a list in.
    public static func < (a: Grade, b: Grade) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where an incident stands in review. `merged` is a tombstone: the incident lives on in `mergedInto`.
public enum IncidentStatus: String, Codable, Sendable, CaseIterable {
    case proposed, published, rejected, merged
}

/// How sure the text is of a claim (the extractor's vocabulary).
public enum Certainty: String, Codable, Sendable, CaseIterable {
    case verified, reported, claimed, unverified, disputed
}

// MARK: - Sources

/// A source in the registry: who speaks, what kind of voice it is and whose side it leans to.
public struct SourceInfo: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var aliases: [String]
    /// state_media, state_official, pro_government, opposition, monitor, international, wire,
    /// local (activists), armed_group, social_media, own_reporting, party.
    public var kind: String
    /// regime, opposition, kurdish, russian_state, turkish_state, islamic_state, coalition,
    /// independent ... ; empty when unknown.
    public var affiliation: String
    public var note: String
    /// Created because a claim named it; an admin has not classified it yet.
    public var draft: Bool
    public var updatedAt: Date

    public init(id: Int64 = 0, name: String, aliases: [String] = [], kind: String, affiliation: String = "",
                note: String = "", draft: Bool = false, updatedAt: Date = Date(timeIntervalSince1970: 0)) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.affiliation = affiliation
        self.note = note
        self.draft = draft
        self.updatedAt = updatedAt
    }

    public static let kinds = [
        "state_media", "state_official", "pro_government", "opposition", "monitor", "international",
        "wire", "local", "armed_group", "social_media", "own_reporting", "party",
    ]
}

// MARK: - Claims

/// What a claim says happened: the event fields in `sitrep extract`'s vocabulary.
public struct EventFields: Codable, Hashable, Sendable {
    public var eventType: String
    public var subEventType: String
    public var date: String
    public var timePrecision: Int
    public var location: String?
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: Int?
    public var actor1: String?
    public var actor2: String?
    public var civilianTargeting: Bool

    public init(eventType: String, subEventType: String, date: String, timePrecision: Int = 1,
                location: String? = nil, admin1: String? = nil, country: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, geoPrecision: Int? = nil,
                actor1: String? = nil, actor2: String? = nil, civilianTargeting: Bool = false) {
        self.eventType = eventType
        self.subEventType = subEventType
        self.date = date
        self.timePrecision = timePrecision
        self.location = location
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.actor1 = actor1
        self.actor2 = actor2
        self.civilianTargeting = civilianTargeting
    }

    /// The names of the fields, as the API and the history write them.
    public static let names = [
        "event_type", "sub_event_type", "date", "time_precision", "location", "admin1", "country",
        "latitude", "longitude", "geo_precision", "actor1", "actor2", "civilian_targeting",
    ]

    /// A field's value as text (nil when unset), for history and corrections.
    public func value(of name: String) -> String? {
        switch name {
        case "event_type": eventType
        case "sub_event_type": subEventType
        case "date": date
        case "time_precision": String(timePrecision)
        case "location": location
        case "admin1": admin1
        case "country": country
        case "latitude": latitude.map { String($0) }
        case "longitude": longitude.map { String($0) }
        case "geo_precision": geoPrecision.map(String.init)
        case "actor1": actor1
        case "actor2": actor2
        case "civilian_targeting": civilianTargeting ? "true" : "false"
        default: nil
        }
    }
}

/// A figure as a source gives it: "more than 30" is min 30, max nil; "up to 300" is min nil, max
/// 300; "8" is 8 and 8; "dozens" is 24 to nil with the qualifier kept.
public struct Figure: Codable, Hashable, Sendable {
    public var min: Int?
    public var max: Int?

    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }

    public static let none = Figure(min: nil, max: nil)
    public var isEmpty: Bool { min == nil && max == nil }

    /// "8", "more than 30", "up to 300", "30–100".
    public var text: String? {
        switch (min, max) {
        case let (lo?, hi?) where lo == hi: String(lo)
        case let (lo?, hi?): "\(lo)–\(hi)"
        case let (lo?, nil): "more than \(lo)"
        case let (nil, hi?): "up to \(hi)"
        case (nil, nil): nil
        }
    }
}

/// One source asserting one thing about one happening, read from one revision of one update.
public struct Claim: Codable, Hashable, Sendable, Identifiable {
    /// "<update id>.<revision>.<position>.<fingerprint of what it says>": stable, known before
    /// the claim is stored, and different whenever the claim says something else (a re-read of
    /// the same revision by a newer extractor never overwrites the claim it replaces).
    public var id: String
    public var incidentID: String
    public var storyID: Int64
    public var updateID: String
    public var revision: Int
    /// Order of the claim in its update's extraction.
    public var position: Int
    public var source: String?
    public var sourceKind: String?
    public var affiliation: String?
    public var fields: EventFields
    public var killed: Figure
    public var injured: Figure
    public var certainty: String
    /// The source denies the event or its own part in it.
    public var denial: Bool
    /// Evidence: bytes of the revision's text (headline, a blank line, then the body), the
    /// whole claim and field by field (`event_type`, `location`, `fatalities`, `source`...).
    public var span: ByteSpan
    public var fieldSpans: [String: [ByteSpan]]
    /// The evidence sentences.
    public var text: String
    /// Withdrawn when its update was deleted or re-read without it; kept for history.
    public var withdrawn: Bool
    public var createdAt: Date

    public init(incidentID: String = "", storyID: Int64, updateID: String, revision: Int, position: Int,
                source: String?, sourceKind: String?, affiliation: String? = nil, fields: EventFields,
                killed: Figure = .none, injured: Figure = .none, certainty: String = "reported",
                denial: Bool = false, span: ByteSpan, fieldSpans: [String: [ByteSpan]] = [:], text: String, withdrawn: Bool = false,
                createdAt: Date = Date(timeIntervalSince1970: 0)) {
        self.id = ""
        self.incidentID = incidentID
        self.storyID = storyID
        self.updateID = updateID
        self.revision = revision
        self.position = position
        self.source = source
        self.sourceKind = sourceKind
        self.affiliation = affiliation
        self.fields = fields
        self.killed = killed
        self.injured = injured
        self.certainty = certainty
        self.denial = denial
        self.span = span
        self.fieldSpans = fieldSpans
        self.text = text
        self.withdrawn = withdrawn
        self.createdAt = createdAt
        self.id = "\(updateID).\(revision).\(position).\(fingerprint)"
    }

    /// 32 bits of FNV-1a over everything `says(sameAs:)` compares, as 8 hex digits.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x1f) &* 0x0000_0100_0000_01b3
        }
        mix(source ?? "")
        for name in EventFields.names { mix(fields.value(of: name) ?? "") }
        for n in [killed.min, killed.max, injured.min, injured.max] { mix(n.map(String.init) ?? "") }
        mix(certainty)
        mix(denial ? "1" : "0")
        mix(text)
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        return String(folded, radix: 16).leftPadded(to: 8)
    }

    /// A story's original entry is read into the record like an update with this id.
    public static func entryID(storyID: Int64) -> String { "entry-\(storyID)" }

    /// Read from the story's original entry, not from an update.
    public var isFromEntry: Bool { updateID.hasPrefix("entry-") }

    /// The same assertion (what re-reading an edited update compares): everything but ids,
    /// revision and time.
    public func says(sameAs other: Claim) -> Bool {
        source == other.source && fields == other.fields && killed == other.killed && injured == other.injured
            && certainty == other.certainty && denial == other.denial && text == other.text
    }
}

// MARK: - Incidents

/// UCDP-style estimates plus ACLED's conservative figure.
public struct Figures: Codable, Hashable, Sendable {
    /// ACLED: the lowest credible reported toll (0 when none is reported).
    public var fatalities: Int
    public var fatalitiesLow: Int?
    public var fatalitiesBest: Int?
    public var fatalitiesHigh: Int?
    public var injuredLow: Int?
    public var injuredBest: Int?
    public var injuredHigh: Int?

    public init(fatalities: Int = 0, fatalitiesLow: Int? = nil, fatalitiesBest: Int? = nil, fatalitiesHigh: Int? = nil,
                injuredLow: Int? = nil, injuredBest: Int? = nil, injuredHigh: Int? = nil) {
        self.fatalities = fatalities
        self.fatalitiesLow = fatalitiesLow
        self.fatalitiesBest = fatalitiesBest
        self.fatalitiesHigh = fatalitiesHigh
        self.injuredLow = injuredLow
        self.injuredBest = injuredBest
        self.injuredHigh = injuredHigh
    }
}

/// One happening: its fields (derived from claims unless a reviewer corrected them), figures,
/// grade and review status. `version` grows with every write (optimistic concurrency).
public struct Incident: Codable, Hashable, Sendable, Identifiable {
    /// Stable, ACLED style: ISO 3166 alpha-3 of the country plus a number ("SYR12"); "XXX" when
    /// no country is known.
    public var id: String
    public var status: IncidentStatus
    public var fields: EventFields
    /// Field name → ids of the claims it came from (empty for a reviewer's correction).
    public var fieldClaims: [String: [String]]
    /// Field name → value a reviewer set; these win over the claims.
    public var corrections: [String: String]
    public var figures: Figures
    public var grade: Grade
    public var gradeReason: String
    /// A reviewer's grade, which wins over the computed one.
    public var gradeOverride: Grade?
    public var mergedInto: String?
    public var storyIDs: [Int64]
    /// When a reviewer first published it; kept after a later rejection or merge, so the public
    /// record can tell its readers the incident is gone (a tombstone).
    public var firstPublishedAt: Date?
    public var createdAt: Date
    public var updatedAt: Date
    public var version: Int

    public init(id: String, status: IncidentStatus = .proposed, fields: EventFields, fieldClaims: [String: [String]] = [:],
                corrections: [String: String] = [:], figures: Figures = Figures(), grade: Grade = .weak,
                gradeReason: String = "", gradeOverride: Grade? = nil, mergedInto: String? = nil, storyIDs: [Int64] = [],
                firstPublishedAt: Date? = nil, createdAt: Date, updatedAt: Date, version: Int = 0) {
        self.id = id
        self.status = status
        self.fields = fields
        self.fieldClaims = fieldClaims
        self.corrections = corrections
        self.figures = figures
        self.grade = grade
        self.gradeReason = gradeReason
        self.gradeOverride = gradeOverride
        self.mergedInto = mergedInto
        self.storyIDs = storyIDs
        self.firstPublishedAt = firstPublishedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
    }

    /// The grade readers see: a reviewer's override, else the computed one.
    public var effectiveGrade: Grade { gradeOverride ?? grade }

    /// Published incidents are locked: only a reviewer changes their fields.
    public var isLocked: Bool { status == .published }
}

/// An incident with its claims (withdrawn ones included, after the active ones).
public struct IncidentFile: Codable, Hashable, Sendable {
    public var incident: Incident
    public var claims: [Claim]

    public init(incident: Incident, claims: [Claim]) {
        self.incident = incident
        self.claims = claims
    }

    public var activeClaims: [Claim] { claims.filter { !$0.withdrawn } }
}

/// An open incident near a new claim, with how many active claims it has: enough to choose
/// where the claim goes before loading any claims.
public struct IncidentCandidate: Hashable, Sendable {
    public var incident: Incident
    public var activeClaims: Int

    public init(incident: Incident, activeClaims: Int) {
        self.incident = incident
        self.activeClaims = activeClaims
    }
}

/// One change to an incident or a claim: who or what, when, which field, old and new, why.
public struct HistoryEntry: Codable, Hashable, Sendable {
    public var incidentID: String
    public var claimID: String?
    /// created, claim_added, claim_replaced, claim_withdrawn, claim_moved, field, regraded,
    /// accepted, rejected, corrected, grade_override, merged, split.
    public var action: String
    public var field: String?
    public var oldValue: String?
    public var newValue: String?
    public var reason: String?
    /// "user:NAME" or "extractor:VERSION".
    public var actor: String
    public var at: Date

    public init(incidentID: String, claimID: String? = nil, action: String, field: String? = nil, oldValue: String? = nil,
                newValue: String? = nil, reason: String? = nil, actor: String, at: Date) {
        self.incidentID = incidentID
        self.claimID = claimID
        self.action = action
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.actor = actor
        self.at = at
    }
}

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

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
