import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// A group's claim of the act told in a paragraph of its own, after the act, as wire copy tells
/// it. Read as the desk reads news (no event assumed). Texts written for these tests.
@Suite struct NewsClaimTests {
    static func actor1(_ text: String) -> String? {
        NewsReportTests.main(text, published: "2024-03-06")?.actor1
    }

    @Test func aClaimInItsOwnParagraphNamesTheDoer() {
        let text = """
            QUETTA (Reuters) - A suicide attacker set off explosives at the railway station in Quetta on Saturday, killing 26 people, officials said.

            The blast hit as passengers waited for a train. Police first reported 20 dead.

            The separatist Balochistan Liberation Army (BLA) claimed responsibility, saying it had targeted troops.
            """
        #expect(Self.actor1(text) == "BLA: Balochistan Liberation Army")
    }

    @Test func aClaimNamesTheDoerOverTheVictimsForces() {
        let text = """
            A roadside bomb struck an Iraqi army vehicle near Khanaqin on Monday, killing four soldiers, security sources said.

            Two more soldiers were wounded.

            Islamic State claimed the attack on Tuesday in a statement.
            """
        #expect(Self.actor1(text)?.hasPrefix("Islamic State") == true)
    }

    @Test func aLongAppositiveBeforeTheClaimIsReadThrough() {
        let text = """
            A suicide bomber blew himself up at a restaurant in Baidoa on Friday evening, killing nine people, police said.

            Al Shabaab, the al Qaeda-linked group fighting to overthrow the central government, said in a statement that it carried out the attack.
            """
        #expect(Self.actor1(text) == "Al Shabaab")
    }

    /// The claimant's name may end in brackets or close an appositive before its claim: "the Group
    /// for Support of Islam and Muslims (JNIM), al Qaeda's Sahel affiliate, claimed the ambush", "its
    /// affiliate, known as Islamic State Somalia, claimed responsibility".
    @Test(arguments: [
        ("Jihadists ambushed an army convoy near the town of Gorom-Gorom on Sunday, killing six soldiers, the army said.\n\nThe Group for Support of Islam and Muslims (JNIM), al Qaeda's Sahel affiliate, claimed the ambush in a statement.", "JNIM"),
        ("Gunmen attacked a police post in the town of Bosaso on Sunday, killing three policemen, officials said.\n\nThe Islamic State group's local affiliate, known as Islamic State Somalia, claimed responsibility in a statement.", "Islamic State"),
    ])
    func aClaimantNamedInBracketsOrAnAppositiveDidIt(text: String, prefix: String) {
        #expect(Self.actor1(text)?.hasPrefix(prefix) == true)
    }

    @Test func aGroupThatSaysItsFightersTookATownDidIt() {
        let text = "An ethnic armed group in Myanmar said on Sunday it had captured the town of Hsipaw in Shan state.\n\nThe Ta'ang National Liberation Army (TNLA) said in a statement that its fighters had taken control of the town."
        #expect(Self.actor1(text)?.hasPrefix("TNLA") == true)
    }

    /// "Troops repelled an attack by ISWAP fighters": who repels defends; the attacker is actor 1.
    @Test func whoRepelsAnAttackDefends() {
        let text = "Troops of the Nigerian army repelled an attack by Islamic State West Africa Province fighters on a military base in Monguno, Borno state, late on Tuesday, military sources said.\n\nThree soldiers were killed in the gun battle that followed."
        #expect(Self.actor1(text) == "Islamic State West Africa Province")
    }

    /// "The attackers belong to Gran Grif", "armed men from the Viv Ansanm coalition": a generic doer
    /// the story names is that group.
    @Test(arguments: [
        ("Gang members overran a neighbourhood of Cabaret late on Tuesday, setting homes on fire and killing at least seven people, a rights group said on Wednesday.\n\nAmong the dead was a teacher. Seven is a first count, it said.\n\nThe attackers belong to Gran Grif, a gang that has pushed north in recent months, the group said.", "Gran Grif"),
        ("Heavily armed men overran the town of Cabaret on Tuesday, freeing inmates from its prison, officials said.\n\nHundreds of armed men from the Viv Ansanm coalition entered the town at dawn, a senator said.", "Viv Ansanm"),
    ])
    func aGenericDoerTheStoryNamesIsThatGroup(text: String, actor: String) {
        #expect(Self.actor1(text) == actor)
    }

    @Test func noClaimLeavesTheDoerUnidentified() {
        let text = """
            A roadside bomb struck a bus near Khanaqin on Monday, killing four passengers, security sources said.

            No group has claimed the attack. Islamic State remnants are active in the province.
            """
        #expect(Self.actor1(text)?.hasPrefix("Islamic State") != true)
    }

    @Test(arguments: [
        "The M23 took control of Masisi on Saturday, residents said.",
        "Rebels of the M23 movement took control of Masisi on Saturday, residents said.",
    ])
    func aNameOfCapitalsAndDigitsIsAnAcronym(text: String) {
        #expect(Self.actor1(text) == "M23: March 23 Movement")
    }

    @Test func aGroupThatSaysItTookATownDidIt() throws {
        let e = try #require(NewsReportTests.main("The Arakan Army said on Monday it had taken full control of Paletwa, a town in Chin state.", published: "2024-03-06"))
        #expect(e.subEventType == "Non-state actor overtakes territory")
        #expect(e.actor1 == "AA: Arakan Army")
    }

    @Test func aTollTheOtherSideClaimsNamesNoDoer() {
        let text = """
            Somali forces backed by clan militias recaptured the town of Adan Yabaal from al Shabaab on Monday after a day of fighting, a regional official said.

            At least 10 militants were killed, according to the army, while al Shabaab said it had killed 15 soldiers.
            """
        #expect(Self.actor1(text)?.hasPrefix("Military Forces of Somalia") == true)
    }

    /// A group the authorities blame ("police blamed Boko Haram", "blamed the attack on ...") is
    /// the doer when the telling names none of its own: ACLED codes the suspected group.
    @Test(arguments: [
        "A suicide bomber killed twelve people at a market in Konduga on Friday. Police blamed Boko Haram.",
        "A suicide bomber killed twelve people at a market in Konduga on Friday, police said, blaming the attack on Boko Haram.",
    ])
    func aBlamedGroupIsTheDoer(text: String) throws {
        let e = try #require(NewsReportTests.main(text, published: "2024-03-06"))
        #expect(e.actor1 == "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad")
    }

    /// Settlers who riot in the West Bank are their own country's rioters, wherever the riot is;
    /// settlers who burn property destroy it, as ACLED codes them (dev: "settlers ... set fire to
    /// Palestinian agricultural lands").
    @Test func settlersRiotAsTheirCountrysRioters() throws {
        let e = try #require(NewsReportTests.main("Israeli settlers hurled stones at Palestinian cars near Huwara on Saturday, injuring two people.", published: "2024-03-06"))
        #expect(e.subEventType == "Mob violence")
        #expect(e.actor1 == "Rioters (Israel)")
        let burning = try #require(NewsReportTests.main("Israeli settlers rampaged through Huwara on Saturday, torching cars and shops.", published: "2024-03-06"))
        #expect(burning.subEventType == "Looting/property destruction")
        #expect(burning.actor1 == "Settlers (Israel)")
    }

    /// Settlers who kill in an attack are the attackers, not a mob: "Settlers (Israel)" (their
    /// stones and beatings stay mob violence, above).
    @Test func settlersWhoKillAttack() throws {
        let e = try #require(NewsReportTests.main("A Palestinian farmer was shot dead by Israeli settlers near the village of Qusra on Saturday, the health ministry said.", published: "2024-03-06"))
        #expect(e.subEventType == "Attack")
        #expect(e.actor1 == "Settlers (Israel)")
    }
}
