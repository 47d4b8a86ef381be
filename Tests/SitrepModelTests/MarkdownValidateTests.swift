import Testing
@testable import SitrepModel

struct MarkdownValidateTests {
    @Test(arguments: [
        "Plain prose with x < 5 and <3 and a -> b.",
        "*Emphasis*, **strong**, [a link](https://example.com) and [mail](mailto:a@b.org).",
        "> A quote\n\n- a list\n- of items\n\n1. and numbers",
        "Tabs\tare fine\r\nand so is CRLF.",
        "An escaped \\<b> is literal text.",
        "Prose mentioning javascript: is harmless.",
        "[data sheet](https://example.com/data:1)",
        String(repeating: "a", count: Markdown.maximumLength),
    ])
    func acceptsSafeBodies(_ body: String) throws {
        try Markdown.validate(body)
    }

    struct Rejection: CustomTestStringConvertible, Sendable {
        var input: String
        var code: MarkdownError.Code
        var line: Int
        var testDescription: String { String(input.prefix(60)).debugDescription }
    }

    static let rejections: [Rejection] = [
        Rejection(input: "<script>alert(1)</script>", code: .rawHTML, line: 1),
        Rejection(input: "ok\n\n<img src=x onerror=alert(1)>", code: .rawHTML, line: 3),
        Rejection(input: "a <iframe src=//evil>", code: .rawHTML, line: 1),
        Rejection(input: "closing </div> only", code: .rawHTML, line: 1),
        Rejection(input: "<!-- comment -->", code: .rawHTML, line: 1),
        Rejection(input: "<?php echo 1 ?>", code: .rawHTML, line: 1),
        Rejection(input: "<B>upper</B>", code: .rawHTML, line: 1),
        Rejection(input: "\\\\<b>", code: .rawHTML, line: 1),
        Rejection(input: "[x](javascript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](JaVaScRiPt:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "one\ntwo [x]( javascript:alert(1))", code: .unsafeLink, line: 2),
        Rejection(input: "[x](java&#115;cript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](java&#x73;cript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](javascript&colon;alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](jav\tascript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](jav&Tab;ascript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](java\nscript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](java%73cript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](java\\script:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](java\u{200B}script:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](&amp;#106;avascript:alert(1))", code: .unsafeLink, line: 1),
        Rejection(input: "[x](data:text/html;base64,PHNjcmlwdD4=)", code: .unsafeLink, line: 1),
        Rejection(input: "[x](VBScript:msgbox)", code: .unsafeLink, line: 1),
        Rejection(input: "nul\u{0}byte", code: .controlCharacter, line: 1),
        Rejection(input: "a\n\nbell\u{7}", code: .controlCharacter, line: 3),
        Rejection(input: "lone\rreturn", code: .controlCharacter, line: 1),
        Rejection(input: "escape\u{1B}[31m", code: .controlCharacter, line: 1),
        Rejection(input: "c1\u{85}control", code: .controlCharacter, line: 1),
        Rejection(input: "escaped \\\u{0} too", code: .controlCharacter, line: 1),
        Rejection(input: String(repeating: "a\n", count: 50_000) + "b", code: .tooLong, line: 50_001),
    ]

    @Test(arguments: rejections)
    func rejectsHostileBodies(_ example: Rejection) {
        let error = #expect(throws: MarkdownError.self) { try Markdown.validate(example.input) }
        #expect(error?.code == example.code)
        #expect(error?.line == example.line)
    }

    @Test func errorMessage_saysWhatToFix() {
        let error = #expect(throws: MarkdownError.self) { try Markdown.validate("Hi\n<script>x</script>") }
        #expect(error?.description == "line 2: raw HTML is not allowed (found \u{201C}<script>\u{201D}); remove the tag, or write \\< for a literal <")
        let link = #expect(throws: MarkdownError.self) { try Markdown.validate("[x](java&#115;cript:1)") }
        #expect(link?.message == "links to javascript addresses are not allowed; use an http://, https:// or mailto: link")
        let control = #expect(throws: MarkdownError.self) { try Markdown.validate("a\u{7}") }
        #expect(control?.message == "remove the invisible control character U+0007; only tabs and line breaks are allowed")
    }

    @Test func manyLinkOpenings_validateWithoutQuadraticWork() throws {
        // 33,000 "](" openings, each followed by a long target: only a bounded prefix is examined.
        try Markdown.validate(String(repeating: "](", count: 33_000) + String(repeating: "a", count: 30_000))
        let padded = "[x](" + String(repeating: " ", count: 200) + "javascript:alert(1))"
        let error = #expect(throws: MarkdownError.self) { try Markdown.validate(padded) }
        #expect(error?.code == .unsafeLink)
    }

    @Test func firstProblemInTextOrder_isReported() {
        let error = #expect(throws: MarkdownError.self) { try Markdown.validate("fine\n[x](data:1)\n<b>") }
        #expect(error?.code == .unsafeLink)
        #expect(error?.line == 2)
    }
}
