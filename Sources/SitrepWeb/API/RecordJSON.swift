import Foundation
import SitrepModel
import SitrepRecord
import SitrepStore

// The record on the wire. Field names follow `sitrep extract`'s JSON (snake_case, ACLED names).

struct IncidentJSON: Encodable, Sendable {
    var id: String
    var status: String
    var event_type: String
    var sub_event_type: String
    var event_date: String
    var time_precision: Int
    var location: String?
    var admin1: String?
    var country: String?
    var latitude: Double?
    var longitude: Double?
    var geo_precision: Int?
    var actor1: String?
    var actor2: String?
    var civilian_targeting: Bool
    var fatalities: Int
    var fatalities_low: Int?
    var fatalities_best: Int?
    var fatalities_high: Int?
    var injured_low: Int?
    var injured_best: Int?
    var injured_high: Int?
    var grade: String
    var grade_reason: String
    var grade_computed: String
    var grade_overridden: Bool
    var merged_into: String?
    /// Field name → the ids of the claims it came from (empty: a reviewer's correction).
    var field_claims: [String: [String]]
    var corrections: [String: String]
    /// "State media: about 100 · LCC: more than 30".
    var figures_by_source: [SourceFigureJSON]
    var stories: [String]
    var first_published_at: Date?
    var created_at: Date
    var updated_at: Date
    var url: String
    var claims: [ClaimJSON]?

    init(_ incident: Incident, claims: [Claim]?, sources: SourceDirectory, stories: [Int64: Slug], base: String) {
        let f = incident.fields
        id = incident.id
        status = incident.status.rawValue
        event_type = f.eventType
        sub_event_type = f.subEventType
        event_date = f.date
        time_precision = f.timePrecision
        location = f.location
        admin1 = f.admin1
        country = f.country
        latitude = f.latitude
        longitude = f.longitude
        geo_precision = f.geoPrecision
        actor1 = f.actor1
        actor2 = f.actor2
        civilian_targeting = f.civilianTargeting
        fatalities = incident.figures.fatalities
        fatalities_low = incident.figures.fatalitiesLow
        fatalities_best = incident.figures.fatalitiesBest
        fatalities_high = incident.figures.fatalitiesHigh
        injured_low = incident.figures.injuredLow
        injured_best = incident.figures.injuredBest
        injured_high = incident.figures.injuredHigh
        grade = incident.effectiveGrade.rawValue
        grade_reason = incident.gradeReason
        grade_computed = incident.grade.rawValue
        grade_overridden = incident.gradeOverride != nil
        merged_into = incident.mergedInto
        field_claims = incident.fieldClaims
        corrections = incident.corrections
        figures_by_source = claims.map { FigureRules.sideBySide($0).map(SourceFigureJSON.init) } ?? []
        self.stories = incident.storyIDs.compactMap { stories[$0]?.rawValue }
        first_published_at = incident.firstPublishedAt
        created_at = incident.createdAt
        updated_at = incident.updatedAt
        url = base + "/api/v1/incidents/\(incident.id)"
        self.claims = claims?.map { ClaimJSON($0, sources: sources, stories: stories, base: base) }
    }
}

/// A deleted incident: its id, why (rejected or merged, and into which) and when.
struct DeletionJSON: Encodable, Sendable {
    var id: String
    var status: String
    var merged_into: String?
    var deleted_at: Date

    init(_ incident: Incident) {
        id = incident.id
        status = incident.status.rawValue
        merged_into = incident.mergedInto
        deleted_at = incident.updatedAt
    }
}

struct SourceFigureJSON: Encodable, Sendable {
    var source: String
    var killed: String?
    var injured: String?
    var denial: Bool

    init(_ row: (source: String, killed: Figure, injured: Figure, denial: Bool)) {
        source = row.source
        killed = row.killed.text
        injured = row.injured.text
        denial = row.denial
    }
}

struct ClaimJSON: Encodable, Sendable {
    var id: String
    var source: String?
    var source_kind: String?
    var affiliation: String?
    var certainty: String
    var denial: Bool
    var killed_min: Int?
    var killed_max: Int?
    var injured_min: Int?
    var injured_max: Int?
    var event_type: String
    var sub_event_type: String
    var event_date: String
    var location: String?
    var admin1: String?
    var country: String?
    var actor1: String?
    var actor2: String?
    var update_id: String
    var revision: Int
    var span: [Int]
    var field_spans: [String: [[Int]]]
    var text: String
    var withdrawn: Bool
    var created_at: Date
    var update_url: String?

    init(_ claim: Claim, sources: SourceDirectory, stories: [Int64: Slug], base: String) {
        let registered = claim.source.flatMap(sources.source(named:))
        id = claim.id
        source = claim.source
        source_kind = registered?.kind ?? claim.sourceKind
        affiliation = registered.map(\.affiliation).flatMap { $0.isEmpty ? nil : $0 } ?? claim.affiliation
        certainty = claim.certainty
        denial = claim.denial
        killed_min = claim.killed.min
        killed_max = claim.killed.max
        injured_min = claim.injured.min
        injured_max = claim.injured.max
        event_type = claim.fields.eventType
        sub_event_type = claim.fields.subEventType
        event_date = claim.fields.date
        location = claim.fields.location
        admin1 = claim.fields.admin1
        country = claim.fields.country
        actor1 = claim.fields.actor1
        actor2 = claim.fields.actor2
        update_id = claim.updateID
        revision = claim.revision
        span = [claim.span.start, claim.span.end]
        field_spans = claim.fieldSpans.mapValues { $0.map { [$0.start, $0.end] } }
        text = claim.text
        withdrawn = claim.withdrawn
        created_at = claim.createdAt
        update_url = stories[claim.storyID].map { SiteRoute.story($0).absoluteURL(base: base) + (claim.isFromEntry ? "" : "#update-\(claim.updateID)") }
    }
}

struct HistoryJSON: Encodable, Sendable {
    var incident_id: String
    var claim_id: String?
    var action: String
    var field: String?
    var old_value: String?
    var new_value: String?
    var reason: String?
    var actor: String
    var at: Date

    init(_ entry: HistoryEntry) {
        incident_id = entry.incidentID
        claim_id = entry.claimID
        action = entry.action
        field = entry.field
        old_value = entry.oldValue
        new_value = entry.newValue
        reason = entry.reason
        actor = entry.actor
        at = entry.at
    }
}

struct SourceJSON: Encodable, Sendable {
    var id: Int64
    var name: String
    var aliases: [String]
    var kind: String
    var affiliation: String
    var note: String
    var draft: Bool
    var updated_at: Date

    init(_ s: SourceInfo) {
        id = s.id
        name = s.name
        aliases = s.aliases
        kind = s.kind
        affiliation = s.affiliation
        note = s.note
        draft = s.draft
        updated_at = s.updatedAt
    }
}

// MARK: - Input

struct ReviewInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["action", "fields", "grade", "reason"]
    enum Action: String, Decodable, Sendable { case accept, reject, correct, grade }
    var action: Action
    var fields: [String: String]?
    var grade: Grade?
    var reason: String?

    var reviewAction: ReviewAction {
        get throws {
            try ReviewInput.check(reason)
            switch action {
            case .accept: return .accept(reason: reason)
            case .reject:
                guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw AppError(.invalidField, "\"reason\" is required to reject: say why it is false or not an incident.", field: "reason")
                }
                return .reject(reason: reason)
            case .correct:
                guard let fields, !fields.isEmpty else {
                    throw AppError(.invalidField, "\"fields\" must name at least one field to correct.", field: "fields")
                }
                return .correct(fields: fields, reason: reason)
            case .grade:
                guard let grade else { throw AppError(.invalidField, "\"grade\" is required with action grade.", field: "grade") }
                guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw AppError(.invalidField, "\"reason\" is required to override a grade.", field: "reason")
                }
                return .grade(grade, reason: reason)
            }
        }
    }

    static func check(_ reason: String?) throws {
        if let reason, reason.count > 1_000 {
            throw AppError(.invalidField, "\"reason\" is \(reason.count) characters; the limit is 1000.", field: "reason")
        }
    }
}

struct MergeInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["into", "reason"]
    var into: String
    var reason: String?
}

struct SplitInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["claims", "reason"]
    var claims: [String]
    var reason: String?
}

struct MoveInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["claim", "into", "reason"]
    var claim: String
    var into: String
    var reason: String?
}

struct SourceInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["name", "aliases", "kind", "affiliation", "note", "draft"]
    var name: String?
    var aliases: [String]?
    var kind: String?
    var affiliation: String?
    var note: String?
    var draft: Bool?

    /// `base` with this input's fields applied, checked.
    func applied(to base: SourceInfo) throws -> SourceInfo {
        var s = base
        if let name { s.name = name.trimmingCharacters(in: .whitespaces) }
        if let aliases { s.aliases = aliases }
        if let kind { s.kind = kind }
        if let affiliation { s.affiliation = affiliation }
        if let note { s.note = note }
        if let draft { s.draft = draft }
        try Validation.text(s.name, field: "name", max: 200, required: true)
        try Validation.text(s.note, field: "note", max: 2_000, required: false)
        guard SourceInfo.kinds.contains(s.kind) else {
            throw AppError(.invalidField, "\"kind\" must be one of \(SourceInfo.kinds.joined(separator: ", ")).", field: "kind")
        }
        guard s.affiliation.count <= 60, s.affiliation.allSatisfy({ $0.isASCII && ($0.isLowercase || $0 == "_") }) else {
            throw AppError(.invalidField, "\"affiliation\" is a lowercase token such as regime, opposition or independent (letters and _).", field: "affiliation")
        }
        guard s.aliases.count <= 50 else { throw AppError(.invalidField, "At most 50 aliases.", field: "aliases") }
        for (i, alias) in s.aliases.enumerated() { try Validation.text(alias, field: "aliases[\(i)]", max: 200, required: true) }
        return s
    }
}
