/// A small set of words (their `Token.lex` hashes) for rules that test every token of a sentence:
/// a 256-bit filter on the hash's low byte answers "no" for most tokens with one load and no
/// hashing; only the rest are looked up.
struct WordSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private let words: Set<UInt64>

    init(_ words: [String]) {
        self.init(hashes: words.map { DateResolver.lexHash($0) })
    }

    init(hashes: [UInt64]) {
        words = Set(hashes)
        for h in hashes {
            let bit: UInt64 = 1 << (h & 63)
            switch (h >> 6) & 3 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    @inline(__always) func contains(_ lex: UInt64) -> Bool {
        let word: UInt64 = switch (lex >> 6) & 3 {
        case 0: bits.0
        case 1: bits.1
        case 2: bits.2
        default: bits.3
        }
        return word & (1 << (lex & 63)) != 0 && words.contains(lex)
    }
}
