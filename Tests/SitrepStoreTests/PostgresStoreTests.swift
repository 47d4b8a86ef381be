import Foundation
import SitrepModel
@testable import SitrepStore
import Testing

/// What is particular to the PostgreSQL backend: its URL, its errors before any query, and its
/// schema matching SQLite's migration by migration. Behaviour is in `StoreConformance`.
@Suite(.scratchDirectory) struct PostgresStoreTests {
    @Test func urls_areReadWithTheirSchemaAndPool() throws {
        let location = try PostgresLocation(url: "postgres://desk:p%40ss@db.example:6543/newsroom?schema=field&pool=30")
        #expect(location.host == "db.example")
        #expect(location.port == 6543)
        #expect(location.user == "desk")
        #expect(location.password == "p@ss")
        #expect(location.database == "newsroom")
        #expect(location.schema == "field")
        #expect(location.poolSize == 30)
        #expect(try PostgresLocation(url: "postgresql://desk@localhost/newsroom").port == 5432)
    }

    @Test(arguments: [
        ("mysql://desk@host/db", "not a PostgreSQL URL"),
        ("postgres://host/db", "names no user"),
        ("postgres://desk@host", "names no database"),
        ("postgres://desk@host/db?schema=Robert'); DROP", "schema"),
        ("postgres://desk@host/db?pool=0", "pool size"),
        ("postgres://desk@host/db?sslmode=require", "Unknown parameter"),
    ])
    func badURLs_getAMessageNamingTheProblem(url: String, message: String) async {
        let error = await #expect(throws: StoreError.self) { _ = try await PostgresStore.connect(url: url) }
        #expect(error?.code == .invalid)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    /// The pool alone would retry for ever; the store's first connection fails instead. (No
    /// wall-clock bound: on two busy cores the suite's other tests can delay this one's tasks.)
    @Test(.timeLimit(.minutes(1))) func anUnreachableServer_failsInsteadOfWaiting_sayingSo() async {
        // port 1 on loopback: nothing listens there
        let error = await #expect(throws: StoreError.self) {
            _ = try await StoreLocation.open("postgres://sitrep:secret@127.0.0.1:1/sitrep")
        }
        #expect(error?.code == .unavailable)
        #expect(error?.message.contains("cannot be reached") == true, "\(String(describing: error))")
    }

    @Test func locations_chooseTheBackend_andHidePasswords() {
        #expect(StoreLocation.isPostgres("postgres://a@b/c"))
        #expect(StoreLocation.isPostgres("PostgreSQL://a@b/c"))
        #expect(!StoreLocation.isPostgres("/var/lib/sitrep/desk.sqlite"))
        #expect(StoreLocation.redacted("postgres://desk:hunter2@db:5432/newsroom") == "postgres://desk:***@db:5432/newsroom")
        #expect(StoreLocation.redacted("desk.sqlite") == "desk.sqlite")
    }

    @Test func migrations_matchSQLitesByNameAndOrder() {
        #expect(PostgresStore.migrationNames == SQLiteStore.migrationNames)
    }

    @Test(.enabled(if: TestPostgres.url != nil)) func wrongPassword_isRefusedWithAClearMessage() async throws {
        let text = try #require(TestPostgres.url)
        var url = try #require(URLComponents(string: text))
        url.password = "not-the-password"
        let error = await #expect(throws: StoreError.self) { _ = try await PostgresStore.connect(url: url.string!) }
        #expect(error?.message == "PostgreSQL refused the user name or password.")
    }

    /// Two instances on one database: what one commits, the other's watch reports, after a
    /// `.resync` that says the watch is listening.
    @Test(.enabled(if: TestPostgres.url != nil)) func watch_reportsWhatAnotherStoreCommits() async throws {
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let writer = try await PostgresStore.connect(url: try TestPostgres.url(schema: schema), poolSize: 2)
        let reader = try await PostgresStore.connect(url: try TestPostgres.url(schema: schema), poolSize: 2)
        defer { Task { try? await writer.dropSchemaForTests(schema); await writer.close(); await reader.close() } }
        let story = try await writer.createStory(.sample(), now: at(0))

        let (signals, continuation) = AsyncStream<StoreSignal>.makeStream()
        let watching = Task { try await reader.watch { continuation.yield($0) } }
        defer { watching.cancel() }
        var iterator = signals.makeAsyncIterator()
        #expect(await iterator.next() == .resync)

        let first = try await writer.publishUpdate(to: story.slug, .sample("Shelling in Aleppo."), now: at(1))
        let edit = try await writer.editUpdate(id: first.update.id, UpdatePatch(body: "Shelling in eastern Aleppo."), editor: nil, now: at(2))
        #expect(await iterator.next() == .liveLog(storyID: story.id, sequence: first.sequence))
        #expect(await iterator.next() == .liveLog(storyID: story.id, sequence: edit.sequence))
    }

    @Test func signals_areReadFromTheirPayloads() {
        #expect(PostgresStore.signal("l:12:345") == .liveLog(storyID: 12, sequence: 345))
        #expect(PostgresStore.signal("i:1:SYR-7") == .incident(id: "SYR-7", isPublic: true))
        #expect(PostgresStore.signal("i:0:a:b") == .incident(id: "a:b", isPublic: false))
        #expect(PostgresStore.signal("l:x:1") == nil)
        #expect(PostgresStore.signal("bogus") == nil)
    }
}
