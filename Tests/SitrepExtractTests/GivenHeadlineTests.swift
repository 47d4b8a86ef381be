import Foundation
import SitrepExtract
import SitrepModel
import Testing

@Suite struct GivenHeadlineTests {
    static let extractor = try! Extractor.bundled()
    static let day = Date(timeIntervalSince1970: 1_462_455_900)

    /// A desk update's headline in sentence case ("Strike on camp") heads the update's incident;
    /// it is not an event of its own ("strike" read as a labour strike).
    @Test(arguments: ["Strike on camp", "Camp hit"])
    func givenHeadline_headsTheFirstIncident(headline: String) {
        let events = Self.extractor.extract(
            text: "Reuters reported that 28 people died in an air strike on a camp near Sarmada.", published: Self.day,
            context: ExtractionContext(headline: headline, assumeEvent: false))
        #expect(events.map(\.subEventType) == ["Air/drone strike"])
        #expect(events.first?.fatalities == 28)
        #expect(events.first?.text.hasPrefix(headline) == true)
    }

    /// A scare-quoted label ("terrorist shelling") still names the act the sentence reports.
    @Test func scareQuotes_countAsTheAct() {
        let quoted = Self.extractor.extract(
            text: "Airstrikes hit Saraqib on Monday, killing five. State media said that 12 people were killed in Aleppo by \u{201C}terrorist shelling\u{201D}.",
            published: Self.day, context: ExtractionContext(assumeEvent: false))
        #expect(quoted.map(\.subEventType) == ["Air/drone strike", "Shelling/artillery/missile attack"])
        #expect(quoted.map(\.location) == ["Saraqib", "Aleppo"])
    }
}
