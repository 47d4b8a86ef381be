import Foundation
import Testing
@testable import SitrepExtract

/// The per-sentence word classes (`SentenceWords`) answer as each rule's own set would, token by
/// token, and the remembered war-so-far answer is the one read afresh.
@Suite struct SentenceWordsTests {
    static let extractor = Support.fixtureExtractor

    static func assembler(_ text: String) -> Assembler {
        let doc = Document(text: text, tokenizer: extractor.tokenizer, lexicon: extractor.lexicon)
        return Assembler(extractor: extractor, doc: doc, published: Day(year: 2024, month: 3, day: 5), countries: [], countryHint: nil)
    }

    /// What the rules' sets say of sentence `range`, scanned word by word.
    static func scanned(_ doc: Document, _ range: Range<Int>) -> SentenceWords {
        var out: SentenceWords = []
        for t in range {
            let token = doc.tokens[t]
            if token.kind == .word {
                for (c, set) in SentenceWords.wordClasses where set.contains(token.lex) {
                    // the group words count only as written: a head with a capital, a lowercase word in lowercase
                    if c == .namedGroupHead, !token.flags.contains(.capitalized) || token.flags.contains(.allCaps) { continue }
                    if c == .lowercaseGroupWord, token.flags.contains(.capitalized) { continue }
                    out.insert(c)
                }
                if token.flags.contains(.allCaps) { out.insert(.capitalsWord) }
            } else if token.kind == .number, token.length == 4, token.value >= 1900 {
                out.insert(.yearNumber)
            }
        }
        return out
    }

    @Test(arguments: [
        "Demonstrators blocked the highway with burning tyres and the police dispersed them.",
        "Militiamen seized two farmers and took them away. Troops fired at the crowd.",
        "The two sides exchanged prisoners on Friday, and the army downed a drone.",
        "Since the uprising began in 2012, the militia has fought for years.",
        "Heavy rain fell over the capital.",
        "The Free Patriots Front carried out the raid; local militiamen and an ISIS cell fled.",
        "The army's movement of troops and the FRONT LINE forces.",
        "",
    ])
    func tableAnswersLikeEachSetScanned(text: String) {
        let a = Self.assembler(text)
        for (k, s) in a.doc.sentences.enumerated() {
            #expect(a.sentenceWords(k) == Self.scanned(a.doc, s.range), "sentence \(k)")
        }
    }

    @Test func classesNamedBySentence() {
        let a = Self.assembler("Rebels torched the market. Police dispersed the crowd. The group has held the town for years.")
        #expect(a.sentenceWords(0).contains(.destructionVerb))
        #expect(!a.sentenceWords(0).contains(.disperse))
        #expect(a.sentenceWords(1).contains(.disperse))
        #expect(a.sentenceWords(2).isSuperset(of: [.perfectAuxiliary, .longPeriod]))
        #expect(a.sentenceWords(2).isDisjoint(with: .actVerb))
    }

    @Test(arguments: [
        ("Since the war began in 2011, more than 300,000 people have been killed.", true),
        ("Gunmen killed three villagers on Monday.", false),
    ])
    func warSoFarIsRememberedAsRead(text: String, expected: Bool) throws {
        let a = Self.assembler(text)
        let range = try #require(a.doc.sentences.first).range
        #expect(a.speaksOfTheWarSoFar(range) == expected)
        #expect(a.speaksOfTheWarSoFar(range) == expected)  // the remembered answer
        #expect(Self.assembler(text).speaksOfTheWarSoFar(range) == expected)
    }
}
