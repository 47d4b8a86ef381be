import Foundation
import Hummingbird
import HTTPTypes
import SitrepModel
import SitrepStore

/// Resolves who is asking: a bearer token (API clients) or the desk session cookie.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let store: any Store
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer "),
                  case let token = authorization.dropFirst(7).trimmingCharacters(in: .whitespaces), !token.isEmpty,
                  let user = try await store.user(forTokenHash: Credentials.tokenHash(token)) else {
                throw AppError(.unauthorized, "The bearer token is not valid. Create one with `sitrep token create NAME`.")
            }
            context.user = user
        } else if let cookie = request.cookies[Auth.sessionCookie]?.value, !cookie.isEmpty,
                  let session = try await store.session(hash: Credentials.tokenHash(cookie), now: now()) {
            context.user = session.user
            context.session = session
        }
        return try await next(request, context)
    }
}

enum Auth {
    static let sessionCookie = "sitrep_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Writes of coverage need an editor (or admin).
    static func requireEditor(_ context: AppRequestContext, request: Request, formToken: String? = nil) throws {
        try require([.editor, .admin], context, request: request, formToken: formToken)
    }

    /// Writes need a user of one of `roles`. A cookie session must also prove the request came
    /// from our own page: the CSRF token in a header (API) or form field (desk).
    @discardableResult
    static func require(_ roles: Set<Role>, _ context: AppRequestContext, request: Request, formToken: String? = nil) throws -> User {
        guard let user = context.user else {
            throw AppError(.unauthorized, "Sign in at /desk or send a token as `Authorization: Bearer …`.")
        }
        guard roles.contains(user.role) else {
            let names = roles.map(\.rawValue).sorted().joined(separator: " or ")
            throw AppError(.forbidden, "This needs the \(names) role; you are signed in as \(user.role.rawValue).")
        }
        if let session = context.session {
            let presented = formToken ?? request.headers[csrfHeader]
            guard let presented, constantTimeEqual(presented, session.csrfToken) else {
                throw AppError(.csrf, "This form has expired or came from another site. Reload the page and try again.")
            }
        }
        return user
    }

    /// Staff (editors, reviewers, admins) see proposed and rejected incidents; readers only published ones.
    static func isStaff(_ context: AppRequestContext) -> Bool { context.user != nil }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// Refuses logins after too many failures for the same name or address within a window. The
/// failures are kept in the store, so the limit counts across every instance on the database.
struct LoginLimiter: Sendable {
    let store: any Store
    let limit: Int
    let window: TimeInterval

    func isBlocked(_ keys: [String], now: Date) async throws -> Bool {
        try await store.loginFailures(keys: keys, since: now.addingTimeInterval(-window)) >= limit
    }

    func recordFailure(_ keys: [String], now: Date) async throws {
        try await store.recordLoginFailure(keys: keys, at: now, forgetBefore: now.addingTimeInterval(-window))
    }

    func reset(_ keys: [String]) async throws {
        try await store.clearLoginFailures(keys: keys)
    }
}
