// MARK: - Which mention named a province

extension PlaceResolver {
    /// For each key (a province's admin1 key, or a sentence and admin1 pair), the name as written
    /// of the mention that named it (`note`), read for every reading of every mention (`namedBy`).
    /// Reads like the `[UInt64: UInt64]` it replaces; the keys are phrase hashes already, so a
    /// table probed in place by a multiply-shift of the key costs less than SipHash per reading.
    struct Namers {
        private var keys: [UInt64]
        private var names: [UInt64]
        private var used: [Bool]
        private var count = 0
        private var shift: UInt64

        /// Room for `capacity` keys before the table grows.
        init(minimumCapacity capacity: Int) {
            var slots = 16
            while slots < capacity * 2 { slots <<= 1 }
            keys = [UInt64](repeating: 0, count: slots)
            names = [UInt64](repeating: 0, count: slots)
            used = [Bool](repeating: false, count: slots)
            shift = UInt64(64 - slots.trailingZeroBitCount)
        }

        /// The slot holding `key`, or the empty slot where it would go.
        @inline(__always) private func slot(_ key: UInt64) -> Int {
            let mask = keys.count - 1
            var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while used[s], keys[s] != key { s = (s + 1) & mask }
            return s
        }

        /// Records that a mention written `name` names `key`: the first name to name it, or
        /// `.max` once two differently written names have.
        mutating func note(_ key: UInt64, by name: UInt64) {
            let s = slot(key)
            if used[s] {
                if names[s] != name { names[s] = .max }
                return
            }
            keys[s] = key
            names[s] = name
            used[s] = true
            count += 1
            if count * 2 > keys.count { grow() }
        }

        /// Whether `key` is named by a mention written otherwise than `name`. A name's own
        /// province reading does not vouch for its namesakes inside that province: "over Zaporizhia"
        /// is the province (or its city), not a hamlet of the same name that would win on lying in the
        /// province named; nor does the same name written again: in "La Paz (La Paz)" the province
        /// named like the city says nothing of which country's La Paz it is (Honduras has a small
        /// town in its La Paz department, Bolivia its capital in its own).
        @inline(__always) func namedBy(_ key: UInt64, other name: UInt64) -> Bool {
            guard count > 0 else { return false }
            let s = slot(key)
            return used[s] && names[s] != name
        }

        private mutating func grow() {
            var bigger = Namers(minimumCapacity: keys.count)
            for s in keys.indices where used[s] {
                let t = bigger.slot(keys[s])
                bigger.keys[t] = keys[s]
                bigger.names[t] = names[s]
                bigger.used[t] = true
            }
            bigger.count = count
            self = bigger
        }
    }
}
