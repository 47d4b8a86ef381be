import Foundation
import SitrepModel
import SitrepRecord

// Render-only views of the review desk. Every form carries the session's CSRF token;
// destructive actions carry `data-confirm` (desk.js asks before submitting).

extension ReviewQueue {
    func render(layout: Layout) -> String {
        var head = DeskPages.head("Review queue")
        head.deskScript = true
        return layout.render(head, bodyClass: "desk review") {
            DeskPages.userBar(session)
            el("h1") { "Review queue" }
            el("form", ["method": "get", "action": SiteRoute.deskReview(.init()).path, "class": "filters"]) {
                el("label") {
                    "Status "
                    el("select", ["name": "status"]) {
                        for status in ["proposed", "published", "rejected", "merged", "all"] {
                            el("option", ["value": status, "selected": filter.status == status ? "" : nil]) { status }
                        }
                    }
                }
                el("label") {
                    "Story "
                    el("select", ["name": "story"]) {
                        el("option", ["value": ""]) { "All stories" }
                        for story in stories {
                            el("option", ["value": story.slug.rawValue, "selected": filter.story == story.slug.rawValue ? "" : nil]) { story.title }
                        }
                    }
                }
                el("label") {
                    "Type "
                    el("select", ["name": "event_type"]) {
                        el("option", ["value": ""]) { "All types" }
                        for type in eventTypes {
                            el("option", ["value": type, "selected": filter.eventType == type ? "" : nil]) { type }
                        }
                    }
                }
                el("button", ["type": "submit", "class": "secondary"]) { "Filter" }
            }
            el("p", ["class": "live-note", "id": "queue-live", "data-stream": SiteRoute.deskReviewLive.path, "hidden": ""]) {
                "New claims arrived. "
                el("a", ["href": SiteRoute.deskReview(filter).path]) { "Reload the queue" }
            }
            if items.isEmpty {
                el("p", ["class": "empty"]) { "Nothing to review here." }
            } else {
                el("table", ["class": "queue", "id": "queue"]) {
                    el("thead") {
                        el("tr") { el("th") { "Incident" }; el("th") { "What" }; el("th") { "Grade" }; el("th") { "Claims" }; el("th") { "Story" } }
                    }
                    el("tbody") {
                        for item in items {
                            el("tr", ["data-href": SiteRoute.deskIncident(item.incident.id).path]) {
                                el("td") { el("a", ["href": SiteRoute.deskIncident(item.incident.id).path]) { item.incident.id } }
                                el("td") {
                                    item.incident.summaryLine
                                    if item.incident.status != .proposed { " "; ReviewViews.statusBadge(item.incident.status) }
                                }
                                el("td") { ReviewViews.gradeBadge(item.incident) }
                                el("td") { String(item.claims) }
                                el("td") { item.stories.map(\.title).joined(separator: "; ") }
                            }
                        }
                    }
                }
            }
            if let next {
                el("p") { el("a", ["href": SiteRoute.deskReview(filter).path + (filter.query.isEmpty ? "?" : "&") + "cursor=\(SiteRoute.percentEncode(next))", "rel": "next"]) { "Older" } }
            }
            el("p", ["class": "shortcuts"]) { "Keys: j / k move, Enter opens." }
        }
    }
}

extension IncidentReview {
    func render(layout: Layout) -> String {
        var head = DeskPages.head("Review \(incident.id)")
        head.deskScript = true
        let csrf = session.csrfToken
        let action = SiteRoute.deskIncident(incident.id).path
        return layout.render(head, bodyClass: "desk review") {
            DeskPages.userBar(session)
            el("nav", ["class": "review-nav"]) {
                el("a", ["href": SiteRoute.deskReview(.init()).path]) { "Queue" }
                if let previous { " · "; el("a", ["href": SiteRoute.deskIncident(previous).path, "rel": "prev"]) { "Previous" } }
                if let next { " · "; el("a", ["href": SiteRoute.deskIncident(next).path, "rel": "next"]) { "Next" } }
            }
            el("h1") { "\(incident.id) · \(incident.summaryLine)" }
            el("p", ["class": "grade-line"]) {
                ReviewViews.statusBadge(incident.status)
                ReviewViews.gradeBadge(incident)
                incident.gradeReason
                if incident.gradeOverride != nil { el("span", ["class": "meta"]) { " (reviewer's grade; computed: \(incident.grade.rawValue))" } }
                if let merged = incident.mergedInto { " Merged into "; el("a", ["href": SiteRoute.deskIncident(merged).path]) { merged } }
            }
            if let notice { el("p", ["class": "notice", "role": "status"]) { notice } }
            if let error { el("p", ["class": "form-error", "role": "alert"]) { error } }

            if canReview && isOpen {
                el("div", ["class": "actions"]) {
                    if incident.status == .proposed {
                        el("form", ["method": "post", "action": action, "class": "inline", "id": "accept-form"]) {
                            DeskPages.csrfField(csrf)
                            el("input", ["type": "hidden", "name": "action", "value": "accept"])
                            el("button", ["type": "submit", "accesskey": "a"]) { "Accept and publish" }
                        }
                    }
                    el("form", ["method": "post", "action": action, "class": "inline reject",
                                "data-confirm": "Reject \(incident.id)? It leaves the public record."]) {
                        DeskPages.csrfField(csrf)
                        el("input", ["type": "hidden", "name": "action", "value": "reject"])
                        el("label", ["for": "reject-reason", "class": "visually-hidden"]) { "Why reject" }
                        el("input", ["id": "reject-reason", "name": "reason", "required": "", "placeholder": "Why: false, not an incident, duplicate…", "maxlength": "1000"])
                        el("button", ["type": "submit", "class": "danger"]) { "Reject" }
                    }
                }
            }

            el("section", ["class": "figures"]) {
                el("h2") { "Figures" }
                el("table", ["class": "figures"]) {
                    el("tr") { el("th") { "Killed" }; el("td") { ReviewViews.estimate(incident.figures.fatalities, incident.figures.fatalitiesLow, incident.figures.fatalitiesBest, incident.figures.fatalitiesHigh) } }
                    el("tr") { el("th") { "Injured" }; el("td") { ReviewViews.estimate(nil, incident.figures.injuredLow, incident.figures.injuredBest, incident.figures.injuredHigh) } }
                }
                el("ul", ["class": "by-source"]) {
                    for row in FigureRules.sideBySide(claims.map(\.claim)) {
                        el("li") {
                            el("strong") { row.source }
                            ": "
                            if row.denial { el("span", ["class": "denial"]) { "denies" } } else {
                                (row.killed.text.map { "\($0) killed" } ?? "no toll")
                                if let injured = row.injured.text { ", \(injured) injured" }
                            }
                        }
                    }
                }
            }

            el("section", ["class": "fields"]) {
                el("h2") { "Fields" }
                el("form", ["method": "post", "action": action, "class": "correct", "id": "correct-form"]) {
                    DeskPages.csrfField(csrf)
                    el("input", ["type": "hidden", "name": "action", "value": "correct"])
                    el("table", ["class": "fields"]) {
                        el("thead") { el("tr") { el("th") { "Field" }; el("th") { "Value" }; el("th") { "From" } } }
                        el("tbody") {
                            for (name, label) in Self.editable {
                                let value = incident.fields.value(of: name) ?? ""
                                el("tr", ["class": incident.corrections[name] != nil ? "corrected" : nil]) {
                                    el("th") { el("label", ["for": "f-\(name)"]) { label } }
                                    el("td") {
                                        if canReview && isOpen {
                                            el("input", ["id": "f-\(name)", "name": "f_\(name)", "value": value, "data-original": value,
                                                         "data-suggest": ReviewViews.suggestKind(name), "autocomplete": "off",
                                                         "list": ReviewViews.suggestKind(name).map { _ in "suggest-\(name)" }])
                                            if ReviewViews.suggestKind(name) != nil { el("datalist", ["id": "suggest-\(name)"]) }
                                        } else {
                                            value
                                        }
                                    }
                                    el("td", ["class": "from"]) { ReviewViews.provenance(name, incident: incident, claims: claims) }
                                }
                            }
                        }
                    }
                    if canReview && isOpen {
                        el("label", ["for": "correct-reason"]) { "Reason for the correction (optional)" }
                        el("input", ["id": "correct-reason", "name": "reason", "maxlength": "1000"])
                        el("button", ["type": "submit"]) { "Save corrections" }
                    }
                }
            }

            el("section", ["class": "claims"]) {
                el("h2") { "Claims (\(active.count))" }
                el("form", ["method": "post", "action": action, "id": "split-form"]) {
                    DeskPages.csrfField(csrf)
                    el("input", ["type": "hidden", "name": "action", "value": "split"])
                    for view in claims { ReviewViews.claim(view, selectable: canReview && isOpen && active.count > 1) }
                    if canReview && isOpen && active.count > 1 {
                        el("button", ["type": "submit", "class": "secondary"]) { "Split the ticked claims into a new incident" }
                    }
                }
            }

            if canReview && isOpen {
                el("section", ["class": "more-actions"]) {
                    el("h2") { "Grade, merge and move" }
                    el("form", ["method": "post", "action": action, "class": "inline"]) {
                        DeskPages.csrfField(csrf)
                        el("input", ["type": "hidden", "name": "action", "value": "grade"])
                        el("label", ["for": "grade"]) { "Grade " }
                        el("select", ["id": "grade", "name": "grade"]) {
                            for grade in Grade.allCases {
                                el("option", ["value": grade.rawValue, "selected": incident.effectiveGrade == grade ? "" : nil]) { grade.rawValue }
                            }
                        }
                        el("input", ["name": "reason", "required": "", "placeholder": "Why", "maxlength": "1000", "aria-label": "Why this grade"])
                        el("button", ["type": "submit", "class": "secondary"]) { "Override grade" }
                    }
                    el("form", ["method": "post", "action": action, "class": "inline",
                                "data-confirm": "Merge \(incident.id) into the other incident? Its claims move there."]) {
                        DeskPages.csrfField(csrf)
                        el("input", ["type": "hidden", "name": "action", "value": "merge"])
                        el("label", ["for": "into"]) { "Merge into " }
                        el("input", ["id": "into", "name": "into", "required": "", "placeholder": "SYR12", "pattern": "[A-Z]{3}[0-9]+", "size": "8"])
                        el("button", ["type": "submit", "class": "secondary"]) { "Merge" }
                    }
                    if active.count > 1 {
                        el("form", ["method": "post", "action": action, "class": "inline"]) {
                            DeskPages.csrfField(csrf)
                            el("input", ["type": "hidden", "name": "action", "value": "move"])
                            el("label", ["for": "move-claim"]) { "Move the claim " }
                            el("select", ["id": "move-claim", "name": "claim"]) {
                                for view in active { el("option", ["value": view.claim.id]) { "\(view.claim.source ?? "Own reporting") (\(view.claim.id.prefix(28)))" } }
                            }
                            el("label", ["for": "move-into"]) { " into " }
                            el("input", ["id": "move-into", "name": "into", "required": "", "placeholder": "SYR12", "pattern": "[A-Z]{3}[0-9]+", "size": "8"])
                            el("button", ["type": "submit", "class": "secondary"]) { "Move" }
                        }
                    }
                }
            }

            el("section", ["class": "history"]) {
                el("h2") { "History" }
                el("ol", ["class": "history"]) {
                    for entry in history.reversed() { ReviewViews.historyItem(entry) }
                }
            }
            el("p", ["class": "shortcuts"]) { "Keys: a accept, r reject, c correct, n / p next / previous, q queue." }
        }
    }
}

/// Pieces shared by the review pages.
enum ReviewViews {
    static func gradeBadge(_ incident: Incident) -> HTML { gradeBadge(incident.effectiveGrade, reason: incident.gradeReason) }

    static func gradeBadge(_ grade: Grade, reason: String) -> HTML {
        el("span", ["class": "badge grade-\(grade.rawValue)", "title": reason]) { grade.rawValue }
    }

    static func statusBadge(_ status: IncidentStatus) -> HTML {
        el("span", ["class": "badge status-\(status.rawValue)"]) { status.rawValue }
    }

    /// "30 (low 28 · best 30 · high 100)".
    static func estimate(_ conservative: Int?, _ low: Int?, _ best: Int?, _ high: Int?) -> String {
        guard low != nil || best != nil || high != nil else { return conservative.map { $0 > 0 ? String($0) : "none reported" } ?? "none reported" }
        let range = "low \(low.map(String.init) ?? "–") · best \(best.map(String.init) ?? "–") · high \(high.map(String.init) ?? "–")"
        return conservative.map { "\($0) (\(range))" } ?? range
    }

    static func suggestKind(_ field: String) -> String? {
        switch field {
        case "location": "place"
        case "actor1", "actor2": "actor"
        default: nil
        }
    }

    static func provenance(_ field: String, incident: Incident, claims: [IncidentReview.ClaimView]) -> HTML {
        if let corrected = incident.corrections[field] {
            let machine = claims.first { $0.claim.fields.value(of: field) != nil && !$0.claim.withdrawn }?.claim.fields.value(of: field)
            return .group([.text("reviewer"), machine.map { m in m != corrected ? .text(" (claims say: \(m))") : .empty } ?? .empty])
        }
        let ids = incident.fieldClaims[field] ?? []
        var names: [String] = []
        for id in ids {
            guard let view = claims.first(where: { $0.claim.id == id }) else { continue }
            let name = view.claim.source ?? "own reporting"
            if !names.contains(name) { names.append(name) }
        }
        return .text(names.joined(separator: ", "))
    }

    static func claim(_ view: IncidentReview.ClaimView, selectable: Bool) -> HTML {
        let c = view.claim
        return el("article", ["class": c.withdrawn ? "claim withdrawn" : "claim", "id": "claim-\(c.id)"]) {
            el("header") {
                if selectable && !c.withdrawn {
                    el("input", ["type": "checkbox", "name": "claims", "value": c.id, "aria-label": "Select claim \(c.id)"])
                }
                el("strong") { c.source ?? "Own reporting" }
                if let kind = view.source?.kind ?? c.sourceKind { el("span", ["class": "meta"]) { " · \(kind)" } }
                if let affiliation = view.source?.affiliation ?? c.affiliation, !affiliation.isEmpty { el("span", ["class": "meta"]) { " · \(affiliation)" } }
                if view.source?.draft == true { el("span", ["class": "badge"]) { "draft source" } }
                " "
                el("span", ["class": "badge certainty-\(c.certainty)"]) { c.certainty }
                if c.denial { el("span", ["class": "badge denial"]) { "denial" } }
                if c.withdrawn { el("span", ["class": "badge"]) { "withdrawn" } }
            }
            el("p", ["class": "claim-says"]) {
                c.fields.subEventType
                if let place = c.fields.location ?? c.fields.admin1 { " · \(place)" }
                " · \(c.fields.date)"
                if let killed = c.killed.text { " · \(killed) killed" }
                if let injured = c.injured.text { " · \(injured) injured" }
                if let actor = c.fields.actor1 { " · by \(actor)" }
            }
            el("blockquote", ["class": "evidence"]) { Evidence.highlight(view.text, offset: view.offset, marks: Evidence.marks(of: c)) }
            el("p", ["class": "meta"]) {
                c.isFromEntry ? "Claim \(c.id) · the story's original entry" : "Claim \(c.id) · revision \(c.revision)"
                if view.outdated { el("span", ["class": "outdated"]) { " · the update has been edited since" } }
                if let story = view.story {
                    " · "
                    el("a", ["href": SiteRoute.story(story.slug).path + (c.isFromEntry ? "" : "#update-\(c.updateID)")]) { "in \(story.title)" }
                }
            }
        }
    }

    static func historyItem(_ entry: HistoryEntry) -> HTML {
        el("li") {
            el("time", ["datetime": ISO8601DateFormatter().string(from: entry.at)]) { ISO8601DateFormatter().string(from: entry.at) }
            " · \(entry.actor) · \(entry.action.replacingOccurrences(of: "_", with: " "))"
            if let field = entry.field { " \(field)" }
            if let old = entry.oldValue, let new = entry.newValue { ": \(old) → \(new)" } else if let new = entry.newValue { ": \(new)" } else if let old = entry.oldValue { ": \(old)" }
            if let reason = entry.reason { el("span", ["class": "reason"]) { " — \(reason)" } }
        }
    }
}
