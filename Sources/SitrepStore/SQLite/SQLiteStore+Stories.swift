import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: stories

    public func createStory(_ draft: StoryDraft, now: Date) async throws -> Story {
        try StoreRules.validate(title: draft.title, timeZone: draft.timeZone)
        return try await write { db in
            try Self.ensureSlugIsFree(db, draft.slug)
            let id = try Self.insertStory(db, draft, contentHash: nil, lastSequence: 0, now: now)
            return try Self.requireStory(db, id: id)
        }
    }

    public func updateStory(_ slug: Slug, _ patch: StoryPatch, now: Date) async throws -> Story {
        try await write { db in
            guard var story = try Self.fetchStory(db, slug: slug) else { throw StoreRules.storyNotFound(slug) }
            story.apply(patch)
            try StoreRules.validate(title: story.title, timeZone: story.timeZone)
            try db.execute(
                sql: """
                    UPDATE stories SET title = ?, summary = ?, status = ?, coverage_end = ?, lead_photo = ?,
                        original_entry = ?, tags = ?, region = ?, see_also = ?, features = ?, time_zone = ?,
                        updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [
                    story.title, story.summary, story.status.rawValue, story.coverageEnd?.storeMillis,
                    try story.leadPhoto.map(JSONColumn.encode), story.originalEntry,
                    try JSONColumn.encodeList(story.tags), story.region, try JSONColumn.encodeList(story.seeAlso),
                    try JSONColumn.encodeList(story.features), story.timeZone, now.storeMillis, story.id,
                ]
            )
            try Self.indexStory(db, id: story.id, title: story.title, summary: story.summary,
                                originalEntry: story.originalEntry, replacing: true)
            return try Self.requireStory(db, id: story.id)
        }
    }

    public func story(_ slug: Slug) async throws -> Story? {
        try await read { db in try Self.fetchStory(db, slug: slug) }
    }

    public func story(id: Int64) async throws -> Story? {
        try await read { db in
            // Hot read (every live frame, every API update response): a cached prepared statement.
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM stories WHERE id = ?"), arguments: [id]).map(Story.init(row:))
        }
    }

    public func stories(limit: Int, offset: Int) async throws -> [StorySummary] {
        guard limit > 0 else { return [] }
        return try await read { db in
            // One query for the page with counts and latest ids, one for the latest updates.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT stories.*,
                        (SELECT COUNT(*) FROM updates u
                            WHERE u.story_id = stories.id AND u.deleted_at IS NULL) AS visible_count,
                        (SELECT u.id FROM updates u
                            WHERE u.story_id = stories.id AND u.deleted_at IS NULL
                            ORDER BY u.published_at DESC, u.sequence DESC LIMIT 1) AS latest_id
                    FROM stories
                    ORDER BY stories.updated_at DESC, stories.id DESC
                    LIMIT ? OFFSET ?
                    """,
                arguments: [limit, max(0, offset)]
            )
            let latestIDs = try rows.compactMap { try $0.decode(String?.self, forColumn: "latest_id") }
            var latestByID: [String: Update] = [:]
            if !latestIDs.isEmpty {
                // SQL interpolation binds each id: `IN (?, ?, …)`.
                let updates = try SQLRequest<Row>(literal: "SELECT * FROM updates WHERE id IN \(latestIDs)").fetchAll(db)
                for row in updates {
                    let update = try Update(row: row)
                    latestByID[update.id] = update
                }
            }
            return try rows.map { row in
                StorySummary(
                    story: try Story(row: row),
                    latest: try row.decode(String?.self, forColumn: "latest_id").flatMap { latestByID[$0] },
                    updateCount: try row.decode(Int.self, forColumn: "visible_count")
                )
            }
        }
    }

    // MARK: - Helpers shared with import and updates

    static func fetchStory(_ db: Database, slug: Slug) throws -> Story? {
        // Hot read (every page view and live connection): a cached prepared statement.
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM stories WHERE slug = ?"), arguments: [slug.rawValue])
            .map(Story.init(row:))
    }

    static func requireStory(_ db: Database, id: Int64) throws -> Story {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM stories WHERE id = ?", arguments: [id]) else {
            throw corrupt("story \(id) vanished inside its transaction")
        }
        return try Story(row: row)
    }


    static func ensureSlugIsFree(_ db: Database, _ slug: Slug) throws {
        let taken = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM stories WHERE slug = ?)", arguments: [slug.rawValue]
        ) ?? false
        if taken {
            throw StoreRules.slugTaken(slug)
        }
    }


    /// Inserts a story row and its search entry; returns the new id.
    static func insertStory(
        _ db: Database, _ draft: StoryDraft, contentHash: String?, lastSequence: Int64, now: Date
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT INTO stories (slug, title, summary, status, coverage_start, coverage_end, lead_photo,
                    original_entry, tags, region, see_also, features, time_zone, created_at, updated_at,
                    last_sequence, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                draft.slug.rawValue, draft.title, draft.summary, draft.status.rawValue,
                draft.coverageStart?.storeMillis, draft.coverageEnd?.storeMillis,
                try draft.leadPhoto.map(JSONColumn.encode), draft.originalEntry, try JSONColumn.encodeList(draft.tags),
                draft.region, try JSONColumn.encodeList(draft.seeAlso), try JSONColumn.encodeList(draft.features),
                draft.timeZone, now.storeMillis, now.storeMillis, lastSequence, contentHash,
            ]
        )
        let id = db.lastInsertedRowID
        try indexStory(db, id: id, title: draft.title, summary: draft.summary,
                       originalEntry: draft.originalEntry, replacing: false)
        return id
    }

    static func indexStory(
        _ db: Database, id: Int64, title: String, summary: String, originalEntry: String, replacing: Bool
    ) throws {
        if replacing {
            try db.execute(sql: "DELETE FROM story_search WHERE rowid = ?", arguments: [id])
        }
        try db.execute(
            sql: "INSERT INTO story_search (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [id, title, summary + "\n\n" + originalEntry]
        )
    }
}
