import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: writing updates

    public func publishUpdate(to slug: Slug, _ draft: UpdateDraft, now: Date) async throws -> LiveEvent {
        try await write { db in
            guard let storyID = try Int64.fetchOne(db, sql: "SELECT id FROM stories WHERE slug = ?", arguments: [slug.rawValue]) else {
                throw StoreRules.storyNotFound(slug)
            }
            let sequence = try Self.takeNextSequence(db, storyID: storyID, now: now)
            let writer = try UpdateWriter(db)
            let id = self.updateIDs.next()
            try writer.insert(id: id, storyID: storyID, sequence: sequence, draft: draft, now: now)
            return LiveEvent(storyID: storyID, sequence: sequence, kind: .update, update: try Self.requireUpdate(db, id: id))
        }
    }

    public func editUpdate(id: String, _ patch: UpdatePatch, editor: String?, now: Date) async throws -> LiveEvent {
        guard !patch.isEmpty else {
            throw StoreError(.invalid, "The edit changes nothing: give a new headline, body, photos, or flag.")
        }
        return try await write { db in
            guard var update = try Self.fetchUpdate(db, id: id), !update.isDeleted else { throw StoreRules.updateNotFound(id) }
            if let headline = patch.headline { update.headline = headline.isEmpty ? nil : headline }
            if let body = patch.body { update.body = body }
            if let keyEvent = patch.keyEvent { update.keyEvent = keyEvent }
            if let pinned = patch.pinned { update.pinned = pinned }
            if let photos = patch.photos { update.photos = photos }
            update.revision += 1

            let sequence = try Self.takeNextSequence(db, storyID: update.storyID, now: now)
            let photos = try JSONColumn.encodeList(update.photos)
            try db.execute(
                sql: """
                    UPDATE updates SET headline = ?, body = ?, key_event = ?, pinned = ?, photos = ?,
                        revision = ?, edited_at = ?
                    WHERE id = ?
                    """,
                arguments: [update.headline, update.body, update.keyEvent, update.pinned, photos,
                            update.revision, now.storeMillis, id]
            )
            try db.execute(
                sql: """
                    INSERT INTO update_revisions (update_id, revision, headline, body, key_event, pinned, photos, edited_at, editor)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, update.revision, update.headline, update.body, update.keyEvent, update.pinned,
                            photos, now.storeMillis, editor]
            )
            try Self.appendLog(db, storyID: update.storyID, sequence: sequence, kind: .edit,
                               updateID: id, revision: update.revision, now: now)
            let pk = try Self.updatePK(db, id: id)
            try db.execute(
                sql: "UPDATE update_search SET title = ?, body = ? WHERE rowid = ?",
                arguments: [update.headline ?? "", update.body, pk]
            )
            return LiveEvent(storyID: update.storyID, sequence: sequence, kind: .edit,
                             update: try Self.requireUpdate(db, id: id))
        }
    }

    public func deleteUpdate(id: String, now: Date) async throws -> LiveEvent {
        try await write { db in
            guard let update = try Self.fetchUpdate(db, id: id), !update.isDeleted else { throw StoreRules.updateNotFound(id) }
            let sequence = try Self.takeNextSequence(db, storyID: update.storyID, now: now)
            try db.execute(sql: "UPDATE updates SET deleted_at = ? WHERE id = ?", arguments: [now.storeMillis, id])
            try Self.appendLog(db, storyID: update.storyID, sequence: sequence, kind: .delete,
                               updateID: id, revision: update.revision, now: now)
            try db.execute(sql: "DELETE FROM update_search WHERE rowid = ?", arguments: [try Self.updatePK(db, id: id)])
            return LiveEvent(storyID: update.storyID, sequence: sequence, kind: .delete,
                             update: try Self.requireUpdate(db, id: id))
        }
    }

    // MARK: - Store: reading updates

    public func update(id: String) async throws -> Update? {
        try await read { db in try Self.fetchUpdate(db, id: id) }
    }

    public func updates(of slug: Slug, olderThan: Int64?, limit: Int) async throws -> [Update] {
        guard limit > 0 else { return [] }
        return try await read { db -> [Update] in
            // Keyset paging on (published_at, sequence), the order of the page; the cursor's time is
            // looked up from its sequence. Walks `updates_visible_by_time` backwards.
            guard let olderThan else {
                return try Row.fetchAll(
                    db,
                    sql: """
                        SELECT u.* FROM updates u JOIN stories s ON s.id = u.story_id
                        WHERE s.slug = ? AND u.deleted_at IS NULL
                        ORDER BY u.published_at DESC, u.sequence DESC
                        LIMIT ?
                        """,
                    arguments: [slug.rawValue, limit]
                ).map(Update.init(row:))
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT u.* FROM updates u JOIN stories s ON s.id = u.story_id
                    JOIN updates c ON c.story_id = s.id AND c.sequence = ?
                    WHERE s.slug = ? AND u.deleted_at IS NULL
                      AND (u.published_at < c.published_at
                           OR (u.published_at = c.published_at AND u.sequence < c.sequence))
                    ORDER BY u.published_at DESC, u.sequence DESC
                    LIMIT ?
                    """,
                arguments: [olderThan, slug.rawValue, limit]
            ).map(Update.init(row:))
        }
    }

    public func updates(of slug: Slug, afterSequence: Int64, limit: Int) async throws -> [Update] {
        guard limit > 0 else { return [] }
        return try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.* FROM updates u JOIN stories s ON s.id = u.story_id
                    WHERE s.slug = ? AND u.deleted_at IS NULL AND u.sequence > ?
                    ORDER BY u.sequence
                    LIMIT ?
                    """,
                arguments: [slug.rawValue, afterSequence, limit]
            ).map(Update.init(row:))
        }
    }

    public func updateCount(of slug: Slug) async throws -> Int {
        try await read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM updates u JOIN stories s ON s.id = u.story_id
                    WHERE s.slug = ? AND u.deleted_at IS NULL
                    """,
                arguments: [slug.rawValue]
            ) ?? 0
        }
    }

    public func revisions(of updateID: String) async throws -> [UpdateRevision] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM update_revisions WHERE update_id = ? ORDER BY revision",
                arguments: [updateID]
            ).map(UpdateRevision.init(row:))
        }
    }

    // MARK: - Helpers

    /// Hands out the story's next sequence number and bumps its `updated_at`. Must run inside
    /// the write transaction that uses the number, so numbers are never reused or skipped.
    static func takeNextSequence(_ db: Database, storyID: Int64, now: Date) throws -> Int64 {
        try db.execute(
            sql: "UPDATE stories SET last_sequence = last_sequence + 1, updated_at = ? WHERE id = ?",
            arguments: [now.storeMillis, storyID]
        )
        guard let sequence = try Int64.fetchOne(db, sql: "SELECT last_sequence FROM stories WHERE id = ?", arguments: [storyID]) else {
            throw StoreError(.notFound, "The story no longer exists.")
        }
        return sequence
    }

    static func appendLog(
        _ db: Database, storyID: Int64, sequence: Int64, kind: LiveEventKind, updateID: String, revision: Int, now: Date
    ) throws {
        try db.cachedStatement(sql: """
            INSERT INTO live_log (story_id, sequence, kind, update_id, revision, logged_at) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [storyID, sequence, kind.rawValue, updateID, revision, now.storeMillis])
    }

    static func fetchUpdate(_ db: Database, id: String) throws -> Update? {
        try Row.fetchOne(db, sql: "SELECT * FROM updates WHERE id = ?", arguments: [id]).map(Update.init(row:))
    }

    static func requireUpdate(_ db: Database, id: String) throws -> Update {
        guard let update = try fetchUpdate(db, id: id) else { throw corrupt("update \(id) vanished inside its transaction") }
        return update
    }

    static func updatePK(_ db: Database, id: String) throws -> Int64 {
        guard let pk = try Int64.fetchOne(db, sql: "SELECT pk FROM updates WHERE id = ?", arguments: [id]) else {
            throw StoreRules.updateNotFound(id)
        }
        return pk
    }

}

/// Inserts new updates (row, revision 1, live-log entry, search entry) with cached statements,
/// so a 100,000-update import pays statement preparation once.
struct UpdateWriter {
    let db: Database
    private let insertUpdate: Statement
    private let insertRevision: Statement
    private let insertLog: Statement
    private let insertSearch: Statement

    init(_ db: Database) throws {
        self.db = db
        insertUpdate = try db.cachedStatement(sql: """
            INSERT INTO updates (id, story_id, sequence, published_at, kind, author, videos, headline, body,
                key_event, pinned, photos, revision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """)
        insertRevision = try db.cachedStatement(sql: """
            INSERT INTO update_revisions (update_id, revision, headline, body, key_event, pinned, photos, edited_at, editor)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertLog = try db.cachedStatement(sql: """
            INSERT INTO live_log (story_id, sequence, kind, update_id, revision, logged_at) VALUES (?, ?, 'update', ?, 1, ?)
            """)
        insertSearch = try db.cachedStatement(sql: """
            INSERT INTO update_search (rowid, title, body, story_id) VALUES (?, ?, ?, ?)
            """)
    }

    /// Revision 1 is dated at publication and credited to the author.
    func insert(id: String, storyID: Int64, sequence: Int64, draft: UpdateDraft, now: Date) throws {
        let headline = draft.headline.flatMap { $0.isEmpty ? nil : $0 }
        let publishedAt = (draft.publishedAt ?? now).storeMillis
        let photos = try JSONColumn.encodeList(draft.photos)
        try insertUpdate.execute(arguments: [
            id, storyID, sequence, publishedAt, draft.kind.rawValue, draft.author,
            try JSONColumn.encodeList(draft.videos), headline, draft.body, draft.keyEvent, draft.pinned, photos,
        ])
        let pk = db.lastInsertedRowID
        try insertRevision.execute(arguments: [
            id, headline, draft.body, draft.keyEvent, draft.pinned, photos, publishedAt, draft.author,
        ])
        try insertLog.execute(arguments: [storyID, sequence, id, now.storeMillis])
        try insertSearch.execute(arguments: [pk, headline ?? "", draft.body, storyID])
    }
}
