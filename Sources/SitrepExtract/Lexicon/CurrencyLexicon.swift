/// The currency lexicon from `currencies.tsv` (`class phrase fields...`): currency names, the bases
/// rates are quoted against, market words and rate verbs (format in the file's header). Phrases
/// are matched on crude stems, as the rule lexicon's are.
final class CurrencyLexicon: Sendable {
    enum Class: String, Sendable {
        case currency, bare, base, market, verb
        /// A country a currency row names ("Syria"): added from those rows, so that "the pound" in
        /// a text about Syria reads as the Syrian pound.
        case country
    }

    struct Entry: Sendable {
        var cls: Class
        /// The ISO 4217 code; for a market word, "official" or "unofficial".
        var code: String
        var country: String
        /// Units of `code` per unit named (a toman is 10 rials).
        var factor: Double
        /// Matches only written in capitals (a code: "TRY", not "try").
        var capitals: Bool
        /// The lex hash of the phrase's last word as listed (market words must be written so:
        /// "officials" is a source, not the official rate).
        var lastLex: UInt64
    }

    /// A phrase of the lexicon in a text: its tokens and the entries it names (never empty).
    struct Match {
        var range: Range<Int>
        var entries: [UInt32]
    }

    let entries: [Entry]
    let table: PhraseTable
    /// The lowercased last words of the base names ("dollar", "euro", "usd"): every rate names its
    /// base, so a text with none of them (nor "$1") is skipped before it is tokenized.
    private let baseWords: [[UInt8]]
    /// Per byte value: whether a base word starts with it (either case), or it is "$".
    private let firstBytes: [Bool]

    var isEmpty: Bool { entries.isEmpty }

    init(data: [UInt8]) {
        var entries: [Entry] = []
        var phrases: [String] = []
        var countries: [String] = []
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 5) { f, _ in
                guard let cls = Class(rawValue: TSV.string(buf, f[0])), cls != .country, !f[1].isEmpty else { return }
                let phrase = TSV.string(buf, f[1])
                let country = TSV.string(buf, f[3])
                let capitals = phrase.utf8.count == 3 && phrase.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
                let last = phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).last.map { String($0).lowercased() } ?? ""
                entries.append(Entry(cls: cls, code: TSV.string(buf, f[2]), country: country,
                                     factor: TSV.double(buf, f[4]) ?? 1, capitals: capitals,
                                     lastLex: DateResolver.lexHash(last)))
                phrases.append(phrase)
                if (cls == .currency || cls == .bare), !country.isEmpty, !countries.contains(country) { countries.append(country) }
            }
        }
        for country in countries {
            entries.append(Entry(cls: .country, code: "", country: country, factor: 1, capitals: false, lastLex: 0))
            phrases.append(country)
        }
        var keys = KeyBuilder(articles: [])
        var pairs: [(hash: UInt64, id: UInt32)] = []
        var prefixes: [UInt64] = []
        var maxTokens = 1
        for (id, phrase) in phrases.enumerated() {
            guard let k = keys.key(phrase, mode: .stem) else { continue }
            pairs.append((k.hash, UInt32(id)))
            prefixes += keys.prefixes
            maxTokens = max(maxTokens, k.tokens)
        }
        self.entries = entries
        table = PhraseTable(pairs: pairs, maxTokens: maxTokens, prefixes: prefixes)
        var words: [[UInt8]] = []
        for (id, e) in entries.enumerated() where e.cls == .base {
            let w = Array((phrases[id].split(separator: " ").last ?? "").lowercased().utf8)
            if !w.isEmpty, !words.contains(w) { words.append(w) }
        }
        baseWords = words
        var first = [Bool](repeating: false, count: 256)
        first[0x24] = true
        for w in words { first[Int(w[0])] = true; first[Int(w[0] & ~0x20)] = true }
        firstBytes = first
    }

    // MARK: - Matching

    /// Longest-first matches at every word (as the rule lexicon is matched, within a line), with
    /// the entries the written form allows.
    func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        let postings = table.postings
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            guard let best = table.longest(at: i, in: tokens) else { i += 1; continue }
            let range = i..<(i + best.n)
            let last = tokens[range.upperBound - 1]
            let ids = postings[best.ids].filter { id in
                let e = entries[Int(id)]
                if e.capitals, !last.flags.contains(.allCaps) { return false }
                if e.cls == .market, last.lex != e.lastLex { return false }
                return true
            }
            if ids.isEmpty { i += 1; continue }
            out.append(Match(range: range, entries: ids))
            i = range.upperBound
        }
        return out
    }

    /// Whether `bytes` name a base ("dollar", "euro", "USD", "$1") as a word: false means the text
    /// quotes no rate. One pass over the bytes, far faster than tokenizing: most bytes are no
    /// base word's first letter, and a table answers that with one load.
    func mayQuoteRate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        return firstBytes.withUnsafeBufferPointer { first in
            var i = 0
            while i < n {
                let b = bytes[i]
                guard first[Int(b)] else { i += 1; continue }
                if b == 0x24 {
                    // "$1 buys ...", "... to $1"
                    if i + 1 < n, bytes[i + 1] == 0x31 { return true }
                } else if i == 0 || !isLetter(bytes[i - 1]) {
                    for w in baseWords where w[0] == b | 0x20 && i + w.count <= n {
                        var k = 1
                        while k < w.count, bytes[i + k] | 0x20 == w[k] { k += 1 }
                        guard k == w.count else { continue }
                        // a word of its own or its plural: "euros", not "European"
                        var e = i + k
                        if e < n, bytes[e] | 0x20 == 0x73 { e += 1 }
                        if e >= n || !isLetter(bytes[e]) { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }
}
