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
    let export: RecordExport
    let feed: RecordFeed

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.events), use: list)
        router.get(RouterPath(SiteRoute.Pattern.event), use: show)
        router.get(RouterPath(SiteRoute.Pattern.eventsLive)) { _, _ in await feed.stream(publicOnly: true) }
        router.get(RouterPath(SiteRoute.Pattern.map), use: mapPage)
        router.get(RouterPath(SiteRoute.Pattern.mapSVG), use: mapSVG)
        let routes: [(String, RecordExport.Format)] = [
            (SiteRoute.Pattern.exportACLED, .acledCSV), (SiteRoute.Pattern.exportClaims, .claimsCSV),
            (SiteRoute.Pattern.exportGeoJSON, .geoJSON), (SiteRoute.Pattern.exportJSONL, .jsonLines),
        ]
        for (path, format) in routes {
            router.get(RouterPath(path)) { request, context in try await export(format, request, context) }
        }
    }

    /// `/exports/...`: the incidents the same filters list, streamed as they are read (memory
    /// stays flat whatever the size), with the data's attribution in a header.
    @Sendable func export(_ format: RecordExport.Format, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = try await IncidentFilter.parse(request, staff: Auth.isStaff(context), store: store, defaultSort: .date)
        let export = self.export
        let body = ResponseBody { writer in
            try await export.write(format, query: query) { chunk in try await writer.write(ByteBuffer(bytes: chunk)) }
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"\(format.fileName)\""
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("X-Data-Attribution")!] = RecordExport.attribution
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The filter values as given (echoed in forms and links).
    private func values(_ request: Request) -> [String: String] {
        var values: [String: String] = [:]
        for name in IncidentFilter.names { values[name] = request.uri.queryParameters[Substring(name)].map(String.init) }
        return values
    }

    /// `/map`: the filtered incidents drawn on the map, with the explorer's form.
    @Sendable func mapPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let staff = Auth.isStaff(context)
        let query = try await IncidentFilter.parse(request, staff: staff, store: store, defaultSort: .date)
        let points = try await store.incidentPoints(query, limit: MapView.limit)
        let filters = EventsList(values: values(request), rows: [], nextQuery: nil, staff: staff)
        let matching = points.count == MapView.limit ? try await store.incidentCount(query) : nil
        let page = MapPage(filters: filters, map: MapView.svg(points, box: query.box, country: query.country, filterQuery: filters.filterQuery),
                           drawn: points.count, matching: matching)
        return PublicController.page(page.render(layout: layout), cacheControl: staff ? "no-store" : "public, max-age=5")
    }

    /// `/map.svg`: the map alone, as a standalone SVG document (what `map.js` fetches on pan and zoom).
    @Sendable func mapSVG(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let staff = Auth.isStaff(context)
        let query = try await IncidentFilter.parse(request, staff: staff, store: store, defaultSort: .date)
        let points = try await store.incidentPoints(query, limit: MapView.limit)
        let filters = EventsList(values: values(request), rows: [], nextQuery: nil, staff: staff)
        let svg = MapView.svg(points, box: query.box, country: query.country, filterQuery: filters.filterQuery).render()
        var headers = HTTPFields()
        headers[.contentType] = "image/svg+xml; charset=utf-8"
        headers[.cacheControl] = staff ? "no-store" : "public, max-age=5"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: svg)))
    }

    @Sendable func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let staff = Auth.isStaff(context)
        let query = try await IncidentFilter.parse(request, staff: staff, store: store, defaultSort: .date)
        // the page as listings: columns and what the table shows of the documents, none decoded
        let listed = try await store.incidentListings(query)
        var stories: [Int64: Story] = [:]
        for id in Set(listed.flatMap(\.storyIDs)) { stories[id] = try await store.story(id: id) }
        let rows = listed.map { listing in
            EventsList.Row(listing: listing, voices: Grading.voices(listing.speakers).count, stories: listing.storyIDs.compactMap { stories[$0] })
        }
        let values = values(request)
        var nextQuery: String?
        if listed.count == query.limit, let last = listed.last?.row {
            var parts = IncidentFilter.names.compactMap { name in values[name].flatMap { $0.isEmpty ? nil : "\(name)=\(SiteRoute.percentEncode($0))" } }
            parts.append("cursor=\(last.cursor(query.sort).text)")
            nextQuery = parts.joined(separator: "&")
        }
        var page = EventsList(values: values, rows: rows, nextQuery: nextQuery, staff: staff)
        page.days = try await store.dayTallies(query)
        page.actors = try await store.actorTallies(query, limit: 1_000)
        page.indicators = try await store.indicators(IndicatorQuery(storyID: query.storyID, from: query.from, to: query.to))
        page.map = MapView.svg(try await store.incidentPoints(query, limit: MapView.limit), box: query.box, country: query.country,
                               filterQuery: page.filterQuery)
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
        var claims: [EventPage.ClaimRow] = []
        for claim in file.claims where !claim.withdrawn {
            let story = stories[claim.storyID]
            let reportedAt = claim.isFromEntry ? story.map { $0.coverageStart ?? $0.createdAt } : try await store.update(id: claim.updateID)?.publishedAt
            claims.append(.init(claim: claim, source: claim.source.flatMap(sources.source(named:)), story: story, reportedAt: reportedAt))
        }
        let page = EventPage(
            incident: file.incident,
            claims: claims,
            history: try await store.history(incidentID: id), baseURL: config.baseURL
        )
        return PublicController.page(page.render(layout: layout), cacheControl: Auth.isStaff(context) ? "no-store" : "public, max-age=5")
    }
}
