import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Whole news reports read as the desk reads them (no event assumed): the act's day beside the
/// day it was told, the dead of another incident, a long report's lead, a headline's victims.
/// Texts written for these tests.
@Suite struct WireReadingTests {
    static func main(_ text: String, published: String) -> ExtractedEvent? {
        NewsReportTests.main(text, published: published)
    }

    // MARK: - Days

    /// A press release's dateline ("Juba, 12 March 2025 —"): a place and a whole date with its
    /// year, then a dash. Its day is the filing day, not the act's.
    @Test(arguments: [
        ("Bangui, 6 November 2025 — Armed men", 6),
        ("Goma, March 5, 2024 — Our teams", 7),
        ("Port Sudan, 22 December 2023 - The warehouse", 7),
    ])
    func aPressReleasesDatelineEndsAtItsDash(text: String, length: Int) {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines == [0..<length])
    }

    @Test(arguments: [
        "Bangui, 6 November was quiet.",
        "Monday, March 5 — a day of talks.",
    ])
    func aDayAloneOrWithoutADashIsNoDateline(text: String) {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines.isEmpty)
    }

    @Test(arguments: [
        ("Juba, 12 March 2025 — Armed men attacked a clinic near the town of Yei on 9 March, wounding two nurses, the aid group said.", "2025-03-12", "2025-03-09"),
        ("PRESS RELEASE\n\nGoma, March 5, 2024 — Our teams treated 14 people wounded when shells hit a displacement camp near Sake on 2 March.", "2024-03-05", "2024-03-02"),
    ])
    func aPressReleaseDatesItsActByItsTelling(text: String, published: String, day: String) throws {
        let e = try #require(Self.main(text, published: published))
        #expect(e.date == day)
    }

    /// A press release's dateline may be its date alone, opening a line: "7 February 2024 -".
    @Test(arguments: [
        ("7 February 2024 - Aid workers", 4),
        ("February 7, 2024 — An air strike", 5),
    ])
    func aDateAloneBeforeADashIsADateline(text: String, length: Int) {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines == [0..<length])
    }

    @Test(arguments: [
        "PRESS RELEASE\n\n7 February 2024 - Aid workers said an air strike hit a market in the town of Kutum on Monday 5 February, killing nine traders.",
        "PRESS RELEASE\n\nFebruary 7, 2024 — An air strike hit a market in the town of Kutum on Monday, killing nine traders, aid workers said.",
    ])
    func aDateAloneDatesNoAct(text: String) throws {
        let e = try #require(Self.main(text, published: "2024-02-07"))
        #expect(e.date == "2024-02-05")
    }

    @Test func aDateOpeningASentenceIsNoDateline() {
        let doc = Document(text: "7 February 2024 was the day the talks - and the truce - failed.", tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines.isEmpty)
    }

    /// A day of saying written without "on" ("said Wednesday") or before its verb ("The army on
    /// Saturday said", "on Sunday traded accusations") is the telling's day, not the act's.
    @Test(arguments: [
        ("State prosecutors said Wednesday that gunmen had shot dead a local councillor in Iguala on Tuesday.", "2024-10-23", "2024-10-22"),
        ("The army on Saturday said rebels attacked a military base near the town of Nasir on Thursday, killing four soldiers.", "2025-11-22", "2025-11-20"),
        ("The two sides on Sunday traded accusations over fighting near Malakal. Government troops and rebels clashed there on Friday, killing six fighters.", "2025-11-23", "2025-11-21"),
    ])
    func aDayOfSayingGivesWayToTheActsDay(text: String, published: String, day: String) throws {
        let e = try #require(Self.main(text, published: published))
        #expect(e.date == day)
    }

    /// A lead dated only by its day of saying, then a sentence of no place of its own that gives an
    /// earlier day: the act's day, the same incident (not another one on that day).
    @Test func anEarlierDayAfterADayOfSayingDatesTheAct() throws {
        let events = NewsReportTests.events("Soldiers killed 12 suspected cartel gunmen in a shootout near the city of Culiacan, the defence ministry said on Wednesday.\n\nTroops searching a ranch on Tuesday came under fire and fought back for two hours, the minister told reporters.", published: "2024-10-24")
        #expect(events.count == 1)
        #expect(events.first?.date == "2024-10-22")
        #expect(events.first?.fatalities == 12)
    }

    /// "Overnight" alone is the night before publication; a weekday after it names the night,
    /// and "Wednesday to Thursday", "into Thursday" end on the day ACLED codes.
    @Test(arguments: [
        ("Suspected rebels shot dead 11 villagers overnight Wednesday to Thursday near the town of Beni, the army said.", "2022-11-17"),
        ("Suspected rebels shot dead 11 villagers overnight into Thursday near the town of Beni, the army said.", "2022-11-17"),
        ("Suspected rebels shot dead 11 villagers overnight Wednesday near the town of Beni, the army said.", "2022-11-16"),
        ("Suspected rebels shot dead 11 villagers overnight near the town of Beni, the army said.", "2022-11-18"),
    ])
    func aWeekdayAfterOvernightNamesTheNight(text: String, day: String) throws {
        let e = try #require(Self.main(text, published: "2022-11-18"))
        #expect(e.date == day)
    }

    /// "today" quoted from what was said "Tuesday" is Tuesday; told by the report itself it is
    /// the publication day.
    @Test(arguments: [
        ("Government troops have recaptured the town of Menaka from the rebels, the defence minister announced Tuesday.\n\n\"Our soldiers entered Menaka today,\" he said in a televised address.", "2023-11-14"),
        ("Government troops have recaptured the town of Menaka from the rebels, the defence minister announced Tuesday.\n\nResidents said the last rebels left the town today.", "2023-11-15"),
    ])
    func aQuotedTodayIsTheDayItWasSaid(text: String, day: String) throws {
        let e = try #require(Self.main(text, published: "2023-11-15"))
        #expect(e.date == day)
    }

    @Test func aWeekdayNamingTheActIsNoDayOfSaying() throws {
        let e = try #require(Self.main("Police said Tuesday's bombing of a market in Maiduguri killed four people.", published: "2024-06-06"))
        #expect(e.date == "2024-06-04")
    }

    // MARK: - Tolls

    /// "In a separate incident, troops killed six militants": another event's dead, even when the
    /// sentence stays with the incident before it.
    @Test(arguments: [
        "Gunmen ambushed a police patrol near the town of Tank on Monday, killing two policemen, officials said.\n\nIn a separate incident, troops killed six militants in a raid in North Waziristan.",
        "Gunmen ambushed a police patrol near the town of Tank on Monday, killing two policemen, officials said.\n\nIn a separate incident, security forces killed six militants in an operation in North Waziristan, the military said.",
    ])
    func anotherIncidentsDeadAreNoPartOfTheToll(text: String) throws {
        let e = try #require(Self.main(text, published: "2025-03-11"))
        #expect(e.fatalities == 2)
    }

    /// A long report (more than twelve sentences) whose lead tells deaths with verbs that are no
    /// act words ("hacked and shot to death") still reports them.
    @Test func aLongReportsLeadTollIsAnEvent() throws {
        let background = ["The region has long been unstable.", "Farmers there grow cassava and beans.", "Many families have moved to the city.",
                          "The road to the city is often closed.", "Traders say prices have doubled.", "Schools in the area have been shut for months.",
                          "The local hospital lacks medicine.", "Aid groups have asked for more funding.", "Rains have made the roads hard to travel.",
                          "The governor visited the town last month.", "Residents say they feel abandoned.", "The next market day is on Friday."]
        let text = "Twenty villagers were hacked and shot to death when ADF rebels overran their farms near the town of Beni on Friday, a local official said.\n\n"
            + background.joined(separator: " ")
        let e = try #require(Self.main(text, published: "2025-06-08"))
        #expect(e.subEventType == "Attack")
        #expect(e.fatalities == 20)
        #expect(e.date == "2025-06-06")
    }

    /// A name of several capitalized words is one step between a count and its verb: "members of
    /// a village militia allied with Burkina Faso's army were killed" reached the verb past the
    /// reader's step limit.
    @Test func aNameOfSeveralWordsIsOneStepToTheVerb() throws {
        let e = try #require(Self.main("Nine members of a village militia allied with Burkina Faso's army were killed on Friday when gunmen ambushed their convoy near the town of Djibo.", published: "2023-08-06"))
        #expect(e.fatalities == 9)
    }

    /// An infinitive after a word that says it was done ("made it possible to neutralise",
    /// "managed to kill") kills as the verb would; a vow or an attempt does not.
    @Test(arguments: [
        ("Jihadists ambushed an army convoy near the town of Dori on Friday, killing eight soldiers, security sources said. The army said its response made it possible to neutralise about fifteen terrorists.", 23),
        ("Gunmen attacked a police post near the town of Tank on Monday, killing three policemen, officials said. Police said they managed to kill two of the attackers.", 5),
        ("Gunmen attacked a police post near the town of Tank on Monday, killing three policemen, officials said. Police said they vowed to kill the attackers.", 3),
    ])
    func anInfinitiveOfAnActDoneKills(text: String, toll: Int) throws {
        let e = try #require(Self.main(text, published: "2023-08-06"))
        #expect(e.fatalities == toll)
    }

    // MARK: - Actors

    /// A headline drops the passive's auxiliary: "Four soldiers killed in ...", "Two policemen
    /// wounded as ..." name the victims, not the doer.
    @Test(arguments: [
        ("Four soldiers killed in jihadist attack on army base near Tillaberi\n\nIslamic State fighters attacked an army base near Tillaberi on Monday, killing four soldiers, the defence ministry said.", "Islamic State Sahel Province"),
        ("Two policemen wounded as gunmen storm checkpoint in Bannu\n\nTTP militants stormed a police checkpoint in Bannu on Monday, wounding two policemen, officials said.", "TTP: Tehrik-i-Taliban Pakistan"),
    ])
    func aHeadlinesVictimsAreNoDoers(text: String, actor: String) throws {
        let e = try #require(Self.main(text, published: "2025-05-13"))
        #expect(e.actor1 == actor)
    }

    /// A one-word group of another country's list that opens a sentence as the subject of saying
    /// or claiming is that group ("Hamas claimed responsibility" for an attack in Israel), not a
    /// capitalized common word.
    @Test func aGroupThatOpensItsClaimIsNamed() throws {
        let e = try #require(Self.main("Gunmen opened fire on people at a bus stop in Beersheba on Tuesday evening, killing six people, police said.\n\nHamas claimed responsibility for the attack.", published: "2024-10-02"))
        #expect(e.actor1 == "Hamas Movement")
    }
}
