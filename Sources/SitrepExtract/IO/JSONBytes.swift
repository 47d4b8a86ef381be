/// Finding the bytes a JSON string must escape (a quote, a backslash, a control character) eight
/// at a time: reading JSON Lines and writing events both scan long runs of plain text for them.
enum JSONBytes {
    /// The high bit of each byte of `word` (read little-endian: the first byte lowest) that is a
    /// quote, a backslash or a control character. The lowest bit set marks the first such byte
    /// exactly (a borrow only runs upward from a byte that is one); bits above it may be spurious.
    @inline(__always) static func special(_ word: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: word)
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- ones &* 0x20) & ~w) & high
    }

    /// Whether `bytes` hold a byte a JSON string must escape.
    static func containsSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                if special(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) != 0 { return true }
                i += 8
            }
        }
        while i < bytes.count {
            if bytes[i] < 0x20 || bytes[i] == 0x22 || bytes[i] == 0x5C { return true }
            i += 1
        }
        return false
    }
}
