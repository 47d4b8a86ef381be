import Foundation
import SitrepModel

extension PostgresStore {
    // MARK: - Store: users

    public func createUser(name: String, role: Role, passwordHash: String, now: Date) async throws -> User {
        guard User.isValidName(name) else {
            throw StoreError(.invalid, "A user name is 1–64 letters, digits, dots, underscores or hyphens.")
        }
        return try await write { db in
            if try await db.row("SELECT 1 FROM users WHERE name = ?", [name]) != nil {
                throw StoreError(.conflict, "The name \(name) is taken. Choose another.")
            }
            guard let row = try await db.row(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) RETURNING *",
                [name, role.rawValue, passwordHash, now.storeMillis]
            ) else { throw corrupt("INSERT INTO users returned nothing") }
            return try User(pg: row)
        }
    }

    public func user(named name: String) async throws -> User? {
        try await one { db in try await db.row("SELECT * FROM users WHERE name = ?", [name]).map(User.init(pg:)) }
    }

    public func passwordHash(forUser name: String) async throws -> String? {
        try await one { db in try await db.scalar(String.self, "SELECT password_hash FROM users WHERE name = ?", [name]) }
    }

    // MARK: - Store: API tokens

    public func addToken(hash: String, label: String, forUser name: String, now: Date) async throws {
        try await write { db in
            guard let userID = try await db.scalar(Int64.self, "SELECT id FROM users WHERE name = ?", [name]) else {
                throw StoreError(.notFound, "There is no user named \(name).")
            }
            try await db.execute("INSERT INTO api_tokens (hash, user_id, label, created_at) VALUES (?, ?, ?, ?)",
                                 [hash, userID, label, now.storeMillis])
        }
    }

    public func user(forTokenHash hash: String) async throws -> User? {
        try await one { db in
            try await db.row("SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id WHERE api_tokens.hash = ?",
                             [hash]).map(User.init(pg:))
        }
    }

    // MARK: - Store: sessions (shared by every instance on the database)

    public func addSession(hash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws {
        try await write { db in
            guard try await db.row("SELECT 1 FROM users WHERE id = ?", [userID]) != nil else {
                throw StoreError(.notFound, "There is no user \(userID).")
            }
            try await db.execute("INSERT INTO sessions (hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
                                 [hash, userID, csrfToken, expiresAt.storeMillis])
        }
    }

    public func session(hash: String, now: Date) async throws -> DeskSession? {
        try await one { db in
            guard let row = try await db.row(
                """
                SELECT users.*, sessions.csrf_token, sessions.expires_at
                FROM sessions JOIN users ON users.id = sessions.user_id
                WHERE sessions.hash = ? AND sessions.expires_at > ?
                """,
                [hash, now.storeMillis]
            ) else { return nil }
            return DeskSession(user: try User(pg: row), csrfToken: try row("csrf_token"),
                               expiresAt: Date(storeMillis: try row("expires_at")))
        }
    }

    public func deleteSession(hash: String) async throws {
        try await write { db in try await db.execute("DELETE FROM sessions WHERE hash = ?", [hash]) }
    }

    @discardableResult
    public func deleteExpiredSessions(now: Date) async throws -> Int {
        try await write { db in
            try await db.rows("DELETE FROM sessions WHERE expires_at <= ? RETURNING 1", [now.storeMillis]).count
        }
    }

    // MARK: - Store: sign-in throttling

    public func recordLoginFailure(keys: [String], at: Date, forgetBefore: Date) async throws {
        try await write { db in
            try await db.execute("DELETE FROM login_failures WHERE at < ?", [forgetBefore.storeMillis])
            try await db.insertRows("login_failures", ["key", "at"], keys.map { [$0, at.storeMillis] })
        }
    }

    public func loginFailures(keys: [String], since: Date) async throws -> Int {
        try await read { db in
            var most = 0
            for key in keys {
                most = max(most, try await db.scalar(Int.self, "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?",
                                                     [key, since.storeMillis]) ?? 0)
            }
            return most
        }
    }

    public func clearLoginFailures(keys: [String]) async throws {
        try await write { db in
            for key in keys { try await db.execute("DELETE FROM login_failures WHERE key = ?", [key]) }
        }
    }
}
