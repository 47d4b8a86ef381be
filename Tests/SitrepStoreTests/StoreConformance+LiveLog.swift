import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    @Test(arguments: StoreBackend.allCases)
    func replayingLiveLog_returnsEachEventWithTheRevisionItProduced(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let published = try await store.publishUpdate(to: story.slug, .sample("v1", headline: "H1", at: 1), now: at(1))
        let id = published.update.id
        let edit1 = try await store.editUpdate(id: id, UpdatePatch(body: "v2"), editor: "a", now: at(2))
        let other = try await store.publishUpdate(to: story.slug, .sample("other", at: 3), now: at(3))
        let edit2 = try await store.editUpdate(id: id, UpdatePatch(headline: "H3", pinned: true), editor: "b", now: at(4))
        let deleted = try await store.deleteUpdate(id: id, now: at(5))

        let replay = try await store.liveEvents(storyID: story.id, afterSequence: 0, limit: 100)

        #expect(replay == [published, edit1, other, edit2, deleted])
        #expect(replay.map(\.update.body) == ["v1", "v2", "other", "v2", "v2"])
        #expect(replay.map(\.update.revision) == [1, 2, 1, 3, 3])
        #expect(replay.map(\.update.editedAt) == [nil, at(2), nil, at(4), at(4)])
        #expect(replay.map(\.update.deletedAt) == [nil, nil, nil, nil, at(5)])
        #expect(replay.map(\.update.sequence) == [1, 1, 3, 1, 1])
    }

    @Test(arguments: StoreBackend.allCases)
    func liveEvents_startAfterSequence_respectLimit_andStayInTheirStory(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let other = try await store.createStory(.sample("other-story"), now: at(0))
        for index in 1...4 {
            _ = try await store.publishUpdate(to: story.slug, .sample("s\(index)"), now: at(index))
            _ = try await store.publishUpdate(to: other.slug, .sample("o\(index)"), now: at(index))
        }

        let events = try await store.liveEvents(storyID: story.id, afterSequence: 1, limit: 2)

        #expect(events.map(\.sequence) == [2, 3])
        #expect(events.map(\.update.body) == ["s2", "s3"])
        #expect(events.allSatisfy { $0.storyID == story.id && $0.kind == .update })
        #expect(try await store.liveEvents(storyID: story.id, afterSequence: 4, limit: 10).isEmpty)
        #expect(try await store.liveEvents(storyID: 999, afterSequence: 0, limit: 10).isEmpty)
    }
}
