import Foundation
import SitrepModel
import SitrepRecord
import SitrepStore
import Testing

extension StoreConformance {
    // MARK: - Record fixtures

    /// A story with one update; returns (story id, update id).
    func storyWithUpdate(_ store: any Store, body: String = "Activists said 30 were killed in Sarmada.") async throws -> (Int64, String) {
        let story = try await store.createStory(.sample(), now: at(0))
        let event = try await store.publishUpdate(to: story.slug, .sample(body), now: at(1))
        return (story.id, event.update.id)
    }

    func recordClaim(story: Int64, update: String, position: Int = 0, source: String = "LCC", place: String = "Sarmada",
                     lat: Double = 36.1847, date: String = "2016-05-05", killed: Int = 30) -> Claim {
        Claim(storyID: story, updateID: update, revision: 1, position: position, source: source, sourceKind: "local",
              fields: EventFields(eventType: "Explosions/Remote violence", subEventType: "Air/drone strike", date: date,
                                  location: place, admin1: "Idlib", country: "Syria", latitude: lat, longitude: 36.7222,
                                  geoPrecision: 1, actor1: "Military Forces of Russia"),
              killed: Figure(min: killed, max: nil), certainty: "verified", span: ByteSpan(0, 20),
              fieldSpans: ["location": [ByteSpan(29, 36)]], text: "Activists said 30 were killed in Sarmada.")
    }

    static let recordPlanner = RecordPlanner(actor: "extractor:test", now: at(2), countries: CountryCodes(["Syria": "SYR"]))

    // MARK: - Record

    @Test(arguments: StoreBackend.allCases)
    func applyingARereadChange_storesIncidentClaimsAndHistory(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (story, update) = try await storyWithUpdate(store)
        let change = Self.recordPlanner.reread(claims: [recordClaim(story: story, update: update)], existing: [], incidents: [])

        let names = try await store.applyRecord(change, now: at(2))

        #expect(names == ["new:0": "SYR1"])
        let file = try #require(try await store.incident(id: "SYR1"))
        #expect(file.incident.fields.location == "Sarmada")
        #expect(file.incident.figures.fatalities == 30)
        #expect(file.incident.grade == .weak)
        #expect(file.incident.storyIDs == [story])
        #expect(file.incident.version == 1)
        #expect(file.claims.map { $0.id.hasPrefix("\(update).1.0.") } == [true])
        #expect(file.claims[0].incidentID == "SYR1")
        #expect(file.claims[0].fieldSpans == ["location": [ByteSpan(29, 36)]])
        #expect(try await store.claims(updateID: update) == file.claims)
        let history = try await store.history(incidentID: "SYR1")
        #expect(history.map(\.action) == ["created", "claim_added"])
        #expect(history.allSatisfy { $0.actor == "extractor:test" && $0.at == at(2) })
    }

    @Test(arguments: StoreBackend.allCases)
    func newIncidents_getTheNextNumberOfTheirPrefix(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (story, update) = try await storyWithUpdate(store)
        let claims = [recordClaim(story: story, update: update), recordClaim(story: story, update: update, position: 1, date: "2016-05-06")]
        try await store.applyRecord(Self.recordPlanner.reread(claims: claims, existing: [], incidents: []), now: at(2))
        let third = recordClaim(story: story, update: update, position: 2, date: "2016-05-07")
        let names = try await store.applyRecord(Self.recordPlanner.reread(claims: [third], existing: [], incidents: []), now: at(3))
        #expect(names == ["new:0": "SYR3"])
        #expect(try await store.incidentFiles(ids: ["SYR2", "nope", "SYR1"]).map(\.incident.id) == ["SYR2", "SYR1"])
    }

    @Test(arguments: StoreBackend.allCases)
    func candidates_areOpenIncidentsOfTheSameDayAndCountry(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (story, update) = try await storyWithUpdate(store)
        let claims = [recordClaim(story: story, update: update), recordClaim(story: story, update: update, position: 1, date: "2016-05-06")]
        try await store.applyRecord(Self.recordPlanner.reread(claims: claims, existing: [], incidents: []), now: at(2))

        let near = try await store.incidentCandidates(near: [claims[0].fields])
        #expect(near.map(\.incident.id) == ["SYR1"])
        #expect(near.map(\.activeClaims) == [1])
        #expect(near.first?.incident.fields.location == "Sarmada")
        var elsewhere = claims[0].fields
        elsewhere.country = "Iraq"
        #expect(try await store.incidentCandidates(near: [elsewhere]).isEmpty)
        var far = claims[0].fields // Homs, 160 km south
        far.latitude = 34.73
        #expect(try await store.incidentCandidates(near: [far]).isEmpty)
        var province = claims[0].fields // only the province is known
        (province.latitude, province.longitude, province.location) = (nil, nil, nil)
        #expect(try await store.incidentCandidates(near: [province]).map(\.incident.id) == ["SYR1"])
        province.admin1 = "Homs"
        #expect(try await store.incidentCandidates(near: [province]).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func staleVersion_isAConflict_andWritesNothing(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (story, update) = try await storyWithUpdate(store)
        try await store.applyRecord(Self.recordPlanner.reread(claims: [recordClaim(story: story, update: update)], existing: [], incidents: []), now: at(2))
        let file = try #require(try await store.incident(id: "SYR1"))
        let reviewer = RecordPlanner(actor: "user:rita", now: at(3), countries: CountryCodes(["Syria": "SYR"]))
        let accept = try reviewer.accept(file, reason: nil)
        let reject = try reviewer.reject(file, reason: "not an incident")
        try await store.applyRecord(accept, now: at(3))

        await expectStoreError(.conflict) { try await store.applyRecord(reject, now: at(4)) }

        let after = try #require(try await store.incident(id: "SYR1"))
        #expect(after.incident.status == .published)
        #expect(after.incident.version == 2)
        #expect(try await store.history(incidentID: "SYR1").map(\.action) == ["created", "claim_added", "accepted"])
    }

    @Test(arguments: StoreBackend.allCases)
    func incidentList_filtersAndPagesNewestChangeFirst(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let (story, update) = try await storyWithUpdate(store)
        for day in 1...5 {
            let claim = recordClaim(story: story, update: update, position: day, date: "2016-05-0\(day)", killed: day * 10)
            let planner = RecordPlanner(actor: "extractor:test", now: at(10 + day), countries: CountryCodes(["Syria": "SYR"]))
            try await store.applyRecord(planner.reread(claims: [claim], existing: [], incidents: []), now: at(10 + day))
        }
        var query = IncidentQuery(statuses: [.proposed], limit: 2)
        let first = try await store.incidents(query)
        #expect(first.map(\.id) == ["SYR5", "SYR4"])
        query.cursor = IncidentCursor(after: first[1])
        #expect(try await store.incidents(query).map(\.id) == ["SYR3", "SYR2"])

        #expect(try await store.incidents(IncidentQuery(statuses: [.published])).isEmpty)
        #expect(try await store.incidents(IncidentQuery(statuses: nil, from: "2016-05-02", to: "2016-05-03")).map(\.id) == ["SYR3", "SYR2"])
        #expect(try await store.incidents(IncidentQuery(statuses: nil, storyID: story, actor: "Military Forces of Russia")).count == 5)
        #expect(try await store.incidents(IncidentQuery(statuses: nil, actor: "Nobody")).isEmpty)
        #expect(try await store.incidents(IncidentQuery(statuses: nil, updatedSince: at(13))).map(\.id) == ["SYR5", "SYR4"])
        #expect(try await store.incidents(IncidentQuery(statuses: nil, country: "Iraq")).isEmpty)
        #expect(try await store.incidentCount(IncidentQuery(statuses: nil, from: "2016-05-02", cursor: query.cursor)) == 4)
    }

    /// Five incidents on 1–5 May, killed 10, 20... 50, each 0.5° further north of Sarmada, every
    /// second one named by "SOHR" (the others by "LCC"); the third one's evidence mentions a market.
    func fiveIncidents(_ store: any Store) async throws -> Int64 {
        let (story, update) = try await storyWithUpdate(store)
        for day in 1...5 {
            var claim = recordClaim(story: story, update: update, position: day, source: day.isMultiple(of: 2) ? "SOHR" : "LCC",
                                    place: day == 3 ? "Maarat al-Numan" : "Sarmada", lat: 36.0 + Double(day) * 0.5,
                                    date: "2016-05-0\(day)", killed: day * 10)
            if day == 3 { claim.text = "Airstrikes hit the vegetable market, monitors said." }
            let planner = RecordPlanner(actor: "extractor:test", now: at(10 + day), countries: CountryCodes(["Syria": "SYR"]))
            try await store.applyRecord(planner.reread(claims: [claim], existing: [], incidents: []), now: at(10 + day))
        }
        return story
    }

    @Test(arguments: StoreBackend.allCases)
    func incidentList_sortsByDateOrFatalities_andPagesInThatOrder(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await fiveIncidents(store)
        var byFatalities = IncidentQuery(statuses: nil, limit: 2)
        byFatalities.sort = .fatalities
        let first = try await store.incidents(byFatalities)
        #expect(first.map(\.figures.fatalities) == [50, 40])
        #expect(try await store.incidents(byFatalities.continuing(after: first[1])).map(\.figures.fatalities) == [30, 20])
        var byDate = IncidentQuery(statuses: nil, limit: 3)
        byDate.sort = .date
        let dated = try await store.incidents(byDate)
        #expect(dated.map(\.fields.date) == ["2016-05-05", "2016-05-04", "2016-05-03"])
        let rest = try await store.incidents(byDate.continuing(after: dated[2]))
        #expect(rest.map(\.fields.date) == ["2016-05-02", "2016-05-01"])
        #expect(IncidentCursor(text: IncidentCursor(after: dated[2], sort: .date).text) == IncidentCursor(after: dated[2], sort: .date))
    }

    @Test(arguments: StoreBackend.allCases)
    func incidentList_filtersByPlaceSourceEvidenceAndBox(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await fiveIncidents(store)
        func ids(_ change: (inout IncidentQuery) -> Void) async throws -> Set<String> {
            var query = IncidentQuery(statuses: nil)
            change(&query)
            return Set(try await store.incidents(query).map(\.id))
        }
        #expect(try await ids { $0.location = "maarat AL-numan" } == ["SYR3"])
        #expect(try await ids { $0.source = "sohr" } == ["SYR2", "SYR4"])
        #expect(try await ids { $0.text = "vegetable mark" } == ["SYR3"])
        #expect(try await ids { $0.text = "market Sarmada" }.isEmpty)
        #expect(try await ids { $0.text = "\"*(" }.isEmpty)
        #expect(try await ids { $0.box = GeoBox(minLon: 36, minLat: 36.9, maxLon: 37, maxLat: 38.1) } == ["SYR2", "SYR3", "SYR4"])
        #expect(try await ids { $0.box = GeoBox(minLon: 40, minLat: 36, maxLon: 41, maxLat: 39) }.isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func incidentRows_areTheIncidentsColumns_withTheDigestOfTheirClaims(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await fiveIncidents(store)
        for sort in IncidentSort.allCases {
            var query = IncidentQuery(statuses: nil, limit: 3)
            query.sort = sort
            let rows = try await store.incidentRows(query)
            #expect(rows.map(\.id) == (try await store.incidents(query)).map(\.id))
            #expect(try await store.incidentRows(query.continuing(after: try await store.incidents(query)[2])).map(\.id)
                == (try await store.incidentRows({ var q = query; q.cursor = rows[2].cursor(sort); return q }())).map(\.id))
        }
        let file = try #require(try await store.incident(id: "SYR2"))
        let row = try #require(try await store.incidentRows(IncidentQuery(statuses: nil, limit: 10)).first { $0.id == "SYR2" })
        #expect(row.fields == file.incident.fields)
        #expect(row.fatalities == 20 && row.grade == file.incident.effectiveGrade && row.status == file.incident.status)
        #expect(row.digest == ACLEDExport.digest(file.incident, file.activeClaims))
        #expect(row.digest?.sources == "SOHR")
        let export = ACLEDExport(countries: CountryCodes(["Syria": "SYR"]), interCodes: [:])
        #expect(export.row(file) == export.row(row, digest: try #require(row.digest)))
    }

    @Test(arguments: StoreBackend.allCases)
    func incidentListings_sayWhatTheRowsAndFilesSay(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let story = try await fiveIncidents(store)
        // one more incident told by three claims: two of one affiliation, one independent; then one withdrawn
        let slug = try #require(try await store.story(id: story)).slug
        let update = try await store.publishUpdate(to: slug, .sample("Three sources."), now: at(20)).update.id
        var claims = ["SANA", "Al-Ikhbariya", "Reuters"].enumerated().map { index, source in
            var claim = recordClaim(story: story, update: update, position: index, source: source, place: "Kafr Nabl", lat: 35.61, date: "2016-05-09")
            claim.affiliation = index < 2 ? "Syrian government" : "independent"
            return claim
        }
        try await store.applyRecord(Self.recordPlanner.reread(claims: claims, existing: [], incidents: []), now: at(21))
        var kafrNabl = IncidentQuery(statuses: nil)
        kafrNabl.location = "Kafr Nabl"
        let added = try #require(try await store.incidentRows(kafrNabl).first)
        let file = try #require(try await store.incident(id: added.id))
        #expect(file.claims.count == 3)
        claims = Array(file.claims.prefix(2))
        try await store.applyRecord(Self.recordPlanner.reread(claims: claims, existing: file.claims, incidents: [file]), now: at(22))

        for sort in IncidentSort.allCases {
            var query = IncidentQuery(statuses: nil, limit: 4)
            query.sort = sort
            let listings = try await store.incidentListings(query)
            let rows = try await store.incidentRows(query)
            let files = try await store.incidentFiles(ids: rows.map(\.id))
            #expect(listings == zip(rows, files).map { IncidentListing(row: $0, file: $1) })
            #expect(listings.map(\.row) == rows)
        }
        let listing = try #require(try await store.incidentListings(IncidentQuery(statuses: nil, limit: 10)).first { $0.row.id == added.id })
        #expect(listing.speakers == [ClaimSpeaker(source: "SANA", affiliation: "Syrian government"),
                                     ClaimSpeaker(source: "Al-Ikhbariya", affiliation: "Syrian government")])
        #expect(listing.storyIDs == [story])
        #expect(!listing.gradeReason.isEmpty)
        #expect(Grading.voices(listing.speakers).count == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func pointsAndTallies_sumWhatTheQuerySelects(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await fiveIncidents(store)
        let points = try await store.incidentPoints(IncidentQuery(statuses: nil, from: "2016-05-02"), limit: 3)
        #expect(points.map(\.fatalities) == [50, 40, 30])
        #expect(points[0].latitude == 38.5)
        #expect(points[0].eventType == "Explosions/Remote violence")
        let days = try await store.dayTallies(IncidentQuery(statuses: nil, to: "2016-05-02"))
        #expect(days.map(\.date) == ["2016-05-01", "2016-05-02"])
        #expect(days.map(\.incidents) == [1, 1])
        #expect(days.map(\.fatalities) == [10, 20])
        #expect(days.allSatisfy { $0.low <= $0.best && $0.best <= $0.high && $0.low > 0 })
        let actors = try await store.actorTallies(IncidentQuery(statuses: nil), limit: 5)
        #expect(actors == [RecordTally.Actor(actor: "Military Forces of Russia", incidents: 5, fatalities: 150)])
        #expect(try await store.actorTallies(IncidentQuery(statuses: nil), limit: 0) == [RecordTally.Actor(actor: "", incidents: 5, fatalities: 150)])
    }

    // MARK: - Sources

    @Test(arguments: StoreBackend.allCases)
    func seedingSources_skipsNamesStoredOrSeenEarlierInTheList(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        _ = try await store.seedSources([SourceInfo(name: "SANA", kind: "state_media")], now: at(0))

        let added = try await store.seedSources([
            SourceInfo(name: "sana", kind: "wire"), SourceInfo(name: "Enab Baladi", kind: "local"),
            SourceInfo(name: "ENAB BALADI", kind: "wire"), SourceInfo(name: "Reuters", kind: "wire"),
        ], now: at(1))

        #expect(added == 2)
        #expect(try await store.sources().map { "\($0.name) \($0.kind)" } == ["Enab Baladi local", "Reuters wire", "SANA state_media"])
    }

    @Test(arguments: StoreBackend.allCases)
    func sources_seedCreateUpdate(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let seeded = try await store.seedSources([
            SourceInfo(name: "SANA", aliases: ["Syrian Arab News Agency"], kind: "state_media", affiliation: "regime"),
            SourceInfo(name: "Reuters", kind: "wire", affiliation: "independent"),
        ], now: at(0))
        #expect(seeded == 2)
        #expect(try await store.seedSources([SourceInfo(name: "sana", kind: "wire")], now: at(1)) == 0)
        let all = try await store.sources()
        #expect(all.map(\.name) == ["Reuters", "SANA"])
        #expect(all[1].aliases == ["Syrian Arab News Agency"])

        await expectStoreError(.conflict) { _ = try await store.createSource(SourceInfo(name: "REUTERS", kind: "wire"), now: at(2)) }
        let draft = try await store.createSource(SourceInfo(name: "Idlib Media Center", kind: "local", draft: true), now: at(2))
        var classified = draft
        classified.affiliation = "opposition"
        classified.draft = false
        let updated = try await store.updateSource(id: draft.id, classified, now: at(3))
        #expect(updated.affiliation == "opposition")
        #expect(updated.draft == false)
        #expect(updated.updatedAt == at(3))
        #expect(try await store.source(id: draft.id) == updated)
        await expectStoreError(.notFound) { _ = try await store.updateSource(id: 9_999, classified, now: at(4)) }
        await expectStoreError(.conflict) {
            var clash = classified
            clash.name = "sana"
            _ = try await store.updateSource(id: draft.id, clash, now: at(4))
        }
    }
}
