import Foundation
import SitrepModel
@testable import SitrepStore
import Testing

/// What only the SQLite store does: persisting across opens, injected update ids.
@Suite(.scratchDirectory) struct SQLiteStoreTests {
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
        #expect(FileManager.default.fileExists(atPath: path + "-wal"), "journal mode is WAL")
    }

    @Test(arguments: [("[]", []), ("[40]", [40]), ("[3,12,7]", [3, 12, 7]), ("[ 1, 2 ]", [1, 2])] as [(String, [Int64])])
    func storyIDs_readTheDocumentsArrayAsJSONExtractWritesIt(json: String, ids: [Int64]) throws {
        #expect(try IncidentConditions.storyIDs(json) == ids)
    }

    @Test func storyIDs_refuseWhatIsNotAnArrayOfIDs() {
        for bad in ["", "40", "[a]", "[1,,2]", "{}"] { #expect(throws: StoreError.self) { try IncidentConditions.storyIDs(bad) } }
    }

    @Test func openingPathInMissingDirectory_throwsUnavailable() {
        let error = #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: "/nonexistent-sitrep-dir/x/desk.sqlite")
        }
        #expect(error?.code == .unavailable)
    }

    @Test func injectedSequentialIDs_nameUpdatesInCreationOrder() async throws {
        let store = try SQLiteStore.inMemory(updateIDs: .sequential())
        let story = try await store.createStory(.sample(), now: at(0))

        let first = try await store.publishUpdate(to: story.slug, .sample("one"), now: at(1))
        _ = try await store.importStory(
            StoryImport(draft: .sample("imported"), updates: [.sample("a"), .sample("b")], contentHash: "h"), now: at(2)
        )
        let last = try await store.publishUpdate(to: story.slug, .sample("two"), now: at(3))

        #expect(first.update.id == "u-0000000000000001")
        #expect(try await store.updates(of: .valid("imported"), afterSequence: 0, limit: 5).map(\.id)
            == ["u-0000000000000002", "u-0000000000000003"])
        #expect(last.update.id == "u-0000000000000004")
    }

    @Test func repeatedInjectedID_failsThePublishWithConflict_andChangesNothing() async throws {
        let store = try SQLiteStore.inMemory(updateIDs: UpdateIDGenerator { "u-00000000000000aa" })
        let story = try await store.createStory(.sample(), now: at(0))
        _ = try await store.publishUpdate(to: story.slug, .sample("one"), now: at(1))

        await expectStoreError(.conflict) { _ = try await store.publishUpdate(to: story.slug, .sample("two"), now: at(2)) }

        #expect(try await store.story(story.slug)?.lastSequence == 1)
        #expect(try await store.liveEvents(storyID: story.id, afterSequence: 0, limit: 10).count == 1)
    }
}
