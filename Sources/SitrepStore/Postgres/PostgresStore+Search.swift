import Foundation
import SitrepModel

// Search on PostgreSQL: the generated `tsvector` columns of stories, updates and claims, in the
// text search configuration `sitrep_search` (lowercased words with their diacritics folded, no
// stemming and no stop words, as FTS5's unicode61 tokenizer), queried with every word required
// and the last one a prefix, as on SQLite. Differences from FTS5, documented in DEVELOPERS.md:
// ranks come from `ts_rank` (titles weigh 4:1 over bodies, as the bm25 weights on SQLite), so
// hits of equal weight may order differently; a snippet is cut by `ts_headline` from the column
// that matched (the body when both do) and has no "…" marks.
extension PostgresStore {
    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard limit > 0, let match = SearchQuery.tsQuery(for: query) else { return [] }
        let options = "StartSel=\(SearchHit.matchStart), StopSel=\(SearchHit.matchEnd), MaxWords=24, MinWords=12"
        return try await one { db in
            try await db.rows(
                """
                WITH q AS (SELECT to_tsquery('sitrep_search', ?) AS query),
                hits AS (
                    SELECT s.id AS hit_story_id, NULL::bigint AS hit_update_pk,
                        ts_rank('{0.1, 0.2, 0.25, 1.0}', s.search, q.query) AS hit_score
                    FROM stories s, q WHERE s.search @@ q.query
                    UNION ALL
                    SELECT u.story_id, u.pk, ts_rank('{0.1, 0.2, 0.25, 1.0}', u.search, q.query)
                    FROM updates u, q WHERE u.search @@ q.query AND u.deleted_at IS NULL
                    ORDER BY hit_score DESC
                    LIMIT ?
                )
                SELECT \(PGColumns.story), u.id AS hit_update_id, u.headline AS hit_headline,
                    ts_headline('sitrep_search', CASE
                        WHEN u.pk IS NULL AND to_tsvector('sitrep_search', stories.summary || ' ' || stories.original_entry) @@ q.query
                            THEN stories.summary || E'\\n\\n' || stories.original_entry
                        WHEN u.pk IS NULL THEN stories.title
                        WHEN to_tsvector('sitrep_search', u.body) @@ q.query THEN u.body
                        ELSE coalesce(u.headline, '') END, q.query, ?) AS hit_snippet
                FROM hits CROSS JOIN q
                JOIN stories ON stories.id = hits.hit_story_id
                LEFT JOIN updates u ON u.pk = hits.hit_update_pk
                ORDER BY hits.hit_score DESC, stories.id, u.pk
                """,
                [match, limit, options]
            ).map { row in
                let story = try Story(pg: row)
                let headline = try row("hit_headline", String?.self)
                return SearchHit(story: story, updateID: try row("hit_update_id"), title: headline ?? story.title,
                                 snippet: try row("hit_snippet"))
            }
        }
    }
}

extension SearchQuery {
    /// The words of `text` as a `tsquery`: each quoted as a lexeme, all required, the last a
    /// prefix. nil when there is no word at all.
    static func tsQuery(for text: String, maxTerms: Int = 16) -> String? {
        let terms = words(in: text)
        guard !terms.isEmpty else { return nil }
        let quoted = terms.prefix(maxTerms).map { "'" + $0.lowercased().replacingOccurrences(of: "'", with: "''") + "'" }
        return quoted.joined(separator: " & ") + ":*"
    }
}
