import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// "Strike": a labour strike is a protest, a state's strike is an air or drone strike. Sentences
/// written for these tests.
@Suite struct StrikeTests {
    static func sub(_ text: String) -> String? {
        Support.bundled.extract(text: text, published: Support.day("2024-03-10"), context: .init(countryHint: nil, docID: "t"))
            .max { $0.confidence < $1.confidence }?.subEventType
    }

    @Test(arguments: [
        "An Israeli strike on a car near Tyre killed two men on Sunday.",
        "Coalition strikes on rebel positions around Marib killed 11 fighters, a military source said.",
        "A Russian strike hit a power station near Odesa overnight.",
    ])
    func aStatesStrikeIsAnAirStrike(text: String) {
        #expect(Self.sub(text) == "Air/drone strike")
    }

    @Test(arguments: [
        "Dock workers went on strike in Mombasa on Monday to demand higher wages.",
        "Teachers held a strike on Monday in Lagos over unpaid salaries.",
        "Bus drivers began a nationwide strike in Dhaka, halting traffic across the city.",
    ])
    func aWorkersStrikeIsAProtest(text: String) {
        #expect(Self.sub(text) == "Peaceful protest")
    }

    @Test func aStrikeBackIsNoAirStrike() {
        #expect(Self.sub("Moscow strikes back at Washington, expels ten diplomats.") != "Air/drone strike")
    }

    /// A glide, guided or aerial bomb falls from an aircraft: an air strike, not a planted bomb.
    @Test func aGlideBombIsAnAirStrike() {
        #expect(Self.sub("A Russian glide bomb hit a school in Kharkiv on Monday, wounding six people.") == "Air/drone strike")
    }
}
