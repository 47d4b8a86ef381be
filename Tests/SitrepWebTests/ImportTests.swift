import Foundation
import Hummingbird
import HummingbirdTesting
import SitrepExtract
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

/// The real sample page (read from ../shared, never copied here) imported into a store and served.
@Suite struct ImportTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/samples/syria-daily-2016-05-05.txt")
    static var hasSample: Bool { FileManager.default.fileExists(atPath: sample.path) }
    static let day = Date(timeIntervalSince1970: 1_462_406_400) // 2016-05-05T00:00:00Z

    static func importSample(into store: any Store) async throws -> ImportOutcome {
        let text = try LiveBlogParser.decode(Array(try Data(contentsOf: sample)), source: sample.lastPathComponent)
        let page = try LiveBlogParser.parse(text: text, source: sample.lastPathComponent)
        let draft = page.storyImport(slug: nil, published: day, timeZone: TimeZone(identifier: "GMT")!)
        return try await store.importStory(draft, now: TestApp.now)
    }

    @Test(.enabled(if: hasSample, "../shared/samples is not present"))
    func samplePage_importsWithItsStructure_onceOnly() async throws {
        let app = try await TestApp()
        guard case let .created(story, count) = try await Self.importSample(into: app.store) else {
            Issue.record("first import did not create a story")
            return
        }
        #expect(count == 10) // 2 timed updates + 8 sections
        let updates = try await app.store.updates(of: story.slug, olderThan: nil, limit: 50)
        let timed = updates.filter { $0.kind == .update }
        #expect(timed.map { Stamp.clock($0.publishedAt, zone: "GMT") } == ["1345 GMT", "1330 GMT"])
        #expect(timed.first?.body.hasPrefix("President Assad has effectively rejected the truce in Aleppo") == true)
        #expect(updates.filter { $0.kind == .section }.count == 8)
        #expect(updates.flatMap(\.photos).filter { $0.url == nil }.count == 7)
        #expect(story.seeAlso.count == 3)
        #expect(story.leadPhoto?.credit == "Ameer al-Halbi/AFP/Getty")
        #expect(story.originalEntry.hasPrefix("The US and Assad regime both declared on Wednesday"))

        guard case .unchanged = try await Self.importSample(into: app.store) else {
            Issue.record("second import was not recognised as unchanged")
            return
        }
        #expect(try await app.store.stories(limit: 10, offset: 0).count == 1)

        try await app.application.test(.router) { client in
            let html = try await client.execute(uri: "/stories/\(story.slug)", method: .get) { $0.body.text }
            #expect(html.contains("UPDATE 1345 GMT"))
            #expect(html.contains("UPDATE 1330 GMT"))
            #expect(html.contains("(Ameer al-Halbi/AFP/Getty)"))
            #expect(html.contains("<figcaption>SARMADA STRIKE 05-05-16</figcaption>"))
            #expect(html.contains("id=\"original-entry\""))
            let sections = html.components(separatedBy: "class=\"update kind-section\"").count - 1
            #expect(sections == 8)
            // Sections keep page order (search the body, after the JSON-LD in the head).
            let body = try #require(html.range(of: "<main"))
            let first = try #require(html.range(of: "30+ Killed in Airstrike", range: body.upperBound..<html.endIndex))
            let last = try #require(html.range(of: "Islamic State and Regime Battle for Gas Fields", range: body.upperBound..<html.endIndex))
            #expect(first.lowerBound < last.lowerBound)
        }
    }
}
