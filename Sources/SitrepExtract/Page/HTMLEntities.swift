/// Decodes HTML character references: numeric ones and the named ones common in news pages.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "bull": "\u{2022}",
        "middot": "\u{B7}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "times": "\u{D7}", "minus": "\u{2212}", "shy": "\u{AD}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "Eacute": "É", "Uuml": "Ü", "Ouml": "Ö", "Auml": "Ä", "szlig": "ß",
    ]

    /// Windows-1252 meanings of the C1 range, which pages often use in numeric references.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
        0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122,
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }.prefix(32)
            let hasSemicolon = after.dropFirst(name.count).first == ";"
            if let value = value(of: String(name), hasSemicolon: hasSemicolon) {
                out += value
                rest = after.dropFirst(name.count + (hasSemicolon ? 1 : 0))
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    private static func value(of name: String, hasSemicolon: Bool) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let number else { return nil }
            let mapped = windows1252[number] ?? number
            guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        // Without a semicolon only the legacy few are recognised, as browsers do.
        guard hasSemicolon || ["amp", "lt", "gt", "quot", "nbsp"].contains(name) else { return nil }
        return named[name] ?? named[name.lowercased()]
    }
}
