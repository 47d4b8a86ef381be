import Synchronization

/// Makes the public ids of new updates: "u-" followed by 16 lowercase hex digits.
/// Production uses `.random`; tests and snapshots inject `.sequential()` for stable permalinks.
public struct UpdateIDGenerator: Sendable {
    private let make: @Sendable () -> String

    /// A generator calling `make` for each new update. Ids must be unique: a repeated id makes
    /// the publish fail with `.conflict`.
    public init(_ make: @escaping @Sendable () -> String) {
        self.make = make
    }

    func next() -> String { make() }

    /// 64 bits from the system's secure random generator.
    public static let random = UpdateIDGenerator {
        var generator = SystemRandomNumberGenerator()
        return format(generator.next())
    }

    /// "u-0000000000000001", "u-0000000000000002", … in the order updates are created.
    public static func sequential(startingAt first: UInt64 = 1) -> UpdateIDGenerator {
        let counter = Mutex(first)
        return UpdateIDGenerator {
            format(counter.withLock { value in
                defer { value += 1 }
                return value
            })
        }
    }

    static func format(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return "u-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
