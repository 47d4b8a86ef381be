import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Which sub-event type a short news snippet (one to three sentences of wire prose) gets, read
/// with no event assumed: the words news uses for the acts ACLED's codebook tells apart. Every
/// sentence here is written for the test.
@Suite struct NewsSubTypeTests {
    static func sub(_ text: String) -> String? {
        let events = Support.bundled.extract(text: text, published: Support.day("2023-05-10"), context: .init(docID: "t", assumeEvent: false))
        return events.max { $0.confidence < $1.confidence }?.subEventType
    }

    /// A charge worn on the body is set off by the one who wears it: a suicide bomb, however the
    /// bomber is called ("an attacker in an explosive vest", "a bomber detonated his belt").
    @Test(arguments: [
        "An attacker wearing an explosive vest set it off at the gate of a police station in Quetta, killing four officers.",
        "A bomber detonated his vest outside a crowded bakery in Baidoa on Tuesday, killing nine people, police said.",
        "Two men with explosives belts walked into a market in Maiduguri and blew them up, killing twelve shoppers.",
    ])
    func aBombersOwnVestIsASuicideBomb(text: String) {
        #expect(Self.sub(text) == "Suicide bomb")
    }

    /// Gunmen who storm a building and kill the civilians in it attack them; with no one killed
    /// the raid is property destruction, and when those killed are police it is no attack on civilians.
    @Test(arguments: [
        ("Gunmen stormed a school in Kaduna state on Monday, killing three teachers.", "Attack"),
        ("Gunmen stormed a government office in Zamfara on Monday, killing three staff members.", "Attack"),
        ("Gunmen stormed a school in Kaduna state on Monday and set fire to two classrooms.", "Looting/property destruction"),
    ])
    func aRaidThatKillsCiviliansIsAnAttack(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    /// Rioters who riot over a road accident riot; an earthquake that "leveled" villages is no riot.
    @Test func aRiotOverAnAccidentIsARiot() {
        let riot = Self.sub("Rioters set fire to a police post and two cars in Wamena on Wednesday after a student was killed in a road accident involving a police truck.")
        #expect(riot == "Violent demonstration" || riot == "Mob violence")
        #expect(Self.sub("A powerful earthquake leveled mountain villages in eastern Afghanistan on Sunday, killing hundreds of people as mud houses collapsed.") == nil)
    }

    /// "the rebel alliance" names a coalition, no act of allying; forming a new one is a change.
    @Test func anAllianceNamedIsNoChangeToAGroup() {
        #expect(Self.sub("Delegations from the government and the rebel alliance met in Doha on Tuesday for a new round of talks mediated by Qatar.") != "Change to group/activity")
        #expect(Self.sub("Three armed groups in Ituri province said on Monday they had formed a new alliance to fight the M23 rebels.") == "Change to group/activity")
    }

    @Test func policeKilledInARaidAreNoCivilians() {
        let text = "Militants stormed a police compound in Dera Ismail Khan before dawn on Tuesday, killing 10 policemen, officials said."
        #expect(Self.sub(text) != "Attack")
    }

    /// Suicide bombers named outweigh the words for their charge ("detonated explosives", "a
    /// bomb went off"): the bomb is a suicide bomb.
    @Test func suicideBombersOutweighTheirCharge() {
        #expect(Self.sub("Three suicide bombers detonated explosives at the entrance of a church in Surabaya, killing nine worshippers.")
            == "Suicide bomb")
    }

    /// A chemical agent named by its kind (mustard, choking, blister agents, chemical munitions) is a
    /// chemical weapon, whatever delivered it (ACLED: the agent, not the shell or the bomb, decides).
    @Test(arguments: [
        "Artillery shells loaded with a mustard agent struck army trenches outside Kirkuk, and nine soldiers were treated for burns.",
        "Dozens of villagers near Hama were treated for breathing problems after a helicopter dropped a choking agent on their homes.",
        "Chemical munitions fired by rebel artillery hit a district of Aleppo on Sunday, wounding eleven residents, doctors said.",
    ])
    func aChemicalAgentIsAChemicalWeapon(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }

    /// A gas or smoke called toxic or choking that a weapon let loose, and chloropicrin by name, is a
    /// chemical weapon over its carrier (drones, aircraft, bombs); smoke from a fire a strike set,
    /// or from a plant it hit, leaves the strike as it was.
    @Test(arguments: [
        ("A helicopter dropped canisters that released a choking white gas over a market near Tabqa on Friday, leaving dozens struggling to breathe, residents said.", "Chemical weapon"),
        ("Rebels said army drones dropped bombs that gave off a toxic smoke on their positions near Hpakant on Sunday, and two fighters fainted.", "Chemical weapon"),
        ("A brigade spokesman said a drone released chloropicrin over a trench near Toretsk on Tuesday, and four soldiers were treated.", "Chemical weapon"),
        ("A drone strike set a fuel depot in Rostov ablaze on Sunday, sending toxic smoke over the city, the governor said.", "Air/drone strike"),
        ("An air strike hit a chemical plant near Homs on Monday, releasing a toxic cloud over nearby villages, residents said.", "Air/drone strike"),
    ])
    func aToxicGasLetLooseByAWeaponIsAChemicalWeapon(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// Ground taken is coded by whose soil it is: a foreign state's forces that take a place from
    /// the local state overtake it (ACLED: "a non-state actor or a foreign state actor"); the local
    /// state taking it back regains it. "Took full control" is a taking like "took control".
    @Test(arguments: [
        ("Russian troops took full control of the town of Bakhmut after months of fighting with Ukrainian units, the Russian defence ministry said.",
         "Non-state actor overtakes territory"),
        ("Ukrainian forces recaptured the village of Robotyne from Russian troops after a long battle, Kyiv said.", "Government regains territory"),
        ("Syrian government forces took full control of the town of Khan Shaykhun after weeks of fighting with rebels.", "Government regains territory"),
    ])
    func groundTakenIsCodedByWhoseSoilItIs(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// War words in other trades report no conflict event: a football side's attack and its
    /// striker who fires, hackers' attacks on computer systems, money moved through shell companies.
    @Test(arguments: [
        "The visitors' attack overwhelmed the home defence, and their striker fired twice into the net before half-time.",
        "Hackers behind a wave of attacks on city councils' computer systems demanded ransom payments, the agency said.",
        "The bank moved ten million dollars through shell companies in Cyprus, prosecutors said on Monday.",
    ])
    func warWordsOfOtherTradesAreNoEvent(text: String) {
        #expect(Self.sub(text) == nil)
    }

    /// Police or soldiers who kill someone at a demonstration, or club demonstrators and wound
    /// them, use excessive force against protesters (ACLED), not a protest's intervention.
    @Test(arguments: [
        "Riot police shot dead a young man during a march against the junta in Conakry on Thursday, his family said.",
        "Police clubbed nurses staging a sit-in outside the health ministry in Lusaka, injuring six of them.",
    ])
    func deadlyForceAtAProtestIsExcessive(text: String) {
        #expect(Self.sub(text) == "Excessive force against protesters")
    }

    /// Fighters who change sides or lay down their arms change their group's activity (ACLED:
    /// defections and surrenders of combatants), not the ground they stand on.
    @Test(arguments: [
        "About eighty fighters of a local militia switched sides to the army in Jonglei state, a military spokesman said.",
        "Some 120 members of an armed group laid down their arms and surrendered to the police in Ituri province on Friday.",
    ])
    func fightersWhoChangeSidesChangeTheirGroup(text: String) {
        #expect(Self.sub(text) == "Change to group/activity")
    }

    /// A protest or strike called for a later day ("for next Tuesday", "for Saturday", "for 14
    /// June") has not happened: no event. One held on a day told is still a protest.
    @Test(arguments: [
        ("Teachers' unions called a nationwide strike and marches for next Tuesday against the new education law.", nil),
        ("The opposition called a mass rally in the capital for Saturday to demand early elections.", nil),
        ("Thousands of teachers marched through the capital on Tuesday against the new education law.", "Peaceful protest"),
    ] as [(String, String?)])
    func aProtestCalledForALaterDayIsNoEvent(text: String, expected: String?) {
        #expect(Self.sub(text) == expected)
    }

    /// Poisoning told with a chemical agent named as the weapon is what the weapon did, not a
    /// hazard ("treated for poisoning after drones dropped a choking agent").
    @Test func poisoningByAChemicalAgentIsAChemicalWeapon() {
        #expect(Self.sub("Soldiers near Kupiansk were treated for poisoning after drones dropped grenades filled with a choking agent on their positions.")
            == "Chemical weapon")
    }

    /// A crowd that disperses by itself ("then dispersed peacefully", "before dispersing") had no
    /// intervention; the police dispersing it ("fired tear gas to disperse") did intervene.
    @Test(arguments: [
        ("About fifty pensioners held a rally outside the town hall in Sofia over cuts to their benefits, then dispersed peacefully.", "Peaceful protest"),
        ("About fifty pensioners held a rally outside the town hall in Sofia over cuts to their benefits before dispersing.", "Peaceful protest"),
        ("Police fired tear gas to disperse about fifty pensioners rallying outside the town hall in Sofia over cuts to their benefits.",
         "Protest with intervention"),
    ])
    func aCrowdThatDispersesByItselfHadNoIntervention(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// Forces that establish or set up positions establish a base (ACLED: headquarters or base
    /// established), not a change in their group.
    @Test func forcesThatEstablishPositionsEstablishABase() {
        #expect(Self.sub("Mercenaries of a private military company established positions at an abandoned airfield near Gao, residents said.")
            == "Headquarters or base established")
    }

    /// "Assault rifles" are weapons, not an assault: a cargo of them taken is no battle, attack or
    /// riot.
    @Test func assaultRiflesAreNoAssault() {
        let events = Support.bundled.extract(
            text: "Navy boarding teams took a cargo ship off Socotra that held thousands of assault rifles and ammunition destined for the militia in Somalia.",
            published: Support.day("2023-05-10"), context: .init(docID: "t", assumeEvent: false))
        #expect(!events.contains { ["Battles", "Violence against civilians", "Riots"].contains($0.eventType) })
    }

    @Test(arguments: [
        "Hundreds of traders marched through Karachi on Saturday, burning copies of their bills near the press club.",
        "Hundreds of fans of the football club marched through Karachi on Saturday to protest against the sale of the stadium.",
    ])
    func aClubIsNotClubbed(text: String) throws {
        let e = try #require(NewsReportTests.main(text, published: "2024-03-06"))
        #expect(e.subEventType == "Peaceful protest")
    }

    @Test func aMineDugForOreIsNoLandmine() throws {
        #expect(NewsReportTests.events("Workers at a gold mine in northern Burkina Faso went home early on Monday after a power cut.", published: "2024-03-06").isEmpty)
        let e = try #require(NewsReportTests.main("Gunmen attacked an artisanal gold mine near Djibo on Monday, killing 12 miners, officials said.", published: "2024-03-06"))
        #expect(e.subEventType == "Attack")
    }

    @Test func aMineUnderAVehicleIsStillALandmine() throws {
        let e = try #require(NewsReportTests.main("A farmer was killed when his tractor hit a mine near Kupiansk on Monday.", published: "2024-03-06"))
        #expect(e.subEventType == "Remote explosive/landmine/IED")
    }

    @Test(arguments: [
        "Firefighters battled a blaze at an oil depot in Lagos on Monday.",
        "Thousands of pilgrims gathered in Karbala on Monday for Arbaeen.",
    ])
    func idiomsAndPilgrimagesAreNoEvent(text: String) {
        #expect(NewsReportTests.events(text, published: "2024-03-06").isEmpty)
    }

    @Test func lawmakersWhoStormOutDestroyNothing() {
        let events = NewsReportTests.events("Lawmakers stormed out of the session in Islamabad on Monday in protest at the speaker's ruling.", published: "2024-03-06")
        #expect(events.allSatisfy { $0.subEventType != "Looting/property destruction" && $0.eventType != "Battles" })
    }

    @Test func aDroneOnlySightedIsNoStrike() throws {
        #expect(NewsReportTests.events("A suspected drone was spotted over the airport in Erbil on Monday, halting flights for two hours.", published: "2024-03-06").isEmpty)
        let e = try #require(NewsReportTests.main("A drone was spotted over the town of Tal Tamr on Monday before it struck a car, killing two people.", published: "2024-03-06"))
        #expect(e.subEventType == "Air/drone strike")
    }

    /// News tells ground taken back in words of return ("swept back into", "won back"), not only
    /// "retook": the state's forces regain it, even when the story also says who had seized it
    /// the day before.
    @Test(arguments: [
        "Government troops swept back into Kidal on Tuesday, two days after rebels had seized the town, the army said.",
        "Soldiers won back the border town of Kapan from separatist fighters on Friday, the defence ministry said.",
        "Army units took back the market town of Dori from jihadist fighters on Wednesday, the military said.",
        "The defence ministry said its troops had taken back the hamlet of Vesele from enemy units on Saturday.",
        "Soldiers and local militiamen have reoccupied the district of Tillia, state radio said on Monday.",
    ])
    func groundTakenBackIsRegained(text: String) {
        #expect(Self.sub(text) == "Government regains territory")
    }

    /// A place's past told after a comma ("the town of X, which rebels had held for two years",
    /// "the village of Y, held by jihadists for a year") makes no tally of the report: the taking
    /// is the news. A group's own record "for years" still is one.
    @Test(arguments: [
        "Soldiers have reoccupied the town of Tillia, which insurgents had held for two years, state radio said on Monday.",
        "Troops have recaptured the village of Boni, held by jihadists for eighteen months, the army said on Tuesday.",
    ])
    func aPlacesPastAfterACommaIsNoTally(text: String) {
        #expect(Self.sub(text) == "Government regains territory")
    }

    @Test func aGroupsRecordForYearsIsStillATally() {
        #expect(NewsReportTests.events("The group has attacked army posts in the region for years, killing hundreds.", published: "2024-03-06").isEmpty)
    }

    /// Ground held only for a while is still taken ("briefly occupied the town"): ACLED codes the
    /// taking, whoever leaves it after.
    @Test func groundBrieflyOccupiedIsOvertaken() {
        #expect(Self.sub("Insurgents briefly occupied the town of Macomia on Friday, burning the district office before pulling out, residents said.")
            == "Non-state actor overtakes territory")
    }

    /// A site taken together with the town around it ("an army outpost and the nearby town of X")
    /// takes the town: ground changed hands, even when the fight and the weapons seized are told too.
    @Test(arguments: [
        "The rebels said they had captured an army outpost and the nearby town of Kutkai after days of fighting.",
        "The rebels said they had captured a battalion headquarters of the army and the surrounding town of Hpakant after weeks of fighting, showing off the weapons they seized.",
    ])
    func aSiteTakenWithItsTownTakesTheTown(text: String) {
        #expect(Self.sub(text) == "Non-state actor overtakes territory")
    }

    // MARK: - News kinds (issue 10)

    /// A crowd named with where it is ("a crowd in the city of X", "residents of a village in Y")
    /// and then its act: the crowd is the subject across the place words, a mob.
    @Test(arguments: [
        "A crowd in the northern Nigerian city of Kano beat a trader to death after accusing him of theft, police said.",
        "Villagers in the hills outside Gulu beat a suspected cattle thief to death on Sunday, police said.",
    ])
    func aCrowdPlacedBeforeItsActIsAMob(text: String) {
        #expect(Self.sub(text) == "Mob violence")
    }

    /// Force that kills marchers is excessive force, and a weak word for the unrest around the
    /// protest ("the deadliest day of the unrest") does not make the demonstrators rioters.
    @Test(arguments: [
        "Police fired tear gas and live ammunition at marchers heading to the palace, killing two, doctors said.",
        "Security forces opened fire on people protesting after prayers in the city, killing dozens, in the worst day of the unrest.",
    ])
    func forceThatKillsMarchersIsExcessive(text: String) {
        #expect(Self.sub(text) == "Excessive force against protesters")
    }

    /// People who block a named road to demand something protest.
    @Test func aRoadBlockedToDemandIsAProtest() {
        #expect(Self.sub("Farmers blocked the Trans-Andean Highway near Cusco for a second day, demanding fuel subsidies.") == "Peaceful protest")
    }

    /// Demonstrators who block traffic or a road while they protest do not meet an intervention:
    /// the blocking is their own act; police who block the marchers still intervene.
    @Test(arguments: [
        ("Hundreds of taxi drivers protested in central Lisbon on Monday, blocking traffic around the airport.", "Peaceful protest"),
        ("Fishermen steered their boats into the harbour of Brest on Friday, blocking the port to protest against new quotas.", "Peaceful protest"),
        ("Police blocked hundreds of students marching on parliament in Accra on Tuesday and fired tear gas, witnesses said.", "Protest with intervention"),
    ])
    func demonstratorsWhoBlockARoadMeetNoIntervention(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// People detained who had gathered or marched to protest were taken as they protested: an
    /// intervention (ACLED), not an arrest with the protest as its reason; a protest of an earlier
    /// occasion ("last week") or "took part in" one is still the reason.
    @Test(arguments: [
        ("Police in Minsk detained dozens of people who had gathered outside a courthouse to protest against the verdict, a rights group said.", "Protest with intervention"),
        ("Police detained 60 people who marched through central Ankara on Saturday to demand the release of a jailed journalist.", "Protest with intervention"),
        ("Police arrested 30 students who had marched against the government last week, officials said.", "Arrests"),
    ])
    func peopleDetainedAsTheyGatheredMeetAnIntervention(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// Live rounds fired at a march are lethal force: excessive force against protesters even when
    /// no one is reported hurt. Shots in the air, or "rubber bullets or live rounds", are not.
    @Test(arguments: [
        ("Security forces fired live rounds at a peaceful march in Bamako on Thursday, witnesses said.", "Excessive force against protesters"),
        ("Soldiers opened fire with live ammunition on demonstrators in Khartoum on Sunday.", "Excessive force against protesters"),
        ("Police fired live bullets in the air to disperse hundreds of protesters in Lilongwe on Friday.", "Protest with intervention"),
    ])
    func liveRoundsFiredAtAMarchAreExcessiveForce(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// A town entered or taken in news's idiom ("swept into Hama, taking control", "took Paletwa,
    /// capturing its base") after fighting is the taking; gunmen who sweep into a village only to
    /// kill its people attack them.
    @Test(arguments: [
        ("Rebels swept into the city of Hama on Thursday, taking control of most districts after three days of fighting with the army, a monitor said.",
         "Non-state actor overtakes territory"),
        ("The Arakan Army took Paletwa, capturing the army's last base in the township after weeks of fighting, the group said.",
         "Non-state actor overtakes territory"),
        ("Gunmen swept into a village in Zamfara overnight and shot dead 23 residents, a local official said.", "Attack"),
    ])
    func aTownTakenInNewsWordsIsTheTaking(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// "Took" with a town named after it takes the town; "took Kyiv by surprise" takes nothing.
    @Test func aTownNamedAfterTookIsTaken() {
        #expect(Self.sub("The rebel alliance took Lashio after a month of fighting, the group said.") == "Non-state actor overtakes territory")
        #expect(Self.sub("The news took Kyiv by surprise, officials said.") == nil)
    }

    /// Forces pulling out of a town and handing it back is a transfer of territory; "mining" in a
    /// town's trade is no landmine.
    @Test func aTownHandedBackIsATransfer() {
        #expect(Self.sub("Rebels pulled out of the gold-mining town of Kamituga on Monday and handed it back to the army under a deal, residents said.")
            == "Non-violent transfer of territory")
    }

    /// A base or camp set up by forces is a base established, though "base" and "camp" alone are
    /// no trigger; a camp set up for the displaced is none.
    @Test func aBaseSetUpIsEstablished() {
        #expect(Self.sub("The army has set up a permanent brigade base in the district to secure the border area, the minister said.")
            == "Headquarters or base established")
        #expect(Self.sub("Militants have set up a camp in the forest near the village, from which they raid nearby farms, residents said.")
            == "Headquarters or base established")
        #expect(Self.sub("The UN has set up a camp for displaced families near the town.") == nil)
    }

    /// A house blown up with no one hurt is property destroyed; goods carted away are looted.
    @Test(arguments: [
        "Houthi fighters blew up the home of a tribal leader in al-Bayda, residents said.",
        "Gunmen broke into a warehouse in the town and carted away sacks of grain, the agency said.",
    ])
    func propertyBlownUpOrCartedAwayIsLooting(text: String) {
        #expect(Self.sub(text) == "Looting/property destruction")
    }

    /// People taken from their homes by armed men are abducted, however long the list of who they were.
    @Test(arguments: [
        "Militiamen took 30 villagers from their homes in the night, a local official said.",
        "Armed men took at least 40 people, among them women and children, from their homes near Culiacan, the state prosecutor said.",
    ])
    func peopleTakenFromTheirHomesAreAbducted(text: String) {
        #expect(Self.sub(text) == "Abduction/forced disappearance")
    }

    /// Riot-control gas dropped by drones on trenches, or shells filled with a toxic agent, are a
    /// chemical weapon: the agent outweighs the artillery words that fired it.
    @Test(arguments: [
        "Russian drones dropped tear gas grenades on Ukrainian trenches near Bakhmut, a brigade spokesman said.",
        "Artillery fired shells filled with a toxic agent at army positions near the river on Monday, wounding four soldiers.",
        "Artillery fired shells filled with a mustard agent at army positions near the river on Monday, wounding four soldiers.",
    ])
    func gasUsedInFightingIsAChemicalWeapon(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }

    /// A place's past in a relative clause ("a town that had been held for years by rebels") and a
    /// rank against the year ("the fourth reporter killed this year") make no tally of the sentence.
    @Test(arguments: [
        ("Army troops regained control of San Miguel, a mining town in Cauca that had been held for years by a rebel faction, after an operation that began with firefights, the army said.",
         "Government regains territory"),
        ("Masked gunmen shot dead a local journalist outside his home in Tumaco on Saturday night, a press group said, the fourth reporter killed in the region this year.",
         "Attack"),
    ])
    func aPlacesPastOrARankIsNoTally(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// A grenade dropped from a drone is an air/drone strike; crude bombs hurled by hand are
    /// grenades, and crude bombs found are weapons disrupted.
    @Test(arguments: [
        ("A Russian drone dropped a grenade on a tractor near Kherson, killing the farmer driving it, officials said.", "Air/drone strike"),
        ("Attackers hurled crude bombs at a shop in Murshidabad district, injuring three men, police said.", "Grenade"),
        ("Police recovered 20 crude bombs from an abandoned house in Birbhum district.", "Disrupted weapons use"),
    ])
    func aGrenadeIsTheOneThrownByHand(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// Hunters and woodcutters seized by fighters are civilians abducted, not goods taken.
    @Test func huntersSeizedAreAbducted() {
        #expect(Self.sub("Islamic State fighters seized nine hunters in the desert south of Palmyra, a monitor said.") == "Abduction/forced disappearance")
    }

    /// Prisoners handed back in a swap are an agreement; a town handed back stays a transfer.
    @Test func captivesHandedBackInASwapAreAnAgreement() {
        #expect(Self.sub("Armenia and Azerbaijan each handed back thirty-two prisoners of war in a swap brokered by the Red Cross, officials said.")
            == "Agreement")
        #expect(Self.sub("Rebels handed back the town to the army in exchange for safe passage, residents said.") == "Non-violent transfer of territory")
    }

    /// News words for sexual violence beside "raped": "sexually abused", "gang-raped".
    @Test(arguments: [
        "Community leaders said members of an armed group sexually abused a twelve-year-old girl from their village.",
        "Militiamen gang-raped three women in a village near the town, a doctor said.",
    ])
    func sexualAbuseIsSexualViolence(text: String) {
        #expect(Self.sub(text) == "Sexual violence")
    }

    /// People held, named as what a protest demands or as the protesters' kin ("to bring home
    /// the hostages", "relatives of kidnapped students"), are no abduction of the report: the
    /// protest is its event.
    @Test(arguments: [
        "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to bring home the hostages held in Gaza.",
        "Families of hostages gathered outside the prime minister's office in Jerusalem on Monday, urging ministers to approve the deal.",
        "Hundreds of relatives of kidnapped students protested in Kaduna on Monday, calling on the government to secure their release.",
    ])
    func thePeopleHeldAProtestIsAboutAreNoAbduction(text: String) throws {
        let e = try #require(NewsReportTests.main(text, published: "2024-05-19"))
        #expect(e.eventType == "Protests")
    }

    @Test func anAbductionStaysOne() throws {
        let e = try #require(NewsReportTests.main("Gunmen kidnapped 20 students from a school in Kaduna state on Monday, police said.", published: "2024-05-19"))
        #expect(e.subEventType == "Abduction/forced disappearance")
    }

    /// Gunmen who kill and burn ("killing seven people and setting fire to dozens of houses",
    /// "torching") attack civilians: the burning is theirs, no mob's, and the deaths outrank it.
    @Test(arguments: [
        "Gunmen attacked several neighbourhoods of Saint-Marc on Monday, killing seven people and torching dozens of houses.",
        "Gunmen stormed a village near Bandiagara on Monday, killing seven people and setting fire to dozens of houses.",
    ])
    func gunmenWhoKillAndBurnAttack(text: String) throws {
        let e = try #require(NewsReportTests.main(text, published: "2024-12-10"))
        #expect(e.subEventType == "Attack")
        #expect(e.fatalities == 7)
    }

    /// Demonstrators named as the kin of the abducted or the missing protest; the abduction is who
    /// they are ("relatives of hostages"), as is a square named for them. Police who detain
    /// marchers against disappearances still intervene.
    @Test(arguments: [
        ("Hundreds of relatives and supporters of students abducted last year rallied in Kaduna on Saturday, calling for their release.", "Peaceful protest"),
        ("Families of men who went missing staged a protest outside the parliament in Colombo on Monday.", "Peaceful protest"),
        ("Thousands rallied in Tel Aviv's Hostages Square on Saturday night, calling for a deal.", "Peaceful protest"),
        ("Police in Islamabad detained dozens of women staging a march against enforced disappearances on Sunday.", "Protest with intervention"),
    ])
    func theKinOfTheAbductedProtest(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    /// "Fighting between" two sides is a clash whoever it kills ("killed four people" had made it
    /// an attack on civilians).
    @Test func fightingBetweenSidesIsAClash() {
        #expect(Self.sub("Fighting between rival armed groups in the port city of Misrata killed five people on Monday, a hospital said.") == "Armed clash")
    }

    /// A mass grave or a tunnel found is ACLED's other strategic development; named alone it is
    /// no event of its own.
    @Test(arguments: [
        ("Forensic teams uncovered a mass grave holding the remains of at least 30 people outside the town of Bucha on Tuesday, officials said.", "Other"),
        ("Soldiers found a tunnel beneath a hospital compound in Khan Younis, the army said on Monday.", "Other"),
    ])
    func aGraveOrATunnelFoundIsOther(text: String, expected: String) {
        #expect(Self.sub(text) == expected)
    }

    @Test func aMassGraveNamedAsThePastIsNoEvent() {
        #expect(Self.sub("The militia has been accused of burying its victims in mass graves during the war.") == nil)
    }
}
