import Foundation
@testable import SitrepExtract

/// Test helpers: fixture files next to this file, the shared samples, and extractors built once.
enum Support {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let samplePage = packageRoot.appendingPathComponent("../shared/samples/syria-daily-2016-05-05.txt").standardizedFileURL
    static var sampleExists: Bool { FileManager.default.fileExists(atPath: samplePage.path) }

    static func fixture(_ name: String) -> Data {
        (try? Data(contentsOf: testsDirectory.appendingPathComponent("Fixtures/\(name)"))) ?? Data()
    }

    /// The rule lexicon is the real one (it is code-like data); places, actors and sources are fixtures.
    static let fixtureExtractor = Extractor(
        gazetteer: fixture("gazetteer.tsv"), actors: fixture("actors.tsv"), sources: fixture("sources.tsv"), lexicon: bundledLexicon
    )

    static let bundledLexicon: Data = {
        let url = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SitrepExtract/Resources/lexicon.tsv")
        return (try? Data(contentsOf: url)) ?? Data()
    }()

    static let bundledCurrencies: Data = {
        let url = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SitrepExtract/Resources/currencies.tsv")
        return (try? Data(contentsOf: url)) ?? Data()
    }()

    static let bundled: Extractor = { try! Extractor.bundled() }()

    static func day(_ s: String) -> Date { ExtractIO.parseDay(s)! }
}
