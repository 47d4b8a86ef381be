import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Texts over `Extractor.partBytes` are read in parts cut at paragraph breaks (bounded memory):
/// the cuts, and that reading in parts finds the same events with spans into the whole text.
@Suite struct LongTextTests {
    static let extractor = Support.fixtureExtractor
    static let published = Support.day("2016-05-05")

    static func ends(_ text: String, limit: Int) -> [Int] {
        var t = text
        return t.withUTF8 { Extractor.partEnds($0, limit: limit) }
    }

    @Test func cutsAfterTheLastBlankLineThatFits() {
        let text = "First paragraph here.\n\nSecond one, a bit longer.\n\nThird."
        // a limit of 40 bytes: the blank line after "First paragraph here." (byte 23) is the last in bytes 20...40
        let cuts = Self.ends(text, limit: 40)
        #expect(cuts.first == 23)
        #expect(cuts.last == text.utf8.count)
    }

    @Test(arguments: [
        String(repeating: "Rebels shelled the town. ", count: 400),                 // sentences, no line breaks
        String(repeating: "ش", count: 3_000),                                         // two-byte letters, no space at all
        String(repeating: "x", count: 5_000),                                         // one long word
        (0..<200).map { "Paragraph \($0) speaks of Homs.\n\n" }.joined(),
        String(repeating: "Résumé — ‘quoted’ ", count: 300),
    ])
    func partsCoverTheTextAndNeverSplitALetter(text: String) {
        let bytes = Array(text.utf8)
        for limit in [64, 100, 257, 1_000] {
            let cuts = Self.ends(text, limit: limit)
            var start = 0
            for end in cuts {
                #expect(end > start, "no empty part")
                #expect(end - start <= limit, "no part over the limit")
                if end < bytes.count { #expect(bytes[end] & 0xC0 != 0x80, "a cut at the start of a UTF-8 scalar") }
                start = end
            }
            #expect(start == bytes.count)
        }
    }

    @Test func aTextUnderTheLimitIsOnePart() {
        #expect(Self.ends("Short text.", limit: 64) == [11])
    }

    @Test func readingInPartsFindsTheSameEventsWithSpansIntoTheWholeText() throws {
        let reports = [
            "Russian warplanes bombed the market in Sarmada, Idlib Province, killing 12 civilians, activists said.",
            "A car bomb exploded in Homs on Tuesday, killing 8 people and wounding 50.",
            "Rebels and regime forces clashed near Khan Tuman, south of Aleppo.",
            "Security forces arrested three men in Aleppo on Monday.",
            "Hundreds protested in Idlib against the government.",
        ]
        let text = (0..<40).map { reports[$0 % reports.count] }.joined(separator: "\n\n")
        let context = ExtractionContext(countryHint: "Syria", docID: "long")
        let whole = Self.extractor.extract(text: text, published: Self.published, context: context, partBytes: 1 << 20)
        let parted = Self.extractor.extract(text: text, published: Self.published, context: context, partBytes: 700)
        #expect(Self.ends(text, limit: 700).count >= 5, "the text is read in several parts")
        #expect(whole.count >= 20)
        #expect(parted.count == whole.count)
        let bytes = Array(text.utf8)
        for (a, b) in zip(whole, parted) {
            #expect(a.subEventType == b.subEventType)
            #expect(a.location == b.location)
            #expect(a.fatalities == b.fatalities)
            #expect(a.actor1 == b.actor1)
            #expect(a.date == b.date)
            #expect(a.spans == b.spans, "spans count bytes of the whole text in every part")
            let span = try #require(b.spans["location"]?.spans.first)
            #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self).hasPrefix(b.location?.components(separatedBy: " ").first ?? "?"))
        }
    }

    @Test func aHeadlineIsReadWithTheFirstPartOnly() throws {
        let body = (0..<30).map { _ in "A car bomb exploded in Homs, killing 8 people." }.joined(separator: "\n\n")
        let context = ExtractionContext(countryHint: "Syria", headline: "Bombings in Homs", docID: "h")
        let parted = Self.extractor.extract(text: body, published: Self.published, context: context, partBytes: 300)
        #expect(Self.ends(body, limit: 300).count > 3)
        // the headline is text before the body: it is read once, with the first part, and an event
        // that takes it as evidence has a span that starts before the body (clamped to 0)
        #expect(parted.filter { $0.text.contains("Bombings in Homs") }.count == 1)
        let bytes = Array(body.utf8)
        for e in parted {
            for list in e.spans.values {
                for s in list.spans { #expect(s.start >= 0 && s.end <= bytes.count && s.start <= s.end) }
            }
            // every other evidence span points at the body's own words
            if let span = e.spans["location"]?.first { #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "Homs") }
        }
    }
}
