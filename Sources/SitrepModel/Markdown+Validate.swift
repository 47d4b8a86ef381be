// MARK: - Validation

/// Finds the first thing in a body that Sitrep refuses to store: an over-long body, control
/// characters, raw HTML tags, or a script/data link target however it is disguised.
struct MarkdownValidator {
    static let forbiddenSchemes = ["javascript:", "vbscript:", "data:", "livescript:"]

    let text: String

    func run() throws(MarkdownError) {
        try checkLength()
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var escapedNext = false
        for (i, scalar) in scalars.enumerated() {
            defer { if scalar == "\n" { line += 1 } }
            if escapedNext {
                escapedNext = false
                // An escaped character is literal text, but it may still not be a control character.
                if !isControl(scalar, next: i + 1 < scalars.count ? scalars[i + 1] : nil) { continue }
            }
            if isControl(scalar, next: i + 1 < scalars.count ? scalars[i + 1] : nil) {
                let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                throw MarkdownError(
                    code: .controlCharacter, line: line,
                    message: "remove the invisible control character \(code); only tabs and line breaks are allowed"
                )
            }
            switch scalar {
            case "\\":
                escapedNext = true
            case "<":
                if let tag = tag(in: scalars, at: i) {
                    throw MarkdownError(
                        code: .rawHTML, line: line,
                        message: "raw HTML is not allowed (found \u{201C}\(tag)\u{201D}); remove the tag, or write \\< for a literal <"
                    )
                }
            case "]" where i + 1 < scalars.count && scalars[i + 1] == "(":
                let target = linkTarget(in: scalars, from: i + 2)
                if let scheme = forbiddenScheme(target) {
                    throw MarkdownError(
                        code: .unsafeLink, line: line,
                        message: "links to \(scheme) addresses are not allowed; use an http://, https:// or mailto: link"
                    )
                }
            default:
                break
            }
        }
    }

    private func checkLength() throws(MarkdownError) {
        var count = 0
        var line = 1
        for character in text {
            count += 1
            if count > Markdown.maximumLength {
                throw MarkdownError(
                    code: .tooLong, line: line,
                    message: "the text is longer than \(Markdown.maximumLength) characters; shorten it or split it into several updates"
                )
            }
            if character == "\n" || character == "\r\n" { line += 1 }
        }
    }

    // MARK: - Rules

    /// C0 controls except tab and newline (a carriage return is accepted only before a newline),
    /// DEL and the C1 controls.
    private func isControl(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x0D: next != "\n"
        case 0x00..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }

    /// `<tag`, `</tag`, `<!` and `<?` open markup; `<` before a space, digit or anything else is prose.
    private func tag(in scalars: [Unicode.Scalar], at i: Int) -> String? {
        guard i + 1 < scalars.count else { return nil }
        let next = scalars[i + 1]
        let opensTag: Bool
        if next.isASCIILetter || next == "!" || next == "?" {
            opensTag = true
        } else if next == "/", i + 2 < scalars.count, scalars[i + 2].isASCIILetter {
            opensTag = true
        } else {
            opensTag = false
        }
        guard opensTag else { return nil }
        var end = i + 1
        while end < scalars.count, end - i < 24, scalars[end] != ">", scalars[end] != "\n",
              scalars[end] != " " || end == i + 1 {
            end += 1
        }
        var snippet = String(String.UnicodeScalarView(scalars[i..<end]))
        if end < scalars.count, scalars[end] == ">" { snippet += ">" }
        return snippet
    }

    /// Only the start of a target decides its scheme; bounding the look keeps a body full of `](`
    /// linear. 256 characters leave room for padded entities (`&#0000106;`) and whitespace tricks.
    static let schemeWindow = 256

    /// The raw text after `(` up to its matching `)`, across lines, at most `schemeWindow` characters.
    private func linkTarget(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var depth = 0
        var end = start
        while end < scalars.count, end - start < Self.schemeWindow {
            if scalars[end] == "(" { depth += 1 }
            if scalars[end] == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Undoes the disguises a browser or a lenient parser might see through — entities, percent
    /// escapes, backslashes, whitespace and control characters anywhere — then checks the scheme.
    func forbiddenScheme(_ target: String) -> String? {
        var decoded = target
        for _ in 0..<3 {
            let next = MarkdownEntityDecoder.decode(percentDecoded(decoded))
            if next == decoded { break }
            decoded = next
        }
        let squeezed = String(String.UnicodeScalarView(decoded.unicodeScalars.filter {
            !($0.value <= 0x20 || (0x7F..<0xA0).contains($0.value) || $0 == "\\" || $0.properties.isWhitespace
              || $0.properties.generalCategory == .format)
        })).lowercased()
        return Self.forbiddenSchemes.first { squeezed.hasPrefix($0) }.map { String($0.dropLast()) }
    }

    private func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[i + 1...i + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Entities

/// Decodes numeric character references and the few named ones that matter for disguising a
/// scheme (`&colon;`, `&Tab;`, …). Used by the validator only; the parser never decodes entities.
enum MarkdownEntityDecoder {
    static let named: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "amp": "&",
        "nbsp": "\u{A0}", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "period": ".", "num": "#",
        "semi": ";", "equals": "=", "excl": "!", "quest": "?", "percnt": "%", "bsol": "\\",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&" else { out.append(scalars[i]); i += 1; continue }
            var j = i + 1
            var name = ""
            while j < scalars.count, j - i <= 12, scalars[j].isASCIILetter || scalars[j].properties.numericType != nil || scalars[j] == "#" {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            let hasSemicolon = j < scalars.count && scalars[j] == ";"
            if let value = reference(name) {
                out.append(contentsOf: value.unicodeScalars)
                i = hasSemicolon ? j + 1 : j
            } else {
                out.append("&")
                i += 1
            }
        }
        return String(out)
    }

    private static func reference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[name.lowercased()]
    }
}

fileprivate extension Unicode.Scalar {
    var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}

fileprivate extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
