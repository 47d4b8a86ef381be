import Foundation
import ServiceLifecycle

/// Tells open review queues which incidents changed in this process (`/desk/review/live`).
/// Each subscriber has a small buffer; a slow one misses ids but still learns that something
/// changed, which is all the queue needs (it reloads from the store).
public actor ReviewFeed {
    private var subscribers: [Int: AsyncStream<[String]>.Continuation] = [:]
    private var nextID = 0

    public init() {}

    func subscribe() -> (id: Int, stream: AsyncStream<[String]>) {
        let (stream, continuation) = AsyncStream<[String]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        nextID += 1
        subscribers[nextID] = continuation
        return (nextID, stream)
    }

    func unsubscribe(_ id: Int) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    public func publish(_ ids: [String]) {
        for continuation in subscribers.values { continuation.yield(ids) }
    }

    /// Ends every stream (graceful shutdown, tests).
    public func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}
