import Foundation
import SitrepModel
import SitrepStore

/// The front page: live and recent stories, most recently updated first.
enum HomePage {
    struct Model: Sendable {
        var stories: [StorySummary]
    }

    struct View {
        var model: Model

        func render(layout: Layout) -> String {
            var head = Layout.Head(title: layout.siteName, description: "Live coverage of conflicts, update by update.", canonical: .home)
            head.feeds = [("All stories (Atom)", .siteAtom, "application/atom+xml")]
            return layout.render(head, bodyClass: "home") {
                el("h1", ["class": "visually-hidden"]) { "Live and recent coverage" }
                if model.stories.isEmpty {
                    el("p", ["class": "empty"]) { "No stories yet. Editors can start one from the desk." }
                }
                el("ol", ["class": "story-list"]) {
                    for summary in model.stories {
                        el("li", ["class": "story-card"]) {
                            el("h2") {
                                if summary.story.status == .live { el("span", ["class": "badge live"]) { "LIVE" } }
                                " "
                                el("a", ["href": SiteRoute.story(summary.story.slug).path]) { summary.story.title }
                            }
                            if !summary.story.summary.isEmpty { el("p", ["class": "summary"]) { summary.story.summary } }
                            if let latest = summary.latest {
                                el("p", ["class": "latest"]) {
                                    el("a", ["href": SiteRoute.story(summary.story.slug).path + "#update-\(latest.id)"]) {
                                        el("time", ["datetime": ISO8601.string(latest.publishedAt)]) {
                                            Stamp.clock(latest.publishedAt, zone: summary.story.timeZone)
                                        }
                                    }
                                    " "
                                    latest.headline ?? String(Markdown.plainText(latest.body).prefix(160))
                                }
                            }
                            el("p", ["class": "meta"]) {
                                "\(summary.updateCount) update\(summary.updateCount == 1 ? "" : "s") · "
                                Stamp.day(summary.story.updatedAt, zone: summary.story.timeZone)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `/search?q=`: full-text results with highlighted snippets.
enum SearchPage {
    struct Model: Sendable {
        var query: String
        var hits: [SearchHit]
    }

    struct View {
        var model: Model

        func render(layout: Layout) -> String {
            var head = Layout.Head(title: model.query.isEmpty ? "Search" : "Search: \(model.query)")
            head.noindex = true
            return layout.render(head, bodyClass: "search") {
                el("h1") { "Search" }
                el("form", ["action": SiteRoute.search(nil).path, "method": "get", "class": "search-large"]) {
                    el("label", ["for": "q2"]) { "Words to find" }
                    el("input", ["type": "search", "name": "q", "id": "q2", "value": model.query])
                    el("button", ["type": "submit"]) { "Search" }
                }
                if !model.query.isEmpty {
                    el("p", ["class": "count"]) { "\(model.hits.count) result\(model.hits.count == 1 ? "" : "s") for “\(model.query)”" }
                    el("ol", ["class": "results"]) {
                        for hit in model.hits {
                            el("li") {
                                el("a", ["href": SiteRoute.story(hit.story.slug).path + (hit.updateID.map { "#update-\($0)" } ?? "")]) { hit.title }
                                el("p", ["class": "snippet"]) { SearchPage.highlighted(hit.snippet) }
                                el("p", ["class": "meta"]) { hit.story.title }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Splits a snippet on the store's match markers into escaped text and `<mark>` elements.
    static func highlighted(_ snippet: String) -> HTML {
        var parts: [HTML] = []
        var current = ""
        var inMatch = false
        for character in snippet {
            if character == SearchHit.matchStart || character == SearchHit.matchEnd {
                if !current.isEmpty { parts.append(inMatch ? el("mark") { current } : .text(current)) }
                current = ""
                inMatch = character == SearchHit.matchStart
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { parts.append(inMatch ? el("mark") { current } : .text(current)) }
        return .group(parts)
    }
}
