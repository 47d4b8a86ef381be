import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Whole wire reports (a dateline, several paragraphs, reported speech, background), read as the
/// desk reads them: no event assumed. Texts written for these tests.
@Suite struct NewsReportTests {
    static func events(_ text: String, published: String) -> [ExtractedEvent] {
        Support.bundled.extract(text: text, published: Support.day(published), context: .init(docID: "t", assumeEvent: false))
    }

    static func main(_ text: String, published: String) -> ExtractedEvent? {
        events(text, published: published).max { $0.confidence < $1.confidence }
    }

    // MARK: - Datelines

    @Test(arguments: [
        ("BEIRUT (Reuters) - Rebels said", 5),
        ("KYIV, Ukraine, March 4 (AP) — A missile", 10),
        ("THE HAGUE, Sept. 27 (Reuters) - Judges", 10),
        ("KINSHASA, Democratic Republic of Congo (Reuters) - Troops", 10),
        ("Gaza (AFP) - Tanks", 5),
        ("MOGADISHU - A blast", 2),
        // a day written before its month, a year after it, and a capitalized place with a day
        ("Bangui, 6 November 2025 — Aid workers", 6),
        ("KYIV, March 4, 2024 (AP) — A missile", 10),
        // South Asian papers end theirs with a colon
        ("LAHORE: Police said", 2),
        ("SRINAGAR, Oct 3: Militants", 5),
    ])
    func aDatelineEndsAtItsDash(text: String, length: Int) throws {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines == [0..<length])
    }

    @Test(arguments: [
        "Rebels shelled Aleppo - the city's west - on Monday.",
        "Gaza - a strip of land - is crowded.",
        "Residents said (Reuters) - nothing",
        "He said: KYIV (Reuters) - no",
        "Monday, 6 November - a day of talks",
        "Lahore: a city of parks",
        "NOTE:\nnothing follows on the line",
    ])
    func anOrdinarySentenceIsNoDateline(text: String) {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines.isEmpty)
    }

    /// The dateline says where the reporter filed from and on which day: the event's place and day
    /// are those the story tells ("on Wednesday" before the filing day).
    @Test func theDatelineIsNeitherTheEventsPlaceNorItsDay() throws {
        let e = try #require(Self.main("""
            AMMAN, Feb 8 (Reuters) - Syrian government forces shelled the town of Saraqib on Wednesday, killing three \
            civilians, rescue workers said.
            """, published: "2018-02-08"))
        #expect(e.location == "Saraqib")
        #expect(e.date == "2018-02-07")
    }

    /// A story that names no place of its own happened where it was filed, when that lies in the
    /// story's country; a dateline abroad ("BEIRUT" for Syria) is never the place.
    @Test(arguments: [
        ("MOGADISHU (Reuters) - A car bomb exploded at a busy checkpoint on Friday, killing five people, police said.", "Mogadishu"),
        ("BEIRUT (Reuters) - Syrian warplanes bombed rebel-held villages on Monday, killing eight people, a Syrian war monitor said.", nil),
    ])
    func aDatelineStandsForAStoryWithNoPlace(text: String, place: String?) throws {
        let e = try #require(Self.main(text, published: "2023-05-12"))
        #expect(e.location == place)
        #expect(e.location != "Beirut")
    }

    /// "the capital" in a story filed from a capital is that capital, though the attacker's demonym
    /// votes for its own country; "the capital of X" names another.
    @Test(arguments: [
        ("KYIV (Reuters) - Russian drones struck the capital before dawn on Tuesday, injuring three people, officials said.", "Kyiv"),
        ("BEIRUT (Reuters) - Israeli jets bombed the capital's southern suburbs on Sunday, killing two people, a security source said.", "Beirut"),
    ])
    func aCapitalsDatelineIsTheCapitalTheStorySpeaksOf(text: String, place: String) throws {
        let e = try #require(Self.main(text, published: "2024-09-10"))
        #expect(e.location == place)
    }

    /// "the Afghan capital": a capital named by its country's demonym is that capital when the
    /// incident names no place, whatever other demonym votes.
    @Test(arguments: [
        ("A suicide bomber blew himself up outside a bank in the Afghan capital on Tuesday, killing four people, police said.", "Kabul"),
        ("Russian drones struck the Ukrainian capital overnight, injuring three people, officials said.", "Kyiv"),
    ])
    func aDemonymsCapitalIsThatCapital(text: String, place: String) throws {
        let e = try #require(Self.main(text, published: "2024-09-10"))
        #expect(e.location == place)
    }

    /// "Air strikes on Gaza" place the strike in Gaza although the story's votes go to Israel (the
    /// demonym of the attacker, the country the rockets flew to): "on" after an act names where it
    /// struck, as "in" and "at" do.
    @Test func aStrikeOnAPlaceKeepsItAgainstTheAttackersCountry() throws {
        let e = try #require(Self.main("""
            Israeli air strikes on Gaza killed at least 10 people on Friday, health officials said.

            Militants fired dozens of rockets towards Israel in response.
            """, published: "2022-08-06"))
        #expect(e.country == "Palestine")
    }

    // MARK: - Dates

    /// The day something was said is the reporting day: the event's is the day the telling gives
    /// ("killed on Monday", "late on Wednesday"); a relative day after it counts from it.
    @Test(arguments: [
        ("Officials said on Tuesday that an air strike on Monday killed five people in Idlib.", "2024-03-04"),
        ("Police told reporters on Friday that gunmen had killed three farmers in Zamfara state late on Wednesday.", "2024-03-06"),
        ("Health officials said on Wednesday that Israeli strikes overnight had killed 12 people in Rafah.", "2024-03-06"),
    ])
    func theDayOfSayingIsNotTheEventsDay(text: String, date: String) throws {
        let e = try #require(Self.main(text, published: "2024-03-09"))
        #expect(e.date == date)
    }

    /// A lead dated only by its day of saying takes the day a later paragraph gives the same act
    /// ("the blast, which happened late on Monday"); that paragraph is no other incident.
    @Test func theActToldAgainGivesTheLeadItsDay() throws {
        let all = Self.events("""
            Two soldiers were killed when a car bomb exploded next to a base in Saravena, the army said on Tuesday.

            The army blamed the ELN guerrilla group for the blast, which happened late on Monday.
            """, published: "2022-09-13")
        #expect(all.count == 1)
        #expect(all.first?.date == "2022-09-12")
        #expect(all.first?.fatalities == 2)
    }

    /// "A week ago" dates the event a week back, at week precision.
    @Test func aWeekAgoIsAWeekBack() throws {
        let e = try #require(Self.main("Gunmen killed two drivers on the road to Juba a week ago, the WFP said on Monday.", published: "2023-12-04"))
        #expect(e.date == "2023-11-27")
        #expect(e.timePrecision == 2)
    }

    // MARK: - The war so far

    /// A toll or a count of acts since the war began is the war's record, not the incident's: it
    /// neither raises the incident's toll nor opens an incident of its own.
    @Test func aCumulativeTollIsNoIncidentsToll() throws {
        let all = Self.events("""
            GAZA (Reuters) - An Israeli air strike on a house in Rafah killed six people on Monday, medics said.

            More than 30,000 Palestinians have been killed since the war began, the health ministry says.
            """, published: "2024-03-05")
        #expect(all.count == 1)
        #expect(all.first?.fatalities == 6)
    }

    @Test(arguments: [
        "The insurgency has killed thousands of people in the northeast since 2009.",
        "The rebels have attacked merchant ships in the Red Sea since November.",
        "The UN has recorded more than 9,000 civilian deaths since the full-scale invasion.",
        "The army has carried out hundreds of air strikes on villages in the region.",
        "In 2016, an air strike on the town's main market killed 39 people.",
        "Last year, a raid on the camp killed 12 Palestinians.",
        // a tally over months or years, and a record held for years
        "Bandit attacks killed more than 2,000 villagers in the state in the first half of this year, a rights group said.",
        "Militia raids have killed 400 people in the province over the past year.",
        "The rebel group, which has fought the army for more than a decade, rejected the offer.",
    ])
    func aRecordSoFarIsNoEvent(text: String) {
        #expect(Self.events(text, published: "2024-03-05").isEmpty)
    }

    /// A trial or an anniversary tells an act of an earlier year again ("the November 2015 attacks
    /// ... The coordinated attacks killed 130 people"): no new incident. An act that is this
    /// story's own keeps its event.
    @Test func anEarlierYearsActToldAgainIsNoEvent() throws {
        #expect(Self.events("""
            A court on Wednesday jailed for life a man who helped plan the March 2016 bombings in the city.

            The bombings at the airport and a metro station killed 32 people.
            """, published: "2024-03-06").isEmpty)
        let e = try #require(Self.main("""
            Gunmen attacked a bus near Gao on Monday, killing 12 passengers, officials said.

            The attack was the deadliest in the area since a 2019 attack on a village nearby.
            """, published: "2024-03-06"))
        #expect(e.fatalities == 12)
    }

    /// A period that began within the last month is the incident's own ("since Monday"); "the first
    /// time since 2012" measures the event, it does not count the past; a clause after the count
    /// may tell an incident.
    @Test(arguments: [
        ("Since Monday, clashes between rival militias in the city have killed 30 people, medics said.", "Armed clash"),
        ("Government troops recaptured the town on Tuesday for the first time since 2012, a monitor said.", "Government regains territory"),
        // a period that measures the act ("the deadliest ... this year") is no tally
        ("A car bomb killed 20 people at a market in Mosul on Monday, the deadliest attack in the city in recent months.", "Remote explosive/landmine/IED"),
        ("A car bomb killed 20 people at a market in Mosul on Monday, the deadliest attack this year, police said.", "Remote explosive/landmine/IED"),
        // a clause after the count tells the incident
        ("Five mines have been found near the town since September, and two children died in a blast on Monday.", "Remote explosive/landmine/IED"),
    ])
    func aRecentPeriodOrAComparisonIsStillAnEvent(text: String, sub: String) throws {
        let e = try #require(Self.main(text, published: "2024-03-07"))
        #expect(e.subEventType == sub)
    }

    // MARK: - Words that name no event here

    /// People who gathered where a strike hit, or a gathering of fighters that was targeted, did
    /// not protest.
    @Test func aGatheringWhereAStrikeHitIsNoProtest() throws {
        let e = try #require(Self.main("""
            A military air strike on a village in Sagaing region killed nine people on Tuesday, residents said.

            The bombs hit a monastery where villagers had gathered.

            The army said it had targeted a gathering of resistance fighters.
            """, published: "2023-05-10"))
        #expect(e.subEventType == "Air/drone strike")
    }

    @Test(arguments: [
        "Al Ahly beat Zamalek 2-1 in Cairo on Sunday to go top of the league.",
        "Air raid sirens sounded across Kyiv for three hours on Monday night.",
        "Negotiators met in Doha on Monday to discuss the release of hostages held in Gaza.",
        "A court in The Hague on Tuesday sentenced a former militia leader to 12 years in prison for attacks on villages in 2003.",
        "Talks stalled over the timing of a withdrawal of troops from the border, a diplomat said on Friday.",
    ])
    func aGameAnAlertTalksOrAVerdictAreNoEvent(text: String) {
        #expect(Self.events(text, published: "2024-03-05").isEmpty)
    }

    /// Weapons told as goods (an aid package's list, a delivery to receive, a purchase) are no event;
    /// the same weapons fired are.
    @Test(arguments: [
        "The new aid package includes artillery shells, air defence interceptors and armoured vehicles, officials said.",
        "The army will receive more rockets and drones from its allies under the deal.",
        "The ministry said it had bought 200 missiles from a European supplier.",
    ])
    func weaponsToldAsGoodsAreNoEvent(text: String) {
        #expect(Self.events(text, published: "2024-03-05").isEmpty)
    }

    @Test func weaponsFiredAreStillAnEvent() throws {
        let e = try #require(Self.main("Troops fired artillery shells at the village of Hlyboke on Monday, the governor said.", published: "2024-03-05"))
        #expect(e.subEventType == "Shelling/artillery/missile attack")
    }

    /// Looting where people were killed in the same breath is an attack; air defences that destroy
    /// drones disrupt them.
    @Test(arguments: [
        ("Gunmen raided a market in Kajuru on Sunday, killing three traders and looting shops, police said.", "Attack"),
        ("Russian air defences destroyed 12 Ukrainian drones over Belgorod overnight, the defence ministry said.", "Disrupted weapons use"),
    ])
    func lootingWithDeathsAndInterceptions(text: String, sub: String) throws {
        let e = try #require(Self.main(text, published: "2023-05-10"))
        #expect(e.subEventType == sub)
    }

    /// The dead told in a sentence of their own belong to the violence told there, which outranks
    /// homes or cars burned in another sentence; deaths told as the reason for looting do not.
    @Test(arguments: [
        ("Gunmen raided the village of Kajuru on Sunday, killing 14 residents, police said. The attackers also set fire to dozens of homes.", "Attack"),
        ("Soldiers looted shops in the market of Yei on Sunday, residents said. Officers said it was in revenge for the killing of two soldiers by youths.", "Looting/property destruction"),
    ])
    func theDeadOutrankHomesBurnedInAnotherSentence(text: String, sub: String) throws {
        let e = try #require(Self.main(text, published: "2023-05-10"))
        #expect(e.subEventType == sub)
    }

    /// Who tells of a strike that hit a town ("a doctor said", "residents told") did not strike;
    /// doctors who went on strike over wages and rallied did (a walkout with no gathering is no
    /// event for ACLED, see `NoEventTests`).
    @Test(arguments: [
        ("The strike hit the market of Finote Selam on Monday, a doctor at the local hospital said.", "Air/drone strike"),
        ("The strike hit the centre of the town on Monday, residents told reporters.", "Air/drone strike"),
        ("Doctors went on strike and rallied in the capital on Monday over unpaid wages, a union leader said.", "Peaceful protest"),
    ])
    func aSpeakerIsNoStriker(text: String, sub: String) throws {
        let e = try #require(Self.main(text, published: "2023-08-15"))
        #expect(e.subEventType == sub)
    }

    /// Strikes that kill are no walkout, whatever else the sentence says.
    @Test func strikesThatKillAreNoLabourStrike() throws {
        let e = try #require(Self.main("The Houthi-run health ministry said on Sunday that 16 people had been killed in the strikes on Hodeidah.",
                                       published: "2024-02-04"))
        #expect(e.eventType != "Protests")
    }

    // MARK: - Actors

    /// A group that claims the act did it when the story names no agent of its own.
    @Test func theGroupThatClaimsTheActIsItsAgent() throws {
        let e = try #require(Self.main("""
            A roadside bomb exploded next to a minibus in Mogadishu on Friday, killing four people, police said.

            Al Shabaab claimed responsibility for the attack in a statement.
            """, published: "2023-03-11"))
        #expect(e.actor1 == "Al Shabaab")
    }

    /// Wire copy tells a claim in other shapes: an appositive between the group and its claim, the
    /// claim of "the attack" rather than of "responsibility", or the group's own words.
    @Test(arguments: [
        ("A car bomb exploded at a police post in Bannu on Monday, killing six officers.\n\nTehrik-i-Taliban Pakistan, the country's main militant group, claimed responsibility.", "TTP: Tehrik-i-Taliban Pakistan"),
        ("A roadside bomb hit a minibus near Afgoye on Tuesday, killing five passengers, police said.\n\nAl Shabaab said in a statement broadcast on its radio station that its fighters carried out the attack.", "Al Shabaab"),
        ("A bomb went off at a checkpoint near Afgoye on Tuesday, killing three soldiers.\n\nAl Shabaab said it was behind the blast.", "Al Shabaab"),
    ])
    func aClaimToldInOtherShapesNamesTheAgent(text: String, actor: String) throws {
        let e = try #require(Self.main(text, published: "2023-05-03"))
        #expect(e.actor1 == actor)
    }

    /// A group that only tells what happened, or claims a town, claims no attack.
    @Test func aGroupThatOnlyTellsClaimsNothing() throws {
        let e = try #require(Self.main("""
            A roadside bomb hit a minibus near Afgoye on Tuesday, killing five passengers.

            Al Shabaab said in a statement that its rivals were to blame for the deaths.
            """, published: "2023-05-03"))
        #expect(e.actor1 != "Al Shabaab")
    }

    // MARK: - Taking ground

    /// A town taken after a fight is coded as the taking; a storming that kills civilians and takes
    /// nothing is an attack on them.
    @Test(arguments: [
        ("Rebels captured the town of Rubaya on Tuesday after heavy fighting with the army, residents said.", "Non-state actor overtakes territory"),
        ("Fighters stormed the village of Tamboul on Wednesday, killing at least 31 civilians, activists said.", "Attack"),
    ])
    func groundTakenInAFightIsTheTaking(text: String, sub: String) throws {
        let e = try #require(Self.main(text, published: "2024-05-01"))
        #expect(e.subEventType == sub)
    }

    /// A junta that "seized power" looted nothing; a range of numbers is no match score.
    @Test func aCoupIsNoLootingAndARangeIsNoScore() throws {
        #expect(Self.events("The junta seized power in a coup and dissolved parliament.", published: "2024-05-01")
            .allSatisfy { $0.subEventType != "Looting/property destruction" })
        let e = try #require(Self.main("Soldiers raided the village on Monday and arrested 24-30 people.", published: "2024-05-01"))
        #expect(e.subEventType == "Arrests")
    }

    /// A group named where the story says no one claimed the act is a suspect, not the agent.
    @Test func aSuspectNamedBesideNoClaimIsNotTheAgent() throws {
        let e = try #require(Self.main("""
            Two soldiers were killed when a roadside bomb hit their patrol in Tarmiyah late on Thursday, security sources said.

            No group claimed responsibility, but Islamic State militants remain active in the area.
            """, published: "2022-09-16"))
        #expect(e.actor1?.hasPrefix("Islamic State") == false)
    }

    /// A state's official who tells of the act at the end of the sentence is its teller, not its agent.
    @Test func anOfficialWhoTellsIsNoAgent() throws {
        let e = try #require(Self.main("A bomb exploded inside a mosque in Kunduz on Friday, killing 12 worshippers, a Taliban official said.",
                                       published: "2022-04-23"))
        #expect(e.actor1 != "Military Forces of Afghanistan (2021-)")
    }

    /// A foreign force named after "an" ("killed in an Israeli strike") is still named; the sides in
    /// a war's name ("Israel-Hamas war") act in no incident.
    @Test(arguments: [
        "Fourteen people were killed in an Israeli air strike on a house in Beirut on Saturday.",
        "Live: Israel-Hamas war\n\n10:05 GMT - Strike on house in Jabalia\nAt least nine people were killed when an Israeli air strike hit a family home in Jabalia this morning, medics said.",
    ])
    func aForeignForceAfterAnArticleIsTheAgent(text: String) throws {
        let e = try #require(Self.main(text, published: "2023-11-18"))
        #expect(e.actor1 == "Military Forces of Israel (2022-)")
    }

    /// Who speaks before "said" is not the subject of the act told after it.
    @Test func aSpokesmanIsNotTheAgentOfWhatHeTells() throws {
        let e = try #require(Self.main("""
            Police spokesman Musa Bello said the attackers arrived on motorcycles and shot dead nine residents of the village \
            of Kajuru on Sunday.
            """, published: "2021-03-15"))
        #expect(e.actor1?.hasPrefix("Police") == false)
    }

    /// A story that names a place the gazetteer does not know ("near the town of X") is not coded
    /// at the dateline.
    @Test func aDatelineDoesNotStandForAnUnknownPlace() throws {
        let e = try #require(Self.main("""
            NIAMEY, Aug 9 (Reuters) - Gunmen killed 17 soldiers in an ambush near the town of Zorbanaka on Tuesday, the \
            army said.
            """, published: "2023-08-09"))
        #expect(e.location != "Niamey")
    }

    // MARK: - Tolls

    /// The other side's dead, told after the toll, add to it (ACLED sums a battle's dead);
    /// "neutralised" kills people, not weapons.
    @Test(arguments: [
        ("Jihadists killed 12 soldiers in an ambush near Djibo on Sunday, the army said. It said its troops neutralised 20 of the attackers.", 32),
        ("Soldiers neutralised two explosive devices on the road to Djibo on Sunday, the army said.", 0),
    ])
    func theOtherSidesDeadAddToTheToll(text: String, fatalities: Int) throws {
        let e = try #require(Self.main(text, published: "2023-06-27"))
        #expect(e.fatalities == fatalities)
    }

    /// A toll that grows is the report's toll even when another source tells the growth ("the toll
    /// had risen to eleven, the civil defence said"); the figure it grew from is no toll of its own.
    @Test(arguments: [
        ("Shelling hit the town of Sarmin on Wednesday, killing nine civilians, rescuers said.\n\nBy evening the toll had risen to eleven, the civil defence said, after rescuers pulled two more bodies from the rubble.", 11),
        ("Gunmen killed at least 40 villagers near Kajuru on Friday, a local official said.\n\nA rights group said on Sunday that the toll had risen from an earlier count of 20 as more bodies were found.", 40),
    ])
    func aTollThatGrowsIsTheReportsToll(text: String, fatalities: Int) throws {
        let e = try #require(Self.main(text, published: "2023-06-27"))
        #expect(e.fatalities == fatalities)
    }
    /// "QUETTA:" is where the paper filed from; the town the lead names is the event's place, and
    /// the dateline's day is no event's day.
    @Test func aColonDatelineIsNeitherTheEventsPlaceNorItsDay() throws {
        let e = try #require(Self.main("""
            MULTAN, June 12: Two policemen were shot dead at a checkpoint near Bahawalpur on Sunday night, police said.
            """, published: "2023-06-12"))
        #expect(e.location == "Bahawalpur")
        #expect(e.date == "2023-06-11")
    }

    /// An article's lead says where the story is: a country named in a later paragraph (where
    /// talks were held a year before) does not outvote the town the lead names.
    @Test func aCountryInALaterParagraphDoesNotOutvoteTheLeadsTown() throws {
        let e = try #require(Self.main("""
            Gunmen attacked an army post on the outskirts of Djibo late on Sunday, residents said.

            Mediation between the junta and armed groups, hosted in Togo, stalled last year without result.
            """, published: "2024-05-07"))
        #expect(e.location == "Djibo")
        #expect(e.country == "Burkina Faso")
    }
}
