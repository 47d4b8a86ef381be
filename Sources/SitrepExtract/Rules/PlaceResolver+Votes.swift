// MARK: - The country votes

extension PlaceResolver {
    /// Votes per country key, as `resolve` casts them: a document names a few countries, so the
    /// keys are an array searched linearly (a dictionary hashed every vote, and there is one per
    /// mention). Reads like the `[UInt64: Double]` it replaces; each key's votes are added in the
    /// order they are cast, so every sum is the same number.
    struct Votes {
        private var keys: [UInt64] = []
        private var values: [Double] = []

        var isEmpty: Bool { keys.isEmpty }

        /// The votes for `key`, `nil` when it has none.
        subscript(key: UInt64) -> Double? {
            keys.firstIndex(of: key).map { values[$0] }
        }

        /// The votes for `key`, `fallback` when it has none; setting adds the key if new.
        subscript(key: UInt64, default fallback: Double) -> Double {
            get { self[key] ?? fallback }
            set {
                if let i = keys.firstIndex(of: key) { values[i] = newValue } else { keys.append(key); values.append(newValue) }
            }
        }

        /// Adds `w` to the votes for `key` (from none: 0 + `w`), with one search of the keys:
        /// `self[key, default: 0] += w` searched twice.
        mutating func add(_ w: Double, to key: UInt64) {
            if let i = keys.firstIndex(of: key) {
                values[i] += w
            } else {
                keys.append(key)
                values.append(0 + w)
            }
        }

        /// The (key, votes) pairs in the order `areInIncreasingOrder` gives (a total order gives
        /// the same list whatever order the keys were first voted for in).
        func sorted(by areInIncreasingOrder: ((key: UInt64, value: Double), (key: UInt64, value: Double)) -> Bool) -> [(key: UInt64, value: Double)] {
            zip(keys, values).map { (key: $0, value: $1) }.sorted(by: areInIncreasingOrder)
        }
    }
}
