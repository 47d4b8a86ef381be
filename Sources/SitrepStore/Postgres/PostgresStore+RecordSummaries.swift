import Foundation
import SitrepModel

extension PostgresStore {
    // MARK: - RecordStore: what the map, the charts and the indicators read

    public func incidentPoints(_ query: IncidentQuery, limit: Int) async throws -> [IncidentPoint] {
        var query = query
        query.cursor = nil
        return try await one { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT id, date, event_type, sub_event_type, location, admin1, latitude, longitude, fatalities FROM incidents
                WHERE \(conditions) AND latitude IS NOT NULL AND longitude IS NOT NULL
                ORDER BY fatalities DESC, id DESC LIMIT ?
                """
            return try await db.rows(sql, arguments + [limit]).map { row in
                IncidentPoint(id: try row.at(0), date: try row.at(1), eventType: try row.at(2), subEventType: try row.at(3),
                              location: try row.at(4), admin1: try row.at(5), latitude: try row.at(6), longitude: try row.at(7),
                              fatalities: try row.at(8))
            }
        }
    }

    public func dayTallies(_ query: IncidentQuery) async throws -> [RecordTally.Day] {
        var query = query
        query.cursor = nil
        return try await one { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            // sums of BIGINT are NUMERIC on PostgreSQL: cast back
            let sql = """
                SELECT date, event_type, count(*), sum(fatalities)::bigint, sum(coalesce(fatalities_low, fatalities))::bigint,
                    sum(coalesce(fatalities_best, fatalities_low, fatalities))::bigint,
                    sum(greatest(coalesce(fatalities_high, fatalities), fatalities))::bigint
                FROM incidents WHERE \(conditions) GROUP BY date, event_type ORDER BY date, event_type
                """
            return try await db.rows(sql, arguments).map { row in
                RecordTally.Day(date: try row.at(0), eventType: try row.at(1), incidents: try row.at(2), fatalities: try row.at(3),
                                low: try row.at(4), best: try row.at(5), high: try row.at(6))
            }
        }
    }

    public func actorTallies(_ query: IncidentQuery, limit: Int) async throws -> [RecordTally.Actor] {
        var query = query
        query.cursor = nil
        return try await one { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT actor1, count(*), sum(fatalities)::bigint FROM incidents WHERE \(conditions) AND actor1 IS NOT NULL
                GROUP BY actor1 ORDER BY sum(fatalities) DESC, count(*) DESC, actor1
                """
            var top: [RecordTally.Actor] = []
            var rest = RecordTally.Actor(actor: "", incidents: 0, fatalities: 0)
            for row in try await db.rows(sql, arguments) {
                if top.count < limit {
                    top.append(RecordTally.Actor(actor: try row.at(0), incidents: try row.at(1), fatalities: try row.at(2)))
                } else {
                    rest.incidents += try row.at(1, Int.self)
                    rest.fatalities += try row.at(2, Int.self)
                }
            }
            return rest.incidents > 0 ? top + [rest] : top
        }
    }

    public func replaceIndicators(storyID: Int64, updateID: String, _ indicators: [Indicator]) async throws {
        // most updates quote no rate, before and after: no write at all then
        if indicators.isEmpty, try await one({ db in
            try await db.row("SELECT 1 FROM indicators WHERE update_id = ? LIMIT 1", [updateID])
        }) == nil { return }
        try await write { db in
            try await db.execute("DELETE FROM indicators WHERE update_id = ?", [updateID])
            try await db.insertRows("indicators", ["story_id", "update_id", "name", "date", "body"],
                                    try indicators.map { [storyID, updateID, $0.name, $0.date, try JSONColumn.encode($0)] })
        }
    }

    public func indicators(_ query: IndicatorQuery) async throws -> [IndicatorReading] {
        try await one { db in
            var conditions = ["TRUE"]
            var arguments: [any PGArgument] = []
            if let name = query.name { conditions.append("name = ?"); arguments.append(name) }
            if let story = query.storyID { conditions.append("story_id = ?"); arguments.append(story) }
            if let from = query.from { conditions.append("date >= ?"); arguments.append(from) }
            if let to = query.to { conditions.append("date <= ?"); arguments.append(to) }
            let sql = "SELECT story_id, update_id, body FROM indicators WHERE \(conditions.joined(separator: " AND ")) ORDER BY date, id LIMIT ?"
            return try await db.rows(sql, arguments + [query.limit]).map { row in
                IndicatorReading(storyID: try row.at(0), updateID: try row.at(1), indicator: try JSONColumn.decode(Indicator.self, from: row.at(2)))
            }
        }
    }
}

extension PostgresStore {
    // MARK: - RecordStore: what the explorer's table lists

    /// Columns and a few values read out of the documents by PostgreSQL, as on SQLite: the page's
    /// incidents in one query and the speakers of their active claims in a second.
    public func incidentListings(_ query: IncidentQuery) async throws -> [IncidentListing] {
        try await read { db in
            let (conditions, arguments) = Self.conditions(query)
            let rows = try await db.rows("""
                SELECT \(IncidentConditions.rowColumns), fatalities_low, fatalities_best, fatalities_high,
                    body::jsonb ->> 'gradeReason', (body::jsonb -> 'storyIDs')::text
                FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?
                """, arguments + [query.limit])
            var speakers: [String: [ClaimSpeaker]] = [:]
            let ids = try rows.map { try $0.at(0, String.self) }
            if !ids.isEmpty {
                for row in try await db.rows("""
                    SELECT incident_id, source, body::jsonb ->> 'affiliation' FROM claims
                    WHERE incident_id IN (\(ids.map { _ in "?" }.joined(separator: ", "))) AND NOT withdrawn ORDER BY seq
                    """, ids) {
                    speakers[try row.at(0), default: []].append(ClaimSpeaker(source: try row.at(1), affiliation: try row.at(2)))
                }
            }
            return try rows.map { row in
                let id = try row.at(0, String.self)
                return IncidentListing(
                    row: try Self.incidentRow(row), fatalitiesLow: try row.at(21), fatalitiesBest: try row.at(22),
                    fatalitiesHigh: try row.at(23), gradeReason: try row.at(24, String?.self) ?? "",
                    storyIDs: try IncidentConditions.storyIDs(try row.at(25, String?.self) ?? "[]"), speakers: speakers[id] ?? [])
            }
        }
    }
}
