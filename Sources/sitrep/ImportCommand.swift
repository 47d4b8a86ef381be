import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepStore
import SitrepWeb

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import published live-blog pages (plain text or HTML) as stories.",
        discussion: "Importing the same page again creates nothing new. A bad file is reported with its name and line and does not stop the others."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case auto, text, html }

    @OptionGroup var store: StoreOptions
    @Argument(help: "Page files.") var files: [String]
    @Option(help: "Story slug (only with a single file; default: derived from the title and date).") var story: String?
    @Option(help: "The page's date, YYYY-MM-DD (default: a date in the file name).") var published: String?
    @Option(help: "Time zone of the page's UPDATE stamps.") var timeZone = "GMT"
    @Option(help: "Input format: auto, text or html.") var format: Format = .auto
    @Flag(help: "Do not extract proposed events from the imported updates.") var noExtract = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one file to import.") }
        if story != nil, files.count > 1 { throw ValidationError("--story names one story; import one file with it.") }
        if let story, Slug(rawValue: story) == nil {
            throw ValidationError("--story must use lowercase letters, digits and single hyphens.")
        }
        if TimeZone(identifier: timeZone) == nil { throw ValidationError("--time-zone must be a zone name such as GMT or Europe/London.") }
        if let published, PageDate.parse(published) == nil { throw ValidationError("--published must be a date like 2016-05-05.") }
    }

    func run() async throws {
        let zone = TimeZone(identifier: timeZone)!
        let reader = PageReader(format: format, story: story.flatMap(Slug.init(rawValue:)),
                                published: published.flatMap(PageDate.parse), timeZone: zone)
        // The next file is read and parsed while the store saves this one: parsing takes about as
        // long as PostgreSQL's work on a page (mostly building search vectors), and on two cores
        // the two overlap instead of following each other. Results are still taken in file order.
        let files = self.files
        func prepare(_ index: Int) -> Task<Result<StoryImport, any Error>, Never>? {
            guard files.indices.contains(index) else { return nil }
            let file = files[index]
            return Task { Result { try reader.prepare(file) } }
        }
        var next = prepare(0)  // before the store opens: the first page is parsed while it migrates
        let store = try await self.store.openSeeded()
        let extractor = noExtract ? nil : try Extractor.bundled()
        let extraction = try extractor.map { try EventExtractionSetup.make($0) }
        let indicators = extractor.map(EventExtractionSetup.indicators)
        let record = RecordKeeper(store: store)
        let progress = Progress(total: files.count)
        var created = 0, unchanged = 0, failed = 0, updates = 0
        for (index, file) in files.enumerated() {
            progress.show(done: index, current: file)
            let prepared = await next?.value
            next = prepare(index + 1)
            do {
                guard let draft = try prepared?.get() else { continue }  // never: every index has a task
                switch try await store.importStory(draft, now: Date()) {
                case let .created(story, count):
                    created += 1
                    updates += count
                    var events = 0
                    if let extraction {
                        events = try await EventBackfill.run(store: store, slug: story.slug, extraction: extraction, indicators: indicators, record: record)
                    }
                    let incidents = try await store.incidentCount(IncidentQuery(statuses: nil, storyID: story.id))
                    progress.log("\(file): created /stories/\(story.slug) with \(count) updates, \(events) proposed events, \(incidents) incidents")
                case let .unchanged(story):
                    unchanged += 1
                    if let extraction {
                        // The page was stored before, but reading it into the record may not have
                        // finished (an import killed while extracting). Reading is idempotent, so
                        // it is done again: a rerun always completes what the first run began.
                        let events = try await EventBackfill.run(store: store, slug: story.slug, extraction: extraction,
                                                                 indicators: indicators, record: record)
                        progress.log("\(file): already imported as /stories/\(story.slug); read again: \(events) proposed events")
                    } else {
                        progress.log("\(file): already imported as /stories/\(story.slug)")
                    }
                }
            } catch {
                failed += 1
                progress.log("error: \(Self.describe(error, file: file))")
            }
        }
        progress.finish()
        try await store.syncImports()
        print("Imported \(created) stor\(created == 1 ? "y" : "ies") (\(updates) updates), \(unchanged) unchanged, \(failed) failed.")
        if failed > 0 { throw ExitCode(1) }
    }

    static func describe(_ error: any Error, file: String) -> String {
        switch error {
        case let error as PageError: error.description
        case let error as CLIError: error.message
        case let error as StoreError: "\(file): \(error.message)"
        default: "\(file): \(error)"
        }
    }
}

/// Reads, parses and dates one page file: plain values only, so it can run off the import loop.
struct PageReader: Sendable {
    var format: ImportCommand.Format
    var story: Slug?
    var published: Date?
    var timeZone: TimeZone

    func prepare(_ file: String) throws -> StoryImport {
        let page = try read(file)
        guard let day = published ?? PageDate.find(in: file) else {
            throw CLIError("\(file): no date; pass --published YYYY-MM-DD or put the date in the file name.")
        }
        return page.storyImport(slug: story, published: day, timeZone: timeZone)
    }

    func read(_ file: String) throws -> LiveBlogPage {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot be read (missing or not a file).")
        }
        let text = try LiveBlogParser.decode(Array(data), source: file)
        let isHTML = switch format {
        case .html: true
        case .text: false
        case .auto: file.lowercased().hasSuffix(".html") || file.lowercased().hasSuffix(".htm")
            || text.drop(while: { $0.isWhitespace }).hasPrefix("<")
        }
        return isHTML ? try LiveBlogParser.parse(html: text, source: file) : try LiveBlogParser.parse(text: text, source: file)
    }
}

struct CLIError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Page dates: "2016-05-05" given or found in a file name.
enum PageDate {
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    static func find(in name: String) -> Date? {
        let characters = Array((name as NSString).lastPathComponent)
        guard characters.count >= 10 else { return nil }
        for start in 0...(characters.count - 10) {
            if let date = parse(String(characters[start..<start + 10])) { return date }
        }
        return nil
    }
}

/// A progress bar on standard error when it is a terminal; plain log lines otherwise.
final class Progress {
    let total: Int
    let isTerminal = isatty(STDERR_FILENO) == 1

    init(total: Int) { self.total = total }

    func show(done: Int, current: String) {
        guard isTerminal, total > 1 else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(done)/\(total) \((current as NSString).lastPathComponent)".utf8))
    }

    func log(_ line: String) {
        FileHandle.standardError.write(Data(((isTerminal && total > 1) ? "\r\u{1B}[K" : "").utf8 + Array((line + "\n").utf8)))
    }

    func finish() {
        if isTerminal, total > 1 { show(done: total, current: "done"); FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
