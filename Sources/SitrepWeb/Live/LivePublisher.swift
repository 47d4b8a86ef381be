import Foundation
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle
import SitrepModel
import SitrepStore

/// One SSE frame, encoded once and shared by every reader of a story.
public struct LiveFrame: Sendable {
    /// The live-log sequence number (nil for heartbeats).
    public var sequence: Int64?
    public var bytes: ByteBuffer
}

/// Fans committed live events out to every connected reader of a story.
///
/// Publishing code only *notifies* the publisher after its transaction committed; the publisher
/// then pulls the new events from the store in sequence order. The store is the source of truth,
/// so two concurrent publishes can never be delivered out of order or skipped, and a second
/// server instance can feed the same mechanism.
///
/// Each reader has a bounded buffer. A reader too slow to drain it is disconnected (its stream
/// finishes) and resumes with `Last-Event-ID`, replaying from the store: memory stays bounded and
/// no update is lost.
public actor LivePublisher: Service {
    public typealias Renderer = @Sendable (LiveEvent) async throws -> ByteBuffer

    /// Where a story's live log stands, as far as this publisher has delivered it.
    public struct Position: Sendable {
        public var storyID: Int64
        public var lastSequence: Int64
    }

    private struct Channel {
        var slug: Slug
        var subscribers: [Int: AsyncStream<LiveFrame>.Continuation] = [:]
        var lastDelivered: Int64
        var pulling = false
        var dirty = false
    }

    private let store: any Store
    private let render: Renderer
    private let bufferSize: Int
    private let heartbeat: Duration
    private let logger: Logger
    private var channels: [Int64: Channel] = [:]
    private var storyIDs: [Slug: Int64] = [:]
    private var nextID = 0
    private var shuttingDown = false
    private let metrics: SitrepMetrics

    public init(store: any Store, bufferSize: Int, heartbeatSeconds: Double, metrics: SitrepMetrics, logger: Logger,
                render: @escaping Renderer) {
        self.metrics = metrics
        self.store = store
        self.render = render
        self.bufferSize = max(1, bufferSize)
        self.heartbeat = .milliseconds(Int64(heartbeatSeconds * 1000))
        self.logger = logger
    }

    /// Registers a reader. `currentSequence` is the story's last sequence as read from the store
    /// *before* subscribing. Every event after `deliveredThrough` will arrive on `frames`; the
    /// reader replays from the store whatever it misses up to `deliveredThrough`.
    /// `end` finishes this reader's stream (for the server's graceful shutdown).
    public func subscribe(storyID: Int64, slug: Slug, currentSequence: Int64)
        -> (id: Int, frames: AsyncStream<LiveFrame>, deliveredThrough: Int64, end: AsyncStream<LiveFrame>.Continuation) {
        let (stream, continuation) = AsyncStream<LiveFrame>.makeStream(bufferingPolicy: .bufferingOldest(bufferSize))
        nextID += 1
        let id = nextID
        if shuttingDown {
            continuation.finish()
            return (id, stream, currentSequence, continuation)
        }
        channels[storyID, default: Channel(slug: slug, lastDelivered: currentSequence)].subscribers[id] = continuation
        storyIDs[slug] = storyID
        let deliveredThrough = channels[storyID]!.lastDelivered
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(storyID: storyID, id: id) }
        }
        metrics.liveConnections.set(Double(subscriberCount))
        return (id, stream, deliveredThrough, continuation)
    }

    /// The story and last delivered sequence of a story that has readers now; nil otherwise.
    public func position(of slug: Slug) -> Position? {
        guard let storyID = storyIDs[slug], let channel = channels[storyID] else { return nil }
        return Position(storyID: storyID, lastSequence: channel.lastDelivered)
    }

    public func unsubscribe(storyID: Int64, id: Int) {
        guard let continuation = channels[storyID]?.subscribers.removeValue(forKey: id) else { return }
        continuation.finish()
        if channels[storyID]?.subscribers.isEmpty == true, channels[storyID]?.pulling == false {
            removeChannel(storyID)
        }
        metrics.liveConnections.set(Double(subscriberCount))
    }

    /// Number of connected readers, all stories together.
    public var subscriberCount: Int { channels.values.reduce(0) { $0 + $1.subscribers.count } }

    /// Called after a transaction that appended live events to `storyID` committed.
    public func notify(storyID: Int64) async {
        guard var channel = channels[storyID], !channel.subscribers.isEmpty else { return }
        if channel.pulling {
            channels[storyID]?.dirty = true
            return
        }
        channel.pulling = true
        channels[storyID] = channel
        repeat {
            channels[storyID]?.dirty = false
            await pull(storyID: storyID)
        } while channels[storyID]?.dirty == true
        channels[storyID]?.pulling = false
        if channels[storyID]?.subscribers.isEmpty == true { removeChannel(storyID) }
    }

    /// Pulls every story that has readers: after a reconnect to the database's notifications,
    /// and with each heartbeat, so an event whose notification never came is still delivered.
    public func notifyAll() async {
        for storyID in Array(channels.keys) {
            await notify(storyID: storyID)
        }
    }

    private func removeChannel(_ storyID: Int64) {
        if let slug = channels.removeValue(forKey: storyID)?.slug { storyIDs[slug] = nil }
    }

    private func pull(storyID: Int64) async {
        while let after = channels[storyID]?.lastDelivered {
            let events: [LiveEvent]
            do {
                events = try await store.liveEvents(storyID: storyID, afterSequence: after, limit: 500)
            } catch {
                logger.error("live pull failed", metadata: ["story": "\(storyID)", "error": "\(error)"])
                return
            }
            for event in events {
                let bytes: ByteBuffer
                do {
                    bytes = try await render(event)
                } catch {
                    logger.error("live render failed", metadata: ["sequence": "\(event.sequence)", "error": "\(error)"])
                    continue
                }
                broadcast(storyID: storyID, frame: LiveFrame(sequence: event.sequence, bytes: bytes))
                channels[storyID]?.lastDelivered = event.sequence
            }
            if events.count < 500 { return }
        }
    }

    private func broadcast(storyID: Int64, frame: LiveFrame) {
        guard let subscribers = channels[storyID]?.subscribers else { return }
        for (id, continuation) in subscribers {
            switch continuation.yield(frame) {
            case .enqueued:
                metrics.liveDelivered.increment()
            case .dropped:
                // Too slow: end its stream; it reconnects and replays from the store.
                metrics.liveDropped.increment()
                channels[storyID]?.subscribers[id] = nil
                continuation.finish()
            case .terminated:
                channels[storyID]?.subscribers[id] = nil
            @unknown default:
                break
            }
        }
    }

    private func beat() {
        let frame = LiveFrame(sequence: nil, bytes: ByteBuffer(string: ": heartbeat\n\n"))
        for storyID in Array(channels.keys) {
            broadcast(storyID: storyID, frame: frame)
        }
    }

    /// Ends every reader's stream (shutdown; tests use it to end a stream).
    func finishAll() {
        shuttingDown = true
        for channel in channels.values {
            for continuation in channel.subscribers.values { continuation.finish() }
        }
        channels.removeAll()
        storyIDs.removeAll()
        metrics.liveConnections.set(Double(0))
    }

    // MARK: - Service

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: self.heartbeat)
                await self.beat()
                await self.notifyAll()
            }
        }
        finishAll()
    }
}
