import Foundation
internal import Crypto
internal import HummingbirdBcrypt

/// Password hashing and API/session token helpers. Only hashes are ever stored: bcrypt for
/// passwords, SHA-256 for tokens (they are long and random, so a fast hash is enough).
public enum Credentials {
    /// The bcrypt cost used in production.
    public static let productionCost = 12

    /// A bcrypt hash of `password`. Slow by design (about 0.25 s at cost 12): call it off the
    /// request path's hot loop. `cost` is clamped to bcrypt's 4…31; tests pass 4.
    public static func hashPassword(_ password: String, cost: Int = productionCost) -> String {
        Bcrypt.hash(password, cost: UInt8(min(max(cost, 4), 31)))
    }

    /// Whether `password` matches a bcrypt `hash`. False for a malformed hash.
    public static func verifyPassword(_ password: String, hash: String) -> Bool {
        guard hash.hasPrefix("$2") else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// A new random token: `prefix` followed by 32 random bytes in base64url (43 characters),
    /// and the hash to store. Show `plain` to the user once; keep only `hash`.
    public static func newToken(prefix: String = "srp_") -> (plain: String, hash: String) {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            withUnsafeBytes(of: (generator.next() as UInt64).littleEndian) { bytes.append(contentsOf: $0) }
        }
        let plain = prefix + base64URL(bytes)
        return (plain, tokenHash(plain))
    }

    /// The SHA-256 of a token, as 64 lowercase hex digits: what sessions and API tokens store.
    public static func tokenHash(_ plain: String) -> String {
        SHA256.hash(data: Data(plain.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
