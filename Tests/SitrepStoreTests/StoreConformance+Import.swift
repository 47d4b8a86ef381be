import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    private func samplePage(slug: String = "syria-may-5", hash: String = "sha256:aaa", updates: Int = 3) -> StoryImport {
        StoryImport(
            draft: StoryDraft(slug: .valid(slug), title: "Syria, May 5", originalEntry: "Imported lead."),
            updates: (1...updates).map { UpdateDraft(headline: "Entry \($0)", body: "Imported body \($0).", publishedAt: at($0 * 10)) },
            contentHash: hash
        )
    }

    @Test(arguments: StoreBackend.allCases)
    func importing_storesStoryAndUpdatesInPageOrder(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let page = samplePage()

        let outcome = try await store.importStory(page, now: at(100))

        guard case .created(let story, let count) = outcome else {
            Issue.record("expected .created, got \(outcome)")
            return
        }
        #expect(count == 3)
        #expect(story.slug == page.draft.slug)
        #expect(story.lastSequence == 3)
        #expect(story.createdAt == at(100))
        #expect(try await store.story(page.draft.slug) == story)
        let updates = try await store.updates(of: story.slug, afterSequence: 0, limit: 10)
        #expect(updates.map(\.sequence) == [1, 2, 3])
        #expect(updates.map(\.headline) == ["Entry 1", "Entry 2", "Entry 3"])
        #expect(updates.map(\.publishedAt) == [at(10), at(20), at(30)])
        let events = try await store.liveEvents(storyID: story.id, afterSequence: 0, limit: 10)
        #expect(events.map(\.update) == updates)
        #expect(try await store.revisions(of: updates[0].id).map(\.revision) == [1])
        #expect(try await store.search("imported body", limit: 10).count == 3)
        #expect(try await store.search("imported lead", limit: 10).map(\.updateID) == [nil])
    }

    @Test(arguments: StoreBackend.allCases)
    func importingSamePageTwice_returnsUnchanged_andWritesNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        guard case .created(let story, _) = try await store.importStory(samplePage(), now: at(100)) else {
            Issue.record("first import did not create")
            return
        }

        let second = try await store.importStory(samplePage(), now: at(200))

        #expect(second == .unchanged(story))
        #expect(try await store.story(story.slug) == story)
        #expect(try await store.updateCount(of: story.slug) == 3)
        #expect(try await store.stories(limit: 10, offset: 0).count == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func importingOntoTakenSlug_throwsConflict_andChangesNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let existing = try await store.createStory(.sample("syria-may-5", title: "Hand-made"), now: at(0))
        _ = try await store.importStory(samplePage(slug: "other-page", hash: "sha256:bbb"), now: at(1))

        await expectStoreError(.conflict) { _ = try await store.importStory(samplePage(hash: "sha256:ccc"), now: at(2)) }
        // A changed page (new hash) under an imported slug is a conflict too.
        await expectStoreError(.conflict) {
            _ = try await store.importStory(samplePage(slug: "other-page", hash: "sha256:ddd"), now: at(3))
        }

        #expect(try await store.story(existing.slug) == existing)
        #expect(try await store.updateCount(of: existing.slug) == 0)
        #expect(try await store.updateCount(of: .valid("other-page")) == 3)
        #expect(try await store.search("imported", limit: 20).count == 4)
    }

    @Test(arguments: StoreBackend.allCases)
    func publishingAfterImport_continuesTheSequence(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await store.importStory(samplePage(), now: at(100))

        let event = try await store.publishUpdate(to: .valid("syria-may-5"), .sample("live again"), now: at(101))

        #expect(event.sequence == 4)
    }

    @Test(arguments: StoreBackend.allCases)
    func importingABigPage_storesEveryRevisionAndLogEntry(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        // More updates than PostgreSQL's insert takes in one statement (2,307 at 13 values each).
        let count = 2_500
        let page = StoryImport(
            draft: .sample("big-page", title: "Big page"),
            updates: (1...count).map {
                UpdateDraft(headline: $0.isMultiple(of: 2) ? "Head \($0)" : nil, body: "Body \($0).", publishedAt: at($0),
                            author: $0.isMultiple(of: 3) ? "desk" : nil)
            },
            contentHash: "sha256:big"
        )

        guard case .created(let story, let stored) = try await store.importStory(page, now: at(0)) else {
            Issue.record("the page was not created")
            return
        }
        try await store.syncImports()

        #expect(stored == count)
        #expect(try await store.updateCount(of: story.slug) == count)
        let events = try await store.liveEvents(storyID: story.id, afterSequence: 2_300, limit: 20)
        #expect(events.map(\.sequence) == Array(2_301...2_320))
        #expect(events.allSatisfy { $0.kind == .update && $0.update.body == "Body \($0.sequence)." })
        for event in events {
            let revisions = try await store.revisions(of: event.update.id)
            #expect(revisions.map(\.revision) == [1])
            #expect(revisions.first?.headline == (event.sequence.isMultiple(of: 2) ? "Head \(event.sequence)" : nil))
            #expect(revisions.first?.editor == (event.sequence.isMultiple(of: 3) ? "desk" : nil))
            #expect(revisions.first?.editedAt == at(Int(event.sequence)))
        }
        #expect(try await store.search("head 2308", limit: 5).count == 1)
    }

    /// Not a gate: prints throughput. Run with `SITREP_BENCH=1 swift test --filter importBenchmark`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITREP_BENCH"] != nil), arguments: StoreBackend.allCases)
    func importBenchmark_100kUpdates(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let count = 100_000
        let body = "Activists said at least 30 people were killed when jets struck a camp near Sarmada, Idlib. "
        let page = StoryImport(
            draft: .sample("big-page", title: "Big page"),
            updates: (0..<count).map {
                UpdateDraft(headline: $0.isMultiple(of: 10) ? "Section \($0)" : nil, body: body + "Entry \($0).",
                            publishedAt: at($0), author: "desk")
            },
            contentHash: "sha256:big"
        )

        let clock = ContinuousClock()
        let elapsed = try await clock.measure { _ = try await store.importStory(page, now: at(0)) }

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("import \(backend): \(count) updates in \(seconds)s = \(Int(Double(count) / seconds)) updates/s")
        #expect(try await store.updateCount(of: .valid("big-page")) == count)
    }
}
