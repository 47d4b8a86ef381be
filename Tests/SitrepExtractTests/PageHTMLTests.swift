import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// An HTML page written for these tests, shaped like a published live blog.
struct PageHTMLTests {
    static let html = """
    <!DOCTYPE html>
    <html><head><title>Floods Live | Example Desk</title>
    <style>p { color: red; }</style>
    <script>document.write("<p>UPDATE 0100 GMT: injected</p>");</script>
    </head>
    <body>
    <header><nav><a href="/">Home</a> <a href="/live">LATEST</a></nav></header>
    <article>
    <h1>Floods Live: The River&nbsp;Rises</h1>
    <figure><img src="https://img.example.com/quay.jpg" alt="quay">
    <figcaption>PHOTO: Sandbags on the quay (Jane Roe/Agency)</figcaption></figure>
    <p>MONDAY FEATURE</p>
    <p><a href="https://example.com/op-ed">Op-Ed: &ldquo;Our Town Will Not Drown&rdquo;</a></p>
    <p><strong>UPDATE 1500 GMT:</strong> The river peaked at&#160;noon &amp; held.</p>
    <blockquote><p>The walls did their job,</p><p>said the engineer.</p></blockquote>
    <p><img src="javascript:alert(1)" alt="QUAY WALL 01-02-17" onerror="alert(1)"></p>
    <!-- <p>UPDATE 0200 GMT: commented out</p> -->
    <p>UPDATE 1410 GMT: Schools closed early.<br>Buses ran until four.</p>
    <p>ORIGINAL ENTRY: Heavy rain fell for a third day, and x &lt; 5 of the gauges worked.</p>
    <p>See <a href="https://example.com/jan-31">Floods Live, January 31: Rain Warnings</a><br>
    <a href="javascript:alert(1)">Floods Feature: Why the Dams Matter</a></p>
    <h2>Bridge Closed as Water Reaches Deck</h2>
    <p>Police closed the old
       bridge at dawn.</p>
    <figure><img src="https://img.example.com/bridge.jpg" alt="bridge"><figcaption>Water at the old bridge</figcaption></figure>
    </article>
    <footer><p>Copyright Example Desk</p></footer>
    </body></html>
    """

    @Test func htmlPage_yieldsTheSameStructureAsText() throws {
        let page = try LiveBlogParser.parse(html: Self.html, source: "floods.html")
        #expect(page.title == "Floods Live: The River\u{A0}Rises".replacing("\u{A0}", with: " "))
        #expect(page.leadPhoto == Photo(caption: "Sandbags on the quay", credit: "Jane Roe/Agency"))
        #expect(page.features == [Link(title: "Op-Ed: “Our Town Will Not Drown”", url: "https://example.com/op-ed")])
        #expect(page.updates.map(\.time) == ["15:00", "14:10"])
        #expect(page.updates[0].entry.paragraphs == [
            .init("The river peaked at noon & held."),
            .init("The walls did their job,", isQuote: true),
            .init("said the engineer.", isQuote: true),
        ])
        #expect(page.updates[0].entry.photos == [Photo(caption: "QUAY WALL 01-02-17")])
        #expect(page.updates[1].text == "Schools closed early.\nBuses ran until four.")
        #expect(page.originalEntry?.text == "Heavy rain fell for a third day, and x < 5 of the gauges worked.")
        #expect(page.seeAlso == [
            Link(title: "Floods Live, January 31: Rain Warnings", url: "https://example.com/jan-31"),
            Link(title: "Floods Feature: Why the Dams Matter", url: nil),
        ])
        #expect(page.sections.map(\.headline) == ["Bridge Closed as Water Reaches Deck"])
        #expect(page.sections[0].body == "Police closed the old bridge at dawn.")
        #expect(page.sections[0].photos == [Photo(url: "https://img.example.com/bridge.jpg", caption: "Water at the old bridge")])
        #expect(!page.updates.contains { $0.hour < 2 })
    }

    @Test func htmlQuotes_becomeMarkdownQuotes() throws {
        let page = try LiveBlogParser.parse(html: Self.html, source: "floods.html")
        let result = page.storyImport(slug: nil, published: .init(timeIntervalSince1970: 0), timeZone: .gmt)
        let latest = try #require(result.updates.last)
        #expect(latest.body == "The river peaked at noon & held.\n\n> The walls did their job,\n\n> said the engineer.")
        try Markdown.validate(latest.body)
        let withBreak = result.updates[1]
        #expect(withBreak.body == "Schools closed early.\\\nBuses ran until four.")
        #expect(Markdown.plainText(withBreak.body) == "Schools closed early.\nBuses ran until four.")
    }

    @Test func embeddedVideo_takesItsIntroductionAsTitle() throws {
        let html = """
        <p>UPDATE 0930 GMT: Water reached the square.</p>
        <p>Footage of the square:</p>
        <iframe src="https://video.example.com/embed/1"><p>fallback text</p></iframe>
        <p>UPDATE 0900 GMT: Rain.</p>
        <video src="https://cdn.example.com/2.mp4"></video>
        <embed src="javascript:alert(1)">
        """
        let page = try LiveBlogParser.parse(html: html, source: "v.html")
        #expect(page.updates.map(\.text) == ["Water reached the square.", "Rain."])
        #expect(page.updates.map(\.entry.videos) == [
            [Link(title: "Footage of the square", url: "https://video.example.com/embed/1")],
            [Link(title: "Video", url: "https://cdn.example.com/2.mp4")],
        ])
    }

    @Test func headingElements_makeSectionsAndTheTitle() throws {
        let html = """
        <header><h1>Valley Live</h1><nav>Menu</nav></header>
        <p>ORIGINAL ENTRY: Rain again.</p>
        <h2>roads close in the lower valley</h2>
        <p>Two roads are shut.</p>
        <h3>Schools Reopen</h3><p>Pupils returned.</p>
        """
        let page = try LiveBlogParser.parse(html: html, source: "v.html")
        #expect(page.title == "Valley Live")
        #expect(page.sections.map(\.headline) == ["roads close in the lower valley", "Schools Reopen"])
        #expect(page.sections.map(\.body) == ["Two roads are shut.", "Pupils returned."])
    }

    @Test(arguments: [
        ("a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;", "a & b <c> \"d\" 'e'"),
        ("&#x2014; &#8212; &mdash; &hellip;", "— — — …"),
        ("&#146;s &unknown; &amp &ampx; &#0; &#xZZ;", "’s &unknown; & &ampx; \u{FFFD} &#xZZ;"),
    ])
    func entities_decode(_ input: String, _ expected: String) {
        #expect(HTMLEntities.decode(input) == expected)
    }

    @Test(arguments: [
        ("<p>One</p><p>Two</p>", ["One", "", "Two"]),
        ("<P CLASS=x>Upper</P>", ["Upper"]),
        ("x < 5 and <3 <p>y", ["x < 5 and <3", "", "y"]),
        ("<p>a<br/>b</p>", ["a", "b"]),
        ("<div><span>in</span>line</div>", ["inline"]),
        ("<p>unclosed <b>bold", ["unclosed bold"]),
        ("<script>if (a < b) { x = '</p>'; }</script>after", ["after"]),
        ("<nav><p>menu</p></nav><p>kept</p>", ["kept"]),
        ("<p title='a>b'>quoted attribute</p>", ["quoted attribute"]),
        ("<p>tail <", ["tail <"]),
    ])
    func tolerantTokenizer_producesLines(_ html: String, _ expected: [String]) {
        #expect(HTMLPageText(html: html).lines.map(\.text) == expected)
    }

    @Test func htmlLines_keepSourceLineNumbers() throws {
        let html = "<p>intro</p>\n\n<p>UPDATE 2500 GMT: bad</p>"
        let error = #expect(throws: PageError.self) { try LiveBlogParser.parse(html: html, source: "p.html") }
        #expect(error?.line == 3)
        #expect(error?.code == .invalidTime)
    }
}
