import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// More kinds of news snippets whose sub-event type turns on how wire prose tells the act
/// (issue 10), read with no event assumed. Every sentence here is written for the test.
@Suite struct NewsSubKindTests {
    static func sub(_ text: String) -> String? { NewsSubTypeTests.sub(text) }

    /// Forces who move into a place another force left, or who are handed a base or a town, take
    /// it without a fight (ACLED: non-violent transfer of territory), though the movement words
    /// ("deployed", "withdrawal") alone tell a change to group/activity; ground left after
    /// fighting, or a deployment with no ground left, stays what it was.
    @Test(arguments: [
        ("The army deployed into the town of Marjayoun on Friday after foreign troops pulled out under a truce deal, officials said.",
         "Non-violent transfer of territory"),
        ("Government soldiers moved into the border village on Monday after the rebels withdrew under the peace accord.",
         "Non-violent transfer of territory"),
        ("Peacekeepers handed over the camp to local police on Sunday as part of their withdrawal.", "Non-violent transfer of territory"),
        ("The army deployed more troops to the border region on Monday, officials said.", "Change to group/activity"),
        ("Rebels entered the town on Sunday after government troops withdrew following heavy fighting.", "Armed clash"),
    ])
    func groundLeftChangesHandsWithoutAFight(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// Weapons that fall, and drones that drop munitions, tell a strike ("shells fell on a market",
    /// "drones dropped bombs on positions"), where "fell" and "dropped" after a bare plural act
    /// noun tell a trend ("attacks on aid workers dropped sharply"); the munitions dropped from a
    /// drone make an air/drone strike, not a bomb planted.
    @Test(arguments: [
        ("Shells fell on a market in the town of Kramatorsk on Monday, wounding three people.", "Shelling/artillery/missile attack"),
        ("Rockets fell on the outskirts of Sderot on Monday, the army said.", "Shelling/artillery/missile attack"),
        ("Drones dropped bombs on army positions near the river on Sunday.", "Air/drone strike"),
        ("Drones dropped explosives on a market in the town on Sunday, wounding four people.", "Air/drone strike"),
    ])
    func weaponsThatFallStrike(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    @Test func actsThatDroppedAreATrend() {
        #expect(Self.sub("Attacks on aid workers dropped sharply last year, the UN said.") == nil)
    }
}

extension NewsSubKindTests {
    /// Poisoning from riot-control gas dropped on positions is what the weapon did, no hazard:
    /// "treated for poisoning" marks a disaster only when no weapon let a gas loose.
    @Test func poisoningByGasDroppedOnTrenchesIsAChemicalWeapon() {
        let text = "Soldiers were treated for poisoning after drones dropped grenades containing CS gas on trenches near the village on Friday."
        #expect(Self.sub(text) == "Chemical weapon")
    }
}

extension NewsSubKindTests {
    /// A chemical attack is known through one side's accusation: in news an accusation or a claim
    /// that names a chemical agent and a day reports it (ACLED codes the alleged attack), a gas a
    /// weapon let loose with its harm told is a poison whatever its colour, and a toxic irritant
    /// is a chemical agent. An accusation with no day names no attack.
    @Test(arguments: [
        "Rebels accused the air force of dropping bombs that released chlorine gas on a village on Monday, and doctors treated 20 people for breathing problems.",
        "The ministry accused enemy forces of firing shells filled with a toxic agent at its positions near the river on Sunday, saying four soldiers were poisoned.",
        "The ministry claimed enemy drones had dropped canisters of tear gas on its positions near the river on Sunday.",
        "Fighters said an army drone dropped bombs that released a yellow gas over their positions on Saturday, causing vomiting among six fighters.",
        "The defence ministry said enemy drones had dropped containers of a toxic irritant on its positions near the border on Tuesday.",
    ])
    func chemicalAttacksToldAsNewsTellsThem(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }

    @Test func anUndatedAccusationOfChemicalWeaponsIsNoEvent() {
        #expect(Self.sub("Western governments have long accused the regime of using chlorine gas against civilians in rebel areas.") == nil)
    }
}

extension NewsSubKindTests {
    /// Explosions heard where shells, rockets or aircraft struck are what that weapon did, and a
    /// mortar bomb or round is a mortar's; a bomb, a device or an explosion with no weapon fired
    /// stays an explosive device.
    @Test(arguments: [
        ("Mortar bombs fired from the hills landed in a camp near the town on Thursday, killing four people.", "Shelling/artillery/missile attack"),
        ("Army artillery pounded rebel positions in the east of the city overnight, residents said, reporting explosions until dawn.",
         "Shelling/artillery/missile attack"),
        ("A rocket hit a residential building in Kharkiv on Monday, and the blast killed two people, officials said.", "Shelling/artillery/missile attack"),
        ("Militants fired mortars at the base, and a roadside bomb exploded near a patrol, killing a soldier.", "Remote explosive/landmine/IED"),
        ("An explosion ripped through a market in Kabul on Friday, killing five people, police said.", "Remote explosive/landmine/IED"),
    ])
    func explosionsOfAWeaponFiredAreItsStrike(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// Forces who drive an armed group out of a place take it: the state's forces regain it,
    /// anyone else overtakes it (ACLED), though no word of capture is told; a crowd pushed out
    /// of a building by no armed actor takes no ground.
    @Test(arguments: [
        ("Troops drove the rebels out of the town of Kalima on Sunday after a day of fighting, the army said.", "Government regains territory"),
        ("Government forces pushed the insurgents out of the district capital on Saturday after the militants had occupied it for two days.",
         "Government regains territory"),
        ("The militia expelled government troops from the town on Friday after heavy clashes.", "Non-state actor overtakes territory"),
    ])
    func drivingAnArmedGroupOutTakesTheGround(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    @Test func aCrowdPushedOutOfABuildingIsNoTaking() {
        #expect(Self.sub("Firefighters pushed the crowd out of the burning building on Monday.") == nil)
    }
}

extension NewsSubKindTests {
    /// A town named for its mines is no weapon seized: "seized full control of the mining town"
    /// takes the town, where "seized mines and explosives" disrupts weapons.
    @Test func aMiningTownSeizedIsTaken() {
        let text = "Insurgents seized full control of the mining town of Kanga on Wednesday after days of fighting with the army."
        #expect(Self.sub(text) == "Non-state actor overtakes territory")
    }
}

extension NewsSubKindTests {
    /// A crowd that beats, burns or stones someone to death is a mob (ACLED: mob violence), even
    /// when the victim was accused of serving an armed group (that group is no side of the act)
    /// and when no word of a mob is told; soldiers who do it attack.
    @Test(arguments: [
        ("A crowd in Maiduguri beat to death a man they accused of being a Boko Haram informant on Monday before police could intervene, a witness said.",
         "Mob violence"),
        ("Residents of a village in Geita region burned an elderly woman to death after accusing her of witchcraft, police said.", "Mob violence"),
        ("Villagers stoned a suspected thief to death in Kisumu on Sunday, police said.", "Mob violence"),
        ("Soldiers beat a man to death at a checkpoint in Kaduna on Monday, residents said.", "Attack"),
    ])
    func aCrowdThatKillsByHandIsAMob(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// "Took the village of X" takes the village as "took X" does, after a fight too; the idiom
    /// ("took the village by surprise") takes nothing.
    @Test(arguments: [
        ("Rebels said they had taken the village of Toro on Sunday after a firefight with the army.", "Non-state actor overtakes territory"),
        ("The army took the town of Kalima on Monday after two days of fighting with rebels.", "Government regains territory"),
        ("Militants took the village of Toro by surprise on Sunday, killing two soldiers.", "Armed clash"),
    ])
    func aVillageTakenByItsNounIsTaken(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// Raiders who burn cars and beat people, one of whom dies, attack them: the beating told
    /// beside the burning outweighs the property destroyed once someone is killed (ACLED
    /// precedence), wherever the death is told.
    @Test(arguments: [
        ("Israeli settlers attacked the Palestinian village of Qusra near Nablus on Sunday, setting fire to two cars and beating residents, the Red Crescent said. One man died of his injuries in hospital.",
         "Attack"),
        ("Gunmen raided the village of Kurmin on Friday, beating residents and torching cars, officials said. One man died in hospital.", "Attack"),
    ])
    func aBeatingBesideABurningWhereSomeoneDiedIsAnAttack(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// A village the gazetteer lacks is still taken when its noun names it ("the village of X"),
    /// and the idiom after it still takes nothing.
    @Test(arguments: [
        ("Rebels said they had taken the village of Zemborat in the north on Sunday after a two-hour firefight with the army.",
         "Non-state actor overtakes territory"),
        ("Militants took the village of Zemborat by surprise on Sunday, killing two soldiers.", "Armed clash"),
    ])
    func anUnlistedVillageTakenIsTaken(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// What a drone filmed is no strike ("citing drone footage"): the camp set up is the news; a
    /// strike told beside the footage stays a strike.
    @Test(arguments: [
        ("ISWAP fighters established a new camp on islands in Lake Chad near Baga, a security source said, citing drone footage taken on Saturday.",
         "Headquarters or base established"),
        ("A drone strike hit a car near Baga on Saturday, killing two militants, drone footage showed.", "Air/drone strike"),
    ])
    func droneFootageIsNoStrike(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    /// Quarters set up by forces are a base set up, as a camp or an outpost is.
    @Test func quartersSetUpAreABase() {
        #expect(Self.sub("Foreign military instructors have set up quarters at an army camp outside the capital, state television reported on Monday.")
            == "Headquarters or base established")
    }
}

extension NewsSubKindTests {
    /// People taken and never seen again, or bundled into a vehicle, are abducted or disappeared
    /// (ACLED), though no word of kidnapping is told.
    @Test(arguments: [
        "Men in plainclothes forced a student activist into a vehicle outside his hostel in Karachi on Wednesday and he has not been seen since, his family said.",
        "A journalist has not been seen since armed men stopped his car in Quetta on Friday, his family said.",
        "A trader was bundled into a pickup truck by armed men in Gao on Tuesday, witnesses said.",
    ])
    func peopleNeverSeenAgainAreAbducted(text: String) {
        #expect(Self.sub(text) == "Abduction/forced disappearance")
    }
}

extension NewsSubKindTests {
    /// Young men taken away are people taken (an abduction), though "young men" is also a word
    /// for rioters; and a displacement site or an evacuation centre they are taken from is a
    /// place, no flight from fighting told.
    @Test(arguments: [
        "Gunmen took away 12 young men from a school in Kaduna on Monday.",
        "Gunmen took away twelve men from a displacement site in Kaduna on Monday.",
    ])
    func youngMenTakenFromADisplacementSiteAreAbducted(text: String) {
        #expect(Self.sub(text) == "Abduction/forced disappearance")
    }
}

extension NewsSubKindTests {
    /// A vessel or a truck seized with weapons in its cargo is a seizure of weapons (disrupted
    /// weapons use), however far the cargo is told after the verb; with goods in it, no weapon.
    @Test(arguments: [
        ("The navy seized a boat in the Arabian Sea carrying thousands of assault rifles bound for the rebels.", "Disrupted weapons use"),
        ("Police seized a truck on the highway near the border carrying sacks of rice and sugar.", "Looting/property destruction"),
    ])
    func weaponsInASeizedCargoAreSeized(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// Protesters who only tried to storm a building, shot at by police who killed some of them,
    /// met excessive force: an attempted storming is no raid that makes the killing an attack.
    @Test func protestersWhoTriedToStormMetExcessiveForce() {
        let text = "Police fired rubber bullets and live rounds at young protesters who tried to storm the district office in Birgunj on Monday, killing two and injuring 40, officials said."
        #expect(Self.sub(text) == "Excessive force against protesters")
    }
}

extension NewsSubKindTests {
    /// A salvo partly intercepted, the rest landed, is the shelling; one wholly intercepted, or
    /// whose debris only fell, is disrupted weapons use.
    @Test(arguments: [
        ("Five rockets were launched from southern Lebanon at the town of Kiryat Shmona on Monday; three were intercepted and two fell in open areas, the army said.",
         "Shelling/artillery/missile attack"),
        ("A missile fired from Yemen at Eilat was intercepted on Monday, the army said; no damage was reported.", "Disrupted weapons use"),
        ("A rocket fired at Sderot was intercepted on Monday and debris fell on a road, the army said.", "Disrupted weapons use"),
    ])
    func aSalvoPartlyInterceptedIsTheShelling(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension NewsSubKindTests {
    /// An "encounter with" troops, or an "armed encounter", is a fight between armed sides (the
    /// word Philippine and South Asian reports use for a clash); a chance encounter with an
    /// animal is none.
    @Test(arguments: [
        ("Two rebels were killed in an encounter with government troops in the mountains of Northern Samar, the army said on Thursday.", "Armed clash"),
        ("Police said three suspected militants were killed in an armed encounter in Pulwama on Monday.", "Armed clash"),
    ])
    func anEncounterWithTroopsIsAClash(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }

    @Test func aChanceEncounterIsNoEvent() {
        #expect(Self.sub("Villagers had a chance encounter with a bear near the river on Sunday.") == nil)
    }
}

extension NewsSubKindTests {
    /// Supporters of hostages, like their relatives, name people held: their rally is the event,
    /// not an abduction; supporters of a protest back no one held.
    @Test func supportersOfHostagesRally() {
        let text = "Thousands of relatives and supporters of hostages held in Gaza rallied in Tel Aviv on Saturday night, calling for a deal."
        #expect(Self.sub(text) == "Peaceful protest")
    }
}
