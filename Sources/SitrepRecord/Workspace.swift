import Foundation
import SitrepModel

/// The incident files one planned operation works on, and the change it has built so far.
/// `finish()` re-derives every touched incident (fields unless locked, figures, grade), writes
/// history for what moved, and returns the change.
struct Workspace {
    var files: [String: IncidentFile] = [:]
    /// Keys in the order incidents were given or created (deterministic output).
    private var order: [String] = []
    private var original: [String: Incident] = [:]
    private var touched: [String] = []
    private var created = 0
    private var prefixes: [String: String] = [:]
    private var changedClaims: [String: Claim] = [:]
    private var claimOrder: [String] = []
    private var history: [HistoryEntry] = []
    let planner: RecordPlanner

    init(files: [IncidentFile], planner: RecordPlanner) {
        self.planner = planner
        for file in files where self.files[file.incident.id] == nil {
            self.files[file.incident.id] = file
            original[file.incident.id] = file.incident
            order.append(file.incident.id)
        }
    }

    /// Incidents that take new claims, in the order given.
    var activeKeys: [String] {
        order.filter { files[$0]!.incident.status == .proposed || files[$0]!.incident.status == .published }
    }

    // MARK: - Changes

    /// Starts an incident from a claim's fields; returns its key ("new:N").
    mutating func create(from claim: Claim) -> String {
        let key = RecordChange.newKey(created)
        created += 1
        let incident = Incident(id: key, fields: claim.fields, createdAt: planner.now, updatedAt: planner.now)
        files[key] = IncidentFile(incident: incident, claims: [])
        prefixes[key] = planner.countries.prefix(for: claim.fields.country)
        order.append(key)
        touch(key)
        log(key, action: "created")
        return key
    }

    mutating func add(_ claim: Claim, action: String) {
        files[claim.incidentID]!.claims.append(claim)
        record(claim)
        touch(claim.incidentID)
        log(claim.incidentID, claim: claim.id, action: action, newValue: claimLine(claim))
    }

    mutating func withdraw(_ claim: Claim) {
        var claim = claim
        claim.withdrawn = true
        replace(claim)
        log(claim.incidentID, claim: claim.id, action: "claim_withdrawn", oldValue: claimLine(claim))
    }

    mutating func move(_ claim: Claim, to key: String, reason: String? = nil) {
        let from = claim.incidentID
        files[from]!.claims.removeAll { $0.id == claim.id }
        touch(from)
        var moved = claim
        moved.incidentID = key
        files[key]!.claims.append(moved)
        record(moved)
        touch(key)
        log(from, claim: claim.id, action: "claim_moved", oldValue: from, newValue: key, reason: reason)
        log(key, claim: claim.id, action: "claim_moved", oldValue: from, newValue: key, reason: reason)
    }

    mutating func setStatus(_ key: String, _ status: IncidentStatus, action: String, reason: String?, newValue: String? = nil) {
        let old = files[key]!.incident.status
        files[key]!.incident.status = status
        if status == .published, files[key]!.incident.firstPublishedAt == nil { files[key]!.incident.firstPublishedAt = planner.now }
        if status == .merged { files[key]!.incident.mergedInto = newValue }
        touch(key)
        log(key, action: action, field: "status", oldValue: old.rawValue, newValue: newValue ?? status.rawValue, reason: reason)
    }

    mutating func overrideGrade(_ key: String, _ grade: Grade, reason: String) {
        let old = files[key]!.incident.effectiveGrade
        files[key]!.incident.gradeOverride = grade
        files[key]!.incident.gradeReason = reason
        touch(key)
        log(key, action: "grade_override", field: "grade", oldValue: old.rawValue, newValue: grade.rawValue, reason: reason)
    }

    mutating func correct(_ key: String, _ fields: [String: String], reason: String?) {
        files[key]!.incident.corrections.merge(fields) { _, new in new }
        touch(key)
        log(key, action: "corrected", field: fields.keys.sorted().joined(separator: ","), reason: reason)
    }

    mutating func note(_ key: String, action: String, reason: String?, oldValue: String? = nil, newValue: String? = nil) {
        touch(key)
        log(key, action: action, oldValue: oldValue, newValue: newValue, reason: reason)
    }

    // MARK: - Finishing

    /// Re-derives every touched incident and returns the whole change.
    mutating func finish() -> RecordChange {
        for key in touched { refresh(key) }
        var change = RecordChange()
        for key in touched {
            let incident = files[key]!.incident
            let active = files[key]!.claims.filter { !$0.withdrawn }
            change.incidents.append(.init(incident: incident, expectedVersion: original[key]?.version, prefix: prefixes[key] ?? "",
                                          activeClaims: active.count, digest: ACLEDExport.digest(incident, active)))
        }
        change.claims = claimOrder.map { changedClaims[$0]! }
        change.history = history
        return change
    }

    private mutating func refresh(_ key: String) {
        var incident = files[key]!.incident
        let claims = files[key]!.claims
        let active = claims.filter { !$0.withdrawn }
        if !incident.isLocked, incident.status != .merged {
            let (fields, from) = FieldRules.derive(claims, corrections: incident.corrections, fallback: incident.fields)
            for name in EventFields.names where incident.fields.value(of: name) != fields.value(of: name) && original[key] != nil {
                log(key, action: "field", field: name, oldValue: incident.fields.value(of: name), newValue: fields.value(of: name))
            }
            incident.fields = fields
            incident.fieldClaims = from
        } else if incident.isLocked, !incident.corrections.isEmpty {
            incident.fields = FieldRules.apply(incident.corrections, to: incident.fields)
        }
        let figures = FigureRules.figures(claims)
        if figures != incident.figures, original[key] != nil {
            log(key, action: "figures", field: "fatalities", oldValue: describe(incident.figures), newValue: describe(figures))
        }
        incident.figures = figures
        let (grade, reason) = Grading.grade(claims)
        if grade != incident.grade || (incident.gradeOverride == nil && reason != incident.gradeReason) {
            if original[key] != nil || grade != .weak {
                log(key, action: "regraded", field: "grade", oldValue: incident.grade.rawValue, newValue: grade.rawValue, reason: reason)
            }
        }
        incident.grade = grade
        if incident.gradeOverride == nil { incident.gradeReason = reason }
        // an incident the machine proposed and whose every claim was withdrawn is gone
        if active.isEmpty, incident.status == .proposed {
            incident.status = .rejected
            log(key, action: "rejected", field: "status", oldValue: "proposed", newValue: "rejected", reason: "Every claim about it was withdrawn.")
        }
        var stories: [Int64] = []
        for claim in active where !stories.contains(claim.storyID) { stories.append(claim.storyID) }
        incident.storyIDs = stories.isEmpty ? incident.storyIDs : stories
        incident.updatedAt = planner.now
        files[key]!.incident = incident
    }

    private func describe(_ f: Figures) -> String {
        "\(f.fatalities) (low \(f.fatalitiesLow.map(String.init) ?? "–"), best \(f.fatalitiesBest.map(String.init) ?? "–"), high \(f.fatalitiesHigh.map(String.init) ?? "–"))"
    }

    private func claimLine(_ c: Claim) -> String {
        var parts = [c.source ?? "own reporting", c.certainty]
        if let k = c.killed.text { parts.append("\(k) killed") }
        if c.denial { parts.append("denial") }
        return parts.joined(separator: " · ")
    }

    // MARK: - Bookkeeping

    private mutating func touch(_ key: String) {
        if !touched.contains(key) { touched.append(key) }
    }

    private mutating func record(_ claim: Claim) {
        if changedClaims[claim.id] == nil { claimOrder.append(claim.id) }
        changedClaims[claim.id] = claim
    }

    private mutating func replace(_ claim: Claim) {
        if let i = files[claim.incidentID]?.claims.firstIndex(where: { $0.id == claim.id }) {
            files[claim.incidentID]!.claims[i] = claim
        }
        record(claim)
        touch(claim.incidentID)
    }

    private mutating func log(_ key: String, claim: String? = nil, action: String, field: String? = nil,
                              oldValue: String? = nil, newValue: String? = nil, reason: String? = nil) {
        history.append(HistoryEntry(incidentID: key, claimID: claim, action: action, field: field, oldValue: oldValue,
                                    newValue: newValue, reason: reason, actor: planner.actor, at: planner.now))
    }
}
