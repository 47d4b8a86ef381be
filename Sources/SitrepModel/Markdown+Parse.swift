// MARK: - Blocks

/// Splits a body into lines and groups them into paragraphs, quotes and lists.
struct MarkdownBlockParser {
    /// Quotes nested deeper than this keep their extra `>` as text (bounded recursion on hostile input).
    static let maximumQuoteDepth = 8

    private let lines: [Substring]

    init(text: String) {
        // "\r" is reused below as the hard-break marker handed to the inline parser, so line
        // endings are normalised first.
        let normalised = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        lines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func parse() -> [MarkdownBlock] {
        Self.blocks(lines[...], depth: 0)
    }

    private static func blocks(_ lines: ArraySlice<Substring>, depth: Int) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            if isBlank(line) {
                i += 1
            } else if depth < maximumQuoteDepth, quoteContent(line) != nil {
                var inner: [Substring] = []
                while i < lines.endIndex, let content = quoteContent(lines[i]) {
                    inner.append(content)
                    i += 1
                }
                result.append(.quote(blocks(inner[...], depth: depth + 1)))
            } else if let first = listItem(line) {
                var items: [[Substring]] = [[first.content]]
                i += 1
                while i < lines.endIndex {
                    let next = lines[i]
                    if let item = listItem(next) {
                        guard item.ordered == first.ordered else { break }
                        items.append([item.content])
                        i += 1
                    } else if isBlank(next) {
                        // A blank line ends the list unless another item of the same kind follows.
                        var j = i
                        while j < lines.endIndex, isBlank(lines[j]) { j += 1 }
                        guard j < lines.endIndex, let item = listItem(lines[j]), item.ordered == first.ordered else { break }
                        i = j
                    } else if quoteContent(next) != nil {
                        break
                    } else {
                        items[items.count - 1].append(next)
                        i += 1
                    }
                }
                result.append(.list(ordered: first.ordered, items: items.map(inlines(of:))))
            } else {
                var paragraph: [Substring] = [line]
                i += 1
                while i < lines.endIndex {
                    let next = lines[i]
                    if isBlank(next) || quoteContent(next) != nil { break }
                    if let item = listItem(next), !item.ordered || item.number == 1 { break }
                    paragraph.append(next)
                    i += 1
                }
                result.append(.paragraph(inlines(of: paragraph)))
            }
        }
        return result
    }

    // MARK: - Lines

    private static func isBlank(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Up to three spaces of indentation before a block marker, as in CommonMark.
    private static func dropIndent(_ line: Substring) -> Substring {
        var rest = line
        var spaces = 0
        while spaces < 3, rest.first == " " {
            rest = rest.dropFirst()
            spaces += 1
        }
        return rest
    }

    private static func quoteContent(_ line: Substring) -> Substring? {
        let rest = dropIndent(line)
        guard rest.first == ">" else { return nil }
        let content = rest.dropFirst()
        return content.first == " " ? content.dropFirst() : content
    }

    private static func listItem(_ line: Substring) -> (ordered: Bool, number: Int, content: Substring)? {
        let rest = dropIndent(line)
        guard let marker = rest.first else { return nil }
        if marker == "-" || marker == "*" || marker == "+" {
            let after = rest.dropFirst()
            guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
            return (false, 0, after.drop { $0 == " " || $0 == "\t" })
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let afterDigits = rest.dropFirst(digits.count)
        guard afterDigits.first == "." || afterDigits.first == ")" else { return nil }
        let after = afterDigits.dropFirst()
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return (true, Int(digits) ?? 0, after.drop { $0 == " " || $0 == "\t" })
    }

    // MARK: - Joining lines

    /// Joins the lines of one paragraph or item: "\n" for a soft break, "\r" for a hard break
    /// (two trailing spaces, or an unescaped trailing backslash).
    private static func inlines(of lines: [Substring]) -> [MarkdownInline] {
        var joined = ""
        for (index, raw) in lines.enumerated() {
            var line = raw.drop { $0 == " " || $0 == "\t" }
            let isLast = index == lines.count - 1
            var hardBreak = false
            if !isLast {
                let trailingSpaces = line.reversed().prefix { $0 == " " }.count
                if trailingSpaces >= 2 { hardBreak = true }
                line = line.dropLast(line.reversed().prefix { $0 == " " || $0 == "\t" }.count)
                let trailingBackslashes = line.reversed().prefix { $0 == "\\" }.count
                if trailingBackslashes % 2 == 1 {
                    hardBreak = true
                    line = line.dropLast()
                }
            } else {
                line = line.dropLast(line.reversed().prefix { $0 == " " || $0 == "\t" }.count)
            }
            joined += line
            if !isLast { joined += hardBreak ? "\r" : "\n" }
        }
        return MarkdownInlineParser(joined).parse()
    }
}
