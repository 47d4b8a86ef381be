import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

@Suite struct PageTests {
    @Test func storyPage_showsUpdatesNewestFirst_withStampsAnchorsAndJSONLD() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        let slug = Slug(rawValue: "aleppo")!
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(headline: "Camp strike <b>", body: "30+ killed.", keyEvent: true,
                                                                         publishedAt: TestApp.now.addingTimeInterval(600),
                                                                         photos: [Photo(url: nil, caption: "SARMADA STRIKE 05-05-16")]))
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/stories/aleppo", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.body.text
                #expect(html.hasPrefix("<!DOCTYPE html>"))
                #expect(html.contains("<h1>Aleppo truce</h1>"))
                #expect(html.contains("UPDATE 1355 GMT"))
                #expect(html.contains("UPDATE 1345 GMT"))
                #expect(html.range(of: "UPDATE 1355 GMT")!.lowerBound < html.range(of: "UPDATE 1346 GMT")!.lowerBound)
                #expect(html.contains("Camp strike &lt;b&gt;"))
                #expect(html.contains("class=\"key-events\""))
                #expect(html.contains("<figcaption>SARMADA STRIKE 05-05-16</figcaption>"))
                #expect(html.contains("href=\"#original-entry\""))
                #expect(html.contains("<p>The truce was <em>declared</em> on Wednesday.</p>"))
                #expect(html.contains("\"@type\":\"LiveBlogPosting\""))
                #expect(html.contains("\"coverageStartTime\":\"2016-05-05T12:45:00Z\""))
                #expect(html.occurrences(of: "<article class=\"update") == 3)
                #expect(html.contains("data-last-sequence=\"3\""))
                #expect(response.headers[.eTag] != nil)
            }
        }
    }

    @Test func storyPage_answersConditionalRequestsWith304_untilItChanges() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        try await app.application.test(.router) { client in
            let etag = try await client.execute(uri: "/stories/aleppo", method: .get) { $0.headers[.eTag] }
            let tag = try #require(etag)
            try await client.execute(uri: "/stories/aleppo", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            _ = try await app.newsroom.publish(to: Slug(rawValue: "aleppo")!, UpdateDraft(body: "New."))
            try await client.execute(uri: "/stories/aleppo", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("<p>New.</p>"))
            }
        }
    }

    @Test func storyPage_answersIfModifiedSince() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        try await app.application.test(.router) { client in
            let lastModified = try #require(try await client.execute(uri: "/stories/aleppo", method: .get) { $0.headers[.lastModified] })
            #expect(lastModified == "Thu, 05 May 2016 13:45:00 GMT")
            try await client.execute(uri: "/stories/aleppo", method: .get, headers: [.ifModifiedSince: lastModified]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/stories/aleppo", method: .get, headers: [.ifModifiedSince: "Wed, 04 May 2016 00:00:00 GMT"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: [(0.0, "Thu, 01 Jan 1970 00:00:00 GMT"), (1_462_455_900.7, "Thu, 05 May 2016 13:45:00 GMT"),
                      (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT")])
    func httpDates_roundTrip(seconds: Double, text: String) {
        #expect(HTTPDate.format(Date(timeIntervalSince1970: seconds)) == text)
        #expect(HTTPDate.parse(text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    @Test func longStories_page_atFiftyUpdates() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 120)
        try await app.application.test(.router) { client in
            let html = try await client.execute(uri: "/stories/aleppo", method: .get) { $0.body.text }
            #expect(html.occurrences(of: "<article class=\"update") == 50)
            #expect(html.contains("href=\"/stories/aleppo?before=71\""))
            let older = try await client.execute(uri: "/stories/aleppo?before=71", method: .get) { $0.body.text }
            #expect(older.occurrences(of: "<article class=\"update") == 50)
            #expect(older.contains("Update number 70.") && !older.contains("Update number 71."))
            let last = try await client.execute(uri: "/stories/aleppo?before=21", method: .get) { $0.body.text }
            #expect(last.occurrences(of: "<article class=\"update") == 20)
            #expect(!last.contains("Older updates"))
        }
    }

    @Test func frontPage_listsStoriesWithLatestUpdateAndLiveBadge() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                let html = response.body.text
                #expect(html.contains("<span class=\"badge live\">LIVE</span>"))
                #expect(html.contains("href=\"/stories/aleppo\">Aleppo truce</a>"))
                #expect(html.contains("Update number 2."))
                #expect(html.contains("2 updates"))
            }
        }
    }

    @Test func search_highlightsMatches_andEscapesQueries() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 3)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/search?q=number%202", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("<mark>number</mark>"))
            }
            try await client.execute(uri: "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.body.text.contains("<script>alert(1)"))
                #expect(response.body.text.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func unknownPages_getARealErrorPage() async throws {
        let app = try await TestApp()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/stories/missing", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.body.text.contains("<h1>Not found</h1>"))
                #expect(response.body.text.contains("There is no story"))
            }
            try await client.execute(uri: "/no/such/page", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
                #expect(response.body.text.contains("Back to the front page"))
            }
        }
    }

    @Test func feeds_keepEntryIDsAcrossEdits() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        let slug = Slug(rawValue: "aleppo")!
        try await app.application.test(.router) { client in
            let before = try await client.execute(uri: "/stories/aleppo/feed.atom", method: .get) { response in
                #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
                return response.body.text
            }
            #expect(before.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
            let id = try await app.store.updates(of: slug, olderThan: nil, limit: 1)[0].id
            _ = try await app.newsroom.edit(updateID: id, UpdatePatch(body: "Edited text."), editor: "ed")
            let after = try await client.execute(uri: "/stories/aleppo/feed.atom", method: .get) { $0.body.text }
            #expect(after.contains("<id>tag:127.0.0.1,2016:update:\(id)</id>"))
            #expect(before.contains("<id>tag:127.0.0.1,2016:update:\(id)</id>"))
            #expect(after.contains("Edited text."))
            let json = try await client.execute(uri: "/stories/aleppo/feed.json", method: .get) { $0.body.text }
            let feed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
            #expect((feed["items"] as? [[String: Any]])?.first?["id"] as? String == "tag:127.0.0.1,2016:update:\(id)")
            let site = try await client.execute(uri: "/feed.atom", method: .get) { $0.body.text }
            #expect(site.contains("Edited text."))
        }
    }

    @Test func healthAndMetrics_answer() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.body.text == "{\"status\":\"ok\"}") }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.body.text.contains("sitrep_updates_published_total 2"))
                #expect(response.body.text.contains("sitrep_live_connections"))
            }
            try await client.execute(uri: "/assets/live.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("EventSource"))
            }
        }
    }
}

@Suite struct ProposedEventTests {
    /// A stand-in extractor: one event per body, naming the body's first word.
    static let extraction: EventExtraction = { text, _, _ in
        [ExtractedEvent(eventType: "Battles", subEventType: "Event about \(text.split(separator: " ").first ?? "")", date: "2016-05-05")]
    }

    @Test func publishingAndEditing_proposeEvents_shownUnderTheUpdate() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        let story = try await app.seed()
        let event = try await app.newsroom.publish(to: story.slug, UpdateDraft(body: "Shelling near Homs."))
        #expect(try await app.store.proposedEvents(updateID: event.update.id).map(\.summary) == ["Event about Shelling · reported"])
        _ = try await app.newsroom.edit(updateID: event.update.id, UpdatePatch(body: "Airstrike near Homs."), editor: "ed")
        try await app.application.test(.router) { client in
            let html = try await client.execute(uri: "/stories/aleppo", method: .get) { $0.body.text }
            #expect(html.contains("<li>Event about Airstrike · reported</li>"))
            #expect(!html.contains("Event about Shelling"))
            let json = try await client.execute(uri: "/api/v1/updates/\(event.update.id)", method: .get) { $0.body.text }
            #expect(json.contains("\"events\":[\"Event about Airstrike · reported\"]"))
        }
        _ = try await app.newsroom.delete(updateID: event.update.id)
        #expect(try await app.store.proposedEvents(updateID: event.update.id).isEmpty)
    }
}
