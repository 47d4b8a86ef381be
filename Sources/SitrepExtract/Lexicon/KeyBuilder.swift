/// Computes phrase keys of resource strings (gazetteer names, aliases, lexicon phrases) the same
/// way the tokenizer keys text words, straight from bytes.
struct KeyBuilder {
    enum Mode { case geo, stem, lex }

    private var scratch = [UInt8](repeating: 0, count: Tokenizer.maxKeyBytes)
    private var tokenKeys: [UInt64] = []
    /// The `.lex` hash of each word of the last key, articles included.
    private(set) var tokenLex: [UInt64] = []
    /// The phrase hashes of the last key's proper prefixes (for pruning n-gram look-ups).
    private(set) var prefixes: [UInt64] = []
    /// The `.lex` phrase hash of the last key, computed alongside any mode (one pass over the bytes).
    private(set) var lastLexHash: UInt64 = 0
    /// A word set, not a `Set`: most words are no article, and the filter says so without hashing.
    let articles: WordSet

    /// For many keys (the gazetteer's 400,000 names): names share words ("Tell", "Kafr", "al"),
    /// and a cached word is looked up instead of folded again.
    private let wordCache: WordKeyCache?

    init(articles: Set<UInt64>, cachingWords: Bool = false) {
        self.articles = WordSet(hashes: Array(articles))
        wordCache = cachingWords ? WordKeyCache(textBytes: 1 << 20, maxSlotBits: 14) : nil
        tokenKeys.reserveCapacity(16)
        tokenLex.reserveCapacity(16)
    }

    /// The phrase hash of `bytes` and its token count (articles dropped unless alone), or nil when
    /// the phrase has no word.
    mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, mode: Mode) -> (hash: UInt64, tokens: Int)? {
        // (emptied only when not empty: a call costs more than the test, and most names have no
        // prefixes)
        if !tokenKeys.isEmpty { tokenKeys.removeAll(keepingCapacity: true) }
        if !tokenLex.isEmpty { tokenLex.removeAll(keepingCapacity: true) }
        // the folded bytes go to a buffer moved out of `self` for the loop: writes through a
        // pointer, not a uniqueness check per byte (a gazetteer load keys 400,000 names)
        var scratch: [UInt8] = []
        swap(&scratch, &self.scratch)
        defer { swap(&scratch, &self.scratch) }
        scratch.withUnsafeMutableBufferPointer { word in
            var len = 0
            var i = 0
            // the word so far is all digits: a letter after them starts a word of its own, as the
            // tokenizer reads "3R" and "444th" (a number, then a word)
            var digitsOnly = true
            let n = bytes.count
            while i < n {
                let (s, w) = Tokenizer.decode(bytes, i)
                var a: UInt8 = 0, a2: UInt8 = 0
                var boundary = false
                if s < 0x80 {
                    let c = UInt8(s)
                    let isDigit = c >= 0x30 && c <= 0x39
                    if len > 0, digitsOnly, !isDigit, (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
                        addWord(word, len, mode)
                        len = 0
                    }
                    if (c >= 0x41 && c <= 0x5A) { a = c | 0x20 }
                    else if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { a = c }
                    else if c == 0x27 || c == 0x60 || c == 0x2E { a = 0 }
                    else { boundary = true }
                } else if Tokenizer.isPunctScalar(s) && s != 0x2019 && s != 0x2018 {
                    boundary = true
                } else {
                    (a, a2) = Fold.foldScalar(s)
                    if a == 0xFF { a = UInt8(truncatingIfNeeded: s) }
                }
                if boundary {
                    addWord(word, len, mode)
                    len = 0
                    digitsOnly = true
                } else {
                    if a != 0, len < Tokenizer.maxKeyBytes {
                        if len == 0 { digitsOnly = true }
                        if a < 0x30 || a > 0x39 { digitsOnly = false }
                        word[len] = a; len += 1
                    }
                    if a2 != 0, len < Tokenizer.maxKeyBytes { word[len] = a2; len += 1; digitsOnly = false }
                }
                i += w
            }
            addWord(word, len, mode)
        }
        guard !tokenKeys.isEmpty else { return nil }
        var h = Fold.phraseSeed
        var count = 0
        if !prefixes.isEmpty { prefixes.removeAll(keepingCapacity: true) }
        var lexH = Fold.phraseSeed
        for (k, key) in tokenKeys.enumerated() {
            let isArticle = k < tokenKeys.count - 1 && articles.contains(tokenLex[k])
            if !isArticle { lexH = Fold.combine(lexH, tokenLex[k]) }
            if mode != .stem, isArticle { continue }
            if count > 0 { prefixes.append(h) }
            h = Fold.combine(h, key)
            count += 1
        }
        lastLexHash = lexH
        return (h, tokenKeys.count)
    }

    /// Keys one folded word, `word[0..<length]` (nothing when empty), as the tokenizer keys a text
    /// word: all of its keys in one pass (`Fold.wordKeys`), or from the word cache.
    private mutating func addWord(_ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int, _ mode: Mode) {
        guard length > 0 else { return }
        let keys = wordCache?.keys(word, length: length) ?? Fold.wordKeys(UnsafeBufferPointer(rebasing: word[0..<length]))
        tokenLex.append(keys.lex)
        switch mode {
        case .geo: tokenKeys.append(keys.geo)
        case .stem: tokenKeys.append(keys.stem)
        case .lex: tokenKeys.append(keys.lex)
        }
    }
}

extension KeyBuilder {
    mutating func key(_ string: String, mode: Mode) -> (hash: UInt64, tokens: Int)? {
        var s = string
        return s.withUTF8 { key($0, mode: mode) }
    }
}
