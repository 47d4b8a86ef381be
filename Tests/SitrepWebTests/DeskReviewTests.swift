import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

/// The review desk and the source registry through their HTML forms.
@Suite struct DeskReviewTests {
    func app() async throws -> TestApp {
        let app = try await TestApp(extraction: RecordTests.extraction)
        try await app.seed(entry: "")
        _ = try await app.user("rita", role: .reviewer)
        _ = try await app.user("ada", role: .admin)
        _ = try await app.newsroom.publish(to: Slug(rawValue: "aleppo")!, UpdateDraft(
            headline: "Strike on camp", body: "Reuters reported that 28 people died in an air strike on a camp near Sarmada."))
        return app
    }

    @Test func reviewer_correctsAndAccepts_throughTheForms() async throws {
        let app = try await app()
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await DeskTests.signIn(client, as: "rita")
            let cookie: HTTPFields = [.cookie: headers[.cookie]!]
            let queue = try await client.execute(uri: "/desk/review", method: .get, headers: cookie) { $0.body.text }
            #expect(queue.contains("href=\"/desk/review/SYR1\""))
            #expect(queue.contains("Air/drone strike · Sarmada"))
            let page = try await client.execute(uri: "/desk/review/SYR1", method: .get, headers: cookie) { $0.body.text }
            #expect(page.contains("<mark class=\"ev\" data-fields=\"location text\" title=\"location, evidence sentence\">Sarmada</mark>"))
            #expect(page.contains("<mark class=\"ev\" data-fields=\"source text\" title=\"source, evidence sentence\">Reuters</mark>"))
            #expect(page.contains("data-confirm=\"Reject SYR1? It leaves the public record.\""))

            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=correct&f_location=Kamuna+camp&f_date=2016-05-05&reason=local+name")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/desk/review/SYR1?notice=corrected")
            }
            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=correct&f_date=May+5")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text.contains("fields.date must be a date as YYYY-MM-DD."))
            }
            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=accept")) { response in
                #expect(response.headers[.location] == "/desk/review/SYR1?notice=accepted")
            }
            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=forged&action=reject&reason=x")) { response in
                #expect(response.status == .forbidden)
            }
            let after = try await client.execute(uri: "/desk/review/SYR1?notice=accepted", method: .get, headers: cookie) { $0.body.text }
            #expect(after.contains("Accepted: the incident is published and locked."))
            #expect(after.contains("user:rita · corrected location"))
            #expect(after.contains("(claims say: Sarmada)"))
        }
        let file = try #require(try await app.store.incident(id: "SYR1"))
        #expect(file.incident.status == .published)
        #expect(file.incident.fields.location == "Kamuna camp")
        #expect(file.incident.corrections == ["location": "Kamuna camp"])
    }

    @Test func reviewer_movesAClaim_intoAnotherIncident() async throws {
        let app = try await app()
        let slug = Slug(rawValue: "aleppo")!
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Activists said 31 people were killed in the air strike on the camp near Sarmada."))
        _ = try await app.newsroom.publish(to: slug, UpdateDraft(body: "Activists said clashes broke out between rebels and the army in Homs."))
        let sarmada = try #require(try await app.store.incident(id: "SYR1"))
        #expect(sarmada.activeClaims.count == 2)
        let other = try #require(try await app.store.incident(id: "SYR2")).incident
        let claim = try #require(sarmada.activeClaims.last)
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await DeskTests.signIn(client, as: "rita")
            let body = "csrf=\(csrf)&action=move&claim=\(claim.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&into=\(other.id)"
            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .seeOther, "\(response.body.text.prefix(300))")
            }
        }
        let moved = try #require(try await app.store.incident(id: other.id))
        #expect(moved.activeClaims.contains { $0.id == claim.id })
        #expect(try await app.store.incident(id: "SYR1")?.activeClaims.count == 1)
        #expect(try await app.store.history(incidentID: other.id).contains { $0.action == "claim_moved" && $0.actor == "user:rita" })
    }

    @Test func editor_readsTheQueue_butCannotAct() async throws {
        let app = try await app()
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await DeskTests.signIn(client)
            let page = try await client.execute(uri: "/desk/review/SYR1", method: .get, headers: [.cookie: headers[.cookie]!]) { $0.body.text }
            #expect(!page.contains("Accept and publish"))
            try await client.execute(uri: "/desk/review/SYR1", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=accept")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/desk/sources", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&name=X&kind=local")) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try await app.store.incident(id: "SYR1")?.incident.status == .proposed)
        #expect(try await app.store.sources().contains { $0.name == "X" } == false)
    }

    @Test func admin_classifiesADraftSource() async throws {
        let app = try await app()
        let draft = try await app.store.createSource(SourceInfo(name: "Idlib Media Center", kind: "local", draft: true), now: TestApp.now)
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await DeskTests.signIn(client, as: "ada")
            let list = try await client.execute(uri: "/desk/sources", method: .get, headers: [.cookie: headers[.cookie]!]) { $0.body.text }
            #expect(list.contains("Idlib Media Center</a> <span class=\"badge\">draft</span>"))
            try await client.execute(uri: "/desk/sources/\(draft.id)", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&name=Idlib+Media+Center&kind=opposition&affiliation=opposition&aliases=IMC%0Aidlib+media")) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/desk/sources/\(draft.id)", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&name=Idlib+Media+Center&kind=blog")) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
        let saved = try #require(try await app.store.source(id: draft.id))
        #expect(saved.kind == "opposition")
        #expect(saved.affiliation == "opposition")
        #expect(saved.aliases == ["IMC", "idlib media"])
        #expect(saved.draft == false)
    }
}
