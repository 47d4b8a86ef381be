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

    @Test func noClaimLeavesTheDoerUnidentified() {
        let text = """
            A roadside bomb struck a bus near Khanaqin on Monday, killing four passengers, security sources said.

            No group has claimed the attack. Islamic State remnants are active in the province.
            """
        #expect(Self.actor1(text)?.hasPrefix("Islamic State") != true)
    }
}
