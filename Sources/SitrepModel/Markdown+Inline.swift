// MARK: - Inlines

/// Parses emphasis, strong emphasis, links and breaks inside one paragraph or list item.
///
/// Delimiter runs are matched ahead of time (each opener knows its next possible closer), and link
/// brackets are paired with a stack, so hostile input such as 100,000 `*` or `[` stays linear.
/// A run of one `*`/`_` is emphasis, two is strong, three is strong emphasis; it closes on the next
/// run of the same character and length. `_` does not open or close inside a word (snake_case).
struct MarkdownInlineParser {
    static let maximumDepth = 16
    static let maximumURLLength = 2048

    private struct Run {
        var start: Int
        var length: Int
        var canOpen: Bool
        var closer: Int?
        var end: Int { start + length }
    }

    private var chars: [Character] = []
    private var escaped: [Bool] = []
    private var runs: [Run] = []
    /// Index of the run starting at a character position.
    private var runAt: [Int: Int] = [:]
    /// Position of the `]` matching a `[`.
    private var bracketClose: [Int: Int] = [:]

    init(_ text: String) {
        var previousBackslash = false
        for character in text {
            if previousBackslash {
                previousBackslash = false
                if character.isASCII, character.isPunctuation || character.isSymbol {
                    chars.append(character)
                    escaped.append(true)
                    continue
                }
                chars.append("\\")
                escaped.append(false)
            }
            if character == "\\" {
                previousBackslash = true
            } else {
                chars.append(character)
                escaped.append(false)
            }
        }
        if previousBackslash {
            chars.append("\\")
            escaped.append(false)
        }
        findRuns()
        pairBrackets()
    }

    func parse() -> [MarkdownInline] {
        inlines(0..<chars.count, allowLinks: true, depth: 0)
    }

    // MARK: - Preparation

    private func isDelimiter(_ i: Int) -> Bool {
        (chars[i] == "*" || chars[i] == "_") && !escaped[i]
    }

    private mutating func findRuns() {
        var i = 0
        while i < chars.count {
            guard isDelimiter(i) else { i += 1; continue }
            let delimiter = chars[i]
            var end = i
            while end < chars.count, chars[end] == delimiter, !escaped[end] { end += 1 }
            let before: Character = i > 0 ? chars[i - 1] : " "
            let after: Character = end < chars.count ? chars[end] : " "
            var canOpen = !isSpace(after)
            var canClose = !isSpace(before)
            if delimiter == "_" {
                canOpen = canOpen && !(before.isLetter || before.isNumber)
                canClose = canClose && !(after.isLetter || after.isNumber)
            }
            runAt[i] = runs.count
            runs.append(Run(start: i, length: end - i, canOpen: canOpen, closer: canClose ? -1 : nil))
            i = end
        }
        // Walk backwards remembering the next closing run for each (character, length).
        var nextCloser: [String: Int] = [:]
        for index in runs.indices.reversed() {
            let key = "\(chars[runs[index].start])\(runs[index].length)"
            let isCloser = runs[index].closer != nil
            runs[index].closer = nextCloser[key]
            if isCloser { nextCloser[key] = index }
        }
    }

    private mutating func pairBrackets() {
        var open: [Int] = []
        for i in chars.indices where !escaped[i] {
            if chars[i] == "[" {
                open.append(i)
            } else if chars[i] == "]", let start = open.popLast() {
                bracketClose[start] = i
            }
        }
    }

    private func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character == "\r" || character == "\n"
    }

    // MARK: - Parsing

    private func inlines(_ range: Range<Int>, allowLinks: Bool, depth: Int) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var text = ""
        func flush() {
            if !text.isEmpty { result.append(.text(text)); text = "" }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let character = chars[i]
            if escaped[i] {
                text.append(character)
                i += 1
            } else if let runIndex = runAt[i] {
                let run = runs[runIndex]
                if run.canOpen, run.length <= 3, depth < Self.maximumDepth, let closerIndex = run.closer,
                   runs[closerIndex].start >= run.end, runs[closerIndex].end <= range.upperBound {
                    let closer = runs[closerIndex]
                    let inner = inlines(run.end..<closer.start, allowLinks: allowLinks, depth: depth + 1)
                    flush()
                    switch run.length {
                    case 1: result.append(.emphasis(inner))
                    case 2: result.append(.strong(inner))
                    default: result.append(.strong([.emphasis(inner)]))
                    }
                    i = closer.end
                } else {
                    text.append(String(repeating: character, count: run.length))
                    i = run.end
                }
            } else if character == "[", allowLinks, depth < Self.maximumDepth, let link = link(at: i, before: range.upperBound) {
                let label = inlines(i + 1..<link.close, allowLinks: false, depth: depth + 1)
                flush()
                if let url = link.url {
                    result.append(.link(text: label, url: url))
                } else {
                    result.append(contentsOf: label)
                }
                i = link.end
            } else if character == "\r" {
                flush()
                result.append(.lineBreak)
                i += 1
            } else if character == "\n" {
                text.append(" ")
                i += 1
            } else {
                text.append(character)
                i += 1
            }
        }
        flush()
        return merged(result)
    }

    /// `[label](target)` starting at `start`: the position of `]`, the end, and the target when it
    /// uses an allowed scheme (nil otherwise: the label is kept as text).
    private func link(at start: Int, before limit: Int) -> (close: Int, end: Int, url: String?)? {
        guard let close = bracketClose[start], close + 1 < limit, chars[close + 1] == "(" else { return nil }
        var url = ""
        var parens = 0
        var i = close + 2
        while i < limit, i - close < Self.maximumURLLength {
            let character = chars[i]
            if isSpace(character) || character.isASCII && character.asciiValue! < 0x20 { return nil }
            if !escaped[i] {
                if character == "(" { parens += 1 }
                if character == ")" {
                    if parens == 0 {
                        return (close, i + 1, Self.isAllowed(url) ? url : nil)
                    }
                    parens -= 1
                }
            }
            url.append(character)
            i += 1
        }
        return nil
    }

    static func isAllowed(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return Markdown.allowedSchemes.contains(url[..<colon].lowercased())
    }

    private func merged(_ nodes: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for node in nodes {
            if case .text(let next) = node, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(node)
            }
        }
        return result
    }
}
