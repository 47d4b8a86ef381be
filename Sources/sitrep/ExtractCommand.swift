import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel

/// `sitrep extract`: conflict events from reports, as JSON Lines, ACLED CSV or GeoJSON.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract ACLED-coded events from conflict reports.",
        discussion: "Reads standard input when no file is given. With --input jsonl each line is {\"id\", \"text\", \"published\"}."
    )

    @Argument(help: "Files to read (standard input when none).")
    var files: [String] = []

    @Option(help: "Publication day, YYYY-MM-DD (UTC); defaults to today.")
    var published: String?

    @Option(help: "Input format: text, html or jsonl.")
    var input: String = "text"

    @Option(help: "Output format: jsonl, csv or geojson.")
    var output: String = "jsonl"

    @Flag(help: "Each text reports one event (ACLED-style notes): always code one, as \"Other\" when no trigger is found. Without it a text that reports no conflict event yields nothing, as on the desk.")
    var assumeEvent = false

    @Flag(help: "Print the extraction throughput (bytes, seconds, MB/s; loading and I/O excluded) to standard error.")
    var timing = false

    func run() async throws {
        guard let inputFormat = ExtractIO.InputFormat(rawValue: input) else {
            throw ValidationError("--input must be one of text, html, jsonl (got \"\(input)\")")
        }
        guard let outputFormat = ExtractIO.OutputFormat(rawValue: output) else {
            throw ValidationError("--output must be one of jsonl, csv, geojson (got \"\(output)\")")
        }
        var day = Date()
        if let published {
            guard let parsed = ExtractIO.parseDay(published) else {
                throw ValidationError("--published must be a date as YYYY-MM-DD (got \"\(published)\")")
            }
            day = parsed
        }
        let extractor = try Extractor.bundled()
        var items: [ExtractIO.Item] = []
        do {
            if files.isEmpty {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                items = try ExtractIO.items(from: data, name: "stdin", format: inputFormat, published: day)
            }
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ExtractError(code: .unreadableFile, message: "\(path): cannot read this file")
                }
                let name = URL(fileURLWithPath: path).lastPathComponent
                items += try ExtractIO.items(from: data, name: name, format: inputFormat, published: day)
            }
        } catch let error as ExtractError {
            FileHandle.standardError.write(Data(("error: " + error.message + "\n").utf8))
            throw ExitCode(2)
        }
        var all: [ExtractedEvent] = []
        var spent: Duration = .zero
        var bytes = 0
        var count = 0
        let clock = ContinuousClock()
        for item in items {
            let start = clock.now
            let events = extractor.extract(text: item.text, published: item.published, context: .init(docID: item.id, assumeEvent: assumeEvent))
            spent += clock.now - start
            bytes += item.text.utf8.count
            count += events.count
            if outputFormat == .jsonl {
                // a few hundred lines per write: one string for a long text's thousands of events
                // (and its copy as Data) would double the memory the events take
                for start in stride(from: 0, to: events.count, by: 256) {
                    let batch = events[start..<min(start + 256, events.count)]
                    FileHandle.standardOutput.write(Data(ExtractIO.jsonLines(batch).utf8))
                }
            } else {
                all += events
            }
        }
        if outputFormat != .jsonl {
            FileHandle.standardOutput.write(Data(ExtractIO.encode(all, as: outputFormat).utf8))
        }
        if timing {
            let seconds = Double(spent.components.seconds) + Double(spent.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(bytes) / seconds / 1_000_000 : 0
            let line = "extract: \(bytes) bytes, \(items.count) docs, \(count) events in \(String(format: "%.3f", seconds)) s = \(String(format: "%.1f", rate)) MB/s\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
