import Foundation
import Hummingbird
import SitrepModel
import SitrepStore

/// The JSON API under `/api/v1`. Every route is listed in `APIRoute.all`, which drives both
/// registration and the OpenAPI document, so the two cannot disagree.
struct APIController: Sendable {
    let newsroom: Newsroom
    let config: AppConfig
    var store: any Store { newsroom.store }

    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

    func register(on router: Router<AppRequestContext>) {
        for route in APIRoute.all {
            let handler = self.handler(for: route.operation)
            router.on(RouterPath(route.routerPath), method: route.method) { request, context in
                if route.access != .anyone { try Auth.require(route.access.roles, context, request: request) }
                return try await handler(request, context)
            }
        }
    }

    private func handler(for operation: APIRoute.Operation) -> Handler {
        switch operation {
        case .listStories: listStories
        case .createStory: createStory
        case .getStory: getStory
        case .patchStory: patchStory
        case .listUpdates: listUpdates
        case .postUpdate: postUpdate
        case .getUpdate: getUpdate
        case .patchUpdate: patchUpdate
        case .deleteUpdate: deleteUpdate
        case .listRevisions: listRevisions
        case .openAPI: openAPI
        case .listIncidents: listIncidents
        case .listDeletions: listDeletions
        case .getIncident: getIncident
        case .incidentHistory: incidentHistory
        case .reviewIncident: reviewIncident
        case .mergeIncident: mergeIncident
        case .splitIncident: splitIncident
        case .moveClaim: moveClaim
        case .listSources: listSources
        case .createSource: createSource
        case .patchSource: patchSource
        }
    }

    // MARK: - Stories

    @Sendable func listStories(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let limit = try Query.int(request, "limit", default: 20, range: 1...100)
        let offset = try Query.int(request, "offset", default: 0, range: 0...1_000_000)
        let stories = try await store.stories(limit: limit, offset: offset)
        let next = stories.count == limit ? String(offset + limit) : nil
        return try JSONResponse.make(ListJSON(items: stories.map { StoryJSON($0.story, base: config.baseURL) }, next: next))
    }

    @Sendable func createStory(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let input = try await request.decode(as: CreateStoryInput.self, context: context)
        let story = try await newsroom.createStory(input.draft)
        var response = try JSONResponse.make(StoryJSON(story, base: config.baseURL), status: .created)
        response.headers[.location] = SiteRoute.story(story.slug).path
        return response
    }

    @Sendable func getStory(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let story = try await loadStory(context)
        return try JSONResponse.make(StoryJSON(story, base: config.baseURL))
    }

    @Sendable func patchStory(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        let input = try await request.decode(as: PatchStoryInput.self, context: context)
        let story = try await newsroom.updateStory(slug, input.patch)
        return try JSONResponse.make(StoryJSON(story, base: config.baseURL))
    }

    // MARK: - Updates

    @Sendable func listUpdates(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let story = try await loadStory(context)
        let since = try Query.int64(request, "since", default: 0)
        let limit = try Query.int(request, "limit", default: 50, range: 1...200)
        let updates = try await store.updates(of: story.slug, afterSequence: since, limit: limit)
        let events = try await store.proposedEvents(storyID: story.id)
        let next = updates.count == limit ? updates.last.map { String($0.sequence) } : nil
        let items = updates.map { UpdateJSON($0, story: story, base: config.baseURL, events: events[$0.id] ?? []) }
        return try JSONResponse.make(ListJSON(items: items, next: next))
    }

    @Sendable func postUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        let input = try await request.decode(as: PostUpdateInput.self, context: context)
        let event = try await newsroom.publish(to: slug, input.draft(author: context.user?.name))
        return try await updateResponse(event.update, status: .created)
    }

    @Sendable func getUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.updateID(context)
        guard let update = try await store.update(id: id) else {
            throw AppError(.notFound, "There is no update \(id).")
        }
        return try await updateResponse(update, status: .ok)
    }

    @Sendable func patchUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.updateID(context)
        let input = try await request.decode(as: PatchUpdateInput.self, context: context)
        let event = try await newsroom.edit(updateID: id, input.patch, editor: context.user?.name)
        return try await updateResponse(event.update, status: .ok)
    }

    @Sendable func deleteUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.updateID(context)
        _ = try await newsroom.delete(updateID: id)
        return Response(status: .noContent)
    }

    @Sendable func listRevisions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try PathParameter.updateID(context)
        let revisions = try await store.revisions(of: id)
        if revisions.isEmpty { throw AppError(.notFound, "There is no update \(id).") }
        return try JSONResponse.make(ListJSON(items: revisions.map(RevisionJSON.init), next: nil))
    }

    @Sendable func openAPI(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json(base: config.baseURL))))
        response.headers[.contentType] = "application/json"
        return response
    }

    // MARK: - Helpers

    private func loadStory(_ context: AppRequestContext) async throws -> Story {
        let slug = try PathParameter.slug(context)
        guard let story = try await store.story(slug) else {
            throw AppError(.notFound, "There is no story \"\(slug)\".")
        }
        return story
    }

    private func updateResponse(_ update: Update, status: HTTPResponse.Status) async throws -> Response {
        guard let story = try await store.story(id: update.storyID) else {
            throw AppError(.notFound, "The story of update \(update.id) no longer exists.")
        }
        let events = try await store.proposedEvents(updateID: update.id)
        return try JSONResponse.make(UpdateJSON(update, story: story, base: config.baseURL, events: events), status: status)
    }
}

enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        response.headers[.contentType] = "application/json; charset=utf-8"
        return response
    }
}

enum PathParameter {
    static func slug(_ context: AppRequestContext) throws -> Slug {
        let raw = context.parameters.get("slug") ?? ""
        guard let slug = Slug(rawValue: raw) else {
            throw AppError(.notFound, "\"\(raw.prefix(120))\" is not a story address: slugs use lowercase letters, digits and hyphens.")
        }
        return slug
    }

    static func updateID(_ context: AppRequestContext) throws -> String {
        let raw = context.parameters.get("id") ?? ""
        guard raw.utf8.count <= 64, !raw.isEmpty, raw.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122) }) else {
            throw AppError(.notFound, "\"\(raw.prefix(64))\" is not an update id.")
        }
        return raw
    }
}

enum Query {
    static func int(_ request: Request, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = request.uri.queryParameters[Substring(name)] else { return value }
        guard let number = Int(raw), range.contains(number) else {
            throw AppError(.invalidParameter, "Query parameter \"\(name)\" must be a whole number from \(range.lowerBound) to \(range.upperBound).", field: name)
        }
        return number
    }

    static func int64(_ request: Request, _ name: String, default value: Int64) throws -> Int64 {
        guard let raw = request.uri.queryParameters[Substring(name)] else { return value }
        guard let number = Int64(raw), number >= 0 else {
            throw AppError(.invalidParameter, "Query parameter \"\(name)\" must be a sequence number (0 or more).", field: name)
        }
        return number
    }
}
