import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// The sample page and its hand-made gold structure live outside the repository
/// (`<repo>/../shared/samples/`); the expected strings are read from the gold file, never copied here.
enum SamplePage {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/samples").standardizedFileURL
    static let textURL = directory.appendingPathComponent("syria-daily-2016-05-05.txt")
    static let goldURL = directory.appendingPathComponent("syria-daily-2016-05-05.gold.json")
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: textURL.path) && FileManager.default.fileExists(atPath: goldURL.path)
    }

    struct Gold: Decodable {
        struct Update: Decodable {
            var time: String
            var starts_with: String
        }
        var lead_photo_caption: String
        var lead_photo_credit: String
        var feature: String
        var updates_newest_first: [Update]
        var original_entry_starts_with: String
        var see_also: [String]
        var sections: [String]
        var image_placeholders: [String]
    }

    static func gold() throws -> Gold {
        struct File: Decodable { var structure: Gold }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: goldURL)).structure
    }

    static func page() throws -> LiveBlogPage {
        let text = try LiveBlogParser.decode(Array(Data(contentsOf: textURL)), source: textURL.lastPathComponent)
        return try LiveBlogParser.parse(text: text, source: textURL.lastPathComponent)
    }
}

@Suite(.enabled(if: SamplePage.isAvailable, "sample page not found in ../shared/samples; skipping the gold comparison"))
struct SamplePageTests {
    @Test func samplePage_matchesGoldStructure() throws {
        let gold = try SamplePage.gold()
        let page = try SamplePage.page()

        #expect(page.leadPhoto == Photo(caption: gold.lead_photo_caption, credit: gold.lead_photo_credit))
        #expect(page.features.map(\.title) == [gold.feature])
        #expect(page.updates.map(\.time) == ["13:45", "13:30"])
        #expect(page.updates.count == gold.updates_newest_first.count)
        for (update, expected) in zip(page.updates, gold.updates_newest_first) {
            #expect(update.text.hasPrefix(expected.starts_with))
        }
        let original = try #require(page.originalEntry)
        #expect(original.text.hasPrefix(gold.original_entry_starts_with))
        #expect(page.sections.map(\.headline) == gold.sections)
        #expect(page.seeAlso.map(\.title) == gold.see_also)
        #expect(page.seeAlso.allSatisfy { $0.url == nil })
        #expect(page.photos.map(\.caption) == gold.image_placeholders)
        #expect(page.photos.allSatisfy { $0.url == nil && $0.credit == nil })
    }

    @Test func samplePage_attachesCaptionsToTheirSections() throws {
        let page = try SamplePage.page()
        #expect(page.sections.map(\.photos.count) == [3, 1, 0, 1, 0, 0, 0, 2])
        #expect(page.updates.allSatisfy { $0.entry.photos.isEmpty })
        #expect(page.originalEntry?.photos == [])
    }

    @Test func samplePage_keepsBodiesWhole() throws {
        let page = try SamplePage.page()
        #expect(page.updates.map(\.entry.paragraphs.count) == [4, 4])
        // The lost video embed at the end of the 13:30 update becomes a link without a URL.
        #expect(page.updates[1].entry.videos.count == 1)
        #expect(page.updates[1].entry.videos.first?.url == nil)
        // See lines are moved out of the original entry's text.
        let original = try #require(page.originalEntry)
        #expect(original.paragraphs.count == 8)
        #expect(!original.paragraphs.contains { $0.text.hasPrefix("See ") })
        #expect(page.sections.allSatisfy { !$0.body.isEmpty })
        #expect(page.title == nil)
        #expect(page.summary.isEmpty)
    }

    @Test func samplePage_importsAsEndedStoryWithUpdatesOldestFirst() throws {
        let gold = try SamplePage.gold()
        let page = try SamplePage.page()
        let published = try #require(ISO8601DateFormatter().date(from: "2016-05-05T00:00:00Z"))
        let result = page.storyImport(slug: nil, published: published, timeZone: try #require(TimeZone(identifier: "GMT")))

        #expect(result.draft.slug.rawValue == "syria-daily-2016-05-05")
        #expect(result.draft.title == "Syria Daily, May 5, 2016")
        #expect(result.draft.status == .ended)
        #expect(result.draft.leadPhoto?.credit == gold.lead_photo_credit)
        #expect(result.draft.seeAlso.map(\.title) == gold.see_also)
        #expect(result.draft.features.map(\.title) == [gold.feature])
        #expect(result.draft.originalEntry.hasPrefix(gold.original_entry_starts_with))
        #expect(result.draft.coverageStart == published)

        #expect(result.updates.map(\.kind) == Array(repeating: .section, count: 8) + [.update, .update])
        #expect(result.updates.prefix(8).map(\.headline) == gold.sections)
        #expect(result.updates.prefix(8).allSatisfy { $0.publishedAt == published })
        let formatter = ISO8601DateFormatter()
        let timed = result.updates.suffix(2)
        #expect(timed.map { formatter.string(from: $0.publishedAt!) } == gold.updates_newest_first.reversed().map(\.time))
        #expect(zip(timed, gold.updates_newest_first.reversed()).allSatisfy { $0.body.hasPrefix($1.starts_with) })
        #expect(result.draft.coverageEnd == timed.last?.publishedAt)
        #expect(result.updates.flatMap(\.photos).map(\.caption) == gold.image_placeholders)

        for body in result.updates.map(\.body) + [result.draft.originalEntry] {
            try Markdown.validate(body)
        }
    }

    @Test func samplePage_importBodiesReadAsThePageText() throws {
        let page = try SamplePage.page()
        let result = page.storyImport(slug: nil, published: Date(timeIntervalSince1970: 0), timeZone: .gmt)
        for (section, draft) in zip(page.sections, result.updates) {
            #expect(Markdown.plainText(draft.body) == section.body)
        }
    }

    @Test func samplePage_contentHashIsStable() throws {
        let first = try SamplePage.page()
        let second = try SamplePage.page()
        #expect(first.contentHash == second.contentHash)
        #expect(first.contentHash.count == 16)
        let text = try String(contentsOf: SamplePage.textURL, encoding: .utf8)
        let crlf = try LiveBlogParser.parse(text: text.replacing("\n", with: "\r\n") + "\n\n", source: "copy.txt")
        #expect(crlf.contentHash == first.contentHash)
        let edited = try LiveBlogParser.parse(text: text.replacing("Khan Touman", with: "Khan Tuman"), source: "x.txt")
        #expect(edited.contentHash != first.contentHash)
    }
}
