import Foundation
internal import Logging
internal import PostgresNIO
import SitrepModel

// Plain SQL with bound arguments, as in the SQLite backend: statements are written with `?`
// placeholders (numbered `$1, $2, …` here, outside quoted literals) so the two backends' queries
// read side by side.

/// A value bound to a statement.
enum PGValue: Sendable {
    case null, int(Int64), text(String), double(Double), bool(Bool)

    func append(to binds: inout PostgresBindings) {
        switch self {
        case .null: binds.appendNull()
        case let .int(value): binds.append(value)
        case let .text(value): binds.append(value)
        case let .double(value): binds.append(value)
        case let .bool(value): binds.append(value)
        }
    }
}

/// What can be bound: integers, text, doubles, flags and their optionals.
protocol PGArgument: Sendable {
    var pgValue: PGValue { get }
}

extension PGValue: PGArgument { var pgValue: PGValue { self } }
extension Int: PGArgument { var pgValue: PGValue { .int(Int64(self)) } }
extension Int64: PGArgument { var pgValue: PGValue { .int(self) } }
extension String: PGArgument { var pgValue: PGValue { .text(self) } }
extension Double: PGArgument { var pgValue: PGValue { .double(self) } }
extension Bool: PGArgument { var pgValue: PGValue { .bool(self) } }
extension Optional: PGArgument where Wrapped: PGArgument {
    var pgValue: PGValue { self?.pgValue ?? .null }
}

/// One leased connection inside a store call.
struct PGConnection {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs a statement that returns no rows worth reading.
    func execute(_ sql: String, _ arguments: [any PGArgument] = []) async throws {
        for try await _ in try await connection.query(Self.query(sql, arguments), logger: logger) {}
    }

    /// Every row of a query.
    func rows(_ sql: String, _ arguments: [any PGArgument] = []) async throws -> [PGRow] {
        var rows: [PGRow] = []
        for try await row in try await connection.query(Self.query(sql, arguments), logger: logger) {
            rows.append(PGRow(row.makeRandomAccess()))
        }
        return rows
    }

    /// Calls `body` for each row as it arrives (big reads: no array of rows in between).
    func forEach(_ sql: String, _ arguments: [any PGArgument] = [], _ body: (PGRow) throws -> Void) async throws {
        for try await row in try await connection.query(Self.query(sql, arguments), logger: logger) {
            try body(PGRow(row.makeRandomAccess()))
        }
    }

    /// The first row, if any.
    func row(_ sql: String, _ arguments: [any PGArgument] = []) async throws -> PGRow? {
        try await rows(sql, arguments).first
    }

    /// The first column of the first row, if any.
    func scalar<T: PostgresDecodable>(_ type: T.Type, _ sql: String, _ arguments: [any PGArgument] = []) async throws -> T? {
        try await row(sql, arguments).map { try $0.at(0, T.self) }
    }

    static func query(_ sql: String, _ arguments: [any PGArgument]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments { argument.pgValue.append(to: &binds) }
        return PostgresQuery(unsafeSQL: numbered(sql), binds: binds)
    }

    /// `?` → `$1, $2, …`, leaving quoted literals and identifiers alone.
    static func numbered(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A row read by column name or position.
struct PGRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRandomAccessRow) { self.row = row }

    func callAsFunction<T: PostgresDecodable>(_ column: String, _ type: T.Type = T.self) throws -> T {
        do {
            return try row[column].decode(T.self)
        } catch {
            throw corrupt("column \(column): \(error)")
        }
    }

    func at<T: PostgresDecodable>(_ index: Int, _ type: T.Type = T.self) throws -> T {
        do {
            return try row[index].decode(T.self)
        } catch {
            throw corrupt("column \(index): \(error)")
        }
    }

    func date(_ column: String) throws -> Date? {
        try self(column, Int64?.self).map(Date.init(storeMillis:))
    }
}
