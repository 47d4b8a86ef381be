import Testing
@testable import SitrepModel

struct MarkdownParseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var expected: [MarkdownBlock]
        var testDescription: String { input.debugDescription }
    }

    static let blocks: [Case] = [
        Case(input: "", expected: []),
        Case(input: "Hello world", expected: [.paragraph([.text("Hello world")])]),
        Case(input: "One\ntwo\n\nThree", expected: [.paragraph([.text("One two")]), .paragraph([.text("Three")])]),
        Case(input: "Line one  \nline two", expected: [.paragraph([.text("Line one"), .lineBreak, .text("line two")])]),
        Case(input: "Line one\\\nline two", expected: [.paragraph([.text("Line one"), .lineBreak, .text("line two")])]),
        Case(input: "a\r\nb", expected: [.paragraph([.text("a b")])]),
        Case(input: "> Quoted\n> still", expected: [.quote([.paragraph([.text("Quoted still")])])]),
        Case(input: "> One\n>\n> Two", expected: [.quote([.paragraph([.text("One")]), .paragraph([.text("Two")])])]),
        Case(input: "> > nested", expected: [.quote([.quote([.paragraph([.text("nested")])])])]),
        Case(input: "- a\n- b", expected: [.list(ordered: false, items: [[.text("a")], [.text("b")]])]),
        Case(input: "* a\n* *b*", expected: [.list(ordered: false, items: [[.text("a")], [.emphasis([.text("b")])]])]),
        Case(input: "1. first\n2. second", expected: [.list(ordered: true, items: [[.text("first")], [.text("second")]])]),
        Case(input: "- a\n  more\n\n- b", expected: [.list(ordered: false, items: [[.text("a more")], [.text("b")]])]),
        Case(input: "- a\n\nAfter", expected: [.list(ordered: false, items: [[.text("a")]]), .paragraph([.text("After")])]),
        Case(input: "- a\n1. b", expected: [.list(ordered: false, items: [[.text("a")]]), .list(ordered: true, items: [[.text("b")]])]),
        Case(input: "Intro:\n- a", expected: [.paragraph([.text("Intro:")]), .list(ordered: false, items: [[.text("a")]])]),
        Case(input: "In\n2016. It was", expected: [.paragraph([.text("In 2016. It was")])]),
        Case(input: "-not a list", expected: [.paragraph([.text("-not a list")])]),
        Case(input: "# Not a heading", expected: [.paragraph([.text("# Not a heading")])]),
    ]

    @Test(arguments: blocks)
    func parsesBlocks(_ example: Case) {
        #expect(Markdown.parse(example.input) == example.expected)
    }

    static let inlines: [Case] = [
        Case(input: "*em* and _em_", expected: [.paragraph([.emphasis([.text("em")]), .text(" and "), .emphasis([.text("em")])])]),
        Case(input: "**strong**", expected: [.paragraph([.strong([.text("strong")])])]),
        Case(input: "***both***", expected: [.paragraph([.strong([.emphasis([.text("both")])])])]),
        Case(input: "*a **b** c*", expected: [.paragraph([.emphasis([.text("a "), .strong([.text("b")]), .text(" c")])])]),
        Case(input: "**a *b* c**", expected: [.paragraph([.strong([.text("a "), .emphasis([.text("b")]), .text(" c")])])]),
        Case(input: "snake_case_name", expected: [.paragraph([.text("snake_case_name")])]),
        Case(input: "2 * 3 * 4", expected: [.paragraph([.text("2 * 3 * 4")])]),
        Case(input: "*unclosed", expected: [.paragraph([.text("*unclosed")])]),
        Case(input: "\\*not em\\*", expected: [.paragraph([.text("*not em*")])]),
        Case(input: "C:\\path", expected: [.paragraph([.text("C:\\path")])]),
        Case(input: "[EA](https://example.com/a)", expected: [.paragraph([.link(text: [.text("EA")], url: "https://example.com/a")])]),
        Case(input: "[*x*](http://e.org)", expected: [.paragraph([.link(text: [.emphasis([.text("x")])], url: "http://e.org")])]),
        Case(input: "[wiki](https://w.org/Foo_(bar)) end", expected: [.paragraph([.link(text: [.text("wiki")], url: "https://w.org/Foo_(bar)"), .text(" end")])]),
        Case(input: "[mail](mailto:desk@example.com)", expected: [.paragraph([.link(text: [.text("mail")], url: "mailto:desk@example.com")])]),
        Case(input: "[HTTPS](HTTPS://E.ORG)", expected: [.paragraph([.link(text: [.text("HTTPS")], url: "HTTPS://E.ORG")])]),
        Case(input: "[x](javascript:alert(1))", expected: [.paragraph([.text("x")])]),
        Case(input: "[x](ftp://e.org/f)", expected: [.paragraph([.text("x")])]),
        Case(input: "[x](relative/path)", expected: [.paragraph([.text("x")])]),
        Case(input: "[x] (https://e.org)", expected: [.paragraph([.text("[x] (https://e.org)")])]),
        Case(input: "[x](https://e.org/a b)", expected: [.paragraph([.text("[x](https://e.org/a b)")])]),
        Case(input: "[[x](https://e.org)](https://f.org)", expected: [.paragraph([.link(text: [.text("[x](https://e.org)")], url: "https://f.org")])]),
        Case(input: "x < 5 and <3", expected: [.paragraph([.text("x < 5 and <3")])]),
        Case(input: "<b>kept as text</b>", expected: [.paragraph([.text("<b>kept as text</b>")])]),
    ]

    @Test(arguments: inlines)
    func parsesInlines(_ example: Case) {
        #expect(Markdown.parse(example.input) == example.expected)
    }

    @Test(arguments: [
        ("*a* **b** [c](https://e.org)\n\n> q\n\n- one\n- two", "a b c\n\nq\n\n- one\n- two"),
        ("1. x\n2. y", "1. x\n2. y"),
        ("a  \nb", "a\nb"),
    ])
    func plainTextDropsMarkup(_ input: String, _ expected: String) {
        #expect(Markdown.plainText(input) == expected)
    }

    @Test(arguments: [
        "*not emphasis* and **not strong**",
        "snake_case [brackets] and a \\ backslash",
        "- a dash at the start",
        "> a chevron at the start",
        "1. a number at the start",
        "2) another",
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "First paragraph.\n\nSecond paragraph.",
    ])
    func escapedText_roundTripsAndValidates(_ plain: String) throws {
        let markdown = Markdown.escaped(plain)
        #expect(Markdown.plainText(markdown) == plain)
        try Markdown.validate(markdown)
    }

    @Test func hostileInput_parsesInLinearTime() {
        // Unmatched delimiters and brackets must not trigger backtracking.
        let input = String(repeating: "*a _b [c]( ", count: 10_000) + String(repeating: ">", count: 5_000) + " x"
        let blocks = Markdown.parse(input)
        #expect(blocks.count == 1)
        #expect(Markdown.plainText(blocks).count == input.count)
    }

    @Test func deeplyNestedQuotes_stopAtMaximumDepth() {
        let input = String(repeating: ">", count: 1_000) + " deep"
        var depth = 0
        var blocks = Markdown.parse(input)
        while case .quote(let inner)? = blocks.first {
            depth += 1
            blocks = inner
        }
        #expect(depth == MarkdownBlockParser.maximumQuoteDepth)
        #expect(blocks == [.paragraph([.text(String(repeating: ">", count: 1_000 - depth) + " deep")])])
    }
}
