import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// The sample live-blog page from ../shared, scored on its two casualty events (the full score is
/// scripts/eval/run.sh). Skipped when the shared folder is absent.
@Suite(.enabled(if: Support.sampleExists, "needs ../shared/samples/syria-daily-2016-05-05.txt next to the package"))
struct GoldenPageTests {
    static func events() throws -> [ExtractedEvent] {
        let text = try String(contentsOf: Support.samplePage, encoding: .utf8)
        return Support.bundled.extract(text: text, published: Support.day("2016-05-05"), context: .init(docID: "page"))
    }

    @Test func sarmadaCampStrike() throws {
        let e = try #require(try Self.events().first { $0.location == "Sarmada" || $0.text.contains("Kamounia") })
        #expect(e.subEventType == "Air/drone strike")
        #expect(e.fatalities == 30)
        #expect(e.certainty == "verified")
        #expect(e.date == "2016-05-05")
        #expect(e.actor1?.contains("Russia") == true)
    }

    @Test func eastHomsCarBombs() throws {
        let e = try #require(try Self.events().first { $0.subEventType == "Remote explosive/landmine/IED" })
        #expect(e.admin1 == "Homs")
        #expect(e.fatalities == 8)
        #expect(e.injured == 50)
        #expect(e.certainty == "claimed")
        #expect(e.actor1?.contains("Islamic State") == true)
    }

    @Test func everyEventHasDocIDAndValidSpans() throws {
        let text = try String(contentsOf: Support.samplePage, encoding: .utf8)
        for e in try Self.events() {
            #expect(e.docID == "page")
            for list in e.spans.values {
                for s in list.spans { #expect(s.start >= 0 && s.start <= s.end && s.end <= text.utf8.count) }
            }
        }
    }
}
