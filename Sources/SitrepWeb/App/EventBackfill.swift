import Foundation
import SitrepModel
import SitrepStore

/// Turns an update's text into events (the extractor, injected by the composition root). The
/// text is the body as plain text; event spans count its bytes (the headline's are negative).
public typealias EventExtraction = @Sendable (_ text: String, _ headline: String?, _ published: Date) -> [ExtractedEvent]

/// Turns the same text into the indicators it quotes (exchange rates), kept beside the record.
public typealias IndicatorExtraction = @Sendable (_ text: String, _ headline: String?, _ published: Date) -> [Indicator]

/// Extracts updates' events: stored as proposals under the update and read into the record.
public enum EventBackfill {
    /// Extracts one update's events, stores them as its proposals and re-reads the update into
    /// the record; returns how many events.
    @discardableResult
    static func propose(_ update: Update, store: any Store, extraction: EventExtraction, indicators: IndicatorExtraction? = nil,
                        record: RecordKeeper?, now: Date) async throws -> Int {
        let text = Markdown.plainText(update.body)
        let events = extraction(text, update.headline, update.publishedAt)
        if let indicators {
            try await store.replaceIndicators(storyID: update.storyID, updateID: update.id, indicators(text, update.headline, update.publishedAt))
        }
        let proposals = events.map(ProposedEvent.init)
        // a re-read that finds what it found before writes nothing (most of a rebuild)
        if try await store.proposedEvents(updateID: update.id) != proposals {
            try await store.replaceProposedEvents(for: update.id, proposals)
        }
        try await record?.reread(update, events: events, now: now)
        return events.count
    }

    /// Reads a story's original entry into the record (nothing when it is empty: its claims go).
    static func readEntry(_ story: Story, store: any Store, extraction: EventExtraction, indicators: IndicatorExtraction? = nil,
                          record: RecordKeeper, now: Date) async throws {
        let text = Markdown.plainText(story.originalEntry)
        let published = story.coverageStart ?? story.createdAt
        let events = story.originalEntry.isEmpty ? [] : extraction(text, nil, published)
        if let indicators {
            try await store.replaceIndicators(storyID: story.id, updateID: "entry-\(story.id)",
                                              story.originalEntry.isEmpty ? [] : indicators(text, nil, published))
        }
        try await record.rereadEntry(of: story, events: events, now: now)
    }

    /// Every visible update of a story, oldest page last, then its original entry.
    public static func run(store: any Store, slug: Slug, extraction: EventExtraction, indicators: IndicatorExtraction? = nil,
                           record: RecordKeeper? = nil, now: Date = Date()) async throws -> Int {
        if let record, let story = try await store.story(slug) {
            try await readEntry(story, store: store, extraction: extraction, indicators: indicators, record: record, now: now)
        }
        var total = 0
        var before: Int64?
        while true {
            let page = try await store.updates(of: slug, olderThan: before, limit: 200)
            for update in page {
                total += try await propose(update, store: store, extraction: extraction, indicators: indicators, record: record, now: now)
            }
            guard page.count == 200, let last = page.last?.sequence else { return total }
            before = last
        }
    }
}

extension ProposedEvent {
    /// The event's one-line summary and its `sitrep extract` JSON.
    init(_ event: ExtractedEvent) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        self.init(summary: event.summary, payload: payload)
    }
}
