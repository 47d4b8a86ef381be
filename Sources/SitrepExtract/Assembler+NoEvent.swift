import SitrepModel

// MARK: - Reports of no conflict event: weather, labour strikes, animals (news prose mostly)

extension Assembler {
    /// "storm" or "storms" as written names the weather, not the act "stormed": after a determiner
    /// or a word of weather or strength ("a powerful storm", "the storm", "a deadly winter storm"),
    /// first in its sentence ("Storm Daniel hit the coast": a verb needs its subject before it),
    /// or capitalized before a name inside a sentence ("when Storm Daniel hit"). ("Rebels storm
    /// the base", "threatened to storm the palace" stay acts.)
    func namesAStormOfWeather(_ t: Int, in range: Range<Int>) -> Bool {
        guard word(t, "storm") || word(t, "storms") else { return false }
        if t == range.lowerBound { return true }
        let before = doc.tokens[t - 1]
        if before.isWord, Self.determiners.contains(before.lex) || Self.weatherWords.contains(before.lex) || Self.stormStrengths.contains(before.lex) {
            return true
        }
        return doc.tokens[t].flags.contains(.capitalized) && !doc.tokens[t].flags.contains(.allCaps) && t + 1 < range.upperBound
            && doc.tokens[t + 1].isWord && doc.tokens[t + 1].flags.contains(.capitalized)
    }

    /// Words of strength or kind before a storm of weather.
    static let stormStrengths = WordSet(["powerful", "deadly", "massive", "major", "huge", "strong", "fierce", "big", "great", "freak",
                                         "perfect", "electrical", "magnetic", "solar", "torrential", "fast-moving", "slow-moving",
                                         "destructive", "devastating", "intense", "sudden"])
}
