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
        // Line by line: a newline always ends a grapheme cluster, so lines escape independently.
        // Most lines are plain ASCII, where every byte is a character and a byte loop gives the
        // same result as the character loop at a fraction of its cost (imports escape every body).
        plain.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.allSatisfy { $0 < 0x80 } ? escapedASCIILine(line) : escapedLine(plain[line.startIndex..<line.endIndex])
        }.joined(separator: "\n")
    }

    /// One line of any text, character by character.
    static func escapedLine(_ raw: Substring) -> String {
        let cleaned = String(String.UnicodeScalarView(raw.unicodeScalars.filter {
            $0 == "\t" || !($0.value < 0x20 || (0x7F..<0xA0).contains($0.value))
        }))
        let line = cleaned[...].trimmingWhitespace()
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
    }

    /// One ASCII line, byte by byte, with exactly `escapedLine`'s rules: after the control
    /// characters are dropped the only whitespace left is space and tab.
    static func escapedASCIILine(_ raw: Substring.UTF8View) -> String {
        let kept = raw.filter { $0 == 0x09 || (0x20..<0x7F).contains($0) }
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = kept.firstIndex(where: { !isBlank($0) }), let last = kept.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        var out: [UInt8] = []
        out.reserveCapacity(last - first + 8)
        for byte in kept[first...last] {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: "`"):
                out += [UInt8(ascii: "\\"), byte]
            default: out.append(byte)
            }
        }
        let second = out.count > 1 ? out[1] : nil
        if out[0] == UInt8(ascii: ">") || ((out[0] == UInt8(ascii: "-") || out[0] == UInt8(ascii: "+")) && (second == nil || second == 0x20)) {
            out.insert(UInt8(ascii: "\\"), at: 0)
        } else {
            let digits = out.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            let rest = out.dropFirst(digits)
            if (1...9).contains(digits), rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ")"),
               rest.count == 1 || rest.dropFirst().first == 0x20 || rest.dropFirst().first == 0x09 {
                out.insert(UInt8(ascii: "\\"), at: digits)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

fileprivate extension Substring {
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
