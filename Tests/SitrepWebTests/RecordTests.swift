import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepExtract
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

/// The record through the newsroom and the API, with the real extractor.
@Suite struct RecordTests {
    static let extractor = try! Extractor.bundled()
    static let extraction: EventExtraction = { text, headline, published in
        extractor.extract(text: text, published: published, context: ExtractionContext(headline: headline, assumeEvent: false, keepDenials: true))
    }

    /// The response's JSON object; an empty one (and a recorded issue) when it is not one.
    static func json(_ response: TestResponse) -> [String: Any] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(response.body.text.utf8))) as? [String: Any] else {
            Issue.record("not a JSON object: \(response.body.text.prefix(200))")
            return [:]
        }
        return object
    }

    func publish(_ app: TestApp, _ body: String) async throws -> String {
        try await app.newsroom.publish(to: Slug(rawValue: "aleppo")!, UpdateDraft(body: body)).update.id
    }

    func onlyIncident(_ app: TestApp) async throws -> IncidentFile {
        let open = try await app.store.incidents(IncidentQuery(statuses: [.proposed, .published]))
        #expect(open.count == 1, "\(open.map(\.summaryLine))")
        let first = try #require(open.first)
        return try #require(try await app.store.incident(id: first.id))
    }

    @Test func sourcesArriving_attachToOneIncident_regradeIt_andDeletingUndoes() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        try await app.seed(entry: "")
        _ = try await app.store.seedSources(try Extractor.bundledSources(), now: TestApp.now)
        _ = try await publish(app, "More than 30 people were killed in an air strike on a camp for displaced people near Sarmada in Idlib province, the Local Coordination Committees said.")
        var file = try await onlyIncident(app)
        #expect(file.incident.id == "SYR1")
        #expect(file.incident.grade == .weak)
        #expect(file.incident.figures.fatalities >= 30)

        _ = try await publish(app, "Reuters reported that 28 people died in the air strike on the displaced persons camp near Sarmada.")
        file = try await onlyIncident(app)
        #expect(file.activeClaims.map(\.source) == ["Local Coordination Committees", "Reuters"])
        #expect(file.incident.grade == .fair)
        #expect(file.incident.figures.fatalities == 28)
        #expect(file.incident.figures.fatalitiesLow == 28)
        #expect((file.incident.figures.fatalitiesHigh ?? 0) >= 30)

        let denial = try await publish(app, "The Russian military denied that its jets had carried out the air strike on the camp near Sarmada.")
        file = try await onlyIncident(app)
        #expect(file.activeClaims.count == 3)
        #expect(file.incident.grade == .contested)
        #expect(file.incident.gradeReason.contains("denies it"))

        _ = try await app.newsroom.delete(updateID: denial)
        file = try await onlyIncident(app)
        #expect(file.incident.grade == .fair)
        #expect(file.activeClaims.count == 2)
        #expect(file.claims.filter(\.withdrawn).count == 1)
        let history = try await app.store.history(incidentID: "SYR1").map(\.action)
        #expect(history.filter { $0 == "claim_added" }.count == 3)
        #expect(history.contains("claim_withdrawn"))
        #expect(history.filter { $0 == "regraded" }.count >= 3)
    }

    @Test func editingAnUpdate_replacesItsClaim_andKeepsReviewerCorrections() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        try await app.seed(entry: "")
        let id = try await publish(app, "Reuters reported that 28 people died in an air strike on a camp near Sarmada.")
        let reviewer = try await app.store.createUser(name: "rita", role: .reviewer, passwordHash: "x", now: TestApp.now)
        _ = try await app.newsroom.record.review("SYR1", .correct(fields: ["location": "Kamuna camp"], reason: "as locals call it"), by: reviewer, now: TestApp.now)
        _ = try await app.newsroom.edit(updateID: id, UpdatePatch(body: "Reuters reported that 35 people died in an air strike on a camp near Sarmada."), editor: "ed")
        let file = try await onlyIncident(app)
        #expect(file.incident.fields.location == "Kamuna camp")
        #expect(file.incident.figures.fatalities == 35)
        #expect(file.activeClaims.map(\.revision) == [2])
        #expect(file.claims.count == 2)
    }

    @Test func originalEntry_isReadIntoTheRecord_andEditingItReplacesItsClaims() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        try await app.seed(entry: "Russian and regime airstrikes on opposition areas of Aleppo have killed up to 300 civilians since April 21.")
        let claims = try await app.store.claims(updateID: "entry-1")
        #expect(claims.count == 1)
        #expect(claims.first?.isFromEntry == true)
        #expect(claims.first?.killed == Figure(min: nil, max: 300))
        let file = try await onlyIncident(app)
        #expect(file.incident.fields.subEventType == "Air/drone strike")
        #expect(file.incident.storyIDs == [1])

        _ = try await app.newsroom.updateStory(Slug(rawValue: "aleppo")!, StoryPatch(originalEntry: "Rebels clashed with the army in Aleppo on Wednesday."))
        let after = try await app.store.claims(updateID: "entry-1")
        #expect(after.map(\.fields.eventType) == ["Battles"])
        #expect(try await app.store.incident(id: file.incident.id)?.incident.status == .rejected)
    }

    // MARK: - API

    @Test func api_listsPublishedToEveryone_andProposedToStaffOnly() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        try await app.seed(entry: "")
        _ = try await publish(app, "Reuters reported that 28 people died in an air strike on a camp near Sarmada.")
        let reviewer = try await app.user("rita", role: .reviewer)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/incidents", method: .get) { response in
                #expect(response.status == .ok)
                #expect((Self.json(response)["items"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/incidents?status=proposed", method: .get) { response in #expect(response.status == .forbidden) }
            try await client.execute(uri: "/api/v1/incidents/SYR1", method: .get) { response in #expect(response.status == .notFound) }
            try await client.execute(uri: "/api/v1/incidents?status=proposed&story=aleppo", method: .get, headers: app.auth) { response in
                let items = try #require(Self.json(response)["items"] as? [[String: Any]])
                #expect(items.map { $0["id"] as? String } == ["SYR1"])
                #expect(items[0]["claims"] == nil)
            }
            // a reviewer accepts it: now everyone sees it, with its claims side by side
            try await client.execute(uri: "/api/v1/incidents/SYR1/review", method: .post, headers: reviewer,
                                     body: ByteBuffer(string: #"{"action":"accept"}"#)) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["status"] as? String == "published")
            }
            try await client.execute(uri: "/api/v1/incidents/SYR1", method: .get) { response in
                let json = Self.json(response)
                #expect(json["fatalities"] as? Int == 28)
                #expect(json["grade"] as? String == "weak")
                #expect(json["grade_reason"] as? String == "A single source: Reuters.")
                let claims = try #require(json["claims"] as? [[String: Any]])
                #expect(claims.count == 1)
                #expect(claims[0]["source"] as? String == "Reuters")
                #expect(claims[0]["killed_min"] as? Int == 28)
                #expect(claims[0]["denial"] as? Bool == false)
                #expect(claims[0]["revision"] as? Int == 1)
                #expect((claims[0]["text"] as? String)?.contains("28 people died") == true)
                #expect((claims[0]["span"] as? [Int])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/incidents/SYR1/history", method: .get) { response in
                let items = try #require(Self.json(response)["items"] as? [[String: Any]])
                #expect(items.map { $0["action"] as? String } == ["created", "claim_added", "accepted"])
                #expect(items.last?["actor"] as? String == "user:rita")
            }
            try await client.execute(uri: "/api/v1/incidents?updated_since=2016-05-05T00:00:00Z", method: .get) { response in
                #expect((Self.json(response)["items"] as? [Any])?.count == 1)
            }
            // rejected after publication: gone from the list, a tombstone in incremental sync
            try await client.execute(uri: "/api/v1/incidents/SYR1/review", method: .post, headers: reviewer,
                                     body: ByteBuffer(string: #"{"action":"reject","reason":"duplicate of a report from the day before"}"#)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/v1/incidents", method: .get) { response in
                #expect((Self.json(response)["items"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/incidents?updated_since=2016-05-05T00:00:00Z", method: .get) { response in
                let items = Self.json(response)["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["status"] as? String } == ["rejected"])
                #expect(items.first?["grade"] as? String == "discounted")
            }
            try await client.execute(uri: "/api/v1/deletions?since=2016-05-05T00:00:00Z", method: .get) { response in
                let items = Self.json(response)["items"] as? [[String: Any]] ?? []
                #expect(items.map { $0["id"] as? String } == ["SYR1"])
                #expect(items.first?["status"] as? String == "rejected")
            }
            try await client.execute(uri: "/api/v1/deletions?since=2030-01-01T00:00:00Z", method: .get) { response in
                #expect((Self.json(response)["items"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/v1/deletions?since=yesterday", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Self.json(response)["field"] as? String == "since")
            }
        }
    }

    @Test func api_refusesBadReviews_withTheRightStatus_andChangesNothing() async throws {
        let app = try await TestApp(extraction: Self.extraction)
        try await app.seed(entry: "")
        _ = try await publish(app, "Reuters reported that 28 people died in an air strike on a camp near Sarmada.")
        _ = try await publish(app, "Activists said clashes broke out in Homs.")
        let reviewer = try await app.user("rita", role: .reviewer)
        let before = try await app.store.incident(id: "SYR1")
        let cases: [(String, HTTPFields, String, HTTPResponse.Status, String?)] = [
            ("/api/v1/incidents/SYR1/review", app.auth, #"{"action":"accept"}"#, .forbidden, nil),            // an editor
            ("/api/v1/incidents/SYR1/review", [.contentType: "application/json"], #"{"action":"accept"}"#, .unauthorized, nil),
            ("/api/v1/incidents/SYR99/review", reviewer, #"{"action":"accept"}"#, .notFound, nil),
            ("/api/v1/incidents/syr1/review", reviewer, #"{"action":"accept"}"#, .notFound, nil),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"approve"}"#, .unprocessableContent, "action"),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"reject"}"#, .unprocessableContent, "reason"),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"correct","fields":{"date":"May 5"}}"#, .unprocessableContent, "fields.date"),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"correct","fields":{"status":"published"}}"#, .unprocessableContent, "fields.status"),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"accept","extra":1}"#, .unprocessableContent, nil),
            ("/api/v1/incidents/SYR1/review", reviewer, #"{"action":"grade","grade":"fair"}"#, .unprocessableContent, "reason"),
            ("/api/v1/incidents/SYR1/merge", reviewer, #"{"into":"SYR1"}"#, .unprocessableContent, "into"),
            ("/api/v1/incidents/SYR1/merge", reviewer, #"{"into":"SYR404"}"#, .unprocessableContent, "into"),
            ("/api/v1/incidents/SYR1/split", reviewer, #"{"claims":[]}"#, .unprocessableContent, "claims"),
            ("/api/v1/sources", reviewer, #"{"name":"Idlib Media","kind":"local"}"#, .forbidden, nil),
        ]
        try await app.application.test(.router) { client in
            for (uri, headers, body, status, field) in cases {
                try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(uri) \(body): \(response.body.text)")
                    if let field { #expect(Self.json(response)["field"] as? String == field, "\(body)") }
                }
            }
            // merging into a rejected incident is refused
            try await client.execute(uri: "/api/v1/incidents/SYR2/review", method: .post, headers: reviewer,
                                     body: ByteBuffer(string: #"{"action":"reject","reason":"not an incident"}"#)) { response in #expect(response.status == .ok) }
            try await client.execute(uri: "/api/v1/incidents/SYR1/merge", method: .post, headers: reviewer,
                                     body: ByteBuffer(string: #"{"into":"SYR2"}"#)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text.contains("rejected"))
            }
        }
        #expect(try await app.store.incident(id: "SYR1") == before)
    }

    @Test func api_sources_adminCreatesAndClassifies() async throws {
        let app = try await TestApp()
        let admin = try await app.user("ada", role: .admin)
        try await app.application.test(.router) { client in
            var id = 0
            try await client.execute(uri: "/api/v1/sources", method: .post, headers: admin,
                                     body: ByteBuffer(string: #"{"name":"Idlib Media Center","kind":"local","draft":true}"#)) { response in
                #expect(response.status == .created)
                id = Self.json(response)["id"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/v1/sources/\(id)", method: .patch, headers: admin,
                                     body: ByteBuffer(string: #"{"affiliation":"opposition","draft":false}"#)) { response in
                #expect(response.status == .ok)
                #expect(Self.json(response)["affiliation"] as? String == "opposition")
            }
            try await client.execute(uri: "/api/v1/sources/\(id)", method: .patch, headers: admin,
                                     body: ByteBuffer(string: #"{"kind":"tabloid"}"#)) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(uri: "/api/v1/sources", method: .post, headers: admin,
                                     body: ByteBuffer(string: #"{"name":"idlib media center","kind":"local"}"#)) { response in #expect(response.status == .conflict) }
            try await client.execute(uri: "/api/v1/sources", method: .get) { response in
                let items = try #require(Self.json(response)["items"] as? [[String: Any]])
                #expect(items.map { $0["name"] as? String } == ["Idlib Media Center"])
                #expect(items[0]["draft"] as? Bool == false)
            }
        }
    }
}
