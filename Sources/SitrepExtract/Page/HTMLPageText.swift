import SitrepModel

/// Turns an HTML page into the lines the structure parser reads.
///
/// Block elements end paragraphs (a blank line), `<br>` ends a line, inline text is joined with
/// whitespace collapsed as a browser would. Navigation, headers, footers, forms and scripts are
/// dropped. Images become their own lines carrying a `Photo`: a `<figure>` gives one photo (its
/// `<figcaption>`, else the image's `alt`), a bare `<img alt>` another. Anchors keep their http(s)
/// targets for See and feature links. Text inside `<blockquote>` is marked as quoted.
struct HTMLPageText {
    static let dropped: Set<String> = [
        "head", "nav", "header", "footer", "noscript", "template", "svg", "form", "button", "select",
        "iframe", "object", "script", "style", "textarea", "canvas", "dialog", "menu",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt",
        "dd", "pre", "hr", "address", "body", "html", "center", "details", "summary", "picture",
    ]
    /// Embeds kept as video links when their source is http(s); their content is dropped.
    static let videoElements: Set<String> = ["iframe", "video", "embed"]
    static let void: Set<String> = [
        "br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
        "param", "track", "keygen",
    ]

    private(set) var lines: [PageLine] = []
    private(set) var title: String?

    private var current = PageLine(text: "", line: 1)
    private var pendingSpace = false
    private var dropStack: [String] = []
    private var quoteDepth = 0
    private var anchor: (href: String?, text: String)?
    private var heading: String?
    private var documentTitle: String?
    private var capturingTitle = false
    private var figure: (image: Photo?, caption: String?)?
    private var captionText: String?

    init(html: String) {
        for token in HTMLTokenizer.tokens(html) { consume(token) }
        endParagraph()
        while lines.last?.isBlank == true { lines.removeLast() }
        let fromHeading = heading.map(PageText.normalisedLine).flatMap { $0.isEmpty ? nil : $0 }
        let fromTitle = documentTitle
            .map { PageText.normalisedLine($0.split(separator: " | ").first.map(String.init) ?? $0) }
            .flatMap { $0.isEmpty ? nil : $0 }
        title = fromHeading ?? fromTitle
    }

    // MARK: - Tokens

    private mutating func consume(_ token: HTMLToken) {
        switch token {
        case .text(let text, let line):
            if capturingTitle { documentTitle = (documentTitle ?? "") + text }
            if isCapturingHeading { heading! += text; return }
            guard dropStack.isEmpty else { return }
            if captionText != nil { captionText! += text; return }
            append(text, line: line)
        case .start(let name, let attributes, let selfClosing, let line):
            start(name, attributes, selfClosing: selfClosing || Self.void.contains(name), line: line)
        case .end(let name, let line):
            end(name, line: line)
        }
    }

    private var isCapturingHeading = false
    private var inHeading = false

    private mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool, line: Int) {
        if name == "title" { capturingTitle = true; return }
        // Article titles often sit in a <header>, which is otherwise dropped.
        if name == "h1", heading == nil, dropStack.allSatisfy({ $0 == "header" }) {
            endParagraph()
            heading = ""
            isCapturingHeading = true
            return
        }
        if Self.dropped.contains(name) || Self.videoElements.contains(name) {
            if dropStack.isEmpty, Self.videoElements.contains(name), let url = Self.webURL(attributes["src"]) {
                endParagraph()
                lines.append(PageLine(text: "", line: line, videoURL: url))
                endParagraph()
            }
            if !selfClosing { dropStack.append(name) }
            return
        }
        guard dropStack.isEmpty else { return }
        switch name {
        case "br":
            endLine()
        case "img":
            let alt = PageText.normalisedLine(attributes["alt"] ?? "")
            let photo = Photo(url: Self.webURL(attributes["src"]), caption: alt)
            if figure != nil {
                figure!.image = figure!.image ?? photo
            } else if !alt.isEmpty {
                emit(image: photo, line: line)
            }
        case "figure":
            endParagraph()
            figure = (nil, nil)
        case "figcaption":
            captionText = ""
        case "h2", "h3", "h4", "h5", "h6", "h1":
            endParagraph()
            inHeading = true
        case "blockquote":
            endParagraph()
            quoteDepth += 1
        case "a":
            anchor = (Self.webURL(attributes["href"]), "")
        default:
            if Self.blocks.contains(name) { endParagraph() }
        }
        current.line = current.text.isEmpty ? line : current.line
    }

    private mutating func end(_ name: String, line: Int) {
        if name == "title" { capturingTitle = false; return }
        if name == "h1", isCapturingHeading { isCapturingHeading = false; return }
        if let index = dropStack.lastIndex(of: name) {
            dropStack.removeSubrange(index...)
            return
        }
        guard dropStack.isEmpty else { return }
        switch name {
        case "figcaption":
            if figure != nil {
                figure!.caption = captionText
            } else if let text = captionText {
                emit(image: Photo(caption: PageText.normalisedLine(text)), line: line)
            }
            captionText = nil
        case "figure":
            if let (image, caption) = figure {
                let text = PageText.normalisedLine(caption ?? "")
                let captionLine = text.isEmpty ? image?.caption ?? "" : text
                if captionLine.lowercased().hasPrefix("photo:") {
                    // A lead photo written the text way keeps its `PHOTO: caption (credit)` rule.
                    endParagraph()
                    append(captionLine, line: line)
                    endParagraph()
                } else if !captionLine.isEmpty {
                    emit(image: Photo(url: image?.url, caption: captionLine), line: line)
                }
            }
            figure = nil
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endParagraph()
            inHeading = false
        case "blockquote":
            endParagraph()
            quoteDepth = max(0, quoteDepth - 1)
        case "a":
            if let anchor, let href = anchor.href {
                let text = PageText.normalisedLine(anchor.text)
                if !text.isEmpty { current.anchors.append(.init(text: text, url: href)) }
            }
            anchor = nil
        default:
            if Self.blocks.contains(name) { endParagraph() }
        }
    }

    // MARK: - Output

    private mutating func append(_ text: String, line: Int) {
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if current.text.isEmpty {
                current.line = line
                current.isQuote = quoteDepth > 0
                current.isHeading = inHeading
            } else if pendingSpace {
                current.text.append(" ")
                if anchor != nil, !anchor!.text.isEmpty { anchor!.text.append(" ") }
            }
            pendingSpace = false
            current.text.append(character)
            if anchor != nil { anchor!.text.append(character) }
        }
    }

    private mutating func endLine() {
        if !current.text.isEmpty { lines.append(current) }
        current = PageLine(text: "", line: current.line)
        pendingSpace = false
    }

    private mutating func endParagraph() {
        endLine()
        if let last = lines.last, !last.isBlank { lines.append(PageLine(text: "", line: last.line)) }
    }

    private mutating func emit(image: Photo, line: Int) {
        endParagraph()
        lines.append(PageLine(text: image.caption, line: line, image: image))
        endParagraph()
    }

    /// Only http and https targets are kept.
    static func webURL(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let trimmed = PageText.normalisedLine(raw)
        let lowered = trimmed.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? trimmed : nil
    }
}
