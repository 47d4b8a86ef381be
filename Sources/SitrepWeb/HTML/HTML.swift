/// A small HTML tree that escapes by construction: text and attribute values are always escaped
/// when rendered; the only unescaped content is `StaticString` markup written in this codebase.
///
/// We use this instead of Plot because Plot 0.14 writes attribute values verbatim (an `href` with a
/// `"` breaks out of the attribute), and instead of swift-mustache because update bodies are a
/// recursive Markdown tree that is clumsy to express through reflection-driven contexts.
public struct HTML: Sendable {
    indirect enum Node: Sendable {
        case element(name: String, attributes: [Attribute], children: [HTML], isVoid: Bool)
        case text(String)
        case trusted(StaticString)
        case group([HTML])
        case json(String)
    }

    struct Attribute: Sendable {
        var name: String
        var value: String?
    }

    let node: Node

    init(_ node: Node) { self.node = node }

    /// Nothing.
    public static let empty = HTML(.group([]))

    /// Escaped text.
    public static func text(_ text: String) -> HTML { HTML(.text(text)) }

    /// Markup written in this codebase (a doctype, an entity). Never user input: it must be a literal.
    public static func trusted(_ markup: StaticString) -> HTML { HTML(.trusted(markup)) }

    public static func group(_ parts: [HTML]) -> HTML { HTML(.group(parts)) }

    /// `<script type="application/ld+json">` content: JSON with `<`, `>` and `&` escaped as
    /// `\u003c` etc., so it cannot close the script element.
    public static func jsonScript(_ json: String) -> HTML {
        HTML(.element(name: "script", attributes: [Attribute(name: "type", value: "application/ld+json")],
                      children: [HTML(.json(json))], isVoid: false))
    }

    var isEmpty: Bool {
        switch node {
        case let .group(parts): parts.allSatisfy(\.isEmpty)
        case let .text(text): text.isEmpty
        default: false
        }
    }

    // MARK: - Rendering

    /// The whole document (prefixed with the HTML5 doctype when `document` is true).
    public func render(document: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(16_384)
        if document { out += "<!DOCTYPE html>\n" }
        write(to: &out, xml: false)
        return out
    }

    /// An XML document (Atom): every element is closed, empty ones as `<name/>`.
    public func renderXML() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        write(to: &out, xml: true)
        return out
    }

    func write(to out: inout String, xml: Bool) {
        switch node {
        case let .text(text):
            HTML.escape(text, into: &out, attribute: false)
        case let .trusted(markup):
            out += markup.description
        case let .group(parts):
            for part in parts { part.write(to: &out, xml: xml) }
        case let .json(json):
            for scalar in json.unicodeScalars {
                switch scalar {
                case "<": out += "\\u003c"
                case ">": out += "\\u003e"
                case "&": out += "\\u0026"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                default: out.unicodeScalars.append(scalar)
                }
            }
        case let .element(name, attributes, children, isVoid):
            out += "<"
            out += name
            for attribute in attributes {
                out += " "
                out += attribute.name
                if let value = attribute.value {
                    out += "=\""
                    HTML.escape(value, into: &out, attribute: true)
                    out += "\""
                }
            }
            if xml {
                if children.allSatisfy(\.isEmpty) {
                    out += "/>"
                    return
                }
            } else if isVoid {
                out += ">"
                return
            }
            out += ">"
            for child in children { child.write(to: &out, xml: xml) }
            out += "</"
            out += name
            out += ">"
        }
    }

    /// Escapes `&`, `<`, `>` (and in attributes `"` and `'`). The five are ASCII, which never
    /// occurs inside another character's UTF-8, so runs between them are copied as they are.
    static func escape(_ text: String, into out: inout String, attribute: Bool) {
        let utf8 = text.utf8
        var run = utf8.startIndex
        var index = run
        while index != utf8.endIndex {
            let entity: String? = switch utf8[index] {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\"") where attribute: "&quot;"
            case UInt8(ascii: "'") where attribute: "&#39;"
            default: nil
            }
            let next = utf8.index(after: index)
            if let entity {
                if run != index { out += text[run..<index] }
                out += entity
                run = next
            }
            index = next
        }
        if run == utf8.startIndex {
            out += text
        } else if run != utf8.endIndex {
            out += text[run...]
        }
    }
}

// MARK: - Building

@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: HTML...) -> HTML { .group(parts) }
    public static func buildExpression(_ html: HTML) -> HTML { html }
    public static func buildExpression(_ text: String) -> HTML { .text(text) }
    public static func buildOptional(_ html: HTML?) -> HTML { html ?? .empty }
    public static func buildEither(first: HTML) -> HTML { first }
    public static func buildEither(second: HTML) -> HTML { second }
    public static func buildArray(_ parts: [HTML]) -> HTML { .group(parts) }
}

/// Void elements have no closing tag.
private let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta", "source"]

/// An element. Attributes with a nil value are dropped; `""` renders a boolean attribute.
public func el(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
    @HTMLBuilder _ content: () -> HTML = { .empty }
) -> HTML {
    var list: [HTML.Attribute] = []
    for (key, value) in attributes {
        guard let value else { continue }
        list.append(HTML.Attribute(name: key, value: value.isEmpty && booleanAttributes.contains(key) ? nil : value))
    }
    return HTML(.element(name: name, attributes: list, children: [content()], isVoid: voidElements.contains(name)))
}

private let booleanAttributes: Set<String> = ["checked", "required", "autofocus", "disabled", "selected", "hidden", "open", "defer", "async"]
