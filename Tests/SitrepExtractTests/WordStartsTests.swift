import Testing
@testable import SitrepExtract

/// The matchers' short cuts change no match: the start flags the tokenizer sets (`WordStarts`) only
/// spare probes that would miss, and the actor readings kept for a long text (`ReadingsMemo`) are
/// the ones working them out again gives.
@Suite struct WordStartsTests {
    /// Sentences written for these tests: actors, places, sources, articles and stop words.
    static let text = """
        Government forces shelled the town of al-Bab near Aleppo on Tuesday, the Syrian Observatory for Human Rights said.
        In Kabul, Taliban fighters and police clashed; the Afghan army sent troops to Kunduz province.
        Protesters in Khartoum marched against the army, according to Reuters. Al Shabaab militants attacked a base in Mogadishu.
        The police in Lagos arrested men of the Islamic State West Africa Province, a spokesman told AFP.
        """

    static func document(_ text: String, starts: WordStarts?) -> Document {
        let x = Support.bundled
        var tokenizer = x.tokenizer
        if let starts { tokenizer.starts = starts }
        let doc = Document(text: text, tokenizer: tokenizer, lexicon: x.lexicon, actors: x.actors, sources: x.sources)
        doc.matchPlaces(x.gazetteer, lexicon: x.lexicon)
        return doc
    }

    @Test func wordsMarkedAsStartingNoPhraseChangeNoMatch() {
        let marked = Self.document(Self.text, starts: nil)
        let unmarked = Self.document(Self.text, starts: WordStarts.none)
        // (the extractor's tokenizer marks: some word is left unmarked for each table)
        #expect(marked.tokens.contains { $0.isWord && !$0.flags.contains(.mayStartActor) })
        #expect(marked.lex.map { [$0.range.lowerBound, $0.range.upperBound] } == unmarked.lex.map { [$0.range.lowerBound, $0.range.upperBound] })
        #expect(marked.lex.map { Array($0.entries) } == unmarked.lex.map { Array($0.entries) })
        #expect(marked.actors.map(\.range) == unmarked.actors.map(\.range))
        #expect(marked.actors.map(\.entries) == unmarked.actors.map(\.entries))
        #expect(marked.sources.map(\.range) == unmarked.sources.map(\.range))
        #expect(marked.places.map(\.range) == unmarked.places.map(\.range))
        #expect(marked.places.map(\.candidates) == unmarked.places.map(\.candidates))
        #expect(!marked.actors.isEmpty && !marked.places.isEmpty && !marked.sources.isEmpty)
    }

    @Test func aLongTextsKeptReadingsAreTheOnesWorkedOut() {
        let one = Self.document(Self.text, starts: nil)
        let copies = 40
        let long = Self.document(Array(repeating: Self.text, count: copies).joined(separator: "\n\n"), starts: nil)
        #expect(long.tokens.count >= Document.ReadingsMemo.minimumTokens)
        #expect(long.tokens.count == one.tokens.count * copies)
        var expected: [(Range<Int>, [UInt32])] = []
        for k in 0..<copies {
            let shift = k * one.tokens.count
            expected += one.actors.map { (($0.range.lowerBound + shift)..<($0.range.upperBound + shift), $0.entries) }
        }
        #expect(long.actors.map(\.range) == expected.map(\.0))
        #expect(long.actors.map(\.entries) == expected.map(\.1))
    }
}
