/// Splits UTF-8 bytes into tokens and sentences in one linear pass. Never allocates per token
/// beyond the token array itself; the lex key of a word is built in a fixed scratch buffer.
struct Tokenizer {
    static let maxKeyBytes = 48

    /// Lex hashes of abbreviations that do not end a sentence ("Gen.", "Mr."): tested at every
    /// full stop after a word, so a `WordSet` (no SipHash per test).
    var abbreviations: WordSet
    /// The lexicon's articles and stop words, their ids the flags to set (`Lexicon.articleStopTable`):
    /// when given, words come out with `.article` and `.stop` set, and the word-key cache keeps them
    /// with the word's keys (one probe per distinct word, not one per word).
    var articlesAndStops: PhraseTable? = nil
    /// The tables whose first words are marked on each word (see `WordStarts`; none: every word).
    var starts: WordStarts = .none

    init(abbreviations: Set<UInt64>, articlesAndStops: PhraseTable? = nil, starts: WordStarts = .none) {
        self.abbreviations = WordSet(hashes: Array(abbreviations))
        self.articlesAndStops = articlesAndStops
        self.starts = starts
    }

    /// Whether tokens come out with their `.article` and `.stop` flags.
    var marksArticlesAndStops: Bool { articlesAndStops != nil }

    /// The flags `table` gives the lex key `lex` (none when it holds no such word).
    @inline(__always) static func wordFlags(_ lex: UInt64, _ table: PhraseTable) -> UInt64 {
        var flags: UInt64 = 0
        let postings = table.postings
        for p in table.lookupRange(lex) { flags |= UInt64(postings[p]) }
        return flags
    }

    /// A word's flags from its keys: its article and stop flags (`table`) and the phrases it may
    /// start (`starts`).
    @inline(__always) static func wordFlags(_ lex: UInt64, stem: UInt64, geo: UInt64, _ table: PhraseTable, _ starts: WordStarts) -> UInt64 {
        wordFlags(lex, table) | starts.flags(stem: stem, geo: geo)
    }

    /// `wordCache`: the cache of word keys to read and fill; without one, a text of
    /// `WordKeyCache.minimumBytes` or more gets its own.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, wordCache: WordKeyCache? = nil) -> [Token] {
        let cache = wordCache ?? (bytes.count >= WordKeyCache.minimumBytes ? WordKeyCache(textBytes: bytes.count) : nil)
        // the key scratch lives on the stack: no array uniqueness checks per byte
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Tokenizer.maxKeyBytes) { scratch in
            // (initialized: the word-key cache reads whole 8-byte words of it)
            scratch.initialize(repeating: 0)
            return tokenize(bytes, scratch: scratch, cache: cache, marks: articlesAndStops ?? Tokenizer.noMarks)
        }
    }

    @inline(__always) private static func pendingFlags(sawText: Bool, newlines: Int, inQuote: Bool) -> Token.Flags {
        // (not `[]`: an array literal allocates and releases an empty array per token)
        var f = Token.Flags(rawValue: 0)
        if !sawText || newlines > 0 { f.insert(.lineStart) }
        if !sawText || newlines > 1 { f.insert(.paraStart) }
        if inQuote { f.insert(.quoted) }
        return f
    }

    /// An empty table of articles and stop words: a tokenizer given none marks no word.
    private static let noMarks = PhraseTable(pairs: [], maxTokens: 1)

    /// `marks`: the articles and stop words to flag (unwrapped once here, not per word).
    private func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>, cache: WordKeyCache?,
                          marks: PhraseTable) -> [Token] {
        // written into a buffer and copied out once (see `GrowingBuffer`)
        var tokens = GrowingBuffer<Token>(capacity: bytes.count / 5 + 4)
        var i = 0
        let n = bytes.count
        var newlines = 0
        var sawText = false
        var inQuote = false

        while i < n {
            let b = bytes[i]
            // MARK: whitespace
            if b == 0x0A { newlines += 1; i += 1; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { i += 1; continue }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { i += 2; continue }  // NBSP

            let (scalar, width) = Tokenizer.decode(bytes, i)
            // MARK: numbers
            if b >= 0x30 && b <= 0x39 {
                var j = i
                var value = 0.0
                var digits: Int32 = 0
                var fraction = 0.0
                var inFraction = false
                while j < n {
                    let c = bytes[j]
                    if c >= 0x30 && c <= 0x39 {
                        if digits < 18 {
                            if inFraction { fraction /= 10; value += Double(c - 0x30) * fraction } else { value = value * 10 + Double(c - 0x30) }
                        }
                        digits += 1
                        j += 1
                    } else if c == 0x2C, !inFraction, j + 3 < n || j + 3 == n,
                              Tokenizer.threeDigits(bytes, j + 1) {
                        j += 1  // thousands separator
                    } else if c == 0x2E, !inFraction, j + 1 < n, bytes[j + 1] >= 0x30, bytes[j + 1] <= 0x39 {
                        inFraction = true
                        fraction = 1
                        j += 1
                    } else {
                        break
                    }
                }
                var flags = Tokenizer.pendingFlags(sawText: sawText, newlines: newlines, inQuote: inQuote)
                if j < n, bytes[j] == 0x2B { flags.insert(.plus) }
                tokens.append(Token(start: Int32(i), end: Int32(j), kind: .number, mark: 0, flags: flags,
                                    lex: 0, geo: 0, stem: 0, value: value, length: digits))
                newlines = 0
                sawText = true
                if j < n, bytes[j] == 0x2D, j + 1 < n, Tokenizer.isWordStart(bytes, j + 1) {
                    tokens[tokens.count - 1].flags.insert(.hyphenNext)
                    i = j + 1
                } else {
                    i = j
                }
                continue
            }
            // MARK: words
            // an ASCII letter is decided by its byte: the scalar is folded only past ASCII
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || (scalar >= 0x80 && Fold.foldScalar(scalar).0 != 0 && !Tokenizer.isPunctScalar(scalar))
            if isLetter {
                var j = i
                var keyLen = 0
                var letters: Int32 = 0
                var upper = 0
                var opaque = false
                var possessiveAt = -1
                let firstUpper = (b >= 0x41 && b <= 0x5A) || (scalar >= 0xC0 && scalar <= 0xDE) || Tokenizer.isUpperExtended(scalar)
                while j < n {
                    // most of a word is a run of lowercase ASCII letters: eight bytes are tested in
                    // one word and stored together (bytes past the run are stored but not counted:
                    // the key is `scratch[0..<keyLen]`) ...
                    while j + 8 <= n, keyLen + 8 <= Tokenizer.maxKeyBytes {
                        let w = UnsafeRawPointer(bytes.baseAddress! + j).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(scratch.baseAddress! + keyLen).storeBytes(of: w, as: UInt64.self)
                        let run = Tokenizer.lowercaseRun(UInt64(littleEndian: w))
                        keyLen += run
                        letters += Int32(run)
                        j += run
                        if run < 8 { break }
                    }
                    // ... and the last bytes of a text or of a long key one at a time
                    while j < n, keyLen < Tokenizer.maxKeyBytes, bytes[j] &- 0x61 < 26 {
                        scratch[keyLen] = bytes[j]
                        keyLen += 1
                        letters += 1
                        j += 1
                    }
                    guard j < n else { break }
                    let (s, w) = Tokenizer.decode(bytes, j)
                    let c = bytes[j]
                    if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                        if c <= 0x5A && c >= 0x41 { upper += 1 }
                        if keyLen < Tokenizer.maxKeyBytes { scratch[keyLen] = c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0); keyLen += 1 }
                        letters += 1
                        j += 1
                        continue
                    }
                    let isApostrophe = c == 0x27 || c == 0x60 || s == 0x2019 || s == 0x2BC || s == 0x2BE || s == 0x2BF || s == 0x2BB || s == 0x2018
                    if isApostrophe {
                        // inside a word only when a letter follows; "’s" at the end is a possessive
                        let k = j + w
                        if k < n, Tokenizer.isLetterAt(bytes, k) {
                            if (bytes[k] == 0x73 || bytes[k] == 0x53), k + 1 >= n || !Tokenizer.isLetterAt(bytes, k + 1) {
                                possessiveAt = j
                                j = k + 1
                                break
                            }
                            j = k
                            continue
                        }
                        break
                    }
                    if c == 0x2E, letters > 0, keyLen <= 3, j + 1 < n, Tokenizer.isLetterAt(bytes, j + 1),
                       j + 2 < n, bytes[j + 2] == 0x2E {
                        j += 1  // U.S., a.m.
                        continue
                    }
                    if c == 0x2E, keyLen >= 1, j > i, bytes[j - 2 < i ? i : j - 2] == 0x2E {
                        j += 1  // final dot of U.S.
                        break
                    }
                    if s >= 0x80 {
                        if Tokenizer.isPunctScalar(s) { break }
                        let (a, a2) = Fold.foldScalar(s)
                        if a == 0 { j += w; continue }
                        if a == 0xFF { opaque = true; if keyLen < Tokenizer.maxKeyBytes { scratch[keyLen] = UInt8(truncatingIfNeeded: s); keyLen += 1 } }
                        else {
                            if keyLen < Tokenizer.maxKeyBytes { scratch[keyLen] = a; keyLen += 1 }
                            if a2 != 0, keyLen < Tokenizer.maxKeyBytes { scratch[keyLen] = a2; keyLen += 1 }
                            if Tokenizer.isUpperExtended(s) || (s >= 0xC0 && s <= 0xDE) { upper += 1 }
                        }
                        letters += 1
                        j += w
                        continue
                    }
                    break
                }
                var flags = Tokenizer.pendingFlags(sawText: sawText, newlines: newlines, inQuote: inQuote)
                if firstUpper { flags.insert(.capitalized) }
                if upper >= 2, upper == Int(letters) { flags.insert(.allCaps) }
                if opaque { flags.insert(.opaque) }
                let end = possessiveAt >= 0 ? possessiveAt : j
                if possessiveAt >= 0 { flags.insert(.possessive) }
                var tok = Token(start: Int32(i), end: Int32(end), kind: .word, mark: 0, flags: flags,
                                lex: 0, geo: 0, stem: 0, value: .nan, length: letters)
                var marked: UInt64
                if let cache {
                    let keys = cache.keysAndFlags(scratch, length: keyLen)
                    (tok.lex, tok.stem, tok.geo, marked) = (keys.lex, keys.stem, keys.geo, keys.flags)
                    if marked == WordKeyCache.unknownFlags {
                        marked = Tokenizer.wordFlags(tok.lex, stem: tok.stem, geo: tok.geo, marks, starts)
                        cache.setFlags(marked, slot: keys.slot)
                    }
                } else {
                    (tok.lex, tok.stem, tok.geo) = Fold.wordKeys(UnsafeBufferPointer(rebasing: scratch[0..<keyLen]))
                    marked = Tokenizer.wordFlags(tok.lex, stem: tok.stem, geo: tok.geo, marks, starts)
                }
                tok.flags.formUnion(Token.Flags(rawValue: UInt16(truncatingIfNeeded: marked)))
                if j < n, bytes[j] == 0x2D, j + 1 < n, Tokenizer.isWordStart(bytes, j + 1) {
                    tok.flags.insert(.hyphenNext)
                    j += 1
                }
                tokens.append(tok)
                newlines = 0
                sawText = true
                i = j > i ? j : i + 1
                continue
            }
            // MARK: punctuation
            var mark: UInt8 = 0
            if scalar < 0x80 {
                mark = b
            } else {
                switch scalar {
                case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: mark = 0x22
                case 0x2018, 0x2019: mark = 0x27
                case 0x2013, 0x2014, 0x2012, 0x2212: mark = 0x2D
                case 0x2026: mark = 0x2E
                default: mark = 0
                }
            }
            if mark != 0 {
                var flags = Tokenizer.pendingFlags(sawText: sawText, newlines: newlines, inQuote: inQuote)
                if mark == 0x22 {
                    // straight quotes toggle; curly ones open/close
                    switch scalar {
                    case 0x201C, 0xAB: inQuote = true
                    case 0x201D, 0xBB: inQuote = false
                    default: inQuote.toggle()
                    }
                    flags.remove(.quoted)
                    if (inQuote && scalar != 0x22) || scalar == 0x201D { /* boundary mark */ }
                }
                if b == 0x0A { flags.insert(.lineStart) }
                tokens.append(Token(start: Int32(i), end: Int32(i + width), kind: .punct, mark: mark, flags: flags,
                                    lex: 0, geo: 0, stem: 0, value: .nan, length: 1))
                newlines = 0
                sawText = true
            }
            i += width
            // an unclosed quote must not swallow the rest of a page: close it at a paragraph break
            if newlines > 1 { inQuote = false }
        }
        return tokens.array
    }

    /// Groups tokens into sentences: at . ! ? before a capital, a quote or a line break (not after an
    /// abbreviation or an initial), and at every line break.
    func sentences(_ tokens: [Token]) -> [Sentence] {
        // (read through a buffer pointer: no bounds test per token)
        tokens.withUnsafeBufferPointer { sentences(in: $0) }
    }

    private func sentences(in tokens: UnsafeBufferPointer<Token>) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        var paragraph = 0
        var i = 0
        func close(_ end: Int) {
            guard end > start else { return }
            let lastMark = tokens[end - 1]
            let bare = tokens[start].flags.contains(.lineStart)
                && (end == tokens.count || tokens[end].flags.contains(.lineStart))
                && !(lastMark.kind == .punct && (lastMark.mark == 0x2E || lastMark.mark == 0x3F || lastMark.mark == 0x21 || lastMark.mark == 0x3A || lastMark.mark == 0x22))
            out.append(Sentence(range: start..<end, paragraph: paragraph, isBareLine: bare))
            start = end
        }
        while i < tokens.count {
            let t = tokens[i]
            if i > start, t.flags.contains(.lineStart) {
                close(i)
            }
            if t.flags.contains(.paraStart), i > 0 { paragraph += 1 }
            if t.kind == .punct, t.mark == 0x2E || t.mark == 0x21 || t.mark == 0x3F {
                var j = i + 1
                while j < tokens.count, tokens[j].kind == .punct, tokens[j].mark == 0x22 || tokens[j].mark == 0x27 || tokens[j].mark == 0x29,
                      !tokens[j].flags.contains(.lineStart) {
                    j += 1
                }
                let next = j < tokens.count ? tokens[j] : nil
                let prev = i > 0 ? tokens[i - 1] : nil
                var boundary = next == nil || next!.flags.contains(.lineStart) || next!.flags.contains(.capitalized)
                    || next!.kind == .number || (next!.kind == .punct && next!.mark == 0x22)
                if t.mark == 0x2E, let prev, prev.kind == .word {
                    if abbreviations.contains(prev.lex) { boundary = false }
                    if prev.length == 1, prev.flags.contains(.capitalized) { boundary = false }  // initials
                }
                if boundary {
                    close(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return out
    }

    // MARK: - Byte helpers

    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = bytes.count
        if b0 & 0xE0 == 0xC0, i + 1 < n { return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// How many of the eight bytes of `w` (first byte in the low bits) are lowercase ASCII letters
    /// before the first one that is not. Each byte's high bit answers "is in a...z", all at once.
    @inline(__always) static func lowercaseRun(_ w: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = w & ~high
        let atLeastA = (low7 | high) &- 0x6161_6161_6161_6161  // no borrow between bytes
        let atMostZ = (0x7A7A_7A7A_7A7A_7A7A | high) &- low7
        let lowercase = atLeastA & atMostZ & ~w & high  // ... and ASCII
        return (~lowercase & high).trailingZeroBitCount >> 3
    }

    @inline(__always) static func isPunctScalar(_ s: UInt32) -> Bool {
        (s >= 0x2000 && s <= 0x206F) || s == 0xAB || s == 0xBB || s == 0xA0 || (s >= 0xA1 && s <= 0xBF) || s == 0xD7 || s == 0xF7
            || (s >= 0x3000 && s <= 0x303F) || s == 0xFFFD || (s >= 0x2190 && s <= 0x2BFF) || s >= 0x1F000
    }

    @inline(__always) static func isUpperExtended(_ s: UInt32) -> Bool {
        (s >= 0x100 && s <= 0x17F && s % 2 == 0) || (s >= 0x1E00 && s <= 0x1EFF && s % 2 == 0)
    }

    @inline(__always) static func isLetterAt(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = bytes[i]
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return true }
        if c < 0x80 { return false }
        let (s, _) = decode(bytes, i)
        return !isPunctScalar(s)
    }

    @inline(__always) static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = bytes[i]
        return (c >= 0x30 && c <= 0x39) || isLetterAt(bytes, i)
    }

    @inline(__always) static func threeDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 3 <= bytes.count else { return false }
        for k in i..<(i + 3) where !(bytes[k] >= 0x30 && bytes[k] <= 0x39) { return false }
        return i + 3 == bytes.count || !(bytes[i + 3] >= 0x30 && bytes[i + 3] <= 0x39)
    }
}
