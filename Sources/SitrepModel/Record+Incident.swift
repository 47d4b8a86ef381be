import Foundation

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
