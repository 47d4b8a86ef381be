import Foundation
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
    /// A phrase table built from pairs in parts, its slots filled region by region, answers every
    /// hash as a plain model does: the ids in the order given (a repeat next to itself dropped),
    /// whether a longer phrase starts with it, and nothing for a hash it does not hold.
    @Test func tableInPartsAnswersLikeAModel() {
        var rng = SystemRandomNumberGenerator()
        for count in [0, 7, 3_000, 150_000] {
            let hashes = (0..<max(1, count / 3)).map { _ in UInt64.random(in: .min ... .max, using: &rng) } + [0, 1]
            var pairs: [(hash: UInt64, id: UInt32)] = []
            for _ in 0..<count {
                let id = UInt32.random(in: 0..<UInt32(max(1, count)), using: &rng)
                pairs.append((hashes.randomElement(using: &rng) ?? 0, id))
                if Bool.random(using: &rng) { pairs.append((pairs[pairs.count - 1].hash, id)) }  // an id repeated at once
            }
            let prefixes = (0..<(count / 4)).map { _ in hashes.randomElement(using: &rng) ?? 0 }
                + (0..<(count / 4)).map { _ in UInt64.random(in: .min ... .max, using: &rng) }
            // the second part's ids are raised by its base: the pairs the table holds are `pairs`, so raised
            let cut = pairs.count / 2, base = UInt32(count)
            let parts = [(Array(pairs[..<cut]), UInt32(0)), (Array(pairs[cut...]), base)]
            pairs = pairs[..<cut] + pairs[cut...].map { ($0.hash, $0.id + base) }
            let table = PhraseTable(parts: parts, maxTokens: 3, prefixes: [Array(prefixes.prefix(5)), Array(prefixes.dropFirst(5))])
            let whole = PhraseTable(pairs: pairs, maxTokens: 3, prefixes: prefixes)
            // the model: hash 0 is stored as 1
            var ids: [UInt64: [UInt32]] = [:]
            for p in pairs {
                let h = p.hash == 0 ? 1 : p.hash
                if ids[h]?.last != p.id { ids[h, default: []].append(p.id) }
            }
            let isPrefix = Set(prefixes.map { $0 == 0 ? 1 : $0 })
            for h in hashes + prefixes + [0xDEAD_BEEF, 12_345] {
                let key = h == 0 ? 1 : h
                for t in [table, whole] {
                    let probe = t.probe(h)
                    #expect(Array(t.postings[probe.ids]) == (ids[key] ?? []))
                    #expect(probe.isPrefix == isPrefix.contains(key))
                    #expect(probe.found == (ids[key] != nil || isPrefix.contains(key)))
                }
            }
        }
    }

    /// A gazetteer read in two halves on two cores numbers its places in file order: a name in both
    /// halves lists the first half's place first, and a row skipped in the second half (no
    /// coordinates) moves no later place's id.
    @Test func gazetteerHalvesKeepFileOrder() {
        var rows: [String] = ["# a comment line"]
        for k in 0..<40 {
            let name = k == 3 || k == 33 ? "Kafr Testa" : "Place \(k)"
            let lat = k == 25 ? "" : "3\(k % 10).5"
            rows.append("\(k)\t\(name)\ttown\tProvince A\tCountry B\tCB\t\(lat)\t36.1\t\(1_000 + k)\tAlt \(k)|Kafr Testa Alt")
        }
        let text = rows.joined(separator: "\n") + "\n"
        let articles = Support.fixtureExtractor.lexicon.articles
        let gazetteer = Gazetteer(data: Data(text.utf8), articles: articles)
        #expect(gazetteer.places.count == 39)
        let names = (0..<40).filter { $0 != 25 }.map { $0 == 3 || $0 == 33 ? "Kafr Testa" : "Place \($0)" }
        #expect((0..<39).map { gazetteer.name(UInt32($0)) } == names)
        var keys = KeyBuilder(articles: articles)
        let both = keys.key("Kafr Testa", mode: .geo).map { Array(gazetteer.table.postings[gazetteer.table.lookupRange($0.hash)]) }
        #expect(both == [3, 32])
        let all = keys.key("Kafr Testa Alt", mode: .geo).map { Array(gazetteer.table.postings[gazetteer.table.lookupRange($0.hash)]) }
        #expect(all == Array(0..<39))
    }
}
