/// A compact multimap from phrase hashes (sequences of token keys) to payload ids, which also
/// knows the hashes of the phrases' proper prefixes.
///
/// Built once: an open-addressing index maps each distinct hash to its run of postings. A look-up
/// is one filter load, then one or two slot probes; no per-entry objects.
struct PhraseTable: Sendable {
    /// One probe reads one 16-byte slot: the hash (0 = empty) and its run of postings (see `prefixBit`),
    /// side by side so that a hit costs one cache miss, not two.
    private struct Slot { var hash: UInt64; var run: UInt64 }
    private var slots: [Slot]
    /// Two bits per hash in one 64-bit word (16 bits per stored hash, chosen by bits of the hash the
    /// slot index does not use): most probes are misses, and this filter is about 16 times smaller
    /// than the slots, so it answers them from cache. Two bits let about one miss in 70 through to
    /// the slots, not one in 16 (still one load per probe).
    private var filter: [UInt64]
    private var filterMask: Int
    private var ids: [UInt32]
    private var mask: Int
    /// The longest phrase, in tokens.
    let maxTokens: Int
    /// Every run of ids, end to end: `probe` and `lookupRange` answer ranges of this array.
    var postings: [UInt32] { ids }

    /// `pairs`: the phrases' hashes and the ids they name. `prefixes`: hashes of the phrases' proper
    /// prefixes, so that one `probe` tells a matcher both what a phrase names and whether it can grow.
    init(pairs: [(hash: UInt64, id: UInt32)], maxTokens: Int, prefixes: [UInt64] = []) {
        self.init(parts: [(pairs, 0)], maxTokens: maxTokens, prefixes: [prefixes])
    }

    /// The same table from pairs and prefixes given in parts (a file read in stretches on several
    /// cores): the pairs are those of `parts` in order, each part's ids raised by its `base`.
    init(parts: [(pairs: [(hash: UInt64, id: UInt32)], base: UInt32)], maxTokens: Int, prefixes prefixParts: [[UInt64]]) {
        // at most 80% full, counting every pair as distinct (places share names, so the gazetteer's
        // tables are about two thirds full): a hit is one or two probes (16-byte slots, four to a
        // cache line), and most misses are answered by the filter. Names share their first words
        // ("Tell", "Deir", "Kafr"): prefixes are stored once (a quarter of them are distinct).
        let pairCount = parts.reduce(0) { $0 + $1.pairs.count }
        let prefixCount = prefixParts.reduce(0) { $0 + $1.count }
        // prefixes are sorted by their hash turned right by the bits of the largest table they
        // could need, so that they come in the order of their home slots (a sweep of the table,
        // not a cache miss each); equal hashes stay equal, so duplicates still sit side by side
        let turn = PhraseTable.capacity(distinct: pairCount + prefixCount).trailingZeroBitCount
        var prefixes: [UInt64] = []
        prefixes.reserveCapacity(prefixCount)
        for part in prefixParts {
            for h in part { prefixes.append(PhraseTable.turnRight(h == 0 ? 1 : h, turn)) }
        }
        PhraseTable.sortHashes(&prefixes)
        var unique = 0
        for k in prefixes.indices where k == 0 || prefixes[k] != prefixes[unique - 1] {
            prefixes[unique] = prefixes[k]
            unique += 1
        }
        prefixes.removeLast(prefixes.count - unique)
        let distinct = pairCount + unique  // at most
        let capacity = PhraseTable.capacity(distinct: distinct)
        let mask = capacity - 1
        self.mask = mask
        self.maxTokens = maxTokens
        // the pairs grouped by the stretch of the table their home slot lies in, in order within
        // each: passes 1 and 3 then sweep the table instead of missing the cache on every pair
        // (the gazetteer's tables are 16 MB); a hash's ids keep their order
        let ordered = PhraseTable.byRegion(parts, mask: mask)
        // built in place in the final slots (no parallel count/start arrays: a lower load-time peak),
        // through buffer pointers (no uniqueness check per write)
        var table = [Slot](repeating: Slot(hash: 0, run: 0), count: capacity)
        var ids: [UInt32] = []
        table.withUnsafeMutableBufferPointer { table in
            // pass 1: one slot per distinct hash, counting postings in `run` (no sort: linear in the pairs)
            for pair in ordered {
                let h = pair.hash
                var slot = Int(truncatingIfNeeded: h) & mask
                while table[slot].hash != 0, table[slot].hash != h { slot = (slot + 1) & mask }
                table[slot].hash = h
                table[slot].run += 1
            }
            // pass 2: run starts (start << 32, fill 0); pass 3: fill, dropping an id repeated within its run
            var total: UInt64 = 0
            for s in 0..<capacity where table[s].hash != 0 {
                let count = table[s].run
                table[s].run = total << 32
                total += count
            }
            ids = [UInt32](repeating: 0, count: Int(total))
            ids.withUnsafeMutableBufferPointer { ids in
                for pair in ordered {
                    var s = Int(truncatingIfNeeded: pair.hash) & mask
                    while table[s].hash != pair.hash { s = (s + 1) & mask }
                    let fill = table[s].run & PhraseTable.countMask
                    let at = Int((table[s].run >> 32) + fill)
                    if fill > 0, ids[at - 1] == pair.id { continue }
                    ids[at] = pair.id
                    table[s].run += 1
                }
            }
            // pass 4: prefixes, in their slot or a new one with no ids
            for turned in prefixes {
                let h = PhraseTable.turnRight(turned, (64 - turn) & 63)
                var slot = Int(truncatingIfNeeded: h) & mask
                while table[slot].hash != 0, table[slot].hash != h { slot = (slot + 1) & mask }
                table[slot].hash = h
                table[slot].run |= PhraseTable.prefixBit
            }
        }
        var filterBits = 64
        while filterBits < distinct * 16 { filterBits <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let filterMask = filterBits / 64 - 1  // over words
        table.withUnsafeBufferPointer { table in
            filter.withUnsafeMutableBufferPointer { filter in
                for s in 0..<capacity where table[s].hash != 0 {
                    let (word, bits) = PhraseTable.filterBits(table[s].hash, filterMask)
                    filter[word] |= bits
                }
            }
        }
        self.slots = table
        self.filter = filter
        self.filterMask = filterMask
        self.ids = ids
    }

    /// `h` turned right by `bits` (0..<64): its low bits become its high bits.
    @inline(__always) static func turnRight(_ h: UInt64, _ bits: Int) -> UInt64 { h >> bits | h << (64 - bits) }

    /// The slot count for `distinct` hashes: a power of two, at most 80% full for a big table (over
    /// 100,000 hashes), at most half full for a small one (the lexicon's and the actors': fewer
    /// probes per word).
    static func capacity(distinct: Int) -> Int {
        var capacity = 16
        let big = distinct > 100_000
        while big ? capacity * 4 < distinct * 5 : capacity < distinct * 2 { capacity <<= 1 }
        return capacity
    }

    /// The pairs of `parts` (ids raised by their part's base, hash 0 stored as 1), grouped by the
    /// region of 4,096 slots their home slot lies in, regions in table order; within a region the
    /// pairs keep their order (a stable counting sort). A table of one region keeps them as given.
    static func byRegion(_ parts: [(pairs: [(hash: UInt64, id: UInt32)], base: UInt32)], mask: Int) -> [(hash: UInt64, id: UInt32)] {
        let regionShift = 12
        let regions = (mask >> regionShift) + 1
        let total = parts.reduce(0) { $0 + $1.pairs.count }
        var starts = [Int](repeating: 0, count: regions)
        if regions > 1 {
            for part in parts {
                for pair in part.pairs { starts[(Int(truncatingIfNeeded: pair.hash == 0 ? 1 : pair.hash) & mask) >> regionShift] += 1 }
            }
            var start = 0
            for r in starts.indices {
                let n = starts[r]
                starts[r] = start
                start += n
            }
        }
        return [(hash: UInt64, id: UInt32)](unsafeUninitializedCapacity: total) { out, count in
            var next = 0
            for part in parts {
                for pair in part.pairs {
                    let h = pair.hash == 0 ? 1 : pair.hash
                    let at: Int
                    if regions > 1 {
                        let r = (Int(truncatingIfNeeded: h) & mask) >> regionShift
                        at = starts[r]
                        starts[r] += 1
                    } else {
                        at = next
                        next += 1
                    }
                    out.initializeElement(at: at, to: (h, pair.id + part.base))
                }
            }
            count = total
        }
    }

    /// Sorts `hashes` ascending, as `sort()` does (equal integers cannot be told apart, so any
    /// correct sort gives the same array): a large array by four passes of 16-bit digits (least
    /// significant first), linear where comparison sorting the gazetteer's prefixes cost a tenth
    /// of loading.
    static func sortHashes(_ hashes: inout [UInt64]) {
        guard hashes.count > 1 << 12 else { hashes.sort(); return }
        var spare = [UInt64](repeating: 0, count: hashes.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        hashes.withUnsafeMutableBufferPointer { original in
            spare.withUnsafeMutableBufferPointer { other in
                counts.withUnsafeMutableBufferPointer { count in
                    var from = original, to = other
                    for digit in 0..<4 {
                        let shift = UInt64(digit * 16)
                        count.update(repeating: 0)
                        for h in from { count[Int(truncatingIfNeeded: (h >> shift) & 0xFFFF)] += 1 }
                        var start = 0
                        for d in count.indices {
                            let n = count[d]
                            count[d] = start
                            start += n
                        }
                        for h in from {
                            let d = Int(truncatingIfNeeded: (h >> shift) & 0xFFFF)
                            to[count[d]] = h
                            count[d] += 1
                        }
                        swap(&from, &to)
                    }
                    // four passes: the sorted hashes are back in `original`
                }
            }
        }
    }

    /// A slot's run: the first posting in the high 32 bits, the count in the low 31, and bit 31 set
    /// when the hash is also a proper prefix of a longer phrase.
    private static let prefixBit: UInt64 = 1 << 31
    private static let countMask: UInt64 = (1 << 31) - 1

    /// One look-up for a matcher's step: the ids of the phrase ending here (empty when none),
    /// whether any phrase or prefix has this hash (`found`), and whether a longer phrase starts
    /// with it (`isPrefix`).
    struct Probe {
        var ids: Range<Int>
        var found: Bool
        var isPrefix: Bool
        static let none = Probe(ids: 0..<0, found: false, isPrefix: false)
    }

    @inline(__always) func probe(_ hash: UInt64) -> Probe {
        let h = hash == 0 ? 1 : hash
        guard mayContain(h) else { return .none }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[slot]
            if s.hash == 0 { return .none }
            if s.hash == h {
                let start = Int(s.run >> 32)
                return Probe(ids: start..<(start + Int(s.run & PhraseTable.countMask)), found: true,
                             isPrefix: s.run & PhraseTable.prefixBit != 0)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The filter word of hash `h` (from its high half) and its two bits there (from bits 20-31: the
    /// slot index uses the low bits, and no table here has a million slots).
    @inline(__always) private static func filterBits(_ h: UInt64, _ wordMask: Int) -> (word: Int, bits: UInt64) {
        let bits: UInt64 = (1 << ((h >> 20) & 63)) | (1 << ((h >> 26) & 63))
        return (Int(truncatingIfNeeded: h >> 32) & wordMask, bits)
    }

    /// False when no phrase has this hash (the hash is already mapped: 0 → 1); true when one may.
    @inline(__always) private func mayContain(_ h: UInt64) -> Bool {
        let (word, bits) = PhraseTable.filterBits(h, filterMask)
        return filter[word] & bits == bits
    }

    /// The positions in `postings` of the ids stored under `hash` (empty when none).
    @inline(__always) func lookupRange(_ hash: UInt64) -> Range<Int> { probe(hash).ids }

    /// Whether `id` is stored under `hash`.
    @inline(__always) func contains(_ hash: UInt64, id: UInt32) -> Bool {
        probe(hash).ids.contains { ids[$0] == id }
    }

    /// Whether a phrase (or a proper prefix) has this hash.
    @inline(__always) func contains(_ hash: UInt64) -> Bool { probe(hash).found }
}

extension PhraseTable {
    /// The longest phrase of the table starting at word `i` (stems hashed one word at a time,
    /// within a line): its length in tokens and its postings, or nil. One probe per word tells
    /// both what the phrase so far names and whether a longer one starts with it, so most words
    /// cost one probe.
    /// (`tokens`: an array or a buffer pointer over one, indexed from 0.)
    @inline(__always) func longest<Tokens: RandomAccessCollection<Token>>(at i: Int, in tokens: Tokens) -> (n: Int, ids: Range<Int>)?
        where Tokens.Index == Int {
        var best: (n: Int, ids: Range<Int>)? = nil
        var h = Fold.phraseSeed
        var j = i
        while j < tokens.count, j - i < maxTokens, tokens[j].kind == .word, j == i || !tokens[j].flags.contains(.lineStart) {
            h = Fold.combine(h, tokens[j].stem)
            let probe = probe(h)
            // neither a phrase nor the start of one (most words): stop
            guard probe.found else { break }
            if !probe.ids.isEmpty { best = (j + 1 - i, probe.ids) }
            j += 1
            if !probe.isPrefix { break }
        }
        return best
    }
}
