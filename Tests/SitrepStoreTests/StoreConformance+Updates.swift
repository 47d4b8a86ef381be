import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    // MARK: - Publishing

    @Test(arguments: StoreBackend.allCases)
    func publishing_assignsSequenceOne_storesRevisionOne_andBumpsStory(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let draft = UpdateDraft(
            headline: "Airstrike on camp", body: "At least 30 killed.", kind: .section, keyEvent: true, pinned: true,
            publishedAt: at(10), photos: [Photo(caption: "SARMADA STRIKE 05-05-16")],
            videos: [Link(title: "Aftermath", url: "https://example.org/v")], author: "jb"
        )

        let event = try await store.publishUpdate(to: story.slug, draft, now: at(11))

        let update = event.update
        #expect(event.kind == .update)
        #expect(event.sequence == 1)
        #expect(event.storyID == story.id)
        #expect(update.id.wholeMatch(of: /u-[0-9a-f]{16}/) != nil)
        #expect(update == Update(
            id: update.id, storyID: story.id, sequence: 1, publishedAt: at(10), headline: "Airstrike on camp",
            body: "At least 30 killed.", kind: .section, keyEvent: true, pinned: true, photos: draft.photos,
            videos: draft.videos, author: "jb", revision: 1, editedAt: nil, deletedAt: nil
        ))
        #expect(try await store.update(id: update.id) == update)
        #expect(try await store.revisions(of: update.id) == [UpdateRevision(
            updateID: update.id, revision: 1, headline: "Airstrike on camp", body: "At least 30 killed.",
            keyEvent: true, pinned: true, photos: draft.photos, editedAt: at(10), editor: "jb"
        )])
        let after = try #require(try await store.story(story.slug))
        #expect(after.lastSequence == 1)
        #expect(after.updatedAt == at(11))
    }

    @Test(arguments: StoreBackend.allCases)
    func publishingWithoutDate_usesNow(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let event = try await store.publishUpdate(to: story.slug, UpdateDraft(body: "Now."), now: at(7))
        #expect(event.update.publishedAt == at(7))
    }

    @Test(arguments: StoreBackend.allCases)
    func publishingToUnknownStory_throwsNotFound(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        await expectStoreError(.notFound) {
            _ = try await store.publishUpdate(to: .valid("nope"), .sample("x"), now: at(0))
        }
    }

    // MARK: - Sequences

    @Test(arguments: StoreBackend.allCases)
    func publishingThenEditing_assignsNextSequence_keepingIDAndPublishSequence(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let first = try await store.publishUpdate(to: story.slug, .sample("first", headline: "One", at: 1), now: at(1))
        _ = try await store.publishUpdate(to: story.slug, .sample("second", at: 2), now: at(2))

        let edit = try await store.editUpdate(
            id: first.update.id, UpdatePatch(body: "first, corrected", keyEvent: true), editor: "desk", now: at(3)
        )

        #expect(edit.kind == .edit)
        #expect(edit.sequence == 3)
        var expected = first.update
        expected.body = "first, corrected"
        expected.keyEvent = true
        expected.revision = 2
        expected.editedAt = at(3)
        #expect(edit.update == expected)
        #expect(try await store.update(id: first.update.id) == expected)
        #expect(try await store.revisions(of: first.update.id).map(\.body) == ["first", "first, corrected"])
        #expect(try await store.revisions(of: first.update.id).last == UpdateRevision(
            updateID: first.update.id, revision: 2, headline: "One", body: "first, corrected", keyEvent: true,
            pinned: false, photos: [], editedAt: at(3), editor: "desk"
        ))
        #expect(try await store.story(story.slug)?.updatedAt == at(3))
    }

    @Test(arguments: StoreBackend.allCases)
    func sequences_areMonotonicAcrossPublishEditDelete_andNeverReused(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let other = try await store.createStory(.sample("other-story"), now: at(0))

        let published = try await store.publishUpdate(to: story.slug, .sample("a"), now: at(1))
        let otherPublished = try await store.publishUpdate(to: other.slug, .sample("elsewhere"), now: at(1))
        let edited = try await store.editUpdate(id: published.update.id, UpdatePatch(body: "a2"), editor: nil, now: at(2))
        let deleted = try await store.deleteUpdate(id: published.update.id, now: at(3))
        let republished = try await store.publishUpdate(to: story.slug, .sample("b"), now: at(4))

        #expect([published, edited, deleted, republished].map(\.sequence) == [1, 2, 3, 4])
        #expect(otherPublished.sequence == 1)
        #expect(republished.update.sequence == 4)
        #expect(try await store.story(story.slug)?.lastSequence == 4)
        #expect(try await store.story(other.slug)?.lastSequence == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func concurrentPublishes_onOneStory_getDistinctConsecutiveSequences(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))

        let sequences = try await withThrowingTaskGroup(of: Int64.self) { group in
            for index in 0..<20 {
                group.addTask { try await store.publishUpdate(to: story.slug, .sample("u\(index)"), now: at(1)).sequence }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        #expect(sequences.sorted() == Array(1...20))
        #expect(try await store.story(story.slug)?.lastSequence == 20)
        #expect(try await store.updateCount(of: story.slug) == 20)
    }

    // MARK: - Editing

    @Test(arguments: StoreBackend.allCases)
    func editingWithEmptyHeadline_removesHeadline(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let published = try await store.publishUpdate(to: story.slug, .sample("b", headline: "H"), now: at(1))

        let edit = try await store.editUpdate(id: published.update.id, UpdatePatch(headline: ""), editor: nil, now: at(2))

        #expect(edit.update.headline == nil)
        #expect(edit.update.body == "b")
    }

    @Test(arguments: StoreBackend.allCases)
    func editingWithEmptyPatch_throwsInvalid_andLogsNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let published = try await store.publishUpdate(to: story.slug, .sample("b"), now: at(1))

        await expectStoreError(.invalid) {
            _ = try await store.editUpdate(id: published.update.id, UpdatePatch(), editor: nil, now: at(2))
        }

        #expect(try await store.update(id: published.update.id) == published.update)
        #expect(try await store.story(story.slug)?.lastSequence == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func editingOrDeletingUnknownOrDeletedUpdate_throwsNotFound(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let published = try await store.publishUpdate(to: story.slug, .sample("b"), now: at(1))
        _ = try await store.deleteUpdate(id: published.update.id, now: at(2))

        await expectStoreError(.notFound) { _ = try await store.deleteUpdate(id: published.update.id, now: at(3)) }
        await expectStoreError(.notFound) {
            _ = try await store.editUpdate(id: published.update.id, UpdatePatch(body: "x"), editor: nil, now: at(3))
        }
        await expectStoreError(.notFound) { _ = try await store.deleteUpdate(id: "u-0000000000000000", now: at(3)) }
        #expect(try await store.story(story.slug)?.lastSequence == 2)
    }

    // MARK: - Deleting

    @Test(arguments: StoreBackend.allCases)
    func deleting_leavesTombstone_hiddenFromListsAndCount(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let kept = try await store.publishUpdate(to: story.slug, .sample("kept", at: 1), now: at(1)).update
        let gone = try await store.publishUpdate(to: story.slug, .sample("gone", at: 2), now: at(2)).update

        let event = try await store.deleteUpdate(id: gone.id, now: at(5))

        var tombstone = gone
        tombstone.deletedAt = at(5)
        #expect(event.kind == .delete)
        #expect(event.sequence == 3)
        #expect(event.update == tombstone)
        #expect(try await store.update(id: gone.id) == tombstone)
        #expect(try await store.updates(of: story.slug, olderThan: nil, limit: 10) == [kept])
        #expect(try await store.updates(of: story.slug, afterSequence: 0, limit: 10) == [kept])
        #expect(try await store.updateCount(of: story.slug) == 1)
        #expect(try await store.revisions(of: gone.id).count == 1)
    }

    // MARK: - Paging

    @Test(arguments: StoreBackend.allCases)
    func pagingNewestFirst_returnsUpdatesBeforeSequence(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        for index in 1...5 {
            _ = try await store.publishUpdate(to: story.slug, .sample("u\(index)", at: index), now: at(index))
        }

        let first = try await store.updates(of: story.slug, olderThan: nil, limit: 2)
        let second = try await store.updates(of: story.slug, olderThan: 4, limit: 2)
        let last = try await store.updates(of: story.slug, olderThan: 2, limit: 2)

        #expect(first.map(\.body) == ["u5", "u4"])
        #expect(second.map(\.body) == ["u3", "u2"])
        #expect(last.map(\.body) == ["u1"])
        #expect(try await store.updates(of: story.slug, olderThan: 1, limit: 2).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func pagingNewestFirst_ordersByPublicationTimeThenSequence(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        _ = try await store.publishUpdate(to: story.slug, .sample("late", at: 60), now: at(60))
        _ = try await store.publishUpdate(to: story.slug, .sample("backdated", at: 30), now: at(61))
        _ = try await store.publishUpdate(to: story.slug, .sample("same time", at: 60), now: at(62))

        let updates = try await store.updates(of: story.slug, olderThan: nil, limit: 10)

        #expect(updates.map(\.body) == ["same time", "late", "backdated"])
    }

    @Test(arguments: StoreBackend.allCases)
    func pagingNewestFirst_neverSkipsBackdatedUpdates(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        _ = try await store.publishUpdate(to: story.slug, .sample("u1", at: 60), now: at(60))
        _ = try await store.publishUpdate(to: story.slug, .sample("u2 backdated", at: 30), now: at(61))
        _ = try await store.publishUpdate(to: story.slug, .sample("u3", at: 90), now: at(62))
        _ = try await store.publishUpdate(to: story.slug, .sample("u4 same time", at: 60), now: at(63))

        var seen: [String] = []
        var cursor: Int64?
        for _ in 0..<10 {
            let page = try await store.updates(of: story.slug, olderThan: cursor, limit: 1)
            guard let last = page.last else { break }
            seen += page.map(\.body)
            cursor = last.sequence
        }

        #expect(seen == ["u3", "u4 same time", "u1", "u2 backdated"])
    }

    @Test(arguments: StoreBackend.allCases)
    func pagingOldestFirst_returnsUpdatesAfterSequence(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        for index in 1...5 {
            _ = try await store.publishUpdate(to: story.slug, .sample("u\(index)", at: 10 - index), now: at(index))
        }

        #expect(try await store.updates(of: story.slug, afterSequence: 0, limit: 2).map(\.sequence) == [1, 2])
        #expect(try await store.updates(of: story.slug, afterSequence: 2, limit: 2).map(\.sequence) == [3, 4])
        #expect(try await store.updates(of: story.slug, afterSequence: 4, limit: 2).map(\.sequence) == [5])
        #expect(try await store.updates(of: story.slug, afterSequence: 5, limit: 2).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func readingUnknownStoryOrUpdate_returnsNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        #expect(try await store.update(id: "u-0123456789abcdef") == nil)
        #expect(try await store.revisions(of: "u-0123456789abcdef").isEmpty)
        #expect(try await store.updates(of: .valid("nope"), olderThan: nil, limit: 5).isEmpty)
        #expect(try await store.updates(of: .valid("nope"), afterSequence: 0, limit: 5).isEmpty)
        #expect(try await store.updateCount(of: .valid("nope")) == 0)
    }
}
