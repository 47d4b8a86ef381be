/// A small set of words (their `Token.lex` hashes) for rules that test every token of a sentence:
/// a 256-bit filter answers "no" for most tokens with one load and no hashing; only the rest are
/// looked up, by binary search in the sorted words (no SipHash either).
///
/// Each word sets two bits of the filter, from the hash's low byte and its high byte: with one bit
/// a set of 30 words let one token in eight through to the look-up, with two about one in twenty.
struct WordSet: Sendable {
    /// Indexed by value, not switched on: which of the four words a hash picks is random, and a
    /// branch on it would be mispredicted half the time.
    private var bits = SIMD4<UInt64>(repeating: 0)
    private let words: [UInt64]
    /// The set's word hashes, sorted (to build tables of several sets, as `SentenceWords.Index`).
    var hashes: [UInt64] { words }

    init(_ words: [String]) {
        self.init(hashes: words.map { DateResolver.lexHash($0) })
    }

    init(hashes: [UInt64]) {
        words = Array(Set(hashes)).sorted()
        for h in hashes {
            for bit in [h & 255, h >> 56] { bits[Int(bit >> 6)] |= 1 << (bit & 63) }
        }
    }

    /// The words of all `sets`: one pass over a sentence for rules that each look for a word of
    /// their own set first.
    init(unionOf sets: [WordSet]) {
        self.init(hashes: sets.flatMap { $0.words })
    }

    @inline(__always) private func isSet(_ bit: UInt64) -> Bool {
        bits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    @inline(__always) func contains(_ lex: UInt64) -> Bool {
        guard isSet(lex & 255), isSet(lex >> 56) else { return false }
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid] < lex { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo] == lex
    }
}
