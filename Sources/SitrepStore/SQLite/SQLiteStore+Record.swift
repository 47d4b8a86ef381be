import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - RecordStore: sources

    public func sources() async throws -> [SourceInfo] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sources ORDER BY name_key").map(Self.sourceInfo)
        }
    }

    public func source(id: Int64) async throws -> SourceInfo? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sources WHERE id = ?", arguments: [id]).map(Self.sourceInfo)
        }
    }

    public func createSource(_ source: SourceInfo, now: Date) async throws -> SourceInfo {
        try await write { db in
            try Self.insertSource(db, source, now: now)
            return try Self.sourceInfo(try Row.fetchOne(db, sql: "SELECT * FROM sources WHERE id = ?", arguments: [db.lastInsertedRowID])!)
        }
    }

    public func updateSource(id: Int64, _ source: SourceInfo, now: Date) async throws -> SourceInfo {
        try await write { db in
            try db.execute(
                sql: """
                    UPDATE sources SET name = ?, name_key = ?, aliases = ?, kind = ?, affiliation = ?, note = ?,
                        draft = ?, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [source.name, source.name.lowercased(), try JSONColumn.encode(source.aliases), source.kind,
                            source.affiliation, source.note, source.draft, now.storeMillis, id]
            )
            guard db.changesCount > 0 else { throw StoreError(.notFound, "No source has the id \(id).") }
            return try Self.sourceInfo(try Row.fetchOne(db, sql: "SELECT * FROM sources WHERE id = ?", arguments: [id])!)
        }
    }

    public func seedSources(_ sources: [SourceInfo], now: Date) async throws -> Int {
        try await write { db in
            var added = 0
            for source in sources {
                let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM sources WHERE name_key = ?", arguments: [source.name.lowercased()]) ?? false
                if !exists {
                    try Self.insertSource(db, source, now: now)
                    added += 1
                }
            }
            return added
        }
    }

    static func insertSource(_ db: Database, _ source: SourceInfo, now: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO sources (name, name_key, aliases, kind, affiliation, note, draft, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [source.name, source.name.lowercased(), try JSONColumn.encode(source.aliases), source.kind,
                        source.affiliation, source.note, source.draft, now.storeMillis]
        )
    }

    static func sourceInfo(_ row: Row) throws -> SourceInfo {
        SourceInfo(id: row["id"], name: row["name"], aliases: try JSONColumn.decode([String].self, from: row["aliases"]),
                   kind: row["kind"], affiliation: row["affiliation"], note: row["note"], draft: row["draft"],
                   updatedAt: Date(storeMillis: row["updated_at"]))
    }

    // MARK: - RecordStore: reading

    public func claims(updateID: String) async throws -> [Claim] {
        try await read { db in
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM claims WHERE update_id = ? AND withdrawn = 0 ORDER BY position, id"),
                                arguments: [updateID]).map { try JSONColumn.decode(Claim.self, from: $0) }
        }
    }

    public func incident(id: String) async throws -> IncidentFile? {
        try await read { db in try Self.incidentFiles(db, ids: [id]).first }
    }

    public func incidentFiles(ids: [String]) async throws -> [IncidentFile] {
        try await read { db in try Self.incidentFiles(db, ids: ids) }
    }

    public func incidentCandidates(near fields: [EventFields]) async throws -> [IncidentCandidate] {
        try await read { db in
            var found: [IncidentCandidate] = []
            var seen = Set<String>()
            for f in fields {
                // near it: within a box wider than the largest clustering radius (25 km), or
                // without coordinates in its province; a claim without coordinates sees its
                // province (or, without one, its country)
                var near = "TRUE"
                var arguments: [(any DatabaseValueConvertible)?] = [f.date, f.country, f.country]
                if let lat = f.latitude, let lon = f.longitude {
                    let dLon = 0.3 / max(0.2, cos(lat * .pi / 180))
                    near = "((latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?) OR latitude IS NULL)"
                    arguments += [lat - 0.3, lat + 0.3, lon - dLon, lon + dLon]
                } else if let admin1 = f.admin1 {
                    near = "(admin1 = ? OR admin1 IS NULL)"
                    arguments.append(admin1)
                }
                let statement = try db.cachedStatement(sql: """
                    SELECT id, body, created_at, updated_at, version, active_claims FROM incidents
                    WHERE date = ? AND status IN ('proposed', 'published') AND (? IS NULL OR country IS NULL OR country = ?)
                        AND \(near)
                    ORDER BY created_at, id LIMIT 500
                    """)
                for row in try Row.fetchAll(statement, arguments: StatementArguments(arguments)) where seen.insert(row["id"]).inserted {
                    found.append(IncidentCandidate(incident: try Self.incident(row), activeClaims: row["active_claims"]))
                }
            }
            return found
        }
    }

    public func incidents(_ query: IncidentQuery) async throws -> [Incident] {
        try await read { db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = "SELECT body, created_at, updated_at, version FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [query.limit])).map(Self.incident)
        }
    }

    public func incidentRows(_ query: IncidentQuery) async throws -> [IncidentRow] {
        try await read { db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = "SELECT \(Self.rowColumns) FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?"
            // a cursor reads each row straight from the statement (no copied rows)
            let rows = try Row.fetchCursor(try db.cachedStatement(sql: sql), arguments: StatementArguments(arguments + [query.limit]))
            var result: [IncidentRow] = []
            result.reserveCapacity(query.limit)
            while let row = try rows.next() { result.append(Self.incidentRow(row)) }
            return result
        }
    }

    /// The columns `incidentRow` reads, first in a SELECT.
    static let rowColumns = IncidentConditions.rowColumns

    /// An incident's row from the first columns of a SELECT of `rowColumns`.
    static func incidentRow(_ row: Row) -> IncidentRow {
        let fields = EventFields(eventType: row[2], subEventType: row[3], date: row[4], timePrecision: row[5], location: row[6],
                                 admin1: row[7], country: row[8], latitude: row[9], longitude: row[10], geoPrecision: row[11],
                                 actor1: row[12], actor2: row[13], civilianTargeting: row[14])
        let notes: String? = row[20]
        return IncidentRow(id: row[0], status: IncidentStatus(rawValue: row[1]) ?? .proposed, fields: fields, fatalities: row[15],
                           grade: Grade(rawValue: row[16]) ?? .weak, updatedAt: Date(storeMillis: row[17]),
                           digest: notes.map { IncidentDigest(sources: row[18] ?? "", sourceScale: row[19] ?? "", notes: $0) })
    }

    public func incidentCount(_ query: IncidentQuery) async throws -> Int {
        var query = query
        query.cursor = nil
        return try await read { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM incidents WHERE \(conditions)", arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// The WHERE clause of a query and its arguments.
    static func conditions(_ query: IncidentQuery) -> (String, [(any DatabaseValueConvertible)?]) {
        let built = IncidentConditions(query, dialect)
        return (built.sql, built.arguments.map { argument -> (any DatabaseValueConvertible)? in
            switch argument {
            case let .int(value): value
            case let .text(value): value
            case let .double(value): value
            }
        })
    }

    static let dialect = IncidentConditions.Dialect(
        equalsIgnoringCase: { "\($0) = ? COLLATE NOCASE" },
        activeClaim: "withdrawn = 0",
        evidenceMatch: """
            SELECT c.incident_id FROM claim_search JOIN claims c ON c.rowid = claim_search.rowid
            WHERE claim_search MATCH ? AND c.withdrawn = 0
            """,
        // no word at all matches nothing
        textExpression: { SearchQuery.ftsExpression(for: $0) ?? "\"\"" }
    )

    public func history(incidentID: String) async throws -> [HistoryEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM incident_history WHERE incident_id = ? ORDER BY id", arguments: [incidentID]).map { row in
                HistoryEntry(incidentID: row["incident_id"], claimID: row["claim_id"], action: row["action"], field: row["field"],
                             oldValue: row["old_value"], newValue: row["new_value"], reason: row["reason"], actor: row["actor"],
                             at: Date(storeMillis: row["at"]))
            }
        }
    }

    /// Claims come in the order they were first stored (SQLite's rowid; PostgreSQL will use a
    /// serial column), active before withdrawn.
    static func incidentFiles(_ db: Database, ids: [String]) throws -> [IncidentFile] {
        guard !ids.isEmpty else { return [] }
        var files: [IncidentFile] = []
        for id in ids {
            guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT body, created_at, updated_at, version FROM incidents WHERE id = ?"),
                                             arguments: [id]) else { continue }
            let claims = try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM claims WHERE incident_id = ? ORDER BY withdrawn, rowid"),
                                             arguments: [id]).map { try JSONColumn.decode(Claim.self, from: $0) }
            files.append(IncidentFile(incident: try incident(row), claims: claims))
        }
        return files
    }

    static func incident(_ row: Row) throws -> Incident {
        var incident = try JSONColumn.decode(Incident.self, from: row["body"])
        incident.createdAt = Date(storeMillis: row["created_at"])
        incident.updatedAt = Date(storeMillis: row["updated_at"])
        incident.version = row["version"]
        return incident
    }

    // MARK: - RecordStore: writing

    public func applyRecord(_ change: RecordChange, now: Date) async throws -> [String: String] {
        try await write { db in
            var names: [String: String] = [:]
            for write in change.incidents where write.expectedVersion == nil {
                let number = try Int.fetchOne(db, sql: """
                    INSERT INTO incident_counters (prefix, last) VALUES (?, 1)
                    ON CONFLICT (prefix) DO UPDATE SET last = last + 1 RETURNING last
                    """, arguments: [write.prefix])!
                names[write.incident.id] = "\(write.prefix)\(number)"
            }
            func resolve(_ id: String) -> String { names[id] ?? id }

            for write in change.incidents {
                var incident = write.incident
                incident.id = resolve(incident.id)
                incident.mergedInto = incident.mergedInto.map(resolve)
                incident.version = (write.expectedVersion ?? 0) + 1
                let f = incident.fields
                let body = try JSONColumn.encode(incident)
                let values: [(any DatabaseValueConvertible)?] = [
                    incident.status.rawValue, f.eventType, f.subEventType, f.date, f.country, f.admin1, f.location, f.latitude, f.longitude, f.actor1,
                    f.actor2, incident.effectiveGrade.rawValue, incident.figures.fatalities, incident.figures.fatalitiesLow,
                    incident.figures.fatalitiesBest, incident.figures.fatalitiesHigh, f.timePrecision, f.geoPrecision, f.civilianTargeting,
                    write.digest.sources, write.digest.sourceScale, write.digest.notes, write.activeClaims, body,
                    incident.updatedAt.storeMillis, incident.version, incident.firstPublishedAt?.storeMillis,
                ]
                if let expected = write.expectedVersion {
                    try db.execute(sql: """
                        UPDATE incidents SET status = ?, event_type = ?, sub_event_type = ?, date = ?, country = ?, admin1 = ?,
                            location = ?, latitude = ?, longitude = ?, actor1 = ?, actor2 = ?, grade = ?, fatalities = ?,
                            fatalities_low = ?, fatalities_best = ?, fatalities_high = ?, time_precision = ?, geo_precision = ?,
                            civilian_targeting = ?, sources = ?, source_scale = ?, notes = ?, active_claims = ?, body = ?, updated_at = ?, version = ?,
                            first_published_at = ?
                        WHERE id = ? AND version = ?
                        """, arguments: StatementArguments(values + [incident.id, expected]))
                    guard db.changesCount == 1 else {
                        throw StoreError(.conflict, "Incident \(incident.id) changed meanwhile; reload it and try again.")
                    }
                    try db.execute(sql: "DELETE FROM incident_stories WHERE incident_id = ?", arguments: [incident.id])
                } else {
                    try db.execute(sql: """
                        INSERT INTO incidents (status, event_type, sub_event_type, date, country, admin1, location, latitude, longitude,
                            actor1, actor2, grade, fatalities, fatalities_low, fatalities_best, fatalities_high, time_precision,
                            geo_precision, civilian_targeting, sources, source_scale, notes, active_claims, body,
                            updated_at, version, first_published_at, id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(values + [incident.id, incident.createdAt.storeMillis]))
                }
                for story in incident.storyIDs {
                    try db.execute(sql: "INSERT OR IGNORE INTO incident_stories (incident_id, story_id) VALUES (?, ?)",
                                   arguments: [incident.id, story])
                }
            }
            for var claim in change.claims {
                claim.incidentID = resolve(claim.incidentID)
                // A claim's id names its text (revision and fingerprint), so only a new claim is indexed.
                let isNew = try Int64.fetchOne(try db.cachedStatement(sql: "SELECT rowid FROM claims WHERE id = ?"), arguments: [claim.id]) == nil
                try db.execute(sql: """
                    INSERT INTO claims (id, incident_id, update_id, position, withdrawn, source, body) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, withdrawn = excluded.withdrawn,
                        source = excluded.source, body = excluded.body
                    """, arguments: [claim.id, claim.incidentID, claim.updateID, claim.position, claim.withdrawn, claim.source,
                                     try JSONColumn.encode(claim)])
                if isNew {
                    try db.execute(sql: "INSERT INTO claim_search (rowid, text) VALUES (?, ?)", arguments: [db.lastInsertedRowID, claim.text])
                }
            }
            let history = try db.makeStatement(sql: """
                INSERT INTO incident_history (incident_id, claim_id, action, field, old_value, new_value, reason, actor, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for entry in change.history {
                try history.execute(arguments: [resolve(entry.incidentID), entry.claimID, entry.action, entry.field,
                                                entry.oldValue.map(resolve), entry.newValue.map(resolve), entry.reason,
                                                entry.actor, entry.at.storeMillis])
            }
            return names
        }
    }
}
