import Synchronization

/// The keys of the words already folded: texts repeat their words ("the", "killed", a town's name),
/// and folding a word (`Fold.wordKeys`, three hash chains over its bytes) costs several times a
/// look-up here. An entry holds a word's folded bytes themselves (up to 24; longer words are
/// folded every time), so a hit is that very word and its keys are the ones folding gives: the
/// cache changes no key, only how often one is computed.
///
/// Direct-mapped (a new word takes its slot). A long text gets its own (`minimumBytes`); short
/// reports extracted one after another share one (`ExtractIO.extractBatch`), since one report is
/// too short to repay clearing a cache, and batches pass theirs on through the extractor's `Pool`.
/// Not for use by two threads at once: one batch holds it at a time (hence `@unchecked Sendable`:
/// it moves between threads only through the pool's lock).
final class WordKeyCache: @unchecked Sendable {
    static let minimumBytes = 4_096
    static let maxWordBytes = 24

    private struct Entry {
        var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0
        /// The word's length in bytes; 0 for an empty slot (no word is empty).
        var length: UInt64 = 0
        var lex: UInt64 = 0, stem: UInt64 = 0, geo: UInt64 = 0
        /// The flags set for the word (`setFlags`: its lexicon article and stop flags).
        var flags: UInt64 = WordKeyCache.unknownFlags
    }

    /// Owned storage behind a constant pointer: no uniqueness or exclusivity check per word.
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let shift: UInt64

    /// A cache for about `textBytes` bytes of text: about one slot per 16 bytes, 256 to 4,096
    /// (`maxSlotBits` 12), or more when asked (a resource keyed at load).
    init(textBytes: Int, maxSlotBits: Int = 12) {
        var bits: UInt64 = 8
        while bits < UInt64(maxSlotBits), 1 << (bits + 4) < textBytes { bits += 1 }
        entries = .allocate(capacity: 1 << Int(bits))
        entries.initialize(repeating: Entry())
        shift = 64 - bits
    }

    deinit { entries.deallocate() }

    /// The keys of the folded word `key[0..<length]`, from the cache or folded (and kept). Bytes of
    /// `key` past `length` are ignored.
    @inline(__always)
    func keys(_ key: UnsafeMutableBufferPointer<UInt8>, length: Int) -> (lex: UInt64, stem: UInt64, geo: UInt64) {
        let k = keysAndFlags(key, length: length)
        return (k.lex, k.stem, k.geo)
    }

    /// A word's keys, the flags kept with them (`unknownFlags` until `setFlags`), and its slot
    /// (-1 for a word too long to keep).
    struct Keys {
        var lex: UInt64, stem: UInt64, geo: UInt64
        var flags: UInt64
        var slot: Int
    }

    /// The flags of a word no one has set flags for yet.
    static let unknownFlags = UInt64.max

    /// The keys of the folded word `key[0..<length]` and the flags kept with them, from the cache
    /// or folded (and kept, flags `unknownFlags`: the caller works them out and sets them, so a
    /// cache serves one caller's flags, the tokenizer's articles and stop words).
    ///
    /// A hit (most words) is this short path, inlined into the tokenizer's loop; folding a new
    /// word is out of line (`fill`), so the hit costs no call.
    @inline(__always)
    func keysAndFlags(_ key: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Keys {
        guard length > 0, length <= WordKeyCache.maxWordBytes, key.count >= WordKeyCache.maxWordBytes,
              let base = key.baseAddress else {
            return WordKeyCache.uncached(key, length: length)
        }
        let raw = UnsafeRawPointer(base)
        let w0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & WordKeyCache.mask(length)
        let w1 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & WordKeyCache.mask(length - 8)
        let w2 = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) & WordKeyCache.mask(length - 16)
        var h = (w0 ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ w1) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ w2) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: h >> shift)
        let e = entries.baseAddress.unsafelyUnwrapped + slot
        if e.pointee.length == UInt64(length), e.pointee.w0 == w0, e.pointee.w1 == w1, e.pointee.w2 == w2 {
            return Keys(lex: e.pointee.lex, stem: e.pointee.stem, geo: e.pointee.geo, flags: e.pointee.flags, slot: slot)
        }
        return fill(key, length: length, slot: slot, w0: w0, w1: w1, w2: w2)
    }

    /// Folds a word the cache does not hold and keeps it in `slot` (flags `unknownFlags`).
    @inline(never)
    private func fill(_ key: UnsafeMutableBufferPointer<UInt8>, length: Int, slot: Int, w0: UInt64, w1: UInt64, w2: UInt64) -> Keys {
        let k = Fold.wordKeys(UnsafeBufferPointer(rebasing: key[0..<length]))
        entries[slot] = Entry(w0: w0, w1: w1, w2: w2, length: UInt64(length), lex: k.lex, stem: k.stem, geo: k.geo,
                              flags: WordKeyCache.unknownFlags)
        return Keys(lex: k.lex, stem: k.stem, geo: k.geo, flags: WordKeyCache.unknownFlags, slot: slot)
    }

    /// The keys of a word too long (or too short) to keep, folded every time.
    @inline(never)
    private static func uncached(_ key: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Keys {
        let k = Fold.wordKeys(UnsafeBufferPointer(rebasing: key[0..<length]))
        return Keys(lex: k.lex, stem: k.stem, geo: k.geo, flags: WordKeyCache.unknownFlags, slot: -1)
    }

    /// Keeps `flags` with the word in `slot` (as `keysAndFlags` returned it; nothing for -1).
    @inline(__always) func setFlags(_ flags: UInt64, slot: Int) {
        if slot >= 0 { entries[slot].flags = flags }
    }

    /// The low `bytes` bytes set (none when `bytes` <= 0, all eight when >= 8).
    @inline(__always) private static func mask(_ bytes: Int) -> UInt64 {
        bytes >= 8 ? ~0 : bytes <= 0 ? 0 : (1 << (UInt64(bytes) * 8)) - 1
    }
}

extension WordKeyCache {
    /// The caches of batches that ended, for the next batches to take (one per batch running at
    /// once at most, `limit` kept).
    final class Pool: Sendable {
        private let caches = Mutex<[WordKeyCache]>([])
        private let limit = 16

        /// A cache another batch filled, or a new one: 16,384 slots of 64 bytes (1 MiB), since it
        /// serves a whole run's reports, not one batch.
        func take() -> WordKeyCache {
            caches.withLock { $0.popLast() } ?? WordKeyCache(textBytes: 1 << 20, maxSlotBits: 14)
        }

        /// Gives `cache` back for a later batch (dropped when `limit` are kept).
        func giveBack(_ cache: WordKeyCache) {
            caches.withLock { if $0.count < limit { $0.append(cache) } }
        }
    }
}
