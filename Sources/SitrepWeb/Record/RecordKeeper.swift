import Foundation
import SitrepModel
import SitrepRecord
import SitrepStore
import Synchronization

/// What a reviewer does to one incident.
public enum ReviewAction: Sendable {
    case accept(reason: String?)
    case reject(reason: String)
    case correct(fields: [String: String], reason: String?)
    case grade(Grade, reason: String)
}

/// Keeps the record in step with the coverage: re-reads updates into claims and incidents, and
/// carries out reviewers' actions. Each operation loads what it needs, asks `RecordPlanner` for
/// the change and has the store apply it atomically; in this process operations run one at a
/// time, and a change planned from a state another process has since changed is planned again.
public struct RecordKeeper: Sendable {
    public let store: any Store
    /// "extractor:VERSION", the actor of machine changes in the history.
    public let machine: String
    let countries: CountryCodes
    let lock = AsyncLock()
    let sourceCache = SourceCache()
    /// Called with the ids of the incidents each committed change touched.
    let changed: @Sendable ([RecordFeed.Change]) async -> Void

    public init(store: any Store, machine: String = "extractor:\(RecordKeeper.extractorVersion)",
                countries: CountryCodes = .bundled, changed: @escaping @Sendable ([RecordFeed.Change]) async -> Void = { _ in }) {
        self.store = store
        self.machine = machine
        self.countries = countries
        self.changed = changed
    }

    /// Bumped when the extractor's output changes in a way worth a `sitrep record rebuild`.
    public static let extractorVersion = "2026.12"

    // MARK: - Machine

    /// Re-reads one update's events into the record (an empty list withdraws its claims, as
    /// when the update is deleted). Returns the ids of the incidents touched.
    @discardableResult
    public func reread(_ update: Update, events: [ExtractedEvent], now: Date) async throws -> [String] {
        try await reread(textID: update.id, storyID: update.storyID, revision: update.revision,
                         events: update.isDeleted ? [] : events, now: now)
    }

    /// Re-reads a story's original entry (background that often carries campaign tolls and
    /// agreements) into the record, like an update with id `Claim.entryID`.
    @discardableResult
    public func rereadEntry(of story: Story, events: [ExtractedEvent], now: Date) async throws -> [String] {
        try await reread(textID: Claim.entryID(storyID: story.id), storyID: story.id, revision: 1, events: events, now: now)
    }

    private func reread(textID: String, storyID: Int64, revision: Int, events: [ExtractedEvent], now: Date) async throws -> [String] {
        try await commit(actor: machine, now: now) { planner in
            let directory = try await sourceCache.directory(store: store)
            let claims = ClaimReading.claims(from: events, storyID: storyID, updateID: textID,
                                             revision: revision, sources: directory, now: now)
            let drafts = ClaimReading.unknownSources(claims, in: directory, now: now)
            if !drafts.isEmpty {
                try await store.seedSources(drafts, now: now)
                sourceCache.invalidate()
            }
            let existing = try await store.claims(updateID: textID)
            let (added, withdrawn) = RecordPlanner.compare(claims, existing: existing)
            if added.isEmpty && withdrawn.isEmpty { return RecordChange() }  // the update still says the same
            // where each new claim would go, chosen before any claims are loaded; the planner
            // decides among these and the incidents it creates itself
            let candidates = try await store.incidentCandidates(near: added.map(\.fields))
            let pool = candidates.map { ($0.incident, $0.activeClaims) }
            let chosen = added.compactMap { Clustering.bestIncident(for: $0.fields, denial: $0.denial, among: pool)?.id }
            let files = try await store.incidentFiles(ids: unique(existing.map(\.incidentID) + chosen))
            return planner.reread(claims: claims, existing: existing, incidents: files)
        }.touched
    }

    // MARK: - Reviewers

    public func review(_ id: String, _ action: ReviewAction, by user: User, now: Date) async throws -> IncidentFile {
        _ = try await commit(actor: "user:\(user.name)", now: now) { planner in
            let file = try await load(id)
            return switch action {
            case .accept(let reason): try planner.accept(file, reason: reason)
            case .reject(let reason): try planner.reject(file, reason: reason)
            case .correct(let fields, let reason): try planner.correct(file, fields: fields, reason: reason)
            case .grade(let grade, let reason): try planner.overrideGrade(file, grade: grade, reason: reason)
            }
        }
        return try await load(id)
    }

    /// Merges `id` into `target`; returns the target.
    public func merge(_ id: String, into target: String, reason: String?, by user: User, now: Date) async throws -> IncidentFile {
        _ = try await commit(actor: "user:\(user.name)", now: now) { planner in
            let file = try await load(id)
            guard let into = try await store.incident(id: target) else {
                throw RecordError(.invalid, "No incident has the id \(target).", field: "into")
            }
            return try planner.merge(file, into: into, reason: reason)
        }
        return try await load(target)
    }

    /// Splits claims off `id` into a new incident; returns the new incident.
    public func split(_ id: String, claims: [String], reason: String?, by user: User, now: Date) async throws -> IncidentFile {
        let names = try await commit(actor: "user:\(user.name)", now: now) { planner in
            try planner.split(try await load(id), claims: claims, reason: reason)
        }.names
        return try await load(names[RecordChange.newKey(0)] ?? id)
    }

    /// Moves one claim into `target`; returns the target.
    public func move(claim: String, from id: String, to target: String, reason: String?, by user: User, now: Date) async throws -> IncidentFile {
        _ = try await commit(actor: "user:\(user.name)", now: now) { planner in
            guard let into = try await store.incident(id: target) else {
                throw RecordError(.invalid, "No incident has the id \(target).", field: "into")
            }
            return try planner.move(claim: claim, from: try await load(id), to: into, reason: reason)
        }
        return try await load(target)
    }

    // MARK: - Committing

    private func load(_ id: String) async throws -> IncidentFile {
        guard let file = try await store.incident(id: id) else { throw AppError(.notFound, "No incident has the id \(id).") }
        return file
    }

    /// Plans and applies one change, planning again (up to five times) when another writer
    /// changed an incident in between. Returns the ids given to new incidents and the ids of
    /// every incident touched.
    private func commit(actor: String, now: Date, plan: @Sendable (RecordPlanner) async throws -> RecordChange)
        async throws -> (names: [String: String], touched: [String])
    {
        let planner = RecordPlanner(actor: actor, now: now, countries: countries)
        let (names, touched) = try await lock.run { () async throws -> ([String: String], [RecordFeed.Change]) in
            var attempt = 0
            while true {
                attempt += 1
                let change: RecordChange
                do {
                    change = try await plan(planner)
                } catch let error as RecordError {
                    throw AppError(error)
                }
                if change.isEmpty { return ([:], []) }
                do {
                    let names = try await store.applyRecord(change, now: now)
                    return (names, change.incidents.map { write in
                        var change = RecordFeed.Change(write.incident)
                        change.id = names[change.id] ?? change.id
                        return change
                    })
                } catch let error as StoreError where error.code == .conflict && attempt < 5 {
                    continue
                }
            }
        }
        if !touched.isEmpty { await changed(touched) }
        return (names, touched.map(\.id))
    }

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// The source registry as the keeper reads it, reloaded at most every few seconds (an admin's
/// edit on any instance shows within that time) and at once after the keeper added sources.
final class SourceCache: Sendable {
    private let state = Mutex<(directory: SourceDirectory?, loaded: ContinuousClock.Instant)>((nil, .now))
    static let lifetime = Duration.seconds(5)

    func directory(store: any Store) async throws -> SourceDirectory {
        let now = ContinuousClock.now
        if let cached = state.withLock({ $0.directory != nil && now - $0.loaded < Self.lifetime ? $0.directory : nil }) {
            return cached
        }
        let directory = SourceDirectory(try await store.sources())
        state.withLock { $0 = (directory, now) }
        return directory
    }

    func invalidate() { state.withLock { $0.directory = nil } }
}

/// A lock for async code: one `run` at a time, in arrival order.
final class AsyncLock: Sendable {
    private let state = Mutex<(busy: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resume = state.withLock { state -> Bool in
                if state.busy { state.waiters.append(continuation); return false }
                state.busy = true
                return true
            }
            if resume { continuation.resume() }
        }
    }

    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiters.isEmpty { state.busy = false; return nil }
            return state.waiters.removeFirst()
        }
        next?.resume()
    }
}
