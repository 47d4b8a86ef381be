import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: search

    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard limit > 0, let match = SearchQuery.ftsExpression(for: query) else { return [] }
        let start = String(SearchHit.matchStart)
        let end = String(SearchHit.matchEnd)
        return try await read { db in
            // Story and update hits are ranked together by bm25 (titles weigh more than bodies).
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH hits AS (
                        SELECT rowid AS hit_story_id, NULL AS hit_update_pk,
                            snippet(story_search, -1, ?, ?, '…', 24) AS hit_snippet,
                            bm25(story_search, 4.0, 1.0) AS hit_score
                        FROM story_search WHERE story_search MATCH ?
                        UNION ALL
                        SELECT story_id, rowid,
                            snippet(update_search, -1, ?, ?, '…', 24),
                            bm25(update_search, 4.0, 1.0, 0.0)
                        FROM update_search WHERE update_search MATCH ?
                        ORDER BY hit_score
                        LIMIT ?
                    )
                    SELECT stories.*, hits.hit_snippet, u.id AS hit_update_id, u.headline AS hit_headline
                    FROM hits
                    JOIN stories ON stories.id = hits.hit_story_id
                    LEFT JOIN updates u ON u.pk = hits.hit_update_pk
                    ORDER BY hits.hit_score
                    """,
                arguments: [start, end, match, start, end, match, limit]
            )
            return try rows.map { row in
                let story = try Story(row: row)
                let updateID = try row.decode(String?.self, forColumn: "hit_update_id")
                let headline = try row.decode(String?.self, forColumn: "hit_headline")
                return SearchHit(
                    story: story,
                    updateID: updateID,
                    title: headline ?? story.title,
                    snippet: try row.decode(String.self, forColumn: "hit_snippet")
                )
            }
        }
    }
}

/// Turns what a reader typed into a safe FTS5 query.
enum SearchQuery {
    /// Splits `text` into words (runs of letters and digits), quotes each so nothing the reader
    /// types is FTS syntax (`"`, `*`, `NEAR(`, `OR`), ANDs them and prefix-matches the last one.
    /// nil when there is no word at all.
    static func ftsExpression(for text: String, maxTerms: Int = 16) -> String? {
        let terms = words(in: text)
        guard !terms.isEmpty else { return nil }
        let quoted = terms.prefix(maxTerms).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.joined(separator: " ") + "*"
    }

    /// The runs of letters and digits in `text`: what both backends search for.
    static func words(in text: String) -> [String] {
        var terms: [String] = []
        var word = ""
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                terms.append(word)
                word = ""
            }
        }
        if !word.isEmpty { terms.append(word) }
        return terms
    }
}
