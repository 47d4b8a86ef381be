import Foundation
import SitrepModel

// Model values from PostgreSQL rows: the same columns as `SQLiteStore+Rows.swift` reads.

extension Story {
    init(pg row: PGRow) throws {
        let slugText = try row("slug", String.self)
        guard let slug = Slug(rawValue: slugText) else { throw corrupt("bad slug '\(slugText)'") }
        self.init(
            id: try row("id"),
            slug: slug,
            title: try row("title"),
            summary: try row("summary"),
            status: try decodeEnum(StoryStatus.self, row("status")),
            coverageStart: try row.date("coverage_start"),
            coverageEnd: try row.date("coverage_end"),
            leadPhoto: try row("lead_photo", String?.self).map { try JSONColumn.decode(Photo.self, from: $0) },
            originalEntry: try row("original_entry"),
            tags: try JSONColumn.decodeList([String].self, from: row("tags")),
            region: try row("region"),
            seeAlso: try JSONColumn.decodeList([Link].self, from: row("see_also")),
            features: try JSONColumn.decodeList([Link].self, from: row("features")),
            timeZone: try row("time_zone"),
            createdAt: Date(storeMillis: try row("created_at")),
            updatedAt: Date(storeMillis: try row("updated_at")),
            lastSequence: try row("last_sequence")
        )
    }
}

extension Update {
    init(pg row: PGRow) throws {
        self.init(
            id: try row("id"),
            storyID: try row("story_id"),
            sequence: try row("sequence"),
            publishedAt: Date(storeMillis: try row("published_at")),
            headline: try row("headline"),
            body: try row("body"),
            kind: try decodeEnum(UpdateKind.self, row("kind")),
            keyEvent: try row("key_event"),
            pinned: try row("pinned"),
            photos: try JSONColumn.decodeList([Photo].self, from: row("photos")),
            videos: try JSONColumn.decodeList([Link].self, from: row("videos")),
            author: try row("author"),
            revision: try row("revision"),
            editedAt: try row.date("edited_at"),
            deletedAt: try row.date("deleted_at")
        )
    }
}

extension UpdateRevision {
    init(pg row: PGRow) throws {
        self.init(
            updateID: try row("update_id"),
            revision: try row("revision"),
            headline: try row("headline"),
            body: try row("body"),
            keyEvent: try row("key_event"),
            pinned: try row("pinned"),
            photos: try JSONColumn.decodeList([Photo].self, from: row("photos")),
            editedAt: Date(storeMillis: try row("edited_at")),
            editor: try row("editor")
        )
    }
}

extension User {
    init(pg row: PGRow) throws {
        self.init(
            id: try row("id"),
            name: try row("name"),
            role: try decodeEnum(Role.self, row("role")),
            createdAt: Date(storeMillis: try row("created_at"))
        )
    }
}

/// The columns of `stories` and `updates` without the search vectors (they are not read back).
enum PGColumns {
    static let story = """
        stories.id, stories.slug, stories.title, stories.summary, stories.status, stories.coverage_start, stories.coverage_end,
        stories.lead_photo, stories.original_entry, stories.tags, stories.region, stories.see_also, stories.features,
        stories.time_zone, stories.created_at, stories.updated_at, stories.last_sequence
        """
    static func update(_ table: String = "updates") -> String {
        ["pk", "id", "story_id", "sequence", "published_at", "kind", "author", "videos", "headline", "body", "key_event",
         "pinned", "photos", "revision", "edited_at", "deleted_at"].map { "\(table).\($0)" }.joined(separator: ", ")
    }
}
