import Foundation
internal import Logging
internal import NIOCore
internal import PostgresNIO
import SitrepModel
import Synchronization

/// The PostgreSQL backend of `Store`, built on PostgresNIO: the newsroom's setup, where several
/// `sitrep serve` instances share one database.
///
/// The schema mirrors SQLite's, migration by migration (`PostgresStore+Schema.swift`): dates are
/// Unix milliseconds in `BIGINT`, JSON values `TEXT`, flags `BOOLEAN`. Every method runs in one
/// transaction (reads that take several statements in a `REPEATABLE READ` one, so they see one
/// snapshot), so a failed call changes nothing.
public final class PostgresStore: Store {
    let updateIDs: UpdateIDGenerator
    let logger: Logger
    let location: PostgresLocation
    private let configuration: PostgresClient.Configuration
    /// The connection pool and the task that runs it; replaced whole by `renewPool()`.
    private let pool: Mutex<(client: PostgresClient, runner: Task<Void, Never>)>

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
        self.configuration = configuration
        self.updateIDs = updateIDs
        self.logger = logger
        self.location = location
        self.pool = Mutex(Self.startPool(configuration, logger: logger))
    }

    private static func startPool(_ configuration: PostgresClient.Configuration, logger: Logger)
        -> (client: PostgresClient, runner: Task<Void, Never>) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return (client, Task { await client.run() })
    }

    /// The pool new calls lease from.
    var client: PostgresClient { pool.withLock { $0.client } }

    /// Starts a fresh pool and retires the old one (its calls in flight finish or fail on it).
    /// After the server restarted, PostgresNIO 1.33 can keep a pooled connection the server
    /// ended while it sat idle, and a query on it is never answered; the watch notices the
    /// restart (its own connection breaks) and renews the pool, so no later call is lent one.
    func renewPool() {
        let fresh = Self.startPool(configuration, logger: logger)
        let old = pool.withLock { pool in
            defer { pool = fresh }
            return pool
        }
        old.runner.cancel()
    }

    deinit { pool.withLock { $0.runner.cancel() } }

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
        let runner = pool.withLock { $0.runner }
        runner.cancel()
        _ = await runner.result
    }

    // MARK: - Transactions

    /// Runs `work` in a read-write transaction, mapping every failure to a `StoreError`.
    func write<T: Sendable>(timeout: Duration? = callTimeout, _ work: (PGConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN", timeout: timeout, work)
    }

    /// Runs `work` against one snapshot (a read-only `REPEATABLE READ` transaction).
    func read<T: Sendable>(_ work: (PGConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", timeout: Self.callTimeout, work)
    }

    private func transaction<T: Sendable>(
        _ begin: String, timeout: Duration?, _ work: (PGConnection) async throws -> T
    ) async throws -> T {
        try await leased(timeout: timeout) { pg in
            try await pg.execute(begin)
            do {
                let value = try await work(pg)
                try await pg.execute("COMMIT")
                return value
            } catch {
                if Self.connectionSurvives(error) {
                    try? await pg.execute("ROLLBACK")
                } else {
                    // The server ends the transaction with the connection. A statement sent
                    // after a FATAL error (a server restart: 57P01) waits for ever on
                    // PostgresNIO 1.33, so nothing more is sent: the connection is closed and
                    // the pool replaces it.
                    try? await pg.connection.close()
                }
                throw error
            }
        }
    }

    /// One statement, outside an explicit transaction (it is its own): the hot single reads.
    func one<T: Sendable>(_ work: (PGConnection) async throws -> T) async throws -> T {
        try await leased(timeout: Self.callTimeout, work)
    }

    /// How long one store call may hold a connection before the connection is closed under it.
    /// On PostgresNIO 1.33 a pooled connection the server ended while it sat idle (a restart)
    /// can take a query and never answer it; closing the connection fails the query, and the
    /// caller gets a 503 instead of waiting for ever. Every call here takes milliseconds; the
    /// slowest (a page of an export, a batch of `sitrep migrate`) well under a second. Schema
    /// migrations, which may rewrite a big table, run without it.
    static let callTimeout = Duration.seconds(8)

    /// Leases a connection for `work`, mapping every failure to a `StoreError`.
    private func leased<T: Sendable>(timeout: Duration?, _ work: (PGConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withConnection { connection in
                let watchdog = Task {
                    guard let timeout else { return }
                    try await Task.sleep(for: timeout)
                    try? await connection.close()
                }
                defer { watchdog.cancel() }
                do {
                    return try await work(PGConnection(connection: connection, logger: logger))
                } catch where watchdog.isCancelled == false && Task.isCancelled == false && connection.isClosed {
                    throw StoreError(.unavailable, "The database did not answer in time. Try again.", underlying: String(reflecting: error))
                }
            }
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// Whether a connection can take a ROLLBACK after `error`: our own errors and the server's
    /// ordinary ERRORs leave it usable; FATAL errors and lost connections do not.
    static func connectionSurvives(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return true }
        guard error.code == .server, let severity = error.serverInfo?[.severity] else { return false }
        return severity == "ERROR"
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
