import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

@Suite struct DeskTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func value(of name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func cookie(_ name: String, from response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix("\(name)=") }
            .map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
    }

    /// Signs in as "ed"; returns the session cookie, the session's CSRF token and form headers
    /// carrying the cookie.
    static func signIn(_ client: some TestClientProtocol, as name: String = "ed") async throws -> (cookie: String, csrf: String, headers: HTTPFields) {
        let page = try await client.execute(uri: "/desk/login", method: .get) { $0 }
        let loginCSRF = try #require(value(of: "csrf", in: page.body.text))
        let loginCookie = try #require(cookie(DeskController.loginCSRFCookie, from: page))
        var headers = form
        headers[.cookie] = "\(DeskController.loginCSRFCookie)=\(loginCookie)"
        let login = try await client.execute(uri: "/desk/login", method: .post, headers: headers,
                                             body: ByteBuffer(string: "csrf=\(loginCSRF)&name=\(name)&password=correct+horse+battery")) { $0 }
        #expect(login.status == .seeOther)
        let session = try #require(cookie(Auth.sessionCookie, from: login))
        let desk = try await client.execute(uri: "/desk", method: .get, headers: [.cookie: "\(Auth.sessionCookie)=\(session)"]) { $0.body.text }
        let csrf = try #require(value(of: "csrf", in: desk))
        var formHeaders = form
        formHeaders[.cookie] = "\(Auth.sessionCookie)=\(session)"
        return (session, csrf, formHeaders)
    }

    @Test func editor_signsIn_postsAnUpdate_andReadersSeeIt() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await Self.signIn(client)
            try await client.execute(uri: "/desk/stories/aleppo", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=publish&headline=Camp+hit&body=More+than+30+killed.&key_event=on")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/desk/stories/aleppo?notice=published")
            }
            try await client.execute(uri: "/stories/aleppo", method: .get) { response in
                #expect(response.body.text.contains("More than 30 killed."))
                #expect(response.body.text.contains("<span class=\"badge key\">Key event</span>"))
            }
        }
        let updates = try await app.store.updates(of: Slug(rawValue: "aleppo")!, olderThan: nil, limit: 5)
        #expect(updates.map(\.author) == ["ed"])
    }

    @Test func formWithoutTheCSRFToken_isRefused_andChangesNothing() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            var (_, _, headers) = try await Self.signIn(client)
            try await client.execute(uri: "/desk/stories/aleppo", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=forged&action=publish&body=Injected")) { response in
                #expect(response.status == .forbidden)
            }
            // A cookie-authenticated API write needs the header too.
            headers[.contentType] = "application/json"
            try await client.execute(uri: "/api/v1/stories/aleppo/updates", method: .post, headers: headers,
                                     body: ByteBuffer(string: #"{"body":"Injected"}"#)) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try await app.store.updateCount(of: Slug(rawValue: "aleppo")!) == 0)
    }

    @Test func preview_rendersWithoutPublishing_andHostileBodiesAreExplained() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            let (_, csrf, headers) = try await Self.signIn(client)
            try await client.execute(uri: "/desk/stories/aleppo", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=preview&body=A+*draft*")) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("<p>A <em>draft</em></p>"))
            }
            try await client.execute(uri: "/desk/stories/aleppo", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&action=publish&body=%3Cscript%3Ex%3C%2Fscript%3E")) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text.contains("class=\"form-error\""))
                #expect(!response.body.text.contains("<script>x"))
            }
        }
        #expect(try await app.store.updateCount(of: Slug(rawValue: "aleppo")!) == 0)
    }

    @Test func login_isRateLimited_afterRepeatedFailures() async throws {
        let app = try await TestApp(config: AppConfig(heartbeatSeconds: 3600, loginAttempts: 3))
        try await app.application.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<4 {
                let page = try await client.execute(uri: "/desk/login", method: .get) { $0 }
                let token = try #require(Self.value(of: "csrf", in: page.body.text))
                var headers = Self.form
                headers[.cookie] = "\(DeskController.loginCSRFCookie)=\(token)"
                let status = try await client.execute(uri: "/desk/login", method: .post, headers: headers,
                                                      body: ByteBuffer(string: "csrf=\(token)&name=ed&password=wrong")) { $0.status }
                statuses.append(status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
        }
    }

    @Test func editing_createsARevision_andDeletionLeavesATombstone() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        let slug = Slug(rawValue: "aleppo")!
        let id = try await app.store.updates(of: slug, olderThan: nil, limit: 1)[0].id
        try await app.application.test(.router) { client in
            let (session, csrf, headers) = try await Self.signIn(client)
            try await client.execute(uri: "/desk/updates/\(id)", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&headline=&body=Revised+text.&pinned=on")) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/desk/updates/\(id)", method: .get, headers: [.cookie: "\(Auth.sessionCookie)=\(session)"]) { response in
                #expect(response.body.text.contains("Revision 2"))
                #expect(response.body.text.contains("Revision 1"))
            }
            try await client.execute(uri: SiteRoute.deskUpdateDelete(id).path, method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)")) { response in
                #expect(response.status == .seeOther)
            }
        }
        let update = try #require(try await app.store.update(id: id))
        #expect(update.isDeleted)
        #expect(update.revision == 2)
        #expect(try await app.store.revisions(of: id).map(\.body) == ["Update number 1.", "Revised text."])
    }
}
