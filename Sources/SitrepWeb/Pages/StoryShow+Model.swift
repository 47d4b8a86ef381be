import Foundation
import SitrepModel
import SitrepStore

/// The live-blog page: `/stories/{slug}`.
enum StoryShow {
    struct Model: Sendable {
        var story: Story
        /// This page's updates, newest first (pinned ones first on the first page).
        var updates: [Update]
        /// Key events of the story, newest first, for the box at the top.
        var keyEvents: [Update]
        /// The cursor of the next (older) page, nil on the last page.
        var olderBefore: Int64?
        var isFirstPage: Bool
        var proposedEvents: [String: [ProposedEvent]]
        var baseURL: String
        /// The story's published incidents per day and type, and where they are (for the record box).
        var recordDays: [RecordTally.Day] = []
        var recordPoints: [IncidentPoint] = []
        var indicators: [IndicatorReading] = []

        /// Loads the model; `before` is the paging cursor from `?before=`.
        static func load(slug: Slug, before: Int64?, store: any Store, pageSize: Int, baseURL: String) async throws -> Model? {
            guard let story = try await store.story(slug) else { return nil }
            var updates = try await store.updates(of: slug, olderThan: before, limit: pageSize + 1)
            let hasOlder = updates.count > pageSize
            if hasOlder { updates.removeLast() }
            let olderBefore = hasOlder ? updates.last?.sequence : nil
            let recent = before == nil ? updates : try await store.updates(of: slug, olderThan: nil, limit: 200)
            var page = updates
            if before == nil {
                // Pinned updates lead the first page.
                page = updates.filter(\.pinned) + updates.filter { !$0.pinned }
            }
            let events = try await store.proposedEvents(storyID: story.id)
            var model = Model(story: story, updates: page, keyEvents: recent.filter(\.keyEvent), olderBefore: olderBefore,
                              isFirstPage: before == nil, proposedEvents: events, baseURL: baseURL)
            if before == nil {
                let published = IncidentQuery(storyID: story.id)
                model.recordDays = try await store.dayTallies(published)
                model.recordPoints = try await store.incidentPoints(published, limit: 500)
                model.indicators = try await store.indicators(IndicatorQuery(storyID: story.id))
            }
            return model
        }

        var lastModified: Date { story.updatedAt }
    }
}

// MARK: - schema.org

extension StoryShow.Model {
    struct LiveBlogPosting: Encodable {
        struct Posting: Encodable {
            var type = "BlogPosting"
            var headline: String
            var datePublished: String
            var dateModified: String?
            var articleBody: String
            var url: String
            enum CodingKeys: String, CodingKey {
                case type = "@type", headline, datePublished, dateModified, articleBody, url
            }
        }

        var context = "https://schema.org"
        var type = "LiveBlogPosting"
        var headline: String
        var description: String
        var url: String
        var datePublished: String
        var dateModified: String
        var coverageStartTime: String?
        var coverageEndTime: String?
        var image: String?
        var liveBlogUpdate: [Posting]

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", headline, description, url, datePublished, dateModified
            case coverageStartTime, coverageEndTime, image, liveBlogUpdate
        }
    }

    var jsonLD: String {
        let pageURL = SiteRoute.story(story.slug).absoluteURL(base: baseURL)
        let posting = LiveBlogPosting(
            headline: story.title, description: story.summary, url: pageURL,
            datePublished: ISO8601.string(story.createdAt), dateModified: ISO8601.string(story.updatedAt),
            coverageStartTime: (story.coverageStart ?? story.createdAt).map(ISO8601.string),
            coverageEndTime: story.coverageEnd.map(ISO8601.string),
            image: story.leadPhoto?.url,
            liveBlogUpdate: updates.map { update in
                LiveBlogPosting.Posting(
                    headline: update.headline ?? String(Markdown.plainText(update.body).prefix(110)),
                    datePublished: ISO8601.string(update.publishedAt),
                    dateModified: update.editedAt.map(ISO8601.string),
                    articleBody: Markdown.plainText(update.body),
                    url: pageURL + "#update-\(update.id)")
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(posting), as: UTF8.self)) ?? "{}"
    }
}

private extension Optional where Wrapped == Date {
    func map(_ transform: (Date) -> String) -> String? {
        switch self {
        case let .some(date): transform(date)
        case .none: nil
        }
    }
}
