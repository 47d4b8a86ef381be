// MARK: - Sets of sub-event types the rules test

/// A fixed set of sub-event types, one bit each (there are fewer than 64): membership is a shift
/// and a mask, where a `Set<SubEventType>` hashed the type with SipHash at every test.
struct SubEventSet: ExpressibleByArrayLiteral, Sendable {
    private let bits: UInt64

    init(arrayLiteral elements: SubEventType...) {
        bits = elements.reduce(0) { $0 | 1 << UInt64($1.rawValue) }
    }

    @inline(__always) func contains(_ sub: SubEventType) -> Bool {
        bits & 1 << UInt64(sub.rawValue) != 0
    }
}
