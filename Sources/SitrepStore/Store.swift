import Foundation
import SitrepModel

/// Everything Sitrep keeps. One protocol, several backends (SQLite now, PostgreSQL next);
/// no backend type appears here. All methods are atomic: they either fully happen or throw
/// a `StoreError` and change nothing.
public protocol Store: RecordStore {
    // MARK: - Stories

    /// Creates a story. Throws `.conflict` when the slug is taken.
    func createStory(_ draft: StoryDraft, now: Date) async throws -> Story
    /// Applies `patch`. Throws `.notFound` for an unknown slug.
    func updateStory(_ slug: Slug, _ patch: StoryPatch, now: Date) async throws -> Story
    func story(_ slug: Slug) async throws -> Story?
    /// Stories, most recently updated first, each with its newest visible update.
    func stories(limit: Int, offset: Int) async throws -> [StorySummary]

    // MARK: - Updates

    /// Publishes an update: assigns the next sequence number, stores revision 1 and logs an
    /// `.update` live event, all in one transaction. Throws `.notFound` for an unknown story.
    func publishUpdate(to slug: Slug, _ draft: UpdateDraft, now: Date) async throws -> LiveEvent
    /// Stores a new revision and logs an `.edit` event. Throws `.notFound` (unknown or deleted
    /// update) or `.invalid` (empty patch).
    func editUpdate(id: String, _ patch: UpdatePatch, editor: String?, now: Date) async throws -> LiveEvent
    /// Marks the update deleted (a tombstone) and logs a `.delete` event. Deleting twice throws `.notFound`.
    func deleteUpdate(id: String, now: Date) async throws -> LiveEvent
    /// The current state of one update, tombstones included.
    func update(id: String) async throws -> Update?
    /// Visible (not deleted) updates of a story in page order: newest `publishedAt` first, then
    /// highest sequence. With `olderThan`, the page continues after the update whose publish
    /// sequence that is (a cursor that stays exact when updates are backdated).
    func updates(of slug: Slug, olderThan: Int64?, limit: Int) async throws -> [Update]
    /// Visible updates published with a sequence above `afterSequence`, oldest first (API paging).
    func updates(of slug: Slug, afterSequence: Int64, limit: Int) async throws -> [Update]
    /// Number of visible updates of a story.
    func updateCount(of slug: Slug) async throws -> Int
    /// Every revision of an update, oldest first.
    func revisions(of updateID: String) async throws -> [UpdateRevision]

    // MARK: - Live log

    /// Live events of a story with a sequence above `afterSequence`, oldest first, each carrying
    /// the update as it was right after that event.
    func liveEvents(storyID: Int64, afterSequence: Int64, limit: Int) async throws -> [LiveEvent]
    func story(id: Int64) async throws -> Story?

    // MARK: - Search

    /// Full-text search over stories and visible updates. `query` is plain words typed by a
    /// reader; the backend quotes it. Empty or punctuation-only queries return nothing.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]

    // MARK: - Import

    /// Stores a whole imported page in one transaction. A page whose `contentHash` was imported
    /// before returns `.unchanged` and writes nothing. Throws `.conflict` when the slug is taken
    /// by a different page.
    func importStory(_ page: StoryImport, now: Date) async throws -> ImportOutcome
    /// Returns once every page imported so far would survive a crash of the database server.
    /// `importStory` may commit without waiting for that (as SQLite's WAL commits do), so an
    /// import calls this before it reports success; a page lost to a crash before it is gone
    /// whole, and importing again restores it.
    func syncImports() async throws

    // MARK: - Users and credentials

    /// Throws `.conflict` when the name is taken. `passwordHash` is a bcrypt hash.
    func createUser(name: String, role: Role, passwordHash: String, now: Date) async throws -> User
    func user(named name: String) async throws -> User?
    /// The bcrypt hash for a user name, for login checks.
    func passwordHash(forUser name: String) async throws -> String?
    /// Stores the SHA-256 of a new API token for the user. Throws `.notFound` for an unknown user.
    func addToken(hash: String, label: String, forUser name: String, now: Date) async throws
    /// The user a token hash belongs to.
    func user(forTokenHash hash: String) async throws -> User?
    func addSession(hash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws
    /// The session for a cookie hash, nil when unknown or expired at `now`.
    func session(hash: String, now: Date) async throws -> DeskSession?
    func deleteSession(hash: String) async throws
    /// Deletes every session expired at `now`; returns how many.
    @discardableResult
    func deleteExpiredSessions(now: Date) async throws -> Int

    // MARK: - Sign-in throttling (shared by every instance on the database)

    /// Records one failed sign-in under each key (a user name, an address), and forgets every
    /// failure older than `forgetBefore`.
    func recordLoginFailure(keys: [String], at: Date, forgetBefore: Date) async throws
    /// The most failures any one of `keys` has had since `since`.
    func loginFailures(keys: [String], since: Date) async throws -> Int
    /// Forgets the failures of `keys` (after a successful sign-in).
    func clearLoginFailures(keys: [String]) async throws

    // MARK: - Extracted events

    /// Replaces the proposed events stored for an update (after publish or edit).
    func replaceProposedEvents(for updateID: String, _ events: [ProposedEvent]) async throws
    /// Proposed events of a story's updates, keyed by update id.
    func proposedEvents(storyID: Int64) async throws -> [String: [ProposedEvent]]
    /// Proposed events of one update, in extraction order (for one live frame or API answer).
    func proposedEvents(updateID: String) async throws -> [ProposedEvent]

    // MARK: - Changes made by other processes

    /// Reports writes committed by any process on the same database (several `sitrep serve`
    /// instances on one PostgreSQL), until the task is cancelled: each grown live log and each
    /// written incident, and `.resync` whenever the watch (re)starts, because anything may have
    /// changed while it was not listening. Signals are hints: a reader always reads the rows
    /// themselves, so a lost or repeated signal loses or repeats nothing. Returns at once when
    /// the backend has no other writers to watch (SQLite: one server per file).
    func watch(_ report: @escaping @Sendable (StoreSignal) async -> Void) async throws

    // MARK: - Lifecycle

    /// Releases the store's connections; the store cannot be used afterwards. SQLite closes its
    /// file when the store is released, so this does nothing there.
    func close() async
}

extension Store {
    public func close() async {}
    public func watch(_ report: @escaping @Sendable (StoreSignal) async -> Void) async throws {}
}

/// A write some process committed, as `Store.watch` reports it.
public enum StoreSignal: Sendable, Hashable {
    /// A story's live log grew to `sequence`.
    case liveLog(storyID: Int64, sequence: Int64)
    /// An incident was written; `isPublic` when readers may see it (published now or once).
    case incident(id: String, isPublic: Bool)
    /// The watch (re)started: re-read whatever is being shown.
    case resync
}

/// An extracted event waiting for human review, kept with the update it came from.
/// `payload` is the extractor's JSON for the event; `summary` is the one-line rendering
/// ("Airstrike · Sarmada, Idlib · 30+ killed · LCC, verified").
public struct ProposedEvent: Hashable, Sendable, Codable {
    public var summary: String
    public var payload: String

    public init(summary: String, payload: String) {
        self.summary = summary
        self.payload = payload
    }
}

/// Why a store call failed. `message` is safe to show a user; `underlying` is for logs.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case notFound, conflict, invalid, unavailable
    }

    public var code: Code
    public var message: String
    public var underlying: String?

    public init(_ code: Code, _ message: String, underlying: String? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        underlying.map { "\(code.rawValue): \(message) (\($0))" } ?? "\(code.rawValue): \(message)"
    }
}
