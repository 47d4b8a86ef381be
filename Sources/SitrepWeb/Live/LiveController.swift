import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import ServiceLifecycle
import SitrepModel
import SitrepStore

/// `/stories/{slug}/live`: the SSE stream of a story.
///
/// The reader subscribes first, then replays from the store everything after its
/// `Last-Event-ID` (header) or `?last_event_id=`, then continues with live frames, skipping any
/// sequence it already sent: no gap, no duplicate, even when an update is published mid-replay.
struct LiveController: Sendable {
    let store: any Store
    let publisher: LivePublisher
    let frames: LiveFrames
    /// Bytes a direct reader's connection may hold unsent before it counts as too slow.
    let highWaterBytes: Int
    static let retryMilliseconds = 3000

    /// Registered before the router's middleware, so a long-lived stream does not keep every
    /// middleware's async frame allocated for its whole life; errors are rendered here instead.
    /// It must stay so: attached readers' frames are written to the connection directly, past
    /// anything that would wrap the response body (a compressing middleware, `ResponseBody.map`).
    func register(on router: Router<AppRequestContext>, layout: Layout) {
        router.get(RouterPath(SiteRoute.Pattern.storyLive)) { request, context in
            do {
                return try await live(request, context)
            } catch {
                return ErrorMiddleware.response(for: ErrorMiddleware.appError(from: error), request: request, layout: layout)
            }
        }
    }

    @Sendable func live(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let slug = try PathParameter.slug(context)
        let requested = try Self.lastEventID(request)
        // A story that already has readers is known to the publisher: no store read (whose async
        // frames would stay allocated for the life of this long connection).
        let story: LivePublisher.Position
        if let known = await publisher.position(of: slug), requested.map({ $0 <= known.lastSequence }) ?? true {
            story = known
        } else {
            guard let stored = try await store.story(slug) else { throw AppError(.notFound, "There is no story \"\(slug)\".") }
            story = LivePublisher.Position(storyID: stored.id, lastSequence: stored.lastSequence)
        }
        if let requested, requested > story.lastSequence {
            throw AppError(.badRequest, "Last-Event-ID \(requested) is ahead of this story's newest event (\(story.lastSequence)); reconnect without it.")
        }
        var headers: HTTPFields = [:]
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache, no-transform"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        // (a HEAD request's response has no body to write to)
        if let channel = context.connectionChannel, request.method == .get, await LiveConnection.isHTTP1(channel) {
            return Response(status: .ok, headers: headers,
                            body: direct(channel: channel, story: story, slug: slug, resumeFrom: requested))
        }
        return Response(status: .ok, headers: headers, body: streamed(story: story, slug: slug, resumeFrom: requested))
    }

    /// The stream of a reader on a socket: after the replay, the publisher writes its frames
    /// straight to the connection on its event loop, with the frames of every other reader of
    /// that loop, and this task only waits for the end.
    private func direct(channel: any Channel, story: LivePublisher.Position, slug: Slug, resumeFrom: Int64?) -> ResponseBody {
        let store = self.store
        let frames = self.frames
        let publisher = self.publisher
        let highWater = self.highWaterBytes
        return ResponseBody { writer in
            let connection = LiveConnection(channel: channel, highWater: highWater)
            guard let subscription = await publisher.subscribe(storyID: story.storyID, slug: slug, currentSequence: story.lastSequence,
                                                               connection: connection) else {
                try await writer.finish(nil)
                return
            }
            do {
                let sent = try await Self.replay(writer: &writer, store: store, frames: frames, storyID: story.storyID,
                                                 from: resumeFrom ?? story.lastSequence, through: subscription.deliveredThrough)
                await publisher.attach(storyID: story.storyID, id: subscription.id, sentThrough: sent)
                // The server waits for open responses before the publisher is told to shut
                // down, so each stream ends itself on graceful shutdown.
                await withGracefulShutdownHandler {
                    await connection.waitUntilEnded()
                } onGracefulShutdown: {
                    connection.end()
                }
            } catch {
                await publisher.unsubscribe(storyID: story.storyID, id: subscription.id)
                throw error
            }
            await publisher.unsubscribe(storyID: story.storyID, id: subscription.id)
            try await writer.finish(nil)
            await connection.restoreWaterMark()
        }
    }

    /// The stream of a reader without a socket (the router test framework): frames come through
    /// an `AsyncStream` this task drains into the response writer.
    private func streamed(story: LivePublisher.Position, slug: Slug, resumeFrom: Int64?) -> ResponseBody {
        let store = self.store
        let frames = self.frames
        let publisher = self.publisher
        let storyID = story.storyID
        return ResponseBody { writer in
            let subscription = await publisher.subscribe(storyID: storyID, slug: slug, currentSequence: story.lastSequence)
            do {
                var sent = try await Self.replay(writer: &writer, store: store, frames: frames, storyID: storyID,
                                                 from: resumeFrom ?? story.lastSequence, through: subscription.deliveredThrough)
                // A plain handler, not cancelOnGracefulShutdown(), whose merge() costs a task
                // group and two child tasks per reader.
                let end = subscription.end
                try await withGracefulShutdownHandler {
                    for await frame in subscription.frames {
                        if let sequence = frame.sequence {
                            if sequence <= sent { continue }
                            sent = sequence
                        }
                        try await writer.write(frame.bytes)
                    }
                } onGracefulShutdown: {
                    end.finish()
                }
            } catch {
                await publisher.unsubscribe(storyID: storyID, id: subscription.id)
                throw error
            }
            await publisher.unsubscribe(storyID: storyID, id: subscription.id)
            try await writer.finish(nil)
        }
    }

    /// Writes the stream's preamble and replays from the store, in pages, what the live frames
    /// will not bring: the events after `from` through `through` (a fresh reader of a quiet
    /// story skips the query entirely). Returns the last sequence sent.
    private static func replay(writer: inout any ResponseBodyWriter, store: any Store, frames: LiveFrames, storyID: Int64,
                               from: Int64, through: Int64) async throws -> Int64 {
        var sent = from
        try await writer.write(ByteBuffer(string: "retry: \(Self.retryMilliseconds)\n: connected\n\n"))
        while sent < through {
            let events = try await store.liveEvents(storyID: storyID, afterSequence: sent, limit: 500)
            for event in events {
                try await writer.write(try await frames.encode(event))
                sent = event.sequence
            }
            if events.count < 500 { break }
        }
        return sent
    }

    /// The sequence to resume after: `Last-Event-ID` header, else `?last_event_id=`. nil for a
    /// fresh connection (which starts at the story's newest event).
    static func lastEventID(_ request: Request) throws -> Int64? {
        let raw = request.headers[HTTPField.Name("Last-Event-ID")!] ?? request.uri.queryParameters["last_event_id"].map(String.init)
        guard let raw, !raw.isEmpty else { return nil }
        guard raw.utf8.count <= 19, raw.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int64(raw) else {
            throw AppError(.badRequest, "Last-Event-ID must be a sequence number (digits only); got \"\(raw.prefix(40))\".")
        }
        return value
    }
}

/// Encodes live events as SSE frames: `id:` is the sequence, `event:` the kind, `data:` one line
/// of JSON carrying the update and its rendered `<article>`.
struct LiveFrames: Sendable {
    let store: any Store
    let baseURL: String

    struct Payload: Encodable {
        var sequence: Int64
        var kind: String
        var story: String
        var update: UpdateJSON
        var html: String
    }

    func encode(_ event: LiveEvent) async throws -> ByteBuffer {
        guard let story = try await store.story(id: event.storyID) else {
            throw AppError(.notFound, "story \(event.storyID) vanished")
        }
        let events = event.kind == .delete ? [] : try await store.proposedEvents(updateID: event.update.id)
        let html = event.kind == .delete ? "" : UpdateArticle(update: event.update, timeZone: story.timeZone, events: events).html.render()
        let payload = Payload(sequence: event.sequence, kind: event.kind.rawValue, story: story.slug.rawValue,
                              update: UpdateJSON(event.update, story: story, base: baseURL, events: events), html: html)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(payload), as: UTF8.self)
        return ByteBuffer(string: Self.frame(id: event.sequence, event: event.kind.rawValue, data: json))
    }

    /// One SSE frame. `data` must not contain newlines (JSON from JSONEncoder never does).
    static func frame(id: Int64, event: String, data: String) -> String {
        "id: \(id)\nevent: \(event)\ndata: \(data)\n\n"
    }
}
