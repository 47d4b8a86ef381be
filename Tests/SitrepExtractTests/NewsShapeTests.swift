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

    /// The toll that rose is no trend of the strikes that killed.
    @Test func strikesThatKilledBeforeATollRoseAreAnEvent() throws {
        let e = try #require(Self.events("Russian strikes killed 12 people in Kharkiv on Monday and the death toll rose to 15 overnight, officials said.").first)
        #expect(e.subEventType == "Air/drone strike")
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

    // MARK: a lead that tells no act

    @Test(arguments: [
        "A court in the capital on Thursday sentenced a former army officer to life in prison. Prosecutors said he had ordered the shelling of a village during the war.",
        "Hundreds of people gathered on Wednesday for the funerals of two aid workers in Gaza. The army chief said the strike on their car was a mistake.",
        "The Security Council on Tuesday extended the mandate of the peacekeeping mission in Mali by a year. The mission, which began deploying in June, has about 400 police officers.",
        "Voters in the capital went to the polls on Sunday for local elections. Soldiers were deployed at polling stations in Baghdad and Basra.",
    ])
    func aQuietLeadMakesUndatedActsBackground(text: String) {
        #expect(Self.events(text, published: "2024-10-03").isEmpty)
    }

    @Test func anActWithItsDayAfterAQuietLeadIsAnEvent() throws {
        let e = try #require(Self.events("A court in the capital on Thursday sentenced a former army officer to life in prison. On Wednesday, gunmen attacked a police post in Zamfara state, killing two officers.").first)
        #expect(e.fatalities == 2)
    }

    /// A lead that tells deaths of its day is violence's news, however it names no act.
    @Test func aLeadThatTellsDeathsIsNotQuiet() throws {
        let e = try #require(Self.events("At least 30 people were killed on Sunday in a village in Zamfara state, officials said. Gunmen on motorbikes stormed the village and opened fire on residents.").first)
        #expect(e.fatalities == 30)
    }

    /// After a quiet lead, an act that kills is told as news, with or without its day.
    @Test func anActThatKillsAfterAQuietLeadIsAnEvent() throws {
        let e = try #require(Self.events("Residents of a village in Zamfara state fled their homes on Sunday, officials said. Gunmen on motorbikes stormed the village and opened fire on residents, killing 12.").first)
        #expect(e.fatalities == 12)
    }

    /// A lead that is a fragment ("Kano.") is no lead: the next sentence tells the news.
    @Test func aFragmentIsNoLead() throws {
        let e = try #require(Self.events("Kano, 2 May. Soldiers recaptured two villages from the militants after heavy fighting, the army said.").first)
        #expect(e.eventType == "Battles")
    }

    // MARK: the wire's words for a clash

    /// "Gunbattle", "shootout": a fight told in one word is a clash, whoever dies in it.
    @Test(arguments: [
        "Soldiers killed four militants in a gunbattle near Jenin on Tuesday, the army said.",
        "Police killed two robbery suspects in a shootout in the Kenyan town of Garissa on Tuesday.",
        "Two gunmen died in a shoot-out with police in Peshawar on Tuesday.",
    ])
    func aGunbattleIsAClash(text: String) throws {
        let e = try #require(Self.events(text).first)
        #expect(e.subEventType == "Armed clash")
    }

    // MARK: an actor's record

    @Test(arguments: [
        "Separatists in the province have long fought for independence, accusing the government of taking its gas.",
        "The Fano militia, which fought beside federal troops in the war in Tigray, is now the army's main foe in Amhara.",
    ])
    func anActorsRecordIsNoEvent(text: String) {
        #expect(Self.events(text, published: "2024-08-27").isEmpty)
    }

    /// What was done to the actor ("who were ambushed") is news, not its record.
    @Test func aPassiveActInARelativeClauseIsAnEvent() throws {
        let e = try #require(Self.events("The bodies of five soldiers, who were ambushed near Damboa in Borno state, were recovered on Monday, the army said.").first)
        #expect(e.eventType == "Battles")
    }

    @Test func aDatedActInARelativeClauseIsAnEvent() throws {
        let e = try #require(Self.events("The Fano militia, which seized the town of Lalibela on Sunday, said it would hold it.", published: "2024-08-27").first)
        #expect(e.subEventType == "Non-state actor overtakes territory")
    }

    /// The record told after the strike does not make the strike part of a battle.
    @Test func anActorsRecordDoesNotRecodeTheStrike() throws {
        let e = try #require(Self.events("A drone strike on a market in Bahir Dar on Monday killed 12 people, residents said. Fighting broke out in the region this month between the army and Fano, which fought beside federal troops in the war in Tigray.", published: "2023-08-15").first)
        #expect(e.subEventType == "Air/drone strike")
    }

    // MARK: who flies the drones

    /// An unclaimed drone strike is the state's, not the work of the group named after it.
    @Test func anUnclaimedDroneStrikeIsTheStates() throws {
        let e = try #require(Self.events("A drone strike on a market in Bahir Dar on Monday killed 12 people, residents said, as the army fights Fano militiamen in the region.", published: "2023-08-15").first)
        #expect(e.actor1 == "Military Forces of Ethiopia (2018-)")
    }

    @Test func aGroupNamedBeforeItsDroneStrikeKeepsIt() throws {
        let e = try #require(Self.events("Al Shabaab fighters launched a drone strike on an army base near Mogadishu on Monday, officials said, as the army fights them in the south.", published: "2024-02-07").first)
        #expect(e.actor1 == "Al Shabaab")
    }

    // MARK: gathering things

    /// People "gathering firewood" collect it: the attack on them is no protest.
    @Test func peopleGatheringFirewoodAreNoProtest() throws {
        let e = try #require(Self.events("Gunmen attacked villagers gathering firewood near Maiduguri on Friday, killing six of them, residents said.").first)
        #expect(e.subEventType == "Attack")
    }

    @Test func peopleWhoGatherToDemandProtest() throws {
        let e = try #require(Self.events("Hundreds of people gathered in the main square of Maiduguri on Friday to demand the release of the abducted girls.").first)
        #expect(e.subEventType == "Peaceful protest")
    }

    // MARK: a private quarrel

    @Test(arguments: [
        "Police said on Thursday they had arrested a man suspected of shooting dead three men at a bar in Durban on Saturday in what appeared to be a dispute over money.",
        "A trader was stabbed to death in Lagos on Sunday after an argument over a debt, police said.",
        "A man shot dead his neighbour in Kano on Sunday in a family feud, police said.",
    ])
    func violenceOverAPrivateQuarrelIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    /// A dispute over land is a communal conflict's: ACLED codes it.
    @Test func killingsInADisputeOverLandAreAnEvent() throws {
        let e = try #require(Self.events("Gunmen killed 12 farmers in Benue state on Sunday in a dispute over land, police said.").first)
        #expect(e.fatalities == 12)
    }

    // MARK: a raid that kills and loots

    /// A convoy raided, its drivers killed and its goods looted: an attack on them, no clash.
    @Test func aConvoyRaidedAndLootedIsAnAttack() throws {
        let e = try #require(Self.events("Gunmen attacked a convoy of aid trucks on the road near Yei on Sunday, killing two drivers and looting food supplies, police said.", published: "2023-12-04").first)
        #expect(e.subEventType == "Attack")
    }

    @Test func anArmyConvoyRaidedAndLootedIsAClash() throws {
        let e = try #require(Self.events("Gunmen attacked an army convoy on the road near Yei on Sunday, killing two soldiers and looting weapons, police said.", published: "2023-12-04").first)
        #expect(e.subEventType == "Armed clash")
    }

    // MARK: a plan, not an act

    @Test(arguments: [
        "Government troops are to deploy to the border region next month, the defence minister said on Monday.",
        "The rebels said on Monday they would attack any convoy on the highway.",
    ])
    func aPlannedActIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    /// "may have killed" guesses at a past act: still an event.
    @Test func aGuessedPastActIsAnEvent() throws {
        let e = try #require(Self.events("Officials said the air strike may have killed 20 people in Idlib on Monday.").first)
        #expect(e.subEventType == "Air/drone strike")
    }

    /// A day that begins a group's name ("the March 23 Movement") dates nothing: the act keeps
    /// the day the text gives it.
    @Test func aDayInAGroupsNameIsNoDate() throws {
        let e = try #require(NewsReportTests.main("Rebels of the March 23 Movement captured the town of Sake on Thursday after heavy fighting with the army, residents said.", published: "2025-01-24"))
        #expect(e.date == "2025-01-23")
    }

    /// Local press places the act "in this city": the place of its dateline.
    @Test func thisCityIsTheDatelinesPlace() throws {
        let e = try #require(NewsReportTests.main("MALAYBALAY CITY, Bukidnon - Police arrested a rebel commander during a raid on a house in this city on Tuesday, authorities said. The suspect led a guerrilla front operating on the boundary of Bukidnon and Agusan del Sur.", published: "2024-02-21"))
        #expect(e.location == "Malaybalay")
    }

    /// A disaster in a background paragraph is the story's past: the strike the report leads with
    /// is still its event.
    @Test func aDisasterInTheBackgroundLeavesTheStrike() throws {
        let text = "A military jet bombed a monastery near Shwebo in Sagaing Region on Saturday morning, killing nine people, residents said.\n\n"
            + "About 150 displaced villagers were sheltering there when two bombs fell, a member of a local resistance group said.\n\n"
            + "Sagaing has been a stronghold of armed resistance since the coup in 2021.\n\n"
            + "Air strikes went on even after the earthquake in March that killed more than 3,700 people in central Myanmar."
        let e = try #require(Self.events(text, published: "2025-11-17").max { $0.confidence < $1.confidence })
        #expect(e.subEventType == "Air/drone strike")
        #expect(e.fatalities == 9)
    }

    /// A long report (more than a short text's sentences) whose lead tells a killing blamed on a
    /// group reports it, though no act of the report reaches a page's bar of evidence.
    @Test func aLongReportStillReportsItsLead() throws {
        let text = "BENI, DR Congo — At least nine villagers were killed late on Saturday in an attack blamed on Allied Democratic Forces (ADF) rebels in the village of Mamove, north of Beni, local officials said on Sunday.\\n\\nThe attackers arrived after dark and went from house to house with machetes, the local chief said. Several huts were burned.\\n\\n\"We have buried nine people this morning. Others are still missing in the forest,\" he said by telephone.\\n\\nA civil society group put the toll at 14 and said several people had been taken away. Neither figure could be verified.\\n\\nThe district hospital said it had treated six wounded, among them two children. Markets stayed shut on Sunday and families walked to the town for safety.\\n\\nAn army spokesman said soldiers had been sent after the attackers, who fled towards the national park. He denied that troops had been slow to respond.\\n\\nThe ADF, which has pledged allegiance to the Islamic State, has killed thousands of civilians in the region over the past decade. Joint operations by Congolese and Ugandan troops since 2021 have not ended the raids, including an attack on a church in Ituri in July that killed dozens of worshippers."
        let e = try #require(Self.events(text, published: "2025-09-15").first)
        #expect(e.fatalities == 9)
        #expect(e.date == "2025-09-13")
    }

    /// A members' word after a group's abbreviation in parentheses is the group: "Allied
    /// Democratic Forces (ADF) rebels" is one actor, and the villagers it killed its victims.
    @Test func aGroupsMembersAfterItsAbbreviationAreTheGroup() throws {
        let text = "At least 12 civilians were killed late on Sunday in an attack blamed on Allied Democratic Forces (ADF) rebels near Oicha, local authorities said on Monday."
        let e = try #require(Self.events(text, published: "2025-09-15").first)
        #expect(e.subEventType == "Attack")
        #expect(e.actor2 == "Civilians (Democratic Republic of Congo)")
    }

    /// An article of several paragraphs whose only acts are dated months before it was published
    /// has other news (a report, an aid delivery): its acts are background. A short text keeps
    /// the act it dates.
    @Test func anArticleWhoseActsAreMonthsOldIsNoEvent() {
        let article = "A convoy of 30 trucks carrying food reached Kadugli on Tuesday, the first to arrive in the besieged city in months, the World Food Programme said.\n\n"
            + "The agency said the food would feed 40,000 people for a month. Prices in the city's markets have tripled since the spring.\n\n"
            + "An earlier convoy was attacked near the town of Dilling on June 3, when gunmen killed five drivers and burned four trucks."
        #expect(Self.events(article, published: "2025-09-10").isEmpty)
        let note = "Gunmen attacked an aid convoy near the town of Dilling on June 3, killing five drivers and burning four trucks, the World Food Programme said."
        #expect(!Self.events(note, published: "2025-09-10").isEmpty)
    }

    /// A title in sentence case names the province; the lead names the town in it: the town is
    /// the event's place, as under a headline.
    @Test func theLeadsTownOutranksTheTitlesProvince() throws {
        let text = "Air strike kills nine at a monastery in Sagaing\n\nA military jet bombed a Buddhist monastery on the outskirts of Shwebo in Sagaing Region on Saturday morning, killing nine people, residents said."
        let e = try #require(Self.events(text, published: "2025-11-17").first)
        #expect(e.location == "Shwebo")
    }

    /// "here" after a place's name is the dateline's city, as "in this city" is.
    @Test func hereIsTheDatelinesCity() throws {
        let text = "COTABATO CITY — Soldiers arrested two suspected members of a militant group in a raid on a house in Barangay Rosary Heights here on Monday, the army said.\n\nOne of the suspects was a commander of a faction operating in Lanao del Sur, the army said."
        let e = try #require(Self.events(text, published: "2025-07-30").first)
        #expect(e.location == "Cotabato")
    }

    /// "The assailants" after a named group are that group: no second side makes the killing of
    /// villagers a clash.
    @Test func theAssailantsAfterANamedGroupAreThatGroup() throws {
        let text = "At least nine villagers were killed late on Saturday in an attack by ADF rebels in the village of Mamove, north of Beni, officials said. The assailants fled into the forest."
        let e = try #require(Self.events(text, published: "2025-09-15").first)
        #expect(e.subEventType == "Attack")
        #expect(e.actor1 == "ADF: Allied Democratic Forces")
    }
}
