import Foundation
import SitrepModel

/// The record's storage: sources, claims, incidents and their history. The rules that decide
/// what to write live in SitrepRecord; a backend only persists `RecordChange`s atomically and
/// answers queries. Every method is atomic, as in `Store`.
public protocol RecordStore: Sendable {
    // MARK: - Sources

    /// Every source, by name.
    func sources() async throws -> [SourceInfo]
    func source(id: Int64) async throws -> SourceInfo?
    /// Throws `.conflict` when a source of that name exists (names compare case-insensitively).
    func createSource(_ source: SourceInfo, now: Date) async throws -> SourceInfo
    /// Replaces every field but the id. Throws `.notFound` or `.conflict` (name taken).
    func updateSource(id: Int64, _ source: SourceInfo, now: Date) async throws -> SourceInfo
    /// Adds the sources whose names are not in the registry yet; returns how many were added.
    @discardableResult
    func seedSources(_ sources: [SourceInfo], now: Date) async throws -> Int

    // MARK: - Reading the record

    /// The active claims read from an update (any revision), in position order.
    func claims(updateID: String) async throws -> [Claim]
    /// An incident with all its claims (withdrawn ones after the active ones); merged and
    /// rejected incidents included.
    func incident(id: String) async throws -> IncidentFile?
    /// The files of the given incidents, in the order given, unknown ids left out.
    func incidentFiles(ids: [String]) async throws -> [IncidentFile]
    /// Open (proposed or published) incidents a claim with these fields could join: same day,
    /// same country or no country known, within a box wider than the largest clustering radius
    /// (or, for a claim without coordinates, in its province). Without their claims.
    func incidentCandidates(near fields: [EventFields]) async throws -> [IncidentCandidate]
    /// Incidents matching `query`, most recently changed first (then id, descending).
    func incidents(_ query: IncidentQuery) async throws -> [Incident]
    /// The same incidents as `incidents`, as flat rows read from columns (the exports of a big record).
    func incidentRows(_ query: IncidentQuery) async throws -> [IncidentRow]
    /// The same incidents as `incidentRows`, as the explorer's table lists them (columns, figures,
    /// grade reason, stories, the active claims' speakers) without their documents. A default
    /// reads `incidentRows` and `incidentFiles`; a backend may answer it faster.
    func incidentListings(_ query: IncidentQuery) async throws -> [IncidentListing]
    /// How many incidents match `query` (its cursor and limit ignored).
    func incidentCount(_ query: IncidentQuery) async throws -> Int
    /// Every change of an incident, oldest first.
    func history(incidentID: String) async throws -> [HistoryEntry]
    /// Replaces what one update (or "entry-<story id>") says of indicators, in one transaction.
    func replaceIndicators(storyID: Int64, updateID: String, _ indicators: [Indicator]) async throws
    /// Indicator readings, oldest date first (then in the order they were read).
    func indicators(_ query: IndicatorQuery) async throws -> [IndicatorReading]
    /// The incidents the query selects that have coordinates, at most `limit`, most fatalities
    /// first (the query's sort, cursor and limit are ignored): what the map draws.
    func incidentPoints(_ query: IncidentQuery, limit: Int) async throws -> [IncidentPoint]
    /// Incidents and fatality sums per day and event type, oldest day first (sort, cursor and
    /// limit ignored).
    func dayTallies(_ query: IncidentQuery) async throws -> [RecordTally.Day]
    /// Incidents and fatalities per actor 1, most fatalities first, at most `limit` actors, then
    /// one row named "" with the rest (when there is a rest).
    func actorTallies(_ query: IncidentQuery, limit: Int) async throws -> [RecordTally.Actor]

    // MARK: - Writing the record

    /// Writes a planned change in one transaction: new incidents get ids (`prefix` + the next
    /// number for that prefix) and every "new:N" reference is rewritten; existing incidents are
    /// written only if still at their expected version, else `.conflict` and nothing changes.
    /// Returns the ids given to new incidents, by key.
    @discardableResult
    func applyRecord(_ change: RecordChange, now: Date) async throws -> [String: String]
}

extension RecordStore {
    /// The listings from the rows and whole files (any backend; SQLite reads only columns).
    public func incidentListings(_ query: IncidentQuery) async throws -> [IncidentListing] {
        let rows = try await incidentRows(query)
        var files: [String: IncidentFile] = [:]
        for file in try await incidentFiles(ids: rows.map(\.id)) { files[file.incident.id] = file }
        return rows.compactMap { row in files[row.id].map { IncidentListing(row: row, file: $0) } }
    }
}
