import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// One text, several events: a sentence with a trigger of its own at a place of its own, or of
/// another kind, opens an incident; a sentence that only adds a toll, a source or background stays
/// with the incident before it. Desk updates (`assumeEvent: false`) are read this way; a text the
/// caller knows to report one event stays one event.
@Suite struct IncidentTests {
    struct Want: Sendable {
        var subEventType: String
        var location: String?
        var fatalities = 0
        /// The event's evidence text: its own sentences, joined.
        var text: String
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var events: [Want]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "two places 170 km apart, two kinds",
             text: "Warplanes bombed a bakery in Homs on Monday, killing 6. In Aleppo, rebels clashed with regime forces.",
             events: [Want(subEventType: "Air/drone strike", location: "Homs", fatalities: 6,
                           text: "Warplanes bombed a bakery in Homs on Monday, killing 6."),
                      Want(subEventType: "Armed clash", location: "Aleppo",
                           text: "In Aleppo, rebels clashed with regime forces.")]),
        Case(name: "the same kind at two places",
             text: "Regime forces shelled Sarmada on Monday. Regime artillery also shelled Khan Tuman, killing 2.",
             events: [Want(subEventType: "Shelling/artillery/missile attack", location: "Sarmada",
                           text: "Regime forces shelled Sarmada on Monday."),
                      Want(subEventType: "Shelling/artillery/missile attack", location: "Khan Tuman", fatalities: 2,
                           text: "Regime artillery also shelled Khan Tuman, killing 2.")]),
        Case(name: "a development, then violence with its toll and a caveat",
             text: "The regime rejected the truce in a letter to its allies. State media said about 60 people were killed in Aleppo by rebel shelling. The toll could not be verified.",
             events: [Want(subEventType: "Other", location: "Aleppo",
                           text: "The regime rejected the truce in a letter to its allies."),
                      Want(subEventType: "Shelling/artillery/missile attack", location: "Aleppo", fatalities: 60,
                           text: "State media said about 60 people were killed in Aleppo by rebel shelling. The toll could not be verified.")]),
        Case(name: "a toll and a source stay with their incident",
             text: "Regime forces shelled Khan Tuman on Sunday. The Syrian Observatory said 9 civilians were killed.",
             events: [Want(subEventType: "Shelling/artillery/missile attack", location: "Khan Tuman", fatalities: 9,
                           text: "Regime forces shelled Khan Tuman on Sunday. The Syrian Observatory said 9 civilians were killed.")]),
        Case(name: "a trigger at a place 12 km away stays: the same area",
             text: "Rebels and regime forces clashed near Aleppo on Sunday. The fighting spread to Khan Tuman at night.",
             events: [Want(subEventType: "Armed clash", location: "Aleppo",
                           text: "Rebels and regime forces clashed near Aleppo on Sunday. The fighting spread to Khan Tuman at night.")]),
        Case(name: "a no-event sentence beside an event",
             text: "Schools reopened in Homs after the holiday. Rebels and regime forces clashed near Khan Tuman on Tuesday.",
             events: [Want(subEventType: "Armed clash", location: "Khan Tuman",
                           text: "Rebels and regime forces clashed near Khan Tuman on Tuesday.")]),
        Case(name: "background words do not open an incident",
             text: "Rebels and regime forces clashed near Khan Tuman on Tuesday. The rebels had joined a new alliance in March.",
             events: [Want(subEventType: "Armed clash", location: "Khan Tuman",
                           text: "Rebels and regime forces clashed near Khan Tuman on Tuesday. The rebels had joined a new alliance in March.")]),
    ]

    static func events(_ text: String, assumeEvent: Bool) -> [ExtractedEvent] {
        ExtractionTests.extractor.extract(text: text, published: ExtractionTests.published,
                                          context: .init(countryHint: "Syria", docID: "t", assumeEvent: assumeEvent))
    }

    @Test(arguments: cases)
    func aDeskUpdateIsSplitIntoItsIncidents(_ c: Case) throws {
        let got = Self.events(c.text, assumeEvent: false)
        #expect(got.map(\.subEventType) == c.events.map(\.subEventType))
        for (e, want) in zip(got, c.events) {
            #expect(e.location == want.location)
            #expect(e.fatalities == want.fatalities)
            #expect(e.text == want.text)
            // the evidence spans point at the event's own sentences
            let bytes = Array(c.text.utf8)
            let spans = try #require(e.spans["text"]).spans
            #expect(spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }.joined(separator: " ") == want.text)
        }
    }

    @Test func aShellingClaimKeepsItsSourceAndCertainty() throws {
        let text = "The regime rejected the truce in a letter to its allies. State media claimed that about 60 people were killed in Aleppo by rebel shelling. There is no independent verification."
        let got = Self.events(text, assumeEvent: false)
        try #require(got.count == 2)
        #expect(got[0].eventType == "Strategic developments")
        #expect(got[1].subEventType == "Shelling/artillery/missile attack")
        #expect(got[1].source == "State media")
        #expect(got[1].certainty == "unverified")
        #expect(got[1].fatalities == 60)
        // the toll belongs to the shelling, not to the rejected truce
        #expect(got[0].fatalities == 0)
    }

    @Test(arguments: cases.filter { $0.events.count > 1 })
    func aTextKnownToReportOneEventStaysOne(_ c: Case) {
        let got = Self.events(c.text, assumeEvent: true)
        #expect(got.count == 1)
        #expect(got.first?.text == c.text)
    }

    /// "Separately", "Elsewhere", "In another incident": the update says itself that a second
    /// incident follows, even in the same district.
    @Test(arguments: ["Separately,", "Elsewhere,", "In another incident,"])
    func aSentenceThatSaysItIsAnotherIncidentOpensOne(opening: String) {
        let text = "Government aircraft bombed the town of Douma on Sunday morning. \(opening) rebels shelled an army checkpoint in Douma."
        let events = ReportingTests.events(text, assumeEvent: false)
        #expect(events.map(\.subEventType) == ["Air/drone strike", "Shelling/artillery/missile attack"])
    }
    /// A title line in sentence case over the body ("Four police officers killed in Mandera
    /// blast") heads the body's incident, as a title-case one does: one event, dated by the body,
    /// with the body's actor, not a second one dated to the day of publication.
    @Test(arguments: ["Three traders killed in Wajir IED blast", "Three Traders Killed in Wajir IED Blast"])
    func sentenceCaseTitle_headsTheBodysIncident(title: String) {
        let text = "\(title)\n\nThree traders were killed on Monday when their lorry hit a roadside bomb planted by suspected Al-Shabaab militants outside Wajir town, police said."
        let events = ReportingTests.events(text, assumeEvent: false)
        #expect(events.count == 1)
        #expect(events.first?.subEventType == "Remote explosive/landmine/IED")
        #expect(events.first?.fatalities == 3)
        #expect(events.first?.actor1 == "Al Shabaab")
        #expect(events.first?.date == "2022-03-07")
    }
}
