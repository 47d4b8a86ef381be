/// The phrase tables whose first words the tokenizer marks on each word (`Token.Flags.mayStartLexicon`
/// and the others): a matcher skips a word that starts none of its phrases with one flag test,
/// not a hash and a probe per word. The flags are worked out once per distinct word and kept with
/// its keys in the word-key cache (`WordKeyCache`), as the article and stop flags are.
///
/// A word is marked when the one-word probe a matcher makes at it finds its hash (a phrase or a
/// longer phrase's first word), so a matcher that skips the unmarked words finds what it found
/// before. The tables must be the ones the document's matchers read (the extractor gives its
/// tokenizer its own); a table left out marks every word, so no word is skipped.
struct WordStarts: Sendable {
    /// The rule lexicon's phrases, by stem (`Document.matchLexicon`).
    var lexicon: PhraseTable?
    /// The actors' aliases, by geo key (`Document.matchActors`).
    var actors: PhraseTable?
    /// The named sources, by geo key (`Document.matchNamedSources`).
    var sources: PhraseTable?
    /// The gazetteer's names, by geo key (`Document.matchPlaces`).
    var places: PhraseTable?

    /// Marks every word (no table): matchers skip nothing.
    static let none = WordStarts()

    /// The start flags of a word with these keys.
    @inline(__always) func flags(stem: UInt64, geo: UInt64) -> UInt64 {
        var flags: UInt64 = 0
        if WordStarts.starts(lexicon, stem) { flags |= UInt64(Token.Flags.mayStartLexicon.rawValue) }
        if WordStarts.starts(actors, geo) { flags |= UInt64(Token.Flags.mayStartActor.rawValue) }
        if WordStarts.starts(sources, geo) { flags |= UInt64(Token.Flags.mayStartSource.rawValue) }
        if WordStarts.starts(places, geo) { flags |= UInt64(Token.Flags.mayStartPlace.rawValue) }
        return flags
    }

    /// Whether a phrase of `table` (or a longer phrase's first word) has the one-word key `key`:
    /// the matchers' first probe (true with no table).
    @inline(__always) private static func starts(_ table: PhraseTable?, _ key: UInt64) -> Bool {
        guard let table else { return true }
        return table.probe(Fold.combine(Fold.phraseSeed, key)).found
    }
}
