import Foundation
import SitrepModel
import SitrepStore
import Testing

/// Every `Store` backend the conformance suite runs against. Each test gets a fresh store.
enum StoreBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqliteInMemory
    case sqliteOnDiskWAL

    var description: String { rawValue }

    /// A fresh store. On-disk stores live in the test case's `ScratchDirectory`.
    func makeStore() throws -> any Store {
        switch self {
        case .sqliteInMemory:
            return try SQLiteStore.inMemory()
        case .sqliteOnDiskWAL:
            return try SQLiteStore(path: try ScratchDirectory.file("sitrep.sqlite"))
        }
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
        try await ScratchDirectory.$current.withValue(url) { try await function() }
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
