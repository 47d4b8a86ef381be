import Foundation
internal import Crypto

/// A value read from one backend's table and written to the other's.
enum TransferValue: Sendable, Hashable {
    case null, int(Int64), double(Double), text(String)

    /// A canonical text for the content hash (the same on both backends).
    var canonical: String {
        switch self {
        case .null: "∅"
        case let .int(value): "i\(value)"
        case let .double(value): "d\(value.bitPattern)"
        case let .text(value): "t\(value.utf8.count):\(value)"
        }
    }
}

/// One table as `sitrep migrate` copies it: its columns (with what kind of value each holds) in
/// the order both backends share, and the key it is read in.
struct TransferTable: Sendable {
    enum Kind: Sendable { case int, double, text, flag }

    var name: String
    var columns: [(name: String, kind: Kind)]
    /// The columns rows are read in order of (a primary key); `order` stands for the storage
    /// order of claims (SQLite's rowid, PostgreSQL's `seq`), which decides how claims list.
    var key: [String]

    static let order = "_order"

    init(_ name: String, key: [String], _ columns: String) {
        self.name = name
        self.key = key
        self.columns = columns.split(separator: ",").map { spec in
            let parts = spec.split(separator: " ").map(String.init)
            let kind: Kind = switch parts[1] {
            case "i": .int
            case "d": .double
            case "b": .flag
            default: .text
            }
            return (parts[0], kind)
        }
    }

    /// Every table, parents before children. `login_failures` is left out: it is throttling
    /// state of a few minutes, not content.
    static let all: [TransferTable] = [
        TransferTable("stories", key: ["id"], "id i,slug t,title t,summary t,status t,coverage_start i,coverage_end i,lead_photo t,original_entry t,tags t,region t,see_also t,features t,time_zone t,created_at i,updated_at i,last_sequence i,content_hash t"),
        TransferTable("updates", key: ["pk"], "pk i,id t,story_id i,sequence i,published_at i,kind t,author t,videos t,headline t,body t,key_event b,pinned b,photos t,revision i,edited_at i,deleted_at i"),
        TransferTable("update_revisions", key: ["update_id", "revision"], "update_id t,revision i,headline t,body t,key_event b,pinned b,photos t,edited_at i,editor t"),
        TransferTable("live_log", key: ["story_id", "sequence"], "story_id i,sequence i,kind t,update_id t,revision i,logged_at i"),
        TransferTable("proposed_events", key: ["update_id", "position"], "update_id t,position i,summary t,payload t"),
        TransferTable("users", key: ["id"], "id i,name t,role t,password_hash t,created_at i"),
        TransferTable("api_tokens", key: ["id"], "id i,hash t,user_id i,label t,created_at i"),
        TransferTable("sessions", key: ["hash"], "hash t,user_id i,csrf_token t,expires_at i"),
        TransferTable("sources", key: ["id"], "id i,name t,name_key t,aliases t,kind t,affiliation t,note t,draft b,updated_at i"),
        TransferTable("incident_counters", key: ["prefix"], "prefix t,last i"),
        TransferTable("incidents", key: ["id"], "id t,status t,event_type t,sub_event_type t,date t,time_precision i,country t,admin1 t,location t,latitude d,longitude d,geo_precision i,actor1 t,actor2 t,civilian_targeting b,grade t,fatalities i,fatalities_low i,fatalities_best i,fatalities_high i,active_claims i,sources t,source_scale t,notes t,first_published_at i,created_at i,updated_at i,version i,body t"),
        TransferTable("incident_stories", key: ["incident_id", "story_id"], "incident_id t,story_id i"),
        TransferTable("claims", key: [order], "_order i,id t,incident_id t,update_id t,position i,withdrawn b,source t,body t"),
        TransferTable("incident_history", key: ["id"], "id i,incident_id t,claim_id t,action t,field t,old_value t,new_value t,reason t,actor t,at i"),
        TransferTable("indicators", key: ["id"], "id i,story_id i,update_id t,name t,date t,body t"),
    ]

    /// Where the key columns sit in a row.
    var keyIndexes: [Int] { key.map { name in columns.firstIndex { $0.name == name }! } }

    /// `SELECT` of a batch after `after` (the last key read), with `order` spelled as the backend's storage order.
    func selectSQL(orderColumn: String, after: [TransferValue]?) -> String {
        let spelled = { (name: String) in name == Self.order ? orderColumn : name }
        let list = columns.map { $0.name == Self.order ? "\(orderColumn) AS \(Self.order)" : $0.name }.joined(separator: ", ")
        let keys = key.map(spelled).joined(separator: ", ")
        let condition = after == nil ? "" : " WHERE (\(keys)) > (\(key.map { _ in "?" }.joined(separator: ", ")))"
        return "SELECT \(list) FROM \(name)\(condition) ORDER BY \(keys) LIMIT ?"
    }

    /// The column names of an `INSERT`, with `order` spelled as the backend's storage order.
    func insertColumns(orderColumn: String) -> [String] {
        columns.map { $0.name == Self.order ? orderColumn : $0.name }
    }
}

/// What a backend does for `sitrep migrate`: read a table in key order, write batches atomically
/// with a note of how far the copy got (so a killed copy resumes where it stopped and never
/// leaves half a batch), count and hash tables, and finish (search indexes, id counters).
protocol StoreTransferBackend: Store {
    func transferRows(_ table: TransferTable, after: [TransferValue]?, limit: Int) async throws -> [[TransferValue]]
    /// Writes rows and records `progress` for the table in one transaction.
    func transferWrite(_ table: TransferTable, _ rows: [[TransferValue]], progress: [TransferValue], done: Bool) async throws
    /// How far an earlier copy into this store got: table → (last key written, finished).
    func transferProgress() async throws -> [String: (key: [TransferValue], done: Bool)]
    func transferCount(_ table: TransferTable) async throws -> Int
    /// Rebuilds what is derived from the copied rows (search indexes, identity counters) and
    /// drops the progress notes.
    func transferFinish() async throws
}

/// `sitrep migrate`: copies a whole database from one store to another (SQLite ↔ PostgreSQL),
/// resumable, then proves the copy by counts and a content hash of every table.
public enum StoreMigration {
    public struct TableReport: Sendable {
        public var table: String
        public var rows: Int
        public var hash: String
    }

    public enum Step: Sendable {
        case copying(table: String, rows: Int)
        case resumed(table: String)
        case skipped(table: String)
        case verified(TableReport)
    }

    /// Copies every table of `source` into `destination`. The destination must be empty or hold
    /// an unfinished copy (which is resumed). Writers should be stopped on the source meanwhile.
    public static func copy(
        from source: any Store, to destination: any Store, batch: Int = 2_000,
        progress: (Step) throws -> Void = { _ in }
    ) async throws -> [TableReport] {
        guard let source = source as? any StoreTransferBackend, let destination = destination as? any StoreTransferBackend else {
            throw StoreError(.invalid, "This store cannot be copied.")
        }
        let notes = try await destination.transferProgress()
        if notes.isEmpty {
            for table in TransferTable.all where try await destination.transferCount(table) > 0 {
                throw StoreError(.conflict, "The destination already holds data (\(table.name)); migrate copies into an empty database.")
            }
        }
        for table in TransferTable.all {
            var after = notes[table.name]?.key
            if notes[table.name]?.done == true {
                try progress(.skipped(table: table.name))
                continue
            }
            if after != nil { try progress(.resumed(table: table.name)) }
            var copied = 0
            while true {
                let rows = try await source.transferRows(table, after: after, limit: batch)
                let last = rows.last.map { row in table.keyIndexes.map { row[$0] } } ?? after ?? []
                try await destination.transferWrite(table, rows, progress: last, done: rows.count < batch)
                copied += rows.count
                try progress(.copying(table: table.name, rows: copied))
                if rows.count < batch { break }
                after = last
            }
        }
        var reports: [TableReport] = []
        for table in TransferTable.all {
            let (sourceCount, sourceHash) = try await digest(source, table, batch: batch)
            let (copyCount, copyHash) = try await digest(destination, table, batch: batch)
            guard sourceCount == copyCount, sourceHash == copyHash else {
                throw StoreError(.invalid, "The copy of \(table.name) differs from the source (\(sourceCount) rows, \(copyCount) copied; "
                                 + "hashes \(sourceHash.prefix(12)) and \(copyHash.prefix(12))). Was the source written to meanwhile?")
            }
            let report = TableReport(table: table.name, rows: sourceCount, hash: sourceHash)
            try progress(.verified(report))
            reports.append(report)
        }
        try await destination.transferFinish()
        return reports
    }

    /// The row count and SHA-256 of a table's rows in key order, in a canonical text form.
    static func digest(_ store: any StoreTransferBackend, _ table: TransferTable, batch: Int) async throws -> (Int, String) {
        var hasher = SHA256()
        var count = 0
        var after: [TransferValue]?
        while true {
            let rows = try await store.transferRows(table, after: after, limit: batch)
            for row in rows {
                hasher.update(data: Data((row.map(\.canonical).joined(separator: "\u{1F}") + "\u{1E}").utf8))
            }
            count += rows.count
            if rows.count < batch { break }
            after = table.keyIndexes.map { rows.last![$0] }
        }
        return (count, hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    /// Progress notes encode a key as text: one canonical value per line.
    static func encode(_ key: [TransferValue]) -> String {
        key.map { value in
            switch value {
            case .null: "n"
            case let .int(v): "i\(v)"
            case let .double(v): "d\(v.bitPattern)"
            case let .text(v): "t" + Data(v.utf8).base64EncodedString()
            }
        }.joined(separator: "\n")
    }

    static func decode(_ text: String) -> [TransferValue] {
        text.split(separator: "\n").map { part in
            let body = String(part.dropFirst())
            switch part.first {
            case "i": return .int(Int64(body) ?? 0)
            case "d": return .double(Double(bitPattern: UInt64(body) ?? 0))
            case "t": return .text(Data(base64Encoded: body).map { String(decoding: $0, as: UTF8.self) } ?? "")
            default: return .null
            }
        }
    }
}
