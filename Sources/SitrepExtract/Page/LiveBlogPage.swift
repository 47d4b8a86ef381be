import SitrepModel

/// The structure of one published live-blog page, as read by `LiveBlogParser`: plain text in the
/// page's own words, not yet Markdown. `storyImport(slug:title:published:timeZone:)` turns it into
/// something the store can save.
public struct LiveBlogPage: Hashable, Sendable {
    /// The file name or address the page was read from, used in error messages and titles.
    public var source: String
    /// The page's own title (an HTML `<h1>`/`<title>`, or a text page's first line when it is
    /// clearly a title); nil when the page has none — see `storyImport` for how one is derived.
    public var title: String?
    /// `PHOTO: caption (credit)` at the top of the page.
    public var leadPhoto: Photo?
    /// Text before the first update, original entry or section that no rule claimed.
    public var summary: [Paragraph]
    /// `Op-Ed: …` lines and the lines following a `… FEATURE` line.
    public var features: [Link]
    /// Timed updates in page order (a live page lists the newest first).
    public var updates: [TimedUpdate]
    public var originalEntry: Entry?
    /// Headed sections in page order.
    public var sections: [Section]
    /// `See …` lines and the lines directly continuing a See block, wherever they appear.
    public var seeAlso: [Link]

    public init(
        source: String, title: String? = nil, leadPhoto: Photo? = nil, summary: [Paragraph] = [],
        features: [Link] = [], updates: [TimedUpdate] = [], originalEntry: Entry? = nil,
        sections: [Section] = [], seeAlso: [Link] = []
    ) {
        self.source = source
        self.title = title
        self.leadPhoto = leadPhoto
        self.summary = summary
        self.features = features
        self.updates = updates
        self.originalEntry = originalEntry
        self.sections = sections
        self.seeAlso = seeAlso
    }

    /// Every photo of the page's entries (updates, original entry, sections) in page order.
    public var photos: [Photo] {
        var entries: [Entry] = []
        entries += updates.map(\.entry)
        if let originalEntry { entries.append(originalEntry) }
        entries += sections.map(\.entry)
        return entries.flatMap(\.photos)
    }
}

// MARK: - Parts

extension LiveBlogPage {
    /// One paragraph of plain text; `isQuote` when the page set it as a block quote.
    public struct Paragraph: Hashable, Sendable {
        public var text: String
        public var isQuote: Bool

        public init(_ text: String, isQuote: Bool = false) {
            self.text = text
            self.isQuote = isQuote
        }
    }

    /// The body of an update, of the original entry or of a section.
    public struct Entry: Hashable, Sendable {
        /// 1-based line of the page where the entry starts.
        public var line: Int
        public var paragraphs: [Paragraph]
        /// Caption lines (`SARMADA STRIKE 05-05-16`, `<img alt>`) found in the entry.
        public var photos: [Photo]
        /// Videos whose embed is gone, kept as a titled link ("Footage of the fighting").
        public var videos: [Link]

        public init(line: Int, paragraphs: [Paragraph] = [], photos: [Photo] = [], videos: [Link] = []) {
            self.line = line
            self.paragraphs = paragraphs
            self.photos = photos
            self.videos = videos
        }

        /// The paragraphs' text separated by blank lines.
        public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }
    }

    /// An `UPDATE 1345 GMT:` entry.
    public struct TimedUpdate: Hashable, Sendable {
        public var hour: Int
        public var minute: Int
        public var entry: Entry

        public init(hour: Int, minute: Int, entry: Entry) {
            self.hour = hour
            self.minute = minute
            self.entry = entry
        }

        /// "13:45".
        public var time: String {
            (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        }

        public var text: String { entry.text }
    }

    /// A headline followed by body paragraphs, up to the next headline.
    public struct Section: Hashable, Sendable {
        public var headline: String
        public var entry: Entry

        public init(headline: String, entry: Entry) {
            self.headline = headline
            self.entry = entry
        }

        public var body: String { entry.text }
        public var photos: [Photo] { entry.photos }
    }
}
