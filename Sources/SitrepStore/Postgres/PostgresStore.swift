import Foundation
internal import Logging
internal import NIOCore
internal import PostgresNIO
import SitrepModel

/// The PostgreSQL backend of `Store`, built on PostgresNIO: the newsroom's setup, where several
/// `sitrep serve` instances share one database.
///
/// The schema mirrors SQLite's, migration by migration (`PostgresStore+Schema.swift`): dates are
/// Unix milliseconds in `BIGINT`, JSON values `TEXT`, flags `BOOLEAN`. Every method runs in one
/// transaction (reads that take several statements in a `REPEATABLE READ` one, so they see one
/// snapshot), so a failed call changes nothing.
public final class PostgresStore: Store {
    let client: PostgresClient
    let updateIDs: UpdateIDGenerator
    let logger: Logger
    let location: PostgresLocation
    private let runner: Task<Void, Never>

    private init(location: PostgresLocation, poolSize: Int, updateIDs: UpdateIDGenerator) {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable
        )
        configuration.options.maximumConnections = max(1, poolSize)
        configuration.options.connectionIdleTimeout = .seconds(60)
        if let schema = location.schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        var logger = Logger(label: "sitrep.postgres")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.updateIDs = updateIDs
        self.logger = logger
        self.location = location
        self.runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// Connects to the database `url` names (`postgres://user:password@host:port/database`,
    /// optionally `?schema=NAME` and `?pool=N`) and applies any pending migrations. Fails with a
    /// clear `.unavailable` error when the server cannot be reached or refuses the credentials.
    public static func connect(
        url: String, poolSize: Int? = nil, updateIDs: UpdateIDGenerator = .random
    ) async throws -> PostgresStore {
        let location = try PostgresLocation(url: url)
        try await probe(location)
        let store = PostgresStore(location: location, poolSize: poolSize ?? location.poolSize ?? 10, updateIDs: updateIDs)
        do {
            try await store.migrate()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// One connection made by hand before the pool starts: the pool retries a refused or failed
    /// connection forever (right once the server was up), so a wrong address or password would
    /// otherwise hang the first call instead of saying what is wrong.
    private static func probe(_ location: PostgresLocation) async throws {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: connectionConfiguration(location), id: 0, logger: Logger(label: "sitrep.postgres.probe"))
        } catch let error as PSQLError where error.serverInfo == nil {
            throw StoreError(.unavailable, "The PostgreSQL server at \(location.host):\(location.port) cannot be reached.",
                             underlying: Self.reason(error))
        } catch {
            throw storeError(from: error)
        }
        try? await connection.close()
    }

    /// The cause of a connection error in a few words (PSQLError's description hides it).
    static func reason(_ error: PSQLError) -> String {
        if let underlying = error.underlying { return String(describing: underlying) }
        return error.code.description
    }

    /// Closes every connection of the pool. The store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        _ = await runner.result
    }

    // MARK: - Transactions

    /// Runs `work` in a read-write transaction, mapping every failure to a `StoreError`.
    func write<T: Sendable>(_ work: (PGConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN", work)
    }

    /// Runs `work` against one snapshot (a read-only `REPEATABLE READ` transaction).
    func read<T: Sendable>(_ work: (PGConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work)
    }

    private func transaction<T: Sendable>(_ begin: String, _ work: (PGConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                let pg = PGConnection(connection: connection, logger: logger)
                try await pg.execute(begin)
                do {
                    let value = try await work(pg)
                    try await pg.execute("COMMIT")
                    return value
                } catch {
                    try? await pg.execute("ROLLBACK")
                    throw error
                }
            }
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// One statement, outside an explicit transaction (it is its own): the hot single reads.
    func one<T: Sendable>(_ work: (PGConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                try await work(PGConnection(connection: connection, logger: logger))
            }
        } catch {
            throw Self.storeError(from: error)
        }
    }

    static func storeError(from error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                let detail = [error.serverInfo?[.message], error.serverInfo?[.detail]].compactMap { $0 }.joined(separator: ": ")
                switch state {
                case "23505": return StoreError(.conflict, "That already exists.", underlying: detail)
                case "23503": return StoreError(.notFound, "Something this refers to does not exist.", underlying: detail)
                case "40001", "40P01": return StoreError(.conflict, "A concurrent change got there first; try again.", underlying: detail)
                case "28P01", "28000": return StoreError(.unavailable, "PostgreSQL refused the user name or password.", underlying: detail)
                case "3D000": return StoreError(.unavailable, "The PostgreSQL database does not exist.", underlying: detail)
                case "53100": return StoreError(.unavailable, "The database server's disk is full; the change was not saved.", underlying: detail)
                case "25006": return StoreError(.unavailable, "The database is read-only; the change was not saved.", underlying: detail)
                default:
                    if state.hasPrefix("23") {
                        return StoreError(.invalid, "The change was rejected by the database.", underlying: detail)
                    }
                    return StoreError(.unavailable, "The database is unavailable. Try again.", underlying: "\(state) \(detail)")
                }
            }
            return StoreError(.unavailable, "The PostgreSQL server cannot be reached.", underlying: String(reflecting: error))
        }
        return StoreError(.unavailable, "The database is unavailable. Try again.", underlying: String(reflecting: error))
    }
}

/// Where a PostgreSQL store lives, read from `postgres://user:password@host:port/database`.
/// Query parameters: `schema` (a search path, used by tests and by instances that share a
/// database) and `pool` (the connection pool's size).
struct PostgresLocation: Sendable {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    var schema: String?
    var poolSize: Int?

    init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme, ["postgres", "postgresql"].contains(scheme.lowercased()) else {
            throw StoreError(.invalid, "“\(text)” is not a PostgreSQL URL; write postgres://user:password@host:port/database.")
        }
        guard let user = url.user, !user.isEmpty else {
            throw StoreError(.invalid, "The PostgreSQL URL names no user: write postgres://user:password@host:port/database.")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        guard !database.isEmpty else {
            throw StoreError(.invalid, "The PostgreSQL URL names no database: write postgres://user:password@host:port/database.")
        }
        host = url.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = url.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        password = url.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database
        for item in url.queryItems ?? [] {
            switch item.name {
            case "schema":
                guard let value = item.value, value.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                    throw StoreError(.invalid, "The schema in the PostgreSQL URL must be lowercase letters, digits and underscores.")
                }
                schema = value
            case "pool":
                guard let value = item.value.flatMap(Int.init), (1...500).contains(value) else {
                    throw StoreError(.invalid, "The pool size in the PostgreSQL URL must be a number from 1 to 500.")
                }
                poolSize = value
            default:
                throw StoreError(.invalid, "Unknown parameter “\(item.name)” in the PostgreSQL URL (known: schema, pool).")
            }
        }
    }

    /// The URL without its password, for messages.
    var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}
