import Foundation
import Testing
@testable import SitrepExtract

@Suite struct RuleTests {
    static let extractor = Support.fixtureExtractor

    static func casualties(_ text: String) -> [Casualty] {
        let doc = Document(text: text, tokenizer: extractor.tokenizer, lexicon: extractor.lexicon)
        let reader = CasualtyReader(lexicon: extractor.lexicon)
        return doc.sentences.flatMap { reader.casualties(in: doc, sentence: $0.range) }
    }

    struct CasualtyCase: Sendable, CustomStringConvertible {
        var text: String
        var killed: Int?
        var min: Int?
        var max: Int?
        var injured: Int?
        var description: String { text }
    }

    @Test(arguments: [
        CasualtyCase(text: "More than 30 people have been killed in an air strike.", killed: 30, min: 31, max: nil),
        CasualtyCase(text: "30+ Killed in Airstrike", killed: 30, min: 31, max: nil),
        CasualtyCase(text: "Pro-regime accounts say eight people were killed and 50 injured.", killed: 8, min: 8, max: 8, injured: 50),
        CasualtyCase(text: "Thirty-two civilians were killed.", killed: 32, min: 32, max: 32),
        CasualtyCase(text: "A dozen fighters died.", killed: 12, min: 12, max: 12),
        CasualtyCase(text: "Attacks that have killed up to 300 civilians.", killed: 300, min: nil, max: 300),
        CasualtyCase(text: "About 100 people have been killed.", killed: 100, min: 100, max: 100),
        // news prose: the toll as the object of the verb, and a subset after the toll
        CasualtyCase(text: "Shelling of the town killed five people and wounded 22 on Monday.", killed: 5, min: 5, max: 5, injured: 22),
        CasualtyCase(text: "The strike killed at least 15 people and injured dozens.", killed: 15, min: 15, max: nil, injured: 12),
        CasualtyCase(text: "Nineteen civilians, including seven children, were killed.", killed: 19, min: 19, max: 19),
        CasualtyCase(text: "Eleven people, including four women, were wounded in the blast.", injured: 11),
        CasualtyCase(text: "At least 4 were killed.", killed: 4, min: 4, max: nil),
        CasualtyCase(text: "Dozens were killed.", killed: 12, min: 24, max: nil),
        CasualtyCase(text: "Gunmen killed 2 civilians in the town.", killed: 2, min: 2, max: 2),
        CasualtyCase(text: "Two hundred people were wounded.", killed: nil, injured: 200),
        CasualtyCase(text: "The 48-hour truce began in 2016.", killed: nil),
    ])
    func numbersAndQualifiersBecomeRanges(c: CasualtyCase) {
        let found = Self.casualties(c.text)
        let killed = found.first { $0.what == .killed }
        #expect(killed?.value == c.killed)
        if let k = killed {
            #expect(k.min == c.min)
            #expect(k.max == c.max)
        }
        #expect(found.first { $0.what == .injured }?.value == c.injured)
    }

    @Test(arguments: [
        ("Battles continued on Wednesday.", "2016-05-05", "2016-05-04", 1),
        ("Fighting was reported yesterday.", "2016-05-05", "2016-05-04", 1),
        ("The attack came on Thursday.", "2016-05-05", "2016-05-05", 1),
        ("The strike hit on 4 May 2016.", "2016-05-07", "2016-05-04", 1),
        ("On 7 May 2020, an IED exploded.", "2020-05-08", "2020-05-07", 1),
        ("The camp was hit on May 3.", "2016-05-05", "2016-05-03", 1),
        ("He was wounded in November.", "2016-05-05", "2015-11-15", 3),
        ("Clashes since late April.", "2016-05-05", "2016-04-25", 2),
        ("Shelling on December 30.", "2017-01-02", "2016-12-30", 1),
    ])
    func datesResolveAgainstPublication(text: String, published: String, expected: String, precision: Int) {
        let doc = Document(text: text, tokenizer: Self.extractor.tokenizer, lexicon: Self.extractor.lexicon)
        let day = Day(ordinal: Int(Support.day(published).timeIntervalSince1970 / 86_400))
        let mentions = DateResolver(lexicon: Self.extractor.lexicon, published: day).mentions(in: doc, range: 0..<doc.tokens.count)
        #expect(mentions.first?.day.iso == expected)
        #expect(mentions.first?.precision == precision)
    }

    /// A day to come is no date of the event: "ahead of Sunday's vote", "next Monday".
    @Test(arguments: ["Rival supporters clashed ahead of Sunday's vote.", "The envoy will visit the town next Monday.",
                      "Talks are planned for the coming Friday."])
    func aDayToComeIsNoEventDate(text: String) {
        let doc = Document(text: text, tokenizer: Self.extractor.tokenizer, lexicon: Self.extractor.lexicon)
        let day = Day(ordinal: Int(Support.day("2024-01-05").timeIntervalSince1970 / 86_400))
        #expect(DateResolver(lexicon: Self.extractor.lexicon, published: day).mentions(in: doc, range: 0..<doc.tokens.count).isEmpty)
    }

    @Test func dayArithmeticRoundTrips() {
        let d = Day(year: 2016, month: 5, day: 5)
        #expect(d.iso == "2016-05-05")
        #expect(d.weekday == 5)  // Thursday
        #expect(Day(ordinal: d.ordinal - 366).iso == "2015-05-05")
        #expect(Day(year: 2020, month: 2, day: 29).iso == "2020-02-29")
    }
}
