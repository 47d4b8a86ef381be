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

    @Flag(help: "Print the extraction throughput (bytes, seconds, MB/s per core and over the wall clock; loading and I/O excluded) to standard error.")
    var timing = false

    @Option(help: "Documents extracted at once (default: one per processor core). Output order is the input's whatever the number.")
    var jobs: Int?

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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more (got \(jobs))") }
        // the resources load (a third of a second) while the input is read and parsed
        let loading = Task { try Extractor.bundled() }
        var items: [ExtractIO.Item] = []
        do {
            if files.isEmpty {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                items = try ExtractIO.items(from: data, name: "stdin", format: inputFormat, published: day)
            }
            for path in files {
                // FileHandle reads devices and pipes too ("/dev/stdin", "/dev/null"), which `contents(atPath:)` refuses
                guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.readToEnd() ?? Data() else {
                    throw ExtractError(code: .unreadableFile, message: "\(path): cannot read this file")
                }
                let name = URL(fileURLWithPath: path).lastPathComponent
                items += try ExtractIO.items(from: data, name: name, format: inputFormat, published: day)
            }
        } catch let error as ExtractError {
            FileHandle.standardError.write(Data(("error: " + error.message + "\n").utf8))
            throw ExitCode(2)
        }
        let extractor = try await loading.value
        let asJSONLines = outputFormat == .jsonl
        var all: [ExtractedEvent] = []
        let stats = await ExtractIO.extractAll(items, with: extractor, assumeEvent: assumeEvent, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                               asJSONLines: asJSONLines) { batch in
            if asJSONLines {
                if !batch.jsonLines.isEmpty { FileHandle.standardOutput.write(Data(batch.jsonLines)) }
            } else {
                all += batch.events
            }
        }
        if !asJSONLines {
            FileHandle.standardOutput.write(Data(ExtractIO.encode(all, as: outputFormat).utf8))
        }
        if timing {
            FileHandle.standardError.write(Data((stats.summary + "\n").utf8))
        }
    }
}
