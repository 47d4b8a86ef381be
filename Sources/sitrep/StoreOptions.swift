import ArgumentParser
import Foundation
import SitrepExtract
import SitrepStore

/// `--database PATH`, shared by every command that touches the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $SITREP_DATABASE, then ./sitrep.sqlite). Created and migrated when new.")
    var database: String?

    var path: String {
        database ?? ProcessInfo.processInfo.environment["SITREP_DATABASE"] ?? "sitrep.sqlite"
    }

    func open() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: path)
        } catch {
            throw ValidationError("Cannot open the database at \(path): \(error)")
        }
    }

    /// Opens the store and adds the bundled sources the registry does not know yet (an admin's
    /// edits to known sources are kept).
    func openSeeded() async throws -> SQLiteStore {
        let store = try open()
        try await SourceSeed.seed(store)
        return store
    }
}

enum SourceSeed {
    static func seed(_ store: any Store) async throws {
        try await store.seedSources(try Extractor.bundledSources(), now: Date())
    }
}
