import Foundation
import SitrepModel

extension PostgresStore {
    // MARK: - Store: writing updates

    public func publishUpdate(to slug: Slug, _ draft: UpdateDraft, now: Date) async throws -> LiveEvent {
        try await write { db in
            guard let storyID = try await db.scalar(Int64.self, "SELECT id FROM stories WHERE slug = ?", [slug.rawValue]) else {
                throw StoreRules.storyNotFound(slug)
            }
            let sequence = try await Self.takeNextSequence(db, storyID: storyID, now: now)
            let id = self.updateIDs.next()
            try await Self.insertUpdates(db, storyID: storyID, [(id, sequence, draft)], now: now)
            try await self.notify(db, storyID: storyID, sequence: sequence)
            return LiveEvent(storyID: storyID, sequence: sequence, kind: .update, update: try await Self.requireUpdate(db, id: id))
        }
    }

    public func editUpdate(id: String, _ patch: UpdatePatch, editor: String?, now: Date) async throws -> LiveEvent {
        guard !patch.isEmpty else {
            throw StoreError(.invalid, "The edit changes nothing: give a new headline, body, photos, or flag.")
        }
        return try await write { db in
            guard var update = try await Self.fetchUpdate(db, id: id, lock: true), !update.isDeleted else { throw StoreRules.updateNotFound(id) }
            if let headline = patch.headline { update.headline = headline.isEmpty ? nil : headline }
            if let body = patch.body { update.body = body }
            if let keyEvent = patch.keyEvent { update.keyEvent = keyEvent }
            if let pinned = patch.pinned { update.pinned = pinned }
            if let photos = patch.photos { update.photos = photos }
            update.revision += 1

            let sequence = try await Self.takeNextSequence(db, storyID: update.storyID, now: now)
            let photos = try JSONColumn.encodeList(update.photos)
            try await db.execute(
                """
                UPDATE updates SET headline = ?, body = ?, key_event = ?, pinned = ?, photos = ?, revision = ?, edited_at = ?
                WHERE id = ?
                """,
                [update.headline, update.body, update.keyEvent, update.pinned, photos, update.revision, now.storeMillis, id]
            )
            try await db.execute(
                """
                INSERT INTO update_revisions (update_id, revision, headline, body, key_event, pinned, photos, edited_at, editor)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [id, update.revision, update.headline, update.body, update.keyEvent, update.pinned, photos, now.storeMillis, editor]
            )
            try await Self.appendLog(db, storyID: update.storyID, sequence: sequence, kind: .edit, updateID: id,
                                     revision: update.revision, now: now)
            try await self.notify(db, storyID: update.storyID, sequence: sequence)
            return LiveEvent(storyID: update.storyID, sequence: sequence, kind: .edit, update: try await Self.requireUpdate(db, id: id))
        }
    }

    public func deleteUpdate(id: String, now: Date) async throws -> LiveEvent {
        try await write { db in
            guard let update = try await Self.fetchUpdate(db, id: id, lock: true), !update.isDeleted else { throw StoreRules.updateNotFound(id) }
            let sequence = try await Self.takeNextSequence(db, storyID: update.storyID, now: now)
            try await db.execute("UPDATE updates SET deleted_at = ? WHERE id = ?", [now.storeMillis, id])
            try await Self.appendLog(db, storyID: update.storyID, sequence: sequence, kind: .delete, updateID: id,
                                     revision: update.revision, now: now)
            try await self.notify(db, storyID: update.storyID, sequence: sequence)
            return LiveEvent(storyID: update.storyID, sequence: sequence, kind: .delete, update: try await Self.requireUpdate(db, id: id))
        }
    }

    // MARK: - Store: reading updates

    public func update(id: String) async throws -> Update? {
        try await one { db in try await Self.fetchUpdate(db, id: id) }
    }

    public func updates(of slug: Slug, olderThan: Int64?, limit: Int) async throws -> [Update] {
        guard limit > 0 else { return [] }
        return try await one { db -> [Update] in
            guard let olderThan else {
                return try await db.rows(
                    """
                    SELECT \(PGColumns.update("u")) FROM updates u JOIN stories s ON s.id = u.story_id
                    WHERE s.slug = ? AND u.deleted_at IS NULL
                    ORDER BY u.published_at DESC, u.sequence DESC
                    LIMIT ?
                    """,
                    [slug.rawValue, limit]
                ).map(Update.init(pg:))
            }
            return try await db.rows(
                """
                SELECT \(PGColumns.update("u")) FROM updates u JOIN stories s ON s.id = u.story_id
                JOIN updates c ON c.story_id = s.id AND c.sequence = ?
                WHERE s.slug = ? AND u.deleted_at IS NULL
                  AND (u.published_at, u.sequence) < (c.published_at, c.sequence)
                ORDER BY u.published_at DESC, u.sequence DESC
                LIMIT ?
                """,
                [olderThan, slug.rawValue, limit]
            ).map(Update.init(pg:))
        }
    }

    public func updates(of slug: Slug, afterSequence: Int64, limit: Int) async throws -> [Update] {
        guard limit > 0 else { return [] }
        return try await one { db in
            try await db.rows(
                """
                SELECT \(PGColumns.update("u")) FROM updates u JOIN stories s ON s.id = u.story_id
                WHERE s.slug = ? AND u.deleted_at IS NULL AND u.sequence > ?
                ORDER BY u.sequence
                LIMIT ?
                """,
                [slug.rawValue, afterSequence, limit]
            ).map(Update.init(pg:))
        }
    }

    public func updateCount(of slug: Slug) async throws -> Int {
        try await one { db in
            try await db.scalar(
                Int.self,
                "SELECT COUNT(*) FROM updates u JOIN stories s ON s.id = u.story_id WHERE s.slug = ? AND u.deleted_at IS NULL",
                [slug.rawValue]
            ) ?? 0
        }
    }

    public func revisions(of updateID: String) async throws -> [UpdateRevision] {
        try await one { db in
            try await db.rows("SELECT * FROM update_revisions WHERE update_id = ? ORDER BY revision", [updateID])
                .map(UpdateRevision.init(pg:))
        }
    }

    // MARK: - Store: live log

    public func liveEvents(storyID: Int64, afterSequence: Int64, limit: Int) async throws -> [LiveEvent] {
        guard limit > 0 else { return [] }
        return try await one { db in
            try await db.rows(
                """
                SELECT l.sequence AS event_sequence, l.kind AS event_kind,
                    u.id, u.story_id, u.sequence, u.published_at, u.kind, u.author, u.videos,
                    r.headline, r.body, r.key_event, r.pinned, r.photos, r.revision,
                    CASE WHEN r.revision > 1 THEN r.edited_at END AS edited_at,
                    CASE WHEN l.kind = 'delete' THEN l.logged_at END AS deleted_at
                FROM live_log l
                JOIN updates u ON u.id = l.update_id
                JOIN update_revisions r ON r.update_id = l.update_id AND r.revision = l.revision
                WHERE l.story_id = ? AND l.sequence > ?
                ORDER BY l.sequence
                LIMIT ?
                """,
                [storyID, afterSequence, limit]
            ).map { row in
                LiveEvent(
                    storyID: storyID,
                    sequence: try row("event_sequence"),
                    kind: try decodeEnum(LiveEventKind.self, row("event_kind")),
                    update: try Update(pg: row)
                )
            }
        }
    }

    // MARK: - Store: proposed events

    public func replaceProposedEvents(for updateID: String, _ events: [ProposedEvent]) async throws {
        try await write { db in
            guard try await Self.fetchUpdate(db, id: updateID) != nil else { throw StoreRules.updateNotFound(updateID) }
            try await db.execute("DELETE FROM proposed_events WHERE update_id = ?", [updateID])
            try await db.insertRows(
                "proposed_events", ["update_id", "position", "summary", "payload"],
                events.enumerated().map { [updateID, $0.offset, $0.element.summary, $0.element.payload] }
            )
        }
    }

    public func proposedEvents(updateID: String) async throws -> [ProposedEvent] {
        try await one { db in
            try await db.rows("SELECT summary, payload FROM proposed_events WHERE update_id = ? ORDER BY position", [updateID]).map { row in
                ProposedEvent(summary: try row("summary"), payload: try row("payload"))
            }
        }
    }

    /// Events of deleted updates are left out: there is nothing left to review.
    public func proposedEvents(storyID: Int64) async throws -> [String: [ProposedEvent]] {
        try await one { db in
            var result: [String: [ProposedEvent]] = [:]
            for row in try await db.rows(
                """
                SELECT p.update_id, p.summary, p.payload
                FROM proposed_events p JOIN updates u ON u.id = p.update_id
                WHERE u.story_id = ? AND u.deleted_at IS NULL
                ORDER BY p.update_id, p.position
                """,
                [storyID]
            ) {
                result[try row("update_id", String.self), default: []]
                    .append(ProposedEvent(summary: try row("summary"), payload: try row("payload")))
            }
            return result
        }
    }

    // MARK: - Helpers

    /// Hands out the story's next sequence number and bumps its `updated_at`. The row lock it
    /// takes orders concurrent publishers on the story, so numbers are never reused or skipped.
    static func takeNextSequence(_ db: PGConnection, storyID: Int64, now: Date) async throws -> Int64 {
        guard let sequence = try await db.scalar(
            Int64.self,
            "UPDATE stories SET last_sequence = last_sequence + 1, updated_at = ? WHERE id = ? RETURNING last_sequence",
            [now.storeMillis, storyID]
        ) else {
            throw StoreError(.notFound, "The story no longer exists.")
        }
        return sequence
    }

    /// Tells every instance watching the database that the story's log grew to `sequence`.
    /// PostgreSQL delivers it only when the transaction commits, so a reader never asks for a row
    /// it cannot see yet.
    func notify(_ db: PGConnection, storyID: Int64, sequence: Int64) async throws {
        try await db.execute("SELECT pg_notify(?, ?)", [signalChannel, "l:\(storyID):\(sequence)"])
    }

    static func appendLog(
        _ db: PGConnection, storyID: Int64, sequence: Int64, kind: LiveEventKind, updateID: String, revision: Int, now: Date
    ) async throws {
        try await db.execute(
            "INSERT INTO live_log (story_id, sequence, kind, update_id, revision, logged_at) VALUES (?, ?, ?, ?, ?, ?)",
            [storyID, sequence, kind.rawValue, updateID, revision, now.storeMillis]
        )
    }

    static func fetchUpdate(_ db: PGConnection, id: String, lock: Bool = false) async throws -> Update? {
        try await db.row("SELECT \(PGColumns.update()) FROM updates WHERE id = ?\(lock ? " FOR UPDATE" : "")", [id]).map(Update.init(pg:))
    }

    static func requireUpdate(_ db: PGConnection, id: String) async throws -> Update {
        guard let update = try await fetchUpdate(db, id: id) else { throw corrupt("update \(id) vanished inside its transaction") }
        return update
    }

    /// Inserts new updates (row, revision 1, live-log entry). One statement per chunk of a few
    /// thousand updates writes all three tables: the revision and the log entry are copied from
    /// the rows the update insert returns, so each body crosses the wire and is bound once, and
    /// an import pays one round trip per page instead of three. Revision 1 is dated at
    /// publication and credited to the author.
    static func insertUpdates(
        _ db: PGConnection, storyID: Int64, _ drafts: [(id: String, sequence: Int64, draft: UpdateDraft)], now: Date
    ) async throws {
        let columns = ["id", "story_id", "sequence", "published_at", "kind", "author", "videos", "headline", "body",
                       "key_event", "pinned", "photos", "revision"]
        var rows: [[any PGArgument]] = []
        for (id, sequence, draft) in drafts {
            rows.append([id, storyID, sequence, (draft.publishedAt ?? now).storeMillis, draft.kind.rawValue, draft.author,
                         try JSONColumn.encodeList(draft.videos), draft.headline.flatMap { $0.isEmpty ? nil : $0 },
                         draft.body, draft.keyEvent, draft.pinned, try JSONColumn.encodeList(draft.photos), 1])
        }
        try await db.insertRows(
            "updates", columns, rows,
            prefix: "WITH added AS (",
            suffix: """
                 RETURNING id, story_id, sequence, published_at, author, headline, body, key_event, pinned, photos),
                revised AS (INSERT INTO update_revisions (update_id, revision, headline, body, key_event, pinned, photos,
                        edited_at, editor)
                    SELECT id, 1, headline, body, key_event, pinned, photos, published_at, author FROM added)
                INSERT INTO live_log (story_id, sequence, kind, update_id, revision, logged_at)
                SELECT story_id, sequence, 'update', id, 1, ? FROM added
                """,
            suffixArguments: [now.storeMillis]
        )
    }
}

extension PGConnection {
    /// `INSERT INTO table (columns) VALUES (…), (…), …` in chunks that stay under PostgreSQL's
    /// 65,535 bound parameters.
    /// `prefix` and `suffix` wrap each chunk's INSERT (a `WITH` around it, `ON CONFLICT`,
    /// `RETURNING`…); `suffixArguments` bind the suffix's own `?`s, after the rows'. Returns how
    /// many rows the statements returned (with `RETURNING`, how many were inserted).
    @discardableResult
    func insertRows(
        _ table: String, _ columns: [String], _ rows: [[any PGArgument]],
        prefix: String = "", suffix: String = "", suffixArguments: [any PGArgument] = []
    ) async throws -> Int {
        guard !rows.isEmpty else { return 0 }
        var returned = 0
        let perChunk = max(1, 30_000 / columns.count)
        let tuple = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perChunk)]
            let sql = prefix + "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ", ") + suffix
            returned += try await self.rows(sql, chunk.flatMap { $0 } + suffixArguments).count
            start += perChunk
        }
        return returned
    }
}
