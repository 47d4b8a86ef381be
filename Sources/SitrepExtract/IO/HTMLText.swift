/// A small tolerant HTML-to-text converter: drops tags, scripts, styles and comments, decodes
/// entities, and keeps block boundaries as blank lines so paragraphs and headlines survive.
public enum HTMLText {
    static let blockTags: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                                         "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "hr", "pre", "dd", "dt"]

    public static func text(fromHTML html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        func lowerName(_ from: Int) -> (String, Int) {
            var j = from
            var name: [UInt8] = []
            while j < n, name.count < 16, (bytes[j] >= 0x41 && bytes[j] <= 0x5A) || (bytes[j] >= 0x61 && bytes[j] <= 0x7A) || (bytes[j] >= 0x30 && bytes[j] <= 0x39) {
                name.append(bytes[j] | 0x20)
                j += 1
            }
            return (String(decoding: name, as: UTF8.self), j)
        }
        func skipPast(_ needle: [UInt8], from: Int) -> Int {
            var j = from
            while j + needle.count <= n {
                var match = true
                for k in 0..<needle.count where (bytes[j + k] | (needle[k] >= 0x61 ? 0x20 : 0)) != needle[k] { match = false; break }
                if match { return j + needle.count }
                j += 1
            }
            return n
        }
        func paragraphBreak() {
            while let last = out.last, last == 0x20 { out.removeLast() }
            if out.isEmpty { return }
            if out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { return }
            if out.last == 0x0A { out.append(0x0A) } else { out.append(contentsOf: [0x0A, 0x0A]) }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x3C {  // <
                if i + 3 < n, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                    i = skipPast(Array("-->".utf8), from: i + 4)
                    continue
                }
                let closing = i + 1 < n && bytes[i + 1] == 0x2F
                let (name, after) = lowerName(i + (closing ? 2 : 1))
                if name.isEmpty, !closing, !(i + 1 < n && bytes[i + 1] == 0x21) {
                    out.append(b)  // a bare "<" in text
                    i += 1
                    continue
                }
                // find the end of the tag, honouring quoted attribute values
                var j = after
                var quote: UInt8 = 0
                while j < n {
                    let c = bytes[j]
                    if quote != 0 { if c == quote { quote = 0 } } else if c == 0x22 || c == 0x27 { quote = c } else if c == 0x3E { break }
                    j += 1
                }
                i = min(n, j + 1)
                if !closing, name == "script" || name == "style" || name == "noscript" || name == "template" {
                    i = skipPast(Array("</\(name)".utf8), from: i)
                    i = skipPast([0x3E], from: i)
                    continue
                }
                if blockTags.contains(name) {
                    if name == "br" { out.append(0x0A) } else { paragraphBreak() }
                } else if out.last != 0x20, out.last != 0x0A, !out.isEmpty, name == "td" || name == "th" {
                    out.append(0x20)
                }
                continue
            }
            if b == 0x26 {  // &
                var j = i + 1
                while j < n, j - i < 12, bytes[j] != 0x3B, bytes[j] != 0x20, bytes[j] != 0x3C { j += 1 }
                if j < n, bytes[j] == 0x3B, let decoded = entity(String(decoding: bytes[(i + 1)..<j], as: UTF8.self)) {
                    out.append(contentsOf: Array(decoded.utf8))
                    i = j + 1
                    continue
                }
                out.append(b)
                i += 1
                continue
            }
            if b == 0x0A || b == 0x0D || b == 0x09 || b == 0x20 {
                if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        while let last = out.last, last == 0x20 || last == 0x0A { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    static func entity(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let hex = name.dropFirst().first == "x" || name.dropFirst().first == "X"
            let digits = name.dropFirst(hex ? 2 : 1)
            guard let v = UInt32(digits, radix: hex ? 16 : 10), let s = Unicode.Scalar(v) else { return nil }
            return String(Character(s))
        }
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "rsquo": return "\u{2019}"
        case "lsquo": return "\u{2018}"
        case "rdquo": return "\u{201D}"
        case "ldquo": return "\u{201C}"
        case "ndash": return "\u{2013}"
        case "mdash": return "\u{2014}"
        case "hellip": return "\u{2026}"
        case "eacute": return "é"
        case "aacute": return "á"
        case "iacute": return "í"
        case "oacute": return "ó"
        case "uacute": return "ú"
        case "ccedil": return "ç"
        case "uuml": return "ü"
        case "ouml": return "ö"
        default: return nil
        }
    }
}
