import Foundation
import Hummingbird
import HTTPTypes
import SitrepModel

/// One JSON API route: how it is registered and how the OpenAPI document describes it.
struct APIRoute: Sendable {
    enum Operation: String, Sendable, CaseIterable {
        case listStories, createStory, getStory, patchStory, listUpdates, postUpdate, getUpdate, patchUpdate
        case deleteUpdate, listRevisions, openAPI
        case listIncidents, listDeletions, getIncident, incidentHistory, reviewIncident, mergeIncident, splitIncident, moveClaim
        case listSources, createSource, patchSource
    }

    /// Who may call a route: anyone, or a signed-in user of one of the roles (admins may do all).
    enum Access: Sendable {
        case anyone, editor, reviewer, admin

        var roles: Set<Role> {
            switch self {
            case .anyone: Set(Role.allCases)
            case .editor: [.editor, .admin]
            case .reviewer: [.reviewer, .admin]
            case .admin: [.admin]
            }
        }
    }

    var method: HTTPRequest.Method
    /// OpenAPI-style path ("/api/v1/stories/{slug}").
    var path: String
    var operation: Operation
    var summary: String
    var access: Access
    var requiresAuth: Bool { access != .anyone }
    /// Name of the request body schema, if any.
    var requestSchema: String?
    /// Name of the success response schema and its status.
    var responseSchema: String?
    var successStatus: Int
    var queryParameters: [(name: String, description: String)] = []

    /// The Hummingbird pattern for `path` ("/api/v1/stories/:slug").
    var routerPath: String {
        path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "")
    }

    static let all: [APIRoute] = [
        APIRoute(method: .get, path: "/api/v1/stories", operation: .listStories, summary: "List stories, most recently updated first",
                 access: .anyone, responseSchema: "StoryList", successStatus: 200,
                 queryParameters: [("limit", "1–100, default 20"), ("offset", "skip this many stories")]),
        APIRoute(method: .post, path: "/api/v1/stories", operation: .createStory, summary: "Create a story",
                 access: .editor, requestSchema: "StoryCreate", responseSchema: "Story", successStatus: 201),
        APIRoute(method: .get, path: "/api/v1/stories/{slug}", operation: .getStory, summary: "Get one story",
                 access: .anyone, responseSchema: "Story", successStatus: 200),
        APIRoute(method: .patch, path: "/api/v1/stories/{slug}", operation: .patchStory, summary: "Edit a story (end coverage with status=ended)",
                 access: .editor, requestSchema: "StoryPatch", responseSchema: "Story", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/stories/{slug}/updates", operation: .listUpdates,
                 summary: "List visible updates published after a sequence number, oldest first",
                 access: .anyone, responseSchema: "UpdateList", successStatus: 200,
                 queryParameters: [("since", "sequence number to continue after (default 0)"), ("limit", "1–200, default 50")]),
        APIRoute(method: .post, path: "/api/v1/stories/{slug}/updates", operation: .postUpdate, summary: "Publish an update",
                 access: .editor, requestSchema: "UpdateCreate", responseSchema: "Update", successStatus: 201),
        APIRoute(method: .get, path: "/api/v1/updates/{id}", operation: .getUpdate, summary: "Get one update (tombstones included)",
                 access: .anyone, responseSchema: "Update", successStatus: 200),
        APIRoute(method: .patch, path: "/api/v1/updates/{id}", operation: .patchUpdate, summary: "Edit an update (creates a revision)",
                 access: .editor, requestSchema: "UpdatePatch", responseSchema: "Update", successStatus: 200),
        APIRoute(method: .delete, path: "/api/v1/updates/{id}", operation: .deleteUpdate, summary: "Delete an update (leaves a tombstone)",
                 access: .editor, successStatus: 204),
        APIRoute(method: .get, path: "/api/v1/updates/{id}/revisions", operation: .listRevisions, summary: "Every revision of an update",
                 access: .anyone, responseSchema: "RevisionList", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/openapi.json", operation: .openAPI, summary: "This document",
                 access: .anyone, successStatus: 200),

        // MARK: the record
        APIRoute(method: .get, path: "/api/v1/incidents", operation: .listIncidents,
                 summary: "List incidents, most recently changed first unless sorted otherwise (published ones; staff may ask for status=proposed, rejected or all). A malformed filter is a 400 naming the parameter",
                 access: .anyone, responseSchema: "IncidentList", successStatus: 200, queryParameters: [
                    ("story", "story slug"), ("status", "published (default), proposed, rejected, merged or all"),
                    ("grade", "confirmed, fair, weak, contested or discounted"), ("event_type", "ACLED event type"),
                    ("sub_event_type", "ACLED sub-event type"), ("country", "country name"), ("admin1", "province"),
                    ("actor", "actor 1 or actor 2"), ("from", "first date, YYYY-MM-DD"), ("to", "last date, YYYY-MM-DD"),
                    ("location", "place name (case-insensitive)"), ("source", "a source with an active claim (registry name)"),
                    ("q", "words that all occur in one claim's evidence sentence (the last as a prefix)"),
                    ("bbox", "west,south,east,north in degrees: incidents with coordinates inside"),
                    ("sort", "updated (default), date (latest first) or fatalities (most first)"),
                    ("updated_since", "only incidents changed after this time (ISO 8601), for incremental sync; published incidents since rejected or merged come too, as tombstones (status rejected or merged, merged_into)"),
                    ("cursor", "the `next` of the previous page"), ("limit", "1–500, default 50"),
                 ]),
        APIRoute(method: .get, path: "/api/v1/deletions", operation: .listDeletions,
                 summary: "Incidents that were published and have since been rejected or merged (for incremental sync), most recent first",
                 access: .anyone, responseSchema: "DeletionList", successStatus: 200, queryParameters: [
                    ("since", "only deletions after this time (ISO 8601), e.g. 2026-12-05T17:30:00Z"),
                    ("cursor", "the `next` of the previous page"), ("limit", "1–500, default 100"),
                 ]),
        APIRoute(method: .get, path: "/api/v1/incidents/{id}", operation: .getIncident,
                 summary: "One incident with its figures, grade and every claim side by side",
                 access: .anyone, responseSchema: "Incident", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/incidents/{id}/history", operation: .incidentHistory,
                 summary: "Every change of an incident, oldest first", access: .anyone, responseSchema: "HistoryList", successStatus: 200),
        APIRoute(method: .post, path: "/api/v1/incidents/{id}/review", operation: .reviewIncident,
                 summary: "Accept, reject, correct fields of, or override the grade of an incident",
                 access: .reviewer, requestSchema: "Review", responseSchema: "Incident", successStatus: 200),
        APIRoute(method: .post, path: "/api/v1/incidents/{id}/merge", operation: .mergeIncident,
                 summary: "Merge the incident into another (it becomes a tombstone); returns the other",
                 access: .reviewer, requestSchema: "Merge", responseSchema: "Incident", successStatus: 200),
        APIRoute(method: .post, path: "/api/v1/incidents/{id}/split", operation: .splitIncident,
                 summary: "Split claims off into a new incident; returns the new incident",
                 access: .reviewer, requestSchema: "Split", responseSchema: "Incident", successStatus: 201),
        APIRoute(method: .post, path: "/api/v1/incidents/{id}/move", operation: .moveClaim,
                 summary: "Move one claim into another incident; returns that incident",
                 access: .reviewer, requestSchema: "Move", responseSchema: "Incident", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/sources", operation: .listSources, summary: "The source registry",
                 access: .anyone, responseSchema: "SourceList", successStatus: 200),
        APIRoute(method: .post, path: "/api/v1/sources", operation: .createSource, summary: "Add a source",
                 access: .admin, requestSchema: "SourceCreate", responseSchema: "Source", successStatus: 201),
        APIRoute(method: .patch, path: "/api/v1/sources/{id}", operation: .patchSource, summary: "Edit or classify a source",
                 access: .admin, requestSchema: "SourcePatch", responseSchema: "Source", successStatus: 200),
    ]
}
