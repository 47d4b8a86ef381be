import Foundation
import Hummingbird
import SitrepModel
import SitrepStore

/// `/desk`: sign in, start stories, post, edit, delete, pin, mark key events, end coverage.
/// Plain HTML forms (no JavaScript needed); every POST checks the session's CSRF token.
struct DeskController: Sendable {
    let newsroom: Newsroom
    let layout: Layout
    let config: AppConfig
    let limiter: LoginLimiter
    var store: any Store { newsroom.store }
    static let loginCSRFCookie = "sitrep_login_csrf"
    static let sessionLifetime: TimeInterval = 12 * 3600

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.desk), use: home)
        router.get(RouterPath(SiteRoute.Pattern.deskLogin), use: loginPage)
        router.post(RouterPath(SiteRoute.Pattern.deskLogin), use: login)
        router.post(RouterPath(SiteRoute.Pattern.deskLogout), use: logout)
        router.get(RouterPath(SiteRoute.Pattern.deskNewStory), use: newStoryPage)
        router.post(RouterPath(SiteRoute.Pattern.deskNewStory), use: createStory)
        router.get(RouterPath(SiteRoute.Pattern.deskStory), use: storyPage)
        router.post(RouterPath(SiteRoute.Pattern.deskStory), use: postUpdate)
        router.post(RouterPath(SiteRoute.Pattern.deskStoryEnd), use: endCoverage)
        router.get(RouterPath(SiteRoute.Pattern.deskUpdate), use: editPage)
        router.post(RouterPath(SiteRoute.Pattern.deskUpdate), use: saveEdit)
        router.post(RouterPath(SiteRoute.Pattern.deskUpdateDelete), use: deleteUpdate)
    }

    // MARK: - Session

    @Sendable func home(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return try loginResponse(error: nil, status: .ok) }
        let stories = try await store.stories(limit: 100, offset: 0)
        return Self.html(DeskPages.home(layout: layout, session: session, stories: stories))
    }

    @Sendable func loginPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        if context.session != nil { return Self.redirect(SiteRoute.desk.path) }
        return try loginResponse(error: nil, status: .ok)
    }

    private func loginResponse(error: String?, status: HTTPResponse.Status, name: String = "") throws -> Response {
        let token = Credentials.newToken(prefix: "").plain
        var response = Self.html(DeskPages.login(layout: layout, csrf: token, error: error, name: name), status: status)
        response.setCookie(Cookie(name: Self.loginCSRFCookie, value: token, maxAge: 3600, path: "/desk",
                                  secure: config.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let expected = request.cookies[Self.loginCSRFCookie]?.value ?? ""
        guard !expected.isEmpty, let presented = form["csrf"], Auth.constantTimeEqual(presented, expected) else {
            return try loginResponse(error: "The sign-in form expired. Please try again.", status: .forbidden)
        }
        let name = form["name"] ?? ""
        let password = form["password"] ?? ""
        let address = context.remoteAddress ?? "unknown"
        let keys = ["name:\(name.lowercased())", "ip:\(address)"]
        let now = newsroom.now()
        if try await limiter.isBlocked(keys, now: now) {
            return try loginResponse(error: "Too many failed attempts. Wait a few minutes, then try again.", status: .tooManyRequests, name: name)
        }
        guard let hash = try await store.passwordHash(forUser: name), Credentials.verifyPassword(password, hash: hash),
              let user = try await store.user(named: name) else {
            try await limiter.recordFailure(keys, now: now)
            return try loginResponse(error: "That name and password do not match.", status: .unauthorized, name: name)
        }
        try await limiter.reset(keys)
        let cookie = Credentials.newToken(prefix: "")
        let csrf = Credentials.newToken(prefix: "").plain
        try await store.addSession(hash: cookie.hash, csrfToken: csrf, userID: user.id, expiresAt: now.addingTimeInterval(Self.sessionLifetime))
        // Sign-ins are rare: a good moment to drop sessions that have run out.
        try await store.deleteExpiredSessions(now: now)
        var response = Self.redirect(SiteRoute.desk.path)
        response.setCookie(Cookie(name: Auth.sessionCookie, value: cookie.plain, maxAge: Int(Self.sessionLifetime), path: "/",
                                  secure: config.secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    @Sendable func logout(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await requireSession(request, context)
        if let cookie = request.cookies[Auth.sessionCookie]?.value {
            try await store.deleteSession(hash: Credentials.tokenHash(cookie))
        }
        var response = Self.redirect(SiteRoute.desk.path)
        response.setCookie(Cookie(name: Auth.sessionCookie, value: "", maxAge: 0, path: "/", secure: config.secureCookies, httpOnly: true, sameSite: .lax))
        return response
    }

    /// The session of a signed-in editor whose form carried the right CSRF token.
    private func requireSession(_ request: Request, _ context: AppRequestContext, form: Form? = nil) async throws -> DeskSession {
        guard let session = context.session else {
            throw AppError(.unauthorized, "Your session has ended. Sign in again at /desk.")
        }
        let form = if let form { form } else { try await Form.read(request, context: context) }
        try Auth.requireEditor(context, request: request, formToken: form["csrf"] ?? "")
        return session
    }

    private func signedIn(_ context: AppRequestContext) throws -> DeskSession {
        guard let session = context.session else {
            throw AppError(.unauthorized, "Sign in at /desk to use the desk.")
        }
        return session
    }

    // MARK: - Stories

    @Sendable func newStoryPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return Self.redirect(SiteRoute.desk.path) }
        return Self.html(DeskPages.newStory(layout: layout, session: session, form: .init()))
    }

    @Sendable func createStory(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let session = try await requireSession(request, context, form: form)
        var input = DeskPages.NewStoryForm(slug: form["slug"] ?? "", title: form["title"] ?? "", summary: form["summary"] ?? "",
                                           originalEntry: form["original_entry"] ?? "", timeZone: form["time_zone"] ?? "GMT")
        let slug = input.slug.isEmpty ? Slug.derived(from: input.title) : Slug(rawValue: input.slug)
        guard let slug else {
            input.error = "The address may use lowercase letters, digits and single hyphens only."
            return Self.html(DeskPages.newStory(layout: layout, session: session, form: input), status: .unprocessableContent)
        }
        do {
            let story = try await newsroom.createStory(StoryDraft(slug: slug, title: input.title, summary: input.summary,
                                                                  status: .live, coverageStart: newsroom.now(),
                                                                  originalEntry: input.originalEntry, timeZone: input.timeZone))
            return Self.redirect(SiteRoute.deskStory(story.slug).path)
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError else { throw error }
            input.error = appError.message
            return Self.html(DeskPages.newStory(layout: layout, session: session, form: input), status: appError.status)
        }
    }

    @Sendable func storyPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return Self.redirect(SiteRoute.desk.path) }
        let story = try await loadStory(context)
        let notice = request.uri.queryParameters["notice"].map(String.init)
        return try await storyResponse(session: session, story: story, form: .init(), notice: notice.flatMap(Self.notices))
    }

    static func notices(_ key: String) -> String? {
        ["published": "Published. Readers see it now.", "edited": "Saved as a new revision.", "deleted": "Deleted. Readers were told.",
         "ended": "Coverage ended."][key]
    }

    private func storyResponse(session: DeskSession, story: Story, form: DeskPages.UpdateForm, notice: String?,
                               status: HTTPResponse.Status = .ok) async throws -> Response {
        let updates = try await store.updates(of: story.slug, olderThan: nil, limit: 100)
        let events = try await store.proposedEvents(storyID: story.id)
        return Self.html(DeskPages.story(layout: layout, session: session, story: story, updates: updates, events: events,
                                         form: form, notice: notice), status: status)
    }

    @Sendable func postUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let session = try await requireSession(request, context, form: form)
        let story = try await loadStory(context)
        var input = DeskPages.UpdateForm(headline: form["headline"] ?? "", body: form["body"] ?? "",
                                         keyEvent: form.flag("key_event"), pinned: form.flag("pinned"))
        if form["action"] == "preview" {
            input.preview = true
            do { try Validation.markdown(input.body, field: "body") } catch let error as AppError { input.error = error.message }
            return try await storyResponse(session: session, story: story, form: input, notice: nil)
        }
        do {
            _ = try await newsroom.publish(to: story.slug, UpdateDraft(
                headline: input.headline.isEmpty ? nil : input.headline, body: input.body,
                keyEvent: input.keyEvent, pinned: input.pinned, author: session.user.name))
            return Self.redirect(SiteRoute.deskStory(story.slug).path + "?notice=published")
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError else { throw error }
            input.error = appError.message
            return try await storyResponse(session: session, story: story, form: input, notice: nil, status: appError.status)
        }
    }

    @Sendable func endCoverage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await requireSession(request, context)
        let story = try await loadStory(context)
        _ = try await newsroom.updateStory(story.slug, StoryPatch(status: .ended, coverageEnd: newsroom.now()))
        return Self.redirect(SiteRoute.deskStory(story.slug).path + "?notice=ended")
    }

    // MARK: - Updates

    @Sendable func editPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return Self.redirect(SiteRoute.desk.path) }
        let (story, update) = try await loadUpdate(context)
        let revisions = try await store.revisions(of: update.id)
        return Self.html(DeskPages.editUpdate(layout: layout, session: session, story: story, update: update, revisions: revisions, error: nil))
    }

    @Sendable func saveEdit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let session = try await requireSession(request, context, form: form)
        let (story, update) = try await loadUpdate(context)
        let patch = UpdatePatch(headline: form["headline"] ?? "", body: form["body"] ?? "",
                                keyEvent: form.flag("key_event"), pinned: form.flag("pinned"))
        do {
            _ = try await newsroom.edit(updateID: update.id, patch, editor: session.user.name)
            return Self.redirect(SiteRoute.deskStory(story.slug).path + "?notice=edited")
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError else { throw error }
            var shown = update
            shown.headline = patch.headline
            shown.body = patch.body ?? update.body
            let revisions = try await store.revisions(of: update.id)
            return Self.html(DeskPages.editUpdate(layout: layout, session: session, story: story, update: shown,
                                                  revisions: revisions, error: appError.message), status: appError.status)
        }
    }

    @Sendable func deleteUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try await requireSession(request, context)
        let (story, update) = try await loadUpdate(context)
        _ = try await newsroom.delete(updateID: update.id)
        return Self.redirect(SiteRoute.deskStory(story.slug).path + "?notice=deleted")
    }

    // MARK: - Helpers

    private func loadStory(_ context: AppRequestContext) async throws -> Story {
        let slug = try PathParameter.slug(context)
        guard let story = try await store.story(slug) else { throw AppError(.notFound, "There is no story \"\(slug)\".") }
        return story
    }

    private func loadUpdate(_ context: AppRequestContext) async throws -> (Story, Update) {
        let id = try PathParameter.updateID(context)
        guard let update = try await store.update(id: id), !update.isDeleted,
              let story = try await store.story(id: update.storyID) else {
            throw AppError(.notFound, "There is no update \(id).")
        }
        return (story, update)
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: page)))
        response.headers[.contentType] = "text/html; charset=utf-8"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func redirect(_ location: String) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = location
        return response
    }
}
