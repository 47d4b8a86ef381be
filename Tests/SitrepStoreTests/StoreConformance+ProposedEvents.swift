import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    @Test(arguments: StoreBackend.allCases)
    func replacingProposedEvents_replacesThePreviousList_keepingOrder(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let first = try await store.publishUpdate(to: story.slug, .sample("one"), now: at(1)).update
        let second = try await store.publishUpdate(to: story.slug, .sample("two"), now: at(2)).update
        let strike = ProposedEvent(summary: "Airstrike · Sarmada, Idlib · 30+ killed", payload: #"{"kind":"airstrike"}"#)
        let shelling = ProposedEvent(summary: "Shelling · Aleppo", payload: #"{"kind":"shelling"}"#)
        let protest = ProposedEvent(summary: "Protest · Kafranbel", payload: #"{"kind":"protest"}"#)

        try await store.replaceProposedEvents(for: first.id, [strike, shelling])
        try await store.replaceProposedEvents(for: second.id, [shelling])
        try await store.replaceProposedEvents(for: first.id, [protest, strike])

        #expect(try await store.proposedEvents(storyID: story.id) == [first.id: [protest, strike], second.id: [shelling]])
        #expect(try await store.proposedEvents(updateID: first.id) == [protest, strike])
        #expect(try await store.proposedEvents(updateID: second.id) == [shelling])

        try await store.replaceProposedEvents(for: second.id, [])

        #expect(try await store.proposedEvents(storyID: story.id) == [first.id: [protest, strike]])
    }

    @Test(arguments: StoreBackend.allCases)
    func proposedEvents_stayInTheirStory_andLeaveOutDeletedUpdates(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample(), now: at(0))
        let other = try await store.createStory(.sample("other-story"), now: at(0))
        let kept = try await store.publishUpdate(to: story.slug, .sample("kept"), now: at(1)).update
        let gone = try await store.publishUpdate(to: story.slug, .sample("gone"), now: at(2)).update
        let elsewhere = try await store.publishUpdate(to: other.slug, .sample("elsewhere"), now: at(3)).update
        let event = ProposedEvent(summary: "Airstrike", payload: "{}")
        for id in [kept.id, gone.id, elsewhere.id] {
            try await store.replaceProposedEvents(for: id, [event])
        }

        _ = try await store.deleteUpdate(id: gone.id, now: at(4))

        #expect(try await store.proposedEvents(storyID: story.id) == [kept.id: [event]])
        #expect(try await store.proposedEvents(storyID: other.id) == [elsewhere.id: [event]])
        #expect(try await store.proposedEvents(storyID: 999).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func replacingProposedEventsOfUnknownUpdate_throwsNotFound(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        await expectStoreError(.notFound) {
            try await store.replaceProposedEvents(for: "u-0000000000000000", [ProposedEvent(summary: "s", payload: "{}")])
        }
    }
}
