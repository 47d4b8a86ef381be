import Foundation
import Hummingbird
import HTTPTypes
import ServiceLifecycle
import SitrepModel

/// Tells open pages which incidents changed in this process: the desk's review queue
/// (`/desk/review/live`, every incident) and the public explorer (`/events/live`, only incidents
/// that are published or were published once). Each subscriber has a small buffer; a slow one
/// misses ids but still learns that something changed, which is all a page needs (it reloads
/// from the store).
public actor RecordFeed {
    /// One changed incident, and whether readers may see it.
    public struct Change: Sendable, Hashable {
        public var id: String
        public var isPublic: Bool

        public init(id: String, isPublic: Bool) {
            self.id = id
            self.isPublic = isPublic
        }

        public init(_ incident: Incident) {
            self.init(id: incident.id, isPublic: incident.status == .published || incident.firstPublishedAt != nil)
        }
    }

    private var subscribers: [Int: (publicOnly: Bool, continuation: AsyncStream<[String]>.Continuation)] = [:]
    private var nextID = 0

    public init() {}

    func subscribe(publicOnly: Bool) -> (id: Int, stream: AsyncStream<[String]>) {
        let (stream, continuation) = AsyncStream<[String]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        nextID += 1
        subscribers[nextID] = (publicOnly, continuation)
        return (nextID, stream)
    }

    func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.continuation.finish()
    }

    public func publish(_ changes: [Change]) {
        let all = changes.map(\.id)
        let visible = changes.filter(\.isPublic).map(\.id)
        for subscriber in subscribers.values {
            let ids = subscriber.publicOnly ? visible : all
            if !ids.isEmpty { subscriber.continuation.yield(ids) }
        }
    }

    /// Ends every stream (graceful shutdown, tests).
    public func finishAll() {
        for subscriber in subscribers.values { subscriber.continuation.finish() }
        subscribers = [:]
    }

    /// An SSE response: `event: incidents` with a JSON array of the changed ids, until the
    /// client leaves or the server shuts down.
    func stream(publicOnly: Bool) async -> Response {
        let subscription = subscribe(publicOnly: publicOnly)
        var headers: HTTPFields = [:]
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache, no-transform"
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        let body = ResponseBody { writer in
            do {
                try await writer.write(ByteBuffer(string: "retry: 5000\n: connected\n\n"))
                try await withGracefulShutdownHandler {
                    for await ids in subscription.stream {
                        let data = ids.map { "\"\($0)\"" }.joined(separator: ",")
                        try await writer.write(ByteBuffer(string: "event: incidents\ndata: [\(data)]\n\n"))
                    }
                } onGracefulShutdown: {
                    Task { await self.unsubscribe(subscription.id) }
                }
            } catch {
                await self.unsubscribe(subscription.id)
                throw error
            }
            await self.unsubscribe(subscription.id)
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
