import Testing
@testable import SitrepModel

/// `Markdown.escaped` takes a byte loop for ASCII lines and a character loop for the others; the
/// two must agree wherever both apply, so the character loop is the oracle here.
struct MarkdownEscapeTests {
    @Test(arguments: [
        "", " ", "\t \t", "plain words", "  padded line \t", "*a* _b_ [c] <d> `e` \\f",
        ">", "> quote", "-", "+", "- item", "+ item", "-item", "-\titem", "--", "+-",
        "1.", "1. one", "1) one", "12.x", "123456789. nine", "1234567890. ten", "1.\tx", "1", "1 .",
        "a\u{1}b\u{7F}c", "\u{1}> after a control", "\u{1}  1. after a control", "\u{0}", "tab\tinside",
        "* star at the start", "_ underscore at the start", "9) x", "0. zero",
    ])
    func asciiLines_matchTheCharacterRules(_ line: String) {
        #expect(Markdown.escapedASCIILine(line[...].utf8) == Markdown.escapedLine(line[...]))
    }

    @Test func randomASCIILines_matchTheCharacterRules() {
        // The characters the rules look at, plus a few ordinary ones and controls.
        let alphabet = Array("\\*_[]<`>-+.)0123456789 \tab\u{1}\u{7F}\r")
        var generator = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 12)
            let line = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            #expect(Markdown.escapedASCIILine(line[...].utf8) == Markdown.escapedLine(line[...]), "\(line.debugDescription)")
        }
    }

    @Test func mixedText_escapesEachLineByItsOwnRules() {
        let plain = "  café *au lait*  \n- dash\r\n\u{301}* combining\n1. “quoted”\n\n[plain]"
        #expect(Markdown.escaped(plain) == #"café \*au lait\*"# + "\n" + #"\- dash"# + "\n" + "\u{301}\\* combining"
            + "\n" + #"1\. “quoted”"# + "\n\n" + #"\[plain\]"#)
    }
}

/// A small deterministic generator, so a failing case can be reproduced.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
