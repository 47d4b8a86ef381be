import SitrepModel

/// Reads a published live-blog page — plain text or HTML — into a `LiveBlogPage`.
///
/// Files are turned into text with `decode(_:source:)` first (UTF-8 only, at most 5 MB).
public enum LiveBlogParser {
    /// Parses a page saved as plain text (one paragraph per line, blank lines between).
    public static func parse(text: String, source: String) throws(PageError) -> LiveBlogPage {
        try PageStructureParser(source: source, lines: PageLine.lines(ofText: text), knownTitle: nil).parse()
    }

    /// Parses a page saved as HTML. Scripts, styles, navigation, headers and footers are dropped;
    /// block elements end lines; `<img alt>` and `<figcaption>` become photo captions; `<a href>`
    /// targets (http and https only) become the URLs of See and feature links; the first `<h1>`
    /// (else `<title>`) is the page title.
    public static func parse(html: String, source: String) throws(PageError) -> LiveBlogPage {
        let document = HTMLPageText(html: html)
        return try PageStructureParser(source: source, lines: document.lines, knownTitle: document.title).parse()
    }
}
