/// Phrase tables over names and their aliases, as the actor and source lexicons need them:
/// transliteration-folded keys with their proper prefixes marked (one probe tells a matcher what a
/// phrase names and whether to read on), and keys as written (no folding, for uncapitalized text).
struct AliasIndex: Sendable {
    let table: PhraseTable
    let exact: PhraseTable
    /// Every word of every name and alias, as written (`lex`): a word of the text found here is no
    /// transliteration fold ("Province" in "Seno Province" is, "Seno" is not).
    /// (A phrase table of one-word prefixes, not a `WordSet`: the words number in the thousands, and a
    /// word set's filter then lets every word through to a binary search; `probe(lex).found` answers.)
    let words: PhraseTable

    /// Builder fed one alias at a time (byte range of a name or alias, and the entry id it names).
    struct Builder {
        private var keys: KeyBuilder
        private var pairs: [(hash: UInt64, id: UInt32)] = []
        private var prefixes: [UInt64] = []
        private var exactPairs: [(hash: UInt64, id: UInt32)] = []
        private var words: [UInt64] = []
        private var maxTokens = 1

        init(articles: Set<UInt64>) { keys = KeyBuilder(articles: articles) }

        mutating func add(_ alias: UnsafeBufferPointer<UInt8>, id: UInt32) {
            guard let k = keys.key(alias, mode: .geo), k.tokens <= 8 else { return }
            pairs.append((k.hash, id))
            maxTokens = max(maxTokens, k.tokens)
            prefixes += keys.prefixes
            exactPairs.append((keys.lastLexHash, id))
            words += keys.tokenLex
        }

        func build() -> AliasIndex {
            AliasIndex(table: PhraseTable(pairs: pairs, maxTokens: maxTokens, prefixes: prefixes),
                       exact: PhraseTable(pairs: exactPairs, maxTokens: 1), words: PhraseTable(pairs: [], maxTokens: 1, prefixes: words))
        }
    }
}
