import Foundation
import Hummingbird
import SitrepModel
import SitrepRecord
import SitrepStore

extension APIController {
    var record: RecordKeeper { newsroom.record }

    // MARK: - Incidents

    @Sendable func listIncidents(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = try await IncidentFilter.parse(request, staff: Auth.isStaff(context), store: store)
        let incidents = try await store.incidents(query)
        let next = incidents.count == query.limit ? incidents.last.map { IncidentCursor(after: $0, sort: query.sort).text } : nil
        let stories = try await storySlugs(incidents.flatMap(\.storyIDs))
        // a list carries no claims: the source registry is not needed
        let items = incidents.map { IncidentJSON($0, claims: nil, sources: SourceDirectory([]), stories: stories, base: config.baseURL) }
        return try JSONResponse.make(ListJSON(items: items, next: next))
    }

    /// Published incidents since rejected or merged: what an analyst's copy must delete.
    @Sendable func listDeletions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var query = IncidentQuery(statuses: [.rejected, .merged], limit: try Query.int(request, "limit", default: 100, range: 1...500))
        query.publishedOnce = true
        query.updatedSince = try request.uri.queryParameters["since"].map { try IncidentFilter.time(String($0), name: "since") }
        query.cursor = try request.uri.queryParameters["cursor"].map { try IncidentFilter.cursor(String($0)) }
        if let cursor = query.cursor, cursor.sort != .updated {
            throw AppError(.invalidParameter, "\"cursor\" is not a cursor of this list.", field: "cursor")
        }
        let incidents = try await store.incidents(query)
        let next = incidents.count == query.limit ? incidents.last.map { IncidentCursor(after: $0, sort: query.sort).text } : nil
        return try JSONResponse.make(ListJSON(items: incidents.map(DeletionJSON.init), next: next))
    }

    @Sendable func getIncident(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await incidentResponse(try await visibleIncident(context), status: .ok)
    }

    @Sendable func incidentHistory(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let file = try await visibleIncident(context)
        let history = try await store.history(incidentID: file.incident.id)
        return try JSONResponse.make(ListJSON(items: history.map(HistoryJSON.init), next: nil))
    }

    @Sendable func reviewIncident(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.incidentID(context)
        let input = try await request.decode(as: ReviewInput.self, context: context)
        let action = try input.reviewAction
        let file = try await record.review(id, action, by: try reviewer(context), now: newsroom.now())
        return try await incidentResponse(file, status: .ok)
    }

    @Sendable func mergeIncident(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.incidentID(context)
        let input = try await request.decode(as: MergeInput.self, context: context)
        try ReviewInput.check(input.reason)
        let file = try await record.merge(id, into: input.into, reason: input.reason, by: try reviewer(context), now: newsroom.now())
        return try await incidentResponse(file, status: .ok)
    }

    @Sendable func splitIncident(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.incidentID(context)
        let input = try await request.decode(as: SplitInput.self, context: context)
        try ReviewInput.check(input.reason)
        let file = try await record.split(id, claims: input.claims, reason: input.reason, by: try reviewer(context), now: newsroom.now())
        return try await incidentResponse(file, status: .created)
    }

    @Sendable func moveClaim(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.incidentID(context)
        let input = try await request.decode(as: MoveInput.self, context: context)
        try ReviewInput.check(input.reason)
        let file = try await record.move(claim: input.claim, from: id, to: input.into, reason: input.reason,
                                         by: try reviewer(context), now: newsroom.now())
        return try await incidentResponse(file, status: .ok)
    }

    // MARK: - Sources

    @Sendable func listSources(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(ListJSON(items: try await store.sources().map(SourceJSON.init), next: nil))
    }

    @Sendable func createSource(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let input = try await request.decode(as: SourceInput.self, context: context)
        guard input.name != nil, input.kind != nil else {
            throw AppError(.invalidField, "\"name\" and \"kind\" are required.", field: input.name == nil ? "name" : "kind")
        }
        let source = try input.applied(to: SourceInfo(name: "", kind: ""))
        let created = try await store.createSource(source, now: newsroom.now())
        return try JSONResponse.make(SourceJSON(created), status: .created)
    }

    @Sendable func patchSource(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int64(raw), let existing = try await store.source(id: id) else {
            throw AppError(.notFound, "There is no source \(raw.prefix(20)).")
        }
        let input = try await request.decode(as: SourceInput.self, context: context)
        let updated = try await store.updateSource(id: id, try input.applied(to: existing), now: newsroom.now())
        return try JSONResponse.make(SourceJSON(updated))
    }

    // MARK: - Helpers

    /// The incident of the path; proposed incidents only for staff, and rejected or merged ones
    /// only for staff unless they were published once (their tombstone is public).
    private func visibleIncident(_ context: AppRequestContext) async throws -> IncidentFile {
        let id = try PathParameter.incidentID(context)
        guard let file = try await store.incident(id: id),
              file.incident.status == .published || file.incident.firstPublishedAt != nil || Auth.isStaff(context) else {
            throw AppError(.notFound, "There is no incident \(id).")
        }
        return file
    }

    private func reviewer(_ context: AppRequestContext) throws -> User {
        guard let user = context.user else { throw AppError(.unauthorized, "Sign in to review.") }
        return user
    }

    private func incidentResponse(_ file: IncidentFile, status: HTTPResponse.Status) async throws -> Response {
        let stories = try await storySlugs(file.incident.storyIDs + file.claims.map(\.storyID))
        let sources = SourceDirectory(try await store.sources())
        return try JSONResponse.make(IncidentJSON(file.incident, claims: file.claims, sources: sources, stories: stories, base: config.baseURL),
                                     status: status)
    }

    func storySlugs(_ ids: [Int64]) async throws -> [Int64: Slug] {
        var slugs: [Int64: Slug] = [:]
        for id in Set(ids) { if let story = try await store.story(id: id) { slugs[id] = story.slug } }
        return slugs
    }
}

extension PathParameter {
    /// Incident ids are letters then digits ("SYR12"), at most 16 characters.
    static func incidentID(_ context: AppRequestContext) throws -> String {
        let raw = context.parameters.get("id") ?? ""
        guard raw.utf8.count <= 16, !raw.isEmpty, raw.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) }) else {
            throw AppError(.notFound, "\"\(raw.prefix(16))\" is not an incident id.")
        }
        return raw
    }
}

/// The incident filters of the API, the explorer, the map, the charts and the exports: query
/// parameters to an `IncidentQuery`. A malformed one is a 400 that names it.
enum IncidentFilter {
    /// Every filter parameter, in the explorer form's order (`cursor`, `limit` and `updated_since`
    /// are the API's paging and sync, not filters).
    static let names = ["from", "to", "event_type", "sub_event_type", "actor", "country", "admin1", "location", "grade",
                        "status", "source", "story", "q", "bbox", "sort"]

    /// `defaultSort`: the API lists the latest changes first (incremental sync); the explorer,
    /// the map and the exports the latest events.
    static func parse(_ request: Request, staff: Bool, store: any Store, defaultSort: IncidentSort = .updated) async throws -> IncidentQuery {
        let q = request.uri.queryParameters
        func bad(_ name: String, _ message: String) -> AppError { AppError(.invalidParameter, message, field: name) }
        func text(_ name: String) throws -> String? {
            guard let raw = q[Substring(name)].map(String.init), !raw.isEmpty else { return nil }
            guard raw.count <= 200 else { throw bad(name, "Query parameter \"\(name)\" is too long (at most 200 characters).") }
            return raw
        }
        let limit: Int
        if let raw = try text("limit") {
            guard let n = Int(raw), (1...500).contains(n) else { throw bad("limit", "\"limit\" must be a whole number from 1 to 500.") }
            limit = n
        } else {
            limit = 50
        }
        var query = IncidentQuery(limit: limit)
        query.sort = defaultSort
        switch try text("status") {
        case nil, "published": query.statuses = [.published]
        case let value? where staff:
            if value == "all" { query.statuses = nil } else if let status = IncidentStatus(rawValue: value) {
                query.statuses = [status]
            } else {
                throw bad("status", "\"status\" must be published, proposed, rejected, merged or all.")
            }
        case _?:
            throw AppError(.forbidden, "Only signed-in staff see incidents that are not published.")
        }
        if let slug = try text("story") {
            guard let s = Slug(rawValue: slug), let story = try await store.story(s) else {
                throw bad("story", "There is no story \"\(slug.prefix(100))\".")
            }
            query.storyID = story.id
        }
        if let grade = try text("grade") {
            guard let g = Grade(rawValue: grade) else {
                throw bad("grade", "\"grade\" must be confirmed, fair, weak, contested or discounted.")
            }
            query.grade = g
        }
        if let type = try text("event_type") {
            guard ACLEDTaxonomy.eventTypes.contains(type) else {
                throw bad("event_type", "\"event_type\" must be one of ACLED's event types: \(ACLEDTaxonomy.eventTypes.joined(separator: ", ")).")
            }
            query.eventType = type
        }
        if let sub = try text("sub_event_type") {
            guard let type = ACLEDTaxonomy.eventType(ofSubEventType: sub) else {
                throw bad("sub_event_type", "\"sub_event_type\" must be one of ACLED's sub-event types, e.g. \"Air/drone strike\".")
            }
            if let chosen = query.eventType, chosen != type {
                throw bad("sub_event_type", "\"\(sub)\" is a sub-event type of \(type), not of \(chosen).")
            }
            query.subEventType = sub
        }
        query.country = try text("country")
        query.admin1 = try text("admin1")
        query.actor = try text("actor")
        query.location = try text("location")
        query.source = try text("source")
        query.text = try text("q")
        for name in ["from", "to"] {
            if let day = try text(name) {
                guard FieldRules.problem(field: "date", value: day) == nil else {
                    throw bad(name, "\"\(name)\" must be a date as YYYY-MM-DD.")
                }
                if name == "from" { query.from = day } else { query.to = day }
            }
        }
        if let from = query.from, let to = query.to, from > to {
            throw bad("to", "\"to\" (\(to)) is before \"from\" (\(from)).")
        }
        if let box = try text("bbox") {
            do {
                query.box = try GeoBox(parsing: box)
            } catch {
                throw bad("bbox", "\(error.description) (west,south,east,north in degrees, e.g. 35.5,32.3,42.4,37.4).")
            }
        }
        if let sort = try text("sort") {
            guard let parsed = IncidentSort(rawValue: sort) else { throw bad("sort", "\"sort\" must be date, fatalities or updated.") }
            query.sort = parsed
        }
        if let since = try text("updated_since") {
            query.updatedSince = try time(since, name: "updated_since")
            // incremental sync: published incidents since rejected or merged come as tombstones
            if query.statuses == [.published] { query.includeTombstones = true }
        }
        if let cursor = try text("cursor") {
            let parsed = try self.cursor(cursor)
            guard parsed.sort == query.sort else {
                throw bad("cursor", "\"cursor\" continues a list sorted by \(parsed.sort.rawValue), not by \(query.sort.rawValue).")
            }
            query.cursor = parsed
        }
        return query
    }

    /// An ISO 8601 time ("2026-12-05T17:30:00Z"), or a 400 naming the parameter.
    static func time(_ text: String, name: String) throws -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw AppError(.invalidParameter, "\"\(name)\" must be a time such as 2026-12-05T17:30:00Z.", field: name)
        }
        return date
    }

    static func cursor(_ text: String) throws -> IncidentCursor {
        guard let cursor = IncidentCursor(text: text) else {
            throw AppError(.invalidParameter, "\"cursor\" is not a cursor this API gave out.", field: "cursor")
        }
        return cursor
    }
}
