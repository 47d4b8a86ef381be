import Foundation
import Logging
import ServiceLifecycle
import SitrepModel
import SitrepStore

/// Brings what other instances commit to this one: a grown live log wakes the story's readers
/// (the publisher pulls the new events from the store in sequence order), a written incident
/// reaches the review queue and the explorer's live readers, and any change empties the page
/// cache. On `.resync` (the watch started or reconnected) every story with readers is pulled, so
/// a notification lost meanwhile costs nothing. With SQLite there is nothing to watch.
public struct StoreWatcher: Service {
    let store: any Store
    let publisher: LivePublisher
    let feed: RecordFeed
    let changed: @Sendable () -> Void
    let logger: Logger

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            try await store.watch { signal in await handle(signal) }
            // a backend without other writers returns at once: stay until shutdown, as a service must
            try await gracefulShutdown()
        }
    }

    func handle(_ signal: StoreSignal) async {
        changed()
        switch signal {
        case let .liveLog(storyID, _):
            await publisher.notify(storyID: storyID)
        case let .incident(id, isPublic):
            await feed.publish([RecordFeed.Change(id: id, isPublic: isPublic)])
        case .resync:
            await publisher.notifyAll()
        }
    }
}
