import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    // MARK: - Creating and reading

    @Test(arguments: StoreBackend.allCases)
    func creatingStory_storesEveryField_readableBySlugAndID(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let draft = StoryDraft(
            slug: .valid("syria-may-5"), title: "Syria, May 5", summary: "Camp strike near Sarmada.",
            status: .ended, coverageStart: at(0), coverageEnd: at(1_439),
            leadPhoto: Photo(url: "https://example.org/p.jpg", caption: "SARMADA STRIKE 05-05-16", credit: "LCC"),
            originalEntry: "Activists say **30+** were killed.", tags: ["syria", "idlib"], region: "Idlib",
            seeAlso: [Link(title: "Syria, May 4", url: "/syria-may-4")], features: [Link(title: "Op-ed")],
            timeZone: "Europe/London"
        )

        let created = try await store.createStory(draft, now: at(5))

        #expect(created.id > 0)
        #expect(created == Story(
            id: created.id, slug: draft.slug, title: draft.title, summary: draft.summary, status: .ended,
            coverageStart: at(0), coverageEnd: at(1_439), leadPhoto: draft.leadPhoto,
            originalEntry: draft.originalEntry, tags: ["syria", "idlib"], region: "Idlib", seeAlso: draft.seeAlso,
            features: draft.features, timeZone: "Europe/London", createdAt: at(5), updatedAt: at(5), lastSequence: 0
        ))
        #expect(try await store.story(draft.slug) == created)
        #expect(try await store.story(id: created.id) == created)
    }

    @Test(arguments: StoreBackend.allCases)
    func lookingUpUnknownStory_returnsNil(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        #expect(try await store.story(.valid("nothing-here")) == nil)
        #expect(try await store.story(id: 42) == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func datesWithMilliseconds_roundTripToTheMillisecond(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let now = Date(timeIntervalSince1970: 1_462_406_400.123)

        let created = try await store.createStory(.sample(), now: now)

        let read = try #require(try await store.story(created.slug))
        #expect(abs(read.createdAt.timeIntervalSince(now)) < 0.0005)
        #expect(read.createdAt == created.createdAt)
    }

    @Test(arguments: StoreBackend.allCases)
    func creatingStoryWithTakenSlug_throwsConflict_andChangesNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let first = try await store.createStory(.sample("syria-may-5", title: "First"), now: at(0))

        await expectStoreError(.conflict) {
            _ = try await store.createStory(.sample("syria-may-5", title: "Second"), now: at(1))
        }

        #expect(try await store.story(first.slug) == first)
        #expect(try await store.stories(limit: 10, offset: 0).map(\.story) == [first])
        #expect(try await store.search("Second", limit: 10).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func creatingStoryWithBlankTitleOrUnknownTimeZone_throwsInvalid(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        await expectStoreError(.invalid) { _ = try await store.createStory(.sample(title: "  "), now: at(0)) }
        var draft = StoryDraft.sample()
        draft.timeZone = "Mars/Olympus"
        await expectStoreError(.invalid) { _ = try await store.createStory(draft, now: at(0)) }
        #expect(try await store.stories(limit: 10, offset: 0).isEmpty)
    }

    // MARK: - Updating

    @Test(arguments: StoreBackend.allCases)
    func updatingStory_changesOnlyGivenFields_andBumpsUpdatedAt(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let created = try await store.createStory(.sample(), now: at(0))

        let updated = try await store.updateStory(
            created.slug, StoryPatch(title: "Syria, May 5: 30+ Killed", status: .ended, tags: ["camps"]), now: at(30)
        )

        var expected = created
        expected.title = "Syria, May 5: 30+ Killed"
        expected.status = .ended
        expected.tags = ["camps"]
        expected.updatedAt = at(30)
        #expect(updated == expected)
        #expect(try await store.story(created.slug) == expected)
        #expect(try await store.search("killed", limit: 5).map(\.story.id) == [created.id])
        #expect(try await store.search("airstrike", limit: 5).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func updatingUnknownStory_throwsNotFound(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        await expectStoreError(.notFound) {
            _ = try await store.updateStory(.valid("nope"), StoryPatch(title: "X"), now: at(0))
        }
    }

    // MARK: - Front page

    @Test(arguments: StoreBackend.allCases)
    func listingStories_ordersByLatestActivity_withNewestVisibleUpdateAndCount(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let a = try await store.createStory(.sample("story-a", title: "A"), now: at(0))
        let b = try await store.createStory(.sample("story-b", title: "B"), now: at(1))
        let c = try await store.createStory(.sample("story-c", title: "C"), now: at(2))
        let a1 = try await store.publishUpdate(to: a.slug, .sample("a one", at: 3), now: at(3)).update
        let b1 = try await store.publishUpdate(to: b.slug, .sample("b one", at: 4), now: at(4)).update
        let b2 = try await store.publishUpdate(to: b.slug, .sample("b two", at: 5), now: at(5)).update
        _ = try await store.deleteUpdate(id: b2.id, now: at(6))

        let page = try await store.stories(limit: 10, offset: 0)

        #expect(page.map(\.story.title) == ["B", "A", "C"])
        #expect(page.map(\.latest) == [b1, a1, nil])
        #expect(page.map(\.updateCount) == [1, 1, 0])
        #expect(page[0].story.updatedAt == at(6))
        #expect(page[0].story.lastSequence == 3)
        #expect(try await store.stories(limit: 2, offset: 1).map(\.story.id) == [a.id, c.id])
        #expect(try await store.stories(limit: 0, offset: 0).isEmpty)
    }
}
