import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// News reports that tell no conflict event of their own: a funeral, violence at home, an act of
/// an earlier year, arrests counted so far. Read as the desk reads them (no event assumed).
/// Texts written for these tests.
@Suite struct NewsBackgroundTests {
    static func events(_ text: String, published: String = "2024-05-03") -> [ExtractedEvent] {
        NewsReportTests.events(text, published: published)
    }

    @Test(arguments: [
        "Hundreds of mourners gathered on Friday for the funeral of two fishermen killed earlier this week. Relatives carried the coffins through the town.",
        "Hundreds of people gathered on Friday for the funerals of two fishermen.",
        "Thousands gathered for prayers at the main mosque on Friday.",
    ])
    func aGatheringForAFuneralIsNoProtest(text: String) {
        #expect(Self.events(text).allSatisfy { $0.eventType != "Protests" })
    }

    @Test func aGatheringThatProtestsIsStillAProtest() throws {
        let e = try #require(Self.events("Thousands gathered in the main square on Friday to protest against the killing of two fishermen, chanting slogans against the government.").first)
        #expect(e.subEventType == "Peaceful protest")
    }

    @Test(arguments: [
        "Police in Kano have arrested a 40-year-old man suspected of stabbing his wife to death during an argument at their home, a police spokesman said on Monday.",
        "A man shot dead her husband in a domestic dispute in the town on Sunday, police said.",
    ])
    func violenceAtHomeIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aFarmerAndHisWifeKilledByGunmenAreAnAttack() throws {
        let e = try #require(Self.events("Gunmen shot dead a farmer and his wife in their village in Zamfara state on Sunday, police said.").first)
        #expect(e.subEventType == "Attack")
    }

    /// "his wife" after an act joined to a clause that already took a victim is that victim's
    /// wife: the shelling or the raid is the event; "beat and killed his wife" stays at home.
    @Test(arguments: [
        ("Rebel artillery shelled a market district of Mopti on Monday, killing a trader and wounding his wife, the governor said.", "Shelling/artillery/missile attack"),
        ("Gunmen shot dead a village chief near Zaria on Friday and abducted his wife, residents said.", "Abduction/forced disappearance"),
    ])
    func aVictimsWifeHurtInTheSameActIsNoViolenceAtHome(text: String, expected: String) throws {
        let e = try #require(Self.events(text).max { $0.confidence < $1.confidence })
        #expect(e.subEventType == expected)
    }

    @Test func anActJoinedToAnotherOnTheDoersWifeStaysAtHome() {
        #expect(Self.events("Police said a man beat and killed his wife at their home in Kisumu on Saturday after a quarrel.").isEmpty)
    }

    /// Road, rail and boat accidents told in their own words ("plunged into a gorge", "overturned
    /// and exploded", "capsized", "collided with") kill with no armed actor: no event. A bus that
    /// gunmen or a bomb hit stays an attack.
    @Test(arguments: [
        "A minibus plunged into a gorge in Nepal's Dhading district on Monday, killing 12 passengers, police said.",
        "A fuel tanker overturned and exploded on the highway near Kaduna on Tuesday, killing 30 people who had rushed to scoop fuel.",
        "A ferry capsized on Lake Kivu on Thursday, leaving 40 people dead, officials said.",
        "A bus carrying pilgrims collided with a truck near Multan on Sunday, killing nine people.",
    ])
    func aRoadOrBoatAccidentIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aBusHitByABombIsStillAnEvent() throws {
        let e = try #require(Self.events("A roadside bomb hit a bus near Quetta on Sunday, killing nine passengers, police said.").first)
        #expect(e.subEventType == "Remote explosive/landmine/IED")
    }

    @Test(arguments: [
        "A court in Yangon on Thursday sentenced a reporter to ten years in prison. He was arrested last year while covering a protest, his employer said.",
        "A court on Thursday jailed an opposition activist for five years. She was detained in 2021 at her home in the capital, her lawyer said.",
    ])
    func anActOfAnEarlierYearIsBackground(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func anArrestOfThisWeekIsAnEvent() throws {
        let e = try #require(Self.events("Police arrested a reporter on Tuesday while he was covering a rally in the capital, his employer said.").first)
        #expect(e.subEventType == "Arrests")
    }

    @Test func arrestsCountedSinceAnEarlierYearAreNoEvent() {
        #expect(Self.events("Rights groups say more than 150 journalists have been arrested since the 2021 coup.").isEmpty)
    }

    @Test(arguments: [
        // (each names a state's forces, which used to keep the agreement an event)
        "The Ethiopian army agreed on Monday to lease a stretch of the neighbouring region's coast for a naval base, officials said.",
        "Turkish forces and the Iraqi government signed a deal on Monday to build a road linking the Gulf to Europe.",
    ])
    func aStatesDealOfNoConflictIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    /// A deal with a guerrilla or dissident faction, or one "to silence the guns", is a conflict's
    /// agreement; a deal with a firm stays none.
    @Test(arguments: [
        "The government and a dissident guerrilla faction signed a deal in Cali on Tuesday to begin handing over their weapons, officials said.",
        "The two rival generals signed a deal in Jeddah on Saturday to silence the guns for a week, mediators said.",
    ])
    func aDealWithAFactionOrToSilenceTheGunsIsAnAgreement(text: String) {
        #expect(Self.events(text).max { $0.confidence < $1.confidence }?.subEventType == "Agreement")
    }

    @Test func aDealWithAFirmIsNoEvent() {
        #expect(Self.events("The government signed a deal with a Chinese firm on Monday to build a new port, officials said.").isEmpty)
    }

    @Test(arguments: [
        "The army and the rebels agreed a ceasefire on Monday in the east of the country, a mediator said.",
        "The president said on Saturday he had reached a deal with mutinous soldiers to end their revolt in the north.",
    ])
    func anAgreementBetweenWarringSidesIsAnEvent(text: String) throws {
        let e = try #require(Self.events(text).first)
        #expect(e.subEventType == "Agreement")
    }

    /// A weapon that kills ("a drone killed a man") is remote violence, not a hand's attack.
    @Test func aWeaponThatKillsIsRemoteViolence() throws {
        let e = try #require(Self.events("Russian forces shelled a border town on Saturday, killing two people, and a Russian drone killed a man in a nearby village, officials said.").first)
        #expect(e.eventType == "Explosions/Remote violence")
    }

    /// Who fires guns is armed, however it is named: a clash, not mob violence.
    @Test func aGroupThatFiredAtTroopsIsArmed() throws {
        let e = try #require(Self.events("The dead were members of a group that had fired at troops near the border post on Tuesday.").first)
        #expect(e.eventType == "Battles")
    }

    /// In the Palestinian territories "the army" is Israel's.
    @Test func theArmyInTheWestBankIsIsraels() throws {
        let e = try #require(Self.events("Troops raided the Balata camp in Nablus in the West Bank on Monday and the army said soldiers shot dead two gunmen.").first)
        #expect(e.actor1 == "Military Forces of Israel (2022-)")
    }

    /// Aid, rescue and health workers are the victims or witnesses of a military strike, not strikers.
    @Test(arguments: [
        "Seven aid workers were killed in a strike on their convoy in Deir al-Balah on Monday, the charity said.",
        "Rescue workers said the strike on the market killed 12 people in Idlib on Monday.",
    ])
    func workersNamedByWhomTheyServeDoNotStrike(text: String) throws {
        let e = try #require(Self.events(text, published: "2024-04-02").first)
        #expect(e.subEventType == "Air/drone strike")
    }

    @Test func healthWorkersWhoWalkOutStillStrike() throws {
        let e = try #require(Self.events("Health workers went on strike on Monday and marched in Kano to demand unpaid salaries.", published: "2024-04-02").first)
        #expect(e.subEventType == "Peaceful protest")
    }

    @Test func anActMonthsBeforeARecentOneIsBackground() {
        let text = """
            A man was shot dead by settlers in the town of Huwara on Wednesday, the health ministry said.

            The town was the scene of a rampage in February in which hundreds of settlers torched homes and cars.
            """
        let events = Self.events(text, published: "2023-11-09")
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.date >= "2023-11-01" })
    }

    @Test func anOldActAloneIsStillReported() {
        let events = Self.events("Settlers torched homes and cars in the town of Huwara in February, the council said.", published: "2023-11-09")
        #expect(!events.isEmpty)
    }

    /// Acts counted over recent weeks or a counted span of months are a tally, not an incident; a
    /// sentence that dates an act to a day keeps it, and so does a span that only says how long a
    /// place was held.
    @Test(arguments: [
        "The army said in a statement on Thursday that it had killed dozens of insurgents in recent weeks, without saying where.",
        "Rebel gains in the north over the past eight months have left the government holding only the provincial capital, analysts say.",
        "The agency said 2 million people had been displaced by the start of the year, with fighting near the lake forcing thousands more to flee in recent weeks.",
    ])
    func actsOverRecentWeeksOrCountedMonthsAreATally(text: String) {
        #expect(Self.events(text, published: "2024-06-14").isEmpty)
    }

    @Test(arguments: [
        "After heavy fighting in recent weeks, rebels captured the town of Kalehe on Sunday, residents said.",
        "Ukraine's army said on Friday it had retaken a village near Kupiansk after Russian troops who had held it for three weeks withdrew under fire.",
    ])
    func anActOfADayAmongWeeksIsStillReported(text: String) {
        #expect(!Self.events(text, published: "2024-06-14").isEmpty)
    }

    /// A burial of people killed before is no act: "were buried with honours", "buried on Sunday
    /// the ...". Bodies the killers buried, and people buried alive or under rubble, stay acts.
    @Test(arguments: [
        "Nine police officers who were killed in an ambush near Mandera last week were buried with full honours in Nairobi on Friday.",
        "Villagers in Kwall buried on Sunday the six herders killed in a raid two days earlier.",
    ])
    func aBurialIsNoAct(text: String) {
        #expect(Self.events(text, published: "2024-06-14").isEmpty)
    }

    @Test(arguments: [
        "Gunmen killed five farmers near Bokkos on Tuesday and buried the bodies in a shallow grave, police said.",
        "Three children were killed on Tuesday when an air strike buried their home under rubble in Saada.",
    ])
    func bodiesBuriedByTheKillersStayAnAct(text: String) {
        #expect(!Self.events(text, published: "2024-06-14").isEmpty)
    }

    /// A toll counted over a span of whole months is a tally; days of a month are an act's.
    @Test func aTollOverASpanOfMonthsIsATally() {
        #expect(Self.events("At least 40 people were killed during the fuel protests that swept the country between March and May, a rights group said in a report on Monday.", published: "2024-06-14").isEmpty)
        #expect(!Self.events("Fighting between 3 and 5 June killed 12 soldiers near Kidal, the army said.", published: "2024-06-14").isEmpty)
    }

    /// A count over the first months of a year is a tally; "said today" is a day of saying, which
    /// dates no act (so "in recent weeks" still tallies beside it).
    @Test(arguments: [
        "Militants killed at least 300 civilians in the first three months of the year, a rights group said.",
        "Armed groups have abducted dozens of aid workers in recent weeks, a coalition of relief agencies said today.",
    ])
    func aCountOverTheFirstMonthsOrRecentWeeksIsATally(text: String) {
        #expect(Self.events(text, published: "2024-05-30").isEmpty)
    }
}
