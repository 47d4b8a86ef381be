import Foundation

/// A whole story read from a published page, ready to be stored in one transaction.
/// `contentHash` identifies the page so importing it twice creates nothing new.
public struct StoryImport: Hashable, Sendable {
    public var draft: StoryDraft
    /// In page order, oldest first; each becomes an update with its own sequence number.
    public var updates: [UpdateDraft]
    public var contentHash: String

    public init(draft: StoryDraft, updates: [UpdateDraft], contentHash: String) {
        self.draft = draft
        self.updates = updates
        self.contentHash = contentHash
    }
}

/// What happened when a page was imported.
public enum ImportOutcome: Hashable, Sendable {
    case created(Story, updates: Int)
    /// The same page (same content hash) was imported before.
    case unchanged(Story)
}
