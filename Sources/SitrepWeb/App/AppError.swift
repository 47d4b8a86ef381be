import Foundation
import Hummingbird
import SitrepRecord
import SitrepStore

/// The one error type the web layer throws. `message` tells the user what to fix and is safe to
/// show; `detail` is for logs only.
public struct AppError: Error, Sendable {
    public enum Code: String, Sendable {
        case badRequest = "bad-request"
        case invalidJSON = "invalid-json"
        case invalidField = "invalid-field"
        /// A malformed query parameter (`field` names it): 400.
        case invalidParameter = "invalid-parameter"
        case invalidEncoding = "invalid-encoding"
        case unsupportedMediaType = "unsupported-media-type"
        case tooLarge = "too-large"
        case unauthorized
        case forbidden
        case csrf = "csrf"
        case notFound = "not-found"
        case conflict
        case rateLimited = "rate-limited"
        case unavailable
        case internalError = "internal"
    }

    public var code: Code
    public var message: String
    /// For invalid-field errors: the JSON path or form field at fault.
    public var field: String?
    public var detail: String?

    public init(_ code: Code, _ message: String, field: String? = nil, detail: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.detail = detail
    }

    public var status: HTTPResponse.Status {
        switch code {
        case .badRequest, .invalidJSON, .invalidEncoding, .invalidParameter: .badRequest
        case .invalidField: .unprocessableContent
        case .unsupportedMediaType: .unsupportedMediaType
        case .tooLarge: .contentTooLarge
        case .unauthorized: .unauthorized
        case .forbidden, .csrf: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .rateLimited: .tooManyRequests
        case .unavailable: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    public var title: String {
        switch code {
        case .badRequest: "Bad request"
        case .invalidJSON: "Malformed JSON"
        case .invalidField: "Invalid field"
        case .invalidParameter: "Invalid query parameter"
        case .invalidEncoding: "Invalid text encoding"
        case .unsupportedMediaType: "Unsupported media type"
        case .tooLarge: "Request too large"
        case .unauthorized: "Authentication required"
        case .forbidden: "Not allowed"
        case .csrf: "Form expired"
        case .notFound: "Not found"
        case .conflict: "Conflict"
        case .rateLimited: "Too many attempts"
        case .unavailable: "Unavailable"
        case .internalError: "Server error"
        }
    }

    /// Maps a store failure to the matching HTTP error.
    public init(_ error: StoreError) {
        switch error.code {
        case .notFound: self.init(.notFound, error.message, detail: error.underlying)
        case .conflict: self.init(.conflict, error.message, detail: error.underlying)
        case .invalid: self.init(.invalidField, error.message, detail: error.underlying)
        case .unavailable: self.init(.unavailable, error.message, detail: error.underlying)
        }
    }
}

extension AppError {
    /// Maps a refused record operation: bad input is a 422 naming the field, a state that does
    /// not allow it (merged, already published) a 409.
    init(_ error: RecordError) {
        switch error.code {
        case .invalid: self.init(.invalidField, error.message, field: error.field)
        case .conflict: self.init(.conflict, error.message, field: error.field)
        case .notFound: self.init(.notFound, error.message, field: error.field)
        }
    }
}

/// `application/problem+json` (RFC 9457) body.
struct ProblemDetails: Codable, Sendable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var field: String?
}

extension AppError {
    var problem: ProblemDetails {
        ProblemDetails(type: "https://sitrep.invalid/problems/\(code.rawValue)", title: title,
                       status: Int(status.code), detail: message, field: field)
    }
}
