import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Whole small pages, written for these tests.
struct PageStructureTests {
    static let page = """
    Floods Live: The River Rises

    PHOTO: Sandbags on the quay (Jane Roe/Agency)

    LATEST

    MONDAY FEATURE

    Op-Ed: “Our Town Will Not Drown”
    Analysis: The Dams Upstream


    UPDATE 1500 GMT: The river peaked at noon.

    Engineers say the walls held.

    QUAY WALL 01-02-17

    Footage of the quay:


    UPDATE 1410 GMT: Schools closed early.


    ORIGINAL ENTRY: Heavy rain fell for a third day.

    See Floods Live, January 31: Rain Warnings
    Floods Feature: Why the Dams Matter

    Residents moved to higher ground.


    Bridge Closed as Water Reaches Deck

    Police closed the old bridge at dawn.

    OLD BRIDGE 01-02-17

    Traffic was sent north.


    Volunteers Fill 10,000 Sandbags

    A school gym became a depot.
    Lines continue the paragraph.
    """

    @Test func smallPage_yieldsEveryPart() throws {
        let page = try LiveBlogParser.parse(text: Self.page, source: "floods.txt")
        #expect(page.title == "Floods Live: The River Rises")
        #expect(page.leadPhoto == Photo(caption: "Sandbags on the quay", credit: "Jane Roe/Agency"))
        #expect(page.features == [Link(title: "Op-Ed: “Our Town Will Not Drown”"), Link(title: "Analysis: The Dams Upstream")])
        #expect(page.updates.map(\.time) == ["15:00", "14:10"])
        #expect(page.updates[0].entry.paragraphs.map(\.text) == ["The river peaked at noon.", "Engineers say the walls held."])
        #expect(page.updates[0].entry.photos == [Photo(caption: "QUAY WALL 01-02-17")])
        #expect(page.updates[0].entry.videos == [Link(title: "Footage of the quay")])
        #expect(page.updates[1].text == "Schools closed early.")
        #expect(page.originalEntry?.paragraphs.map(\.text) == ["Heavy rain fell for a third day.", "Residents moved to higher ground."])
        #expect(page.seeAlso.map(\.title) == ["Floods Live, January 31: Rain Warnings", "Floods Feature: Why the Dams Matter"])
        #expect(page.sections.map(\.headline) == ["Bridge Closed as Water Reaches Deck", "Volunteers Fill 10,000 Sandbags"])
        #expect(page.sections[0].body == "Police closed the old bridge at dawn.\n\nTraffic was sent north.")
        #expect(page.sections[0].photos == [Photo(caption: "OLD BRIDGE 01-02-17")])
        #expect(page.sections[1].body == "A school gym became a depot.\nLines continue the paragraph.")
        #expect(page.updates[0].entry.line == 13)
    }

    @Test func headlineLikeLineInsideAnUpdate_staysUpdateText() throws {
        let text = "UPDATE 0900 GMT: First.\n\nA Title Case Line in the Update\n\nMore text.\n\nORIGINAL ENTRY: Start."
        let page = try LiveBlogParser.parse(text: text, source: "t.txt")
        #expect(page.sections.isEmpty)
        #expect(page.updates[0].entry.paragraphs.count == 3)
    }

    @Test func pageWithOnlySections_isAccepted() throws {
        let text = "Bridge Closed as Water Reaches Deck\n\nPolice closed it.\n\nSchools Shut Across the Valley\n\nPupils were sent home."
        let page = try LiveBlogParser.parse(text: text, source: "t.txt")
        #expect(page.title == nil)
        #expect(page.sections.map(\.headline) == ["Bridge Closed as Water Reaches Deck", "Schools Shut Across the Valley"])
    }

    @Test(arguments: [
        ("UPDATE 2460 GMT: Bad time.", PageError.Code.invalidTime, 1),
        ("Intro\n\nUPDATE 1200 GMT:\n\nUPDATE 1100 GMT: Text.", .emptyUpdate, 3),
        ("Just some prose.\n\nAnd more prose.", .noContent, 1),
        ("", .noContent, 1),
    ])
    func badPages_areRejectedWithLine(_ text: String, _ code: PageError.Code, _ line: Int) {
        let error = #expect(throws: PageError.self) { try LiveBlogParser.parse(text: text, source: "bad.txt") }
        #expect(error?.code == code)
        #expect(error?.line == line)
        #expect(error?.source == "bad.txt")
    }

    @Test func errorDescription_namesFileAndLine() {
        let error = #expect(throws: PageError.self) { try LiveBlogParser.parse(text: "\n\nUPDATE 2460 GMT: x", source: "day.txt") }
        #expect(error?.description == "day.txt:3: \u{201C}UPDATE 2460 GMT: x\u{201D} does not have a valid HHMM time (0000–2359)")
    }

    @Test func controlCharacters_areDroppedFromPageText() throws {
        let text = "ORIGINAL ENTRY: Rain\u{0} fell.\r\n\r\nBridge\u{1B} Closed as Water\tReaches Deck\n\nPolice\u{7} acted."
        let page = try LiveBlogParser.parse(text: text, source: "c.txt")
        #expect(page.originalEntry?.text == "Rain fell.")
        #expect(page.sections.map(\.headline) == ["Bridge Closed as Water Reaches Deck"])
        #expect(page.sections.map(\.body) == ["Police acted."])
    }

    // MARK: - Import

    @Test func storyImport_ordersSectionsThenTimedUpdatesOldestFirst() throws {
        let page = try LiveBlogParser.parse(text: Self.page, source: "floods.txt")
        let published = Date(timeIntervalSince1970: 1_485_907_200) // 2017-02-01T00:00:00Z
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let result = page.storyImport(slug: nil, published: published.addingTimeInterval(3_600 * 20), timeZone: zone)

        #expect(result.draft.slug.rawValue == "floods-live-the-river-rises-2017-02-01")
        #expect(result.draft.title == "Floods Live: The River Rises")
        #expect(result.draft.timeZone == "Europe/Berlin")
        #expect(result.updates.map(\.kind) == [.section, .section, .update, .update])
        // 00:00, 14:10 and 15:00 in Berlin (UTC+1 in February).
        let minutes: [Double] = result.updates.map { $0.publishedAt!.timeIntervalSince(published) / 60 }
        let expected: [Double] = [-60, -60, 790, 840]
        #expect(minutes == expected)
        #expect(result.draft.coverageStart == result.updates.first?.publishedAt)
        #expect(result.draft.coverageEnd == result.updates.last?.publishedAt)
        #expect(result.updates[3].videos == [Link(title: "Footage of the quay")])
        #expect(result.updates[0].photos == [Photo(caption: "OLD BRIDGE 01-02-17")])
    }

    @Test func storyImport_usesGivenSlugAndTitle() throws {
        let page = try LiveBlogParser.parse(text: "ORIGINAL ENTRY: Rain.", source: "x/rain-watch-2017-02-01.txt")
        let day = Date(timeIntervalSince1970: 1_485_907_200)
        let derived = page.storyImport(slug: nil, published: day, timeZone: .gmt)
        #expect(derived.draft.title == "Rain Watch, February 1, 2017")
        #expect(derived.draft.slug.rawValue == "rain-watch-2017-02-01")
        #expect(derived.updates.isEmpty)
        let given = page.storyImport(slug: Slug(rawValue: "rain"), title: "Rain", published: day, timeZone: .gmt)
        #expect(given.draft.slug.rawValue == "rain")
        #expect(given.draft.title == "Rain")
    }

    @Test(arguments: [
        ("Syria Daily", "2016-05-05", "syria-daily-2016-05-05"),
        ("Floods: “Live” — Day 3!", "2017-02-01", "floods-live-day-3-2017-02-01"),
        ("", "2017-02-01", "story-2017-02-01"),
        (String(repeating: "Very Long Title ", count: 20), "2017-02-01",
         String(repeating: "very-long-title-", count: 5) + "2017-02-01"),
    ])
    func derivedSlug_keepsTheDate(_ title: String, _ day: String, _ expected: String) {
        #expect(LiveBlogPage.slug(from: title, day: day).rawValue == expected)
    }

    @Test(arguments: [
        "Prices rose *sharply* in [the market] after_hours.",
        "- not a list item",
        "1. not a numbered item",
        "> not a quote",
        "A <b>tag</b> in the page text, and x < 5.",
    ])
    func storyImport_escapesMarkdownSoTextRoundTrips(_ paragraph: String) throws {
        let page = try LiveBlogParser.parse(text: "ORIGINAL ENTRY: Start.\n\n\(paragraph)", source: "t.txt")
        let body = page.storyImport(slug: nil, published: Date(timeIntervalSince1970: 0), timeZone: .gmt).draft.originalEntry
        try Markdown.validate(body)
        #expect(Markdown.plainText(body) == "Start.\n\n\(paragraph)")
    }

    // MARK: - Content hash

    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func fnv1a64_matchesReferenceVectors(_ text: String, _ hex: String) {
        #expect(PageContentHash.hex(text) == hex)
    }

    @Test func contentHash_ignoresSourceAndWhitespaceButNotWords() throws {
        let first = try LiveBlogParser.parse(text: Self.page, source: "a.txt")
        let again = try LiveBlogParser.parse(text: Self.page.replacing("\n", with: "\r\n") + "\n\n", source: "b/c.txt")
        let edited = try LiveBlogParser.parse(text: Self.page.replacing("peaked", with: "crested"), source: "a.txt")
        #expect(first.contentHash == again.contentHash)
        #expect(first.contentHash != edited.contentHash)
        let day = Date(timeIntervalSince1970: 0)
        #expect(first.storyImport(slug: nil, published: day, timeZone: .gmt).contentHash == first.contentHash)
    }
}
