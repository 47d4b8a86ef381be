import Foundation
import Hummingbird
import Logging
import NIOCore
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

    /// A reader that is given each frame: attached connections are written to by their loop.
    private enum Reader {
        /// Through an `AsyncStream` its own task drains (tests; connections without a socket).
        case stream(AsyncStream<LiveFrame>.Continuation)
        /// A connection still replaying from the store: frames wait here until it is attached.
        case pending(LiveConnection, [LiveFrame])
    }

    /// The attached connections of one event loop, written together by tasks on that loop.
    private struct LoopReaders {
        var loop: any EventLoop
        var connections: [Int: LiveConnection] = [:] {
            didSet { snapshot = nil }
        }
        /// `connections` as an array, kept between frames while nobody comes or goes.
        var snapshot: [LiveConnection]?
    }

    private struct StoryChannel {
        var slug: Slug
        /// Readers given each frame by the publisher.
        var readers: [Int: Reader] = [:]
        /// Attached connections by event loop, and each one's loop by reader.
        var loops: [ObjectIdentifier: LoopReaders] = [:]
        var attached: [Int: ObjectIdentifier] = [:]
        var lastDelivered: Int64
        var pulling = false
        var dirty = false
        var isEmpty: Bool { readers.isEmpty && attached.isEmpty }
    }

    /// Direct readers written by one task on their loop.
    static let writeBatch = 256

    private let store: any Store
    private let render: Renderer
    private let bufferSize: Int
    private let heartbeat: Duration
    private let logger: Logger
    private var channels: [Int64: StoryChannel] = [:]
    private var storyIDs: [Slug: Int64] = [:]
    private var nextID = 0
    private var readerCount = 0
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
        let id = newID()
        if shuttingDown {
            continuation.finish()
            return (id, stream, currentSequence, continuation)
        }
        let deliveredThrough = add(.stream(continuation), id: id, storyID: storyID, slug: slug, currentSequence: currentSequence)
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(storyID: storyID, id: id) }
        }
        return (id, stream, deliveredThrough, continuation)
    }

    /// Registers a reader whose frames are written straight to `connection`. Frames published
    /// from now on wait until `attach` (the reader replays from the store up to
    /// `deliveredThrough` first). Returns nil when the server is shutting down.
    func subscribe(storyID: Int64, slug: Slug, currentSequence: Int64, connection: LiveConnection)
        -> (id: Int, deliveredThrough: Int64)? {
        guard !shuttingDown else { return nil }
        let id = newID()
        let deliveredThrough = add(.pending(connection, []), id: id, storyID: storyID, slug: slug, currentSequence: currentSequence)
        return (id, deliveredThrough)
    }

    /// The reader has sent everything through `sentThrough`: writes what waited for it (after
    /// that sequence), and from now on writes each frame directly.
    func attach(storyID: Int64, id: Int, sentThrough: Int64) {
        guard case .pending(let connection, let waiting)? = channels[storyID]?.readers[id] else { return }
        let loop = connection.channel.eventLoop
        let metrics = self.metrics
        loop.execute {
            connection.attach(sentThrough: sentThrough)
            for frame in waiting {
                let result = LiveConnection.write(LiveConnection.Frame(frame), to: CollectionOfOne(connection), on: loop)
                if result.written > 0 { metrics.liveDelivered.increment() }
                if result.slow > 0 { metrics.liveDropped.increment() }
            }
        }
        channels[storyID]?.readers[id] = nil
        channels[storyID]?.attached[id] = ObjectIdentifier(loop)
        channels[storyID]?.loops[ObjectIdentifier(loop), default: LoopReaders(loop: loop)].connections[id] = connection
    }

    private func newID() -> Int {
        nextID += 1
        return nextID
    }

    private func add(_ reader: Reader, id: Int, storyID: Int64, slug: Slug, currentSequence: Int64) -> Int64 {
        channels[storyID, default: StoryChannel(slug: slug, lastDelivered: currentSequence)].readers[id] = reader
        storyIDs[slug] = storyID
        readerCount += 1
        metrics.liveConnections.set(Double(readerCount))
        return channels[storyID]!.lastDelivered
    }

    /// The story and last delivered sequence of a story that has readers now; nil otherwise.
    public func position(of slug: Slug) -> Position? {
        guard let storyID = storyIDs[slug], let channel = channels[storyID] else { return nil }
        return Position(storyID: storyID, lastSequence: channel.lastDelivered)
    }

    public func unsubscribe(storyID: Int64, id: Int) {
        if let reader = channels[storyID]?.readers.removeValue(forKey: id) {
            switch reader {
            case .stream(let continuation): continuation.finish()
            case .pending(let connection, _): connection.end()
            }
        } else if let key = channels[storyID]?.attached.removeValue(forKey: id) {
            channels[storyID]?.loops[key]?.connections.removeValue(forKey: id)?.end()
            if channels[storyID]?.loops[key]?.connections.isEmpty == true { channels[storyID]?.loops[key] = nil }
        } else {
            return
        }
        readerCount -= 1
        if channels[storyID]?.isEmpty == true, channels[storyID]?.pulling == false {
            removeChannel(storyID)
        }
        metrics.liveConnections.set(Double(readerCount))
    }

    /// Number of connected readers, all stories together.
    public var subscriberCount: Int { readerCount }

    /// Readers whose frames are written to their connections directly, all stories together.
    var attachedCount: Int { channels.values.reduce(0) { $0 + $1.attached.count } }

    /// Called after a transaction that appended live events to `storyID` committed.
    public func notify(storyID: Int64) async {
        guard var channel = channels[storyID], !channel.isEmpty else { return }
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
        if channels[storyID]?.isEmpty == true { removeChannel(storyID) }
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
        guard let channel = channels[storyID] else { return }
        // Attached connections: one task per event loop writes the frame to all of them.
        // Batches of a few hundred, so other work on the loop (a publish request, new readers)
        // is not held up behind thousands of writes.
        let metrics = self.metrics
        let framed = channel.loops.isEmpty ? nil : LiveConnection.Frame(frame)
        for (key, group) in channel.loops {
            guard let framed else { break }
            let loop = group.loop
            let connections: [LiveConnection]
            if let snapshot = group.snapshot {
                connections = snapshot
            } else {
                connections = Array(group.connections.values)
                channels[storyID]?.loops[key]?.snapshot = connections
            }
            for start in stride(from: 0, to: connections.count, by: Self.writeBatch) {
                let batch = connections[start..<min(start + Self.writeBatch, connections.count)]
                loop.execute {
                    let result = LiveConnection.write(framed, to: batch, on: loop)
                    metrics.liveDelivered.increment(by: Int64(result.written))
                    if result.slow > 0 { metrics.liveDropped.increment(by: Int64(result.slow)) }
                }
            }
        }
        let readersBefore = readerCount
        defer { if readerCount != readersBefore { metrics.liveConnections.set(Double(readerCount)) } }
        for (id, reader) in channel.readers {
            switch reader {
            case .pending(let connection, var waiting):
                if connection.isEnded { continue }
                if waiting.count >= bufferSize {
                    // Too slow to replay: end it; it reconnects and replays from the store.
                    metrics.liveDropped.increment()
                    connection.end()
                    continue
                }
                waiting.append(frame)
                channels[storyID]?.readers[id] = .pending(connection, waiting)
            case .stream(let continuation):
                switch continuation.yield(frame) {
                case .enqueued:
                    metrics.liveDelivered.increment()
                case .dropped:
                    // Too slow: end its stream; it reconnects and replays from the store.
                    metrics.liveDropped.increment()
                    channels[storyID]?.readers[id] = nil
                    readerCount -= 1
                    continuation.finish()
                case .terminated:
                    channels[storyID]?.readers[id] = nil
                    readerCount -= 1
                @unknown default:
                    break
                }
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
            for reader in channel.readers.values {
                switch reader {
                case .stream(let continuation): continuation.finish()
                case .pending(let connection, _): connection.end()
                }
            }
            for group in channel.loops.values {
                for connection in group.connections.values { connection.end() }
            }
        }
        channels.removeAll()
        storyIDs.removeAll()
        readerCount = 0
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
