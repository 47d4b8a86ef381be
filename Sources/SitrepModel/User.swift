import Foundation

/// What a desk user may do. Admins manage users and sources; editors write coverage; reviewers
/// review the record (admins may too).
public enum Role: String, Codable, Sendable, CaseIterable {
    case admin, editor, reviewer
}

public struct User: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var role: Role
    public var createdAt: Date

    public init(id: Int64, name: String, role: Role, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.createdAt = createdAt
    }

    /// Names are 1–64 characters of letters, digits, `.`, `_` and `-`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0)
        }
    }
}

/// A desk login session. Only the hash of its cookie value is stored.
public struct DeskSession: Hashable, Sendable {
    public var user: User
    public var csrfToken: String
    public var expiresAt: Date

    public init(user: User, csrfToken: String, expiresAt: Date) {
        self.user = user
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}
