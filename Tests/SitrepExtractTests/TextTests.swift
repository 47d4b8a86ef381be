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
}
