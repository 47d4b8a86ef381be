import Foundation
import SitrepModel
import SitrepRecord
@testable import SitrepStore
import Testing

/// `sitrep migrate`: a whole database copied between backends, proved by counts and hashes,
/// resumable after an interruption, refused onto a database that holds data.
extension StoreConformance {
    /// A little of everything: stories, edited and deleted updates, users, tokens, sessions,
    /// sources, incidents with claims and history, indicators, proposed events.
    func everything(_ store: any Store) async throws -> (story: Story, incidentStory: Int64) {
        let story = try await store.createStory(.sample("aleppo-live"), now: at(0))
        let first = try await store.publishUpdate(to: story.slug, .sample("Shelling in Aleppo; a café was hit.", headline: "Aleppo"), now: at(1))
        _ = try await store.publishUpdate(to: story.slug, .sample("A second update."), now: at(2))
        let third = try await store.publishUpdate(to: story.slug, .sample("A mistaken update."), now: at(3))
        _ = try await store.editUpdate(id: first.update.id, UpdatePatch(body: "Shelling in eastern Aleppo; a café was hit."), editor: "ed", now: at(4))
        _ = try await store.deleteUpdate(id: third.update.id, now: at(5))
        try await store.replaceProposedEvents(for: first.update.id, [ProposedEvent(summary: "Shelling · Aleppo", payload: "{}")])
        let user = try await store.createUser(name: "ed", role: .editor, passwordHash: "$2b$04$x", now: at(0))
        try await store.addToken(hash: "tokenhash", label: "cli", forUser: "ed", now: at(0))
        try await store.addSession(hash: "sessionhash", csrfToken: "csrf", userID: user.id, expiresAt: at(600))
        try await store.seedSources([SourceInfo(id: 0, name: "LCC", aliases: ["Local Coordination Committees"], kind: "local",
                                                affiliation: "opposition", note: "", draft: false, updatedAt: at(0))], now: at(0))
        let incidentStory = try await fiveIncidents(store)
        try await store.replaceIndicators(storyID: story.id, updateID: first.update.id,
                                          [Indicator(currency: "SYP", base: "USD", value: 640, market: "black", date: "2016-05-05", text: "640 to the dollar", span: ByteSpan(0, 17))])
        return (story, incidentStory)
    }

    @Test(.enabled(if: TestPostgres.url != nil)) func migrating_sqliteToPostgresAndBack_copiesEverything() async throws {
        let source = try await StoreBackend.sqliteOnDiskWAL.makeStore()
        let (story, incidentStory) = try await everything(source)
        let postgres = try await StoreBackend.postgres.makeStore()
        let back = try await StoreBackend.sqliteInMemory.makeStore()

        let there = try await StoreMigration.copy(from: source, to: postgres, batch: 2)
        let again = try await StoreMigration.copy(from: postgres, to: back, batch: 3)

        #expect(there.map(\.hash) == again.map(\.hash))
        #expect(there.first { $0.table == "claims" }?.rows == 5)
        for copy in [postgres, back] {
            #expect(try await copy.story(story.slug) == (try await source.story(story.slug)))
            #expect(try await copy.updates(of: story.slug, olderThan: nil, limit: 10) == (try await source.updates(of: story.slug, olderThan: nil, limit: 10)))
            #expect(try await copy.liveEvents(storyID: story.id, afterSequence: 0, limit: 10) == (try await source.liveEvents(storyID: story.id, afterSequence: 0, limit: 10)))
            #expect(try await copy.session(hash: "sessionhash", now: at(1))?.user.name == "ed")
            #expect(try await copy.user(forTokenHash: "tokenhash")?.name == "ed")
            var query = IncidentQuery()
            query.storyID = incidentStory
            query.statuses = nil
            let ids = try await source.incidents(query).map(\.id)
            #expect(ids.count == 5)
            #expect(try await copy.incidentFiles(ids: ids) == (try await source.incidentFiles(ids: ids)))
            #expect(try await copy.history(incidentID: ids[0]) == (try await source.history(incidentID: ids[0])))
            // the search indexes are rebuilt or generated from the copied rows
            #expect(try await copy.search("cafe", limit: 5).map(\.updateID) == (try await source.search("cafe", limit: 5)).map(\.updateID))
            query.text = "vegetable market"
            #expect(try await copy.incidents(query).count == 1)
            // new rows get fresh ids after the copied ones
            let next = try await copy.createStory(.sample("after-the-copy"), now: at(9))
            #expect(next.id > incidentStory)
        }
    }

    @Test(.enabled(if: TestPostgres.url != nil)) func migrating_resumesAfterAnInterruption_andRefusesAFullDestination() async throws {
        let source = try await StoreBackend.sqliteInMemory.makeStore()
        _ = try await everything(source)
        let postgres = try await StoreBackend.postgres.makeStore()
        struct Interrupted: Error {}

        var batches = 0
        await #expect(throws: Interrupted.self) {
            _ = try await StoreMigration.copy(from: source, to: postgres, batch: 1) { step in
                if case .copying = step { batches += 1 }
                if batches == 6 { throw Interrupted() } // stories: 2 rows and the end; updates: 3 of 4
            }
        }
        var resumed: [String] = []
        let reports = try await StoreMigration.copy(from: source, to: postgres, batch: 1) { step in
            if case let .resumed(table) = step { resumed.append(table) }
        }
        #expect(resumed == ["updates"])
        #expect(reports.first { $0.table == "updates" }?.rows == 4)

        // a second copy into the now full database is refused and writes nothing
        let error = await #expect(throws: StoreError.self) { _ = try await StoreMigration.copy(from: source, to: postgres) }
        #expect(error?.code == .conflict)
    }
}
