import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - RecordStore: what the explorer's table lists

    /// Columns and a few values read out of the documents by SQLite (`json_extract`): decoding
    /// a page's incident documents and their claims in Swift cost the explorer page most of its time.
    public func incidentListings(_ query: IncidentQuery) async throws -> [IncidentListing] {
        try await read { db in
            let (conditions, arguments) = Self.conditions(query)
            let sql = """
                SELECT \(Self.rowColumns), fatalities_low, fatalities_best, fatalities_high,
                    json_extract(body, '$.gradeReason'), json_extract(body, '$.storyIDs')
                FROM incidents WHERE \(conditions) ORDER BY \(IncidentConditions.order(query.sort)) LIMIT ?
                """
            let speakers = try db.cachedStatement(sql: """
                SELECT source, json_extract(body, '$.affiliation') FROM claims WHERE incident_id = ? AND withdrawn = 0 ORDER BY rowid
                """)
            let rows = try Row.fetchAll(try db.cachedStatement(sql: sql), arguments: StatementArguments(arguments + [query.limit]))
            return try rows.map { row in
                let id: String = row[0]
                let stories: String = row[25] ?? "[]"
                return IncidentListing(
                    row: Self.incidentRow(row), fatalitiesLow: row[21], fatalitiesBest: row[22], fatalitiesHigh: row[23],
                    gradeReason: row[24] ?? "", storyIDs: try IncidentConditions.storyIDs(stories),
                    speakers: try Row.fetchAll(speakers, arguments: [id]).map { ClaimSpeaker(source: $0[0], affiliation: $0[1]) })
            }
        }
    }
}
