import Foundation
import SitrepModel
import SitrepStore

/// One update as an `<article>`: used by the story page and by the live stream, so a pushed
/// update looks exactly like a rendered one.
struct UpdateArticle {
    var update: Update
    var timeZone: String
    var events: [ProposedEvent] = []

    var stampLabel: String {
        switch update.kind {
        case .update: "UPDATE \(Stamp.clock(update.publishedAt, zone: timeZone))"
        case .correction: "CORRECTION \(Stamp.clock(update.publishedAt, zone: timeZone))"
        case .section: ""
        }
    }

    var html: HTML {
        let classes = ["update", "kind-\(update.kind.rawValue)", update.keyEvent ? "key-event" : "", update.pinned ? "pinned" : ""]
            .filter { !$0.isEmpty }.joined(separator: " ")
        return el("article", ["class": classes, "id": "update-\(update.id)", "data-sequence": String(update.sequence)]) {
            el("header") {
                if update.kind != .section {
                    el("a", ["class": "stamp", "href": "#update-\(update.id)"]) {
                        el("time", ["datetime": ISO8601.string(update.publishedAt)]) { stampLabel }
                    }
                }
                if update.pinned { el("span", ["class": "badge pinned"]) { "Pinned" } }
                if update.keyEvent { el("span", ["class": "badge key"]) { "Key event" } }
                if let headline = update.headline, !headline.isEmpty {
                    el("h2") {
                        if update.kind == .section {
                            el("a", ["href": "#update-\(update.id)"]) { headline }
                        } else {
                            headline
                        }
                    }
                }
            }
            el("div", ["class": "body"]) { HTML.markdown(update.body) }
            for photo in update.photos { PhotoFigure(photo: photo).html }
            if !update.videos.isEmpty {
                el("ul", ["class": "videos"]) {
                    for video in update.videos {
                        el("li") {
                            if let url = video.url, SafeURL.isAllowed(url) {
                                el("a", ["href": url, "rel": "nofollow noopener"]) { "Video: \(video.title)" }
                            } else {
                                "Video: \(video.title)"
                            }
                        }
                    }
                }
            }
            if let editedAt = update.editedAt {
                el("p", ["class": "edited"]) {
                    el("time", ["datetime": ISO8601.string(editedAt)]) { "edited \(Stamp.clock(editedAt, zone: timeZone))" }
                }
            }
            if !events.isEmpty {
                el("ul", ["class": "events", "aria-label": "Events extracted from this update (proposed, not yet reviewed)"]) {
                    for event in events {
                        el("li") { event.summary }
                    }
                }
            }
        }
    }
}

/// A photo with caption and credit; a caption without an image is shown as a captioned placeholder.
struct PhotoFigure {
    var photo: Photo
    var className = "photo"

    var html: HTML {
        let hasImage = photo.url.map(SafeURL.isAllowed) ?? false
        return el("figure", ["class": hasImage ? className : "\(className) placeholder"]) {
            if hasImage, let url = photo.url {
                el("img", ["src": url, "alt": photo.caption, "loading": "lazy"])
            }
            el("figcaption") {
                photo.caption
                if let credit = photo.credit, !credit.isEmpty {
                    " "
                    el("span", ["class": "credit"]) { "(\(credit))" }
                }
            }
        }
    }
}

/// Only http, https and mailto URLs are ever rendered as links or image sources.
enum SafeURL {
    static func isAllowed(_ url: String) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
