import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Tolls that grow through a report and the attackers' own dead (ACLED: the latest figure when a
/// toll grows, every death of the event, both sides and attackers included). Read as the desk reads
/// them (no event assumed). Texts written for these tests.
@Suite struct TollGrowthTests {
    static func toll(_ text: String) -> Int? {
        NewsReportTests.main(text, published: "2024-05-10")?.fatalities
    }

    // MARK: - A toll that grows

    @Test(arguments: [
        ("Artillery shells hit the market of Kadugli on Thursday, killing at least six people, a medical source said.\n\nA volunteer group later raised the toll to nine, saying three of the wounded had died overnight.", 9),
        ("A missile struck a block of flats in Zaporizhzhia on Friday. The governor first said four people had been killed. On Saturday he raised the figure to seven after rescuers cleared the rubble.", 7),
        ("Gunmen opened fire on a wedding in the town of Lerma on Saturday, killing seven people, police said.\n\nAn eighth victim died in hospital on Sunday.", 8),
        ("Gunmen opened fire on a bar in the town of Celaya on Saturday, killing eleven people, prosecutors said.\n\nA twelfth victim died in hospital on Sunday.", 12),
    ])
    func aRaisedTollOrALaterVictimIsTheLatestFigure(text: String, toll: Int) {
        #expect(Self.toll(text) == toll)
    }

    /// A count a source gave "initially" is the toll before it grew, and a source's count told
    /// with the wounded who died since is the toll as it grew: neither is a rival lower figure.
    @Test(arguments: [
        ("A military jet bombed the town of Falam on Thursday, killing at least 11 civilians, residents said.\n\nVillagers initially put the death toll at eight on Thursday evening, but three of the wounded died overnight, they said.", 11),
        ("Air strikes hit the town of Saraqeb on Wednesday, killing at least seven people, rescue workers said.\n\nTen people were dead by nightfall, the Syrian Observatory for Human Rights said, after three of the wounded died in hospital.", 10),
    ])
    func anEarlierCountIsNoRivalFigure(text: String, toll: Int) {
        #expect(Self.toll(text) == toll)
    }

    /// "put the death toll at N" is a toll revised only with a word of a later count or the day
    /// it was given; else it is one more source's figure, and ACLED's lowest figure stands.
    @Test(arguments: [
        ("A government air strike hit a cattle market in the town of Mellit on Saturday, killing at least 14 people, a medical source said.\n\nA local volunteer group put the death toll at 20 and said dozens were wounded.", 14),
        ("A government air strike hit a cattle market in the town of Mellit on Saturday, killing at least 14 people, a medical source said.\n\nA local volunteer group later put the death toll at 20.", 20),
        ("A government air strike hit a cattle market in the town of Mellit on Saturday, killing at least 14 people, a medical source said.\n\nOn Sunday a local volunteer group put the death toll at 20.", 20),
    ])
    func aTollPutAtIsARevisionOnlyWhenLater(text: String, toll: Int) {
        #expect(Self.toll(text) == toll)
    }

    // MARK: - The attackers' dead

    @Test func attackersKilledToldWithTheTollAgainAddToIt() {
        let text = "Militants storm checkpoint near Tank, four policemen martyred\n\nTANK: Militants attacked a police checkpoint near Tank early on Monday, killing four policemen, before three of the attackers were shot dead in the exchange of fire, police said."
        #expect(Self.toll(text) == 7)
    }

    @Test func aTollBrokenDownIsNotAddedAgain() {
        let text = "Nine killed in cattle raid on camps near Akobo\n\nAt least nine people were killed on Sunday when armed youth raided cattle camps near Akobo town, officials said.\n\nSix people from the camps were killed, he said, while three of the raiders were also killed."
        #expect(Self.toll(text) == 9)
    }

    /// "scores of terrorists were neutralised": a vague boast of the other side's dead adds nothing.
    @Test func aVagueCountOfAttackersAddsNothing() {
        let text = "Militants attacked an army base in Gwoza on Thursday night. Three soldiers were killed, military sources said.\n\nAn army spokesman said that scores of terrorists were neutralised in the encounter."
        #expect(Self.toll(text) == 3)
    }

    @Test func aBomberKilledBesidesTheVictimsAddsOne() {
        #expect(Self.toll("A suicide bomber blew himself up at a checkpoint in the town of Jowhar on Saturday, killing six people in addition to himself, police said.") == 7)
    }

    /// "JOWHAR (Reuters) - ..., police said": the agency of the dateline is no source with a version
    /// of its own, so a later breakdown of the dead is no lower rival figure.
    @Test func theDatelinesAgencyIsNoRivalSource() {
        let text = "JOWHAR (Reuters) - A suicide bomber drove a car into a checkpoint in the town of Jowhar on Saturday, killing eight people in addition to himself, police said.\n\n\"He rammed the gate,\" police officer Ali Omar said by phone. Five of the dead were soldiers and three were traders, he said."
        #expect(Self.toll(text) == 9)
    }

    // MARK: - Figures that are no toll

    /// "while al Shabaab said it had killed 15 soldiers": the other side's boast is ignored.
    @Test func theOtherSidesBoastIsNoToll() {
        let text = "Government forces recaptured the town of Bulo Burde from al Shabaab on Tuesday after a day of fighting, an official said.\n\nAt least eight militants were killed in the fighting, according to the army, while al Shabaab said it had killed 20 soldiers."
        #expect(Self.toll(text) == 8)
    }

    /// "in Martyrs' Square": a place named after martyrs is no death.
    @Test func aSquareNamedAfterMartyrsIsNoDeath() {
        let text = "Protesters set fire to the municipal building in Sabha on Friday evening, footage showed. There were no reports of casualties.\n\nIn Misrata, hundreds of people demonstrated peacefully in Martyrs' Square."
        #expect(Self.toll(text) == 0)
    }

    /// An explainer's heading asks ("How many people died?"): a question gives no figure.
    @Test func aQuestionGivesNoFigure() {
        let text = "Russian missile strike on Poltava: what we know\n\nA Russian missile hit a military academy in Poltava on Tuesday morning, officials say.\n\nHow many people died?\n\nAt first the governor said four people had been killed. On Wednesday he raised the figure to seven after rescuers cleared the rubble."
        #expect(Self.toll(text) == 7)
    }

    /// "killed three people ..., with the group later announcing the deaths of three of its
    /// fighters": the same dead, named by their group, are not added again.
    @Test func theSameDeadNamedByTheirGroupAreNotAddedAgain() {
        let text = "An Israeli drone strike on a motorcycle near the southern Lebanese town of Bint Jbeil killed three people on Monday, a security source said, with Hezbollah later announcing the deaths of three of its fighters."
        #expect(Self.toll(text) == 3)
    }
}
