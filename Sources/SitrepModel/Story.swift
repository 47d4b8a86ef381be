import Foundation

/// Where a story is in its life: announced, being covered now, or closed.
public enum StoryStatus: String, Codable, Sendable, CaseIterable {
    case scheduled, live, ended
}

/// A picture attached to a story or an update. `url` is nil for a caption whose image we do not have
/// (an imported page's "SARMADA STRIKE 05-05-16" placeholder).
public struct Photo: Codable, Hashable, Sendable {
    public var url: String?
    public var caption: String
    public var credit: String?

    public init(url: String? = nil, caption: String, credit: String? = nil) {
        self.url = url
        self.caption = caption
        self.credit = credit
    }
}

/// A titled link: a see-also to an earlier story, a feature or op-ed, a video.
public struct Link: Codable, Hashable, Sendable {
    public var title: String
    public var url: String?

    public init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}

/// A live blog: one story covered over time by a sequence of updates.
public struct Story: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var slug: Slug
    public var title: String
    public var summary: String
    public var status: StoryStatus
    public var coverageStart: Date?
    public var coverageEnd: Date?
    public var leadPhoto: Photo?
    /// The lead text, in the Markdown subset (see `Markdown`).
    public var originalEntry: String
    public var tags: [String]
    public var region: String?
    public var seeAlso: [Link]
    public var features: [Link]
    /// Time zone used for "UPDATE 1345 GMT" stamps: a TimeZone identifier ("GMT", "Europe/London").
    public var timeZone: String
    public var createdAt: Date
    public var updatedAt: Date
    /// The highest live-event sequence number handed out for this story (0 when none).
    public var lastSequence: Int64

    public init(
        id: Int64, slug: Slug, title: String, summary: String = "", status: StoryStatus = .live,
        coverageStart: Date? = nil, coverageEnd: Date? = nil, leadPhoto: Photo? = nil,
        originalEntry: String = "", tags: [String] = [], region: String? = nil,
        seeAlso: [Link] = [], features: [Link] = [], timeZone: String = "GMT",
        createdAt: Date, updatedAt: Date, lastSequence: Int64 = 0
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.summary = summary
        self.status = status
        self.coverageStart = coverageStart
        self.coverageEnd = coverageEnd
        self.leadPhoto = leadPhoto
        self.originalEntry = originalEntry
        self.tags = tags
        self.region = region
        self.seeAlso = seeAlso
        self.features = features
        self.timeZone = timeZone
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastSequence = lastSequence
    }
}

/// What an editor supplies to create a story.
public struct StoryDraft: Codable, Hashable, Sendable {
    public var slug: Slug
    public var title: String
    public var summary: String
    public var status: StoryStatus
    public var coverageStart: Date?
    public var coverageEnd: Date?
    public var leadPhoto: Photo?
    public var originalEntry: String
    public var tags: [String]
    public var region: String?
    public var seeAlso: [Link]
    public var features: [Link]
    public var timeZone: String

    public init(
        slug: Slug, title: String, summary: String = "", status: StoryStatus = .live,
        coverageStart: Date? = nil, coverageEnd: Date? = nil, leadPhoto: Photo? = nil,
        originalEntry: String = "", tags: [String] = [], region: String? = nil,
        seeAlso: [Link] = [], features: [Link] = [], timeZone: String = "GMT"
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.status = status
        self.coverageStart = coverageStart
        self.coverageEnd = coverageEnd
        self.leadPhoto = leadPhoto
        self.originalEntry = originalEntry
        self.tags = tags
        self.region = region
        self.seeAlso = seeAlso
        self.features = features
        self.timeZone = timeZone
    }
}

/// A partial change to a story; nil fields stay as they are.
public struct StoryPatch: Codable, Hashable, Sendable {
    public var title: String?
    public var summary: String?
    public var status: StoryStatus?
    public var coverageEnd: Date?
    public var leadPhoto: Photo?
    public var originalEntry: String?
    public var tags: [String]?
    public var region: String?
    public var seeAlso: [Link]?
    public var features: [Link]?
    public var timeZone: String?

    public init(
        title: String? = nil, summary: String? = nil, status: StoryStatus? = nil,
        coverageEnd: Date? = nil, leadPhoto: Photo? = nil, originalEntry: String? = nil,
        tags: [String]? = nil, region: String? = nil, seeAlso: [Link]? = nil,
        features: [Link]? = nil, timeZone: String? = nil
    ) {
        self.title = title
        self.summary = summary
        self.status = status
        self.coverageEnd = coverageEnd
        self.leadPhoto = leadPhoto
        self.originalEntry = originalEntry
        self.tags = tags
        self.region = region
        self.seeAlso = seeAlso
        self.features = features
        self.timeZone = timeZone
    }
}

/// A story with its newest visible update, for the front page.
public struct StorySummary: Hashable, Sendable {
    public var story: Story
    public var latest: Update?
    public var updateCount: Int

    public init(story: Story, latest: Update?, updateCount: Int) {
        self.story = story
        self.latest = latest
        self.updateCount = updateCount
    }
}
