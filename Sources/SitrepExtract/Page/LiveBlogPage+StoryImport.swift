import Foundation
import SitrepModel

extension LiveBlogPage {
    /// Builds what the store saves for this page.
    ///
    /// - `published`: the page's day; only its UTC calendar date is used.
    /// - `timeZone`: the zone of the page's `UPDATE HHMM` stamps; also the story's time zone.
    /// - `slug`: when nil, derived from the title and the date ("syria-daily-2016-05-05").
    /// - `title`: overrides the page's title; when both are missing the title is derived from the
    ///   source file name and the date ("syria-daily-2016-05-05.txt" → "Syria Daily, May 5, 2016").
    ///
    /// Ordering (oldest first, as `StoryImport.updates` expects): the sections, in page order, all
    /// published at 00:00 of the day (they belong to the day's original post, which is not an
    /// update but the story's `originalEntry`); then the timed updates by time, at the day + HH:MM
    /// in `timeZone` (two updates with the same stamp keep their relative age: the page lists the
    /// newest first). Pages that list sections newest first should therefore order `.section`
    /// updates by sequence. `coverageStart`/`coverageEnd` are the earliest and latest of those
    /// times; the status is `.ended`. Bodies are the page text escaped into the Markdown subset
    /// (`Markdown.escaped`), quotes as `> ` blocks; headlines stay plain text.
    public func storyImport(slug: Slug?, title: String? = nil, published: Date, timeZone: TimeZone) -> StoryImport {
        let day = PageDay(published)
        let dayStart = day.date(hour: 0, minute: 0, in: timeZone)
        let sourceName = Self.sourceStem(source)
        let resolvedTitle = title ?? self.title ?? "\(Self.titleCased(sourceName)), \(day.longName)"
        let resolvedSlug = slug ?? Self.slug(from: title ?? self.title ?? sourceName, day: day.isoName)

        var drafts = sections.map { section in
            UpdateDraft(
                headline: section.headline, body: Self.markdown(section.entry.paragraphs), kind: .section,
                publishedAt: dayStart, photos: section.entry.photos, videos: section.entry.videos
            )
        }
        let timed = updates.enumerated().sorted { lhs, rhs in
            let left = lhs.element.hour * 60 + lhs.element.minute
            let right = rhs.element.hour * 60 + rhs.element.minute
            return left != right ? left < right : lhs.offset > rhs.offset
        }
        drafts += timed.map { _, update in
            UpdateDraft(
                body: Self.markdown(update.entry.paragraphs), kind: .update,
                publishedAt: day.date(hour: update.hour, minute: update.minute, in: timeZone),
                photos: update.entry.photos, videos: update.entry.videos
            )
        }
        let times = drafts.compactMap(\.publishedAt)
        let draft = StoryDraft(
            slug: resolvedSlug, title: resolvedTitle, summary: summary.map { $0.text }.joined(separator: "\n\n"),
            status: .ended, coverageStart: times.min() ?? dayStart, coverageEnd: times.max() ?? dayStart,
            leadPhoto: leadPhoto, originalEntry: Self.markdown(originalEntry?.paragraphs ?? []),
            seeAlso: seeAlso, features: features, timeZone: timeZone.identifier
        )
        return StoryImport(draft: draft, updates: drafts, contentHash: contentHash)
    }

    // MARK: - Bodies

    /// Each paragraph escaped; a line break inside a paragraph (a `<br>`, or consecutive lines of
    /// a text page) stays a line break (a trailing backslash); quoted paragraphs get `> `.
    static func markdown(_ paragraphs: [Paragraph]) -> String {
        paragraphs.map { paragraph in
            Markdown.escaped(paragraph.text)
                .split(separator: "\n")
                .map { paragraph.isQuote ? "> " + $0 : String($0) }
                .joined(separator: "\\\n")
        }.joined(separator: "\n\n")
    }

    // MARK: - Names

    /// "Syria Daily" + "2016-05-05" → "syria-daily-2016-05-05". The title part is cut to 80
    /// characters so the date always survives the slug's 100-character limit.
    static func slug(from title: String, day: String) -> Slug {
        var base = Slug.derived(from: title)?.rawValue ?? "story"
        if base.utf8.count > 80 {
            base = String(base.prefix(80))
            while base.hasSuffix("-") { base.removeLast() }
        }
        return Slug(rawValue: "\(base)-\(day)") ?? Slug.derived(from: "\(base) \(day)") ?? Slug(rawValue: base) ?? Slug(rawValue: "story")!
    }

    /// "dir/syria-daily-2016-05-05.txt" → "syria-daily" (extension and trailing date removed).
    static func sourceStem(_ source: String) -> String {
        var name = source.split(separator: "/").last.map(String.init) ?? source
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = String(name[..<dot]) }
        if let match = name.firstMatch(of: #/[-_ .]*\d{4}-\d{2}-\d{2}$/#) {
            name = String(name[..<match.range.lowerBound])
        }
        return name.isEmpty ? "live blog" : name
    }

    static func titleCased(_ stem: String) -> String {
        stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}

/// A calendar day taken from a date in UTC.
private struct PageDay {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    var year: Int
    var month: Int
    var day: Int

    init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    func date(hour: Int, minute: Int, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    var isoName: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    var longName: String { "\(Self.months[month - 1]) \(day), \(year)" }
}
