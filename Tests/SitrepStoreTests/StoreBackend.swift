import Foundation
import SitrepModel
@testable import SitrepStore
import Testing

/// Every `Store` backend the conformance suite runs against. Each test gets a fresh store.
///
/// PostgreSQL runs when `SITREP_TEST_POSTGRES` names a server
/// (`postgres://user:password@host:port/database`; `.ci/run` starts one): each test gets a schema
/// of its own, dropped when the test ends. Without it the PostgreSQL cases are left out, except
/// under `CI=true`, where they run and fail: CI never passes by skipping a backend.
enum StoreBackend: String, CustomStringConvertible, Sendable {
    case sqliteInMemory
    case sqliteOnDiskWAL
    case postgres

    var description: String { rawValue }

    static var allCases: [StoreBackend] {
        let environment = ProcessInfo.processInfo.environment
        let postgres = environment["SITREP_TEST_POSTGRES"] != nil || environment["CI"] == "true"
        return [.sqliteInMemory, .sqliteOnDiskWAL] + (postgres ? [.postgres] : [])
    }

    /// A fresh store. On-disk stores live in the test case's `ScratchDirectory`.
    func makeStore(updateIDs: UpdateIDGenerator = .random) async throws -> any Store {
        switch self {
        case .sqliteInMemory:
            return try SQLiteStore.inMemory(updateIDs: updateIDs)
        case .sqliteOnDiskWAL:
            return try SQLiteStore(path: try ScratchDirectory.file("sitrep.sqlite"), updateIDs: updateIDs)
        case .postgres:
            return try await ScratchDirectory.postgresStore(updateIDs: updateIDs)
        }
    }
}

/// The server the PostgreSQL cases use.
enum TestPostgres {
    static var url: String? { ProcessInfo.processInfo.environment["SITREP_TEST_POSTGRES"] }

    /// `url` with a search path of its own (a fresh schema, created by the store's first migration).
    static func url(schema: String) throws -> String {
        guard let url else {
            throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey:
                "CI=true but SITREP_TEST_POSTGRES is not set: the PostgreSQL conformance suite must run in CI"])
        }
        return url + (url.contains("?") ? "&" : "?") + "schema=\(schema)"
    }
}

/// A temporary directory per test case, removed when the test case ends. Apply with
/// `@Suite(.scratchDirectory)`; the directory outlives the store the test opened in it.
struct ScratchDirectory: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal static var current: URL?

    var isRecursive: Bool { true }

    static func file(_ name: String) throws -> String {
        guard let directory = current else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no ScratchDirectory: add the .scratchDirectory trait"])
        }
        return directory.appendingPathComponent(name).path
    }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> ScratchDirectory? {
        testCase == nil ? nil : self
    }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let postgres = PostgresScratch()
        do {
            try await ScratchDirectory.$current.withValue(url) {
                try await ScratchDirectory.$postgres.withValue(postgres) { try await function() }
            }
        } catch {
            await postgres.dropAll()
            throw error
        }
        await postgres.dropAll()
    }

    @TaskLocal static var postgres: PostgresScratch?

    /// A PostgreSQL store in a new schema, dropped (and the store closed) when the test case ends.
    static func postgresStore(updateIDs: UpdateIDGenerator) async throws -> PostgresStore {
        guard let scratch = postgres else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no ScratchDirectory: add the .scratchDirectory trait"])
        }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let store = try await PostgresStore.connect(url: try TestPostgres.url(schema: schema), poolSize: 4, updateIDs: updateIDs)
        await scratch.add(store, schema: schema)
        return store
    }
}

/// The PostgreSQL stores a test case opened, with their schemas.
actor PostgresScratch {
    private var opened: [(PostgresStore, String)] = []

    func add(_ store: PostgresStore, schema: String) { opened.append((store, schema)) }

    func dropAll() async {
        for (store, schema) in opened {
            try? await store.dropSchemaForTests(schema)
            await store.close()
        }
        opened = []
    }
}

extension Trait where Self == ScratchDirectory {
    static var scratchDirectory: ScratchDirectory { ScratchDirectory() }
}

// MARK: - Test data

/// 2016-05-05 00:00:00 UTC, the day of the Sarmada camp strike used throughout.
let day0 = Date(timeIntervalSince1970: 1_462_406_400)

/// `day0` plus `minutes`.
func at(_ minutes: Int) -> Date { day0.addingTimeInterval(TimeInterval(minutes * 60)) }

extension Slug {
    /// A slug known to be valid; crashes the test run otherwise.
    static func valid(_ text: String) -> Slug {
        guard let slug = Slug(rawValue: text) else { fatalError("invalid test slug \(text)") }
        return slug
    }
}

extension StoryDraft {
    static func sample(_ slug: String = "syria-may-5", title: String = "Syria, May 5: Airstrike on Camp") -> StoryDraft {
        StoryDraft(slug: .valid(slug), title: title, summary: "Live coverage of northern Syria.")
    }
}

extension UpdateDraft {
    static func sample(_ body: String, headline: String? = nil, at minutes: Int? = nil) -> UpdateDraft {
        UpdateDraft(headline: headline, body: body, publishedAt: minutes.map(at))
    }
}
