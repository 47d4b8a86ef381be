import Foundation
internal import GRDB
import SitrepModel

// Decoding model values from rows. Plain SQL with bound arguments is used throughout (not
// GRDB record types) so the queries translate one to one to the PostgreSQL backend.

// MARK: - Dates

extension Date {
    /// Unix milliseconds, as stored in every date column.
    var storeMillis: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    init(storeMillis: Int64) {
        self.init(timeIntervalSince1970: Double(storeMillis) / 1000)
    }
}

// MARK: - JSON columns

enum JSONColumn {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Most updates have no photos or videos: skip the encoder for them (import speed).
    static func encodeList<Element: Encodable>(_ values: [Element]) throws -> String {
        values.isEmpty ? "[]" : try encode(values)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError(.unavailable, "Stored data could not be read.", underlying: "bad JSON column: \(error)")
        }
    }

    static func decodeList<Element: Decodable>(_ type: [Element].Type, from text: String) throws -> [Element] {
        text == "[]" ? [] : try decode(type, from: text)
    }
}

func corrupt(_ detail: String) -> StoreError {
    StoreError(.unavailable, "Stored data could not be read.", underlying: detail)
}

func decodeEnum<E: RawRepresentable>(_ type: E.Type, _ raw: String) throws -> E where E.RawValue == String {
    guard let value = E(rawValue: raw) else { throw corrupt("unknown \(E.self) '\(raw)'") }
    return value
}

func date(_ row: Row, _ column: String) throws -> Date? {
    try row.decode(Int64?.self, forColumn: column).map(Date.init(storeMillis:))
}

// MARK: - Model values

extension Story {
    /// Reads the columns of `stories` (selected by name, so `stories.*` plus extra aliased columns works).
    init(row: Row) throws {
        let slugText = try row.decode(String.self, forColumn: "slug")
        guard let slug = Slug(rawValue: slugText) else { throw corrupt("bad slug '\(slugText)'") }
        self.init(
            id: try row.decode(Int64.self, forColumn: "id"),
            slug: slug,
            title: try row.decode(String.self, forColumn: "title"),
            summary: try row.decode(String.self, forColumn: "summary"),
            status: try decodeEnum(StoryStatus.self, row.decode(String.self, forColumn: "status")),
            coverageStart: try date(row, "coverage_start"),
            coverageEnd: try date(row, "coverage_end"),
            leadPhoto: try row.decode(String?.self, forColumn: "lead_photo").map { try JSONColumn.decode(Photo.self, from: $0) },
            originalEntry: try row.decode(String.self, forColumn: "original_entry"),
            tags: try JSONColumn.decodeList([String].self, from: row.decode(String.self, forColumn: "tags")),
            region: try row.decode(String?.self, forColumn: "region"),
            seeAlso: try JSONColumn.decodeList([Link].self, from: row.decode(String.self, forColumn: "see_also")),
            features: try JSONColumn.decodeList([Link].self, from: row.decode(String.self, forColumn: "features")),
            timeZone: try row.decode(String.self, forColumn: "time_zone"),
            createdAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "created_at")),
            updatedAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "updated_at")),
            lastSequence: try row.decode(Int64.self, forColumn: "last_sequence")
        )
    }
}

extension Update {
    /// Reads the columns of `updates`, or a live-log replay row aliased to the same names.
    init(row: Row) throws {
        self.init(
            id: try row.decode(String.self, forColumn: "id"),
            storyID: try row.decode(Int64.self, forColumn: "story_id"),
            sequence: try row.decode(Int64.self, forColumn: "sequence"),
            publishedAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "published_at")),
            headline: try row.decode(String?.self, forColumn: "headline"),
            body: try row.decode(String.self, forColumn: "body"),
            kind: try decodeEnum(UpdateKind.self, row.decode(String.self, forColumn: "kind")),
            keyEvent: try row.decode(Bool.self, forColumn: "key_event"),
            pinned: try row.decode(Bool.self, forColumn: "pinned"),
            photos: try JSONColumn.decodeList([Photo].self, from: row.decode(String.self, forColumn: "photos")),
            videos: try JSONColumn.decodeList([Link].self, from: row.decode(String.self, forColumn: "videos")),
            author: try row.decode(String?.self, forColumn: "author"),
            revision: try row.decode(Int.self, forColumn: "revision"),
            editedAt: try date(row, "edited_at"),
            deletedAt: try date(row, "deleted_at")
        )
    }
}

extension UpdateRevision {
    init(row: Row) throws {
        self.init(
            updateID: try row.decode(String.self, forColumn: "update_id"),
            revision: try row.decode(Int.self, forColumn: "revision"),
            headline: try row.decode(String?.self, forColumn: "headline"),
            body: try row.decode(String.self, forColumn: "body"),
            keyEvent: try row.decode(Bool.self, forColumn: "key_event"),
            pinned: try row.decode(Bool.self, forColumn: "pinned"),
            photos: try JSONColumn.decodeList([Photo].self, from: row.decode(String.self, forColumn: "photos")),
            editedAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "edited_at")),
            editor: try row.decode(String?.self, forColumn: "editor")
        )
    }
}

extension User {
    init(row: Row) throws {
        self.init(
            id: try row.decode(Int64.self, forColumn: "id"),
            name: try row.decode(String.self, forColumn: "name"),
            role: try decodeEnum(Role.self, row.decode(String.self, forColumn: "role")),
            createdAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "created_at"))
        )
    }
}
