import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

@Suite struct LiveTests {
    /// Reads the SSE stream in `.router` mode (frames through the reader's stream), or over a
    /// real socket with `onSocket` (frames written directly to the connection): the stream ends
    /// when the publisher shuts down.
    func stream(_ app: TestApp, uri: String, headers: HTTPFields = [:], onSocket: Bool = false,
                whileConnected: @Sendable () async throws -> Void) async throws -> (HTTPResponse.Status, String) {
        try await app.application.test(onSocket ? .live : .router) { client in
            async let response = client.execute(uri: uri, method: .get, headers: headers)
            // a reader on a socket is written to directly once its replay is done
            for _ in 0..<500 {
                let (readers, attached) = (await app.publisher.subscriberCount, await app.publisher.attachedCount)
                if readers > 0 && (!onSocket || attached > 0) { break }
                try await Task.sleep(for: .milliseconds(5))
            }
            #expect(await app.publisher.attachedCount == (onSocket ? 1 : 0))
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

    @Test(arguments: [false, true])
    func resume_replaysFromTheStore_thenContinuesLive_withoutGapOrDuplicate(onSocket: Bool) async throws {
        let app = try await TestApp()
        try await app.seed(updates: 3)
        let slug = Slug(rawValue: "aleppo")!
        let (status, wire) = try await stream(app, uri: "/stories/aleppo/live", headers: [HTTPField.Name("Last-Event-ID")!: "1"],
                                              onSocket: onSocket) {
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

    @Test(arguments: [false, true])
    func queryParameter_resumesLikeTheHeader(onSocket: Bool) async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        let (_, wire) = try await stream(app, uri: "/stories/aleppo/live?last_event_id=0", onSocket: onSocket) {}
        #expect(Self.ids(wire) == [1, 2])
    }

    @Test(arguments: [false, true])
    func freshConnection_startsAtTheNewestEvent(onSocket: Bool) async throws {
        let app = try await TestApp()
        try await app.seed(updates: 2)
        let (_, wire) = try await stream(app, uri: "/stories/aleppo/live", onSocket: onSocket) {
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
        #expect(metrics.render().contains("sitrep_live_connections 0"))
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

    @Test func socketReaders_ofOneStory_getEveryEventOnce_inOrder_whilePublishesRace() async throws {
        let app = try await TestApp()
        let story = try await app.seed(updates: 1)
        try await app.application.test(.live) { client in
            // the test client holds one connection: the second reader gets a client of its own
            let other = TestClient(host: "localhost", port: try #require(client.port))
            other.connect()
            async let first = client.execute(uri: "/stories/aleppo/live", method: .get)
            async let second = other.get("/stories/aleppo/live?last_event_id=0")
            for _ in 0..<500 where await app.publisher.attachedCount < 2 {
                try await Task.sleep(for: .milliseconds(5))
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...15 {
                    group.addTask { _ = try await app.newsroom.publish(to: story.slug, UpdateDraft(body: "Update \(index).")) }
                }
                try await group.waitForAll()
            }
            try await fannedOut(app)
            await app.publisher.finishAll()
            #expect(Self.ids(try await first.body.text) == Array(2...16))
            #expect(Self.ids(try #require(try await second.body).text) == Array(1...16))
            try await other.shutdown()
            // the connection that carried the stream serves the next request (keep-alive)
            let page = try await client.execute(uri: "/stories/aleppo", method: .get)
            #expect(page.status == .ok)
            #expect(page.body.text.contains("Update 15."))
        }
    }

    @Test func attachedFrames_areChunksOfTheResponse_asTheEncoderWouldWriteThem() async throws {
        // a connection's HTTP/1 pipeline as the server builds it, on a testing channel
        let channel = NIOAsyncTestingChannel()
        try await channel.testingEventLoop.executeInContext {
            try channel.pipeline.syncOperations.addHandlers([HTTPResponseEncoder(), HTTP1ToHTTPServerCodec(secure: false)])
        }
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 9)).get()
        #expect(await LiveConnection.isHTTP1(channel))
        let connection = LiveConnection(channel: channel, highWater: 1 << 20)
        try await channel.writeAndFlush(HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [.contentType: "text/event-stream"])))
        try await channel.writeAndFlush(HTTPResponsePart.body(ByteBuffer(string: "retry: 3000\n\n")))
        let frames = [LiveFrame(sequence: 1, bytes: ByteBuffer(string: "id: 1\ndata: {}\n\n")),
                      LiveFrame(sequence: 2, bytes: ByteBuffer(string: "")), // never written: it would end the body
                      LiveFrame(sequence: nil, bytes: ByteBuffer(string: ": heartbeat\n\n"))]
        let chunks = try await channel.testingEventLoop.executeInContext {
            connection.attach(sentThrough: 0)
            return connection.writesChunks
        }
        #expect(chunks)
        try await channel.testingEventLoop.executeInContext {
            for frame in frames {
                _ = LiveConnection.write(LiveConnection.Frame(frame), to: [connection], on: channel.eventLoop)
            }
        }
        try await channel.writeAndFlush(HTTPResponsePart.end(nil))
        var wire = ""
        while let buffer = try await channel.readOutbound(as: IOData.self) {
            if case .byteBuffer(let bytes) = buffer { wire += bytes.text }
        }
        let body = try #require(wire.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n") as String?)
        #expect(wire.lowercased().contains("transfer-encoding: chunked"))
        #expect(body == "d\r\nretry: 3000\n\n\r\n" + "10\r\nid: 1\ndata: {}\n\n\r\n" + "d\r\n: heartbeat\n\n\r\n" + "0\r\n\r\n")
    }

    /// A connection on a testing channel, active, as the publisher's direct writes see one.
    func testingConnection(highWater: Int = 1 << 20) async throws -> (NIOAsyncTestingChannel, LiveConnection) {
        let channel = NIOAsyncTestingChannel()
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 9)).get()
        return (channel, LiveConnection(channel: channel, highWater: highWater))
    }

    static func written(_ channel: NIOAsyncTestingChannel) async throws -> [String] {
        var parts: [String] = []
        while let part = try await channel.readOutbound(as: HTTPResponsePart.self) {
            if case .body(let buffer) = part { parts.append(buffer.text) }
        }
        return parts
    }

    /// A store with a story "s", a publisher whose frames are their sequence numbers, and one
    /// reader on a testing channel, subscribed (not yet attached) from the story's start.
    func attachedReader(bufferSize: Int, metrics: SitrepMetrics = SitrepMetrics()) async throws
        -> (SQLiteStore, Story, LivePublisher, NIOAsyncTestingChannel, LiveConnection, (id: Int, deliveredThrough: Int64)) {
        let store = try SQLiteStore.inMemory()
        let story = try await store.createStory(StoryDraft(slug: Slug(rawValue: "s")!, title: "S"), now: TestApp.now)
        let publisher = LivePublisher(store: store, bufferSize: bufferSize, heartbeatSeconds: 3600, metrics: metrics,
                                      logger: Logger(label: "test")) { event in ByteBuffer(string: "\(event.sequence)") }
        let (channel, connection) = try await testingConnection()
        let subscription = try #require(await publisher.subscribe(storyID: story.id, slug: story.slug, currentSequence: 0,
                                                                   connection: connection))
        return (store, story, publisher, channel, connection, subscription)
    }

    @Test func directReader_getsWhatWaitedDuringItsReplay_afterIt_thenLiveFrames() async throws {
        let (store, story, publisher, channel, connection, subscription) = try await attachedReader(bufferSize: 8)
        #expect(subscription.deliveredThrough == 0)
        for index in 1...3 {
            _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U\(index)"), now: TestApp.now)
        }
        await publisher.notify(storyID: story.id)
        await channel.testingEventLoop.run()
        #expect(try await Self.written(channel).isEmpty) // waiting while the reader replays
        // the replay happened to send 1 already: 2 and 3 follow, then live frames
        await publisher.attach(storyID: story.id, id: subscription.id, sentThrough: 1)
        await channel.testingEventLoop.run()
        #expect(try await Self.written(channel) == ["2", "3"])
        _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U4"), now: TestApp.now)
        await publisher.notify(storyID: story.id)
        await channel.testingEventLoop.run()
        #expect(try await Self.written(channel) == ["4"])
        #expect(!connection.isEnded)
        await publisher.unsubscribe(storyID: story.id, id: subscription.id)
        #expect(connection.isEnded)
        #expect(await publisher.subscriberCount == 0)
    }

    @Test func directReader_whoseReplayRanAheadOfThePublisher_getsNothingTwice() async throws {
        let (store, story, publisher, channel, _, subscription) = try await attachedReader(bufferSize: 8)
        // committed, the notification not yet handled: the reader's replay already read them
        for index in 1...3 {
            _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U\(index)"), now: TestApp.now)
        }
        await publisher.attach(storyID: story.id, id: subscription.id, sentThrough: 3)
        await publisher.notify(storyID: story.id)
        await channel.testingEventLoop.run()
        #expect(try await Self.written(channel).isEmpty)
        _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U4"), now: TestApp.now)
        await publisher.notify(storyID: story.id)
        await channel.testingEventLoop.run()
        #expect(try await Self.written(channel) == ["4"])
    }

    @Test func directReader_tooSlowToReplay_isEnded() async throws {
        let metrics = SitrepMetrics()
        let (store, story, publisher, _, connection, subscription) = try await attachedReader(bufferSize: 2, metrics: metrics)
        for index in 1...3 {
            _ = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "U\(index)"), now: TestApp.now)
        }
        await publisher.notify(storyID: story.id)
        #expect(connection.isEnded)
        #expect(metrics.render().contains("sitrep_live_slow_readers_dropped_total 1"))
        await publisher.unsubscribe(storyID: story.id, id: subscription.id)
        #expect(await publisher.subscriberCount == 0)
    }

    @Test func directWrite_endsAConnectionThatCannotTakeMore_andOneThatClosed() async throws {
        let (open, openConnection) = try await testingConnection()
        let (full, fullConnection) = try await testingConnection()
        let (closed, closedConnection) = try await testingConnection()
        try await closed.close()
        await closed.testingEventLoop.run()
        #expect(closedConnection.isEnded) // its close ends it
        // every connection is written from its own loop, as the publisher does
        full.isWritable = false
        let ends = try await full.testingEventLoop.executeInContext {
            LiveConnection.write(.init(LiveFrame(sequence: 1, bytes: ByteBuffer(string: "x"))), to: [fullConnection], on: full.eventLoop)
        }
        #expect(ends.written == 0)
        #expect(ends.slow == 1)
        #expect(fullConnection.isEnded)
        #expect(try await Self.written(full).isEmpty)
        await full.testingEventLoop.run()
        #expect(!full.isActive) // closed: a client that stopped reading cannot hold it open
        let none = try await closed.testingEventLoop.executeInContext {
            LiveConnection.write(.init(LiveFrame(sequence: 1, bytes: ByteBuffer(string: "x"))), to: [closedConnection], on: closed.eventLoop)
        }
        #expect(none.written == 0 && none.slow == 0)
        let writes = try await open.testingEventLoop.executeInContext {
            LiveConnection.write(.init(LiveFrame(sequence: 1, bytes: ByteBuffer(string: "x"))), to: [openConnection], on: open.eventLoop)
        }
        #expect(writes.written == 1)
        #expect(try await Self.written(open) == ["x"])
        #expect(!openConnection.isEnded)
        // a waiting handler resumes when its connection ends
        async let waited: Void = openConnection.waitUntilEnded()
        openConnection.end()
        await waited
    }

    @Test func frame_isOneSSEEvent() {
        #expect(LiveFrames.frame(id: 7, event: "update", data: "{\"a\":1}") == "id: 7\nevent: update\ndata: {\"a\":1}\n\n")
    }
}
