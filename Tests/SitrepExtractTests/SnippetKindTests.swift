import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Kinds of news snippets whose event or sub-event type turned on one reading (issue 10, h-snips3),
/// read with no event assumed. Every sentence here is written for the test.
@Suite struct SnippetKindTests {
    static func sub(_ text: String) -> String? { NewsSubTypeTests.sub(text) }
}

extension SnippetKindTests {
    /// A strike that kills a crowd's worth of people ("killing dozens") is a military strike: the
    /// crowd word is its dead, not its strikers.
    @Test(arguments: [
        "A Chadian air force strike destroyed a rebel depot near Tibesti on Monday, killing dozens, the army said.",
        "An army air force strike hit an insurgent camp near the lake on Sunday, killing \"several hundred terrorists\".",
    ])
    func aStrikeThatKillsACrowdIsMilitary(text: String) {
        #expect(Self.sub(text) == "Air/drone strike")
    }

    @Test func workersOnStrikeStillProtest() {
        #expect(Self.sub("Hundreds of dock workers on strike marched through the port on Monday to demand higher wages.") == "Peaceful protest")
    }
}

extension SnippetKindTests {
    /// Attacks beaten back are a fight between two armed sides (ACLED: armed clash).
    @Test(arguments: [
        "Ukrainian troops repelled 20 Russian assaults near Kupiansk over the past day, the General Staff said.",
        "Soldiers repulsed three attacks by insurgents on their positions near the border on Tuesday.",
    ])
    func attacksRepelledAreAClash(text: String) {
        #expect(Self.sub(text) == "Armed clash")
    }
}

extension SnippetKindTests {
    /// A drone "was downed" (the weapon named before its passive verb) with no damage: disrupted.
    @Test func aDroneDownedInThePassiveIsDisrupted() {
        #expect(Self.sub("The army said the drone was downed over the sea before it reached the coast, and no damage was caused.")
                == "Disrupted weapons use")
    }
}

extension SnippetKindTests {
    /// The state's post or station taken at a named town after a fight gives the taker the town,
    /// and so does a town overrun with its buildings burned.
    @Test(arguments: [
        ("Rebels captured the police station and the district office in Kyaukme after three days of fighting, the group said.",
         "Non-state actor overtakes territory"),
        ("Al-Shabaab fighters overran the army post at Bulobarde after heavy fighting on Monday and raised their flag.",
         "Non-state actor overtakes territory"),
        ("Government troops recaptured the military base at Kidal after fierce clashes with rebels on Friday, the army said.",
         "Government regains territory"),
        ("Gang members overran the town of Mirebalais on Wednesday, torching the police station and driving out officers.",
         "Non-state actor overtakes territory"),
    ])
    func aPlaceTakenInAFightOrBurnedIsGround(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    @Test func positionsTakenInAFightStayTheFight() {
        #expect(Self.sub("Rebels captured several army positions near Kyaukme after heavy fighting on Sunday, the group said.") == "Armed clash")
    }
}

extension SnippetKindTests {
    /// Chemical weapons named by their effect or by the irritants the munitions carried, and one
    /// side's accusation that tells who was poisoned.
    @Test(arguments: [
        "Two soldiers near Bakhmut suffered chemical burns after enemy troops dropped a munition on their trench, a medic said.",
        "Enemy troops fired munitions containing chemical irritants at our positions near Avdiivka, the brigade said.",
        "The defence ministry accused the rebels of dropping a container of chloropicrin from a drone on army trenches, saying three soldiers were poisoned.",
    ])
    func chemicalWeaponsByEffectOrIrritant(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }

    @Test func anAccusationOfChemicalsWithNoHarmNorDayIsAReference() {
        #expect(Self.sub("The ministry has repeatedly accused the rebels of using chloropicrin in the war.") == nil)
    }
}

extension SnippetKindTests {
    /// A group's dissolution, its new leader and a new commander of the army change the group.
    @Test(arguments: [
        "The rebel faction announced its dissolution on Sunday and handed its weapons to the army, officials said.",
        "The militant group said on Tuesday it had picked a veteran commander as its new leader, replacing the slain chief.",
        "The movement named its deputy as head of its political wing on Monday.",
        "The president replaced the commander of the armed forces on Friday, naming the navy chief to the post.",
    ])
    func aGroupsEndOrNewLeaderChangesTheGroup(text: String) {
        #expect(Self.sub(text) == "Change to group/activity")
    }
}

extension SnippetKindTests {
    /// Armed men who set up an administration of their own establish a base.
    @Test func aParallelAdministrationIsABase() {
        #expect(Self.sub("The rebels have set up a parallel administration in the town, appointing their own mayor and collecting taxes.")
                == "Headquarters or base established")
    }
}

extension SnippetKindTests {
    /// Talks that ended without agreement agreed nothing.
    @Test(arguments: [
        "The government and the rebels ended a third round of peace talks in Doha without agreeing on a ceasefire, mediators said.",
        "Delegations of the two countries met in Vienna for peace talks on Monday, but neither side announced a breakthrough.",
        "Negotiators failed to reach a deal on a truce after two days of talks in Cairo, officials said.",
    ])
    func talksWithoutAgreementAreNoEvent(text: String) {
        #expect(Self.sub(text) == nil)
    }

    @Test func talksThatAgreeStayAnAgreement() {
        #expect(Self.sub("The government and the rebels agreed on a ceasefire after peace talks in Doha on Monday, mediators said.") == "Agreement")
    }

    /// An agreement signed by armed groups of communities ends their conflict.
    @Test func armedCommunityGroupsSignAnAgreement() {
        #expect(Self.sub("Leaders of armed herder groups from two clans signed an agreement in Galkayo on Monday to end cattle raids, the UN said.")
                == "Agreement")
    }

    /// "Broke out" tells when a war began: no breach of the deal signed.
    @Test func aDealSignedAfterWarBrokeOutIsAnAgreement() {
        #expect(Self.sub("The government and the rebels signed a peace deal in Nairobi on Tuesday, three years after war broke out in the east.")
                == "Agreement")
    }

    @Test func aTruceViolatedIsNoAgreement() {
        #expect(Self.sub("The rebels said on Monday the army had violated the truce signed last month.") != "Agreement")
    }
}

extension SnippetKindTests {
    /// A crowd that turns on the police or soldiers riots as demonstrators do (a violent
    /// demonstration); a mob's violence on another civilian stays mob violence.
    @Test(arguments: [
        "Angry residents hurled stones at police and set fire to a patrol car in the town on Sunday after a curfew was imposed.",
        "Youths blocked the main road and stoned a peacekeepers' convoy near Bunia on Saturday, the mission said.",
    ])
    func aCrowdThatTurnsOnTheForcesDemonstrates(text: String) {
        #expect(Self.sub(text) == "Violent demonstration")
    }

    @Test func aMobOnACivilianStaysAMob() {
        #expect(Self.sub("A mob beat to death a man accused of stealing a goat in a village near Kano on Sunday, police said.") == "Mob violence")
    }

    /// Settlers who beat people attack them; their stones alone stay a mob's.
    @Test func settlersWhoBeatPeopleAttack() {
        #expect(Self.sub("Israeli settlers raided the village of Qusra on Sunday, setting a car on fire and beating a farmer, the Red Crescent said.")
                == "Attack")
    }
}

extension SnippetKindTests {
    /// People held named as what a sit-in demands are no intervention at the sit-in.
    @Test func aSitInForDetainedWorkersIsPeaceful() {
        #expect(Self.sub("Party supporters held a sit-in outside the press club on Friday demanding the release of detained activists.")
                == "Peaceful protest")
    }
}

extension SnippetKindTests {
    /// The wife of the man an attack was aimed at is one more victim, not the doer's own: no
    /// violence at home.
    @Test func theVictimsWifeHurtIsNoDomesticViolence() {
        #expect(Self.sub("Two men on a motorbike threw a grenade at the home of a local councillor in Cotabato on Sunday, wounding his wife, police said.")
                == "Grenade")
    }

    @Test(arguments: [
        "A man was arrested in the town on Monday after he stabbed his wife during a quarrel, police said.",
        "Police arrested a man in the town on Monday who had killed his wife during a quarrel.",
    ])
    func aMansOwnWifeStaysDomestic(text: String) {
        #expect(Self.sub(text) == nil)
    }
}

extension SnippetKindTests {
    /// Bombs fired from afar are shells, not planted bombs.
    @Test func bombsFiredAreShelling() {
        #expect(Self.sub("Three bombs fired from rebel positions in the hills landed in a market in the town on Monday, wounding six people.")
                == "Shelling/artillery/missile attack")
    }
}

extension SnippetKindTests {
    /// Rocket-propelled grenades fired in a fight are the fight's; alone they stay shelling.
    @Test(arguments: [
        ("Clashes between two militias erupted in the port city on Monday, with RPGs fired in the streets, residents said.", "Armed clash"),
        ("Gunmen fired a rocket-propelled grenade at a bus near Kandahar on Monday, killing three passengers.", "Shelling/artillery/missile attack"),
    ])
    func rocketPropelledGrenadesInAFightAreTheFight(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension SnippetKindTests {
    /// People blocking a road whom the police clear are demonstrators: a protest with intervention,
    /// also when some are detained; the police's own roadblock is no protest.
    @Test(arguments: [
        "Riot police used pepper spray to clear farmers blocking a bridge near the ministry on Tuesday, and several were detained.",
        "Police fired tear gas to clear students blocking a highway outside the capital on Monday.",
    ])
    func peopleClearedFromARoadProtest(text: String) {
        #expect(Self.sub(text) == "Protest with intervention")
    }

    @Test func thePolicesOwnRoadblockIsNoProtest() {
        #expect(Self.sub("Police blocked the road to the airport on Monday after a bomb threat, officials said.") != "Peaceful protest")
    }
}
