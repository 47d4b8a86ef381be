import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepStore
import SitrepWeb

struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Keep the record: claims, incidents and grades.", subcommands: [Rebuild.self, RecordBenchCommand.self]
    )

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Re-read every update with the current extractor (after an upgrade). Claims that still say the same are kept, changed ones are replaced, and every reviewer decision (corrections, grades, acceptances, rejections, merges) stays."
        )

        @OptionGroup var store: StoreOptions
        @Option(help: "Only this story (its slug).") var story: String?

        func run() async throws {
            let store = try await self.store.openSeeded()
            let extractor = try Extractor.bundled()
            let extraction = try EventExtractionSetup.make(extractor)
            let indicators = EventExtractionSetup.indicators(extractor)
            let record = RecordKeeper(store: store)
            var slugs: [Slug] = []
            if let story {
                guard let slug = Slug(rawValue: story), try await store.story(slug) != nil else {
                    throw ValidationError("There is no story \"\(story)\".")
                }
                slugs = [slug]
            } else {
                var offset = 0
                while true {
                    let page = try await store.stories(limit: 100, offset: offset)
                    slugs += page.map(\.story.slug)
                    if page.count < 100 { break }
                    offset += 100
                }
            }
            let start = Date()
            var updates = 0, events = 0
            for slug in slugs {
                updates += try await store.updateCount(of: slug)
                events += try await EventBackfill.run(store: store, slug: slug, extraction: extraction, indicators: indicators, record: record, now: Date())
            }
            let seconds = Date().timeIntervalSince(start)
            let incidents = try await store.incidentCount(IncidentQuery(statuses: [.proposed, .published]))
            print("Re-read \(updates) updates of \(slugs.count) stor\(slugs.count == 1 ? "y" : "ies") in \(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", Double(updates) / max(seconds, 0.001))) updates/s): \(events) events, \(incidents) open incidents.")
        }
    }
}
