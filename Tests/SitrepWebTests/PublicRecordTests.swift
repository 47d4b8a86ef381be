import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepExtract
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

/// The public record beyond the table: filters, the map (`/map`, `/map.svg`, insets), the charts,
/// indicators, the live explorer stream, and 400s that name the parameter at fault.
@Suite struct PublicRecordTests {
    static let indicators: IndicatorExtraction = { text, headline, published in
        RecordTests.extractor.indicators(in: text, published: published, context: ExtractionContext(headline: headline))
    }

    /// Three published incidents (Sarmada strike 28–31 killed, Homs clashes, Aleppo shelling 12
    /// killed) and a rate quoted in a fourth update.
    static func app() async throws -> TestApp {
        let app = try await TestApp(extraction: RecordTests.extraction, indicators: indicators)
        try await app.seed(entry: "")
        let slug = Slug(rawValue: "aleppo")!
        for body in ["Reuters reported that 28 people died in an air strike on a camp near Sarmada.",
                     "Activists said 31 people were killed in the air strike on the camp near Sarmada.",
                     "Activists said clashes broke out between rebels and the army in Homs.",
                     "State media said regime shelling killed 12 people in Aleppo's Bustan al-Qasr district.",
                     "Money changers said the Syrian pound traded at 640 to the US dollar on the black market."] {
            _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: body))
        }
        let reviewer = try await app.store.createUser(name: "rita", role: .reviewer, passwordHash: "x", now: TestApp.now)
        for incident in try await app.store.incidents(IncidentQuery(statuses: [.proposed], limit: 50)) {
            _ = try await app.newsroom.record.review(incident.id, .accept(reason: nil), by: reviewer, now: TestApp.now)
        }
        return app
    }

    @Test func explorer_filtersByPlaceSourceEvidenceAndBox_andSorts() async throws {
        let app = try await Self.app()
        let all = try await app.store.incidents(IncidentQuery(limit: 50))
        #expect(all.count >= 3)
        let sarmada = try #require(all.first { $0.fields.location?.contains("Sarmada") == true || $0.fields.location?.contains("Kamuna") == true }
                                   ?? all.first { $0.figures.fatalities >= 28 })
        try await app.application.test(.router) { client in
            let byText = try await client.execute(uri: "/events?q=air%20strik", method: .get) { $0.body.text }
            #expect(byText.contains("/events/\(sarmada.id)\""))
            #expect(!byText.contains("Homs, Syria</td>"))
            let bySource = try await client.execute(uri: "/events?source=reuters", method: .get) { $0.body.text }
            #expect(bySource.contains("/events/\(sarmada.id)\""))
            let farAway = try await client.execute(uri: "/events?bbox=0,0,10,10", method: .get) { $0.body.text }
            #expect(farAway.contains("No incidents match."))
            let sorted = try await client.execute(uri: "/api/v1/incidents?sort=fatalities", method: .get) { RecordTests.json($0) }
            let tolls = (sorted["items"] as? [[String: Any]] ?? []).compactMap { $0["fatalities"] as? Int }
            #expect(tolls == tolls.sorted(by: >) && tolls.count == all.count)
            // the page after the first, in the same order
            let first = try await client.execute(uri: "/api/v1/incidents?sort=fatalities&limit=1", method: .get) { RecordTests.json($0) }
            let next = try #require(first["next"] as? String)
            #expect(next.hasPrefix("f"))
            let second = try await client.execute(uri: "/api/v1/incidents?sort=fatalities&limit=1&cursor=\(next)", method: .get) { RecordTests.json($0) }
            #expect((second["items"] as? [[String: Any]])?.first?["fatalities"] as? Int == tolls[1])
        }
    }

    @Test(arguments: [("from=2016-13-01", "from"), ("bbox=10,0,5,10", "bbox"), ("bbox=a,b,c,d", "bbox"), ("event_type=Fights", "event_type"),
                      ("sub_event_type=Riot", "sub_event_type"), ("event_type=Battles&sub_event_type=Air%2Fdrone%20strike", "sub_event_type"),
                      ("sort=loudest", "sort"), ("sort=date&cursor=1462455900000.SYR1", "cursor"), ("limit=0", "limit"),
                      ("from=2016-05-06&to=2016-05-01", "to"), ("updated_since=May", "updated_since")])
    func malformedFilters_are400sNamingTheParameter(query: String, field: String) async throws {
        let app = try await TestApp()
        try await app.application.test(.router) { client in
            for path in ["/api/v1/incidents", "/events", "/map", "/map.svg", "/exports/acled.csv"] {
                try await client.execute(uri: "\(path)?\(query)", method: .get, headers: [.accept: "application/json"]) { response in
                    #expect(response.status == .badRequest, "\(path)?\(query)")
                    if path.hasPrefix("/api") { #expect(RecordTests.json(response)["field"] as? String == field) }
                }
            }
        }
    }

    @Test func map_drawsThePublishedIncidents_asASharedView() async throws {
        let app = try await Self.app()
        let published = try await app.store.incidentPoints(IncidentQuery(), limit: 100)
        #expect(!published.isEmpty)
        try await app.application.test(.router) { client in
            let page = try await client.execute(uri: "/map?country=Syria", method: .get) { $0.body.text }
            #expect(page.contains("<figure class=\"map\" data-src=\"/map.svg?country=Syria\">"))
            #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            for point in published { #expect(page.contains("<a href=\"/events/\(point.id)\"")) }
            #expect(page.contains("/assets/map.js"))
            try await client.execute(uri: "/map.svg?country=Syria&bbox=35.5,32.3,42.4,37.4", method: .get) { response in
                #expect(response.headers[.contentType] == "image/svg+xml; charset=utf-8")
                let svg = response.body.text
                #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(svg.contains("data-bbox=\""))
                #expect(svg.contains("<title"))
            }
            // nothing outside the box
            let empty = try await client.execute(uri: "/map.svg?bbox=-80,-10,-70,0", method: .get) { $0.body.text }
            #expect(!empty.contains("<a href=\"/events/"))
            #expect(empty.contains("Map of 0 incidents"))
        }
    }

    @Test func explorerAndStory_drawChartsAndTheRate_andIncidentPagesAnInset() async throws {
        let app = try await Self.app()
        let readings = try await app.store.indicators(IndicatorQuery())
        #expect(readings.map(\.indicator.name) == ["SYP per USD"])
        #expect(readings.first?.indicator.value == 640)
        #expect(readings.first?.indicator.market == "unofficial")
        let withPlace = try #require(try await app.store.incidents(IncidentQuery(limit: 50)).first { $0.fields.latitude != nil })
        try await app.application.test(.router) { client in
            let events = try await client.execute(uri: "/events", method: .get) { $0.body.text }
            for id in ["chart-incidents", "chart-fatalities", "chart-band", "chart-actors", "chart-indicator-0"] {
                #expect(events.contains("id=\"\(id)"), "\(id)")
            }
            #expect(events.contains("<details class=\"chart-numbers\">"))
            #expect(events.contains("SYP per USD"))
            let story = try await client.execute(uri: "/stories/aleppo", method: .get) { $0.body.text }
            #expect(story.contains("class=\"record-box\""))
            #expect(story.contains("class=\"sparkline"))
            #expect(story.contains("/events?story=aleppo"))
            #expect(story.contains("map-inset"))
            let incident = try await client.execute(uri: "/events/\(withPlace.id)", method: .get) { $0.body.text }
            #expect(incident.contains("map-inset"))
            #expect(incident.contains("<a href=\"/events/\(withPlace.id)\""))
        }
        // deleting the update that quoted the rate withdraws the reading
        let rateUpdate = try #require(try await app.store.updates(of: Slug(rawValue: "aleppo")!, olderThan: nil, limit: 10).first { $0.body.contains("pound") })
        _ = try await app.newsroom.delete(updateID: rateUpdate.id)
        #expect(try await app.store.indicators(IndicatorQuery()).isEmpty)
    }

    @Test func liveStream_tellsReadersOfPublishedIncidentsOnly() async throws {
        let app = try await TestApp(extraction: RecordTests.extraction)
        try await app.seed(entry: "")
        let subscription = await app.recordFeed.subscribe(publicOnly: true)
        let staff = await app.recordFeed.subscribe(publicOnly: false)
        _ = try await app.newsroom.publish(to: Slug(rawValue: "aleppo")!, UpdateDraft(body: "Activists said clashes broke out between rebels and the army in Homs."))
        let proposed = try #require(try await app.store.incidents(IncidentQuery(statuses: [.proposed])).first)
        var staffIterator = staff.stream.makeAsyncIterator()
        #expect(await staffIterator.next() == [proposed.id])
        let reviewer = try await app.store.createUser(name: "rita", role: .reviewer, passwordHash: "x", now: TestApp.now)
        _ = try await app.newsroom.record.review(proposed.id, .accept(reason: nil), by: reviewer, now: TestApp.now)
        var iterator = subscription.stream.makeAsyncIterator()
        #expect(await iterator.next() == [proposed.id])  // the proposal never reached readers; the acceptance did
        await app.recordFeed.finishAll()
    }
}

/// GET forms write spaces as "+": the filters and the search read them as spaces.
@Suite struct FormQueryTests {
    @Test func plusInAQuery_isASpace_andAnEncodedPlusStaysAPlus() async throws {
        let app = try await TestApp()
        try await app.seed(entry: "")
        try await app.application.test(.router) { client in
            let filtered = try await client.execute(uri: "/events?event_type=Violence+against+civilians", method: .get) { response in
                #expect(response.status == .ok)
                return response.body.text
            }
            #expect(filtered.contains("<option value=\"Violence against civilians\" selected>"))
            let search = try await client.execute(uri: "/search?q=aleppo+truce", method: .get) { $0.body.text }
            #expect(search.contains("aleppo truce"))
            #expect(!search.contains("aleppo+truce"))
            let plus = try await client.execute(uri: "/search?q=C%2B%2B", method: .get) { $0.body.text }
            #expect(plus.contains("C++"))
        }
    }
}
