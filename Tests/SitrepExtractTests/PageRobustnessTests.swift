import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Pages stitched at random from hostile fragments: the parsers never crash, fail only with a
/// `PageError`, and everything an import produces passes `Markdown.validate`.
struct PageRobustnessTests {
    static let fragments = [
        "UPDATE 1200 GMT: ", "UPDATE 9999 GMT: ", "ORIGINAL ENTRY: ", "PHOTO: a (b)", "See Other Story", "Op-Ed: X",
        "MONDAY FEATURE", "RIVER MAP 2", "Bridge Closed as Water Reaches Deck", "Footage:", "LATEST",
        "plain words", " *star* ", "_under_", "[link](javascript:alert(1))", "](", "\\", "<script>", "</p>",
        "<p>", "<img alt='CAP' src=x>", "<h2>", "</h2>", "<a href='https://e.org'>", "</a>", "<figure>",
        "<figcaption>", "</figure>", "<blockquote>", "&#0;", "&amp;", "&#x110000;", "\u{0}", "\u{1B}",
        "> ", "- ", "1. ", "\n", "\n\n", "\r\n", "\t", "é", "👍🏽", "\u{200B}",
    ]

    /// A small deterministic generator (SplitMix64) so failures can be reproduced.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func page(seed: UInt64) -> String {
        var generator = Generator(state: seed)
        let count = Int.random(in: 1...60, using: &generator)
        return (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined()
    }

    @Test(arguments: 0..<300)
    func randomPages_parseOrFailCleanly(seed: Int) {
        let text = Self.page(seed: UInt64(seed))
        for html in [false, true] {
            do {
                let page = html
                    ? try LiveBlogParser.parse(html: text, source: "r.html")
                    : try LiveBlogParser.parse(text: text, source: "r.txt")
                let result = page.storyImport(slug: nil, published: Date(timeIntervalSince1970: 0), timeZone: .gmt)
                for body in result.updates.map(\.body) + [result.draft.originalEntry] {
                    #expect(throws: Never.self) { try Markdown.validate(body) }
                }
                #expect(result.contentHash == page.contentHash)
            } catch {
                #expect(error.line >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test(arguments: 0..<300)
    func randomText_markdownNeverCrashesAndEscapingValidates(seed: Int) {
        let text = Self.page(seed: UInt64(seed) &+ 10_000)
        _ = Markdown.parse(text)
        _ = try? Markdown.validate(text)
        #expect(throws: Never.self) { try Markdown.validate(Markdown.escaped(text)) }
    }
}
