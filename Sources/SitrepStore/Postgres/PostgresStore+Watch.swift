import Foundation
internal import Logging
internal import PostgresNIO
import SitrepModel

// Several instances, one live stream: every write that grows a live log or changes an incident
// sends a NOTIFY in its transaction (delivered on commit); each instance LISTENs on its own
// connection and re-reads the rows. A notification lost while the listener was down is made up
// by `.resync` when it reconnects: readers pull from their last delivered sequence, so the gap
// is read from the database, never left to luck.
extension PostgresStore {
    /// The NOTIFY channel: one per schema, so stores sharing a database do not wake each other.
    var signalChannel: String { "sitrep_signals" + (location.schema.map { "_" + $0 } ?? "") }

    public func watch(_ report: @escaping @Sendable (StoreSignal) async -> Void) async throws {
        var delay = Duration.milliseconds(100)
        while !Task.isCancelled {
            var listened = false
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: Self.connectionConfiguration(location), id: 1, logger: logger)
                do {
                    let notifications = try await connection.listen(signalChannel)
                    listened = true
                    delay = .milliseconds(100)
                    await report(.resync)
                    for try await notification in notifications {
                        if let signal = Self.signal(notification.payload) { await report(signal) }
                    }
                } catch {
                    try? await connection.close()
                    throw error
                }
                try? await connection.close()
            } catch where !Task.isCancelled {
                logger.warning("lost the database's change notifications; reconnecting", metadata: ["error": "\(error)"])
            }
            if listened && !Task.isCancelled {
                // the server went away (a restart, a failover): the pool's idle connections went with it
                renewPool()
            }
            try? await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(2))
        }
    }

    /// "l:STORY:SEQUENCE" or "i:PUBLIC:INCIDENT".
    static func signal(_ payload: String) -> StoreSignal? {
        let parts = payload.split(separator: ":", maxSplits: 2).map(String.init)
        guard parts.count == 3 else { return nil }
        switch parts[0] {
        case "l":
            guard let story = Int64(parts[1]), let sequence = Int64(parts[2]) else { return nil }
            return .liveLog(storyID: story, sequence: sequence)
        case "i":
            return .incident(id: parts[2], isPublic: parts[1] == "1")
        default:
            return nil
        }
    }

    static func connectionConfiguration(_ location: PostgresLocation) -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable
        )
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }
}
