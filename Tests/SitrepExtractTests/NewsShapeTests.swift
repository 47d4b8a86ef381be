import Testing
import SitrepModel
@testable import SitrepExtract

/// What a news report tells as its context rather than as its news: a habit or the ongoing war in
/// the present tense, a trend, the past event a "since" measures from. Read as the desk reads
/// them (no event assumed). Texts written for these tests.
@Suite struct NewsShapeTests {
    static func events(_ text: String, published: String = "2024-05-03") -> [ExtractedEvent] {
        NewsReportTests.events(text, published: published)
    }

    @Test(arguments: [
        "A court in the capital on Monday jailed a teacher for six years over a post on social media. The government says those it arrests are criminals.",
        "The interior minister says he arrests only criminals and smugglers.",
    ])
    func aHabitInThePresentIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func theOngoingWarAfterAsDoesNotRecodeTheEvent() throws {
        let e = try #require(Self.events("A drone strike on a market in Zamfara state on Monday killed 12 people, residents said, as the army fights bandits in the region.").first)
        #expect(e.subEventType == "Air/drone strike")
        #expect(e.fatalities == 12)
    }

    @Test(arguments: [
        "Attacks on civilians in the north have risen sharply this year, a security analyst said.",
        "Analysts say attacks on buses in the capital decreased after the new checkpoints went up.",
    ])
    func aTrendOfActsIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test(arguments: [
        "A ship carrying grain docked in Hodeidah on Friday, the first since the government and the rebels signed a peace deal.",
        "Ferries resumed on the lake on Friday for the first time since militants ambushed a boat there.",
    ])
    func thePastASinceMeasuresFromIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    /// Two attacks counted with a number, on a day: the plural names acts that happened.
    @Test func countedAttacksOfTheDayAreAnEvent() throws {
        let e = try #require(Self.events("Police said two attacks on police posts in Zamfara state on Monday killed three officers.").first)
        #expect(e.fatalities == 3)
    }
}
