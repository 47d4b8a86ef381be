import Foundation
import SitrepModel

/// Why a record operation was refused. `field` names the input at fault (for a 422).
public struct RecordError: Error, Sendable, Equatable {
    public enum Code: Sendable, Equatable { case invalid, conflict, notFound }
    public var code: Code
    public var message: String
    public var field: String?

    public init(_ code: Code, _ message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }
}

/// Plans record writes: what re-reading an update or a reviewer's action changes, as one
/// `RecordChange` the store applies atomically. Pure: it sees only the incident files it is
/// given and returns the complete new state of every incident it touches.
public struct RecordPlanner: Sendable {
    /// Who acts: "extractor:VERSION" or "user:NAME".
    public var actor: String
    public var now: Date
    public var countries: CountryCodes

    public init(actor: String, now: Date, countries: CountryCodes = .bundled) {
        self.actor = actor
        self.now = now
        self.countries = countries
    }

    // MARK: - Re-reading an update

    /// The change when an update's current text yields `claims`: claims the update already had
    /// and still says are kept as they are, the others are withdrawn, new ones join the nearest
    /// compatible incident among `incidents` (or start one), and every touched incident is
    /// re-derived and regraded. An update deleted is re-read with no claims.
    /// `incidents` must hold the incidents of `existing` claims and the candidates near the new ones.
    public func reread(claims: [Claim], existing: [Claim], incidents: [IncidentFile]) -> RecordChange {
        var work = Workspace(files: incidents, planner: self)
        let (added, unmatched) = RecordPlanner.compare(claims, existing: existing)
        for var claim in added {
            let candidates = work.activeKeys.map { (work.files[$0]!.incident, work.files[$0]!.activeClaims.count) }
            if let home = Clustering.bestIncident(for: claim.fields, denial: claim.denial, among: candidates) {
                claim.incidentID = home.id
            } else if claim.denial {
                // a denial disputes an incident the record has; alone it is no incident
                continue
            } else {
                claim.incidentID = work.create(from: claim)
            }
            work.add(claim, action: "claim_added")
        }
        for claim in unmatched {
            work.withdraw(claim)
        }
        return work.finish()
    }

    /// What re-reading changes: the new claims no existing claim already says (`added`), and
    /// the existing claims no new claim says any more (`withdrawn`). Both empty: nothing to do.
    public static func compare(_ claims: [Claim], existing: [Claim]) -> (added: [Claim], withdrawn: [Claim]) {
        var unmatched = existing.filter { !$0.withdrawn }
        var added: [Claim] = []
        for claim in claims {
            if let i = unmatched.firstIndex(where: { $0.says(sameAs: claim) }) {
                unmatched.remove(at: i)
            } else {
                added.append(claim)
            }
        }
        return (added, unmatched)
    }

    // MARK: - Review

    public func accept(_ file: IncidentFile, reason: String?) throws -> RecordChange {
        try requireOpen(file, allowPublished: false)
        var work = Workspace(files: [file], planner: self)
        work.setStatus(file.incident.id, .published, action: "accepted", reason: reason)
        return work.finish()
    }

    public func reject(_ file: IncidentFile, reason: String) throws -> RecordChange {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RecordError(.invalid, "Say why it is rejected.", field: "reason")
        }
        try requireOpen(file, allowPublished: true)
        var work = Workspace(files: [file], planner: self)
        work.setStatus(file.incident.id, .rejected, action: "rejected", reason: reason)
        work.overrideGrade(file.incident.id, .discounted, reason: reason)
        return work.finish()
    }

    /// Sets fields by hand. They win over every claim, now and after re-extraction.
    public func correct(_ file: IncidentFile, fields: [String: String], reason: String?) throws -> RecordChange {
        guard !fields.isEmpty else { throw RecordError(.invalid, "Give at least one field to correct.", field: "fields") }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            if let problem = FieldRules.problem(field: name, value: value) {
                throw RecordError(.invalid, "fields.\(name) \(problem).", field: "fields.\(name)")
            }
        }
        try requireOpen(file, allowPublished: true)
        var work = Workspace(files: [file], planner: self)
        work.correct(file.incident.id, fields, reason: reason)
        return work.finish()
    }

    public func overrideGrade(_ file: IncidentFile, grade: Grade, reason: String) throws -> RecordChange {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw RecordError(.invalid, "Say why the grade is overridden.", field: "reason")
        }
        try requireOpen(file, allowPublished: true)
        var work = Workspace(files: [file], planner: self)
        work.overrideGrade(file.incident.id, grade, reason: reason)
        return work.finish()
    }

    /// Moves every claim of `file` into `target`; `file` becomes a tombstone pointing at it.
    public func merge(_ file: IncidentFile, into target: IncidentFile, reason: String?) throws -> RecordChange {
        guard file.incident.id != target.incident.id else {
            throw RecordError(.invalid, "An incident cannot be merged into itself.", field: "into")
        }
        guard target.incident.status == .proposed || target.incident.status == .published else {
            throw RecordError(.invalid, "\(target.incident.id) is \(target.incident.status.rawValue); merge into a proposed or published incident.", field: "into")
        }
        try requireOpen(file, allowPublished: true)
        var work = Workspace(files: [file, target], planner: self)
        for claim in file.activeClaims { work.move(claim, to: target.incident.id) }
        work.setStatus(file.incident.id, .merged, action: "merged", reason: reason, newValue: target.incident.id)
        work.note(target.incident.id, action: "merged", reason: reason, oldValue: file.incident.id)
        return work.finish()
    }

    /// Moves the given claims of `file` into a new incident.
    public func split(_ file: IncidentFile, claims ids: [String], reason: String?) throws -> RecordChange {
        try requireOpen(file, allowPublished: true)
        let active = file.activeClaims
        let chosen = active.filter { ids.contains($0.id) }
        if let unknown = ids.first(where: { id in !active.contains { $0.id == id } }) {
            throw RecordError(.invalid, "Claim \(unknown) is not an active claim of \(file.incident.id).", field: "claims")
        }
        guard !chosen.isEmpty, chosen.count < active.count else {
            throw RecordError(.invalid, "Split off at least one claim and leave at least one.", field: "claims")
        }
        var work = Workspace(files: [file], planner: self)
        let key = work.create(from: chosen[0])
        for claim in chosen { work.move(claim, to: key) }
        work.note(file.incident.id, action: "split", reason: reason, newValue: key)
        return work.finish()
    }

    /// Moves one claim from its incident into `target`.
    public func move(claim id: String, from file: IncidentFile, to target: IncidentFile, reason: String?) throws -> RecordChange {
        guard let claim = file.activeClaims.first(where: { $0.id == id }) else {
            throw RecordError(.invalid, "Claim \(id) is not an active claim of \(file.incident.id).", field: "claim")
        }
        guard file.incident.id != target.incident.id else {
            throw RecordError(.invalid, "The claim is already in \(target.incident.id).", field: "into")
        }
        guard target.incident.status == .proposed || target.incident.status == .published else {
            throw RecordError(.invalid, "\(target.incident.id) is \(target.incident.status.rawValue); move claims into a proposed or published incident.", field: "into")
        }
        var work = Workspace(files: [file, target], planner: self)
        work.move(claim, to: target.incident.id, reason: reason)
        return work.finish()
    }

    private func requireOpen(_ file: IncidentFile, allowPublished: Bool) throws {
        switch file.incident.status {
        case .merged:
            throw RecordError(.conflict, "\(file.incident.id) was merged into \(file.incident.mergedInto ?? "another incident"); review that one.")
        case .rejected where !allowPublished:
            throw RecordError(.conflict, "\(file.incident.id) is rejected.")
        case .published where !allowPublished:
            throw RecordError(.conflict, "\(file.incident.id) is already published.")
        default: break
        }
    }
}
