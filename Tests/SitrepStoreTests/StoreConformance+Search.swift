import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    /// A story about the Sarmada camp strike with two updates, for search tests.
    private func seedSarmada(_ store: any Store) async throws -> (story: Story, strike: Update, weather: Update) {
        let story = try await store.createStory(
            StoryDraft(slug: .valid("syria-may-5"), title: "Syria, May 5", summary: "Northern Syria live.",
                       originalEntry: "Coverage of Idlib province."),
            now: at(0)
        )
        let strike = try await store.publishUpdate(
            to: story.slug,
            .sample("Activists said at least 30 people were killed when jets struck a camp near Sarmada.",
                    headline: "Airstrike on displaced persons' camp", at: 1),
            now: at(1)
        ).update
        let weather = try await store.publishUpdate(to: story.slug, .sample("Heavy rain in Aleppo.", at: 2), now: at(2)).update
        return (story, strike, weather)
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_findsUpdate_withMarkedSnippetAndTitle(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seed = try await seedSarmada(store)

        let hits = try await store.search("camp Sarmada", limit: 10)

        let hit = try #require(hits.first)
        #expect(hits.count == 1)
        #expect(hit.story == (try await store.story(seed.story.slug)))
        #expect(hit.updateID == seed.strike.id)
        #expect(hit.title == "Airstrike on displaced persons' camp")
        #expect(hit.snippet.contains("\u{E000}Sarmada\u{E001}"))
        #expect(hit.snippet.contains("\u{E000}camp\u{E001}"))
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_findsStoryByTitleSummaryAndOriginalEntry(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seed = try await seedSarmada(store)

        for query in ["May", "northern", "Idlib province"] {
            let hits = try await store.search(query, limit: 10)
            #expect(hits.map(\.updateID) == [nil], "query \(query)")
            #expect(hits.first?.story.id == seed.story.id)
            #expect(hits.first?.title == "Syria, May 5")
            #expect(hits.first?.snippet.contains("\u{E000}") == true, "query \(query)")
        }
        let lead = try await store.search("province", limit: 10)
        #expect(lead.first?.snippet == "Northern Syria live.\n\nCoverage of Idlib \u{E000}province\u{E001}.")
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_prefixMatchesOnlyTheLastWord(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seed = try await seedSarmada(store)

        #expect(try await store.search("jets sarm", limit: 10).map(\.updateID) == [seed.strike.id])
        #expect(try await store.search("sarm jets", limit: 10).isEmpty)
        #expect(try await store.search("ALEPP", limit: 10).map(\.updateID) == [seed.weather.id])
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_withHostileOrEmptyQueries_neverThrows(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seed = try await seedSarmada(store)

        for query in ["", "   ", "\"", "*", "(", ")", "-", "^", "\"\"\"", "!!! ??? ...", ":", "{}", "*\"(:"] {
            #expect(try await store.search(query, limit: 10).isEmpty, "query \(query)")
        }
        // FTS operators typed by a reader are plain words.
        #expect(try await store.search("\"Sarmada\" OR bogus*", limit: 10).isEmpty)
        #expect(try await store.search("NEAR(Sarmada camp)", limit: 10).map(\.updateID) == [seed.strike.id])
        #expect(try await store.search("NEAR(", limit: 10).map(\.updateID) == [seed.strike.id])
        #expect(try await store.search("OR", limit: 10).isEmpty)
        #expect(try await store.search("rain OR snow", limit: 10).isEmpty)
        #expect(try await store.search("title:Sarmada", limit: 10).isEmpty)
        #expect(try await store.search("Sarmada\"", limit: 10).map(\.updateID) == [seed.strike.id])
        #expect(try await store.search("sarmada AND", limit: 10).isEmpty)
        #expect(try await store.search("sarmada camp", limit: 0).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_followsEditsAndDeletes(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seed = try await seedSarmada(store)

        _ = try await store.editUpdate(id: seed.weather.id, UpdatePatch(body: "Snow in Aleppo."), editor: nil, now: at(3))
        _ = try await store.deleteUpdate(id: seed.strike.id, now: at(4))

        #expect(try await store.search("snow", limit: 10).map(\.updateID) == [seed.weather.id])
        #expect(try await store.search("rain", limit: 10).isEmpty)
        #expect(try await store.search("Sarmada", limit: 10).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_ranksAndLimits_acrossStoriesAndUpdates(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample("aleppo-siege", title: "Aleppo siege"), now: at(0))
        for index in 1...5 {
            _ = try await store.publishUpdate(to: story.slug, .sample("Shelling in Aleppo, report \(index)."), now: at(index))
        }

        let hits = try await store.search("aleppo", limit: 3)

        #expect(hits.count == 3)
        // The title match weighs more than body matches.
        #expect(hits.first?.updateID == nil)
        #expect(hits.allSatisfy { $0.story.id == story.id })
    }

    @Test(arguments: StoreBackend.allCases)
    func searching_ignoresDiacritics(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await store.createStory(.sample("homs", title: "Homs"), now: at(0))
        let update = try await store.publishUpdate(to: story.slug, .sample("Statement from the Café Qahwa group."), now: at(1))

        #expect(try await store.search("cafe", limit: 5).map(\.updateID) == [update.update.id])
        #expect(try await store.search("café", limit: 5).map(\.updateID) == [update.update.id])
    }
}
