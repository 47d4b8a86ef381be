/// A sentence's score per sub-event type (`Assembler.Evidence.scores`), held inline: most
/// sentences never score, and an array allocated for each one that does cost more than its sums.
/// Empty (every score zero, none ever added) until the first write, as the array it replaces was.
struct SubEventScores {
    // 32 slots: room for every sub-event type (25 today)
    private var storage = SIMD32<Double>(repeating: 0)
    /// No score was ever written.
    private(set) var isEmpty = true

    subscript(_ i: Int) -> Double {
        get {
            assert(i >= 0 && i < SubEventType.count, "a sub-event type's raw value")
            return storage[i]
        }
        set {
            assert(i >= 0 && i < SubEventType.count, "a sub-event type's raw value")
            storage[i] = newValue
            isEmpty = false
        }
    }

    /// The scores of every sub-event type, in raw value order.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: storage) { raw in
            try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: Double.self)[0..<SubEventType.count]))
        }
    }
}

extension SubEventType {
    /// The sub-event type whose score in `scores` (indexed by raw value) is highest, the first of
    /// equals: `SubEventType.all.max(by: { scores[$0.rawValue] < scores[$1.rawValue] })` in one
    /// pass over the doubles, with no closure call per comparison (the coding rules ask it often).
    static func top(in scores: [Double]) -> SubEventType {
        scores.withUnsafeBufferPointer { s in
            precondition(s.count >= SubEventType.count, "a score per sub-event type")
            var best = 0
            for i in 1..<SubEventType.count where s[best] < s[i] { best = i }
            return SubEventType(rawValue: best)!
        }
    }
}
