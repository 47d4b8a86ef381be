import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: live log

    public func liveEvents(storyID: Int64, afterSequence: Int64, limit: Int) async throws -> [LiveEvent] {
        guard limit > 0 else { return [] }
        return try await read { db in
            // Each log row names the revision it produced; joining that revision rebuilds the update
            // as it was right after the event. Only a `delete` event carries the tombstone date.
            let rows = try Row.fetchAll(
                db,
                sql: """
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
                arguments: [storyID, afterSequence, limit]
            )
            return try rows.map { row in
                LiveEvent(
                    storyID: storyID,
                    sequence: try row.decode(Int64.self, forColumn: "event_sequence"),
                    kind: try decodeEnum(LiveEventKind.self, row.decode(String.self, forColumn: "event_kind")),
                    update: try Update(row: row)
                )
            }
        }
    }

    // MARK: - Store: proposed events

    public func replaceProposedEvents(for updateID: String, _ events: [ProposedEvent]) async throws {
        try await write { db in
            guard try Self.fetchUpdate(db, id: updateID) != nil else { throw StoreRules.updateNotFound(updateID) }
            try db.execute(sql: "DELETE FROM proposed_events WHERE update_id = ?", arguments: [updateID])
            let insert = try db.cachedStatement(sql: """
                INSERT INTO proposed_events (update_id, position, summary, payload) VALUES (?, ?, ?, ?)
                """)
            for (position, event) in events.enumerated() {
                try insert.execute(arguments: [updateID, position, event.summary, event.payload])
            }
        }
    }

    public func proposedEvents(updateID: String) async throws -> [ProposedEvent] {
        try await read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT summary, payload FROM proposed_events WHERE update_id = ? ORDER BY position"),
                arguments: [updateID]
            ).map { row in
                ProposedEvent(summary: try row.decode(String.self, forColumn: "summary"),
                              payload: try row.decode(String.self, forColumn: "payload"))
            }
        }
    }

    /// Events of deleted updates are left out: there is nothing left to review.
    public func proposedEvents(storyID: Int64) async throws -> [String: [ProposedEvent]] {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.update_id, p.summary, p.payload
                    FROM proposed_events p JOIN updates u ON u.id = p.update_id
                    WHERE u.story_id = ? AND u.deleted_at IS NULL
                    ORDER BY p.update_id, p.position
                    """,
                arguments: [storyID]
            )
            var result: [String: [ProposedEvent]] = [:]
            for row in rows {
                let event = ProposedEvent(
                    summary: try row.decode(String.self, forColumn: "summary"),
                    payload: try row.decode(String.self, forColumn: "payload")
                )
                result[try row.decode(String.self, forColumn: "update_id"), default: []].append(event)
            }
            return result
        }
    }
}
