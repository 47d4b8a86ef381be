import Foundation
import SitrepModel

/// Atom (RFC 4287) and JSON Feed 1.1 renderings of stories and their updates.
/// Entry ids are stable (`tag:` URIs built from the update id); an edit keeps the id and moves
/// `updated`, so feed readers replace the entry instead of adding a new one.
enum Feeds {
    struct Entry: Sendable {
        var story: Story
        var update: Update
    }

    static func tagID(base: String, _ suffix: String) -> String {
        let host = URL(string: base)?.host ?? "sitrep.invalid"
        return "tag:\(host),2016:\(suffix)"
    }

    static func entryTitle(_ update: Update, zone: String) -> String {
        if let headline = update.headline, !headline.isEmpty { return headline }
        let text = Markdown.plainText(update.body)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        let label = update.kind == .correction ? "CORRECTION" : "UPDATE"
        return "\(label) \(Stamp.clock(update.publishedAt, zone: zone)): \(first.prefix(100))"
    }

    /// An Atom feed. `self` is the feed's own route; `alternate` the HTML page.
    static func atom(title: String, subtitle: String?, feedID: String, selfRoute: SiteRoute, alternate: SiteRoute,
                     updated: Date, entries: [Entry], base: String) -> String {
        let feed = el("feed", ["xmlns": "http://www.w3.org/2005/Atom"]) {
            el("id") { feedID }
            el("title") { title }
            if let subtitle, !subtitle.isEmpty { el("subtitle") { subtitle } }
            el("updated") { ISO8601.string(updated) }
            el("link", ["rel": "self", "type": "application/atom+xml", "href": selfRoute.absoluteURL(base: base)])
            el("link", ["rel": "alternate", "type": "text/html", "href": alternate.absoluteURL(base: base)])
            el("author") { el("name") { "Sitrep" } }
            el("generator") { "Sitrep" }
            for entry in entries {
                el("entry") {
                    el("id") { tagID(base: base, "update:\(entry.update.id)") }
                    el("title") { entryTitle(entry.update, zone: entry.story.timeZone) }
                    el("published") { ISO8601.string(entry.update.publishedAt) }
                    el("updated") { ISO8601.string(entry.update.editedAt ?? entry.update.publishedAt) }
                    el("link", ["rel": "alternate", "type": "text/html",
                                "href": SiteRoute.story(entry.story.slug).absoluteURL(base: base) + "#update-\(entry.update.id)"])
                    el("author") { el("name") { entry.update.author ?? "Sitrep desk" } }
                    el("content", ["type": "html"]) {
                        UpdateArticle(update: entry.update, timeZone: entry.story.timeZone).html.render()
                    }
                }
            }
        }
        return feed.renderXML()
    }

    struct JSONFeed: Encodable {
        struct Item: Encodable {
            var id: String
            var url: String
            var title: String
            var content_html: String
            var content_text: String
            var date_published: String
            var date_modified: String?
            var authors: [Author]?
        }

        struct Author: Encodable {
            var name: String
        }

        var version = "https://jsonfeed.org/version/1.1"
        var title: String
        var home_page_url: String
        var feed_url: String
        var description: String?
        var language = "en"
        var items: [Item]
    }

    static func jsonFeed(story: Story, updates: [Update], base: String) -> String {
        let feed = JSONFeed(
            title: story.title,
            home_page_url: SiteRoute.story(story.slug).absoluteURL(base: base),
            feed_url: SiteRoute.storyJSONFeed(story.slug).absoluteURL(base: base),
            description: story.summary.isEmpty ? nil : story.summary,
            items: updates.map { update in
                JSONFeed.Item(
                    id: tagID(base: base, "update:\(update.id)"),
                    url: SiteRoute.story(story.slug).absoluteURL(base: base) + "#update-\(update.id)",
                    title: entryTitle(update, zone: story.timeZone),
                    content_html: UpdateArticle(update: update, timeZone: story.timeZone).html.render(),
                    content_text: Markdown.plainText(update.body),
                    date_published: ISO8601.string(update.publishedAt),
                    date_modified: update.editedAt.map { ISO8601.string($0) },
                    authors: update.author.map { [JSONFeed.Author(name: $0)] })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(feed), as: UTF8.self)) ?? "{}"
    }
}
