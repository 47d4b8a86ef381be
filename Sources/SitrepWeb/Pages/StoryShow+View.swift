import Foundation
import SitrepModel

extension StoryShow {
    struct View {
        var model: Model

        func render(layout: Layout) -> String {
            let story = model.story
            var head = Layout.Head(title: story.title, description: story.summary.isEmpty ? nil : story.summary,
                                   canonical: .story(story.slug))
            head.feeds = [("\(story.title) (Atom)", .storyAtom(story.slug), "application/atom+xml"),
                          ("\(story.title) (JSON Feed)", .storyJSONFeed(story.slug), "application/feed+json")]
            head.jsonLD = model.jsonLD
            head.script = true
            let regular = model.updates.filter { $0.kind != .section }
            // Sections are the day's page read top to bottom: keep them in page (sequence) order.
            let sections = model.updates.filter { $0.kind == .section }.sorted { $0.sequence < $1.sequence }
            return layout.render(head, bodyClass: "story") {
                el("article", ["class": "story", "id": "story", "data-slug": story.slug.rawValue,
                               "data-live-url": SiteRoute.storyLive(story.slug).path,
                               "data-last-sequence": String(story.lastSequence),
                               "data-live": model.isFirstPage && story.status == .live ? "true" : "false"]) {
                    header(story)
                    if !model.keyEvents.isEmpty { keyEventsBox }
                    if !model.recordDays.isEmpty || !model.indicators.isEmpty { recordBox }
                    el("div", ["id": "live-bar", "class": "live-bar", "hidden": "", "role": "status", "aria-live": "polite"]) {
                        el("button", ["type": "button"]) { "New updates" }
                    }
                    el("div", ["id": "updates", "class": "updates"]) {
                        for update in regular {
                            UpdateArticle(update: update, timeZone: story.timeZone, events: model.proposedEvents[update.id] ?? []).html
                        }
                    }
                    if model.isFirstPage, !story.originalEntry.isEmpty {
                        el("section", ["id": "original-entry", "class": "original-entry"]) {
                            el("h2") { "Original entry" }
                            HTML.markdown(story.originalEntry)
                        }
                    }
                    if !story.seeAlso.isEmpty { seeAlso(story) }
                    if !sections.isEmpty {
                        el("div", ["class": "sections"]) {
                            for update in sections {
                                UpdateArticle(update: update, timeZone: story.timeZone, events: model.proposedEvents[update.id] ?? []).html
                            }
                        }
                    }
                    el("nav", ["class": "pager", "aria-label": "Pages of this story"]) {
                        if !model.isFirstPage {
                            el("a", ["href": SiteRoute.story(story.slug).path]) { "Latest updates" }
                        }
                        if let before = model.olderBefore {
                            el("a", ["href": SiteRoute.storyOlder(story.slug, before: before).path, "rel": "next"]) { "Older updates" }
                        }
                    }
                }
            }
        }

        private func header(_ story: Story) -> HTML {
            el("header", ["class": "story-head"]) {
                el("p", ["class": "meta"]) {
                    if story.status == .live { el("span", ["class": "badge live"]) { "LIVE" } }
                    if story.status == .ended { el("span", ["class": "badge ended"]) { "Coverage ended" } }
                    el("time", ["datetime": ISO8601.string(story.coverageStart ?? story.createdAt)]) {
                        Stamp.day(story.coverageStart ?? story.createdAt, zone: story.timeZone)
                    }
                }
                el("h1") { story.title }
                if !story.summary.isEmpty { el("p", ["class": "summary"]) { story.summary } }
                if let photo = story.leadPhoto { PhotoFigure(photo: photo, className: "lead-photo").html }
                if !story.features.isEmpty {
                    el("ul", ["class": "features"]) {
                        for feature in story.features {
                            el("li") { LinkView(link: feature).html }
                        }
                    }
                }
                if model.isFirstPage, !story.originalEntry.isEmpty {
                    el("p", ["class": "jump"]) { el("a", ["href": "#original-entry"]) { "Jump to original entry" } }
                }
            }
        }

        /// The story's record: a sparkline of its published incidents over its last 14 days of
        /// incidents, a map inset, and a link to them in the explorer.
        private var recordBox: HTML {
            let total = model.recordDays.reduce(0) { $0 + $1.incidents }
            let killed = model.recordDays.reduce(0) { $0 + $1.fatalities }
            var perDay: [String: Int] = [:]
            for day in model.recordDays { perDay[day.date, default: 0] += day.incidents }
            let recent = perDay.keys.sorted().suffix(14)
            let query = "story=\(SiteRoute.percentEncode(model.story.slug.rawValue))"
            return el("aside", ["class": "record-box", "aria-labelledby": "record-box-title"]) {
                el("h2", ["id": "record-box-title"]) { "The record" }
                el("p") {
                    el("a", ["href": SiteRoute.events(query).path]) {
                        "\(total) \(total == 1 ? "incident" : "incidents") from this story, \(killed) killed"
                    }
                    " "
                    Charts.sparkline(recent.map { (label: ChartDay($0)?.label() ?? $0, value: perDay[$0] ?? 0) }, name: "Incidents per day")
                }
                if !model.recordPoints.isEmpty {
                    el("figure", ["class": "map inset"]) {
                        MapView.inset(model.recordPoints)
                        el("figcaption") { el("a", ["href": SiteRoute.map(query).path]) { "Map of this story's incidents" } }
                    }
                }
                HTML.group(IndicatorCharts.charts(model.indicators, idPrefix: "story-indicator"))
            }
        }

        private var keyEventsBox: HTML {
            el("aside", ["class": "key-events", "aria-labelledby": "key-events-title"]) {
                el("h2", ["id": "key-events-title"]) { "Key events" }
                el("ol") {
                    for update in model.keyEvents {
                        el("li") {
                            el("a", ["href": model.updates.contains(where: { $0.id == update.id })
                                        ? "#update-\(update.id)"
                                        : SiteRoute.story(model.story.slug).path + "#update-\(update.id)"]) {
                                el("time", ["datetime": ISO8601.string(update.publishedAt)]) { Stamp.clock(update.publishedAt, zone: model.story.timeZone) }
                                " "
                                update.headline ?? String(Markdown.plainText(update.body).prefix(120))
                            }
                        }
                    }
                }
            }
        }

        private func seeAlso(_ story: Story) -> HTML {
            el("aside", ["class": "see-also"]) {
                el("h2") { "See also" }
                el("ul") {
                    for link in story.seeAlso {
                        el("li") { LinkView(link: link).html }
                    }
                }
            }
        }
    }
}

/// A titled link; plain text when the URL is missing or not http(s).
struct LinkView {
    var link: Link

    var html: HTML {
        if let url = link.url, SafeURL.isAllowed(url) {
            el("a", ["href": url]) { link.title }
        } else {
            .text(link.title)
        }
    }
}
