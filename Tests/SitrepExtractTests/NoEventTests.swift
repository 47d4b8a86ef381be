import Testing
import SitrepModel
@testable import SitrepExtract

/// Reports of no conflict event that use its words: weather, damage told by an official, a labour
/// strike, animals, fighting that only comes near. Read as the desk reads them (no event
/// assumed). Texts written for these tests.
@Suite struct NoEventTests {
    static func events(_ text: String, published: String = "2024-05-03") -> [ExtractedEvent] {
        NewsReportTests.events(text, published: published)
    }

    @Test(arguments: [
        "Hundreds of people are missing in the coastal town of Sur after a river burst its banks during a powerful storm, officials said on Wednesday.",
        "Storm Helga hit the northern coast on Tuesday night, tearing roofs off houses in Hodeidah.",
        "Fishermen in Aden stayed in port on Monday as a tropical storm moved up the gulf.",
    ])
    func aStormOfWeatherIsNoAssault(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aStormingStaysAnAct() {
        #expect(!Self.events("Militants stormed a police post in Mandera on Tuesday, killing four officers.").isEmpty)
        #expect(!Self.events("Protesters storm the parliament building in Colombo on Sunday.").isEmpty)
    }

    @Test func damageToldByAnOfficialIsNoDestruction() {
        #expect(Self.events("A strong earthquake struck eastern Turkey on Monday, killing at least 40 people. The United Nations said 800 houses were destroyed and 300 damaged.").isEmpty)
        #expect(Self.events("Floods swept through the valley on Friday. The army said 120 homes were destroyed.").isEmpty)
    }

    @Test func destructionByGunmenToldByPoliceStays() throws {
        let e = try #require(Self.events("Gunmen burned 30 houses in the village of Kwall on Sunday night, the police said.").first)
        #expect(e.subEventType == "Looting/property destruction")
    }

    @Test(arguments: [
        "Junior doctors at public hospitals in Lagos went on strike on Monday over unpaid salaries.",
        "Teachers in Harare began an indefinite strike on Tuesday, demanding a pay rise.",
    ])
    func aLabourStrikeWithNoGatheringIsNoProtest(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func strikersWhoMarchProtest() throws {
        let e = try #require(Self.events("Striking nurses marched to the health ministry in Nairobi on Monday to demand their unpaid wages.").first)
        #expect(e.eventType == "Protests")
        #expect(!Self.events("Dockers on strike rallied outside the port authority in Mombasa on Friday.").isEmpty)
    }

    @Test(arguments: [
        "Villagers near Tsavo killed a lion on Sunday that had attacked their goats.",
        "A crocodile attacked a fisherman on the banks of the Zambezi on Thursday, officials said.",
        "Rangers shot dead two elephants that had trampled crops near the park on Monday.",
    ])
    func anActOnAnAnimalIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aMobThatKillsAManStays() {
        #expect(!Self.events("A mob in a village near Tsavo beat a man to death on Sunday after accusing him of poaching elephants.").isEmpty)
    }

    @Test(arguments: [
        "Residents of Sievierodonetsk fled on Monday as fighting drew closer to the town.",
        "Families packed their cars and left Kherson on Friday as the shelling approached the city.",
    ])
    func fightingThatComesNearIsNoClash(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func fightingToldAsAnActStays() {
        #expect(!Self.events("Fighting broke out between the army and rebels near Kherson on Friday, killing six soldiers.").isEmpty)
    }

    @Test(arguments: [
        "Wheat exports through the southern ports rose in March, the ministry said on Friday, despite Russian attacks on grain terminals.",
        "Britain on Tuesday imposed sanctions on three firms accused of selling drone parts to the junta, saying the parts were used in air strikes on villages.",
        "Seoul announces new sanctions against Pyongyang over missile launch",
    ])
    func anActNamedAsACircumstanceOrAReasonIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func anActBesideACircumstanceStays() throws {
        let e = try #require(Self.events("Israeli strikes killed 12 people in Rafah on Monday amid heavy fighting, medics said.").first)
        #expect(e.subEventType == "Air/drone strike")
        let f = try #require(Self.events("Ukrainian and Russian troops fought for control of a village near Bakhmut on Friday, the army said, adding that its units had held the line despite repeated assaults.").first)
        #expect(f.subEventType == "Armed clash")
    }

    @Test(arguments: [
        "Residents held prayers in Mocimboa on Sunday to mark two years since militants stormed the port.",
        "Lawmakers on Wednesday criticised the government's handling of the crisis in the north, ten months after clashes between herders and farmers first broke out.",
        "The opposition won most seats in Tuesday's council vote in Kirkuk, which was closely watched after deadly riots in the city in August.",
    ])
    func anActMonthsOrYearsBeforeIsBackground(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func anActOfTheDayStays() {
        #expect(!Self.events("Gunmen stormed a village near Mocimboa on Sunday, killing five people.").isEmpty)
    }

    @Test(arguments: [
        "Armoured vehicles and rocket launchers rolled past the presidential palace in Pyongyang on Saturday during a parade marking the army's founding.",
        "The navy held live-fire drills off the southern coast on Tuesday, firing anti-ship missiles at mock targets.",
    ])
    func armsOnShowAreNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func anAttackOnAParadeStays() {
        #expect(!Self.events("Gunmen opened fire on a military parade in Ahvaz on Saturday, killing 25 people.").isEmpty)
    }

    @Test(arguments: [
        "More than 1,200 people were killed across the province in the first six months of the year, according to the United Nations.",
        "The market reopened on Monday after months of gang attacks on the surrounding streets.",
    ])
    func aCountOverASpanIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func anActOfTheDayBeforeASpanCountStays() throws {
        let e = try #require(Self.events("Gunmen killed 12 villagers in Zamfara on Monday, bringing the number killed in the first six months of the year to 400.").first)
        #expect(e.fatalities == 12)
    }

    @Test func aDemandedTruceIsNoAgreement() throws {
        #expect(Self.events("The UN Security Council on Monday adopted a resolution demanding an immediate ceasefire in Sudan.").isEmpty)
        let e = try #require(Self.events("Sudan's army and the RSF signed a ceasefire in Jeddah on Saturday, mediators said.").first)
        #expect(e.subEventType == "Agreement")
    }

    @Test(arguments: [
        "Real Madrid crushed Barcelona in a bruising battle at the Bernabeu on Sunday, taking the match 4-0.",
        "Rovers stormed back in the second half of the derby at their home stadium on Saturday.",
    ])
    func aBattleOfSportIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aCountOfTheDisplacedIsNoEvent() throws {
        #expect(Self.events("Fighting in the region has displaced more than 200,000 people this year, the UN said on Monday.").isEmpty)
        let e = try #require(Self.events("Clashes between the army and rebels near Goma on Monday killed six soldiers and forced 3,000 villagers to flee.").first)
        #expect(e.subEventType == "Armed clash")
    }

    @Test(arguments: [
        "Police in four countries arrested members of a ransomware gang behind attacks that crippled hospital systems, Europol said.",
        "Hackers attacked the servers of the national bank on Monday, disrupting payments for hours.",
    ])
    func computerCrimeIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aRallySomeoneWasDueToAddressIsNoProtest() throws {
        let e = try #require(Self.events("Police in Nairobi arrested an opposition senator and 20 of his supporters at his home on Monday, hours before he was due to address a rally.").first)
        #expect(e.subEventType == "Arrests")
        #expect(Self.events("Militants planned to storm the base on Friday, officials said.").isEmpty)
        #expect(!Self.events("Roads in the city were closed on Monday due to clashes between rival militias.").isEmpty)
    }

    /// A killing told as a robbery where the report opens is ordinary crime for gain; a robbery
    /// among an arrested man's later charges does not make his assaults one, and a crowd that riots
    /// over a robbery riots.
    @Test func aRobberyIsOrdinaryCrime() {
        #expect(Self.events("Police in Mombasa are hunting three men who shot dead a shopkeeper during a robbery in Likoni on Monday evening.").isEmpty)
        #expect(Self.events("Armed robbers blew open a cash-in-transit van near Johannesburg on Tuesday, wounding two guards, police said.").isEmpty)
        #expect(!Self.events("Gunmen shot dead five villagers in Zamfara state on Monday and stole their cattle, residents said.").isEmpty)
        #expect(!Self.events("Angry youths set fire to a police post in Likoni on Tuesday after a shopkeeper was shot dead in a robbery.").isEmpty)
    }

    /// Fighting told with a place of its own after "despite" goes on there; without one it is the
    /// circumstance of other news.
    @Test func fightingDespiteWhichAPlaceIsNamedStays() {
        #expect(Self.events("Aid convoys reached the town on Tuesday despite heavy fighting.").isEmpty)
        #expect(Self.events("Aid convoys reached the town on Tuesday despite heavy fighting in the villages of southern Idlib.").first?.eventType == "Battles")
    }

    /// A gathering to mark or commemorate is no protest, wherever and whenever it is told first;
    /// a fuel tanker that overturns and explodes is an accident; an act told with an earlier year
    /// after its object and place ("who attacked a shopping mall in Nairobi in 2013") is background.
    @Test(arguments: [
        "Hundreds of families gathered at the former air academy near Tikrit on Wednesday to mark ten years since militants massacred hundreds of cadets there.",
        "Hundreds of people gathered in the square on Sunday to commemorate the victims of the 2019 bombing.",
        "At least 94 people were killed when a fuel tanker overturned and exploded in the town of Majiya late on Tuesday, police said.",
        "A court on Wednesday convicted two men of helping the militants who attacked a shopping mall in Nairobi in 2013, killing 67 people.",
    ])
    func commemorationsTankersAndOldAttacksAreNoEvent(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") == nil)
    }

    /// After a quiet lead (a verdict, a statement), an act dated long before publication is the
    /// story's past even when it is told with its dead, and so is an act told with no day of its
    /// own; an act told with a day of the last week stays news.
    @Test func afterAQuietLeadAnOldDatedActIsThePast() {
        #expect(NewsReportTests.main("A court in Nairobi on Wednesday sentenced two men to 20 years in prison.\n\nThe men helped the gunmen who stormed a shopping mall in September 2013, killing 67 people.", published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("The UN Security Council on Tuesday condemned the violence in the region.\n\nGunmen killed 12 villagers in Zamfara state, police said.", published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("The UN Security Council on Tuesday condemned the violence in the region.\n\nOn Sunday, gunmen killed 12 villagers in Zamfara state, police said.", published: "2024-06-12") != nil)
    }

    /// An accident stays one when the crowd it drew "gathered" or the fire it "set" is told with it
    /// (words of protest or arson, not of violence); a bomb named with it still makes an attack.
    @Test func anAccidentWithACrowdOrAFireIsNoEvent() {
        #expect(NewsReportTests.main("At least 60 people were killed when a fuel tanker overturned and exploded near Kaduna on Monday, as residents gathered to collect the spilled petrol, police said.", published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("A gas tanker exploded at a depot in Port Harcourt on Sunday and set fire to nearby shops, killing nine people, officials said.", published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("A bomb hidden in a fuel tanker exploded at a checkpoint in Mogadishu on Sunday, killing nine people, police said.", published: "2024-06-12") != nil)
        // people who gather to collect, watch or help are no protest
        #expect(NewsReportTests.main("Hundreds of residents gathered at the market in Kano on Sunday to watch the parade.", published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("Hundreds of residents gathered outside the governor's office in Kano on Sunday to demand the release of detained traders.", published: "2024-06-12") != nil)
    }

    /// A truce that talks are about or that is still to come is no agreement: "truce talks", "a
    /// proposal for a ceasefire", "once the truce takes effect"; a ceasefire signed is one.
    @Test(arguments: [
        "Live: Gaza truce talks\n\n14:20 GMT - Hamas delegation arrives in Cairo\n\nA Hamas delegation has arrived in Cairo to discuss the latest proposal for a truce, an official says.",
        "The United Nations says it is preparing to send 600 aid trucks a day into Gaza once the truce takes effect.",
    ])
    func aTruceTalkedAboutIsNoAgreement(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-04-28") == nil)
    }

    @Test func aCeasefireSignedIsAnAgreement() throws {
        let e = try #require(NewsReportTests.main("The two sides signed a ceasefire agreement in Doha on Thursday, mediators said.", published: "2024-04-28"))
        #expect(e.subEventType == "Agreement")
    }
    /// An aircraft lost on a training flight or to a fault, hostile fire ruled out: an accident.
    @Test(arguments: [
        "An air force helicopter went down during a training flight near Bogra on Tuesday, killing its two pilots, the military said.",
        "Three soldiers died when their transport plane went down in Kidal on Sunday; the army blamed a technical failure.",
        "A navy patrol boat sank off Mocimboa da Praia on Friday, drowning five sailors; the navy ruled out hostile fire.",
    ])
    func anAircraftLostInAnAccidentIsNoEvent(text: String) {
        #expect(Self.events(text).isEmpty)
    }

    @Test func aHelicopterShotDownStaysAnAct() {
        #expect(!Self.events("Rebels shot down an army helicopter near Kidal on Tuesday, killing its two pilots, the military said.").isEmpty)
    }

    /// Kin who bury their dead hold a burial, even in a mass grave; a mass grave the killers dug is an act.
    @Test func kinBuryingTheirDeadIsNoEvent() {
        #expect(Self.events("Families in Mangu buried dozens of victims of the weekend attacks in a mass grave on Friday, as community leaders put the death toll at 60.").isEmpty)
        #expect(!Self.events("Gunmen killed 14 villagers in Mangu on Thursday and buried them in a mass grave, police said.").isEmpty)
    }

    /// Asset freezes are sanctions: the acts they cite are their cause, told in general.
    @Test func assetFreezesAnswerActsTheyCite() {
        #expect(Self.events("Britain imposed asset freezes and travel bans on five people linked to Myanmar's junta on Tuesday, citing atrocities in Rakhine including the killing of civilians in Sittwe.").isEmpty)
    }
    /// Someone's earlier part in an act told in the past perfect ("had directed the group's
    /// assault on villages") is a sanction's or a trial's reason, not the news; the act itself,
    /// told as news, stays.
    @Test func aPartInAnActToldInThePastPerfectIsItsReason() {
        #expect(Self.events("""
            LONDON, May 16 - The British government on Thursday imposed sanctions on two senior commanders of a militia in central Mali, accusing them of leading raids that killed villagers.

            The Foreign Office said one of the commanders had directed the militia's assault on villages around Bandiagara, the main town of the area.
            """, published: "2024-05-16").isEmpty)
        #expect(!Self.events("Militiamen attacked villages around Bandiagara on Sunday, killing nine people, officials said.").isEmpty)
    }
}
