import Foundation
import SitrepModel

/// What every backend checks and says the same way: story validation, the not-found messages,
/// and how a story patch applies.
enum StoreRules {
    static func validate(title: String, timeZone: String) throws {
        if title.allSatisfy(\.isWhitespace) {
            throw StoreError(.invalid, "A story needs a title.")
        }
        if TimeZone(identifier: timeZone) == nil {
            throw StoreError(.invalid, "“\(timeZone)” is not a known time zone; use an identifier like GMT or Europe/London.")
        }
    }

    static func storyNotFound(_ slug: Slug) -> StoreError {
        StoreError(.notFound, "There is no story at \(slug).")
    }

    static func slugTaken(_ slug: Slug) -> StoreError {
        StoreError(.conflict, "The address \(slug) is already used by another story. Choose another slug.")
    }

    static func updateNotFound(_ id: String) -> StoreError {
        StoreError(.notFound, "There is no update \(id), or it was deleted.")
    }
}

extension Story {
    mutating func apply(_ patch: StoryPatch) {
        if let title = patch.title { self.title = title }
        if let summary = patch.summary { self.summary = summary }
        if let status = patch.status { self.status = status }
        if let coverageEnd = patch.coverageEnd { self.coverageEnd = coverageEnd }
        if let leadPhoto = patch.leadPhoto { self.leadPhoto = leadPhoto }
        if let originalEntry = patch.originalEntry { self.originalEntry = originalEntry }
        if let tags = patch.tags { self.tags = tags }
        if let region = patch.region { self.region = region }
        if let seeAlso = patch.seeAlso { self.seeAlso = seeAlso }
        if let features = patch.features { self.features = features }
        if let timeZone = patch.timeZone { self.timeZone = timeZone }
    }
}
