import Foundation
import SitrepModel

extension PostgresStore {
    // MARK: - Store: stories

    public func createStory(_ draft: StoryDraft, now: Date) async throws -> Story {
        try StoreRules.validate(title: draft.title, timeZone: draft.timeZone)
        return try await write { db in
            try await Self.ensureSlugIsFree(db, draft.slug)
            let id = try await Self.insertStory(db, draft, contentHash: nil, lastSequence: 0, now: now)
            return try await Self.requireStory(db, id: id)
        }
    }

    public func updateStory(_ slug: Slug, _ patch: StoryPatch, now: Date) async throws -> Story {
        try await write { db in
            guard var story = try await Self.fetchStory(db, slug: slug, lock: true) else { throw StoreRules.storyNotFound(slug) }
            story.apply(patch)
            try StoreRules.validate(title: story.title, timeZone: story.timeZone)
            try await db.execute(
                """
                UPDATE stories SET title = ?, summary = ?, status = ?, coverage_end = ?, lead_photo = ?,
                    original_entry = ?, tags = ?, region = ?, see_also = ?, features = ?, time_zone = ?,
                    updated_at = ?
                WHERE id = ?
                """,
                [
                    story.title, story.summary, story.status.rawValue, story.coverageEnd?.storeMillis,
                    try story.leadPhoto.map(JSONColumn.encode), story.originalEntry,
                    try JSONColumn.encodeList(story.tags), story.region, try JSONColumn.encodeList(story.seeAlso),
                    try JSONColumn.encodeList(story.features), story.timeZone, now.storeMillis, story.id,
                ]
            )
            return try await Self.requireStory(db, id: story.id)
        }
    }

    public func story(_ slug: Slug) async throws -> Story? {
        try await one { db in try await Self.fetchStory(db, slug: slug) }
    }

    public func story(id: Int64) async throws -> Story? {
        try await one { db in
            try await db.row("SELECT \(PGColumns.story) FROM stories WHERE id = ?", [id]).map(Story.init(pg:))
        }
    }

    public func stories(limit: Int, offset: Int) async throws -> [StorySummary] {
        guard limit > 0 else { return [] }
        return try await read { db in
            let rows = try await db.rows(
                """
                SELECT \(PGColumns.story),
                    (SELECT COUNT(*) FROM updates u
                        WHERE u.story_id = stories.id AND u.deleted_at IS NULL) AS visible_count,
                    (SELECT u.id FROM updates u
                        WHERE u.story_id = stories.id AND u.deleted_at IS NULL
                        ORDER BY u.published_at DESC, u.sequence DESC LIMIT 1) AS latest_id
                FROM stories
                ORDER BY stories.updated_at DESC, stories.id DESC
                LIMIT ? OFFSET ?
                """,
                [limit, max(0, offset)]
            )
            let latestIDs = try rows.compactMap { try $0("latest_id", String?.self) }
            var latestByID: [String: Update] = [:]
            if !latestIDs.isEmpty {
                let marks = latestIDs.map { _ in "?" }.joined(separator: ", ")
                for row in try await db.rows("SELECT \(PGColumns.update()) FROM updates WHERE id IN (\(marks))", latestIDs) {
                    let update = try Update(pg: row)
                    latestByID[update.id] = update
                }
            }
            return try rows.map { row in
                StorySummary(
                    story: try Story(pg: row),
                    latest: try row("latest_id", String?.self).flatMap { latestByID[$0] },
                    updateCount: try row("visible_count", Int.self)
                )
            }
        }
    }

    // MARK: - Helpers shared with import and updates

    static func fetchStory(_ db: PGConnection, slug: Slug, lock: Bool = false) async throws -> Story? {
        try await db.row("SELECT \(PGColumns.story) FROM stories WHERE slug = ?\(lock ? " FOR UPDATE" : "")", [slug.rawValue])
            .map(Story.init(pg:))
    }

    static func requireStory(_ db: PGConnection, id: Int64) async throws -> Story {
        guard let row = try await db.row("SELECT \(PGColumns.story) FROM stories WHERE id = ?", [id]) else {
            throw corrupt("story \(id) vanished inside its transaction")
        }
        return try Story(pg: row)
    }

    static func ensureSlugIsFree(_ db: PGConnection, _ slug: Slug) async throws {
        if try await db.row("SELECT 1 FROM stories WHERE slug = ?", [slug.rawValue]) != nil {
            throw StoreRules.slugTaken(slug)
        }
    }

    /// Inserts a story row (its search vector is generated); returns the new id.
    static func insertStory(
        _ db: PGConnection, _ draft: StoryDraft, contentHash: String?, lastSequence: Int64, now: Date
    ) async throws -> Int64 {
        guard let id = try await insertStoryRow(db, draft, contentHash: contentHash, lastSequence: lastSequence, now: now,
                                                returning: "id")?.at(0, Int64.self) else {
            throw corrupt("INSERT INTO stories returned no id")
        }
        return id
    }

    /// The story insert itself, returning the `returning` columns of the new row.
    private static func insertStoryRow(
        _ db: PGConnection, _ draft: StoryDraft, contentHash: String?, lastSequence: Int64, now: Date, returning: String
    ) async throws -> PGRow? {
        try await db.row(
            """
            INSERT INTO stories (slug, title, summary, status, coverage_start, coverage_end, lead_photo,
                original_entry, tags, region, see_also, features, time_zone, created_at, updated_at,
                last_sequence, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING \(returning)
            """,
            [
                draft.slug.rawValue, draft.title, draft.summary, draft.status.rawValue,
                draft.coverageStart?.storeMillis, draft.coverageEnd?.storeMillis,
                try draft.leadPhoto.map(JSONColumn.encode), draft.originalEntry, try JSONColumn.encodeList(draft.tags),
                draft.region, try JSONColumn.encodeList(draft.seeAlso), try JSONColumn.encodeList(draft.features),
                draft.timeZone, now.storeMillis, now.storeMillis, lastSequence, contentHash,
            ]
        )
    }

    // MARK: - Store: import

    public func importStory(_ page: StoryImport, now: Date) async throws -> ImportOutcome {
        try StoreRules.validate(title: page.draft.title, timeZone: page.draft.timeZone)
        return try await write { db in
            // Two importers of the same page wait for each other here, then the second sees the first's row.
            // The page commits without waiting for its WAL to reach the disk (a flush per page
            // cost a quarter of an import under disk load); a server crash can only drop the last
            // pages whole, like SQLite's WAL commits, and `syncImports` flushes them at the end.
            try await db.execute("SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(hashtext(?))",
                                 [page.contentHash])
            // One look finds both the page stored before and a story already at the slug; the
            // page wins, as it would checked first.
            let found = try await db.rows(
                "SELECT \(PGColumns.story), content_hash = ? AS same_page FROM stories WHERE content_hash = ? OR slug = ?",
                [page.contentHash, page.contentHash, page.draft.slug.rawValue]
            )
            if let row = try found.first(where: { try $0("same_page", Bool?.self) == true }) {
                return .unchanged(try Story(pg: row))
            }
            if !found.isEmpty { throw StoreRules.slugTaken(page.draft.slug) }
            // Nothing else writes the row in this transaction (the updates only refer to it), so
            // the row the insert returns is the stored story.
            guard let row = try await Self.insertStoryRow(
                db, page.draft, contentHash: page.contentHash, lastSequence: Int64(page.updates.count), now: now,
                returning: PGColumns.story
            ) else { throw corrupt("INSERT INTO stories returned no row") }
            let story = try Story(pg: row)
            // Page order is publication order: the oldest entry gets sequence 1.
            let drafts = page.updates.enumerated().map { (id: self.updateIDs.next(), sequence: Int64($0.offset + 1), draft: $0.element) }
            try await Self.insertUpdates(db, storyID: story.id, drafts, now: now)
            return .created(story, updates: page.updates.count)
        }
    }

    /// A synchronous commit flushes the WAL up to its own record, and so every asynchronous
    /// commit before it. `txid_current()` gives the transaction an id, so it has a commit record.
    public func syncImports() async throws {
        try await write { db in try await db.execute("SELECT txid_current()") }
    }
}
