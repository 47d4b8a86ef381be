import Foundation
internal import PostgresNIO

// `sitrep migrate` on PostgreSQL: claims keep their order in `seq`, flags are BOOLEAN, and the
// identity counters are moved past the copied ids at the end (search vectors are generated).
extension PostgresStore: StoreTransferBackend {
    func transferRows(_ table: TransferTable, after: [TransferValue]?, limit: Int) async throws -> [[TransferValue]] {
        try await one { db in
            let sql = table.selectSQL(orderColumn: "seq", after: after)
            let arguments: [any PGArgument] = (after ?? []).map(\.pgValue) + [limit]
            var rows: [[TransferValue]] = []
            try await db.forEach(sql, arguments) { row in
                rows.append(try table.columns.indices.map { index -> TransferValue in
                    switch table.columns[index].kind {
                    case .int: return try row.at(index, Int64?.self).map(TransferValue.int) ?? .null
                    case .flag: return try row.at(index, Bool?.self).map { .int($0 ? 1 : 0) } ?? .null
                    case .double: return try row.at(index, Double?.self).map(TransferValue.double) ?? .null
                    case .text: return try row.at(index, String?.self).map(TransferValue.text) ?? .null
                    }
                })
            }
            return rows
        }
    }

    func transferWrite(_ table: TransferTable, _ rows: [[TransferValue]], progress: [TransferValue], done: Bool) async throws {
        try await write { db in
            try await db.insertRows(table.name, table.insertColumns(orderColumn: "seq"), rows.map { row in
                zip(row, table.columns).map { value, column -> any PGArgument in
                    if column.kind == .flag, case let .int(flag) = value { return flag != 0 }
                    return value.pgValue
                }
            })
            try await db.execute("CREATE TABLE IF NOT EXISTS migrate_progress (table_name TEXT PRIMARY KEY, last_key TEXT NOT NULL, done INTEGER NOT NULL)")
            try await db.execute("""
                INSERT INTO migrate_progress (table_name, last_key, done) VALUES (?, ?, ?)
                ON CONFLICT (table_name) DO UPDATE SET last_key = excluded.last_key, done = excluded.done
                """, [table.name, StoreMigration.encode(progress), done ? 1 : 0])
        }
    }

    func transferProgress() async throws -> [String: (key: [TransferValue], done: Bool)] {
        try await one { db in
            guard try await db.scalar(Bool.self, "SELECT to_regclass('migrate_progress') IS NOT NULL") == true else { return [:] }
            var notes: [String: (key: [TransferValue], done: Bool)] = [:]
            for row in try await db.rows("SELECT table_name, last_key, done FROM migrate_progress") {
                notes[try row.at(0)] = (StoreMigration.decode(try row.at(1)), try row.at(2, Int.self) != 0)
            }
            return notes
        }
    }

    func transferCount(_ table: TransferTable) async throws -> Int {
        try await one { db in try await db.scalar(Int.self, "SELECT count(*) FROM \(table.name)") ?? 0 }
    }

    func transferFinish() async throws {
        try await write { db in
            for (table, column) in [("stories", "id"), ("updates", "pk"), ("users", "id"), ("api_tokens", "id"), ("sources", "id"),
                                    ("claims", "seq"), ("incident_history", "id"), ("indicators", "id")] {
                try await db.execute(
                    "SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'), coalesce((SELECT max(\(column)) FROM \(table)), 0) + 1, false)")
            }
            try await db.execute("DROP TABLE IF EXISTS migrate_progress")
        }
        // fresh statistics for the planner: autovacuum would get there, but only after a while
        try await write(timeout: nil) { db in try await db.execute("ANALYZE") } // minutes on a big database: no watchdog
    }
}

extension TransferValue {
    var pgValue: PGValue {
        switch self {
        case .null: .null
        case let .int(value): .int(value)
        case let .double(value): .double(value)
        case let .text(value): .text(value)
        }
    }
}
