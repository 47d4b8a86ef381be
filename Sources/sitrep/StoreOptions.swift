import ArgumentParser
import Foundation
import SitrepExtract
import SitrepStore

/// `--database PATH_OR_URL`, shared by every command that touches the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "SQLite database file, or postgres://user:password@host:port/database (default: $SITREP_DATABASE, then ./sitrep.sqlite). Created and migrated when new.",
        valueName: "path-or-url"))
    var database: String?

    var path: String {
        database ?? ProcessInfo.processInfo.environment["SITREP_DATABASE"] ?? "sitrep.sqlite"
    }

    /// The location for messages: a URL without its password.
    var shownPath: String { StoreLocation.redacted(path) }

    func open() async throws -> any Store {
        do {
            return try await StoreLocation.open(path)
        } catch let error as StoreError {
            throw CLIError("Cannot open the database at \(shownPath): \(error.message)"
                + (error.underlying.map { " (\($0))" } ?? ""))
        }
    }

    /// Opens the store and adds the bundled sources the registry does not know yet (an admin's
    /// edits to known sources are kept).
    func openSeeded() async throws -> any Store {
        let store = try await open()
        try await SourceSeed.seed(store)
        return store
    }
}

enum SourceSeed {
    static func seed(_ store: any Store) async throws {
        try await store.seedSources(try Extractor.bundledSources(), now: Date())
    }
}
