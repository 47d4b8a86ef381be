import SitrepModel

/// Reads the structure of a live-blog page from its lines.
///
/// A page is: a preamble (lead photo, features, furniture), timed updates (newest first), the
/// original entry, then headed sections. Paragraphs are runs of non-blank lines. Lines are matched
/// against `PageRules` in a fixed order: update / original-entry markers, noise, `PHOTO:`,
/// features, See lines, caption lines, the title, section headlines, lost video embeds, and
/// finally body text. Section headlines are recognised after `ORIGINAL ENTRY:` (or anywhere when
/// the page has no original entry), so an update's text runs to the next marker as written.
struct PageStructureParser {
    let source: String
    let lines: [PageLine]
    let knownTitle: String?

    private enum Place {
        case preamble, update, original, section
    }

    private struct Builder {
        var page: LiveBlogPage
        var place = Place.preamble

        mutating func add(_ text: String, isQuote: Bool, continuing: Bool) {
            mutateEntry { entry in
                if continuing, let last = entry.paragraphs.last, last.isQuote == isQuote {
                    entry.paragraphs[entry.paragraphs.count - 1].text = last.text + "\n" + text
                } else {
                    entry.paragraphs.append(.init(text, isQuote: isQuote))
                }
            }
        }

        mutating func add(_ photo: Photo) {
            mutateEntry { $0.photos.append(photo) }
        }

        mutating func add(video: Link) {
            mutateEntry { $0.videos.append(video) }
        }

        /// An embedded video: the paragraph introducing it ("Footage of the fighting:") becomes its
        /// title instead of dangling text.
        mutating func addVideo(url: String) {
            mutateEntry { entry in
                if let last = entry.paragraphs.last, !last.isQuote, let title = PageRules.videoIntroduction(last.text) {
                    entry.paragraphs.removeLast()
                    entry.videos.append(Link(title: title, url: url))
                } else {
                    entry.videos.append(Link(title: "Video", url: url))
                }
            }
        }

        /// The entry text goes to; preamble text is gathered in a scratch entry and becomes the summary.
        private mutating func mutateEntry(_ change: (inout LiveBlogPage.Entry) -> Void) {
            switch place {
            case .preamble:
                var entry = LiveBlogPage.Entry(line: 0, paragraphs: page.summary)
                change(&entry)
                page.summary = entry.paragraphs
                if page.leadPhoto == nil, let photo = entry.photos.first { page.leadPhoto = photo }
            case .update:
                change(&page.updates[page.updates.count - 1].entry)
            case .original:
                change(&page.originalEntry!)
            case .section:
                change(&page.sections[page.sections.count - 1].entry)
            }
        }
    }

    func parse() throws(PageError) -> LiveBlogPage {
        let paragraphs = Self.paragraphs(lines)
        let hasOriginalEntry = lines.contains { PageRules.originalEntryMarker($0.text) != nil }
        var builder = Builder(page: LiveBlogPage(source: source, title: knownTitle))
        var pendingFeature = false
        var sawContent = false

        for (p, paragraph) in paragraphs.enumerated() {
            var continuing = false
            var inSeeBlock = false
            var consumedFeature = false
            defer { if consumedFeature { pendingFeature = false } }

            for (k, line) in paragraph.enumerated() {
                let text = line.text
                defer { sawContent = true }
                if let photo = line.image {
                    builder.add(photo)
                    continuing = false
                } else if let url = line.videoURL {
                    builder.addVideo(url: url)
                    continuing = false
                } else if let marker = PageRules.updateMarker(text) {
                    guard (0...23).contains(marker.hour), (0...59).contains(marker.minute) else {
                        throw PageError(
                            code: .invalidTime, source: source, line: line.line,
                            message: "\u{201C}\(text.prefix(24))\u{201D} does not have a valid HHMM time (0000–2359)"
                        )
                    }
                    builder.place = .update
                    builder.page.updates.append(.init(hour: marker.hour, minute: marker.minute, entry: .init(line: line.line)))
                    continuing = start(marker.rest, line: line, builder: &builder)
                    pendingFeature = false
                    inSeeBlock = false
                } else if let rest = PageRules.originalEntryMarker(text) {
                    builder.place = .original
                    builder.page.originalEntry = .init(line: line.line)
                    continuing = start(rest, line: line, builder: &builder)
                    pendingFeature = false
                    inSeeBlock = false
                } else if PageRules.isNoise(text) {
                    continuing = false
                } else if let photo = PageRules.leadPhoto(text) {
                    if builder.place == .preamble, builder.page.leadPhoto == nil {
                        builder.page.leadPhoto = photo
                    } else {
                        builder.add(photo)
                    }
                    continuing = false
                } else if PageRules.isFeatureMarker(text) {
                    pendingFeature = true
                    continuing = false
                } else if PageRules.isOpEd(text) || pendingFeature {
                    let feature = Link(title: text, url: Self.url(for: text, in: line))
                    if !builder.page.features.contains(where: { $0.title == feature.title }) {
                        builder.page.features.append(feature)
                    }
                    consumedFeature = consumedFeature || pendingFeature
                    continuing = false
                } else if let title = PageRules.seeAlso(text) ?? (inSeeBlock ? text : nil) {
                    builder.page.seeAlso.append(Link(title: title, url: Self.url(for: title, in: line)))
                    inSeeBlock = true
                    continuing = false
                } else if PageRules.isCaption(text) {
                    builder.add(Photo(caption: text))
                    continuing = false
                } else if !sawContent, builder.page.title == nil, paragraph.count == 1, text.count <= 200,
                          text.last != ".", !startsBody(after: p, in: paragraphs) {
                    builder.page.title = text
                } else if paragraph.count == 1, sectionsAllowed(builder.place, hasOriginalEntry),
                          line.isHeading || PageRules.isHeadline(text), startsBody(after: p, in: paragraphs) {
                    builder.place = .section
                    builder.page.sections.append(.init(headline: text, entry: .init(line: line.line)))
                    continuing = false
                } else if k == paragraph.count - 1, let title = PageRules.videoIntroduction(text),
                          endsEntry(after: p, in: paragraphs) {
                    builder.add(video: Link(title: title))
                    continuing = false
                } else {
                    builder.add(text, isQuote: line.isQuote, continuing: continuing)
                    continuing = true
                }
            }
        }
        try check(builder.page)
        return builder.page
    }

    // MARK: - Helpers

    /// Adds the text following a marker on its line; returns whether the next line continues it.
    private func start(_ rest: String, line: PageLine, builder: inout Builder) -> Bool {
        guard !rest.isEmpty else { return false }
        builder.add(rest, isQuote: line.isQuote, continuing: false)
        return true
    }

    private func sectionsAllowed(_ place: Place, _ hasOriginalEntry: Bool) -> Bool {
        switch place {
        case .original, .section: true
        case .preamble, .update: !hasOriginalEntry
        }
    }

    /// Whether the next paragraph that is not a picture is ordinary body text.
    private func startsBody(after p: Int, in paragraphs: [[PageLine]]) -> Bool {
        var next = p + 1
        while next < paragraphs.count, let first = paragraphs[next].first,
              first.image != nil || first.videoURL != nil || PageRules.isCaption(first.text) {
            next += 1
        }
        guard next < paragraphs.count, let first = paragraphs[next].first else { return false }
        let text = first.text
        return PageRules.updateMarker(text) == nil && PageRules.originalEntryMarker(text) == nil
            && !PageRules.isNoise(text) && PageRules.leadPhoto(text) == nil && !PageRules.isFeatureMarker(text)
            && !PageRules.isOpEd(text) && PageRules.seeAlso(text) == nil
            && !(paragraphs[next].count == 1 && (first.isHeading || PageRules.isHeadline(text)))
    }

    /// Whether the entry holding paragraph `p` ends with it.
    private func endsEntry(after p: Int, in paragraphs: [[PageLine]]) -> Bool {
        guard p + 1 < paragraphs.count, let first = paragraphs[p + 1].first else { return true }
        return PageRules.updateMarker(first.text) != nil || PageRules.originalEntryMarker(first.text) != nil
            || (paragraphs[p + 1].count == 1 && (first.isHeading || PageRules.isHeadline(first.text)))
    }

    private static func url(for title: String, in line: PageLine) -> String? {
        (line.anchors.first { $0.text == title || title.contains($0.text) } ?? line.anchors.first)?.url
    }

    private static func paragraphs(_ lines: [PageLine]) -> [[PageLine]] {
        var result: [[PageLine]] = []
        var current: [PageLine] = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private func check(_ page: LiveBlogPage) throws(PageError) {
        if let empty = page.updates.first(where: { $0.entry.paragraphs.isEmpty && $0.entry.photos.isEmpty && $0.entry.videos.isEmpty }) {
            throw PageError(
                code: .emptyUpdate, source: source, line: empty.entry.line,
                message: "the update at \(empty.time) has no text; add its text or remove the UPDATE line"
            )
        }
        if page.updates.isEmpty, page.originalEntry == nil, page.sections.isEmpty {
            throw PageError(
                code: .noContent, source: source, line: 1,
                message: "no updates, original entry or sections found; is this a live-blog page (UPDATE HHMM GMT:, ORIGINAL ENTRY:)?"
            )
        }
    }
}
