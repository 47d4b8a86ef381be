import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: import

    /// Nothing to wait for: each import commits as durably as every other write here (WAL,
    /// `synchronous = NORMAL`).
    public func syncImports() async throws {}

    public func importStory(_ page: StoryImport, now: Date) async throws -> ImportOutcome {
        try StoreRules.validate(title: page.draft.title, timeZone: page.draft.timeZone)
        return try await write { db in
            if let row = try Row.fetchOne(
                db, sql: "SELECT * FROM stories WHERE content_hash = ?", arguments: [page.contentHash]
            ) {
                return .unchanged(try Story(row: row))
            }
            try Self.ensureSlugIsFree(db, page.draft.slug)
            let storyID = try Self.insertStory(
                db, page.draft, contentHash: page.contentHash, lastSequence: Int64(page.updates.count), now: now
            )
            // Page order is publication order: the oldest entry gets sequence 1.
            let writer = try UpdateWriter(db)
            for (index, draft) in page.updates.enumerated() {
                try writer.insert(id: self.updateIDs.next(), storyID: storyID, sequence: Int64(index + 1), draft: draft, now: now)
            }
            return .created(try Self.requireStory(db, id: storyID), updates: page.updates.count)
        }
    }
}
