import SitrepModel

extension HTML {
    /// Renders a body written in the Markdown subset. Links open as normal links with
    /// `rel="nofollow noopener"`; their URLs were restricted to http, https and mailto by the parser.
    public static func markdown(_ text: String) -> HTML {
        .group(Markdown.parse(text).map(block))
    }

    static func block(_ block: MarkdownBlock) -> HTML {
        switch block {
        case let .paragraph(inlines):
            el("p") { HTML.inlines(inlines) }
        case let .quote(blocks):
            el("blockquote") { HTML.group(blocks.map(HTML.block)) }
        case let .list(ordered, items):
            el(ordered ? "ol" : "ul") {
                for item in items {
                    el("li") { HTML.inlines(item) }
                }
            }
        }
    }

    static func inlines(_ inlines: [MarkdownInline]) -> HTML {
        .group(inlines.map(inline))
    }

    static func inline(_ inline: MarkdownInline) -> HTML {
        switch inline {
        case let .text(text): .text(text)
        case let .emphasis(children): el("em") { HTML.inlines(children) }
        case let .strong(children): el("strong") { HTML.inlines(children) }
        case let .link(text, url): el("a", ["href": url, "rel": "nofollow noopener"]) { HTML.inlines(text) }
        case .lineBreak: el("br")
        }
    }
}
