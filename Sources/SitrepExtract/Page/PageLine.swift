import SitrepModel

/// One line of a page as the structure parser sees it, whether it came from a text file or from
/// HTML (where block elements end lines and anchors, images and quotes are remembered).
struct PageLine: Sendable {
    /// An `<a href>` inside the line: its text and its http(s) target.
    struct Anchor: Sendable {
        var text: String
        var url: String
    }

    var text: String
    /// 1-based line in the source file.
    var line: Int
    var anchors: [Anchor] = []
    /// Set for an `<img alt>` / `<figure>` line: always a photo, whatever its text looks like.
    var image: Photo? = nil
    /// Set for an HTML `<iframe>`/`<video>`/`<embed>` with an http(s) source.
    var videoURL: String? = nil
    var isQuote = false
    /// Set for an HTML `<h2>`…`<h6>` line: a section headline whatever its case.
    var isHeading = false

    var isBlank: Bool { text.isEmpty && image == nil && videoURL == nil }

    /// Lines of a plain-text page, trimmed, with 1-based line numbers.
    static func lines(ofText text: String) -> [PageLine] {
        var result: [PageLine] = []
        var number = 0
        // "\r\n" is a single Character in Swift, so it is matched as a separator of its own.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            result.append(PageLine(text: PageText.normalisedLine(raw), line: number))
        }
        return result
    }
}

/// Small text helpers shared by the page parsers.
enum PageText {
    /// Trims a line, turns tabs, no-break spaces and runs of spaces into single spaces, and drops
    /// control characters (a page's NUL or escape bytes must not reach a headline or a caption).
    static func normalisedLine(_ raw: some StringProtocol) -> String {
        // Fast path: printable ASCII with single inner spaces is already normal (most lines).
        var previousSpace = true
        var isNormal = true
        for byte in raw.utf8 {
            if byte == 0x20 {
                if previousSpace { isNormal = false; break }
                previousSpace = true
            } else if byte > 0x20 && byte < 0x7F {
                previousSpace = false
            } else {
                isNormal = false
                break
            }
        }
        if isNormal, !previousSpace { return String(raw) }
        var out = ""
        var pendingSpace = false
        for character in raw {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                if character.isWhitespace { pendingSpace = !out.isEmpty }
                continue
            }
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
