/// A compact multimap from phrase hashes (sequences of token keys) to payload ids.
///
/// Built once: pairs are sorted by hash, and an open-addressing index maps each distinct hash to
/// its run of postings. Lookups are one or two probes; no per-entry objects.
struct PhraseTable: Sendable {
    private var slots: [UInt64]      // hash per slot, 0 = empty
    private var runs: [UInt64]       // start << 32 | count, per slot
    private var ids: [UInt32]
    private var mask: Int
    /// The longest phrase, in tokens.
    let maxTokens: Int
    var count: Int { ids.count }

    init(pairs: [(hash: UInt64, id: UInt32)], maxTokens: Int) {
        var sorted = pairs
        sorted.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.id < $1.id }
        var capacity = 16
        while capacity < sorted.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        runs = [UInt64](repeating: 0, count: capacity)
        ids = []
        ids.reserveCapacity(sorted.count)
        mask = capacity - 1
        self.maxTokens = maxTokens
        var k = 0
        while k < sorted.count {
            let raw = sorted[k].hash
            let h = raw == 0 ? 1 : raw
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = h
            let start = ids.count
            var last: UInt32 = .max
            while k < sorted.count, sorted[k].hash == raw {
                if sorted[k].id != last { ids.append(sorted[k].id) }
                last = sorted[k].id
                k += 1
            }
            runs[slot] = UInt64(start) << 32 | UInt64(ids.count - start)
        }
    }

    /// The ids stored under `hash` (empty when none).
    @inline(__always) func lookup(_ hash: UInt64) -> ArraySlice<UInt32> {
        let h = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[slot]
            if s == 0 { return [] }
            if s == h { break }
            slot = (slot + 1) & mask
        }
        let run = runs[slot]
        let start = Int(run >> 32)
        return ids[start..<(start + Int(run & 0xFFFF_FFFF))]
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        let h = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[slot]
            if s == 0 { return false }
            if s == h { return true }
            slot = (slot + 1) & mask
        }
    }
}
