import Foundation
import Hummingbird
import HTTPTypes
import ServiceLifecycle
import SitrepModel
import SitrepRecord
import SitrepStore

/// Place and actor names for the correction form: (kind "place" or "actor", typed prefix,
/// limit) → suggestions, each with the fields it fills. Injected by the composition root (the
/// gazetteer and actor lists live in the extractor).
public typealias Suggester = @Sendable (_ kind: String, _ prefix: String, _ limit: Int) -> [Suggestion]

public struct Suggestion: Codable, Hashable, Sendable {
    public var label: String
    /// Field name → value ("location", "admin1", "country", "latitude", "longitude" for a place).
    public var fields: [String: String]

    public init(label: String, fields: [String: String]) {
        self.label = label
        self.fields = fields
    }
}

/// `/desk/review`: the review queue, one incident's review page and its actions, the live
/// queue stream and name suggestions. Reading needs a desk session; acting needs a reviewer (or
/// admin) and the session's CSRF token.
struct ReviewController: Sendable {
    let newsroom: Newsroom
    let layout: Layout
    let feed: RecordFeed
    let suggest: Suggester?
    var store: any Store { newsroom.store }

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.deskReview), use: queue)
        router.get(RouterPath(SiteRoute.Pattern.deskReviewLive), use: live)
        router.get(RouterPath(SiteRoute.Pattern.deskSuggest), use: suggestions)
        router.get(RouterPath(SiteRoute.Pattern.deskIncident), use: incidentPage)
        router.post(RouterPath(SiteRoute.Pattern.deskIncident), use: act)
    }

    // MARK: - Queue

    @Sendable func queue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return DeskController.redirect(SiteRoute.desk.path) }
        let q = request.uri.queryParameters
        var filter = SiteRoute.ReviewFilter(status: q["status"].map(String.init) ?? "proposed",
                                            story: q["story"].map(String.init), eventType: q["event_type"].map(String.init))
        var query = IncidentQuery(limit: 50)
        switch filter.status {
        case "all": query.statuses = nil
        case let s: query.statuses = [IncidentStatus(rawValue: s) ?? .proposed]
        }
        filter.status = query.statuses?.first?.rawValue ?? "all"
        if let slug = filter.story.flatMap(Slug.init(rawValue:)), let story = try await store.story(slug) { query.storyID = story.id } else { filter.story = nil }
        if let type = filter.eventType, Self.eventTypes.contains(type) { query.eventType = type } else { filter.eventType = nil }
        if let cursor = q["cursor"].flatMap({ IncidentCursor(text: String($0)) }) { query.cursor = cursor }
        let incidents = try await store.incidents(query)
        let files = try await store.incidentFiles(ids: incidents.map(\.id))
        let stories = try await store.stories(limit: 200, offset: 0).map(\.story)
        let byID = Dictionary(stories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = files.map { file in
            ReviewQueue.Item(incident: file.incident, claims: file.activeClaims.count, stories: file.incident.storyIDs.compactMap { byID[$0] })
        }
        let next = incidents.count == query.limit ? incidents.last.map { IncidentCursor(after: $0).text } : nil
        let page = ReviewQueue(session: session, filter: filter, items: items, stories: stories, eventTypes: Self.eventTypes, next: next)
        return DeskController.html(page.render(layout: layout))
    }

    static let eventTypes = ACLEDTaxonomy.eventTypes

    // MARK: - One incident

    @Sendable func incidentPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return DeskController.redirect(SiteRoute.desk.path) }
        let id = try PathParameter.incidentID(context)
        let notice = request.uri.queryParameters["notice"].flatMap { Self.notices[String($0)] }
        return try await page(id, session: session, notice: notice, error: nil, status: .ok)
    }

    static let notices = [
        "accepted": "Accepted: the incident is published and locked.", "rejected": "Rejected.",
        "corrected": "Corrections saved.", "graded": "Grade overridden.", "merged": "Merged.", "split": "Split into a new incident.",
        "moved": "The claim moved; both incidents are regraded.", "nothing": "Nothing changed.",
    ]

    private func page(_ id: String, session: DeskSession, notice: String?, error: String?, status: HTTPResponse.Status) async throws -> Response {
        guard let file = try await store.incident(id: id) else { throw AppError(.notFound, "There is no incident \(id).") }
        var views: [IncidentReview.ClaimView] = []
        let sources = SourceDirectory(try await store.sources())
        var revisionsByUpdate: [String: [UpdateRevision]] = [:]
        var storiesByID: [Int64: Story] = [:]
        for claim in file.claims {
            if revisionsByUpdate[claim.updateID] == nil, !claim.isFromEntry { revisionsByUpdate[claim.updateID] = try await store.revisions(of: claim.updateID) }
            if storiesByID[claim.storyID] == nil, let story = try await store.story(id: claim.storyID) { storiesByID[claim.storyID] = story }
            let revisions = revisionsByUpdate[claim.updateID] ?? []
            let revision = revisions.first { $0.revision == claim.revision } ?? revisions.last
            let (text, offset) = claim.isFromEntry
                ? (Markdown.plainText(storiesByID[claim.storyID]?.originalEntry ?? ""), 0)
                : Evidence.text(headline: revision?.headline, body: revision?.body ?? "")
            views.append(IncidentReview.ClaimView(claim: claim, source: claim.source.flatMap(sources.source(named:)),
                                                  story: storiesByID[claim.storyID], text: text, offset: offset,
                                                  outdated: (revisions.last?.revision ?? claim.revision) > claim.revision))
        }
        // neighbours in the queue of the same status
        let around = try await store.incidents(IncidentQuery(statuses: [file.incident.status == .merged ? .proposed : file.incident.status], limit: 500))
        let index = around.firstIndex { $0.id == id }
        let page = IncidentReview(
            session: session, incident: file.incident, claims: views, history: try await store.history(incidentID: id),
            notice: notice, error: error,
            previous: index.flatMap { $0 > 0 ? around[$0 - 1].id : nil },
            next: index.flatMap { $0 + 1 < around.count ? around[$0 + 1].id : nil }
        )
        return DeskController.html(page.render(layout: layout), status: status)
    }

    // MARK: - Actions

    @Sendable func act(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let user = try Auth.require([.reviewer, .admin], context, request: request, formToken: form["csrf"] ?? "")
        guard let session = context.session else { throw AppError(.unauthorized, "Sign in at /desk to review.") }
        let id = try PathParameter.incidentID(context)
        let now = newsroom.now()
        let record = newsroom.record
        let reason = form["reason"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        do {
            try ReviewInput.check(reason)
            var target = id
            let notice: String
            switch form["action"] ?? "" {
            case "accept":
                _ = try await record.review(id, .accept(reason: reason), by: user, now: now)
                notice = "accepted"
            case "reject":
                guard let reason else { throw AppError(.invalidField, "Say why it is rejected.", field: "reason") }
                _ = try await record.review(id, .reject(reason: reason), by: user, now: now)
                notice = "rejected"
            case "correct":
                guard let file = try await store.incident(id: id) else { throw AppError(.notFound, "There is no incident \(id).") }
                var changed: [String: String] = [:]
                for (name, _) in IncidentReview.editable {
                    guard let value = form["f_\(name)"]?.trimmingCharacters(in: .whitespaces) else { continue }
                    if value != (file.incident.fields.value(of: name) ?? "") { changed[name] = value }
                }
                if changed.isEmpty { return DeskController.redirect(SiteRoute.deskIncident(id).path + "?notice=nothing") }
                _ = try await record.review(id, .correct(fields: changed, reason: reason), by: user, now: now)
                notice = "corrected"
            case "grade":
                guard let grade = form["grade"].flatMap(Grade.init(rawValue:)) else {
                    throw AppError(.invalidField, "Choose a grade.", field: "grade")
                }
                guard let reason else { throw AppError(.invalidField, "Say why the grade is overridden.", field: "reason") }
                _ = try await record.review(id, .grade(grade, reason: reason), by: user, now: now)
                notice = "graded"
            case "merge":
                let into = (form["into"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
                target = try await record.merge(id, into: into, reason: reason, by: user, now: now).incident.id
                notice = "merged"
            case "move":
                let into = (form["into"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
                _ = try await record.move(claim: form["claim"] ?? "", from: id, to: into, reason: reason, by: user, now: now)
                notice = "moved"
            case "split":
                target = try await record.split(id, claims: form.values("claims"), reason: reason, by: user, now: now).incident.id
                notice = "split"
            default:
                throw AppError(.invalidField, "Unknown action.", field: "action")
            }
            return DeskController.redirect(SiteRoute.deskIncident(target).path + "?notice=\(notice)")
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError, appError.code != .notFound else { throw error }
            return try await page(id, session: session, notice: nil, error: appError.message, status: appError.status)
        }
    }

    // MARK: - Live queue and suggestions

    @Sendable func live(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard context.session != nil else { throw AppError(.unauthorized, "Sign in at /desk.") }
        return await feed.stream(publicOnly: false)
    }

    @Sendable func suggestions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard context.session != nil else { throw AppError(.unauthorized, "Sign in at /desk.") }
        let kind = request.uri.queryParameters["kind"].map(String.init) ?? ""
        let prefix = request.uri.queryParameters["q"].map(String.init) ?? ""
        guard kind == "place" || kind == "actor" else {
            throw AppError(.invalidField, "\"kind\" must be place or actor.", field: "kind")
        }
        guard prefix.count >= 2, prefix.count <= 100 else { return try JSONResponse.make([Suggestion]()) }
        return try JSONResponse.make(suggest?(kind, prefix, 12) ?? [])
    }
}
