import Foundation
import SitrepModel
import SitrepStore
import Testing

/// What only the on-disk SQLite store does: persisting across opens.
@Suite(.scratchDirectory) struct SQLiteStoreFileTests {
    @Test func reopeningDatabaseFile_keepsEverything_andDoesNotRemigrate() async throws {
        let path = try ScratchDirectory.file("desk.sqlite")
        let story: Story
        let event: LiveEvent
        do {
            let store = try SQLiteStore(path: path)
            story = try await store.createStory(.sample(), now: at(0))
            event = try await store.publishUpdate(to: story.slug, .sample("persisted"), now: at(1))
        }

        let reopened = try SQLiteStore(path: path)

        #expect(try await reopened.story(story.slug)?.lastSequence == 1)
        #expect(try await reopened.liveEvents(storyID: story.id, afterSequence: 0, limit: 10) == [event])
        #expect(try await reopened.search("persisted", limit: 5).map(\.updateID) == [event.update.id])
        #expect(try await reopened.publishUpdate(to: story.slug, .sample("next"), now: at(2)).sequence == 2)
    }

    @Test func openingPathInMissingDirectory_throwsUnavailable() {
        let error = #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: "/nonexistent-sitrep-dir/x/desk.sqlite")
        }
        #expect(error?.code == .unavailable)
    }
}
