import Foundation
import SitrepModel
import SitrepStore

/// The editor's desk pages. Every form carries the session's CSRF token.
enum DeskPages {
    static func csrfField(_ token: String) -> HTML {
        el("input", ["type": "hidden", "name": "csrf", "value": token])
    }

    static func head(_ title: String) -> Layout.Head {
        var head = Layout.Head(title: title)
        head.noindex = true
        head.deskScript = true
        return head
    }

    static func login(layout: Layout, csrf: String, error: String?, name: String = "") -> String {
        layout.render(head("Desk sign-in"), bodyClass: "desk") {
            el("h1") { "Desk sign-in" }
            if let error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            el("form", ["method": "post", "action": SiteRoute.deskLogin.path, "class": "stacked"]) {
                csrfField(csrf)
                el("label", ["for": "name"]) { "Name" }
                el("input", ["id": "name", "name": "name", "autocomplete": "username", "required": "", "value": name])
                el("label", ["for": "password"]) { "Password" }
                el("input", ["id": "password", "name": "password", "type": "password", "autocomplete": "current-password", "required": ""])
                el("button", ["type": "submit"]) { "Sign in" }
            }
        }
    }

    static func home(layout: Layout, session: DeskSession, stories: [StorySummary]) -> String {
        layout.render(head("Desk"), bodyClass: "desk") {
            userBar(session)
            el("h1") { "Stories" }
            el("p") { el("a", ["href": SiteRoute.deskNewStory.path, "class": "button"]) { "Start a story" } }
            el("table", ["class": "desk-stories"]) {
                el("thead") { el("tr") { el("th") { "Story" }; el("th") { "Status" }; el("th") { "Updates" }; el("th") { "Last change" } } }
                el("tbody") {
                    for summary in stories {
                        el("tr") {
                            el("td") { el("a", ["href": SiteRoute.deskStory(summary.story.slug).path]) { summary.story.title } }
                            el("td") { summary.story.status.rawValue }
                            el("td") { String(summary.updateCount) }
                            el("td") { Stamp.day(summary.story.updatedAt, zone: summary.story.timeZone) + " " + Stamp.clock(summary.story.updatedAt, zone: summary.story.timeZone) }
                        }
                    }
                }
            }
        }
    }

    /// The "Key event" and "Pin to top" checkboxes of the compose and edit forms.
    static func flagBoxes(keyEvent: Bool, pinned: Bool) -> HTML {
        .group([
            el("label", ["class": "check"]) {
                el("input", ["type": "checkbox", "name": "key_event", "checked": keyEvent ? "" : nil])
                " Key event"
            },
            el("label", ["class": "check"]) {
                el("input", ["type": "checkbox", "name": "pinned", "checked": pinned ? "" : nil])
                " Pin to top"
            },
        ])
    }

    static func userBar(_ session: DeskSession) -> HTML {
        el("form", ["method": "post", "action": SiteRoute.deskLogout.path, "class": "user-bar"]) {
            csrfField(session.csrfToken)
            "Signed in as \(session.user.name) (\(session.user.role.rawValue)) · "
            el("a", ["href": SiteRoute.desk.path]) { "All stories" }
            " · "
            el("a", ["href": SiteRoute.deskReview(.init()).path]) { "Review queue" }
            " · "
            el("a", ["href": SiteRoute.deskSources.path]) { "Sources" }
            " · "
            el("button", ["type": "submit", "class": "link"]) { "Sign out" }
        }
    }

    struct NewStoryForm: Sendable {
        var slug = ""
        var title = ""
        var summary = ""
        var originalEntry = ""
        var timeZone = "GMT"
        var error: String?
    }

    static func newStory(layout: Layout, session: DeskSession, form: NewStoryForm) -> String {
        layout.render(head("Start a story"), bodyClass: "desk") {
            userBar(session)
            el("h1") { "Start a story" }
            if let error = form.error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            el("form", ["method": "post", "action": SiteRoute.deskNewStory.path, "class": "stacked"]) {
                csrfField(session.csrfToken)
                el("label", ["for": "title"]) { "Title" }
                el("input", ["id": "title", "name": "title", "required": "", "value": form.title])
                el("label", ["for": "slug"]) { "Address (lowercase letters, digits, hyphens; blank to derive from the title)" }
                el("input", ["id": "slug", "name": "slug", "value": form.slug, "pattern": "[a-z0-9]+(-[a-z0-9]+)*"])
                el("label", ["for": "summary"]) { "Summary" }
                el("textarea", ["id": "summary", "name": "summary", "rows": "2"]) { form.summary }
                el("label", ["for": "original_entry"]) { "Original entry (Markdown)" }
                el("textarea", ["id": "original_entry", "name": "original_entry", "rows": "8"]) { form.originalEntry }
                el("label", ["for": "time_zone"]) { "Time zone of the stamps" }
                el("input", ["id": "time_zone", "name": "time_zone", "value": form.timeZone])
                el("button", ["type": "submit"]) { "Create and go live" }
            }
        }
    }

    struct UpdateForm: Sendable {
        var headline = ""
        var body = ""
        var keyEvent = false
        var pinned = false
        var error: String?
        var preview = false
    }

    static func story(layout: Layout, session: DeskSession, story: Story, updates: [Update],
                      events: [String: [ProposedEvent]], form: UpdateForm, notice: String?) -> String {
        layout.render(head("Desk: \(story.title)"), bodyClass: "desk") {
            userBar(session)
            el("h1") { story.title }
            el("p") {
                el("a", ["href": SiteRoute.story(story.slug).path]) { "View the public page" }
                " · status: \(story.status.rawValue)"
            }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let error = form.error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            if form.preview, !form.body.isEmpty {
                el("section", ["class": "preview"]) {
                    el("h2") { "Preview" }
                    el("div", ["class": "update"]) {
                        if !form.headline.isEmpty { el("h2") { form.headline } }
                        HTML.markdown(form.body)
                    }
                }
            }
            el("form", ["method": "post", "action": SiteRoute.deskStory(story.slug).path, "class": "stacked compose"]) {
                csrfField(session.csrfToken)
                el("h2") { "Post an update" }
                el("label", ["for": "headline"]) { "Headline (optional)" }
                el("input", ["id": "headline", "name": "headline", "value": form.headline])
                el("label", ["for": "body"]) { "Text (Markdown: *emphasis*, **strong**, [link](https://…), > quote, - list)" }
                el("textarea", ["id": "body", "name": "body", "rows": "8", "required": ""]) { form.body }
                flagBoxes(keyEvent: form.keyEvent, pinned: form.pinned)
                el("button", ["type": "submit", "name": "action", "value": "preview", "class": "secondary"]) { "Preview" }
                el("button", ["type": "submit", "name": "action", "value": "publish"]) { "Publish" }
            }
            if story.status != .ended {
                el("form", ["method": "post", "action": SiteRoute.deskStoryEnd(story.slug).path, "class": "inline",
                            "data-confirm": "End coverage of this story? Readers will see it as ended."]) {
                    csrfField(session.csrfToken)
                    el("button", ["type": "submit", "class": "danger"]) { "End coverage" }
                }
            }
            el("h2") { "Published updates" }
            el("ol", ["class": "desk-updates"]) {
                for update in updates {
                    el("li") {
                        el("strong") { update.kind == .section ? (update.headline ?? "Section") : "UPDATE \(Stamp.clock(update.publishedAt, zone: story.timeZone))" }
                        if update.keyEvent { " · key event" }
                        if update.pinned { " · pinned" }
                        if update.revision > 1 { " · revision \(update.revision)" }
                        el("p") { String(Markdown.plainText(update.body).prefix(200)) }
                        if let list = events[update.id], !list.isEmpty {
                            el("ul", ["class": "events"]) { for event in list { el("li") { event.summary } } }
                        }
                        el("a", ["href": SiteRoute.deskUpdate(update.id).path]) { "Edit" }
                        el("form", ["method": "post", "action": SiteRoute.deskUpdateDelete(update.id).path, "class": "inline",
                                    "data-confirm": "Delete this update? Readers are told it was removed."]) {
                            csrfField(session.csrfToken)
                            el("button", ["type": "submit", "class": "danger link"]) { "Delete" }
                        }
                    }
                }
            }
        }
    }

    static func editUpdate(layout: Layout, session: DeskSession, story: Story, update: Update,
                           revisions: [UpdateRevision], error: String?) -> String {
        layout.render(head("Edit update"), bodyClass: "desk") {
            userBar(session)
            el("h1") { "Edit update" }
            el("p") { el("a", ["href": SiteRoute.deskStory(story.slug).path]) { "Back to \(story.title)" } }
            if let error { el("p", ["class": "form-error", "role": "alert"]) { error } }
            el("form", ["method": "post", "action": SiteRoute.deskUpdate(update.id).path, "class": "stacked"]) {
                csrfField(session.csrfToken)
                el("label", ["for": "headline"]) { "Headline" }
                el("input", ["id": "headline", "name": "headline", "value": update.headline ?? ""])
                el("label", ["for": "body"]) { "Text" }
                el("textarea", ["id": "body", "name": "body", "rows": "10", "required": ""]) { update.body }
                flagBoxes(keyEvent: update.keyEvent, pinned: update.pinned)
                el("button", ["type": "submit"]) { "Save as a new revision" }
            }
            el("h2") { "Revisions" }
            el("ol", ["class": "revisions", "reversed": ""]) {
                for revision in revisions.reversed() {
                    el("li") {
                        el("p", ["class": "meta"]) {
                            "Revision \(revision.revision) · \(Stamp.day(revision.editedAt, zone: story.timeZone)) \(Stamp.clock(revision.editedAt, zone: story.timeZone))"
                            if let editor = revision.editor { " · \(editor)" }
                        }
                        if let headline = revision.headline { el("p") { el("strong") { headline } } }
                        el("pre", ["class": "revision-body"]) { revision.body }
                    }
                }
            }
        }
    }
}
