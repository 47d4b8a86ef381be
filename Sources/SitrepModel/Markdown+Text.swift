// MARK: - Plain text

extension Markdown {
    static func plainText(block: MarkdownBlock) -> String {
        switch block {
        case .paragraph(let inlines):
            return plainText(inlines: inlines)
        case .quote(let blocks):
            return plainText(blocks)
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                (ordered ? "\(index + 1). " : "- ") + plainText(inlines: item)
            }.joined(separator: "\n")
        }
    }

    static func plainText(inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .emphasis(let children), .strong(let children): plainText(inlines: children)
            case .link(let text, _): plainText(inlines: text)
            case .lineBreak: "\n"
            }
        }.joined()
    }

    // MARK: - Escaping

    /// Turns plain text into Markdown-subset text that reads the same: every character the subset
    /// would interpret is backslash-escaped, line-start markers (`>`, `- `, `1. `) are neutralised,
    /// control characters other than tab and newline are dropped, and each line is trimmed.
    /// Blank lines still separate paragraphs; a single newline becomes a space when rendered.
    ///
    /// `plainText(parse(escaped(s)))` equals `s` with its whitespace normalised, and the result
    /// always passes `validate` (when short enough).
    public static func escaped(_ plain: String) -> String {
        let cleaned = String(String.UnicodeScalarView(plain.unicodeScalars.filter {
            $0 == "\n" || $0 == "\t" || !($0.value < 0x20 || (0x7F..<0xA0).contains($0.value))
        }))
        return cleaned.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            let line = raw.trimmingWhitespace()
            var out = ""
            for character in line {
                switch character {
                case "\\", "*", "_", "[", "]", "<", "`": out += "\\\(character)"
                default: out.append(character)
                }
            }
            if out.hasPrefix(">") || out.hasPrefix("- ") || out.hasPrefix("+ ") || out == "-" || out == "+" {
                out = "\\" + out
            } else {
                let digits = out.prefix { $0.isASCII && $0.isNumber }
                let rest = out.dropFirst(digits.count)
                if (1...9).contains(digits.count), rest.first == "." || rest.first == ")",
                   rest.count == 1 || rest.dropFirst().first == " " || rest.dropFirst().first == "\t" {
                    out = digits + "\\" + rest
                }
            }
            return out
        }.joined(separator: "\n")
    }
}

fileprivate extension Substring {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
