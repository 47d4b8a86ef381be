import Foundation

/// Where a store lives, as a user writes it: a SQLite file path (the default) or a PostgreSQL
/// URL (`postgres://user:password@host:port/database`). The one place the CLI and tools choose a
/// backend.
public enum StoreLocation {
    /// Whether `location` names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// Opens (and migrates) the store at `location`. Fails with a `StoreError` whose message says
    /// what is wrong: an unreadable file, an unreachable server, refused credentials.
    public static func open(_ location: String, updateIDs: UpdateIDGenerator = .random) async throws -> any Store {
        if isPostgres(location) {
            return try await PostgresStore.connect(url: location, updateIDs: updateIDs)
        }
        return try SQLiteStore(path: location, updateIDs: updateIDs)
    }

    /// `location` fit for a log line or a message: a URL loses its password.
    public static func redacted(_ location: String) -> String {
        guard isPostgres(location), var url = URLComponents(string: location) else { return location }
        if url.password != nil { url.password = "***" }
        return url.string ?? "postgres://…"
    }
}
