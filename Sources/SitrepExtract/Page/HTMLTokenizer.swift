/// One piece of an HTML document.
enum HTMLToken: Equatable, Sendable {
    /// Text with entities decoded, whitespace as written.
    case text(String, line: Int)
    /// A start tag; names are lowercased, attribute values entity-decoded.
    case start(name: String, attributes: [String: String], selfClosing: Bool, line: Int)
    case end(name: String, line: Int)
}

/// A small, tolerant HTML tokenizer: enough for reading an article page, not a browser.
///
/// Comments, doctypes and processing instructions are skipped; the content of `<script>` and
/// `<style>` is skipped whole; a `<` that does not open a tag is text. It never fails.
struct HTMLTokenizer {
    /// Elements whose content is not HTML and is dropped unread.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "noembed", "noframes"]

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    static func tokens(_ html: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(html)
        return tokenizer.run()
    }

    private mutating func run() -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var textStart = 0
        var textLine = 1
        func flushText(upTo end: Int) {
            if end > textStart {
                tokens.append(.text(HTMLEntities.decode(String(decoding: bytes[textStart..<end], as: UTF8.self)), line: textLine))
            }
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                advance()
                continue
            }
            let next = bytes[i + 1]
            let tagLine = line
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                flushText(upTo: i)
                if matches("<!--", at: i) {
                    skip(past: "-->")
                } else {
                    skip(past: ">")
                }
            } else if next == UInt8(ascii: "/"), i + 2 < bytes.count, isLetter(bytes[i + 2]) {
                flushText(upTo: i)
                i += 2
                let name = readName()
                skip(past: ">")
                tokens.append(.end(name: name, line: tagLine))
            } else if isLetter(next) {
                flushText(upTo: i)
                i += 1
                let name = readName()
                let (attributes, selfClosing) = readAttributes()
                tokens.append(.start(name: name, attributes: attributes, selfClosing: selfClosing, line: tagLine))
                if Self.rawTextElements.contains(name), !selfClosing {
                    skipRawText(of: name)
                    tokens.append(.end(name: name, line: line))
                }
            } else {
                advance()
                continue
            }
            textStart = i
            textLine = line
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    // MARK: - Scanning

    private mutating func advance() {
        if bytes[i] == 0x0A { line += 1 }
        i += 1
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func matches(_ text: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() {
            let actual = bytes[index + offset]
            if ignoringCase ? (actual | 0x20) != (byte | 0x20) : actual != byte { return false }
        }
        return true
    }

    private mutating func skip(past terminator: String) {
        while i < bytes.count, !matches(terminator, at: i) { advance() }
        i = min(bytes.count, i + terminator.utf8.count)
    }

    private mutating func skipRawText(of name: String) {
        while i < bytes.count, !matches("</" + name, at: i, ignoringCase: true) { advance() }
        skip(past: ">")
    }

    private mutating func readName() -> String {
        let start = i
        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") {
            i += 1
        }
        return String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
    }

    private mutating func readAttributes() -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { advance() }
            guard i < bytes.count else { break }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                return (attributes, false)
            }
            if bytes[i] == UInt8(ascii: "/") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: ">") {
                    i += 1
                    return (attributes, true)
                }
                continue
            }
            let start = i
            while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"),
                  bytes[i] != UInt8(ascii: "/") || i == start {
                i += 1
            }
            let name = String(decoding: bytes[start..<i], as: UTF8.self).lowercased()
            while i < bytes.count, isSpace(bytes[i]) { advance() }
            var value = ""
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < bytes.count, isSpace(bytes[i]) { advance() }
                if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    i += 1
                    let valueStart = i
                    while i < bytes.count, bytes[i] != quote { advance() }
                    value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                    if i < bytes.count { i += 1 }
                } else {
                    let valueStart = i
                    while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = HTMLEntities.decode(value) }
        }
        return (attributes, false)
    }
}
