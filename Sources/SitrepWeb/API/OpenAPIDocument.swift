import Foundation
import HTTPTypes
import SitrepModel

/// The OpenAPI 3.1 description of the JSON API, generated from `APIRoute.all` plus the schemas
/// below. A test checks that every registered route is described and nothing else is.
enum OpenAPIDocument {
    static func json(base: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: document(base: base), options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func document(base: String) -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for route in APIRoute.all {
            var operation: [String: Any] = [
                "operationId": route.operation.rawValue,
                "summary": route.summary,
            ]
            var parameters: [[String: Any]] = []
            for name in pathParameters(route.path) {
                parameters.append(["name": name, "in": "path", "required": true, "schema": ["type": "string"]])
            }
            for query in route.queryParameters {
                let type = integerQueryParameters.contains(query.name) ? "integer" : "string"
                parameters.append(["name": query.name, "in": "query", "required": false, "description": query.description,
                                   "schema": ["type": type]])
            }
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let schema = route.requestSchema {
                operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(schema)]]]
            }
            var responses: [String: Any] = [:]
            if let schema = route.responseSchema {
                responses[String(route.successStatus)] = ["description": "Success", "content": ["application/json": ["schema": ref(schema)]]]
            } else {
                responses[String(route.successStatus)] = ["description": "Success"]
            }
            let problem: [String: Any] = ["description": "Problem", "content": ["application/problem+json": ["schema": ref("Problem")]]]
            responses["4XX"] = problem
            operation["responses"] = responses
            if route.requiresAuth { operation["security"] = [["bearer": [String]()], ["session": [String]()]] }
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Sitrep API", "version": "1.0.0",
                     "description": "Live coverage (stories, updates, revisions) and the record (incidents, claims, grades, sources). Writes need a bearer token or a desk session with its X-CSRF-Token header: coverage needs an editor, review a reviewer, sources an admin."],
            "servers": [["url": base]],
            "paths": paths,
            "components": ["schemas": schemas, "securitySchemes": [
                "bearer": ["type": "http", "scheme": "bearer"],
                "session": ["type": "apiKey", "in": "cookie", "name": "sitrep_session"],
            ]],
        ]
    }

    static let integerQueryParameters: Set<String> = ["limit", "offset", "since"]

    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static var string: [String: Any] { ["type": "string"] }
    static var optionalString: [String: Any] { ["type": ["string", "null"]] }
    static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    static var optionalDateTime: [String: Any] { ["type": ["string", "null"], "format": "date-time"] }
    static var bool: [String: Any] { ["type": "boolean"] }
    static var int: [String: Any] { ["type": "integer"] }
    static var optionalInt: [String: Any] { ["type": ["integer", "null"]] }
    static var optionalNumber: [String: Any] { ["type": ["number", "null"]] }
    static var grade: [String: Any] { ["type": "string", "enum": ["confirmed", "fair", "weak", "contested", "discounted"]] }

    static var incidentFields: [String: Any] {
        [
            "id": string, "status": ["type": "string", "enum": ["proposed", "published", "rejected", "merged"]],
            "event_type": string, "sub_event_type": string, "event_date": string, "time_precision": int,
            "location": optionalString, "admin1": optionalString, "country": optionalString, "latitude": optionalNumber,
            "longitude": optionalNumber, "geo_precision": optionalInt, "actor1": optionalString, "actor2": optionalString,
            "civilian_targeting": bool, "fatalities": int, "fatalities_low": optionalInt, "fatalities_best": optionalInt,
            "fatalities_high": optionalInt, "injured_low": optionalInt, "injured_best": optionalInt, "injured_high": optionalInt,
            "grade": grade, "grade_reason": string, "grade_computed": grade, "grade_overridden": bool, "merged_into": optionalString,
            "field_claims": ["type": "object", "additionalProperties": ["type": "array", "items": string]],
            "corrections": ["type": "object", "additionalProperties": string],
            "figures_by_source": ["type": "array", "items": object(["source": string, "killed": optionalString,
                                                                    "injured": optionalString, "denial": bool])],
            "stories": ["type": "array", "items": string], "first_published_at": optionalDateTime, "created_at": dateTime, "updated_at": dateTime, "url": string,
            "claims": ["type": "array", "items": ref("Claim")],
        ]
    }

    static var claimFields: [String: Any] {
        [
            "id": string, "source": optionalString, "source_kind": optionalString, "affiliation": optionalString,
            "certainty": ["type": "string", "enum": ["verified", "reported", "claimed", "unverified", "disputed"]],
            "denial": bool, "killed_min": optionalInt, "killed_max": optionalInt, "injured_min": optionalInt, "injured_max": optionalInt,
            "event_type": string, "sub_event_type": string, "event_date": string, "location": optionalString,
            "admin1": optionalString, "country": optionalString, "actor1": optionalString, "actor2": optionalString,
            "update_id": ["type": "string", "description": "the update the claim was read from, or entry-<story id> for the story's original entry"],
            "revision": int, "span": ["type": "array", "items": int, "minItems": 2, "maxItems": 2],
            "field_spans": ["type": "object", "additionalProperties": ["type": "array", "items": ["type": "array", "items": int]]],
            "text": string, "withdrawn": bool, "created_at": dateTime, "update_url": optionalString,
        ]
    }

    static var sourceFields: [String: Any] {
        [
            "name": string, "aliases": ["type": "array", "items": string], "kind": ["type": "string", "enum": SourceInfo.kinds],
            "affiliation": string, "note": string, "draft": bool,
        ]
    }

    static func object(_ properties: [String: Any], required: [String] = [], closed: Bool = false) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "properties": properties]
        if !required.isEmpty { schema["required"] = required }
        if closed { schema["additionalProperties"] = false }
        return schema
    }

    static func list(_ item: String) -> [String: Any] {
        object(["items": ["type": "array", "items": ref(item)], "next": optionalString], required: ["items"])
    }

    static var schemas: [String: Any] {
        let photo = object(["url": optionalString, "caption": string, "credit": optionalString], required: ["caption"])
        let link = object(["title": string, "url": optionalString], required: ["title"])
        let status: [String: Any] = ["type": "string", "enum": ["scheduled", "live", "ended"]]
        let storyFields: [String: Any] = [
            "title": string, "summary": string, "status": status, "coverage_end": optionalDateTime,
            "lead_photo": ref("Photo"), "original_entry": string, "tags": ["type": "array", "items": string],
            "region": optionalString, "see_also": ["type": "array", "items": ref("Link")],
            "features": ["type": "array", "items": ref("Link")], "time_zone": string,
        ]
        var createFields = storyFields
        createFields["slug"] = ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 100]
        createFields["coverage_start"] = optionalDateTime
        var storyOut = createFields
        storyOut["created_at"] = dateTime
        storyOut["updated_at"] = dateTime
        storyOut["last_sequence"] = ["type": "integer"]
        storyOut["url"] = string
        let kind: [String: Any] = ["type": "string", "enum": ["update", "section", "correction"]]
        return [
            "Photo": photo,
            "Link": link,
            "Story": object(storyOut, required: ["slug", "title", "status", "url"]),
            "StoryCreate": object(createFields, required: ["slug", "title"], closed: true),
            "StoryPatch": object(storyFields, closed: true),
            "StoryList": list("Story"),
            "Update": object([
                "id": string, "sequence": ["type": "integer"], "kind": kind, "published_at": dateTime, "stamp": string,
                "headline": optionalString, "body": string, "body_html": string, "key_event": bool, "pinned": bool,
                "photos": ["type": "array", "items": ref("Photo")], "videos": ["type": "array", "items": ref("Link")],
                "author": optionalString, "revision": ["type": "integer"], "edited_at": optionalDateTime, "deleted": bool,
                "url": string, "events": ["type": "array", "items": string],
            ], required: ["id", "sequence", "published_at", "body"]),
            "UpdateCreate": object([
                "headline": optionalString, "body": ["type": "string", "maxLength": 100_000], "key_event": bool, "pinned": bool,
                "published_at": dateTime, "kind": kind, "photos": ["type": "array", "items": ref("Photo")],
                "videos": ["type": "array", "items": ref("Link")],
            ], required: ["body"], closed: true),
            "UpdatePatch": object([
                "headline": optionalString, "body": string, "key_event": bool, "pinned": bool,
                "photos": ["type": "array", "items": ref("Photo")],
            ], closed: true),
            "UpdateList": list("Update"),
            "Revision": object(["revision": ["type": "integer"], "headline": optionalString, "body": string, "key_event": bool,
                                "pinned": bool, "edited_at": dateTime, "editor": optionalString]),
            "RevisionList": list("Revision"),
            "Incident": object(incidentFields, required: ["id", "status", "event_type", "sub_event_type", "event_date", "fatalities", "grade", "grade_reason", "updated_at"]),
            "IncidentList": list("Incident"),
            "Deletion": object(["id": string, "status": ["type": "string", "enum": ["rejected", "merged"]], "merged_into": optionalString,
                                "deleted_at": dateTime], required: ["id", "status", "deleted_at"]),
            "DeletionList": list("Deletion"),
            "Claim": object(claimFields, required: ["id", "certainty", "denial", "update_id", "revision", "span", "text"]),
            "History": object([
                "incident_id": string, "claim_id": optionalString, "action": string, "field": optionalString, "old_value": optionalString,
                "new_value": optionalString, "reason": optionalString, "actor": string, "at": dateTime,
            ], required: ["incident_id", "action", "actor", "at"]),
            "HistoryList": list("History"),
            "Review": object([
                "action": ["type": "string", "enum": ["accept", "reject", "correct", "grade"]],
                "fields": ["type": "object", "additionalProperties": string], "grade": grade, "reason": string,
            ], required: ["action"], closed: true),
            "Merge": object(["into": string, "reason": string], required: ["into"], closed: true),
            "Split": object(["claims": ["type": "array", "items": string], "reason": string], required: ["claims"], closed: true),
            "Move": object(["claim": string, "into": string, "reason": string], required: ["claim", "into"], closed: true),
            "Source": object(sourceFields.merging(["id": int, "updated_at": dateTime]) { a, _ in a }, required: ["id", "name", "kind"]),
            "SourceList": list("Source"),
            "SourceCreate": object(sourceFields, required: ["name", "kind"], closed: true),
            "SourcePatch": object(sourceFields, closed: true),
            "Problem": object(["type": string, "title": string, "status": ["type": "integer"], "detail": string, "field": string],
                              required: ["type", "title", "status", "detail"]),
        ]
    }
}
