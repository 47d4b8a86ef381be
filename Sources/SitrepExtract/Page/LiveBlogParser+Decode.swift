// MARK: - Decoding bytes

extension LiveBlogParser {
    /// Pages larger than this (5 MiB) are refused before any parsing.
    public static let maximumBytes = 5 * 1024 * 1024

    /// Decodes a page file as UTF-8, refusing files over `maximumBytes` and any invalid UTF-8
    /// (overlong forms, surrogates, truncated sequences) with the 0-based byte offset and its line.
    /// A leading byte-order mark is dropped.
    public static func decode(_ bytes: [UInt8], source: String) throws(PageError) -> String {
        if bytes.count > maximumBytes {
            let line = 1 + bytes[..<maximumBytes].lazy.filter { $0 == 0x0A }.count
            throw PageError(
                code: .tooLarge, source: source, line: line,
                message: "the file is \(bytes.count) bytes; pages over 5 MB (\(maximumBytes) bytes) are not imported — split the page"
            )
        }
        var line = 1
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else {
                let hex = String(byte, radix: 16, uppercase: true)
                throw PageError(
                    code: .invalidUTF8, source: source, line: line,
                    message: "invalid UTF-8 at byte \(i) (0x\(hex.count < 2 ? "0" : "")\(hex)); save the file as UTF-8"
                )
            }
            i += length
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 (Unicode Table 3-7).
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let ranges: [ClosedRange<UInt8>]
        switch lead {
        case 0xC2...0xDF: ranges = [0x80...0xBF]
        case 0xE0: ranges = [0xA0...0xBF, 0x80...0xBF]
        case 0xE1...0xEC, 0xEE...0xEF: ranges = [0x80...0xBF, 0x80...0xBF]
        case 0xED: ranges = [0x80...0x9F, 0x80...0xBF]
        case 0xF0: ranges = [0x90...0xBF, 0x80...0xBF, 0x80...0xBF]
        case 0xF1...0xF3: ranges = [0x80...0xBF, 0x80...0xBF, 0x80...0xBF]
        case 0xF4: ranges = [0x80...0x8F, 0x80...0xBF, 0x80...0xBF]
        default: return 0
        }
        for (offset, range) in ranges.enumerated() {
            let index = i + 1 + offset
            guard index < bytes.count, range.contains(bytes[index]) else { return 0 }
        }
        return ranges.count + 1
    }
}
