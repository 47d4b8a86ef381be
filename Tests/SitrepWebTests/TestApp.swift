import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import SitrepModel
import SitrepStore
@testable import SitrepWeb

/// A fresh app on an in-memory store with a fixed clock, an editor ("ed") and her API token.
struct TestApp: Sendable {
    static let now = Date(timeIntervalSince1970: 1_462_455_900) // 2016-05-05T13:45:00Z
    static let password = "correct horse battery"

    let store: SQLiteStore
    let publisher: LivePublisher
    let newsroom: Newsroom
    let recordFeed: RecordFeed
    /// Routers are not Sendable; each test builds its application from this one router before use.
    nonisolated(unsafe) let router: Router<AppRequestContext>
    let token: String
    let config: AppConfig

    init(config: AppConfig = AppConfig(heartbeatSeconds: 3600), extraction: EventExtraction? = nil,
         indicators: IndicatorExtraction? = nil) async throws {
        store = try SQLiteStore.inMemory()
        _ = try await store.createUser(name: "ed", role: .editor, passwordHash: Credentials.hashPassword(Self.password, cost: 4), now: Self.now)
        let token = Credentials.newToken()
        try await store.addToken(hash: token.hash, label: "test", forUser: "ed", now: Self.now)
        self.token = token.plain
        self.config = config
        let sitrep = SitrepApp(config: config, dependencies: AppDependencies(store: store, extraction: extraction, indicators: indicators, now: { TestApp.now }))
        publisher = sitrep.publisher
        newsroom = sitrep.newsroom
        recordFeed = sitrep.recordFeed
        router = sitrep.router
    }

    var application: some ApplicationProtocol { Application(router: router) }

    var auth: HTTPFields { [.authorization: "Bearer \(token)", .contentType: "application/json"] }

    /// Creates a user of `role` (password `TestApp.password`) and returns JSON headers with a token of theirs.
    func user(_ name: String, role: Role) async throws -> HTTPFields {
        _ = try await store.createUser(name: name, role: role, passwordHash: Credentials.hashPassword(Self.password, cost: 4), now: Self.now)
        let token = Credentials.newToken()
        try await store.addToken(hash: token.hash, label: "test", forUser: name, now: Self.now)
        return [.authorization: "Bearer \(token.plain)", .contentType: "application/json"]
    }

    /// Creates a live story "aleppo" with `count` updates (bodies "Update number N.").
    @discardableResult
    func seed(updates count: Int = 0, slug: String = "aleppo", entry: String = "The truce was *declared* on Wednesday.") async throws -> Story {
        let story = try await newsroom.createStory(StoryDraft(
            slug: Slug(rawValue: slug)!, title: "Aleppo truce", summary: "Live coverage of the truce.",
            coverageStart: Self.now.addingTimeInterval(-3600), originalEntry: entry))
        for index in 0..<count {
            _ = try await newsroom.publish(to: story.slug, UpdateDraft(
                body: "Update number \(index + 1).", publishedAt: Self.now.addingTimeInterval(Double(index) * 60)))
        }
        return try await store.story(story.slug)!
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}

extension String {
    func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
