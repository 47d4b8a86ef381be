/// Phrase tables over names and their aliases, as the actor and source lexicons need them:
/// transliteration-folded keys, the proper prefixes of those keys (to stop n-gram look-ups early),
/// and keys as written (no folding, for uncapitalized text).
struct AliasIndex: Sendable {
    let table: PhraseTable
    let prefixes: PhraseTable
    let exact: PhraseTable
    /// Every key and every proper prefix: one probe tells a matcher to stop (most words start nothing).
    let keysOrPrefixes: PhraseTable

    /// Builder fed one alias at a time (byte range of a name or alias, and the entry id it names).
    struct Builder {
        private var keys: KeyBuilder
        private var pairs: [(hash: UInt64, id: UInt32)] = []
        private var prefixPairs: [(hash: UInt64, id: UInt32)] = []
        private var exactPairs: [(hash: UInt64, id: UInt32)] = []
        private var maxTokens = 1

        init(articles: Set<UInt64>) { keys = KeyBuilder(articles: articles) }

        mutating func add(_ alias: UnsafeBufferPointer<UInt8>, id: UInt32) {
            guard let k = keys.key(alias, mode: .geo), k.tokens <= 8 else { return }
            pairs.append((k.hash, id))
            maxTokens = max(maxTokens, k.tokens)
            for p in keys.prefixes { prefixPairs.append((p, 0)) }
            exactPairs.append((keys.lastLexHash, id))
        }

        func build() -> AliasIndex {
            AliasIndex(table: PhraseTable(pairs: pairs, maxTokens: maxTokens),
                       prefixes: PhraseTable(pairs: prefixPairs, maxTokens: 1),
                       exact: PhraseTable(pairs: exactPairs, maxTokens: 1),
                       keysOrPrefixes: PhraseTable(pairs: pairs.map { ($0.hash, 0) } + prefixPairs, maxTokens: 1))
        }
    }
}
