import SitrepModel

// MARK: - Tolls that grow

extension Assembler {
    /// "Residents initially put the death toll at nine", "police at first said five were killed",
    /// "officials earlier gave a toll of 12": a word of an earlier count before the clause's
    /// figure (at `figure`). ACLED takes the latest figure when a toll grows: the earlier count is
    /// no rival source.
    func tellsEarlierCount(_ clause: Range<Int>, before figure: Int) -> Bool {
        guard figure > clause.lowerBound else { return false }
        for t in clause.lowerBound..<min(figure, clause.upperBound) where doc.tokens[t].isWord {
            if Self.earlierCountWords.contains(doc.tokens[t].lex) { return true }
            if word(t, "first"), t > clause.lowerBound, word(t - 1, "at") { return true }
        }
        return false
    }

    static let earlierCountWords = WordSet(["initially", "originally", "earlier", "previously"])

    /// "after two of the wounded died in hospital", "three of the injured died overnight", "a
    /// woman succumbed to her wounds": the clause tells of the wounded dying since, so its count
    /// is the toll as it has grown.
    func tellsWoundedDying(_ clause: Range<Int>) -> Bool {
        let reader = CasualtyReader(lexicon: lexicon)
        for t in clause where doc.lexAt[t] >= 0 && reader.what(doc, t) == .killed {
            if word(t, "succumbed") { return true }
            guard word(t, "died") else { continue }
            // "of the wounded died", "the injured later died"
            for b in max(clause.lowerBound, t - 3)..<t where doc.tokens[b].isWord && Self.woundedWords.contains(doc.tokens[b].lex) { return true }
            // "died in hospital", "died of their wounds"
            for a in (t + 1)..<min(clause.upperBound, t + 4) where doc.tokens[a].isWord {
                if word(a, "hospital") || Self.woundedNouns.contains(doc.tokens[a].lex) { return true }
            }
        }
        return false
    }

    static let woundedWords = WordSet(["wounded", "injured"])
    static let woundedNouns = WordSet(["wounds", "injuries"])
}
