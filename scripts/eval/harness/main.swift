import Foundation
import SitrepExtract
import SitrepModel

// One text, one thread: ExtractIO.extractBatch on one item, JSON Lines written (what
// scripts/eval/instructions.sh counts); prints the event count, and writes the events to the
// second argument when one is given.
let path = CommandLine.arguments[1]
guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
let day = ExtractIO.parseDay("2020-05-05")!
let items = try ExtractIO.items(from: data, name: URL(fileURLWithPath: path).lastPathComponent, format: .text, published: day)
let extractor = try Extractor.bundled()
/// The extraction alone, the function scripts/eval/instructions.sh counts (`--toggle-collect`).
@inline(never) func measuredExtraction(_ items: [ExtractIO.Item], _ extractor: Extractor) -> (ExtractIO.Batch, ExtractIO.RunStats) {
    ExtractIO.extractBatch(items[...], with: extractor, assumeEvent: false, asJSONLines: true)
}
let (batch, stats) = measuredExtraction(items, extractor)
print("events \(stats.events) jsonBytes \(batch.jsonLines.count)")
if CommandLine.arguments.count > 2 {
    FileManager.default.createFile(atPath: CommandLine.arguments[2], contents: Data(batch.jsonLines))
}
