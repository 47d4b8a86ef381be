import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - RecordStore: what the map, the charts and the indicators read

    public func incidentPoints(_ query: IncidentQuery, limit: Int) async throws -> [IncidentPoint] {
        var query = query
        query.cursor = nil
        return try await read { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT id, date, event_type, sub_event_type, location, admin1, latitude, longitude, fatalities FROM incidents
                WHERE \(conditions) AND latitude IS NOT NULL AND longitude IS NOT NULL
                ORDER BY fatalities DESC, id DESC LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit])).map { row in
                IncidentPoint(id: row[0], date: row[1], eventType: row[2], subEventType: row[3], location: row[4], admin1: row[5],
                              latitude: row[6], longitude: row[7], fatalities: row[8])
            }
        }
    }

    public func dayTallies(_ query: IncidentQuery) async throws -> [RecordTally.Day] {
        var query = query
        query.cursor = nil
        return try await read { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT date, event_type, count(*), sum(fatalities), sum(coalesce(fatalities_low, fatalities)),
                    sum(coalesce(fatalities_best, fatalities_low, fatalities)), sum(max(coalesce(fatalities_high, fatalities), fatalities))
                FROM incidents WHERE \(conditions) GROUP BY date, event_type ORDER BY date, event_type
                """
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                RecordTally.Day(date: row[0], eventType: row[1], incidents: row[2], fatalities: row[3], low: row[4], best: row[5], high: row[6])
            }
        }
    }

    public func actorTallies(_ query: IncidentQuery, limit: Int) async throws -> [RecordTally.Actor] {
        var query = query
        query.cursor = nil
        return try await read { [query] db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT actor1, count(*), sum(fatalities) FROM incidents WHERE \(conditions) AND actor1 IS NOT NULL
                GROUP BY actor1 ORDER BY sum(fatalities) DESC, count(*) DESC, actor1
                """
            var top: [RecordTally.Actor] = []
            var rest = RecordTally.Actor(actor: "", incidents: 0, fatalities: 0)
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
                if top.count < limit {
                    top.append(RecordTally.Actor(actor: row[0], incidents: row[1], fatalities: row[2]))
                } else {
                    rest.incidents += row[1] as Int
                    rest.fatalities += row[2] as Int
                }
            }
            return rest.incidents > 0 ? top + [rest] : top
        }
    }

    public func replaceIndicators(storyID: Int64, updateID: String, _ indicators: [Indicator]) async throws {
        // most updates quote no rate, before and after: no write at all then
        if indicators.isEmpty, try await read({ db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM indicators WHERE update_id = ?", arguments: [updateID]) ?? 0
        }) == 0 { return }
        try await write { db in
            try db.execute(sql: "DELETE FROM indicators WHERE update_id = ?", arguments: [updateID])
            for indicator in indicators {
                try db.execute(sql: "INSERT INTO indicators (story_id, update_id, name, date, body) VALUES (?, ?, ?, ?, ?)",
                               arguments: [storyID, updateID, indicator.name, indicator.date, try JSONColumn.encode(indicator)])
            }
        }
    }

    public func indicators(_ query: IndicatorQuery) async throws -> [IndicatorReading] {
        try await read { db in
            var conditions = ["1 = 1"]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let name = query.name { conditions.append("name = ?"); arguments.append(name) }
            if let story = query.storyID { conditions.append("story_id = ?"); arguments.append(story) }
            if let from = query.from { conditions.append("date >= ?"); arguments.append(from) }
            if let to = query.to { conditions.append("date <= ?"); arguments.append(to) }
            let sql = "SELECT story_id, update_id, body FROM indicators WHERE \(conditions.joined(separator: " AND ")) ORDER BY date, id LIMIT ?"
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [query.limit])).map { row in
                IndicatorReading(storyID: row[0], updateID: row[1], indicator: try JSONColumn.decode(Indicator.self, from: row[2]))
            }
        }
    }
}
