import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

@Suite struct LiveTests {
    /// Reads the SSE stream in `.router` mode: the stream ends when the publisher shuts down.
    func stream(_ app: TestApp, uri: String, headers: HTTPFields = [:],
                whileConnected: @Sendable () async throws -> Void) async throws -> (HTTPResponse.Status, String) {
        try await app.application.test(.router) { client in
            async let response = client.execute(uri: uri, method: .get, headers: headers)
            for _ in 0..<500 where await app.publisher.subscriberCount == 0 {
                try await Task.sleep(for: .milliseconds(5))
            }
            try await whileConnected()
            await app.publisher.finishAll()
            let result = try await response
            return (result.status, result.body.text)
        }
    }

    /// Waits until the publisher has delivered the story's every event (the fan-out runs after
    /// the publish returns), then a moment for the response writer.
    func fannedOut(_ app: TestApp, _ slug: String = "aleppo") async throws {
        let last = try #require(try await app.store.story(Slug(rawValue: slug)!)).lastSequence
        for _ in 0..<1000 where (await app.publisher.position(of: Slug(rawValue: slug)!)?.lastSequence ?? 0) < last {
            try await Task.sleep(for: .milliseconds(5))
        }
        try await Task.sleep(for: .milliseconds(50))
    }

    static func ids(_ wire: String) -> [Int] {
        wire.split(separator: "\n").filter { $0.hasPrefix("id: ") }.compactMap { Int($0.dropFirst(4)) }
    }

    @Test func resume_replaysFromTheStore_thenContinuesLive_withoutGapOrDuplicate() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 3)
        let slug = Slug(rawValue: "aleppo")!
        let (status, wire) = try await stream(app, uri: "/stories/aleppo/live", headers: [HTTPField.Name("Last-Event-ID")!: "1"]) {
            _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Live one."))
            let id = try await app.store.updates(of: slug, olderThan: nil, limit: 1)[0].id
            _ = try await app.newsroom.edit(updateID: id, UpdatePatch(body: "Live one, corrected."), editor: "ed")
            _ = try await app.newsroom.delete(updateID: id)
            // Wait for the fan-out to reach the reader before shutting down.
            try await fannedOut(app)
        }
        #expect(status == .ok)
        #expect(Self.ids(wire) == [2, 3, 4, 5, 6])
        #expect(wire.hasPrefix("retry: 3000\n: connected\n\n"))
        #expect(wire.contains("id: 5\nevent: edit\ndata: {"))
        #expect(wire.contains("id: 6\nevent: delete\ndata: {"))
        #expect(wire.contains("Live one, corrected."))
    }

    @Test func queryParameter_resumesLikeTheHeader() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        let (_, wire) = try await stream(app, uri: "/stories/aleppo/live?last_event_id=0") {}
        #expect(Self.ids(wire) == [1, 2])
    }

    @Test func freshConnection_startsAtTheNewestEvent() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        let (_, wire) = try await stream(app, uri: "/stories/aleppo/live") {
            _ = try await app.newsroom.publish(to: Slug(rawValue: "aleppo")!, UpdateDraft(body: "Third."))
            try await fannedOut(app)
        }
        #expect(Self.ids(wire) == [3])
    }

    @Test(arguments: ["abc", "-1", "99", "1 OR 1=1", "99999999999999999999"])
    func badLastEventID_isRejected(_ value: String) async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/stories/aleppo/live", method: .get, headers: [HTTPField.Name("Last-Event-ID")!: value]) { response in
                #expect(response.status == .badRequest)
            }
        }
        #expect(await app.publisher.subscriberCount == 0)
    }

    @Test func secondReader_ofALiveStory_isPlacedWithoutAStoreRead_andGetsTheSameEvents() async throws {
        let app = try await TestApp()
        let story = try await app.seed(updates: 2)
        let first = await app.publisher.subscribe(storyID: story.id, slug: story.slug, currentSequence: story.lastSequence)
        let position = try #require(await app.publisher.position(of: story.slug))
        #expect(position.storyID == story.id)
        #expect(position.lastSequence == 2)
        let (_, wire) = try await stream(app, uri: "/stories/aleppo/live?last_event_id=1") {
            _ = try await app.newsroom.publish(to: story.slug, UpdateDraft(body: "Third."))
            try await fannedOut(app)
        }
        #expect(Self.ids(wire) == [2, 3])
        first.end.finish()
    }

    @Test func unknownStory_is404() async throws {
        let app = try await TestApp()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/stories/nope/live", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func slowReader_isDisconnected_andItsBufferStaysBounded() async throws {
        let store = try SQLiteStore.inMemory()
        let story = try await store.createStory(StoryDraft(slug: Slug(rawValue: "s")!, title: "S"), now: TestApp.now)
        let metrics = SitrepMetrics()
        let publisher = LivePublisher(store: store, bufferSize: 2, heartbeatSeconds: 3600, metrics: metrics,
                                      logger: Logger(label: "test")) { event in ByteBuffer(string: "\(event.sequence)") }
        let subscription = await publisher.subscribe(storyID: story.id, slug: story.slug, currentSequence: 0)
        for index in 1...5 {
            _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U\(index)"), now: TestApp.now)
        }
        await publisher.notify(storyID: story.id)
        var received: [Int64] = []
        for await frame in subscription.frames { received.append(frame.sequence ?? -1) }
        #expect(received == [1, 2])
        #expect(await publisher.subscriberCount == 0)
        #expect(metrics.render().contains("sitrep_live_slow_readers_dropped_total 1"))
    }

    @Test func concurrentPublishes_areDeliveredInSequenceOrder() async throws {
        let app = try await TestApp()
        let story = try await app.seed()
        let subscription = await app.publisher.subscribe(storyID: story.id, slug: story.slug, currentSequence: 0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 1...20 {
                group.addTask { _ = try await app.newsroom.publish(to: story.slug, UpdateDraft(body: "Update \(index).")) }
            }
            try await group.waitForAll()
        }
        var received: [Int64] = []
        for await frame in subscription.frames {
            if let sequence = frame.sequence { received.append(sequence) }
            if received.count == 20 { break }
        }
        #expect(received == Array(1...20))
    }

    @Test func frame_isOneSSEEvent() {
        #expect(LiveFrames.frame(id: 7, event: "update", data: "{\"a\":1}") == "id: 7\nevent: update\ndata: {\"a\":1}\n\n")
    }
}
