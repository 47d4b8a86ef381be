/// Actor types, as in ACLED's inter codes.
enum ActorType: String, Sendable {
    case state, rebel, politicalMilitia = "political_militia", identityMilitia = "identity_militia"
    case rioters, protesters, civilians, external
}

/// Conflict actors from `actors.tsv` (`canonical type country aliases cameo flags`).
final class ActorLexicon: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var type: ActorType
        var country: String
        var cameo: String
        /// Alias must be written capitalized (short all-caps aliases: all caps) to match ("IS").
        var caseSensitive: Bool
        /// A generic word ("regime", "rebels"): a weaker mention.
        var generic: Bool
    }

    let entries: [Entry]
    let table: PhraseTable
    let prefixes: PhraseTable
    /// Alias keys without transliteration folding: a lowercase word must match one exactly
    /// ("days" is not "Daesh"; folding is for names, which are capitalized).
    let exact: PhraseTable

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var pairs: [(hash: UInt64, id: UInt32)] = []
        var maxTokens = 1
        var prefixPairs: [(hash: UInt64, id: UInt32)] = []
        var exactPairs: [(hash: UInt64, id: UInt32)] = []
        var keys = KeyBuilder(articles: articles)
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 6) { f, _ in
                guard !f[0].isEmpty else { return }
                let flags = TSV.string(buf, f[5]).lowercased()
                let id = UInt32(entries.count)
                entries.append(Entry(
                    canonical: TSV.string(buf, f[0]),
                    type: ActorType(rawValue: TSV.string(buf, f[1]).lowercased()) ?? .external,
                    country: TSV.string(buf, f[2]), cameo: TSV.string(buf, f[4]),
                    caseSensitive: flags.contains("case"), generic: flags.contains("generic")
                ))
                func add(_ r: Range<Int>) {
                    if let k = keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .geo), k.tokens <= 8 {
                        pairs.append((k.hash, id))
                        maxTokens = max(maxTokens, k.tokens)
                        for p in keys.prefixes { prefixPairs.append((p, 0)) }
                        if let e = keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .lex) { exactPairs.append((e.hash, id)) }
                    }
                }
                add(f[0])
                TSV.forEachAlternate(buf, f[3], add)
            }
        }
        self.entries = entries
        table = PhraseTable(pairs: pairs, maxTokens: maxTokens)
        prefixes = PhraseTable(pairs: prefixPairs, maxTokens: 1)
        exact = PhraseTable(pairs: exactPairs, maxTokens: 1)
    }
}

/// Named sources from `sources.tsv` (`name kind aliases`).
final class SourceLexicon: Sendable {
    struct Entry: Sendable {
        var name: String
        var kind: String
    }

    let entries: [Entry]
    let table: PhraseTable
    let prefixes: PhraseTable
    /// Alias keys without transliteration folding: a lowercase word must match one exactly
    /// ("days" is not "Daesh"; folding is for names, which are capitalized).
    let exact: PhraseTable

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var pairs: [(hash: UInt64, id: UInt32)] = []
        var maxTokens = 1
        var prefixPairs: [(hash: UInt64, id: UInt32)] = []
        var exactPairs: [(hash: UInt64, id: UInt32)] = []
        var keys = KeyBuilder(articles: articles)
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 3) { f, _ in
                guard !f[0].isEmpty else { return }
                let id = UInt32(entries.count)
                entries.append(Entry(name: TSV.string(buf, f[0]), kind: TSV.string(buf, f[1])))
                func add(_ r: Range<Int>) {
                    if let k = keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .geo), k.tokens <= 8 {
                        pairs.append((k.hash, id))
                        maxTokens = max(maxTokens, k.tokens)
                        for p in keys.prefixes { prefixPairs.append((p, 0)) }
                        if let e = keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .lex) { exactPairs.append((e.hash, id)) }
                    }
                }
                add(f[0])
                TSV.forEachAlternate(buf, f[2], add)
            }
        }
        self.entries = entries
        table = PhraseTable(pairs: pairs, maxTokens: maxTokens)
        prefixes = PhraseTable(pairs: prefixPairs, maxTokens: 1)
        exact = PhraseTable(pairs: exactPairs, maxTokens: 1)
    }
}
