// Byte-level folding of words into lexicon keys, with no String allocations.
//
// Two keys per word:
// - `lex`: lowercase ASCII with diacritics removed and apostrophes dropped ("Sha’ar" → "shaar");
//   used for trigger words, numbers and cue phrases.
// - `geo`: `lex` folded further for transliteration variants (vowel runs → "a", doubled
//   consonants collapsed, q → k, final vowel+h dropped), so that "Touman" = "Tuman",
//   "Sha'ar" = "Shaer", "Deir" = "Dayr"; used for places, actors and sources.

enum Fold {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func hash(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* fnvPrime
    }

    /// Combines token hashes into a phrase hash (order-sensitive).
    @inline(__always) static func combine(_ h: UInt64, _ token: UInt64) -> UInt64 {
        var x = (h ^ token) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 31
        return x
    }

    static let phraseSeed: UInt64 = 0x51_7CC1_B727_220A

    /// Maps one Unicode scalar to up to two lowercase ASCII letters. Returns (0, 0) to drop the scalar
    /// (apostrophes, transliteration marks, combining accents).
    @inline(__always) static func foldScalar(_ v: UInt32) -> (UInt8, UInt8) {
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 0x41 && b <= 0x5A { return (b | 0x20, 0) }
            if b == 0x27 || b == 0x60 { return (0, 0) }
            return (b, 0)
        }
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return (0x61, 0)  // a
        case 0xC6, 0xE6: return (0x61, 0x65)
        case 0xC7, 0xE7, 0x106...0x10D: return (0x63, 0)
        case 0xD0, 0xF0, 0x10E...0x111: return (0x64, 0)
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return (0x65, 0)
        case 0x11C...0x123: return (0x67, 0)
        case 0x124...0x127: return (0x68, 0)
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return (0x69, 0)
        case 0x134, 0x135: return (0x6A, 0)
        case 0x136, 0x137: return (0x6B, 0)
        case 0x139...0x142: return (0x6C, 0)
        case 0xD1, 0xF1, 0x143...0x148: return (0x6E, 0)
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return (0x6F, 0)
        case 0x152, 0x153: return (0x6F, 0x65)
        case 0x154...0x159: return (0x72, 0)
        case 0x15A...0x161, 0x218, 0x219: return (0x73, 0)
        case 0xDF: return (0x73, 0x73)
        case 0x162...0x167, 0x21A, 0x21B: return (0x74, 0)
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return (0x75, 0)
        case 0x174, 0x175: return (0x77, 0)
        case 0xDD, 0xFD, 0xFF, 0x176...0x178: return (0x79, 0)
        case 0x179...0x17E: return (0x7A, 0)
        case 0x2BB...0x2BF, 0x2018, 0x2019, 0x300...0x36F: return (0, 0)  // ʿ ʾ ʼ ’ and combining marks
        case 0x1E00...0x1EFF:
            // Latin Extended Additional (ḥ ḍ ṣ ṭ ẓ ...): letters come in upper/lower pairs by base.
            return (extendedAdditionalBase(v), 0)
        default: return (0xFF, 0)  // some other letter: keep the word, mark it opaque
        }
    }

    private static func extendedAdditionalBase(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x1E00...0x1E01, 0x1EA0...0x1EB7: return 0x61
        case 0x1E02...0x1E07: return 0x62
        case 0x1E08...0x1E09: return 0x63
        case 0x1E0A...0x1E13: return 0x64
        case 0x1E14...0x1E1D, 0x1EB8...0x1EC7: return 0x65
        case 0x1E1E...0x1E1F: return 0x66
        case 0x1E20...0x1E21: return 0x67
        case 0x1E22...0x1E2B, 0x1E96: return 0x68
        case 0x1E2C...0x1E2F, 0x1EC8...0x1ECB: return 0x69
        case 0x1E30...0x1E35: return 0x6B
        case 0x1E36...0x1E3D: return 0x6C
        case 0x1E3E...0x1E43: return 0x6D
        case 0x1E44...0x1E4B: return 0x6E
        case 0x1E4C...0x1E53, 0x1ECC...0x1EE3: return 0x6F
        case 0x1E54...0x1E57: return 0x70
        case 0x1E58...0x1E5F: return 0x72
        case 0x1E60...0x1E69: return 0x73
        case 0x1E6A...0x1E71, 0x1E97: return 0x74
        case 0x1E72...0x1E7B, 0x1EE4...0x1EF1: return 0x75
        case 0x1E7C...0x1E7F: return 0x76
        case 0x1E80...0x1E89, 0x1E98: return 0x77
        case 0x1E8A...0x1E8D: return 0x78
        case 0x1E8E...0x1E8F, 0x1E99, 0x1EF2...0x1EF9: return 0x79
        case 0x1E90...0x1E95: return 0x7A
        default: return 0xFF
        }
    }

    @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75
    }

    /// Hash of the lex key in `lex` (already folded lowercase bytes).
    @inline(__always) static func lexHash(_ lex: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffset
        for b in lex { h = hash(h, b) }
        return h
    }

    /// The three keys of a word in one pass: `lexHash`, `stemHash` and `geoHash` of `lex`, computed
    /// side by side (three independent hash chains instead of three loops). Must agree with them.
    /// Vowels, doubled letters and run ends are data: they are folded with selects, not branches
    /// (mispredicted branches cost more than the hashing).
    @inline(__always) static func wordKeys(_ lex: UnsafeBufferPointer<UInt8>) -> (lex: UInt64, stem: UInt64, geo: UInt64) {
        let n = lex.count
        let stemEnd = stemLength(lex)
        var hl = fnvOffset, hg = fnvOffset
        // the stem is a prefix of the word: its hash is the lex hash after `stemEnd` bytes (taken,
        // not computed again: one multiply chain fewer)
        var hs = fnvOffset
        var last: UInt8 = 0
        var pending: UInt8 = 0  // as in `geoHash`
        var i = 0
        while i < n {
            let raw = lex[i]
            hl = hash(hl, raw)
            hs = i + 1 == stemEnd ? hl : hs
            let next: UInt8 = i + 1 < n ? lex[i + 1] : 0
            // the folded byte in integer arithmetic (LLVM turns the equivalent Bool logic back into
            // branches): bits of "a" + k for the vowels (0, 4, 8, 14, 20), w (22) and y (24)
            let k = UInt32(raw &- 0x61)
            let letter = UInt32(k < 26 ? 1 : 0)
            let sh = k & 31
            let notFirst = UInt32(i > 0 ? 1 : 0)
            let vowel = (0x0010_4111 >> sh) & letter
            let y = (0x0100_0000 >> sh) & letter & notFirst  // y: a vowel unless word-initial
            let aw = (0x0040_0000 >> sh) & letter & notFirst & UInt32(last == 0x61 ? 1 : 0)
                & (1 ^ ((0x0010_4111 >> (UInt32(next &- 0x61) & 31)) & UInt32(next &- 0x61 < 26 ? 1 : 0)))  // aw → a
            let toA = UInt8(truncatingIfNeeded: vowel | y | aw)
            let isQ = UInt8(raw == 0x71 ? 1 : 0)
            let c = raw &+ toA &* (0x61 &- raw) &+ isQ &* (0x6B &- 0x71)  // vowels → a, q → k
            // ck → k; a final vowel + h is dropped (the last byte): rare, so a branch
            if (raw == 0x63 && next == 0x6B) || (raw == 0x68 && i == n - 1 && last == 0x61 && n > 3) {
                i += 1
                continue
            }
            // a new run emits the pending byte (a 0 byte is never emitted but still ends a run)
            let newRun = UInt64(c != last ? 1 : 0)
            let emit = 0 &- (newRun & UInt64(pending != 0 ? 1 : 0))
            hg = (hash(hg, pending) & emit) | (hg & ~emit)
            pending = newRun != 0 ? c : pending
            last = c
            i += 1
        }
        if pending != 0 { hg = hash(hg, pending) }
        return (hl, hs, hg)
    }

    /// How many bytes of `lex` its stem keeps.
    @inline(__always) static func stemLength(_ lex: UnsafeBufferPointer<UInt8>) -> Int {
        var n = lex.count
        if n > 5, lex[n - 3] == 0x69, lex[n - 2] == 0x6E, lex[n - 1] == 0x67 { n -= 3 }  // -ing
        else if n > 4, lex[n - 2] == 0x65, lex[n - 1] == 0x64 { n -= 2 }  // -ed
        else if n > 4, lex[n - 2] == 0x65, lex[n - 1] == 0x73 { n -= 2 }  // -es
        else if n > 3, lex[n - 1] == 0x73, lex[n - 2] != 0x73 { n -= 1 }  // -s
        if n > 3, lex[n - 1] == 0x65 { n -= 1 }  // seize → seiz
        if n > 3, lex[n - 1] == lex[n - 2], !isVowel(lex[n - 1]) { n -= 1 }
        return n
    }

    /// The crude stem of a lex key (killed → kill, strikes → strik, protesters → protester), hashed.
    static func stemHash(_ lex: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = stemLength(lex)
        var h = fnvOffset
        for i in 0..<n { h = hash(h, lex[i]) }
        return h
    }

    /// Hash of the transliteration-folded key of `lex`.
    static func geoHash(_ lex: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = fnvOffset
        var last: UInt8 = 0
        let n = lex.count
        var i = 0
        var pending: UInt8 = 0  // a folded byte not yet emitted (to drop a final vowel + h)
        func emit(_ c: UInt8) {
            if c == last { return }
            if pending != 0 { h = hash(h, pending) }
            pending = c
            last = c
        }
        while i < n {
            var c = lex[i]
            let next: UInt8 = i + 1 < n ? lex[i + 1] : 0
            var vowel = isVowel(c)
            if c == 0x79 { vowel = i > 0 }  // y: a vowel unless word-initial
            if c == 0x77, i > 0, isVowel(last == 0x61 ? 0x61 : 0), !isVowel(next) { vowel = true }  // aw → a
            if vowel {
                c = 0x61
            } else if c == 0x71 {
                c = 0x6B  // q → k
            } else if c == 0x63, next == 0x6B {
                i += 1
                continue  // ck → k
            } else if c == 0x68, i == n - 1, last == 0x61, n > 3 {
                break  // final vowel + h: Raqqah = Raqqa
            }
            emit(c)
            i += 1
        }
        if pending != 0 { h = hash(h, pending) }
        return h
    }
}
