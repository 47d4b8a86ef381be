import Foundation
import SitrepModel
import SitrepStore

/// Runs the extractor over every visible update of a story (after an import, or for the demo),
/// storing the results as proposed events. Returns the number of events proposed.
public enum EventBackfill {
    /// Extracts one update's events and stores them as its proposals; returns how many.
    @discardableResult
    static func propose(_ update: Update, store: any Store, extraction: EventExtraction) async throws -> Int {
        let events = extraction(Markdown.plainText(update.body), update.headline, update.publishedAt)
        try await store.replaceProposedEvents(for: update.id, events)
        return events.count
    }

    public static func run(store: any Store, slug: Slug, extraction: EventExtraction) async throws -> Int {
        var total = 0
        var before: Int64?
        while true {
            let page = try await store.updates(of: slug, olderThan: before, limit: 200)
            for update in page {
                total += try await propose(update, store: store, extraction: extraction)
            }
            guard page.count == 200, let last = page.last?.sequence else { return total }
            before = last
        }
    }
}
