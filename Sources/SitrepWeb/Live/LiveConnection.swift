import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import Synchronization

/// A reader's connection that the publisher writes frames to directly, on the connection's own
/// event loop: no task of the reader's runs per frame, no hand-off through the response writer.
///
/// The reader's request handler writes the response head and the replay through the response
/// writer, then hands the connection to the publisher (`LivePublisher.attach`) and waits in
/// `waitUntilEnded()`. The connection ends when the client goes away, when it is too slow to
/// drain what it was sent (its channel stays unwritable: it reconnects and replays from the
/// store), or when the server shuts down; the handler then finishes the response.
///
/// The response is chunked (an SSE response has no length, and the HTTP/1 encoder frames it as
/// chunks), so once attached a frame is written as one pre-framed chunk, built once for all the
/// readers, at the encoder's place in the pipeline: one write per reader, where the response
/// part took three through the encoders. A pipeline without that encoder gets response parts.
final class LiveConnection: Sendable {
    let channel: any Channel
    private let ended = Atomic<Bool>(false)
    /// The last sequence this connection was sent before it was attached: its replay can run
    /// ahead of the publisher, whose frames up to here it must not get again.
    private let sentThrough = Atomic<Int64>(0)
    private let waiter = Mutex<CheckedContinuation<Void, Never>?>(nil)
    /// The HTTP/1 response encoder's context, found on the loop when the reader is attached.
    private let encoder: NIOLoopBoundBox<ChannelHandlerContext?>

    /// NIO's default: what the connection goes back to when the stream ends (keep-alive).
    static let defaultWaterMark = ChannelOptions.Types.WriteBufferWaterMark(low: 32 * 1024, high: 64 * 1024)

    /// Frames may wait in the connection's outbound buffer up to `highWater` bytes (beyond what
    /// the kernel's socket buffer holds) before the reader counts as too slow. `channel` must be
    /// an HTTP/1 connection's (`isHTTP1`).
    init(channel: any Channel, highWater: Int) {
        self.channel = channel
        self.encoder = .makeEmptyBox(valueType: ChannelHandlerContext.self, eventLoop: channel.eventLoop)
        // (one callback per stream on a keep-alive connection; it holds the connection weakly)
        channel.closeFuture.whenComplete { [weak self] _ in self?.end() }
        let mark = ChannelOptions.Types.WriteBufferWaterMark(low: max(1, highWater / 2), high: max(2, highWater))
        _ = channel.setOption(ChannelOptions.writeBufferWaterMark, value: mark)
    }

    /// Whether `channel` is an HTTP/1 connection's (its pipeline has the response encoder this
    /// writes at): not an HTTP/2 stream's, which has neither the encoder nor water marks.
    static func isHTTP1(_ channel: any Channel) async -> Bool {
        (try? await channel.pipeline.handler(type: HTTPResponseEncoder.self).get()) != nil
    }

    /// Gives the connection back its usual buffer limit, after the stream's response ended.
    func restoreWaterMark() async {
        try? await channel.setOption(ChannelOptions.writeBufferWaterMark, value: Self.defaultWaterMark).get()
    }

    var isEnded: Bool { ended.load(ordering: .acquiring) }

    /// Ends the connection's stream; the waiting handler resumes. Idempotent.
    func end() {
        guard ended.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        waiter.withLock { waiter -> CheckedContinuation<Void, Never>? in
            defer { waiter = nil }
            return waiter
        }?.resume()
    }

    /// Returns when the stream has ended (at once if it already has), or the task is cancelled
    /// (which ends it).
    func waitUntilEnded() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                // `end()` sets the flag before it looks for a waiter, under the same lock as this
                let endedAlready = waiter.withLock { waiter -> Bool in
                    if ended.load(ordering: .acquiring) { return true }
                    waiter = continuation
                    return false
                }
                if endedAlready { continuation.resume() }
            }
        } onCancel: {
            end()
        }
    }

    /// On the connection's loop, once its response head and replay are written: from now on
    /// frames go in at the HTTP/1 encoder as pre-framed chunks.
    func attach(sentThrough: Int64) {
        self.sentThrough.store(sentThrough, ordering: .releasing)
        encoder.value = try? channel.pipeline.syncOperations.context(handlerType: HTTPResponseEncoder.self)
    }

    /// Whether frames go in as pre-framed chunks (on the connection's loop, after `attach`).
    var writesChunks: Bool { encoder.value != nil }

    /// One SSE frame as a chunk of a chunked HTTP/1 body: size in hex, CRLF, the bytes, CRLF.
    struct Frame: Sendable {
        /// nil for a heartbeat.
        var sequence: Int64?
        var bytes: ByteBuffer
        var chunk: ByteBuffer

        init(_ frame: LiveFrame) {
            let bytes = frame.bytes
            self.sequence = frame.sequence
            self.bytes = bytes
            var chunk = ByteBuffer()
            chunk.reserveCapacity(bytes.readableBytes + 12)
            chunk.writeString(String(bytes.readableBytes, radix: 16))
            chunk.writeStaticString("\r\n")
            chunk.writeImmutableBuffer(bytes)
            chunk.writeStaticString("\r\n")
            self.chunk = chunk
        }
    }

    /// Writes `frame` to every connection of `connections` that is still open, on `loop`, which
    /// must be all of their event loop. A connection whose buffer is full is ended and closed
    /// (a client that stopped reading would hold its response open forever: the stream's end
    /// could never be written); it reconnects with its `Last-Event-ID` and replays from the
    /// store. Returns how many were written and how many were ended as too slow. An empty
    /// frame is written to none (as a chunk it would end the response).
    static func write(_ frame: Frame, to connections: some Collection<LiveConnection>, on loop: any EventLoop)
        -> (written: Int, slow: Int) {
        loop.preconditionInEventLoop()
        var written = 0
        var slow = 0
        guard frame.bytes.readableBytes > 0 else { return (0, 0) }
        let part = HTTPResponsePart.body(frame.bytes)
        let chunk = IOData.byteBuffer(frame.chunk)
        for connection in connections where !connection.isEnded {
            if let sequence = frame.sequence, sequence <= connection.sentThrough.load(ordering: .acquiring) { continue }
            let channel = connection.channel
            guard channel.isActive else {
                connection.end()
                continue
            }
            guard channel.isWritable else {
                connection.end()
                channel.close(promise: nil)
                slow += 1
                continue
            }
            if let encoder = connection.encoder.value {
                encoder.writeAndFlush(NIOAny(chunk), promise: nil)
            } else {
                channel.write(part, promise: nil)
                channel.flush()
            }
            written += 1
        }
        return (written, slow)
    }
}
