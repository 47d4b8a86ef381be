import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Whole wire reports (a dateline, several paragraphs, reported speech, background), read as the
/// desk reads them: no event assumed. Texts written for these tests.
@Suite struct NewsReportTests {
    static func events(_ text: String, published: String) -> [ExtractedEvent] {
        Support.bundled.extract(text: text, published: Support.day(published), context: .init(docID: "t", assumeEvent: false))
    }

    static func main(_ text: String, published: String) -> ExtractedEvent? {
        events(text, published: published).max { $0.confidence < $1.confidence }
    }

    // MARK: - Datelines

    @Test(arguments: [
        ("BEIRUT (Reuters) - Rebels said", 5),
        ("KYIV, Ukraine, March 4 (AP) — A missile", 10),
        ("THE HAGUE, Sept. 27 (Reuters) - Judges", 10),
        ("KINSHASA, Democratic Republic of Congo (Reuters) - Troops", 10),
        ("Gaza (AFP) - Tanks", 5),
        ("MOGADISHU - A blast", 2),
    ])
    func aDatelineEndsAtItsDash(text: String, length: Int) throws {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines == [0..<length])
    }

    @Test(arguments: [
        "Rebels shelled Aleppo - the city's west - on Monday.",
        "Gaza - a strip of land - is crowded.",
        "Residents said (Reuters) - nothing",
        "He said: KYIV (Reuters) - no",
    ])
    func anOrdinarySentenceIsNoDateline(text: String) {
        let doc = Document(text: text, tokenizer: Support.bundled.tokenizer, lexicon: Support.bundled.lexicon)
        #expect(doc.datelines.isEmpty)
    }

    /// The dateline says where the reporter filed from and on which day: the event's place and day
    /// are those the story tells ("on Wednesday" before the filing day).
    @Test func theDatelineIsNeitherTheEventsPlaceNorItsDay() throws {
        let e = try #require(Self.main("""
            AMMAN, Feb 8 (Reuters) - Syrian government forces shelled the town of Saraqib on Wednesday, killing three \
            civilians, rescue workers said.
            """, published: "2018-02-08"))
        #expect(e.location == "Saraqib")
        #expect(e.date == "2018-02-07")
    }

    /// A story that names no place of its own happened where it was filed, when that lies in the
    /// story's country; a dateline abroad ("BEIRUT" for Syria) is never the place.
    @Test(arguments: [
        ("MOGADISHU (Reuters) - A car bomb exploded at a busy checkpoint on Friday, killing five people, police said.", "Mogadishu"),
        ("BEIRUT (Reuters) - Syrian warplanes bombed rebel-held villages on Monday, killing eight people, a Syrian war monitor said.", nil),
    ])
    func aDatelineStandsForAStoryWithNoPlace(text: String, place: String?) throws {
        let e = try #require(Self.main(text, published: "2023-05-12"))
        #expect(e.location == place)
        #expect(e.location != "Beirut")
    }
}
