/// One block of a body written in Sitrep's Markdown subset.
///
/// The subset: paragraphs, `*emphasis*` / `_emphasis_`, `**strong**`, `[links](https://…)`,
/// `> ` block quotes, `- ` / `* ` / `1. ` lists and hard line breaks (two trailing spaces or a
/// trailing backslash). Anything else (raw HTML, headings, code) is plain text. The web layer turns
/// this tree into escaped HTML; nothing here produces HTML.
public enum MarkdownBlock: Hashable, Sendable {
    case paragraph([MarkdownInline])
    case quote([MarkdownBlock])
    /// Each item is one run of inline content.
    case list(ordered: Bool, items: [[MarkdownInline]])
}

/// Inline content of a paragraph or list item.
public enum MarkdownInline: Hashable, Sendable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    /// `url` is always an http, https or mailto URL; other targets are dropped by the parser.
    case link(text: [MarkdownInline], url: String)
    case lineBreak
}

/// Why a body was refused, with the 1-based line it was found on and what to do about it.
public struct MarkdownError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable, CaseIterable {
        case tooLong, controlCharacter, rawHTML, unsafeLink
    }

    public var code: Code
    /// 1-based line of the offending text.
    public var line: Int
    /// A user-facing sentence saying what is wrong and how to fix it.
    public var message: String

    public init(code: Code, line: Int, message: String) {
        self.code = code
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Parsing, validation and plain-text rendering of the Markdown subset used for update bodies and
/// original entries.
public enum Markdown {
    /// The longest body accepted by `validate`, in characters.
    public static let maximumLength = 100_000
    /// Link schemes that survive parsing; any other link becomes its text alone.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Parses `text` into blocks. Never fails: anything outside the subset is kept as plain text,
    /// and links whose target is not http, https or mailto lose their target.
    public static func parse(_ text: String) -> [MarkdownBlock] {
        MarkdownBlockParser(text: text).parse()
    }

    /// Checks that `text` is acceptable as a stored body. Throws the first problem found.
    public static func validate(_ text: String) throws(MarkdownError) {
        try MarkdownValidator(text: text).run()
    }

    /// The text a reader sees, without markup: blocks separated by blank lines, list items on
    /// their own lines ("- " or "1. "), line breaks as newlines, links as their text.
    public static func plainText(_ blocks: [MarkdownBlock]) -> String {
        blocks.map(plainText(block:)).joined(separator: "\n\n")
    }

    /// `plainText(parse(text))`.
    public static func plainText(_ text: String) -> String {
        plainText(parse(text))
    }
}
