import Foundation
import SitrepModel
import SitrepStore
import Testing

extension StoreConformance {
    // MARK: - Users

    @Test(arguments: StoreBackend.allCases)
    func creatingUser_makesItFindableByName_withItsPasswordHash(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()

        let user = try await store.createUser(name: "jb.editor", role: .editor, passwordHash: "$2b$04$hash", now: at(0))

        #expect(user.id > 0)
        #expect(user == User(id: user.id, name: "jb.editor", role: .editor, createdAt: at(0)))
        #expect(try await store.user(named: "jb.editor") == user)
        #expect(try await store.passwordHash(forUser: "jb.editor") == "$2b$04$hash")
        #expect(try await store.user(named: "nobody") == nil)
        #expect(try await store.passwordHash(forUser: "nobody") == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func creatingUserWithTakenName_throwsConflict_andKeepsTheFirst(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let first = try await store.createUser(name: "admin", role: .admin, passwordHash: "h1", now: at(0))

        await expectStoreError(.conflict) {
            _ = try await store.createUser(name: "admin", role: .editor, passwordHash: "h2", now: at(1))
        }

        #expect(try await store.user(named: "admin") == first)
        #expect(try await store.passwordHash(forUser: "admin") == "h1")
    }

    @Test(arguments: StoreBackend.allCases)
    func creatingUserWithInvalidName_throwsInvalid(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        for name in ["", "has space", "semi;colon", String(repeating: "a", count: 65)] {
            await expectStoreError(.invalid) {
                _ = try await store.createUser(name: name, role: .editor, passwordHash: "h", now: at(0))
            }
        }
    }

    // MARK: - API tokens

    @Test(arguments: StoreBackend.allCases)
    func addingToken_letsTheHashIdentifyTheUser(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "bot", role: .editor, passwordHash: "h", now: at(0))
        _ = try await store.createUser(name: "other", role: .editor, passwordHash: "h", now: at(0))

        try await store.addToken(hash: "hash-1", label: "importer", forUser: "bot", now: at(1))
        try await store.addToken(hash: "hash-2", label: "cli", forUser: "bot", now: at(2))

        #expect(try await store.user(forTokenHash: "hash-1") == user)
        #expect(try await store.user(forTokenHash: "hash-2") == user)
        #expect(try await store.user(forTokenHash: "hash-3") == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func addingTokenForUnknownUserOrDuplicateHash_throws(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "bot", role: .editor, passwordHash: "h", now: at(0))
        _ = try await store.createUser(name: "other", role: .editor, passwordHash: "h", now: at(0))
        try await store.addToken(hash: "hash-1", label: "importer", forUser: "bot", now: at(1))

        await expectStoreError(.notFound) { try await store.addToken(hash: "hash-9", label: "x", forUser: "ghost", now: at(2)) }
        await expectStoreError(.conflict) { try await store.addToken(hash: "hash-1", label: "x", forUser: "other", now: at(2)) }

        #expect(try await store.user(forTokenHash: "hash-1") == user)
        #expect(try await store.user(forTokenHash: "hash-9") == nil)
    }

    // MARK: - Sessions

    @Test(arguments: StoreBackend.allCases)
    func session_isFoundUntilItExpires(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "desk", role: .admin, passwordHash: "h", now: at(0))

        try await store.addSession(hash: "cookie-hash", csrfToken: "csrf-1", userID: user.id, expiresAt: at(60))

        let expected = DeskSession(user: user, csrfToken: "csrf-1", expiresAt: at(60))
        #expect(try await store.session(hash: "cookie-hash", now: at(0)) == expected)
        #expect(try await store.session(hash: "cookie-hash", now: at(59)) == expected)
        #expect(try await store.session(hash: "cookie-hash", now: at(60)) == nil)
        #expect(try await store.session(hash: "cookie-hash", now: at(61)) == nil)
        #expect(try await store.session(hash: "other-hash", now: at(0)) == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func expiredSessions_arePurged_andLiveOnesKept(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "desk", role: .editor, passwordHash: "h", now: at(0))
        try await store.addSession(hash: "old", csrfToken: "c1", userID: user.id, expiresAt: at(10))
        try await store.addSession(hash: "new", csrfToken: "c2", userID: user.id, expiresAt: at(100))

        #expect(try await store.deleteExpiredSessions(now: at(50)) == 1)
        #expect(try await store.deleteExpiredSessions(now: at(50)) == 0)
        #expect(try await store.session(hash: "new", now: at(50))?.csrfToken == "c2")
        #expect(try await store.session(hash: "old", now: at(5)) == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func deletingSession_logsOut_andIsIdempotent(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "desk", role: .admin, passwordHash: "h", now: at(0))
        try await store.addSession(hash: "a", csrfToken: "csrf-a", userID: user.id, expiresAt: at(60))
        try await store.addSession(hash: "b", csrfToken: "csrf-b", userID: user.id, expiresAt: at(60))

        try await store.deleteSession(hash: "a")
        try await store.deleteSession(hash: "a")

        #expect(try await store.session(hash: "a", now: at(1)) == nil)
        #expect(try await store.session(hash: "b", now: at(1))?.csrfToken == "csrf-b")
    }

    @Test(arguments: StoreBackend.allCases)
    func addingSessionForUnknownUserOrTakenHash_throws(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let user = try await store.createUser(name: "desk", role: .admin, passwordHash: "h", now: at(0))
        try await store.addSession(hash: "a", csrfToken: "csrf-a", userID: user.id, expiresAt: at(60))

        await expectStoreError(.notFound) { try await store.addSession(hash: "b", csrfToken: "c", userID: 999, expiresAt: at(60)) }
        await expectStoreError(.conflict) { try await store.addSession(hash: "a", csrfToken: "c", userID: user.id, expiresAt: at(90)) }

        #expect(try await store.session(hash: "a", now: at(1))?.csrfToken == "csrf-a")
        #expect(try await store.session(hash: "b", now: at(1)) == nil)
    }

    // MARK: - Sign-in throttling

    @Test(arguments: StoreBackend.allCases)
    func loginFailures_countPerKeyInTheWindow_andAreForgotten(backend: StoreBackend) async throws {
        let store = try await backend.makeStore()
        let keys = ["name:ed", "ip:10.0.0.7"]
        for minute in 0..<3 {
            try await store.recordLoginFailure(keys: keys, at: at(minute), forgetBefore: at(minute - 15))
        }
        try await store.recordLoginFailure(keys: ["name:ed", "ip:10.0.0.8"], at: at(3), forgetBefore: at(-12))

        #expect(try await store.loginFailures(keys: keys, since: at(-10)) == 4) // the name, from two addresses
        #expect(try await store.loginFailures(keys: ["ip:10.0.0.7"], since: at(-10)) == 3)
        #expect(try await store.loginFailures(keys: ["ip:10.0.0.7"], since: at(1)) == 2) // the window moves
        #expect(try await store.loginFailures(keys: ["name:someone-else"], since: at(-10)) == 0)

        // a failure 20 minutes later forgets the ones before its window
        try await store.recordLoginFailure(keys: ["ip:10.0.0.9"], at: at(20), forgetBefore: at(5))
        #expect(try await store.loginFailures(keys: keys, since: at(-100)) == 0)

        try await store.recordLoginFailure(keys: keys, at: at(21), forgetBefore: at(6))
        try await store.clearLoginFailures(keys: ["name:ed"])
        #expect(try await store.loginFailures(keys: ["name:ed"], since: at(0)) == 0)
        #expect(try await store.loginFailures(keys: ["ip:10.0.0.7"], since: at(0)) == 1)
    }
}
