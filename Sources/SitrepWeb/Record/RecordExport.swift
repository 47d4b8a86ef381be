import Foundation
import SitrepModel
import SitrepRecord
import SitrepStore

/// The record as the files analysts load: ACLED's 31-column CSV, every claim as CSV, an RFC 7946
/// GeoJSON FeatureCollection, or JSON Lines. One writer for `/exports/...` and `sitrep export`:
/// incidents are read 500 at a time in the query's order and written as they come, so memory
/// stays flat whatever the size.
public struct RecordExport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case acledCSV = "acled-csv"
        case claimsCSV = "claims-csv"
        case geoJSON = "geojson"
        case jsonLines = "jsonl"

        public var contentType: String {
            switch self {
            case .acledCSV, .claimsCSV: "text/csv; charset=utf-8; header=present"
            case .geoJSON: "application/geo+json"
            case .jsonLines: "application/jsonl; charset=utf-8"
            }
        }

        public var fileName: String {
            switch self {
            case .acledCSV: "sitrep-acled.csv"
            case .claimsCSV: "sitrep-claims.csv"
            case .geoJSON: "sitrep-incidents.geojson"
            case .jsonLines: "sitrep-incidents.jsonl"
            }
        }
    }

    /// Where the exported data comes from, and under which terms (GeoJSON carries it as a
    /// foreign member; the web exports as a header; the CLI on standard error).
    public static let attribution = "Sitrep record; coordinates from GeoNames (CC BY 4.0, geonames.org) and the gazetteer's curated places; "
        + "event types after ACLED's codebook"

    let store: any Store
    let acled: ACLEDExport
    let baseURL: String

    public init(store: any Store, interCodes: [String: Int], baseURL: String) {
        self.store = store
        self.acled = ACLEDExport(interCodes: interCodes)
        self.baseURL = baseURL
    }

    /// Writes every incident `query` selects (its limit is the page size) in `format`, chunk by
    /// chunk of UTF-8 bytes.
    public func write(_ format: Format, query: IncidentQuery, to sink: ([UInt8]) async throws -> Void) async throws {
        var page = query
        page.limit = 500
        let sources = format == .jsonLines ? SourceDirectory(try await store.sources()) : SourceDirectory([])
        switch format {
        case .acledCSV: try await sink(Array(ACLEDExport.header.utf8))
        case .claimsCSV: try await sink(Array(ClaimsExport.header.utf8))
        case .geoJSON:
            let attribution = String(decoding: try Self.encoder.encode(Self.attribution), as: UTF8.self)
            try await sink(Array(#"{"type":"FeatureCollection","attribution":\#(attribution),"features":["#.utf8))
        case .jsonLines: break
        }
        if format == .acledCSV { return try await writeACLED(page, to: sink) }
        var index = 0
        while true {
            // the page's ids and cursor from columns; each incident document is decoded once, with its claims
            let rows = try await store.incidentRows(page)
            var chunk = ""
            for file in try await store.incidentFiles(ids: rows.map(\.id)) {
                chunk += try row(format, file, index: index, sources: sources)
                index += 1
            }
            if !chunk.isEmpty { try await sink(Array(chunk.utf8)) }
            guard rows.count == page.limit, let last = rows.last else { break }
            page.cursor = last.cursor(page.sort)
        }
        if format == .geoJSON { try await sink(Array("]}\n".utf8)) }
    }

    /// ACLED's CSV from columns only (incidents written before digests were stored are read
    /// whole). The next page is read while this one is written, so the store's reader and the
    /// writer each keep a core busy; rows go into one reused byte buffer.
    private func writeACLED(_ first: IncidentQuery, to sink: ([UInt8]) async throws -> Void) async throws {
        let store = self.store
        var page = first
        var next: Task<[IncidentRow], any Error>? = Task { [page] in try await store.incidentRows(page) }
        defer { next?.cancel() }
        var out = CSVBytes(capacity: 1 << 19)
        while let reading = next {
            let rows = try await reading.value
            next = nil
            if rows.count == page.limit, let last = rows.last {
                page.cursor = last.cursor(page.sort)
                next = Task { [page] in try await store.incidentRows(page) }
            }
            var missing: [String: IncidentDigest] = [:]
            let old = rows.filter { $0.digest == nil }.map(\.id)
            if !old.isEmpty {
                for file in try await store.incidentFiles(ids: old) { missing[file.incident.id] = ACLEDExport.digest(file.incident, file.activeClaims) }
            }
            for row in rows {
                acled.append(row, digest: row.digest ?? missing[row.id] ?? IncidentDigest(), to: &out)
            }
            if !out.isEmpty { try await sink(out.bytes) }
            out.removeAll()
        }
    }

    private func row(_ format: Format, _ file: IncidentFile, index: Int, sources: SourceDirectory) throws -> String {
        switch format {
        case .acledCSV:
            return ACLEDExport.line(acled.row(file))
        case .claimsCSV:
            return ClaimsExport.rows(file).map(ACLEDExport.line).joined()
        case .geoJSON:
            let fields = file.incident.fields
            let properties = IncidentJSON(file.incident, claims: nil, sources: sources, stories: [:], base: baseURL)
            let geometry = fields.latitude.flatMap { lat in
                fields.longitude.map { #"{"type":"Point","coordinates":[\#(String(format: "%.4f", $0)),\#(String(format: "%.4f", lat))]}"# }
            } ?? "null"
            let json = String(decoding: try Self.encoder.encode(properties), as: UTF8.self)
            let id = String(decoding: try Self.encoder.encode(file.incident.id), as: UTF8.self)
            return (index == 0 ? "" : ",\n") + #"{"type":"Feature","id":\#(id),"geometry":\#(geometry),"properties":\#(json)}"#
        case .jsonLines:
            let item = IncidentJSON(file.incident, claims: file.claims, sources: sources, stories: [:], base: baseURL)
            return String(decoding: try Self.encoder.encode(item), as: UTF8.self) + "\n"
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
