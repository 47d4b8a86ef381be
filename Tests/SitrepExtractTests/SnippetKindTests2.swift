import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Kinds of news snippets whose event or sub-event type turned on one reading (issue 10, h-snips4),
/// read with no event assumed. Every sentence here is written for the test.
@Suite struct SnippetKindTests2 {
    static func sub(_ text: String) -> String? { NewsSubTypeTests.sub(text) }
}

extension SnippetKindTests2 {
    /// The stem of "site" is "sit": a site named before "in" is a place, not a sit-in.
    @Test(arguments: [
        "Investigators began exhuming a burial site in a forest near Lyman on Tuesday, the prosecutor said.",
        "Engineers inspected the damaged site in Kherson on Monday, the regional governor said.",
    ])
    func aSiteInIsNoSitIn(text: String) {
        #expect(Self.sub(text) != "Peaceful protest")
    }

    @Test func aSitInIsStillAProtest() {
        #expect(Self.sub("Hundreds of teachers staged a sit-in outside the education ministry on Monday to demand unpaid wages.") == "Peaceful protest")
    }
}

extension SnippetKindTests2 {
    /// Toxic chemicals named as such, and a cloud that smells of bleach (chlorine's smell), are a
    /// chemical weapon whatever dropped them.
    @Test(arguments: [
        "Rebels said junta aircraft dropped bombs containing a toxic chemical on villages in Sagaing, leaving dozens vomiting.",
        "Doctors said they treated 25 people for breathing difficulties after a helicopter dropped a barrel that released a cloud with a strong smell of bleach.",
        "The brigade said enemy drones dropped canisters of a toxic substance on its trenches near Toretsk on Friday, wounding three soldiers.",
    ])
    func toxicChemicalsAndTheirSmellAreChemicalWeapons(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }
}

extension SnippetKindTests2 {
    /// Police named by their riot gear ("riot officers", "the riot squad") are police: the word
    /// "riot" in their name tells no riot.
    @Test(arguments: [
        "Riot officers dispersed a march of pensioners in central Minsk on Sunday and detained 12 people, a rights group said.",
        "The riot squad broke up a rally of students outside the parliament in Tbilisi and detained nine, the ministry said.",
    ])
    func riotPoliceWhoDisperseAProtestIntervene(text: String) {
        #expect(Self.sub(text) == "Protest with intervention")
    }
}

extension SnippetKindTests2 {
    /// A mass grave found or dug up, hostages' bodies recovered and captives freed are ACLED's
    /// "Other" strategic development, not the killing or abduction behind them.
    @Test(arguments: [
        "Soldiers found a mass grave containing the bodies of 40 people near the village of Kumba on Sunday, the army said.",
        "Authorities said on Monday they had discovered three mass graves in a former militia camp in Ituri province.",
        "Investigators began exhuming a mass burial site near Lyman, where more than 100 graves were found after the troops retreated.",
        "Forensic teams exhumed 30 bodies from a mass grave outside Izium on Friday, regional officials said.",
        "The army said it had recovered the bodies of four hostages from a tunnel in Gaza on Tuesday.",
        "Gunmen freed 12 passengers they had abducted on the highway last week after a ransom was paid, police said on Monday.",
    ])
    func findsAndReleasesAreOther(text: String) {
        #expect(Self.sub(text) == "Other")
    }

    /// Violence told before the grave, or a release by force that killed someone, is the event.
    @Test(arguments: [
        ("Militants killed 20 villagers in Kumba on Sunday and buried them in a mass grave, the army said.", "Attack"),
        ("Gunmen kidnapped 12 passengers on the highway near Kaduna on Monday, police said.", "Abduction/forced disappearance"),
    ])
    func violenceToldFirstStaysTheEvent(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension SnippetKindTests2 {
    /// People named as demonstrators are ("supporters", "farmers") who burn, smash or storm riot:
    /// a violent demonstration, not property destruction, which is an armed or unknown group's.
    @Test(arguments: [
        "Farmers hurled eggs and firecrackers at police and set fire to hay bales outside the parliament on Thursday, prompting officers to use water cannon.",
        "Angry opposition supporters stormed the army commander's residence in Kano on Tuesday after their leader's arrest, smashing furniture and setting the building ablaze, police said.",
        "Angry supporters of the jailed leader attacked a police vehicle and set fire to an army truck in Peshawar, police said.",
    ])
    func demonstratorsWhoDestroyRiot(text: String) {
        #expect(Self.sub(text) == "Violent demonstration")
    }

    @Test(arguments: [
        "Gunmen set fire to 30 houses in a village near Jos on Sunday, residents said.",
        "Al-Shabaab militants burned telecom masts in the town of Bardhere on Friday, residents said.",
    ])
    func armedGroupsWhoBurnDestroyProperty(text: String) {
        #expect(Self.sub(text) == "Looting/property destruction")
    }
}

extension SnippetKindTests2 {
    /// Many taken and one killed in the raid: the abduction is the event. Deaths told first, or as
    /// many killed as taken, make an attack.
    @Test(arguments: [
        ("Bandits kidnapped 25 passengers from two buses on the Abuja road on Monday and shot dead the driver, police said.",
         "Abduction/forced disappearance"),
        ("At least 15 farmers were kidnapped by armed men near Katsina on Sunday. One farmer who resisted was shot dead.",
         "Abduction/forced disappearance"),
        ("Gunmen killed nine people and abducted 14 others in a raid on a village in Zamfara state on Sunday, police said.", "Attack"),
    ])
    func manyTakenAndOneKilledIsAnAbduction(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension SnippetKindTests2 {
    /// Rockets or shells told first, the exchange of fire told after them as their circumstance or
    /// as the other side's reply: the shelling is the event.
    @Test(arguments: [
        "Hezbollah fired a barrage of rockets at Israeli army positions near Metula on Tuesday, the group said. The Israeli military reported no injuries and returned fire.",
        "Indian artillery shells hit homes in a village near Kotli in Pakistani Kashmir on Wednesday, killing five civilians, officials said, as the two armies exchanged fire across the Line of Control.",
    ])
    func shellingToldBeforeTheExchangeIsShelling(text: String) {
        #expect(Self.sub(text) == "Shelling/artillery/missile attack")
    }

    @Test func anExchangeOfFireAloneIsAClash() {
        #expect(Self.sub("Thai and Cambodian troops exchanged fire along the border on Thursday, the army said.") == "Armed clash")
    }
}

extension SnippetKindTests2 {
    /// Tear gas fired at people told as marching or protesting is an intervention in their
    /// protest; fired at people at their work, an attack on civilians.
    @Test(arguments: [
        ("Police fired tear gas at nurses marching to the health ministry in Accra on Monday to demand unpaid wages.", "Protest with intervention"),
        ("Police lobbed tear gas at teachers marching to the education ministry in Harare on Monday; a union leader was briefly held.",
         "Protest with intervention"),
        ("Israeli soldiers fired tear gas canisters at Palestinian farmers harvesting olives near Nablus on Monday.", "Attack"),
    ])
    func tearGasAtMarchersIsAnIntervention(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}

extension SnippetKindTests2 {
    /// A crowd armed with sticks or clubs is still a crowd: its beating is mob violence.
    @Test(arguments: [
        "A crowd of residents armed with sticks set upon two men accused of theft in Kisumu on Sunday, police said.",
        "Residents armed with clubs attacked foreign shopkeepers in Durban on Monday; three were hospitalised, police said.",
    ])
    func aCrowdWithSticksIsAMob(text: String) {
        #expect(Self.sub(text) == "Mob violence")
    }
}

extension SnippetKindTests2 {
    /// A base named with two words before it ("a new forward operating base") is set up all the same.
    @Test func aForwardOperatingBaseSetUpIsABase() {
        #expect(Self.sub("Mali's army said it had set up a new forward operating base in the town of Boni on Monday to secure the main road.")
                == "Headquarters or base established")
    }
}

extension SnippetKindTests2 {
    /// People detained before a protest that is still to come were arrested: no protest was held.
    @Test(arguments: [
        "Police detained dozens of activists in Karachi on Sunday to prevent a planned march, the group said.",
        "Police arrested 30 opposition activists in Dhaka on Monday ahead of a planned rally, the party said.",
    ])
    func arrestsBeforeAPlannedProtestAreArrests(text: String) {
        #expect(Self.sub(text) == "Arrests")
    }

    @Test func aProtestHeldAndBrokenUpIsStillAnIntervention() {
        #expect(Self.sub("Police detained dozens of activists who marched through central Karachi on Sunday, the group said.") == "Protest with intervention")
    }
}

extension SnippetKindTests2 {
    /// People detained at a tribute of flowers or candles were holding a protest that was broken up.
    @Test func detainedAtATributeIsAProtestWithIntervention() {
        #expect(Self.sub("Police detained dozens of people who came to lay flowers at the memorial for the slain activist in central Moscow, a rights group said.")
                == "Protest with intervention")
    }

    @Test func detainedAloneIsAnArrest() {
        #expect(Self.sub("Police detained dozens of people suspected of links to the banned group in central Moscow, a rights group said.") == "Arrests")
    }
    /// A ransacked building is looted; prisoners of war exchanged are an agreement.
    @Test(arguments: [
        ("Armed men believed to be militiamen ransacked a health post and carried off medicines in a village near Bambari on Sunday, the local administration said.", "Looting/property destruction"),
        ("Sudan's army and the RSF exchanged 150 prisoners of war on Tuesday following mediation by the Red Cross.", "Agreement"),
    ])
    func ransackingAndPrisonerExchanges(text: String, sub: String) {
        #expect(Self.sub(text) == sub)
    }
}
