import Foundation
import Testing
@testable import SitrepExtract
import SitrepModel

/// Whether a text reports an event at all (issue 10, "No event is an answer"), news-prose
/// casualty shapes and background dates. Every sentence here is written for the test.
@Suite struct ReportingTests {
    static let extractor = Support.bundled
    static let published = Support.day("2022-03-10")

    static func events(_ text: String, assumeEvent: Bool) -> [ExtractedEvent] {
        extractor.extract(text: text, published: published, context: .init(docID: "t", assumeEvent: assumeEvent))
    }

    // MARK: - No event

    struct Quiet: Sendable, CustomStringConvertible {
        var kind: String
        var text: String
        var description: String { "\(kind): \(text)" }
    }

    /// Texts that name violence, weapons or deaths without reporting a conflict event.
    static let quiet: [Quiet] = [
        Quiet(kind: "blame", text: "Shopkeepers in Homs blame the fighting in the countryside for the rising price of bread."),
        Quiet(kind: "condemn", text: "The foreign ministry condemned the shelling of civilian areas and called for restraint."),
        Quiet(kind: "responsibility", text: "A militant group claimed responsibility for the car bomb in a statement posted online."),
        Quiet(kind: "response", text: "Ottawa announced new sanctions on Damascus in response to the chemical weapons attack."),
        Quiet(kind: "accusation", text: "The minister accused the neighbouring government of bombing border villages."),
        Quiet(kind: "denial", text: "The defence ministry rejected accusations of bombing a hospital near Idlib."),
        Quiet(kind: "threat", text: "The rebel commander threatened to attack the city if the siege continued."),
        Quiet(kind: "vow", text: "The president vowed to retake every village lost to the insurgents."),
        Quiet(kind: "negation", text: "No clashes were reported in the province overnight, the governor said."),
        Quiet(kind: "weapons test", text: "The country conducted two ballistic missile tests off its eastern coast."),
        Quiet(kind: "disaster", text: "Floods swept through three districts after days of torrential rain, killing 14 people."),
        Quiet(kind: "earthquake", text: "A strong earthquake flattened homes in the mountain villages, leaving at least 30 people dead."),
        Quiet(kind: "earthquake with a riot word", text: "The earthquake buried families as stone walls collapsed in the old town, killing dozens."),
        Quiet(kind: "accident", text: "Three workers were injured when a boiler at a textile plant exploded on Tuesday."),
        Quiet(kind: "snow", text: "Soldiers were mobilized to clear mountain roads after heavy snow cut off a dozen villages."),
        Quiet(kind: "crime", text: "Customs officers intercepted a truck carrying cocaine and arrested its driver."),
        Quiet(kind: "crime over two sentences", text: "Coast guards stopped a boat of drug smugglers off the coast. Four men were intercepted."),
        Quiet(kind: "weak word", text: "The opposition accused the ruling party of rigging the local elections."),
        Quiet(kind: "denial", text: "The air force denied that its jets had struck a school in the north."),
        Quiet(kind: "deaths with no armed actor", text: "Five people died when a fire swept through the central market in Kano on Tuesday."),
    ]

    @Test(arguments: quiet)
    func aTextThatReportsNoEvent_yieldsNothing(_ q: Quiet) {
        let got = Self.events(q.text, assumeEvent: false)
        #expect(got.isEmpty, "\(got.map(\.subEventType))")
    }

    @Test(arguments: quiet)
    func withAssumeEvent_everyTextIsStillOneEvent(_ q: Quiet) {
        #expect(Self.events(q.text, assumeEvent: true).count == 1)
    }

    struct Loud: Sendable, CustomStringConvertible {
        var text: String
        var subEventType: String
        var description: String { text }
    }

    /// Texts near those kinds that do report an event: the rules must not silence them.
    static let loud: [Loud] = [
        Loud(text: "A bomb hidden in a gas cylinder exploded at a market in Mosul, killing four people.",
             subEventType: "Remote explosive/landmine/IED"),
        Loud(text: "Hundreds of students marched in Dhaka to protest the deaths of two classmates in a road accident.",
             subEventType: "Peaceful protest"),
        Loud(text: "Police seized rifles and ammunition from arms smugglers near the border and intercepted their truck.",
             subEventType: "Disrupted weapons use"),
        // weapons seized or found: disrupted weapons use, whatever the verb alone would say
        Loud(text: "Soldiers found two IEDs and a box of detonators under a bridge near Kandahar.",
             subEventType: "Disrupted weapons use"),
        Loud(text: "Border guards confiscated a cache of rifles near Qamishli on Friday.",
             subEventType: "Disrupted weapons use"),
        Loud(text: "Nine pistols and 400 cartridges were seized by troops at a checkpoint outside Gao.",
             subEventType: "Disrupted weapons use"),
        Loud(text: "Government forces shelled Daraa on Monday after rebels threatened to attack a checkpoint.",
             subEventType: "Shelling/artillery/missile attack"),
        Loud(text: "Gunmen killed three soldiers and wounded four others near Arish on Sunday.",
             subEventType: "Armed clash"),
        // a toll with no act named: fighters killed, or killed by armed men, is violence
        Loud(text: "At least 20 militants were killed when they raided an army base near Kismayo on Sunday.",
             subEventType: "Armed clash"),
        Loud(text: "Security forces in the western region have killed 40 rebels during a week of operations.",
             subEventType: "Armed clash"),
        Loud(text: "Turkish troops have set up two military bases near Zakho, local officials said.",
             subEventType: "Headquarters or base established"),
        // an earlier year's attack named beside today's act is a reference, not the event
        Loud(text: "Government troops captured three villages near a town that was the scene of a deadly 2017 chemical attack.",
             subEventType: "Government regains territory"),
        // a wire flash all in capitals is the report, not a photo caption
        Loud(text: "THREE SOLDIERS KILLED AS ROADSIDE BOMB HITS ARMY PATROL NEAR KANDAHAR",
             subEventType: "Remote explosive/landmine/IED"),
        Loud(text: "Soldiers discovered a hideout holding a large quantity of rifles and ammunition near Gao.",
             subEventType: "Disrupted weapons use"),
    ]

    @Test(arguments: loud)
    func aReportNearThoseKinds_stillYieldsItsEvent(_ l: Loud) {
        let got = Self.events(l.text, assumeEvent: false)
        #expect(got.map(\.subEventType) == [l.subEventType])
    }

    /// A crowd word makes a fight a mob only as its subject: "residents said fighting continued" is
    /// a battle that residents told of.
    static let crowds: [Loud] = [
        Loud(text: "Residents clashed with each other over a water point in Baidoa, injuring four.", subEventType: "Mob violence"),
        Loud(text: "Supporters of two rival candidates clashed outside a polling station in Kisumu.", subEventType: "Mob violence"),
        Loud(text: "Residents said heavy fighting continued overnight on the outskirts of Taiz.", subEventType: "Armed clash"),
        Loud(text: "Hundreds of families fled as fighting raged in the north of Marib.", subEventType: "Armed clash"),
    ]

    @Test(arguments: crowds)
    func aCrowdIsAMobOnlyWhenItFights(_ l: Loud) {
        #expect(Self.events(l.text, assumeEvent: true).map(\.subEventType) == [l.subEventType])
    }

    // MARK: - News-prose casualties

    struct Toll: Sendable, CustomStringConvertible {
        var text: String
        var killed: Int
        var min: Int?
        var max: Int?
        var injured: Int?
        var description: String { text }
    }

    static let tolls: [Toll] = [
        // active voice, the toll as the object
        Toll(text: "Artillery fire on the town of Bakhmut killed six people and wounded 19 on Friday.", killed: 6, min: 6, max: 6, injured: 19),
        Toll(text: "The coalition killed at least 15 people in an air strike near Saada on Monday.", killed: 15, min: 15, max: nil),
        Toll(text: "Gunmen killed three soldiers and wounded four others near Arish on Sunday.", killed: 3, min: 3, max: 3, injured: 4),
        // a toll spelled out first, a subset after it
        Toll(text: "Twenty-three people, among them four women, died when shells hit a bus station in Donetsk.", killed: 23, min: 23, max: 23),
        Toll(text: "Fourteen soldiers, two of them officers, were killed in an ambush near Tillaberi.", killed: 14, min: 14, max: 14),
        // a toll the story revises upward: the later figure, the first as the lower bound
        Toll(text: "At least 100 people were killed in a bombing in Kabul on Thursday. The death toll later rose to 120.", killed: 120, min: 100, max: 120),
        Toll(text: "A suicide bomber killed at least 40 worshippers at a mosque in Peshawar. By evening the toll had risen to 57.", killed: 57, min: 40, max: 57),
        Toll(text: "The death toll from the air strike on the market in Saada climbed to 31 on Tuesday.", killed: 31, min: 31, max: 31),
        // the war's cumulative toll is not the incident's
        Toll(text: "Since March 2011, more than 300,000 people have been killed in Syria. On Monday, clashes in Daraa killed four fighters.",
             killed: 4, min: 4, max: 4),
    ]

    @Test(arguments: tolls)
    func newsProseTolls_areReadAsTheReportsToll(_ t: Toll) throws {
        let got = Self.events(t.text, assumeEvent: false)
        let e = try #require(got.first)
        #expect(got.count == 1)
        #expect(e.fatalities == t.killed)
        #expect(e.fatalitiesMin == t.min)
        #expect(e.fatalitiesMax == t.max)
        #expect(e.injured == t.injured)
    }

    @Test(arguments: [
        ("Twenty-three people, among them four women, died.", 23),
        ("Fourteen soldiers, two of them officers, were killed.", 14),
        ("Nine fighters, most of them foreigners, were killed.", 9),
    ])
    func aSubsetBesideATollIsNotCounted(text: String, killed: Int) {
        let found = RuleTests.casualties(text).filter { $0.what == .killed }
        #expect(found.map(\.value) == [killed])
    }

    @Test(arguments: [
        ("The death toll later rose to 120.", 120),
        ("The toll had risen to 57 by evening.", 57),
        ("The number of dead reached 31.", 31),
    ])
    func aRevisedTollIsReadAsARevision(text: String, killed: Int) throws {
        let x = RuleTests.extractor
        let doc = Document(text: text, tokenizer: x.tokenizer, lexicon: x.lexicon)
        let reader = CasualtyReader(lexicon: x.lexicon)
        let range = doc.sentences[0].range
        #expect(try #require(reader.revisedToll(in: doc, sentence: range)).value == killed)
        // never added to an earlier toll as a second count
        #expect(reader.casualties(in: doc, sentence: range).filter { $0.what == .killed }.isEmpty)
    }

    // MARK: - Background dates

    @Test(arguments: [
        ("The war, which began in March 2011, has displaced millions. Regime aircraft bombed Douma on Tuesday, killing seven.", "2022-03-08"),
        ("Since March 2011 the town of Douma has been shelled many times. Government forces shelled it again on Monday.", "2022-03-07"),
        // a recent start still dates the fighting that began then
        ("Rebels and government forces have clashed near Khan Tuman since early March.", "2022-03-05"),
    ])
    func theWarsStartDatesNoEvent(text: String, date: String) throws {
        let got = Self.events(text, assumeEvent: false)
        let e = try #require(got.first)
        #expect(got.allSatisfy { !$0.date.hasPrefix("2011") })
        #expect(e.date == date)
    }
}

/// A denial is no report of an event for `sitrep extract`, but the desk keeps it as a denial
/// account, so the record can grade the incident it disputes as contested.
@Suite struct DenialAccountTests {
    static let extractor = try! Extractor.bundled()
    static let text = "The Russian military denied that its jets had carried out the air strike on the camp near Sarmada."

    @Test func aDenial_isNoEventForTheCLI_butADenialAccountForTheDesk() {
        let day = Date(timeIntervalSince1970: 1_462_406_400)
        #expect(Self.extractor.extract(text: Self.text, published: day, context: ExtractionContext(assumeEvent: false)).isEmpty)
        let desk = Self.extractor.extract(text: Self.text, published: day, context: ExtractionContext(assumeEvent: false, keepDenials: true))
        #expect(desk.count == 1)
        #expect(desk.first?.denial == true)
        #expect(desk.first?.subEventType == "Air/drone strike")
    }
}
