import Foundation
import SitrepModel

/// The WHERE clause of an `IncidentQuery`, written once for both backends: `?` placeholders and
/// neutral arguments, with the few places where the SQL dialects differ (case-insensitive
/// equality, a withdrawn flag, full-text match) supplied by the backend.
struct IncidentConditions {
    enum Argument: Sendable {
        case int(Int64), text(String), double(Double)
    }

    /// What differs between SQLite and PostgreSQL.
    struct Dialect: Sendable {
        /// `column` equals the bound text, ignoring case.
        var equalsIgnoringCase: @Sendable (String) -> String
        /// A claim is active (not withdrawn).
        var activeClaim: String
        /// `incident_id`s of active claims whose evidence matches the bound expression.
        var evidenceMatch: String
        /// The full-text expression for the words typed; nil when there is no word.
        var textExpression: @Sendable (String) -> String?
    }

    var sql: String
    var arguments: [Argument]

    init(_ query: IncidentQuery, _ dialect: Dialect) {
        var conditions: [String] = []
        var arguments: [Argument] = []
        if let statuses = query.statuses {
            let list = "status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))"
            conditions.append(query.includeTombstones ? "(\(list) OR (status IN ('rejected', 'merged') AND first_published_at IS NOT NULL))" : list)
            arguments += statuses.map { .text($0.rawValue) }
        } else {
            conditions.append("status <> 'merged'")
        }
        if query.publishedOnce { conditions.append("first_published_at IS NOT NULL") }
        if let story = query.storyID {
            conditions.append("id IN (SELECT incident_id FROM incident_stories WHERE story_id = ?)")
            arguments.append(.int(story))
        }
        for (column, value) in [("grade", query.grade?.rawValue), ("event_type", query.eventType),
                                ("sub_event_type", query.subEventType), ("country", query.country), ("admin1", query.admin1)] {
            if let value {
                conditions.append("\(column) = ?")
                arguments.append(.text(value))
            }
        }
        if let actor = query.actor {
            conditions.append("(actor1 = ? OR actor2 = ?)")
            arguments += [.text(actor), .text(actor)]
        }
        if let from = query.from { conditions.append("date >= ?"); arguments.append(.text(from)) }
        if let to = query.to { conditions.append("date <= ?"); arguments.append(.text(to)) }
        if let since = query.updatedSince { conditions.append("updated_at > ?"); arguments.append(.int(since.storeMillis)) }
        if let location = query.location {
            conditions.append(dialect.equalsIgnoringCase("location"))
            arguments.append(.text(location))
        }
        if let source = query.source {
            conditions.append("id IN (SELECT incident_id FROM claims WHERE \(dialect.equalsIgnoringCase("source")) AND \(dialect.activeClaim))")
            arguments.append(.text(source))
        }
        if let text = query.text {
            if let expression = dialect.textExpression(text) {
                conditions.append("id IN (\(dialect.evidenceMatch))")
                arguments.append(.text(expression))
            } else {
                conditions.append("1 = 0") // no word at all matches nothing, as a search for nothing finds nothing
            }
        }
        if let box = query.box {
            conditions.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
            arguments += [.double(box.minLat), .double(box.maxLat), .double(box.minLon), .double(box.maxLon)]
        }
        if let cursor = query.cursor {
            let (column, value): (String, Argument) = switch cursor.key {
            case let .updated(millis): ("updated_at", .int(millis))
            case let .date(day): ("date", .text(day))
            case let .fatalities(count): ("fatalities", .int(Int64(count)))
            }
            // a row value: the (column, id) index is sought to it instead of scanned from the top
            conditions.append("(\(column), id) < (?, ?)")
            arguments += [value, .text(cursor.id)]
        }
        sql = conditions.joined(separator: " AND ")
        self.arguments = arguments
    }

    /// The columns an `IncidentRow` is read from, in the order both backends read them.
    static let rowColumns = """
        id, status, event_type, sub_event_type, date, time_precision, location, admin1, country, latitude, longitude,
            geo_precision, actor1, actor2, civilian_targeting, fatalities, grade, updated_at, sources, source_scale, notes
        """

    /// The ORDER BY of each sort.
    static func order(_ sort: IncidentSort) -> String {
        switch sort {
        case .updated: "updated_at DESC, id DESC"
        case .date: "date DESC, id DESC"
        case .fatalities: "fatalities DESC, id DESC"
        }
    }

    /// `[40,41]` (a document's `storyIDs`, as `json_extract` or `->` returns it).
    static func storyIDs(_ json: String) throws -> [Int64] {
        let inner = json.utf8.dropFirst().dropLast()
        guard json.hasPrefix("["), json.hasSuffix("]") else { throw corrupt("bad storyIDs '\(json)'") }
        if inner.allSatisfy({ $0 == UInt8(ascii: " ") }) { return [] }
        return try inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { part in
            guard let id = Int64(String(decoding: part, as: UTF8.self).trimmingCharacters(in: .whitespaces)) else {
                throw corrupt("bad storyIDs '\(json)'")
            }
            return id
        }
    }
}
