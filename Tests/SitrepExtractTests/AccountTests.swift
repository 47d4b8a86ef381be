import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Several sources in an incident's sentences: the event keeps its own source and figure, the
/// others are accounts, and `fatalities` is the lowest credible toll (ACLED).
@Suite struct AccountTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var source: String?
        var denial = false
        var fatalities: Int
        /// source, fatalities min, fatalities max, denial
        var accounts: [(String, Int?, Int?, Bool)] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "two figures in one sentence",
             text: "Regime warplanes struck a bakery in Sarmada. State media said 40 people were killed, while activists put the death toll at 25.",
             source: "State media", fatalities: 25, accounts: [("activists", 25, 25, false)]),
        Case(name: "two figures split by a semicolon",
             text: "Regime forces shelled a school in Homs on Monday. SANA said 9 people were killed; the LCC said more than 20 died.",
             source: "SANA", fatalities: 9, accounts: [("Local Coordination Committees", 21, nil, false)]),
        Case(name: "two figures in two sentences",
             text: "Russian warplanes bombed a market in Aleppo on Monday. The Syrian Observatory said 18 civilians were killed. SANA reported that 7 people died.",
             source: "Syrian Observatory for Human Rights", fatalities: 7, accounts: [("SANA", 7, 7, false)]),
        Case(name: "a higher second figure does not raise the toll",
             text: "Russian warplanes bombed a market in Aleppo on Monday. SANA said 5 people were killed. The Syrian Observatory said 16 died.",
             source: "SANA", fatalities: 5, accounts: [("Syrian Observatory for Human Rights", 16, 16, false)]),
        Case(name: "the event's own source denies",
             text: "The Syrian army denied shelling a school in Homs on Monday.",
             source: "Military Forces of Syria", denial: true, fatalities: 0),
        Case(name: "another source denies",
             text: "Russian warplanes bombed a hospital in Idlib on Tuesday. The LCC said 14 people were killed. The Russian military denied its aircraft were involved.",
             source: "Local Coordination Committees", fatalities: 14, accounts: [("Military Forces of Russia", nil, nil, true)]),
        Case(name: "a named denier that is no known source",
             text: "Warplanes bombed a bakery in Sarmada on Tuesday, killing 8 people, activists said. Damascus flatly rejected the claims.",
             source: "activists", fatalities: 8, accounts: [("Damascus", nil, nil, true)]),
        Case(name: "one source: no account",
             text: "Regime forces shelled Khan Tuman on Sunday, killing 6 people, the Syrian Observatory said.",
             source: "Syrian Observatory for Human Rights", fatalities: 6),
        Case(name: "a source with no figure adds no account",
             text: "Rebels and regime forces clashed near Khan Tuman on Sunday. The Syrian Observatory said 11 fighters were killed. Residents said the fighting lasted all night.",
             source: "Syrian Observatory for Human Rights", fatalities: 11),
        Case(name: "aid workers denied access are no denial",
             text: "Regime forces shelled Khan Tuman on Sunday, killing 4 people, the Syrian Observatory said. Residents were denied access to the town.",
             source: "Syrian Observatory for Human Rights", fatalities: 4),
    ]

    @Test(arguments: cases)
    func accountsAndDenials(_ c: Case) throws {
        let e = try #require(ExtractionTests.one(c.text))
        #expect(e.source == c.source)
        #expect(e.denial == c.denial)
        #expect(e.fatalities == c.fatalities)
        #expect(e.accounts.map(\.source) == c.accounts.map(\.0))
        for (a, want) in zip(e.accounts, c.accounts) {
            #expect(a.fatalitiesMin == want.1)
            #expect(a.fatalitiesMax == want.2)
            #expect(a.denial == want.3)
        }
        // the main source is never repeated as an account
        #expect(!e.accounts.contains { $0.source == e.source })
    }

    @Test func anAccountPointsAtItsClause() throws {
        let text = "Regime warplanes struck a bakery in Sarmada. State media said 40 people were killed, while activists put the death toll at 25."
        let e = try #require(ExtractionTests.one(text))
        let a = try #require(e.accounts.first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[a.span.start..<a.span.end], as: UTF8.self) == "while activists put the death toll at 25.")
        #expect(a.sourceKind == "opposition")
        #expect(a.certainty == "reported")
        // the event keeps its own source's figure as written
        #expect(e.fatalitiesMin == 40)
        #expect(e.fatalitiesMax == 40)
    }

    @Test func accountsAndDenialAreAlwaysWritten() throws {
        let e = ExtractedEvent(eventType: "Battles", subEventType: "Armed clash", date: "2016-05-04")
        let line = ExtractIO.jsonLines([e])
        #expect(line.contains("\"accounts\":[]"))
        #expect(line.contains("\"denial\":false"))
        var withAccount = e
        withAccount.accounts = [Account(source: "SANA", sourceKind: "state_media", certainty: "claimed", fatalitiesMin: 3, span: ByteSpan(4, 20))]
        let written = ExtractIO.jsonLines([withAccount])
        #expect(written.contains(#""accounts":[{"certainty":"claimed","denial":false,"fatalities_max":null,"fatalities_min":3,"injured":null,"source":"SANA","source_kind":"state_media","span":[4,20]}]"#))
        // events written before accounts existed still decode
        let old = #"{"event_type":"Battles","sub_event_type":"Armed clash","date":"2016-05-04","time_precision":1,"fatalities":0,"civilian_targeting":false,"certainty":"reported","confidence":0.5,"text":"","spans":{}}"#
        let decoded = try JSONDecoder().decode(ExtractedEvent.self, from: Data(old.utf8))
        #expect(decoded.accounts.isEmpty)
        #expect(!decoded.denial)
    }
}
