import Foundation
import Hummingbird
import HTTPTypes

/// One JSON API route: how it is registered and how the OpenAPI document describes it.
struct APIRoute: Sendable {
    enum Operation: String, Sendable, CaseIterable {
        case listStories, createStory, getStory, patchStory, listUpdates, postUpdate, getUpdate, patchUpdate
        case deleteUpdate, listRevisions, openAPI
    }

    var method: HTTPRequest.Method
    /// OpenAPI-style path ("/api/v1/stories/{slug}").
    var path: String
    var operation: Operation
    var summary: String
    var requiresAuth: Bool
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
                 requiresAuth: false, responseSchema: "StoryList", successStatus: 200,
                 queryParameters: [("limit", "1–100, default 20"), ("offset", "skip this many stories")]),
        APIRoute(method: .post, path: "/api/v1/stories", operation: .createStory, summary: "Create a story",
                 requiresAuth: true, requestSchema: "StoryCreate", responseSchema: "Story", successStatus: 201),
        APIRoute(method: .get, path: "/api/v1/stories/{slug}", operation: .getStory, summary: "Get one story",
                 requiresAuth: false, responseSchema: "Story", successStatus: 200),
        APIRoute(method: .patch, path: "/api/v1/stories/{slug}", operation: .patchStory, summary: "Edit a story (end coverage with status=ended)",
                 requiresAuth: true, requestSchema: "StoryPatch", responseSchema: "Story", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/stories/{slug}/updates", operation: .listUpdates,
                 summary: "List visible updates published after a sequence number, oldest first",
                 requiresAuth: false, responseSchema: "UpdateList", successStatus: 200,
                 queryParameters: [("since", "sequence number to continue after (default 0)"), ("limit", "1–200, default 50")]),
        APIRoute(method: .post, path: "/api/v1/stories/{slug}/updates", operation: .postUpdate, summary: "Publish an update",
                 requiresAuth: true, requestSchema: "UpdateCreate", responseSchema: "Update", successStatus: 201),
        APIRoute(method: .get, path: "/api/v1/updates/{id}", operation: .getUpdate, summary: "Get one update (tombstones included)",
                 requiresAuth: false, responseSchema: "Update", successStatus: 200),
        APIRoute(method: .patch, path: "/api/v1/updates/{id}", operation: .patchUpdate, summary: "Edit an update (creates a revision)",
                 requiresAuth: true, requestSchema: "UpdatePatch", responseSchema: "Update", successStatus: 200),
        APIRoute(method: .delete, path: "/api/v1/updates/{id}", operation: .deleteUpdate, summary: "Delete an update (leaves a tombstone)",
                 requiresAuth: true, successStatus: 204),
        APIRoute(method: .get, path: "/api/v1/updates/{id}/revisions", operation: .listRevisions, summary: "Every revision of an update",
                 requiresAuth: false, responseSchema: "RevisionList", successStatus: 200),
        APIRoute(method: .get, path: "/api/v1/openapi.json", operation: .openAPI, summary: "This document",
                 requiresAuth: false, successStatus: 200),
    ]
}
