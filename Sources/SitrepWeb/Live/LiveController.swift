import Foundation
import Hummingbird
import HTTPTypes
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
    static let retryMilliseconds = 3000

    /// Registered before the router's middleware, so a long-lived stream does not keep every
    /// middleware's async frame allocated for its whole life; errors are rendered here instead.
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
        let resumeFrom = requested
        let subscription = await publisher.subscribe(storyID: story.storyID, slug: slug, currentSequence: story.lastSequence)
        let store = self.store
        let frames = self.frames
        let publisher = self.publisher
        let storyID = story.storyID
        var headers: HTTPFields = [:]
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache, no-transform"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        let body = ResponseBody { writer in
            var sent = resumeFrom ?? story.lastSequence
            do {
                try await writer.write(ByteBuffer(string: "retry: \(Self.retryMilliseconds)\n: connected\n\n"))
                // Replay from the store, in pages: only what the live stream will not bring (a
                // fresh reader of a quiet story skips the query entirely).
                while sent < subscription.deliveredThrough {
                    let events = try await store.liveEvents(storyID: storyID, afterSequence: sent, limit: 500)
                    for event in events {
                        try await writer.write(try await frames.encode(event))
                        sent = event.sequence
                    }
                    if events.count < 500 { break }
                }
                // The server waits for open responses before the publisher is told to shut down,
                // so each stream ends itself on graceful shutdown. A plain handler, not
                // cancelOnGracefulShutdown(), whose merge() costs a task group and two child
                // tasks per reader.
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
        return Response(status: .ok, headers: headers, body: body)
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
