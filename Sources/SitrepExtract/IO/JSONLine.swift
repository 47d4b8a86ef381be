/// The fields `ExtractIO.items` reads from one JSON Lines object, read straight from its bytes when
/// the object is flat and every value is a string (as in the bench corpora and the desk's exports).
/// JSONSerialization builds a dictionary of boxed values per line, which cost more than extracting
/// a short report; this reader builds only the three strings. Anything else (a number, null, an
/// array or object value, a repeated field, a lone surrogate, invalid UTF-8 or JSON) makes `init`
/// fail, and the caller reads the line with JSONSerialization as before, so results and errors
/// are unchanged.
struct JSONLine {
    var id: String?
    var text: String?
    var published: String?

    init(id: String? = nil, text: String?, published: String?) {
        self.id = id
        self.text = text
        self.published = published
    }

    /// `range`: one line of `bytes`.
    init?(_ bytes: [UInt8], _ range: Range<Int>) {
        var reader = Reader(bytes: bytes, i: range.lowerBound, end: range.upperBound)
        reader.skipSpace()
        guard reader.take(0x7B) else { return nil }  // {
        reader.skipSpace()
        if reader.take(0x7D) { reader.skipSpace(); guard reader.i == reader.end else { return nil }; return }
        while true {
            // (a key must be valid UTF-8 too: JSONSerialization turns the line down otherwise; an
            // ASCII key is, and needs no String to say so)
            guard reader.string(), reader.scratch.allSatisfy({ $0 < 0x80 }) || String(validating: reader.scratch, as: UTF8.self) != nil else {
                return nil
            }
            // the field this key names (0 for one `items` does not read), told before the value
            // is read into the same scratch
            let field = reader.scratch.elementsEqual("id".utf8) ? 1
                : reader.scratch.elementsEqual("text".utf8) ? 2
                : reader.scratch.elementsEqual("published".utf8) ? 3 : 0
            reader.skipSpace()
            guard reader.take(0x3A) else { return nil }  // :
            reader.skipSpace()
            guard reader.string(), let value = String(validating: reader.scratch, as: UTF8.self) else { return nil }
            switch field {
            case 1: guard id == nil else { return nil }; id = value
            case 2: guard text == nil else { return nil }; text = value
            case 3: guard published == nil else { return nil }; published = value
            default: break
            }
            reader.skipSpace()
            if reader.take(0x2C) { reader.skipSpace(); continue }  // ,
            guard reader.take(0x7D) else { return nil }  // }
            reader.skipSpace()
            guard reader.i == reader.end else { return nil }
            return
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var i: Int
        let end: Int
        /// The last string read, unescaped UTF-8 (reused).
        var scratch: [UInt8] = []

        mutating func skipSpace() {
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }

        mutating func take(_ b: UInt8) -> Bool {
            guard i < end, bytes[i] == b else { return false }
            i += 1
            return true
        }

        /// Reads the string at `i` into `scratch`; false when there is none or it is not plain JSON.
        mutating func string() -> Bool {
            guard take(0x22) else { return false }
            scratch.removeAll(keepingCapacity: true)
            while i < end {
                // a run of plain bytes (no quote, backslash or control character), copied at once;
                // found eight bytes at a time, the last few one by one
                let run = i
                bytes.withUnsafeBytes { raw in
                    while i + 8 <= end {
                        let special = JSONBytes.special(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        if special != 0 { i += special.trailingZeroBitCount >> 3; return }
                        i += 8
                    }
                }
                while i < end, bytes[i] != 0x22, bytes[i] != 0x5C, bytes[i] >= 0x20 { i += 1 }
                if i > run { scratch.append(contentsOf: bytes[run..<i]) }
                guard i < end else { return false }
                let c = bytes[i]
                i += 1
                if c == 0x22 { return true }
                if c < 0x20 { return false }  // a raw control character: invalid JSON
                guard i < end else { return false }
                let e = bytes[i]
                i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: scratch.append(e)
                case 0x62: scratch.append(0x08)
                case 0x66: scratch.append(0x0C)
                case 0x6E: scratch.append(0x0A)
                case 0x72: scratch.append(0x0D)
                case 0x74: scratch.append(0x09)
                case 0x75:
                    guard var u = hex4() else { return false }
                    if u >= 0xD800, u < 0xDC00 {
                        // a surrogate pair; a lone half is left to JSONSerialization
                        guard take(0x5C), take(0x75), let low = hex4(), low >= 0xDC00, low < 0xE000 else { return false }
                        u = 0x10000 + (u - 0xD800) << 10 + (low - 0xDC00)
                    } else if u >= 0xDC00, u < 0xE000 {
                        return false
                    }
                    guard let scalar = Unicode.Scalar(u) else { return false }
                    UTF8.encode(scalar) { scratch.append($0) }
                default: return false
                }
            }
            return false
        }

        /// Four hex digits at `i`.
        mutating func hex4() -> UInt32? {
            guard end - i >= 4 else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }
    }
}
