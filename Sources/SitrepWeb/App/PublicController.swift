import Foundation
import Hummingbird
import SitrepModel
import SitrepStore

/// Reader-facing pages and feeds: front page, story pages, search, Atom and JSON feeds.
/// Story pages and feeds are cached by story state and answer conditional requests with 304.
struct PublicController: Sendable {
    let store: any Store
    let layout: Layout
    let config: AppConfig
    let cache: PageCache

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.home), use: home)
        router.get(RouterPath(SiteRoute.Pattern.story), use: story)
        router.get(RouterPath(SiteRoute.Pattern.storyAtom), use: storyAtom)
        router.get(RouterPath(SiteRoute.Pattern.storyJSONFeed), use: storyJSONFeed)
        router.get(RouterPath(SiteRoute.Pattern.siteAtom), use: siteAtom)
        router.get(RouterPath(SiteRoute.Pattern.search), use: search)
    }

    @Sendable func home(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let stories = try await store.stories(limit: 50, offset: 0)
        return Self.page(HomePage.View(model: .init(stories: stories)).render(layout: layout), cacheControl: "public, max-age=5")
    }

    @Sendable func story(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        let before = try request.uri.queryParameters["before"].map { raw -> Int64 in
            guard let value = Int64(raw), value > 0 else {
                throw AppError(.badRequest, "\"before\" must be a positive sequence number.")
            }
            return value
        }
        let key = SiteRoute.story(slug).path + "?before=\(before.map(String.init) ?? "")"
        return try await cached(request, key: key, slug: slug, contentType: "text/html; charset=utf-8") { _ in
            guard let model = try await StoryShow.Model.load(slug: slug, before: before, store: store,
                                                              pageSize: config.pageSize, baseURL: config.baseURL) else {
                throw AppError(.notFound, "There is no story \"\(slug)\".")
            }
            return StoryShow.View(model: model).render(layout: layout)
        }
    }

    @Sendable func storyAtom(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        return try await cached(request, key: SiteRoute.storyAtom(slug).path, slug: slug, contentType: "application/atom+xml; charset=utf-8") { story in
            let updates = try await store.updates(of: slug, olderThan: nil, limit: 50)
            return Feeds.atom(title: story.title, subtitle: story.summary, feedID: Feeds.tagID(base: config.baseURL, "story:\(story.slug)"),
                              selfRoute: .storyAtom(slug), alternate: .story(slug), updated: story.updatedAt,
                              entries: updates.map { Feeds.Entry(story: story, update: $0) }, base: config.baseURL)
        }
    }

    @Sendable func storyJSONFeed(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        return try await cached(request, key: SiteRoute.storyJSONFeed(slug).path, slug: slug, contentType: "application/feed+json; charset=utf-8") { story in
            let updates = try await store.updates(of: slug, olderThan: nil, limit: 50)
            return Feeds.jsonFeed(story: story, updates: updates, base: config.baseURL)
        }
    }

    @Sendable func siteAtom(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let summaries = try await store.stories(limit: 20, offset: 0)
        var entries: [Feeds.Entry] = []
        for summary in summaries {
            let updates = try await store.updates(of: summary.story.slug, olderThan: nil, limit: 10)
            entries += updates.map { Feeds.Entry(story: summary.story, update: $0) }
        }
        entries.sort { $0.update.publishedAt > $1.update.publishedAt }
        let updated = summaries.map(\.story.updatedAt).max() ?? Date(timeIntervalSince1970: 0)
        let xml = Feeds.atom(title: config.siteName, subtitle: "Live coverage from \(config.siteName)",
                             feedID: Feeds.tagID(base: config.baseURL, "site"), selfRoute: .siteAtom, alternate: .home,
                             updated: updated, entries: Array(entries.prefix(50)), base: config.baseURL)
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: xml)))
        response.headers[.contentType] = "application/atom+xml; charset=utf-8"
        return response
    }

    @Sendable func search(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = String((request.uri.queryParameters["q"].map(String.init) ?? "").prefix(200))
        let hits = query.isEmpty ? [] : try await store.search(query, limit: 50)
        return Self.page(SearchPage.View(model: .init(query: query, hits: hits)).render(layout: layout), cacheControl: "no-cache")
    }

    // MARK: - Caching

    /// Serves a page or feed of one story from the cache: without touching the store while the
    /// entry is fresh, else after checking the story's version (rendering again when it moved).
    /// Answers `If-None-Match` and `If-Modified-Since` with 304.
    private func cached(_ request: Request, key: String, slug: Slug, contentType: String,
                        render: (Story) async throws -> String) async throws -> Response {
        let entry: PageCache.Entry
        if let fresh = cache.fresh(key) {
            entry = fresh
        } else {
            guard let story = try await store.story(slug) else { throw AppError(.notFound, "There is no story \"\(slug)\".") }
            let version = "\(story.id)-\(story.lastSequence)-\(story.updatedAt.timeIntervalSince1970)-\(story.status.rawValue)"
            if let hit = cache.get(key, version: version) {
                entry = hit
            } else {
                entry = cache.put(key, version: version, body: try await render(story), modifiedAt: story.updatedAt)
            }
        }
        var headers: HTTPFields = [:]
        headers[.eTag] = entry.etag
        headers[.lastModified] = entry.lastModified
        headers[.cacheControl] = "public, max-age=0, must-revalidate"
        if let match = request.headers[.ifNoneMatch] {
            if match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == entry.etag }) {
                return Response(status: .notModified, headers: headers)
            }
        } else if let since = request.headers[.ifModifiedSince],
                  since == entry.lastModified || HTTPDate.parse(since).map({ entry.modifiedAt.timeIntervalSince1970.rounded(.down) <= $0.timeIntervalSince1970 }) == true {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: entry.body))
    }

    static func page(_ html: String, cacheControl: String) -> Response {
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        response.headers[.cacheControl] = cacheControl
        return response
    }

}
