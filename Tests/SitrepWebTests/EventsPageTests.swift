import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepRecord
import SitrepStore
import Testing
@testable import SitrepWeb

/// `/events` and `/events/{id}`: the record for readers.
@Suite struct EventsPageTests {
    @Test func publishedIncidents_areListedAndShownWithEveryAccount_proposedOnesAreNot() async throws {
        let app = try await TestApp(extraction: RecordTests.extraction)
        try await app.seed(entry: "")
        let slug = Slug(rawValue: "aleppo")!
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Reuters reported that 28 people died in an air strike on a camp near Sarmada."))
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Activists said 31 people were killed in the air strike on the camp near Sarmada."))
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Activists said clashes broke out between rebels and the army in Homs."))
        try await app.application.test(.router) { client in
            let before = try await client.execute(uri: "/events", method: .get) { $0.body.text }
            #expect(before.contains("No incidents match."))
            try await client.execute(uri: "/events/SYR1", method: .get) { response in #expect(response.status == .notFound) }
        }
        let reviewer = try await app.store.createUser(name: "rita", role: .reviewer, passwordHash: "x", now: TestApp.now)
        _ = try await app.newsroom.record.review("SYR1", .accept(reason: nil), by: reviewer, now: TestApp.now)
        try await app.application.test(.router) { client in
            let list = try await client.execute(uri: "/events", method: .get) { $0.body.text }
            #expect(list.contains("<a href=\"/events/SYR1\">"))
            #expect(list.contains("<td>28 (28–31)</td>"))
            #expect(!list.contains("/events/SYR2"))  // still proposed
            let filtered = try await client.execute(uri: "/events?event_type=Battles", method: .get) { $0.body.text }
            #expect(filtered.contains("No incidents match."))
            #expect(filtered.contains("<option value=\"Battles\" selected>Battles</option>"))
            try await client.execute(uri: "/events?from=yesterday", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            let page = try await client.execute(uri: "/events/SYR1", method: .get) { $0.body.text }
            #expect(page.contains("<h1>Air/drone strike · Sarmada, Idleb"))
            #expect(page.contains("<strong>Reuters</strong>"))
            #expect(page.contains("31 killed"))
            #expect(page.contains("<q>Reuters reported that 28 people died in an air strike on a camp near Sarmada.</q>"))
            #expect(page.contains("\"@type\":\"Event\""))
            #expect(page.contains("user:rita · accepted"))

            try await client.execute(uri: "/exports/acled.csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
                let lines = response.body.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.count == 2)
                #expect(lines.first == ACLEDExport.columns.joined(separator: ","))
                #expect(lines.last?.hasPrefix("SYR1,2016-05-05,2016,1,Political violence,Explosions/Remote violence,Air/drone strike,") == true)
            }
            try await client.execute(uri: "/exports/acled.csv?event_type=Battles", method: .get) { response in
                #expect(response.body.text == ACLEDExport.header)
            }
            try await client.execute(uri: "/exports/acled.csv?to=May", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/exports/incidents.geojson", method: .get) { response in
                #expect(response.headers[.contentType] == "application/geo+json")
                let json = (try? JSONSerialization.jsonObject(with: Data(response.body.text.utf8))) as? [String: Any]
                let features = json?["features"] as? [[String: Any]] ?? []
                #expect(json?["type"] as? String == "FeatureCollection")
                #expect(features.map { $0["id"] as? String } == ["SYR1"])
                let point = (features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double]
                #expect(point == [36.725, 36.18])  // longitude first (RFC 7946)
                #expect((features.first?["properties"] as? [String: Any])?["fatalities"] as? Int == 28)
            }
            try await client.execute(uri: "/exports/claims.csv", method: .get) { response in
                let lines = response.body.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                #expect(lines.first == ClaimsExport.columns.joined(separator: ","))
                #expect(lines.count == 3)  // Reuters and the activists, side by side
                #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("SYR1,") })
                #expect(lines.contains { $0.contains(",Reuters,") && $0.contains(",28,28,") })
            }
            try await client.execute(uri: "/exports/incidents.jsonl", method: .get) { response in
                let lines = response.body.text.split(separator: "\n")
                #expect(lines.count == 1)
                let item = (try? JSONSerialization.jsonObject(with: Data(lines[0].utf8))) as? [String: Any]
                #expect((item?["claims"] as? [Any])?.count == 2)
            }
        }
    }
}
