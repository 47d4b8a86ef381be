import Foundation
import Logging
import Prometheus
import SitrepModel
import SitrepStore

/// Every write of coverage goes through here, from the API and from the desk alike: validate,
/// commit, extract proposed events, then notify live readers (only after the commit).
public struct Newsroom: Sendable {
    public let store: any Store
    public let publisher: LivePublisher
    public let extraction: EventExtraction?
    public let indicators: IndicatorExtraction?
    /// The record the extracted events are read into.
    public let record: RecordKeeper
    public let now: @Sendable () -> Date
    let logger: Logger
    let metrics: SitrepMetrics
    /// Called after every committed change, to drop cached pages.
    let changed: @Sendable () -> Void

    init(store: any Store, publisher: LivePublisher, extraction: EventExtraction?, indicators: IndicatorExtraction? = nil, record: RecordKeeper,
         now: @escaping @Sendable () -> Date, metrics: SitrepMetrics, logger: Logger, changed: @escaping @Sendable () -> Void) {
        self.store = store
        self.record = record
        self.metrics = metrics
        self.changed = changed
        self.publisher = publisher
        self.extraction = extraction
        self.indicators = indicators
        self.now = now
        self.logger = logger
    }

    // MARK: - Stories

    public func createStory(_ draft: StoryDraft) async throws -> Story {
        try Validation.story(draft)
        let story = try await store.createStory(draft, now: now())
        await readEntry(story)
        changed()
        return story
    }

    public func updateStory(_ slug: Slug, _ patch: StoryPatch) async throws -> Story {
        try Validation.storyPatch(patch)
        let story = try await store.updateStory(slug, patch, now: now())
        if patch.originalEntry != nil { await readEntry(story) }
        changed()
        return story
    }

    // MARK: - Updates

    public func publish(to slug: Slug, _ draft: UpdateDraft) async throws -> LiveEvent {
        try Validation.update(draft)
        let event = try await store.publishUpdate(to: slug, draft, now: now())
        metrics.updatesPublished.increment()
        await extractEvents(event.update)
        changed()
        wakeReaders(of: event.storyID)
        return event
    }

    public func edit(updateID: String, _ patch: UpdatePatch, editor: String?) async throws -> LiveEvent {
        try Validation.updatePatch(patch)
        let event = try await store.editUpdate(id: updateID, patch, editor: editor, now: now())
        metrics.updatesEdited.increment()
        await extractEvents(event.update)
        changed()
        wakeReaders(of: event.storyID)
        return event
    }

    public func delete(updateID: String) async throws -> LiveEvent {
        let event = try await store.deleteUpdate(id: updateID, now: now())
        metrics.updatesDeleted.increment()
        try? await store.replaceProposedEvents(for: updateID, [])
        try? await store.replaceIndicators(storyID: event.storyID, updateID: updateID, [])
        do {
            try await record.reread(event.update, events: [], now: now())
        } catch {
            logger.error("withdrawing claims failed", metadata: ["update": "\(updateID)", "error": "\(error)"])
        }
        changed()
        wakeReaders(of: event.storyID)
        return event
    }

    /// Starts the fan-out and returns: the editor's request does not wait while thousands of
    /// readers are written to. The publisher pulls from the store in sequence order, so a wake
    /// that runs late or twice delivers nothing out of order and nothing twice.
    private func wakeReaders(of storyID: Int64) {
        let publisher = self.publisher
        Task { await publisher.notify(storyID: storyID) }
    }

    /// The original entry is read into the record like an update; a failure is logged.
    private func readEntry(_ story: Story) async {
        guard let extraction else { return }
        do {
            try await EventBackfill.readEntry(story, store: store, extraction: extraction, indicators: indicators, record: record, now: now())
        } catch {
            logger.error("reading the original entry failed", metadata: ["story": "\(story.slug)", "error": "\(error)"])
        }
    }

    /// Extraction never fails a publish: a failure is logged and the update stays without events
    /// (a later edit or `sitrep record rebuild` reads it again).
    private func extractEvents(_ update: Update) async {
        guard let extraction else { return }
        do {
            try await EventBackfill.propose(update, store: store, extraction: extraction, indicators: indicators, record: record, now: now())
        } catch {
            logger.error("storing proposed events failed", metadata: ["update": "\(update.id)", "error": "\(error)"])
        }
    }
}

/// Input rules shared by the API and the desk. Messages say what to fix.
enum Validation {
    static let maxTitle = 300
    static let maxHeadline = 300
    static let maxSummary = 2_000

    static func story(_ draft: StoryDraft) throws {
        try text(draft.title, field: "title", max: maxTitle, required: true)
        try text(draft.summary, field: "summary", max: maxSummary, required: false)
        try markdown(draft.originalEntry, field: "original_entry")
        try timeZone(draft.timeZone)
        try photo(draft.leadPhoto, field: "lead_photo")
        for (index, link) in (draft.seeAlso + draft.features).enumerated() { try self.link(link, field: "links[\(index)]") }
    }

    static func storyPatch(_ patch: StoryPatch) throws {
        if let title = patch.title { try text(title, field: "title", max: maxTitle, required: true) }
        if let summary = patch.summary { try text(summary, field: "summary", max: maxSummary, required: false) }
        if let entry = patch.originalEntry { try markdown(entry, field: "original_entry") }
        if let zone = patch.timeZone { try timeZone(zone) }
        try photo(patch.leadPhoto, field: "lead_photo")
        for (index, link) in ((patch.seeAlso ?? []) + (patch.features ?? [])).enumerated() { try self.link(link, field: "links[\(index)]") }
    }

    static func update(_ draft: UpdateDraft) throws {
        if let headline = draft.headline { try text(headline, field: "headline", max: maxHeadline, required: false) }
        try text(draft.body, field: "body", max: Markdown.maximumLength, required: true)
        try markdown(draft.body, field: "body")
        for (index, photo) in draft.photos.enumerated() { try self.photo(photo, field: "photos[\(index)]") }
        for (index, video) in draft.videos.enumerated() { try link(video, field: "videos[\(index)]") }
    }

    static func updatePatch(_ patch: UpdatePatch) throws {
        if patch.isEmpty { throw AppError(.invalidField, "Nothing to change: send at least one of headline, body, key_event, pinned.") }
        if let headline = patch.headline { try text(headline, field: "headline", max: maxHeadline, required: false) }
        if let body = patch.body {
            try text(body, field: "body", max: Markdown.maximumLength, required: true)
            try markdown(body, field: "body")
        }
        for (index, photo) in (patch.photos ?? []).enumerated() { try self.photo(photo, field: "photos[\(index)]") }
    }

    static func text(_ value: String, field: String, max: Int, required: Bool) throws {
        if required, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw AppError(.invalidField, "\"\(field)\" must not be empty.", field: field)
        }
        if value.count > max {
            throw AppError(.invalidField, "\"\(field)\" is \(value.count) characters; the limit is \(max).", field: field)
        }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            throw AppError(.invalidField, "\"\(field)\" contains control characters; remove them.", field: field)
        }
    }

    static func markdown(_ value: String, field: String) throws {
        do {
            try Markdown.validate(value)
        } catch {
            throw AppError(.invalidField, "\"\(field)\", line \(error.line): \(error.message)", field: field)
        }
    }

    static func timeZone(_ identifier: String) throws {
        if TimeZone(identifier: identifier) == nil {
            throw AppError(.invalidField, "\"time_zone\" must be a time zone name such as GMT or Europe/London.", field: "time_zone")
        }
    }

    static func photo(_ photo: Photo?, field: String) throws {
        guard let photo else { return }
        try text(photo.caption, field: "\(field).caption", max: 1_000, required: false)
        if let url = photo.url, !SafeURL.isAllowed(url) || url.hasPrefix("mailto:") {
            throw AppError(.invalidField, "\"\(field).url\" must be an http or https URL.", field: "\(field).url")
        }
    }

    static func link(_ link: Link, field: String) throws {
        try text(link.title, field: "\(field).title", max: 500, required: true)
        if let url = link.url, !SafeURL.isAllowed(url) {
            throw AppError(.invalidField, "\"\(field).url\" must be an http, https or mailto URL.", field: "\(field).url")
        }
    }
}
