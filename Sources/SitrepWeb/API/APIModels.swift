import Foundation
import SitrepModel
import SitrepStore

// MARK: - Output

struct PhotoJSON: Codable, Sendable {
    var url: String?
    var caption: String
    var credit: String?

    init(_ photo: Photo) {
        url = photo.url
        caption = photo.caption
        credit = photo.credit
    }

    var model: Photo { Photo(url: url, caption: caption, credit: credit) }
}

struct LinkJSON: Codable, Sendable {
    var title: String
    var url: String?

    init(_ link: Link) {
        title = link.title
        url = link.url
    }

    var model: Link { Link(title: title, url: url) }
}

struct StoryJSON: Encodable, Sendable {
    var slug: String
    var title: String
    var summary: String
    var status: String
    var coverage_start: Date?
    var coverage_end: Date?
    var lead_photo: PhotoJSON?
    var original_entry: String
    var tags: [String]
    var region: String?
    var see_also: [LinkJSON]
    var features: [LinkJSON]
    var time_zone: String
    var created_at: Date
    var updated_at: Date
    var last_sequence: Int64
    var url: String

    init(_ story: Story, base: String) {
        slug = story.slug.rawValue
        title = story.title
        summary = story.summary
        status = story.status.rawValue
        coverage_start = story.coverageStart
        coverage_end = story.coverageEnd
        lead_photo = story.leadPhoto.map(PhotoJSON.init)
        original_entry = story.originalEntry
        tags = story.tags
        region = story.region
        see_also = story.seeAlso.map(LinkJSON.init)
        features = story.features.map(LinkJSON.init)
        time_zone = story.timeZone
        created_at = story.createdAt
        updated_at = story.updatedAt
        last_sequence = story.lastSequence
        url = SiteRoute.story(story.slug).absoluteURL(base: base)
    }
}

struct UpdateJSON: Encodable, Sendable {
    var id: String
    var sequence: Int64
    var kind: String
    var published_at: Date
    var stamp: String
    var headline: String?
    var body: String
    var body_html: String
    var key_event: Bool
    var pinned: Bool
    var photos: [PhotoJSON]
    var videos: [LinkJSON]
    var author: String?
    var revision: Int
    var edited_at: Date?
    var deleted: Bool
    var url: String
    var events: [String]?

    init(_ update: Update, story: Story, base: String, events: [ProposedEvent]? = nil) {
        id = update.id
        sequence = update.sequence
        kind = update.kind.rawValue
        published_at = update.publishedAt
        stamp = Stamp.clock(update.publishedAt, zone: story.timeZone)
        headline = update.headline
        body = update.isDeleted ? "" : update.body
        body_html = update.isDeleted ? "" : HTML.markdown(update.body).render()
        key_event = update.keyEvent
        pinned = update.pinned
        photos = update.isDeleted ? [] : update.photos.map(PhotoJSON.init)
        videos = update.isDeleted ? [] : update.videos.map(LinkJSON.init)
        author = update.author
        revision = update.revision
        edited_at = update.editedAt
        deleted = update.isDeleted
        url = SiteRoute.story(story.slug).absoluteURL(base: base) + "#update-\(update.id)"
        self.events = events?.map(\.summary)
    }
}

struct RevisionJSON: Encodable, Sendable {
    var revision: Int
    var headline: String?
    var body: String
    var key_event: Bool
    var pinned: Bool
    var edited_at: Date
    var editor: String?

    init(_ revision: UpdateRevision) {
        self.revision = revision.revision
        headline = revision.headline
        body = revision.body
        key_event = revision.keyEvent
        pinned = revision.pinned
        edited_at = revision.editedAt
        editor = revision.editor
    }
}

struct ListJSON<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    /// Where to continue (the `since` value for the next page), nil at the end.
    var next: String?
}

// MARK: - Input

struct CreateStoryInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["slug", "title", "summary", "status", "coverage_start", "coverage_end",
                                           "lead_photo", "original_entry", "tags", "region", "see_also", "features", "time_zone"]
    var slug: Slug
    var title: String
    var summary: String?
    var status: StoryStatus?
    var coverage_start: Date?
    var coverage_end: Date?
    var lead_photo: PhotoJSON?
    var original_entry: String?
    var tags: [String]?
    var region: String?
    var see_also: [LinkJSON]?
    var features: [LinkJSON]?
    var time_zone: String?

    var draft: StoryDraft {
        StoryDraft(slug: slug, title: title, summary: summary ?? "", status: status ?? .live,
                   coverageStart: coverage_start, coverageEnd: coverage_end, leadPhoto: lead_photo?.model,
                   originalEntry: original_entry ?? "", tags: tags ?? [], region: region,
                   seeAlso: see_also?.map(\.model) ?? [], features: features?.map(\.model) ?? [],
                   timeZone: time_zone ?? "GMT")
    }
}

struct PatchStoryInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["title", "summary", "status", "coverage_end", "lead_photo", "original_entry",
                                           "tags", "region", "see_also", "features", "time_zone"]
    var title: String?
    var summary: String?
    var status: StoryStatus?
    var coverage_end: Date?
    var lead_photo: PhotoJSON?
    var original_entry: String?
    var tags: [String]?
    var region: String?
    var see_also: [LinkJSON]?
    var features: [LinkJSON]?
    var time_zone: String?

    var patch: StoryPatch {
        StoryPatch(title: title, summary: summary, status: status, coverageEnd: coverage_end, leadPhoto: lead_photo?.model,
                   originalEntry: original_entry, tags: tags, region: region, seeAlso: see_also?.map(\.model),
                   features: features?.map(\.model), timeZone: time_zone)
    }
}

struct PostUpdateInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["headline", "body", "key_event", "pinned", "published_at", "kind", "photos", "videos"]
    var headline: String?
    var body: String
    var key_event: Bool?
    var pinned: Bool?
    var published_at: Date?
    var kind: UpdateKind?
    var photos: [PhotoJSON]?
    var videos: [LinkJSON]?

    func draft(author: String?) -> UpdateDraft {
        UpdateDraft(headline: headline.flatMap { $0.isEmpty ? nil : $0 }, body: body, kind: kind ?? .update,
                    keyEvent: key_event ?? false, pinned: pinned ?? false, publishedAt: published_at,
                    photos: photos?.map(\.model) ?? [], videos: videos?.map(\.model) ?? [], author: author)
    }
}

struct PatchUpdateInput: StrictDecodable, Sendable {
    static let allowedKeys: Set<String> = ["headline", "body", "key_event", "pinned", "photos"]
    var headline: String?
    var body: String?
    var key_event: Bool?
    var pinned: Bool?
    var photos: [PhotoJSON]?

    var patch: UpdatePatch {
        UpdatePatch(headline: headline, body: body, keyEvent: key_event, pinned: pinned, photos: photos?.map(\.model))
    }
}
