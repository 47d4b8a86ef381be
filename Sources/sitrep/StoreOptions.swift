import ArgumentParser
import Foundation
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
}
