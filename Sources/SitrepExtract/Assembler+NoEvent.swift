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

// MARK: - Who tells is no doer

extension Assembler {
    /// An armed actor is named in `range` as more than the teller of the sentence: the actor's
    /// name or word is not followed by a verb of saying ("the United Nations said 465 houses were
    /// destroyed", "police said"). Who reports the damage of a quake or a flood did not cause it;
    /// "police said gunmen burned the shops" still names the gunmen.
    func namesArmedDoer(_ range: Range<Int>) -> Bool {
        var t = range.lowerBound
        while t < range.upperBound {
            var end = t + 1
            var armed = false
            if !doc.actorAt.isEmpty, doc.actorAt[t] >= 0 {
                let a = doc.actors[Int(doc.actorAt[t])]
                end = max(end, a.range.upperBound)
                armed = a.entries.contains {
                    let type = extractor.actors.entries[Int($0)].type
                    return type != .civilians && type != .protesters && type != .rioters
                }
            }
            if !armed, doc.lexHas(t, .actorword),
               doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .actorword && Self.armedKinds.contains(lexicon.firstFields[Int($0)]) }) {
                armed = true
                end = max(end, doc.lexRange(at: t)?.upperBound ?? t + 1)
            }
            if armed, !(end < range.upperBound && doc.tokens[end].isWord && Self.sayingVerbs.contains(doc.tokens[end].lex)) { return true }
            t = end
        }
        return false
    }
}
