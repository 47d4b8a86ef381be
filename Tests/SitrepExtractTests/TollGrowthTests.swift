import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Tolls that grow through a report (ACLED: the latest figure when a toll grows). Read as the desk reads
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
}
