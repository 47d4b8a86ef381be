import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

@Suite struct ExtractionTests {
    static let extractor = Support.fixtureExtractor
    static let published = Support.day("2016-05-05")

    static func one(_ text: String, hint: String? = "Syria") -> ExtractedEvent? {
        extractor.extract(text: text, published: published, context: .init(countryHint: hint, docID: "t")).max { $0.confidence < $1.confidence }
    }

    @Test(arguments: [
        ("Russian warplanes bombed the market in Aleppo.", "Air/drone strike"),
        ("Regime forces shelled Khan Tuman with mortars.", "Shelling/artillery/missile attack"),
        ("A car bomb exploded in Homs.", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a checkpoint in Homs.", "Suicide bomb"),
        ("Rebels and regime forces clashed near Khan Tuman.", "Armed clash"),
        ("The Islamic State captured the gas field near Homs.", "Non-state actor overtakes territory"),
        ("The Syrian army retook the hills near Homs.", "Government regains territory"),
        ("Hundreds protested in Aleppo against the government.", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in Homs.", "Protest with intervention"),
        ("Rioters threw stones at police in Homs.", "Mob violence"),
        ("Protesters threw stones at police during a demonstration in Homs.", "Violent demonstration"),
        ("Security forces arrested three men in Aleppo.", "Arrests"),
        ("Gunmen kidnapped a doctor in Idlib.", "Abduction/forced disappearance"),
        ("Police defused an IED on the road to Homs.", "Disrupted weapons use"),
        ("The two sides agreed a ceasefire in Aleppo.", "Agreement"),
        ("Gunmen shot dead a civilian in Sarmada.", "Attack"),
        ("Settlers beat a shepherd near Sarmada.", "Mob violence"),
        ("Police fired upon a car in Homs and attempted to detain the driver.", "Attack"),
        ("Defusal: soldiers found and defused two IEDs near Homs.", "Disrupted weapons use"),
        ("Gunmen kidnapped a doctor and police arrested two men in Idlib.", "Abduction/forced disappearance"),
        ("Protesters clashed with police and threw stones during a demonstration in Homs.", "Violent demonstration"),
        ("The Syrian army and its allies declared a truce in Aleppo after attacks that killed 300 people.", "Agreement"),
        // unarmed violence between civilians is a mob; the same blows from soldiers are an attack
        ("Physical clashes broke out between rival shopkeepers in a market in Homs.", "Mob violence"),
        ("Two families scuffled over a plot of land near Sarmada, leaving five injured.", "Mob violence"),
        ("Syrian army soldiers physically assaulted a farmer near Sarmada.", "Attack"),
        // a protest that is only the reason for an arrest is no protest of its own
        ("A journalist was arrested in Aleppo for supporting demonstrations against the government.", "Arrests"),
        ("Ten protesters were arrested during demonstrations in Aleppo.", "Protest with intervention"),
        // a crowd that burns tyres to press a demand demonstrates; without one it is a mob
        ("Residents blocked streets in Homs and burned tyres to demand that power be restored.", "Violent demonstration"),
        // an arrest the protest is about is not done to the protesters
        ("Students staged a protest in Aleppo against the arrest of three classmates.", "Peaceful protest"),
        ("Relatives rallied in Homs protesting the detention of a teacher; police dispersed them.", "Protest with intervention"),
    ])
    func eventTypesFollowTriggersAndPrecedence(text: String, sub: String) {
        #expect(Self.one(text)?.subEventType == sub)
    }

    @Test(arguments: [
        ("The Local Coordination Committees verified the death toll of eight killed in Aleppo by an air strike.", "verified", "Local Coordination Committees"),
        ("State media claimed that 100 people were killed by shelling in Aleppo. There is no independent verification of the toll.", "unverified", nil),
        ("Pro-regime accounts say eight people were killed in a car bombing in Homs.", "claimed", "Pro-regime accounts"),
        ("Airstrikes reportedly hit Khan Tuman.", "reported", nil),
    ] as [(String, String, String?)])
    func attributionGivesSourceAndCertainty(text: String, certainty: String, source: String?) {
        let e = Self.one(text)
        #expect(e?.certainty == certainty)
        if let source { #expect(e?.source == source) }
    }

    @Test func placesResolveWithContextAndPrecision() throws {
        let e = try #require(Self.one("Rebels attacked positions near Khan Touman, south of Aleppo."))
        #expect(e.location == "Khan Tuman")
        #expect(e.admin1 == "Aleppo")
        #expect(e.geoPrecision == 2)
        let homs = try #require(Self.one("A double car bombing hit eastern Homs Province."))
        #expect(homs.location == "Homs")
        #expect(homs.geoPrecision == 3)
        let gas = try #require(Self.one("ISIS captured the al-Sha’ar gas fields."))
        #expect(gas.location == "Al Shaer gas field")
        #expect(gas.geoPrecision == 1)
        // "Aleppo" in a Syrian story is never the Pennsylvania town
        let aleppo = try #require(Self.one("Warplanes bombed Aleppo."))
        #expect(aleppo.country == "Syria")
    }

    @Test func headlineAndItsSentencesAreOneEvent() throws {
        let page = """
        30+ Killed in Airstrike on Camp in North

        More than 30 people have been killed in an air strike on a displaced persons’ camp near Sarmada in Idlib Province.

        The Local Coordination Committees verified the death toll and said dozens were wounded. It said the attacking warplane is believed to be Russian.
        """
        let events = Self.extractor.extract(text: page, published: Self.published)
        #expect(events.count == 1)
        let e = try #require(events.first)
        #expect(e.subEventType == "Air/drone strike")
        #expect(e.location == "Sarmada")
        #expect(e.fatalities == 30)
        #expect(e.fatalitiesMin == 31)
        #expect(e.injured == 12)
        #expect(e.certainty == "verified")
        #expect(e.actor1 == "Military Forces of Russia")
        #expect(e.date == "2016-05-05")
        #expect(e.summary == "Air/drone strike · Sarmada, Idlib · 30+ killed · 12 injured · Local Coordination Committees, verified")
        // spans point at the evidence
        let span = try #require(e.spans["location"]?.spans.first)
        #expect(String(decoding: Array(page.utf8)[span.start..<span.end], as: UTF8.self) == "Sarmada")
    }

    @Test(arguments: [
        ("Gunmen opened fire on a car in Sarmada, killing him.", 1),
        ("A soldier was killed by an IED near Homs. Other sources report 3 killed.", 1),
        ("The army and rebels agreed a truce in Aleppo after attacks that killed 300 people.", 0),
        ("A double car bomb killed 8 people in Homs.", 8),
        ("Shelling hit Homs. No casualties were reported.", 0),
        // "killing a man" is also an attack trigger; it still counts one death
        ("Gunmen opened fire on a car near Homs, killing a man.", 1),
        ("An IED exploded under a bus in Homs. 1 fatality.", 1),
        // one person with modifiers; a denial counts only next to the death word
        ("An IED planted by an unknown armed group exploded near Homs, killing a regime soldier.", 1),
        ("Gunmen shot at a car in Sarmada, which resulted in the killing of the local council member.", 1),
        ("Gunmen fired at a checkpoint in Homs, but no one was killed.", 0),
        ("Rebels shelled a regime checkpoint near Homs, killing soldiers.", 0),
    ])
    func fatalitiesFollowACLEDConservativeRules(text: String, fatalities: Int) {
        #expect(Self.one(text)?.fatalities == fatalities)
    }

    @Test(arguments: [
        ("A soldier was killed by an IED planted by the Islamic State near Homs.", "Islamic State"),
        ("Regime forces shelled Khan Tuman.", "Military Forces of Syria"),
        ("Both pro-regime and pro-rebel outlets report attacks near Khan Tuman by the Nusra Front.", "Jabhat al-Nusra"),
        ("Russian warplanes bombed Sarmada.", "Military Forces of Russia"),
    ])
    func actor1IsTheAgent(text: String, actor: String) {
        #expect(Self.one(text)?.actor1 == actor)
    }

    @Test func statementsAreNotEvents() {
        let text = "The minister warned that the talks would fail.\n\nThe currency fell another 15% against the dollar."
        #expect(Self.extractor.extract(text: text, published: Self.published).filter { $0.eventType != "Strategic developments" }.isEmpty)
    }

    @Test func adversarialInputReturns() {
        let inputs: [String] = [
            String(repeating: "a", count: 1_000_000),
            String(repeating: "7", count: 100_000),
            String(repeating: "\u{201C}\"'«", count: 50_000),
            String(decoding: (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }, as: UTF8.self),
            String(decoding: [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82] + Array("killed in Aleppo".utf8), as: UTF8.self),
            String(repeating: "Al-", count: 100_000),
            String(repeating: "killed 5 ", count: 50_000),
        ]
        for input in inputs {
            let events = Self.extractor.extract(text: input, published: Self.published)
            #expect(events.count < 100_000)
        }
    }

    /// Hostile repetition must cost linear time: eight times the text may take about eight times as
    /// long, never sixty-four (a rule that rescans what it has already seen would be quadratic).
    /// Timings are the best of three, interleaved, and the bound allows 3x for a busy machine.
    @Test(arguments: [
        "killed 5 ", "Al-", "\u{201C}\"'«", "7", "a", "Aleppo, Idlib and Hama, ", "Russian warplanes bombed Sarmada, killing 3. ",
        "UPDATE 1345 GMT: ", "(((", "Pro-regime accounts say 8 killed; activists said 12. ",
    ])
    func timePerByteStaysFlat(unit: String) {
        func text(_ bytes: Int) -> String { String(repeating: unit, count: max(1, bytes / unit.utf8.count)) }
        let small = text(20_000), large = text(160_000)
        let clock = ContinuousClock()
        func seconds(_ t: String) -> Double {
            let start = clock.now
            _ = Self.extractor.extract(text: t, published: Self.published)
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        var bestSmall = Double.infinity, bestLarge = Double.infinity
        for _ in 0..<3 {
            bestSmall = min(bestSmall, seconds(small))
            bestLarge = min(bestLarge, seconds(large))
        }
        #expect(bestLarge < max(bestSmall, 0.001) * 24, "\(unit): \(bestSmall) s for 20 kB, \(bestLarge) s for 160 kB")
    }

    @Test func aTextWithNoEventIsCodedAsOtherOnlyWhenItIsKnownToReportOne() {
        let text = "The weather in Aleppo was mild today and the markets were busy."
        // an ACLED-style note always reports an event: the catch-all, with a low confidence
        let note = Self.extractor.extract(text: text, published: Self.published, context: .init(countryHint: "Syria"))
        #expect(note.map(\.subEventType) == ["Other"])
        #expect(note.first?.confidence == 0.1)
        // a live-blog update need not: nothing is proposed
        #expect(Self.extractor.extract(text: text, published: Self.published, context: .init(countryHint: "Syria", assumeEvent: false)).isEmpty)
    }
}
