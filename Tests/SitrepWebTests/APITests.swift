import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepStore
import Testing
@testable import SitrepWeb

@Suite struct APITests {
    @Test func postingAnUpdate_withToken_publishesIt() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            let body = #"{"headline":"Strike on camp","body":"More than 30 killed near *Sarmada*.","key_event":true}"#
            try await client.execute(uri: "/api/v1/stories/aleppo/updates", method: .post, headers: app.auth, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                let json = try JSONSerialization.jsonObject(with: Data(response.body.text.utf8)) as! [String: Any]
                #expect(json["headline"] as? String == "Strike on camp")
                #expect(json["sequence"] as? Int == 1)
                #expect(json["key_event"] as? Bool == true)
                #expect(json["body_html"] as? String == "<p>More than 30 killed near <em>Sarmada</em>.</p>")
                #expect(json["stamp"] as? String == "1345 GMT")
            }
        }
        #expect(try await app.store.updateCount(of: Slug(rawValue: "aleppo")!) == 1)
    }

    @Test func listingUpdatesSince_pagesInSequenceOrder() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 5)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/stories/aleppo/updates?since=2&limit=2", method: .get) { response in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(response.body.text.utf8)) as! [String: Any]
                let items = json["items"] as! [[String: Any]]
                #expect(items.map { $0["sequence"] as! Int } == [3, 4])
                #expect(json["next"] as? String == "4")
            }
        }
    }

    @Test func editingAndDeleting_keepHistory() async throws {
        let app = try await TestApp()
        try await app.seed(updates: 1)
        let id = try await app.store.updates(of: Slug(rawValue: "aleppo")!, olderThan: nil, limit: 1)[0].id
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/updates/\(id)", method: .patch, headers: app.auth,
                                     body: ByteBuffer(string: #"{"body":"Corrected: 31 killed."}"#)) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("\"revision\":2"))
            }
            try await client.execute(uri: "/api/v1/updates/\(id)/revisions", method: .get) { response in
                #expect(response.body.text.occurrences(of: "\"revision\":") == 2)
            }
            try await client.execute(uri: "/api/v1/updates/\(id)", method: .delete, headers: app.auth) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/updates/\(id)", method: .get) { response in
                #expect(response.body.text.contains("\"deleted\":true"))
            }
        }
        let events = try await app.store.liveEvents(storyID: 1, afterSequence: 0, limit: 10)
        #expect(events.map(\.kind) == [.update, .edit, .delete])
    }

    struct BadRequest: Sendable, CustomTestStringConvertible {
        var name: String
        var body: [UInt8]
        var contentType = "application/json"
        var status: HTTPResponse.Status
        var detailContains: String
        var testDescription: String { name }
    }

    static let badRequests: [BadRequest] = [
        BadRequest(name: "malformed JSON", body: Array(#"{"body": "x""#.utf8), status: .badRequest, detailContains: "not well-formed JSON"),
        BadRequest(name: "not an object", body: Array("[1,2]".utf8), status: .badRequest, detailContains: "JSON object"),
        BadRequest(name: "wrong type", body: Array(#"{"body": 42}"#.utf8), status: .unprocessableContent, detailContains: "\"body\" has the wrong type: expected a string"),
        BadRequest(name: "wrong type flag", body: Array(#"{"body": "x", "key_event": "yes"}"#.utf8), status: .unprocessableContent, detailContains: "\"key_event\" has the wrong type: expected true or false"),
        BadRequest(name: "unknown field", body: Array(#"{"body": "x", "hedline": "y"}"#.utf8), status: .unprocessableContent, detailContains: "Unknown field \"hedline\""),
        BadRequest(name: "missing body", body: Array(#"{"headline": "y"}"#.utf8), status: .unprocessableContent, detailContains: "\"body\" is required"),
        BadRequest(name: "empty body", body: Array(#"{"body": "   "}"#.utf8), status: .unprocessableContent, detailContains: "must not be empty"),
        BadRequest(name: "invalid UTF-8", body: Array(#"{"body": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), status: .badRequest, detailContains: "not valid UTF-8 (first bad byte at offset 10)"),
        BadRequest(name: "script tag", body: Array(#"{"body": "hi <script>alert(1)</script>"}"#.utf8), status: .unprocessableContent, detailContains: "\"body\", line 1"),
        BadRequest(name: "javascript link", body: Array(#"{"body": "[x](javascript:alert(1))"}"#.utf8), status: .unprocessableContent, detailContains: "\"body\", line 1"),
        BadRequest(name: "event handler", body: Array(#"{"body": "ok\n<img src=x onerror=alert(1)>"}"#.utf8), status: .unprocessableContent, detailContains: "\"body\", line 2"),
        BadRequest(name: "bad date", body: Array(#"{"body": "x", "published_at": "yesterday"}"#.utf8), status: .unprocessableContent, detailContains: "ISO 8601"),
        BadRequest(name: "form content type", body: Array("body=x".utf8), contentType: "application/x-www-form-urlencoded", status: .unsupportedMediaType, detailContains: "Content-Type: application/json"),
        BadRequest(name: "over 1 MB", body: Array(#"{"body": ""#.utf8) + Array(repeating: UInt8(ascii: "a"), count: 1_100_000) + Array(#""}"#.utf8), status: .contentTooLarge, detailContains: "larger than"),
    ]

    @Test(arguments: badRequests)
    func badInput_getsAPreciseProblem_andLeavesTheStoreUntouched(_ bad: BadRequest) async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            var headers = app.auth
            headers[.contentType] = bad.contentType
            try await client.execute(uri: "/api/v1/stories/aleppo/updates", method: .post, headers: headers, body: ByteBuffer(bytes: bad.body)) { response in
                #expect(response.status == bad.status)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try JSONSerialization.jsonObject(with: Data(response.body.text.utf8)) as! [String: Any]
                #expect((problem["detail"] as? String)?.contains(bad.detailContains) == true, "\(problem)")
                #expect(problem["status"] as? Int == Int(bad.status.code))
            }
        }
        let story = try #require(try await app.store.story(Slug(rawValue: "aleppo")!))
        #expect(story.lastSequence == 0)
        #expect(try await app.store.updateCount(of: story.slug) == 0)
    }

    @Test func writes_needAValidToken() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/stories/aleppo/updates", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"body":"x"}"#)) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer realm=\"sitrep\"")
            }
            try await client.execute(uri: "/api/v1/stories/aleppo/updates", method: .post,
                                     headers: [.contentType: "application/json", .authorization: "Bearer srp_nope"],
                                     body: ByteBuffer(string: #"{"body":"x"}"#)) { response in
                #expect(response.status == .unauthorized)
            }
        }
        #expect(try await app.store.updateCount(of: Slug(rawValue: "aleppo")!) == 0)
    }

    @Test func creatingAStory_rejectsDuplicateAndMalformedSlugs() async throws {
        let app = try await TestApp()
        try await app.seed()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/stories", method: .post, headers: app.auth,
                                     body: ByteBuffer(string: #"{"slug":"aleppo","title":"Again"}"#)) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/api/v1/stories", method: .post, headers: app.auth,
                                     body: ByteBuffer(string: #"{"slug":"Bad Slug!","title":"Again"}"#)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text.contains("\"field\":\"slug\""))
            }
            try await client.execute(uri: "/api/v1/stories", method: .post, headers: app.auth,
                                     body: ByteBuffer(string: #"{"slug":"homs","title":"Homs bombs","time_zone":"Europe/London"}"#)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/stories/homs")
            }
            try await client.execute(uri: "/api/v1/stories/no-such-story", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/stories/BAD%20slug", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(try await app.store.stories(limit: 10, offset: 0).map(\.story.slug.rawValue).sorted() == ["aleppo", "homs"])
    }

    @Test func openAPIDocument_describesExactlyTheRegisteredAPIRoutes() async throws {
        let app = try await TestApp()
        // Hummingbird describes captures as "{slug}", as OpenAPI does.
        let registered = Set(app.router.routes
            .filter { "\($0.path)".hasPrefix("/api/") }
            .map { "\($0.method.rawValue) \($0.path)" })
        let document = OpenAPIDocument.document(base: "http://x")
        let paths = document["paths"] as! [String: [String: Any]]
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        #expect(!registered.isEmpty)
        #expect(registered == described)
        #expect(document["openapi"] as? String == "3.1.0")
    }
}
