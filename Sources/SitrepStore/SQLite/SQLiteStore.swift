import Foundation
internal import GRDB
import SitrepModel

/// The SQLite backend of `Store`, built on GRDB.
///
/// On disk it uses a WAL `DatabasePool` (many concurrent readers, one writer); in tests an
/// in-memory `DatabaseQueue`. Every method runs in one transaction, so a failed call changes
/// nothing. Dates are stored as Unix milliseconds (`INTEGER`), JSON values as `TEXT`.
public final class SQLiteStore: Store {
    let writer: any DatabaseWriter
    let updateIDs: UpdateIDGenerator

    private init(writer: any DatabaseWriter, updateIDs: UpdateIDGenerator) throws {
        self.writer = writer
        self.updateIDs = updateIDs
        do {
            try SQLiteStore.migrator.migrate(writer)
        } catch {
            throw StoreError(.unavailable, "The database could not be prepared.", underlying: String(describing: error))
        }
    }

    /// A fresh, empty store that lives in memory, for tests and previews. Pass
    /// `updateIDs: .sequential()` for deterministic update ids (snapshot tests).
    public static func inMemory(updateIDs: UpdateIDGenerator = .random) throws -> SQLiteStore {
        do {
            return try SQLiteStore(writer: DatabaseQueue(configuration: configuration()), updateIDs: updateIDs)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.unavailable, "The in-memory database could not be opened.", underlying: String(describing: error))
        }
    }

    /// Opens the database file at `path` in WAL mode, creating it when new and applying any
    /// pending migrations. The directory must exist.
    public convenience init(path: String, updateIDs: UpdateIDGenerator = .random) throws {
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: SQLiteStore.configuration())
        } catch {
            throw StoreError(.unavailable, "The database at \(path) could not be opened.", underlying: String(describing: error))
        }
        try self.init(writer: pool, updateIDs: updateIDs)
    }

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Wait for a concurrent writer (another process) instead of failing at once.
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in
            // Safe with WAL: a power loss may drop the last transactions but never corrupts the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    // MARK: - Transactions

    /// Runs `work` in a write transaction, mapping every failure to a `StoreError`.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(work)
        } catch {
            throw SQLiteStore.storeError(from: error)
        }
    }

    /// Runs `work` against a consistent snapshot, mapping every failure to a `StoreError`.
    func read<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(work)
        } catch {
            throw SQLiteStore.storeError(from: error)
        }
    }

    static func storeError(from error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                return StoreError(.conflict, "That already exists.", underlying: error.description)
            case .SQLITE_CONSTRAINT_FOREIGNKEY:
                return StoreError(.notFound, "Something this refers to does not exist.", underlying: error.description)
            default:
                if error.resultCode == .SQLITE_FULL {
                    return StoreError(.unavailable, "The disk is full; the change was not saved.", underlying: error.description)
                }
                if error.resultCode == .SQLITE_READONLY {
                    return StoreError(.unavailable, "The database is read-only; the change was not saved.", underlying: error.description)
                }
                if error.resultCode == .SQLITE_CONSTRAINT {
                    return StoreError(.invalid, "The change was rejected by the database.", underlying: error.description)
                }
            }
        }
        return StoreError(.unavailable, "The database is unavailable. Try again.", underlying: String(describing: error))
    }
}
