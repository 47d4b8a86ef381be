import Foundation
internal import GRDB
import SitrepModel

extension SQLiteStore {
    // MARK: - Store: users

    public func createUser(name: String, role: Role, passwordHash: String, now: Date) async throws -> User {
        guard User.isValidName(name) else {
            throw StoreError(.invalid, "A user name is 1–64 letters, digits, dots, underscores or hyphens.")
        }
        return try await write { db in
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM users WHERE name = ?)", arguments: [name]) ?? false
            if taken { throw StoreError(.conflict, "The name \(name) is taken. Choose another.") }
            try db.execute(
                sql: "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                arguments: [name, role.rawValue, passwordHash, now.storeMillis]
            )
            return try Self.requireUser(db, id: db.lastInsertedRowID)
        }
    }

    public func user(named name: String) async throws -> User? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]).map(User.init(row:))
        }
    }

    public func passwordHash(forUser name: String) async throws -> String? {
        try await read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE name = ?", arguments: [name])
        }
    }

    // MARK: - Store: API tokens

    public func addToken(hash: String, label: String, forUser name: String, now: Date) async throws {
        try await write { db in
            guard let userID = try Int64.fetchOne(db, sql: "SELECT id FROM users WHERE name = ?", arguments: [name]) else {
                throw StoreError(.notFound, "There is no user named \(name).")
            }
            try db.execute(
                sql: "INSERT INTO api_tokens (hash, user_id, label, created_at) VALUES (?, ?, ?, ?)",
                arguments: [hash, userID, label, now.storeMillis]
            )
        }
    }

    public func user(forTokenHash hash: String) async throws -> User? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id WHERE api_tokens.hash = ?",
                arguments: [hash]
            ).map(User.init(row:))
        }
    }

    // MARK: - Store: sessions

    public func addSession(hash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws {
        try await write { db in
            _ = try Self.requireUser(db, id: userID)
            try db.execute(
                sql: "INSERT INTO sessions (hash, user_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [hash, userID, csrfToken, expiresAt.storeMillis]
            )
        }
    }

    public func session(hash: String, now: Date) async throws -> DeskSession? {
        try await read { db in
            guard let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT users.*, sessions.csrf_token, sessions.expires_at
                    FROM sessions JOIN users ON users.id = sessions.user_id
                    WHERE sessions.hash = ? AND sessions.expires_at > ?
                    """,
                arguments: [hash, now.storeMillis]
            ) else { return nil }
            return DeskSession(
                user: try User(row: row),
                csrfToken: try row.decode(String.self, forColumn: "csrf_token"),
                expiresAt: Date(storeMillis: try row.decode(Int64.self, forColumn: "expires_at"))
            )
        }
    }

    public func deleteSession(hash: String) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE hash = ?", arguments: [hash])
        }
    }

    @discardableResult
    public func deleteExpiredSessions(now: Date) async throws -> Int {
        try await write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at <= ?", arguments: [now.storeMillis])
            return db.changesCount
        }
    }

    // MARK: - Store: sign-in throttling

    public func recordLoginFailure(keys: [String], at: Date, forgetBefore: Date) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM login_failures WHERE at < ?", arguments: [forgetBefore.storeMillis])
            for key in keys {
                try db.execute(sql: "INSERT INTO login_failures (key, at) VALUES (?, ?)", arguments: [key, at.storeMillis])
            }
        }
    }

    public func loginFailures(keys: [String], since: Date) async throws -> Int {
        try await read { db in
            try keys.map { key in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM login_failures WHERE key = ? AND at >= ?",
                                 arguments: [key, since.storeMillis]) ?? 0
            }.max() ?? 0
        }
    }

    public func clearLoginFailures(keys: [String]) async throws {
        try await write { db in
            for key in keys { try db.execute(sql: "DELETE FROM login_failures WHERE key = ?", arguments: [key]) }
        }
    }

    // MARK: - Helpers

    static func requireUser(_ db: Database, id: Int64) throws -> User {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [id]) else {
            throw StoreError(.notFound, "There is no user \(id).")
        }
        return try User(row: row)
    }
}
