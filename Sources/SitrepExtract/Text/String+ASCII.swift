extension String {
    /// `contains(needle)` for an ASCII `needle` without line breaks, by a byte search when this
    /// string is ASCII too: each ASCII character is then one byte and the needle cannot meet the
    /// one two-byte character ("\r\n"), so the answer is the same. Any other string goes to the
    /// standard library's character-wise search, which costs thousands of instructions a call.
    func containsASCII(_ needle: String) -> Bool {
        var hay = self, pattern = needle
        let found: Bool? = hay.withUTF8 { h in
            pattern.withUTF8 { p in
                guard !p.isEmpty, h.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard h.count >= p.count else { return false }
                for i in 0...(h.count - p.count) where h[i] == p[0] {
                    var k = 1
                    while k < p.count, h[i + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
                return false
            }
        }
        return found ?? contains(needle)
    }
}
