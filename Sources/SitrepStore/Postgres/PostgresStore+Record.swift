import Foundation
import SitrepModel

extension PostgresStore {
    // MARK: - RecordStore: sources

    public func sources() async throws -> [SourceInfo] {
        try await one { db in try await db.rows("SELECT * FROM sources ORDER BY name_key").map(Self.sourceInfo) }
    }

    public func source(id: Int64) async throws -> SourceInfo? {
        try await one { db in try await db.row("SELECT * FROM sources WHERE id = ?", [id]).map(Self.sourceInfo) }
    }

    public func createSource(_ source: SourceInfo, now: Date) async throws -> SourceInfo {
        try await write { db in
            guard let row = try await Self.insertSource(db, source, now: now) else { throw corrupt("INSERT INTO sources returned nothing") }
            return try Self.sourceInfo(row)
        }
    }

    public func updateSource(id: Int64, _ source: SourceInfo, now: Date) async throws -> SourceInfo {
        try await write { db in
            guard let row = try await db.row(
                """
                UPDATE sources SET name = ?, name_key = ?, aliases = ?, kind = ?, affiliation = ?, note = ?, draft = ?, updated_at = ?
                WHERE id = ? RETURNING *
                """,
                [source.name, source.name.lowercased(), try JSONColumn.encode(source.aliases), source.kind,
                 source.affiliation, source.note, source.draft, now.storeMillis, id]
            ) else { throw StoreError(.notFound, "No source has the id \(id).") }
            return try Self.sourceInfo(row)
        }
    }

    /// One statement for the whole list (a name seen earlier in it, or stored, is skipped): every
    /// command that opens the store seeds, and a round trip per source cost an import 0.7 s.
    public func seedSources(_ sources: [SourceInfo], now: Date) async throws -> Int {
        try await write { db in
            try await db.insertRows(
                "sources", ["name", "name_key", "aliases", "kind", "affiliation", "note", "draft", "updated_at"],
                try sources.map { source in
                    [source.name, source.name.lowercased(), try JSONColumn.encode(source.aliases), source.kind,
                     source.affiliation, source.note, source.draft, now.storeMillis]
                },
                suffix: " ON CONFLICT (name_key) DO NOTHING RETURNING 1"
            )
        }
    }

    static func insertSource(_ db: PGConnection, _ source: SourceInfo, now: Date) async throws -> PGRow? {
        try await db.row(
            """
            INSERT INTO sources (name, name_key, aliases, kind, affiliation, note, draft, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *
            """,
            [source.name, source.name.lowercased(), try JSONColumn.encode(source.aliases), source.kind,
             source.affiliation, source.note, source.draft, now.storeMillis]
        )
    }

    static func sourceInfo(_ row: PGRow) throws -> SourceInfo {
        SourceInfo(id: try row("id"), name: try row("name"), aliases: try JSONColumn.decode([String].self, from: row("aliases")),
                   kind: try row("kind"), affiliation: try row("affiliation"), note: try row("note"), draft: try row("draft"),
                   updatedAt: Date(storeMillis: try row("updated_at")))
    }

    // MARK: - RecordStore: reading

    public func claims(updateID: String) async throws -> [Claim] {
        try await one { db in
            try await db.rows("SELECT body FROM claims WHERE update_id = ? AND NOT withdrawn ORDER BY position, id", [updateID])
                .map { try JSONColumn.decode(Claim.self, from: $0.at(0)) }
        }
    }

    public func incident(id: String) async throws -> IncidentFile? {
        try await read { db in try await Self.incidentFiles(db, ids: [id]).first }
    }

    public func incidentFiles(ids: [String]) async throws -> [IncidentFile] {
        try await read { db in try await Self.incidentFiles(db, ids: ids) }
    }

    public func incidentCandidates(near fields: [EventFields]) async throws -> [IncidentCandidate] {
        try await read { db in
            var found: [IncidentCandidate] = []
            var seen = Set<String>()
            for f in fields {
                // as on SQLite: within a box wider than the largest clustering radius (25 km), or
                // without coordinates in its province; a claim without coordinates sees its province
                var conditions = ["date = ?", "status IN ('proposed', 'published')"]
                var arguments: [any PGArgument] = [f.date]
                if let country = f.country {
                    conditions.append("(country IS NULL OR country = ?)")
                    arguments.append(country)
                }
                if let lat = f.latitude, let lon = f.longitude {
                    let dLon = 0.3 / max(0.2, cos(lat * .pi / 180))
                    conditions.append("((latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?) OR latitude IS NULL)")
                    arguments += [lat - 0.3, lat + 0.3, lon - dLon, lon + dLon]
                } else if let admin1 = f.admin1 {
                    conditions.append("(admin1 = ? OR admin1 IS NULL)")
                    arguments.append(admin1)
                }
                let sql = """
                    SELECT id, body, created_at, updated_at, version, active_claims FROM incidents
                    WHERE \(conditions.joined(separator: " AND ")) ORDER BY created_at, id LIMIT 500
                    """
                for row in try await db.rows(sql, arguments) where seen.insert(try row("id")).inserted {
                    found.append(IncidentCandidate(incident: try Self.incident(row), activeClaims: try row("active_claims")))
                }
            }
            return found
        }
    }

    public func incidents(_ query: IncidentQuery) async throws -> [Incident] {
        try await one { db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = "SELECT body, created_at, updated_at, version FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?"
            return try await db.rows(sql, arguments + [query.limit]).map(Self.incident)
        }
    }

    public func incidentRows(_ query: IncidentQuery) async throws -> [IncidentRow] {
        try await one { db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = "SELECT \(IncidentConditions.rowColumns) FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?"
            var result: [IncidentRow] = []
            result.reserveCapacity(min(query.limit, 10_000))
            try await db.forEach(sql, arguments + [query.limit]) { row in result.append(try Self.incidentRow(row)) }
            return result
        }
    }

    /// An incident's row from the first columns of a SELECT of `IncidentConditions.rowColumns`.
    static func incidentRow(_ row: PGRow) throws -> IncidentRow {
        let fields = EventFields(eventType: try row.at(2), subEventType: try row.at(3), date: try row.at(4), timePrecision: try row.at(5),
                                 location: try row.at(6), admin1: try row.at(7), country: try row.at(8), latitude: try row.at(9),
                                 longitude: try row.at(10), geoPrecision: try row.at(11), actor1: try row.at(12), actor2: try row.at(13),
                                 civilianTargeting: try row.at(14))
        let digest = try row.at(20, String?.self).map { notes in
            IncidentDigest(sources: try row.at(18, String?.self) ?? "", sourceScale: try row.at(19, String?.self) ?? "", notes: notes)
        }
        return IncidentRow(id: try row.at(0), status: IncidentStatus(rawValue: try row.at(1)) ?? .proposed, fields: fields,
                           fatalities: try row.at(15), grade: Grade(rawValue: try row.at(16)) ?? .weak,
                           updatedAt: Date(storeMillis: try row.at(17)), digest: digest)
    }

    public func incidentCount(_ query: IncidentQuery) async throws -> Int {
        var query = query
        query.cursor = nil
        return try await one { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            return try await db.scalar(Int.self, "SELECT count(*) FROM incidents WHERE \(conditions)", arguments) ?? 0
        }
    }

    /// The WHERE clause of a query and its arguments: "COLLATE NOCASE" is `lower()` here and
    /// FTS5's MATCH a `tsquery`.
    static func conditions(_ query: IncidentQuery) -> (String, [any PGArgument]) {
        let built = IncidentConditions(query, dialect)
        return (built.sql, built.arguments.map { argument -> any PGArgument in
            switch argument {
            case let .int(value): value
            case let .text(value): value
            case let .double(value): value
            }
        })
    }

    static let dialect = IncidentConditions.Dialect(
        equalsIgnoringCase: { "lower(\($0)) = lower(?)" },
        activeClaim: "NOT withdrawn",
        evidenceMatch: "SELECT incident_id FROM claims WHERE search @@ to_tsquery('sitrep_search', ?) AND NOT withdrawn",
        textExpression: { SearchQuery.tsQuery(for: $0) }
    )

    public func history(incidentID: String) async throws -> [HistoryEntry] {
        try await one { db in
            try await db.rows("SELECT * FROM incident_history WHERE incident_id = ? ORDER BY id", [incidentID]).map { row in
                HistoryEntry(incidentID: try row("incident_id"), claimID: try row("claim_id"), action: try row("action"), field: try row("field"),
                             oldValue: try row("old_value"), newValue: try row("new_value"), reason: try row("reason"),
                             actor: try row("actor"), at: Date(storeMillis: try row("at")))
            }
        }
    }

    /// Claims come in the order they were first stored (`seq`, SQLite's rowid), active before withdrawn.
    static func incidentFiles(_ db: PGConnection, ids: [String]) async throws -> [IncidentFile] {
        var files: [IncidentFile] = []
        for id in ids {
            guard let row = try await db.row("SELECT body, created_at, updated_at, version FROM incidents WHERE id = ?", [id]) else { continue }
            let claims = try await db.rows("SELECT body FROM claims WHERE incident_id = ? ORDER BY withdrawn, seq", [id])
                .map { try JSONColumn.decode(Claim.self, from: $0.at(0)) }
            files.append(IncidentFile(incident: try incident(row), claims: claims))
        }
        return files
    }

    static func incident(_ row: PGRow) throws -> Incident {
        var incident = try JSONColumn.decode(Incident.self, from: row("body"))
        incident.createdAt = Date(storeMillis: try row("created_at"))
        incident.updatedAt = Date(storeMillis: try row("updated_at"))
        incident.version = try row("version")
        return incident
    }

    // MARK: - RecordStore: writing

    public func applyRecord(_ change: RecordChange, now: Date) async throws -> [String: String] {
        try await write { db in
            var names: [String: String] = [:]
            for write in change.incidents where write.expectedVersion == nil {
                let number = try await db.scalar(Int64.self, """
                    INSERT INTO incident_counters (prefix, last) VALUES (?, 1)
                    ON CONFLICT (prefix) DO UPDATE SET last = incident_counters.last + 1 RETURNING last
                    """, [write.prefix]) ?? 0
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
                let values: [any PGArgument] = [
                    incident.status.rawValue, f.eventType, f.subEventType, f.date, f.country, f.admin1, f.location, f.latitude, f.longitude, f.actor1,
                    f.actor2, incident.effectiveGrade.rawValue, incident.figures.fatalities, incident.figures.fatalitiesLow,
                    incident.figures.fatalitiesBest, incident.figures.fatalitiesHigh, f.timePrecision, f.geoPrecision, f.civilianTargeting,
                    write.digest.sources, write.digest.sourceScale, write.digest.notes, write.activeClaims, body,
                    incident.updatedAt.storeMillis, incident.version, incident.firstPublishedAt?.storeMillis,
                ]
                if let expected = write.expectedVersion {
                    let changed = try await db.rows("""
                        UPDATE incidents SET status = ?, event_type = ?, sub_event_type = ?, date = ?, country = ?, admin1 = ?,
                            location = ?, latitude = ?, longitude = ?, actor1 = ?, actor2 = ?, grade = ?, fatalities = ?,
                            fatalities_low = ?, fatalities_best = ?, fatalities_high = ?, time_precision = ?, geo_precision = ?,
                            civilian_targeting = ?, sources = ?, source_scale = ?, notes = ?, active_claims = ?, body = ?, updated_at = ?, version = ?,
                            first_published_at = ?
                        WHERE id = ? AND version = ? RETURNING 1
                        """, values + [incident.id, expected])
                    guard changed.count == 1 else {
                        throw StoreError(.conflict, "Incident \(incident.id) changed meanwhile; reload it and try again.")
                    }
                    try await db.execute("DELETE FROM incident_stories WHERE incident_id = ?", [incident.id])
                } else {
                    try await db.execute("""
                        INSERT INTO incidents (status, event_type, sub_event_type, date, country, admin1, location, latitude, longitude,
                            actor1, actor2, grade, fatalities, fatalities_low, fatalities_best, fatalities_high, time_precision,
                            geo_precision, civilian_targeting, sources, source_scale, notes, active_claims, body,
                            updated_at, version, first_published_at, id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, values + [incident.id, incident.createdAt.storeMillis])
                }
                let isPublic = incident.status == .published || incident.firstPublishedAt != nil
                try await db.execute("SELECT pg_notify(?, ?)", [signalChannel, "i:\(isPublic ? 1 : 0):\(incident.id)"])
                try await db.insertRows("incident_stories", ["incident_id", "story_id"], incident.storyIDs.map { [incident.id, $0] },
                                        suffix: " ON CONFLICT DO NOTHING")
            }
            for var claim in change.claims {
                claim.incidentID = resolve(claim.incidentID)
                try await db.execute("""
                    INSERT INTO claims (id, incident_id, update_id, position, withdrawn, source, body) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, withdrawn = excluded.withdrawn,
                        source = excluded.source, body = excluded.body
                    """, [claim.id, claim.incidentID, claim.updateID, claim.position, claim.withdrawn, claim.source,
                          try JSONColumn.encode(claim)])
            }
            try await db.insertRows(
                "incident_history", ["incident_id", "claim_id", "action", "field", "old_value", "new_value", "reason", "actor", "at"],
                change.history.map { entry in
                    [resolve(entry.incidentID), entry.claimID, entry.action, entry.field, entry.oldValue.map(resolve),
                     entry.newValue.map(resolve), entry.reason, entry.actor, entry.at.storeMillis]
                })
            return names
        }
    }
}
