import ArgumentParser
import Foundation
import SitrepModel
import SitrepStore
import SitrepWeb

/// `sitrep record bench load|publish|synth`: the scaffolding of Benchmarks/record.sh (not for users).
struct RecordBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmark scaffolding for Benchmarks/record.sh.", shouldDisplay: false,
        subcommands: [Load.self, Publish.self, RecordSynthCommand.self]
    )

    /// JSON Lines of `{"text": ..., "published": "YYYY-MM-DD"}`.
    static func read(_ path: String, limit: Int?) throws -> [(text: String, published: Date)] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [(String, Date)] = []
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        day.dateFormat = "yyyy-MM-dd"
        for line in text.split(separator: "\n") {
            if let limit, rows.count >= limit { break }
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let body = object["text"] as? String, let published = (object["published"] as? String).flatMap(day.date(from:)) else {
                throw ValidationError("\(path): every line needs text and published (YYYY-MM-DD).")
            }
            rows.append((body, published.addingTimeInterval(12 * 3600)))
        }
        return rows
    }

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store the input as one story's updates, without extraction.")
        @OptionGroup var store: StoreOptions
        @Option(help: "JSON Lines input.") var input: String
        @Option(help: "Story slug.") var story = "record-bench"

        func run() async throws {
            let store = try await self.store.openSeeded()
            let rows = try RecordBenchCommand.read(input, limit: nil)
            let updates = rows.map { UpdateDraft(body: $0.text, publishedAt: $0.published) }
            let page = StoryImport(draft: StoryDraft(slug: Slug(rawValue: story)!, title: "Record benchmark", summary: ""),
                                   updates: updates, contentHash: "bench-\(story)-\(rows.count)")
            _ = try await store.importStory(page, now: Date())
            try await store.syncImports()
            print("Stored \(rows.count) updates in /stories/\(story).")
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Publish updates one by one; time extraction and the record.")
        @OptionGroup var store: StoreOptions
        @Option(help: "JSON Lines input.") var input: String
        @Option(help: "How many updates.") var count = 1000

        func run() async throws {
            let store = try await self.store.openSeeded()
            let extraction = try EventExtractionSetup.make()
            let record = RecordKeeper(store: store)
            let slug = Slug(rawValue: "record-bench-live-\(Int(Date().timeIntervalSince1970))")!
            _ = try await store.createStory(StoryDraft(slug: slug, title: "Record benchmark, live", summary: ""), now: Date())
            let open = try await store.incidentCount(IncidentQuery(statuses: [.proposed, .published]))
            var extract: [Double] = [], keep: [Double] = [], whole: [Double] = []
            let clock = ContinuousClock()
            for row in try RecordBenchCommand.read(input, limit: count) {
                let t0 = clock.now
                let update = try await store.publishUpdate(to: slug, UpdateDraft(body: row.text, publishedAt: row.published), now: Date()).update
                let t1 = clock.now
                let events = extraction(Markdown.plainText(update.body), update.headline, update.publishedAt)
                let t2 = clock.now
                try await record.reread(update, events: events, now: Date())
                let t3 = clock.now
                extract.append((t2 - t1).milliseconds)
                keep.append((t3 - t2).milliseconds)
                whole.append((t3 - t0).milliseconds)
            }
            func line(_ name: String, _ values: [Double]) -> String {
                let s = values.sorted()
                let p = { (q: Double) in s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)] }
                return String(format: "%@: median %.2f ms, p99 %.2f ms, max %.2f ms", name, p(0.5), p(0.99), s.last ?? 0)
            }
            print("\(keep.count) updates published with \(open) open incidents in the store")
            print(line("record (claims, clustering, fields, figures, grade, write)", keep))
            print(line("extraction", extract))
            print(line("publish + extraction + record", whole))
        }
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
