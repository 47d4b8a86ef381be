import Foundation
import Hummingbird
import SitrepModel
import SitrepStore

/// `/desk/sources`: the source registry. Everyone signed in reads it; admins add sources and
/// classify them (drafts, created when a claim names an unknown source, come first).
struct SourcesController: Sendable {
    let newsroom: Newsroom
    let layout: Layout
    var store: any Store { newsroom.store }

    func register(on router: Router<AppRequestContext>) {
        router.get(RouterPath(SiteRoute.Pattern.deskSources), use: list)
        router.post(RouterPath(SiteRoute.Pattern.deskSources), use: create)
        router.get(RouterPath(SiteRoute.Pattern.deskSource), use: editPage)
        router.post(RouterPath(SiteRoute.Pattern.deskSource), use: save)
    }

    @Sendable func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return DeskController.redirect(SiteRoute.desk.path) }
        let notice = request.uri.queryParameters["notice"].map { $0 == "saved" ? "Saved." : "Added." }
        return try await listResponse(session: session, form: .init(), notice: notice)
    }

    private func listResponse(session: DeskSession, form: SourcesPage.Form, notice: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let sources = try await store.sources().sorted { ($0.draft ? 0 : 1, $0.name.lowercased()) < ($1.draft ? 0 : 1, $1.name.lowercased()) }
        return DeskController.html(SourcesPage(session: session, sources: sources, form: form, notice: notice).render(layout: layout), status: status)
    }

    @Sendable func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        try Auth.require([.admin], context, request: request, formToken: form["csrf"] ?? "")
        guard let session = context.session else { throw AppError(.unauthorized, "Sign in at /desk.") }
        let input = SourcesPage.Form(form)
        do {
            let source = try input.input.applied(to: SourceInfo(name: "", kind: "local"))
            _ = try await store.createSource(source, now: newsroom.now())
            return DeskController.redirect(SiteRoute.deskSources.path + "?notice=added")
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError else { throw error }
            var shown = input
            shown.error = appError.message
            return try await listResponse(session: session, form: shown, notice: nil, status: appError.status)
        }
    }

    @Sendable func editPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let session = context.session else { return DeskController.redirect(SiteRoute.desk.path) }
        let source = try await load(context)
        return DeskController.html(SourceEditPage(session: session, source: source, form: .init(source), error: nil).render(layout: layout))
    }

    @Sendable func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        try Auth.require([.admin], context, request: request, formToken: form["csrf"] ?? "")
        guard let session = context.session else { throw AppError(.unauthorized, "Sign in at /desk.") }
        let source = try await load(context)
        let input = SourcesPage.Form(form)
        do {
            _ = try await store.updateSource(id: source.id, try input.input.applied(to: source), now: newsroom.now())
            return DeskController.redirect(SiteRoute.deskSources.path + "?notice=saved")
        } catch {
            let appError = ErrorMiddleware.appError(from: error)
            guard appError.code != .internalError else { throw error }
            return DeskController.html(SourceEditPage(session: session, source: source, form: input, error: appError.message).render(layout: layout),
                                       status: appError.status)
        }
    }

    private func load(_ context: AppRequestContext) async throws -> SourceInfo {
        let raw = context.parameters.get("id") ?? ""
        guard let id = Int64(raw), let source = try await store.source(id: id) else {
            throw AppError(.notFound, "There is no source \(raw.prefix(20)).")
        }
        return source
    }
}

/// The registry page: add form (admins) and the list, drafts first.
struct SourcesPage: Sendable {
    /// The fields of the add and edit forms, as typed.
    struct Form: Sendable {
        var name = ""
        var aliases = ""
        var kind = "local"
        var affiliation = ""
        var note = ""
        var draft = false
        var error: String?

        init() {}

        init(_ source: SourceInfo) {
            name = source.name
            aliases = source.aliases.joined(separator: "\n")
            kind = source.kind
            affiliation = source.affiliation
            note = source.note
            draft = source.draft
        }

        init(_ form: SitrepWeb.Form) {
            name = form["name"] ?? ""
            aliases = form["aliases"] ?? ""
            kind = form["kind"] ?? ""
            affiliation = (form["affiliation"] ?? "").trimmingCharacters(in: .whitespaces)
            note = form["note"] ?? ""
            draft = form.flag("draft")
        }

        var input: SourceInput {
            SourceInput(name: name, aliases: aliases.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                        kind: kind, affiliation: affiliation, note: note, draft: draft)
        }
    }

    var session: DeskSession
    var sources: [SourceInfo]
    var form: Form
    var notice: String?

    var isAdmin: Bool { session.user.role == .admin }

    func render(layout: Layout) -> String {
        layout.render(DeskPages.head("Sources"), bodyClass: "desk") {
            DeskPages.userBar(session)
            el("h1") { "Sources" }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let error = form.error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            if isAdmin {
                el("details", ["open": form.error != nil ? "" : nil]) {
                    el("summary") { "Add a source" }
                    el("form", ["method": "post", "action": SiteRoute.deskSources.path, "class": "stacked"]) {
                        DeskPages.csrfField(session.csrfToken)
                        SourceEditPage.fields(form)
                        el("button", ["type": "submit"]) { "Add" }
                    }
                }
            }
            el("table", ["class": "desk-stories"]) {
                el("thead") { el("tr") { el("th") { "Source" }; el("th") { "Kind" }; el("th") { "Affiliation" }; el("th") { "Aliases" } } }
                el("tbody") {
                    for source in sources {
                        el("tr") {
                            el("td") {
                                el("a", ["href": SiteRoute.deskSource(source.id).path]) { source.name }
                                if source.draft { " "; el("span", ["class": "badge"]) { "draft" } }
                            }
                            el("td") { source.kind }
                            el("td") { source.affiliation.isEmpty ? "—" : source.affiliation }
                            el("td", ["class": "meta"]) { source.aliases.prefix(4).joined(separator: ", ") + (source.aliases.count > 4 ? "…" : "") }
                        }
                    }
                }
            }
        }
    }
}

/// One source: its fields, editable by admins.
struct SourceEditPage: Sendable {
    var session: DeskSession
    var source: SourceInfo
    var form: SourcesPage.Form
    var error: String?

    func render(layout: Layout) -> String {
        layout.render(DeskPages.head("Source: \(source.name)"), bodyClass: "desk") {
            DeskPages.userBar(session)
            el("p") { el("a", ["href": SiteRoute.deskSources.path]) { "All sources" } }
            el("h1") { source.name }
            if let error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            if session.user.role == .admin {
                el("form", ["method": "post", "action": SiteRoute.deskSource(source.id).path, "class": "stacked"]) {
                    DeskPages.csrfField(session.csrfToken)
                    Self.fields(form)
                    el("button", ["type": "submit"]) { "Save" }
                }
            } else {
                el("p") { "\(source.kind) · \(source.affiliation.isEmpty ? "affiliation unknown" : source.affiliation)" }
                if !source.note.isEmpty { el("p") { source.note } }
                el("p", ["class": "meta"]) { "Only admins edit sources." }
            }
        }
    }

    static func fields(_ form: SourcesPage.Form) -> HTML {
        .group([
            el("label", ["for": "s-name"]) { "Name" },
            el("input", ["id": "s-name", "name": "name", "required": "", "maxlength": "200", "value": form.name]),
            el("label", ["for": "s-kind"]) { "Kind" },
            el("select", ["id": "s-kind", "name": "kind"]) {
                for kind in SourceInfo.kinds { el("option", ["value": kind, "selected": form.kind == kind ? "" : nil]) { kind.replacingOccurrences(of: "_", with: " ") } }
            },
            el("label", ["for": "s-affiliation"]) { "Affiliation (regime, opposition, kurdish, russian_state, independent …; blank if unknown)" },
            el("input", ["id": "s-affiliation", "name": "affiliation", "maxlength": "60", "pattern": "[a-z_]*", "value": form.affiliation]),
            el("label", ["for": "s-aliases"]) { "Aliases (one per line)" },
            el("textarea", ["id": "s-aliases", "name": "aliases", "rows": "3"]) { form.aliases },
            el("label", ["for": "s-note"]) { "Note" },
            el("textarea", ["id": "s-note", "name": "note", "rows": "2", "maxlength": "2000"]) { form.note },
            el("label", ["class": "check"]) {
                el("input", ["type": "checkbox", "name": "draft", "checked": form.draft ? "" : nil])
                " Draft (not yet classified)"
            },
        ])
    }
}
