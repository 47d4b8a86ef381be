import Testing
@testable import SitrepExtract

@Suite struct TextTests {
    static let tokenizer = Tokenizer(abbreviations: Support.fixtureExtractor.lexicon.abbreviations)

    static func sentences(_ text: String) -> [String] {
        let doc = Document(text: text, tokenizer: tokenizer)
        return doc.sentences.map { doc.string($0.range) }
    }

    @Test(arguments: [
        ("Gen. Smith arrived. He left.", ["Gen. Smith arrived.", "He left."]),
        ("The U.S. envoy spoke. Talks resumed.", ["The U.S. envoy spoke.", "Talks resumed."]),
        ("The truce began at 1 a.m. on Thursday. Fighting stopped.", ["The truce began at 1 a.m. on Thursday.", "Fighting stopped."]),
        ("He said, “We will win.” Then he left.", ["He said, “We will win.”", "Then he left."]),
        ("Headline Without Stop\n\nBody text here.", ["Headline Without Stop", "Body text here."]),
        ("John F. Kennedy was there. Yes.", ["John F. Kennedy was there.", "Yes."]),
    ])
    func sentencesSplitAtRealBoundaries(text: String, expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test func tokensCarryByteOffsets() {
        let text = "Sha’ar — Kamounia"
        let doc = Document(text: text, tokenizer: Self.tokenizer)
        let words = doc.tokens.filter { $0.kind == .word }
        #expect(words.count == 2)
        #expect(doc.string(0..<1) == "Sha’ar")
        #expect(words[1].start == Int32("Sha’ar — ".utf8.count))
    }

    static func geoKey(_ s: String) -> UInt64? {
        var keys = KeyBuilder(articles: Support.fixtureExtractor.lexicon.articles)
        return keys.key(s, mode: .geo)?.hash
    }

    @Test(arguments: [
        ("Khan Touman", "Khan Tuman"),
        ("al-Sha'ar", "Al Shaer"),
        ("al-Sha’ar", "Al-Shaar"),
        ("Deir ez-Zor", "Dayr az Zawr"),
        ("Raqqah", "Raqqa"),
        ("Idleb", "Idlib"),
        ("Ḥimṣ", "Hims"),
        ("Lattakia", "Latakia"),
    ])
    func normalisationFoldsTransliterationVariants(a: String, b: String) {
        #expect(Self.geoKey(a) != nil)
        #expect(Self.geoKey(a) == Self.geoKey(b))
    }

    @Test(arguments: [("Aleppo", "Damascus"), ("Homs", "Hama"), ("Tal Abyad", "Tal Afar")])
    func normalisationKeepsDifferentNamesApart(a: String, b: String) {
        #expect(Self.geoKey(a) != Self.geoKey(b))
    }

    @Test func htmlBecomesParagraphs() {
        let html = "<html><head><style>p{}</style><script>var x = '<p>';</script></head><body><h2>Strike &amp; Toll</h2><p>Eight were&nbsp;killed.</p><!-- c --><p>Dozens &#8220;wounded&#8221;.</p></body></html>"
        #expect(HTMLText.text(fromHTML: html) == "Strike & Toll\n\nEight were killed.\n\nDozens “wounded”.")
    }

    /// The tokenizer's one-pass keys agree with the separate key functions the resources are keyed with.
    @Test(arguments: ["killed", "shelling", "strikes", "seize", "raqqah", "touman", "dawla", "yemen", "qaeda", "rocket",
                      "protesters", "ah", "aw", "h", "y", "ck", "deir", "sha\u{2019}ar", "x2", "aaah", "mosul", "houthis",
                      "bawl", "awaken", "kayak", "iraq", "ayy", "backpack", "hawz", "zz", "\u{e9}t\u{e9}"])
    func onePassKeysAgree(word: String) {
        Array(word.utf8).withUnsafeBufferPointer { k in
            let keys = Fold.wordKeys(k)
            #expect(keys.lex == Fold.lexHash(k))
            #expect(keys.stem == Fold.stemHash(k))
            #expect(keys.geo == Fold.geoHash(k))
        }
    }

    /// A long text's words are keyed through the word-key cache: every word, repeated, in a slot
    /// shared with others or too long to cache, gets the keys folding gives it.
    @Test func cachedWordKeysAreTheFoldedKeys() {
        var cache = WordKeyCache(textBytes: 0)  // the smallest cache: words share its slots
        let words = (0..<2_000).map { n in "w" + String(n, radix: 7) + String(repeating: "ab", count: n % 14) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Tokenizer.maxKeyBytes) { scratch in
            for word in words + words.reversed() + words {
                scratch.initialize(repeating: 0x7A)  // bytes past the word must not matter
                let bytes = Array(word.utf8.prefix(Tokenizer.maxKeyBytes))
                for (k, b) in bytes.enumerated() { scratch[k] = b }
                let cached = cache.keys(scratch, length: bytes.count)
                let folded = bytes.withUnsafeBufferPointer { Fold.wordKeys($0) }
                #expect(cached == folded)
            }
        }
    }

    /// A text long enough for the cache tokenizes to the keys a short one (no cache) gives its words.
    @Test func longTextKeysAreTheFoldedKeys() {
        let sentence = "Shelling hit Deir ez-Zor and al-Sha\u{2019}ar; protesters gathered in Raqqah, Raqqa and Mosul. "
        let long = Document(text: String(repeating: sentence, count: 100), tokenizer: Self.tokenizer)
        let short = Document(text: sentence, tokenizer: Self.tokenizer)
        #expect(long.text.utf8.count >= WordKeyCache.minimumBytes)
        #expect(long.tokens.count == short.tokens.count * 100)
        for (k, t) in long.tokens.enumerated() {
            let s = short.tokens[k % short.tokens.count]
            #expect(t.lex == s.lex && t.stem == s.stem && t.geo == s.geo)
        }
    }

    /// The phrase table's hash sort orders like `sort()`, repeats, extremes and short arrays included.
    @Test func hashSortOrdersLikeSort() {
        var rng = SystemRandomNumberGenerator()
        for count in [0, 1, 5, 4_096, 4_097, 50_000] {
            var hashes = (0..<count).map { _ in UInt64.random(in: .min ... .max, using: &rng) }
            hashes += hashes.prefix(count / 3) + [0, .max, 1 << 16, 1 << 32, 1 << 48].prefix(count)
            var sorted = hashes
            PhraseTable.sortHashes(&sorted)
            #expect(sorted == hashes.sorted())
        }
    }
}
