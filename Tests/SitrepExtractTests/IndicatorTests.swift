import Foundation
import SitrepModel
import Testing
@testable import SitrepExtract

@Suite struct IndicatorTests {
    /// Fixture places, actors and sources (SANA, SOHR); the real rule lexicon and currency lexicon.
    static let extractor = Extractor(
        gazetteer: Support.fixture("gazetteer.tsv"), actors: Support.fixture("actors.tsv"), sources: Support.fixture("sources.tsv"),
        lexicon: Support.bundledLexicon, currencies: Support.bundledCurrencies
    )
    /// A Thursday.
    static let published = "2024-03-14"

    static func indicators(_ text: String, hint: String? = nil) -> [Indicator] {
        extractor.indicators(in: text, published: Support.day(published), context: ExtractionContext(countryHint: hint))
    }

    static func spanText(_ text: String, _ span: ByteSpan) -> String {
        String(decoding: Array(text.utf8)[span.start..<span.end], as: UTF8.self)
    }

    struct RateCase: Sendable, CustomStringConvertible {
        var text: String
        var hint: String? = nil
        var currency: String
        var base = "USD"
        var value: Double
        var phrase: String
        var market: String? = nil
        var date = IndicatorTests.published
        var source: String? = nil
        var description: String { text }
    }

    @Test(arguments: [
        // a currency named before a bare number
        RateCase(text: "On the black market in Damascus, the Syrian pound traded at 620 to the dollar.",
                 currency: "SYP", value: 620, phrase: "Syrian pound traded at 620 to the dollar", market: "unofficial"),
        RateCase(text: "Iran's rial fell to 42,000 per US dollar on Monday, state media said.",
                 currency: "IRR", value: 42_000, phrase: "rial fell to 42,000 per US dollar", date: "2024-03-11", source: "state media"),
        RateCase(text: "The hryvnia weakened to 27.5 against the dollar.", currency: "UAH", value: 27.5,
                 phrase: "hryvnia weakened to 27.5 against the dollar"),
        RateCase(text: "The Turkish lira slid to thirty-two against the dollar, according to Reuters.", currency: "TRY", value: 32,
                 phrase: "Turkish lira slid to thirty-two against the dollar", source: "Reuters"),
        // the number and its currency, then the base
        RateCase(text: "Traders in Homs quoted 1.5 thousand Syrian pounds to the US dollar.", currency: "SYP", value: 1_500,
                 phrase: "1.5 thousand Syrian pounds to the US dollar"),
        RateCase(text: "Money changers in Aden sold 1,250 Yemeni rials for one dollar on 2 March.", currency: "YER", value: 1_250,
                 phrase: "1,250 Yemeni rials for one dollar", market: "unofficial", date: "2024-03-02"),
        RateCase(text: "The central bank set its official rate at 3,900 Syrian pounds per dollar.", currency: "SYP", value: 3_900,
                 phrase: "3,900 Syrian pounds per dollar", market: "official"),
        RateCase(text: "Shops in Tripoli took 1,500 pounds = $1 last week.", hint: "Lebanon", currency: "LBP", value: 1_500,
                 phrase: "1,500 pounds = $1"),
        // the base buys the currency
        RateCase(text: "In Beirut, one dollar now buys 1,500 Lebanese pounds.", currency: "LBP", value: 1_500,
                 phrase: "one dollar now buys 1,500 Lebanese pounds"),
        RateCase(text: "One euro fetched 34 hryvnias in Kyiv yesterday.", currency: "UAH", base: "EUR", value: 34,
                 phrase: "One euro fetched 34 hryvnias", date: "2024-03-13"),
        RateCase(text: "The dollar rose to 600,000 tomans in Tehran.", currency: "IRR", value: 6_000_000,
                 phrase: "The dollar rose to 600,000 tomans"),
        // quoted the other way round: inverted
        RateCase(text: "One Kuwaiti dinar is worth 3.25 dollars.", currency: "KWD", value: 1 / 3.25,
                 phrase: "One Kuwaiti dinar is worth 3.25 dollars"),
        // a ratio to one
        RateCase(text: "The Syrian pound kept falling against the dollar on unofficial markets, reaching about 2,500:1.",
                 currency: "SYP", value: 2_500, phrase: "Syrian pound kept falling against the dollar on unofficial markets, reaching about 2,500:1",
                 market: "unofficial"),
        RateCase(text: "A decade ago the Syrian pound stood at 50:1 vs. the US dollar.", currency: "SYP", value: 50,
                 phrase: "Syrian pound stood at 50:1 vs. the US dollar"),
        // "pound" is Syria's by the country the sentence names, whatever the hint
        RateCase(text: "In Syria the pound slipped to 14,000 to the dollar.", hint: "Lebanon", currency: "SYP", value: 14_000,
                 phrase: "pound slipped to 14,000 to the dollar"),
    ])
    func ratesAreRead(c: RateCase) throws {
        let found = Self.indicators(c.text, hint: c.hint)
        try #require(found.count == 1)
        let i = found[0]
        #expect(i.currency == c.currency)
        #expect(i.base == c.base)
        #expect(i.name == "\(c.currency) per \(c.base)")
        #expect(abs(i.value - c.value) < 1e-9 * max(1, c.value))
        #expect(Self.spanText(c.text, i.span) == c.phrase)
        #expect(i.market == c.market)
        #expect(i.date == c.date)
        #expect(i.source == c.source)
        #expect(i.text == c.text)
    }

    @Test(arguments: [
        ("Aid groups asked donors for $2 billion in aid for Syria.", nil),
        ("The pound fell 3% against the dollar.", "Syria"),
        ("The pound fell 3 percent against the dollar on Monday.", "Syria"),
        ("A kilo of bread costs 5 dollars in Idlib.", "Syria"),
        ("Shelling killed 30 people in Aleppo, where the Syrian pound keeps sliding against the dollar.", nil),
        ("The lira lost ground against the dollar on 5 March 2024.", "Turkey"),
        ("Police seized Lebanese pounds worth 1,500 dollars at the border.", nil),
        ("He sold 300 dollars for 180,000 Syrian pounds.", nil),
        ("They paid 900 Syrian pounds for a dollar's worth of bread.", nil),
        // "pound" with no country to tell whose
        ("The pound traded at 620 to the dollar.", nil),
        // no base, no rate
        ("The Syrian pound traded at 620 in Damascus.", nil),
        ("The European Union pledged 20 million for Yemen, where the rial is collapsing.", nil),
    ] as [(String, String?)])
    func nonRatesAreNotRead(text: String, hint: String?) {
        #expect(Self.indicators(text, hint: hint).isEmpty)
    }

    @Test func dateComesFromTheParagraph_elseThePublicationDay() throws {
        let text = "Protesters gathered in Sweida on Tuesday. The Syrian pound sank to 13,000 to the dollar.\n\nThe Syrian pound sank to 13,500 to the dollar."
        let found = Self.indicators(text)
        try #require(found.count == 2)
        #expect(found[0].date == "2024-03-12")
        #expect(found[0].value == 13_000)
        #expect(found[1].date == Self.published)
        #expect(found[1].value == 13_500)
    }

    @Test func sourceIsTheOneTheSentenceNames() throws {
        let found = Self.indicators("According to SANA, the official rate was 2,512 Syrian pounds to the dollar on Sunday.")
        try #require(found.count == 1)
        #expect(found[0].source == "SANA")
        #expect(found[0].sourceKind == "state_media")
        #expect(found[0].market == "official")
        #expect(found[0].date == "2024-03-10")
    }

    @Test func spansCountBytesOfTheTextPastHeadlineAndNonASCII() throws {
        let text = "Résumé — Aleppo’s traders: the Syrian pound traded at 9,000 to the dollar."
        let found = extractorIndicators(text, headline: "Currency slides")
        try #require(found.count == 1)
        #expect(Self.spanText(text, found[0].span) == "Syrian pound traded at 9,000 to the dollar")
    }

    private func extractorIndicators(_ text: String, headline: String) -> [Indicator] {
        Self.extractor.indicators(in: text, published: Support.day(Self.published), context: ExtractionContext(headline: headline, docID: "d1"))
    }

    @Test func severalRatesInOneText_eachOnce() {
        let text = "The dollar fetched 1,500 Lebanese pounds at the official rate and 89,000 Lebanese pounds to the dollar on the black market."
        let found = Self.indicators(text)
        #expect(found.map(\.value) == [1_500, 89_000])
        #expect(found.map(\.market) == ["official", "unofficial"])
    }

    @Test func textsNamingNoBaseAreSkippedByTheByteScan() {
        let lexicon = Self.extractor.currencies
        func scan(_ s: String) -> Bool { Document.withUTF8(s) { lexicon.mayQuoteRate($0) } }
        #expect(scan("The dollar slid."))
        #expect(scan("34 EUROS"))
        #expect(scan("1,500 pounds = $1"))
        #expect(!scan("European leaders met in Brussels; the Eurodollar market is another matter."))
        #expect(!scan("Aid of $20 million was pledged."))
    }

    @Test func indicatorJSONKeepsNullsAndRoundTrips() throws {
        let i = Indicator(currency: "SYP", base: "USD", value: 620, date: "2016-05-05", span: ByteSpan(3, 40))
        let data = try JSONEncoder().encode(i)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"market\":null"))
        #expect(json.contains("\"name\":\"SYP per USD\""))
        #expect(try JSONDecoder().decode(Indicator.self, from: data) == i)
    }

    @Test func aLongHostileSentenceIsReadInLinearTime() {
        // no sentence break: every look-up is bounded by a window, not by the sentence
        let text = String(repeating: "Syria pound 620 to the dollar, one dollar buys 700 pounds and ", count: 20_000)
        let found = Self.indicators(text)
        #expect(found.count == 40_000)
        #expect(found.allSatisfy { $0.currency == "SYP" })
    }

    @Test func noCurrencyLexicon_noIndicators() {
        #expect(Support.fixtureExtractor.indicators(in: "One dollar buys 1,500 Lebanese pounds.", published: Support.day(Self.published)).isEmpty)
    }
}
