import Foundation

/// What kind of entry an update is on the page.
public enum UpdateKind: String, Codable, Sendable, CaseIterable {
    /// A timed "UPDATE 1345 GMT" entry.
    case update
    /// A headed section of the day's page ("30+ Killed in Airstrike on Displaced Persons' Camp").
    case section
    /// A correction of earlier reporting.
    case correction
}

/// One entry of a live blog. Edits create revisions; deletion leaves a tombstone (`deletedAt`).
public struct Update: Codable, Hashable, Sendable, Identifiable {
    /// Stable public id ("u-" followed by 16 hex digits), used in permalinks `#update-{id}`.
    public var id: String
    public var storyID: Int64
    /// Per-story sequence number of the event that published it. Never reused.
    public var sequence: Int64
    public var publishedAt: Date
    public var headline: String?
    /// Body in the Markdown subset (see `Markdown`).
    public var body: String
    public var kind: UpdateKind
    public var keyEvent: Bool
    public var pinned: Bool
    public var photos: [Photo]
    public var videos: [Link]
    public var author: String?
    /// 1 for the first version; each edit adds one.
    public var revision: Int
    public var editedAt: Date?
    public var deletedAt: Date?

    public init(
        id: String, storyID: Int64, sequence: Int64, publishedAt: Date, headline: String? = nil,
        body: String, kind: UpdateKind = .update, keyEvent: Bool = false, pinned: Bool = false,
        photos: [Photo] = [], videos: [Link] = [], author: String? = nil, revision: Int = 1,
        editedAt: Date? = nil, deletedAt: Date? = nil
    ) {
        self.id = id
        self.storyID = storyID
        self.sequence = sequence
        self.publishedAt = publishedAt
        self.headline = headline
        self.body = body
        self.kind = kind
        self.keyEvent = keyEvent
        self.pinned = pinned
        self.photos = photos
        self.videos = videos
        self.author = author
        self.revision = revision
        self.editedAt = editedAt
        self.deletedAt = deletedAt
    }

    public var isDeleted: Bool { deletedAt != nil }
}

/// What an editor supplies to publish an update.
public struct UpdateDraft: Codable, Hashable, Sendable {
    public var headline: String?
    public var body: String
    public var kind: UpdateKind
    public var keyEvent: Bool
    public var pinned: Bool
    /// nil means "now".
    public var publishedAt: Date?
    public var photos: [Photo]
    public var videos: [Link]
    public var author: String?

    public init(
        headline: String? = nil, body: String, kind: UpdateKind = .update, keyEvent: Bool = false,
        pinned: Bool = false, publishedAt: Date? = nil, photos: [Photo] = [], videos: [Link] = [],
        author: String? = nil
    ) {
        self.headline = headline
        self.body = body
        self.kind = kind
        self.keyEvent = keyEvent
        self.pinned = pinned
        self.publishedAt = publishedAt
        self.photos = photos
        self.videos = videos
        self.author = author
    }
}

/// A partial edit of an update; nil fields stay as they are. `headline: ""` removes the headline.
public struct UpdatePatch: Codable, Hashable, Sendable {
    public var headline: String?
    public var body: String?
    public var keyEvent: Bool?
    public var pinned: Bool?
    public var photos: [Photo]?

    public init(headline: String? = nil, body: String? = nil, keyEvent: Bool? = nil, pinned: Bool? = nil, photos: [Photo]? = nil) {
        self.headline = headline
        self.body = body
        self.keyEvent = keyEvent
        self.pinned = pinned
        self.photos = photos
    }

    public var isEmpty: Bool { headline == nil && body == nil && keyEvent == nil && pinned == nil && photos == nil }
}

/// One stored version of an update, for the desk's revision history.
public struct UpdateRevision: Codable, Hashable, Sendable {
    public var updateID: String
    public var revision: Int
    public var headline: String?
    public var body: String
    public var keyEvent: Bool
    public var pinned: Bool
    public var photos: [Photo]
    public var editedAt: Date
    public var editor: String?

    public init(
        updateID: String, revision: Int, headline: String?, body: String, keyEvent: Bool, pinned: Bool,
        photos: [Photo], editedAt: Date, editor: String?
    ) {
        self.updateID = updateID
        self.revision = revision
        self.headline = headline
        self.body = body
        self.keyEvent = keyEvent
        self.pinned = pinned
        self.photos = photos
        self.editedAt = editedAt
        self.editor = editor
    }
}

/// What happened to an update, as pushed to live readers.
public enum LiveEventKind: String, Codable, Sendable, CaseIterable {
    case update, edit, delete
}

/// One entry of a story's live log: the sequence number is the SSE `id:`.
public struct LiveEvent: Codable, Hashable, Sendable {
    public var storyID: Int64
    public var sequence: Int64
    public var kind: LiveEventKind
    /// The update as it was right after this event (a tombstone for `delete`).
    public var update: Update

    public init(storyID: Int64, sequence: Int64, kind: LiveEventKind, update: Update) {
        self.storyID = storyID
        self.sequence = sequence
        self.kind = kind
        self.update = update
    }
}

/// A full-text search result.
public struct SearchHit: Hashable, Sendable {
    public var story: Story
    /// nil when the story itself (title, summary, original entry) matched.
    public var updateID: String?
    public var title: String
    /// Snippet text with matches wrapped in U+E000 … U+E001 markers, to be escaped then highlighted.
    public var snippet: String

    public static let matchStart: Character = "\u{E000}"
    public static let matchEnd: Character = "\u{E001}"

    public init(story: Story, updateID: String?, title: String, snippet: String) {
        self.story = story
        self.updateID = updateID
        self.title = title
        self.snippet = snippet
    }
}
