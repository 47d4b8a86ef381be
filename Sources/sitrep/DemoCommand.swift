import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepStore
import SitrepWeb

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a fresh demo database with a demo story and an editor, then start the server."
    )

    @Option(help: "Demo database file (replaced on every run).") var database = "sitrep-demo.sqlite"
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080

    func run() async throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let store = try SQLiteStore(path: database)
        try await SourceSeed.seed(store)
        let page = try LiveBlogParser.parse(text: DemoContent.pageText, source: DemoContent.fileName)
        let draft = page.storyImport(slug: Slug(rawValue: "syria-live-demo"), title: "Syria Live: Aleppo Truce Falters (demo)",
                                     published: PageDate.parse("2016-05-05")!, timeZone: TimeZone(identifier: "GMT")!)
        guard case let .created(story, _) = try await store.importStory(draft, now: Date()) else {
            throw CLIError("The demo story was already in \(database).")
        }
        _ = try await store.updateStory(story.slug, StoryPatch(status: .live), now: Date())
        let password = String(Credentials.newToken(prefix: "").plain.prefix(16))
        _ = try await store.createUser(name: "demo", role: .editor, passwordHash: Credentials.hashPassword(password, cost: 10), now: Date())
        let reviewerPassword = String(Credentials.newToken(prefix: "").plain.prefix(16))
        _ = try await store.createUser(name: "reviewer", role: .reviewer, passwordHash: Credentials.hashPassword(reviewerPassword, cost: 10), now: Date())
        let server = try ServerSetup(store: store, host: host, port: port, baseURL: nil, secureCookies: false, extract: true, logLevel: "info")
        if let extraction = server.dependencies.extraction {
            let record = RecordKeeper(store: store)
            _ = try await EventBackfill.run(store: store, slug: story.slug, extraction: extraction, indicators: server.dependencies.indicators,
                                            record: record)
            // The demo reviewer has accepted what the extractor found with a toll or a second
            // voice, so the public record has incidents; the rest wait in the review queue.
            if let reviewer = try await store.user(named: "reviewer") {
                for incident in try await store.incidents(IncidentQuery(statuses: [.proposed], storyID: story.id, limit: 500))
                where incident.figures.fatalities > 0 || incident.effectiveGrade != .weak {
                    _ = try await record.review(incident.id, .accept(reason: "demo: accepted when the demo was made"), by: reviewer, now: Date())
                }
            }
        }
        FileHandle.standardOutput.write(Data("""
        Sitrep demo is running.
          Story:  \(server.config.baseURL)/stories/\(story.slug)
          Desk:   \(server.config.baseURL)/desk  (name: demo, password: \(password))
          Review: \(server.config.baseURL)/desk/review  (name: reviewer, password: \(reviewerPassword))
          Feed:   \(server.config.baseURL)/stories/\(story.slug)/feed.atom
        Press Ctrl-C to stop.

        """.utf8))
        try await server.run()
    }
}
