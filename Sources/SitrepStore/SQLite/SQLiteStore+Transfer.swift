import Foundation
internal import GRDB

// `sitrep migrate` on SQLite: claims keep their rowid (their listing order), and the FTS5 tables
// are rebuilt from the copied rows at the end.
extension SQLiteStore: StoreTransferBackend {
    func transferRows(_ table: TransferTable, after: [TransferValue]?, limit: Int) async throws -> [[TransferValue]] {
        try await read { db in
            let sql = table.selectSQL(orderColumn: "rowid", after: after)
            let arguments = (after ?? []).map(\.databaseValue) + [limit.databaseValue]
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                (0..<row.count).map { index in
                    switch row[index] as DatabaseValue {
                    case let value where value.isNull: .null
                    case let value:
                        switch value.storage {
                        case let .int64(int): .int(int)
                        case let .double(double): .double(double)
                        case let .string(string): .text(string)
                        case let .blob(data): .text(String(decoding: data, as: UTF8.self))
                        case .null: .null
                        }
                    }
                }
            }
        }
    }

    func transferWrite(_ table: TransferTable, _ rows: [[TransferValue]], progress: [TransferValue], done: Bool) async throws {
        try await write { db in
            let columns = table.insertColumns(orderColumn: "rowid")
            let insert = try db.cachedStatement(sql: "INSERT INTO \(table.name) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
            for row in rows {
                try insert.execute(arguments: StatementArguments(row.map(\.databaseValue)))
            }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS migrate_progress (table_name TEXT PRIMARY KEY, last_key TEXT NOT NULL, done INTEGER NOT NULL)")
            try db.execute(sql: """
                INSERT INTO migrate_progress (table_name, last_key, done) VALUES (?, ?, ?)
                ON CONFLICT (table_name) DO UPDATE SET last_key = excluded.last_key, done = excluded.done
                """, arguments: [table.name, StoreMigration.encode(progress), done ? 1 : 0])
        }
    }

    func transferProgress() async throws -> [String: (key: [TransferValue], done: Bool)] {
        try await read { db in
            guard try db.tableExists("migrate_progress") else { return [:] }
            var notes: [String: (key: [TransferValue], done: Bool)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT table_name, last_key, done FROM migrate_progress") {
                notes[row[0]] = (StoreMigration.decode(row[1]), (row[2] as Int) != 0)
            }
            return notes
        }
    }

    func transferCount(_ table: TransferTable) async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.name)") ?? 0 }
    }

    func transferFinish() async throws {
        try await write { db in
            try db.execute(sql: """
                DELETE FROM story_search;
                INSERT INTO story_search (rowid, title, body) SELECT id, title, summary || char(10) || char(10) || original_entry FROM stories;
                DELETE FROM update_search;
                INSERT INTO update_search (rowid, title, body, story_id)
                    SELECT pk, coalesce(headline, ''), body, story_id FROM updates WHERE deleted_at IS NULL;
                DELETE FROM claim_search;
                INSERT INTO claim_search (rowid, text) SELECT rowid, json_extract(body, '$.text') FROM claims;
                DROP TABLE IF EXISTS migrate_progress;
                """)
        }
    }
}

extension TransferValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case let .int(value): value.databaseValue
        case let .double(value): value.databaseValue
        case let .text(value): value.databaseValue
        }
    }
}
