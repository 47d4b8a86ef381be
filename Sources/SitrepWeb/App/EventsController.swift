import Foundation
import Hummingbird
import HTTPTypes
import SitrepModel
import SitrepRecord
import SitrepStore

/// `/events` and `/events/{id}`: the record for readers. Published incidents (and the tombstones
/// of published ones since rejected or merged) for everyone; staff may ask for the others.
struct EventsController: Sendable {
    let store: any Store
    let layout: Layout
    let config: AppConfig
    let export: ACLEDExport

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.events), use: list)
        router.get(RouterPath(SiteRoute.Pattern.event), use: show)
        router.get(RouterPath(SiteRoute.Pattern.exportACLED), use: acledCSV)
        router.get(RouterPath(SiteRoute.Pattern.exportGeoJSON), use: geoJSON)
        router.get(RouterPath(SiteRoute.Pattern.exportJSONL), use: jsonLines)
        router.get(RouterPath(SiteRoute.Pattern.exportClaims), use: claimsCSV)
    }

    /// `/exports/acled.csv`: the incidents the same filters list, in ACLED's 31 columns.
    @Sendable func acledCSV(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let export = self.export
        return try await stream(request, context, type: "text/csv; charset=utf-8; header=present", file: "sitrep-acled.csv",
                                head: ACLEDExport.header, tail: "") { file, _ in ACLEDExport.line(export.row(file)) }
    }

    /// `/exports/claims.csv`: every claim of those incidents, one row each (who says how many).
    @Sendable func claimsCSV(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await stream(request, context, type: "text/csv; charset=utf-8; header=present", file: "sitrep-claims.csv",
                         head: ClaimsExport.header, tail: "") { file, _ in ClaimsExport.rows(file).map(ACLEDExport.line).joined() }
    }

    /// `/exports/incidents.geojson`: an RFC 7946 FeatureCollection, the incident's fields as properties.
    @Sendable func geoJSON(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let base = config.baseURL
        return try await stream(request, context, type: "application/geo+json", file: "sitrep-incidents.geojson",
                                head: #"{"type":"FeatureCollection","features":["#, tail: "]}\n") { file, index in
            let properties = IncidentJSON(file.incident, claims: nil, sources: SourceDirectory([]), stories: [:], base: base)
            let geometry = file.incident.fields.latitude.flatMap { lat in
                file.incident.fields.longitude.map { #"{"type":"Point","coordinates":[\#(String(format: "%.4f", $0)),\#(String(format: "%.4f", lat))]}"# }
            } ?? "null"
            let json = (try? Self.encoder.encode(properties)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
            return (index == 0 ? "" : ",\n") + #"{"type":"Feature","id":"\#(file.incident.id)","geometry":\#(geometry),"properties":\#(json)}"#
        }
    }

    /// `/exports/incidents.jsonl`: one incident a line, with its claims, as the API writes them.
    @Sendable func jsonLines(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let base = config.baseURL
        let sources = SourceDirectory(try await store.sources())
        return try await stream(request, context, type: "application/jsonl; charset=utf-8", file: "sitrep-incidents.jsonl",
                                head: "", tail: "") { file, _ in
            let item = IncidentJSON(file.incident, claims: file.claims, sources: sources, stories: [:], base: base)
            return ((try? Self.encoder.encode(item)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Streams the incidents the request's filters select, 500 at a time (memory stays flat
    /// whatever the size): `head`, then one `row` per incident (with its index), then `tail`.
    private func stream(_ request: Request, _ context: AppRequestContext, type: String, file name: String, head: String, tail: String,
                        row: @escaping @Sendable (IncidentFile, Int) -> String) async throws -> Response {
        var parsed = try await IncidentFilter.parse(request, staff: Auth.isStaff(context), store: store)
        parsed.limit = 500
        let query = parsed, store = self.store
        let body = ResponseBody { writer in
            if !head.isEmpty { try await writer.write(ByteBuffer(string: head)) }
            var page = query
            var index = 0
            while true {
                let incidents = try await store.incidents(page)
                var chunk = ""
                for file in try await store.incidentFiles(ids: incidents.map(\.id)) {
                    chunk += row(file, index)
                    index += 1
                }
                if !chunk.isEmpty { try await writer.write(ByteBuffer(string: chunk)) }
                guard incidents.count == page.limit, let last = incidents.last else { break }
                page.cursor = IncidentCursor(after: last)
            }
            if !tail.isEmpty { try await writer.write(ByteBuffer(string: tail)) }
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: body)
    }

    @Sendable func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let staff = Auth.isStaff(context)
        let query = try await IncidentFilter.parse(request, staff: staff, store: store)
        let incidents = try await store.incidents(query)
        let files = try await store.incidentFiles(ids: incidents.map(\.id))
        var stories: [Int64: Story] = [:]
        for id in Set(incidents.flatMap(\.storyIDs)) { stories[id] = try await store.story(id: id) }
        let rows = files.map { file in
            EventsList.Row(incident: file.incident, voices: Grading.voices(file.activeClaims).count,
                           stories: file.incident.storyIDs.compactMap { stories[$0] })
        }
        var values: [String: String] = [:]
        for name in EventsList.filterNames { values[name] = request.uri.queryParameters[Substring(name)].map(String.init) }
        var nextQuery: String?
        if incidents.count == query.limit, let last = incidents.last {
            var parts = EventsList.filterNames.compactMap { name in values[name].flatMap { $0.isEmpty ? nil : "\(name)=\(SiteRoute.percentEncode($0))" } }
            parts.append("cursor=\(IncidentCursor(after: last).text)")
            nextQuery = parts.joined(separator: "&")
        }
        let page = EventsList(values: values, rows: rows, nextQuery: nextQuery, staff: staff)
        return PublicController.page(page.render(layout: layout), cacheControl: staff ? "no-store" : "public, max-age=5")
    }

    @Sendable func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.incidentID(context)
        guard let file = try await store.incident(id: id),
              file.incident.status == .published || file.incident.firstPublishedAt != nil || Auth.isStaff(context) else {
            throw AppError(.notFound, "There is no incident \(id).")
        }
        let sources = SourceDirectory(try await store.sources())
        var stories: [Int64: Story] = [:]
        for storyID in Set(file.claims.map(\.storyID)) { stories[storyID] = try await store.story(id: storyID) }
        let page = EventPage(
            incident: file.incident,
            claims: file.claims.map { .init(claim: $0, source: $0.source.flatMap(sources.source(named:)), story: stories[$0.storyID]) },
            history: try await store.history(incidentID: id), baseURL: config.baseURL
        )
        return PublicController.page(page.render(layout: layout), cacheControl: Auth.isStaff(context) ? "no-store" : "public, max-age=5")
    }
}
