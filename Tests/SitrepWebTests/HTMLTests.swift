import Testing
@testable import SitrepWeb

@Suite struct HTMLTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("Tom & Jerry", "<p>Tom &amp; Jerry</p>"),
        ("&lt;b&gt;", "<p>&amp;lt;b&amp;gt;</p>"),
        ("\"quoted\" 'single'", "<p>\"quoted\" 'single'</p>"),
    ])
    func text_isEscaped(input: String, expected: String) {
        #expect(el("p") { input }.render() == expected)
    }

    @Test func attributeValues_areEscaped() {
        let html = el("a", ["href": "https://x.test/\" onmouseover=\"alert(1)", "title": "<'&>"]) { "x" }.render()
        #expect(html == "<a href=\"https://x.test/&quot; onmouseover=&quot;alert(1)\" title=\"&lt;&#39;&amp;&gt;\">x</a>")
    }

    @Test func voidElements_haveNoClosingTag_andBooleanAttributesNoValue() {
        #expect(el("input", ["name": "q", "required": ""]).render() == "<input name=\"q\" required>")
        #expect(el("img", ["src": "a.png", "alt": nil]).render() == "<img src=\"a.png\">")
    }

    @Test func jsonScript_cannotCloseTheScriptElement() {
        let html = HTML.jsonScript("{\"a\":\"</script><script>alert(1)</script>\"}").render()
        #expect(!html.contains("</script><script>"))
        #expect(html.contains("\\u003c/script\\u003e"))
    }

    @Test func xml_closesEmptyElements() {
        let xml = el("feed") { el("link", ["href": "https://a.test/?a=1&b=2"]); el("title") { "A & B" } }.renderXML()
        #expect(xml.hasSuffix("<feed><link href=\"https://a.test/?a=1&amp;b=2\"/><title>A &amp; B</title></feed>"))
    }

    @Test(arguments: [
        ("[click](javascript:alert(1))", "javascript:"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("[x](data:text/html,hi)", "data:text"),
    ])
    func markdown_neverRendersHostileMarkup(input: String, forbidden: String) {
        #expect(!HTML.markdown(input).render().contains(forbidden))
    }

    @Test func markdown_rendersTheSubset() {
        let html = HTML.markdown("A *truce* in **Aleppo**, see [SANA](https://sana.sy).\n\n> quoted\n\n- one\n- two").render()
        #expect(html == "<p>A <em>truce</em> in <strong>Aleppo</strong>, see <a href=\"https://sana.sy\" rel=\"nofollow noopener\">SANA</a>.</p><blockquote><p>quoted</p></blockquote><ul><li>one</li><li>two</li></ul>")
    }
}
