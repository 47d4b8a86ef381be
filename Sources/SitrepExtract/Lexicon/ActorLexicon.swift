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
    // stored, not computed: matching reads these for every word
    let table: PhraseTable
    let prefixes: PhraseTable
    /// Alias keys without transliteration folding: a lowercase word must match one exactly
    /// ("days" is not "Daesh"; folding is for names, which are capitalized).
    let exact: PhraseTable

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var index = AliasIndex.Builder(articles: articles)
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
                index.add(UnsafeBufferPointer(rebasing: buf[f[0]]), id: id)
                TSV.forEachAlternate(buf, f[3]) { index.add(UnsafeBufferPointer(rebasing: buf[$0]), id: id) }
            }
        }
        self.entries = entries
        let aliases = index.build()
        table = aliases.table
        prefixes = aliases.prefixes
        exact = aliases.exact
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
    let exact: PhraseTable

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var index = AliasIndex.Builder(articles: articles)
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 3) { f, _ in
                guard !f[0].isEmpty else { return }
                let id = UInt32(entries.count)
                entries.append(Entry(name: TSV.string(buf, f[0]), kind: TSV.string(buf, f[1])))
                index.add(UnsafeBufferPointer(rebasing: buf[f[0]]), id: id)
                TSV.forEachAlternate(buf, f[2]) { index.add(UnsafeBufferPointer(rebasing: buf[$0]), id: id) }
            }
        }
        self.entries = entries
        let aliases = index.build()
        table = aliases.table
        prefixes = aliases.prefixes
        exact = aliases.exact
    }
}
