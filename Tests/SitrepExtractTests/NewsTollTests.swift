import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Tolls as news prose tells them: ages and appositions beside the dead, a denial with "nobody",
/// a demonstrator shot dead, a war's count or a past year's count told beside the incident, and a
/// sentence that names part of the dead. Read as the desk reads them (no event assumed). Texts
/// written for these tests.
@Suite struct NewsTollTests {
    static func toll(_ text: String, published: String = "2024-03-06") -> Int? {
        NewsReportTests.main(text, published: published)?.fatalities
    }

    @Test(arguments: [
        ("Two girls aged six and eleven were killed on Tuesday when a shell struck their home in Taiz.", 2),
        ("Two girls, sisters aged six and eleven, were killed on Tuesday when a shell struck their home in Taiz.", 2),
        ("A boy aged 12 was killed on Tuesday when a shell struck his home in Taiz.", 1),
    ])
    func agesAreNoToll(text: String, toll: Int) {
        #expect(Self.toll(text) == toll)
    }

    @Test func aModifierAndASubsetStillLeadToTheVerb() {
        #expect(Self.toll("Four displaced farmers, two of them boys, were killed on Sunday when an army jet bombed a camp near Loikaw.") == 4)
    }

    @Test func nobodyKilledIsNoDeath() {
        #expect(Self.toll("Rioters burned tyres in Basra on Saturday and stoned the council building. Nobody was killed, police said.") == 0)
        #expect(Self.toll("Gangs stormed the town of Mirebalais on Monday, officials said. It was unclear whether anyone was killed.") == 0)
    }

    @Test(arguments: [
        "Police shot dead a protester in Omdurman on Thursday as thousands marched, medics said.",
        "Soldiers killed a protester in Omdurman on Thursday as thousands marched against the coup.",
    ])
    func aProtesterKilledIsExcessiveForce(text: String) throws {
        let e = try #require(NewsReportTests.main(text, published: "2024-03-06"))
        #expect(e.subEventType == "Excessive force against protesters")
        #expect(e.fatalities == 1)
    }

    @Test func aMassacreTheMarchRemembersIsNoExcessiveForce() throws {
        let e = try #require(ReportingTests.events(
            "On 4 May 2020, hundreds of people held a demonstration in the city centre to remember the massacres of 1931-32, during which army campaigns killed and displaced thousands. They demanded an apology. [size=hundreds]",
            assumeEvent: true).first)
        #expect(e.subEventType != "Excessive force against protesters")
        #expect(e.fatalities == 0)
    }

    @Test(arguments: [
        "A teacher was shot dead by suspected separatists in Buea on Monday, police said.\n\nMore than 6,000 people have been killed in the conflict in the two English-speaking regions, according to the International Crisis Group.",
        "A teacher was shot dead by suspected separatists in Buea on Monday.\n\nMore than 6,000 people have been killed in the conflict, a think tank says.",
    ])
    func aWarsCountIsNoIncidentsToll(text: String) {
        #expect(Self.toll(text) == 1)
    }

    @Test(arguments: [
        "Gangs stormed the town of Mirebalais on Monday. It was unclear whether anyone was killed.\n\nGang violence killed more than 4,000 people across Haiti last year, according to the United Nations.",
        "Gunmen killed villagers in western Niger on Monday.\n\nIslamist affiliates are active in the Tillaberi region, where hundreds of civilians were killed in 2021.",
    ])
    func aPastYearsCountIsNoIncidentsToll(text: String) {
        #expect(Self.toll(text) == 0)
    }

    @Test func theDeadNamedInPartAreNoSecondToll() {
        #expect(Self.toll("Rebels attacked a rival group near Tibu on Friday, setting off fighting that killed eight combatants, the army said on Sunday.\n\nAmong the dead were two rebel fighters, an army spokesman said.") == 8)
    }

    /// "Eight members of a police unit and their driver were killed": the group they belong to
    /// stands between the count and the verb, and one more person joined by "and" adds one.
    @Test(arguments: [
        ("Eight members of a police unit and their civilian driver were killed on Monday when their vehicle was blown up by rebels near Dantewada, police said.", 9),
        ("Six members of a local militia were killed on Monday when their truck hit a mine near Gao, officials said.", 6),
        ("Four soldiers and a child were killed when a shell hit the market in Kadugli on Tuesday.", 5),
        ("Four soldiers and their drivers were killed when a shell hit the market in Kadugli on Tuesday.", 4),
    ])
    func membersOfAGroupAndOneMoreCount(text: String, dead: Int) {
        #expect(Self.toll(text) == dead)
    }

    /// The war or its violence as the killer ("It has killed more than 12,000 people" after a
    /// sentence about the war; "the violence has killed 80 people since January"): the war's
    /// count, no incident's.
    @Test(arguments: [
        "Paramilitary fighters seized the town of Wad Madani on Monday, residents said.\n\nThe war between the army and the paramilitaries broke out in April. It has killed more than 12,000 people, according to monitors.",
        "Rebels attacked an army base in Tibu with drones on Thursday, wounding four soldiers, the army said.\n\nThe region has seen fierce fighting since mid-January. The violence has killed at least 80 people and forced 50,000 to flee, according to the government.",
    ])
    func theWarAsKillerCountsTheWar(text: String) {
        #expect(Self.toll(text) == 0)
    }

    /// "turned deadly in 2018, when several demonstrators were shot dead": the "when" clause tells
    /// what happened in the earlier year named before it.
    @Test func deathsInAnEarlierYearsWhenClauseAreNoToll() {
        #expect(Self.toll("Police fired tear gas at protesters in Basra on Sunday.\n\nProtests over services turned deadly in 2018, when several demonstrators were shot dead.") == 0)
    }

    /// One person named by a trade ("a tailor", "a butcher") is one dead, as "a man" or "a farmer" is.
    @Test(arguments: [
        "A mob on Sunday beat to death a tailor accused of theft at a market in Kano, police said.",
        "Gunmen shot dead a butcher at his stall in Maiduguri on Monday, residents said.",
    ])
    func aPersonByTradeIsOneDead(text: String) {
        #expect(Self.toll(text) == 1)
    }

    /// "More than 110 Palestinians have been killed in the territory since then": "since then"
    /// runs from a start the sentence before named; the war's count.
    @Test func sinceThenCountsTheWar() {
        #expect(Self.toll("Settlers attacked the village of Turmus Ayya on Saturday and a Palestinian man was shot dead, the health ministry said.\n\nAttacks have risen since the war began in October. More than 110 Palestinians have been killed in the territory since then, the UN says.") == 1)
    }

    /// A toll that grows through the story in other words than "rose to": "a third victim ...
    /// died in hospital", "By nightfall ... nine people had died".
    @Test(arguments: [
        ("Two children were killed and four people were wounded when shells landed on a street in Taiz on Saturday. A third victim, a woman hit by shrapnel, died in hospital during the night.", 3),
        ("Warplanes struck a market in Idlib on Wednesday, killing at least seven people, rescuers said.\n\nBy nightfall the rescuers said nine people had died, after two of the wounded succumbed in hospital.", 9),
    ])
    func aTollThatGrowsInOtherWords(text: String, dead: Int) {
        #expect(Self.toll(text) == dead)
    }

    /// "Two home guards were killed": a word that could count things ("home") before a person word
    /// qualifies the person; and "were killed, one of the sources said": a clause mark ends what
    /// the kill word takes, so the source is no dead ("Several soldiers and members of ... were
    /// killed" is the vague count "Several soldiers were killed" is: 10, not the source's one).
    @Test(arguments: [
        ("Two home guards were killed on Monday when a crowd attacked a procession in Nuh.", 2),
        ("Jihadists attacked army positions in Djibo on Saturday.\n\nSeveral soldiers and members of the village volunteer force were killed, one of the sources told reporters.", 10),
    ])
    func qualifiersAndClauseMarksAroundACount(text: String, dead: Int) {
        #expect(Self.toll(text) == dead)
    }

    /// "The bomber also died in the blast": the lone attacker's death, told apart from the toll,
    /// adds one (ACLED counts every death of the event).
    @Test(arguments: [
        ("A suicide bomber blew herself up at a fish market in Konduga on Saturday, killing eight people.\n\nWitnesses said the bomber walked in at dusk. She also died in the blast.", 9),
        ("A gunman opened fire on worshippers at a church in Owo on Sunday, killing five people. The gunman was also killed when police returned fire.", 6),
    ])
    func theLoneAttackersDeathAddsOne(text: String, dead: Int) {
        #expect(Self.toll(text) == dead)
    }

    /// A live blog's toll grows update by update: a later update that names the place of the
    /// earlier one's event revises its toll ("has risen to six", "have now been killed"), and the
    /// first figure stays as the lower bound.
    @Test func aLaterUpdateRevisesAnEarlierUpdatesToll() throws {
        let text = """
        UPDATE 09:10 GMT: Explosions were heard in Odesa this morning. The regional governor says Russian missiles hit the port area. Three people are confirmed dead so far.

        UPDATE 10:40 GMT: The toll from the Odesa strike has risen to six, the governor says.

        UPDATE 12:15 GMT: Rescuers in Odesa have pulled two more bodies from the rubble. Eight people have now been killed and 30 wounded, the governor says.
        """
        let events = Support.bundled.extract(text: text, published: Support.day("2024-03-06"), context: .init(docID: "t", assumeEvent: false))
        let odesa = try #require(events.first { $0.location == "Odesa" })
        #expect(odesa.fatalities == 8)
        #expect(odesa.fatalitiesMin == 3)
    }

    /// A later update that names who did it names the doer of the earlier update's event of the
    /// same kind, day and place, with its own words as the evidence.
    @Test func aLaterUpdateNamesTheDoer() throws {
        let text = """
        UPDATE 09:10 GMT: A missile struck an apartment block in Kharkiv this morning, killing two people, the mayor says.

        UPDATE 11:30 GMT: The Russian military hit Kharkiv with S-300 missiles, the regional governor says.
        """
        let events = Support.bundled.extract(text: text, published: Support.day("2024-03-06"), context: .init(docID: "t", assumeEvent: false))
        let first = try #require(events.first { $0.location == "Kharkiv" })
        #expect(first.actor1 == "Military Forces of Russia (2000-)")
        let span = try #require(first.spans["actor1"]?.spans.first)
        #expect(String(decoding: Array(text.utf8)[span.start..<span.end], as: UTF8.self).contains("Russian"))
    }

    /// The deaths an accident or a disaster caused are none of the riot or protest it set off.
    @Test func anAccidentsDeadAreNoneOfTheRiot() {
        #expect(Self.toll("Rioters set fire to a police post and two cars in Wamena on Wednesday after a student died in a road accident involving a police truck.") == 0)
        #expect(Self.toll("Rioters set fire to a police post in Wamena on Wednesday, and police shot dead two of them, witnesses said.") == 2)
    }
}
