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

// MARK: - A labour strike with no gathering

extension Assembler {
    /// An incident whose only words of protest are a strike's ("doctors went on strike over unpaid
    /// wages", "teachers began an indefinite strike"): ACLED codes a labour strike only when the
    /// strikers gather, march or rally, and then a word of its own says so ("striking workers
    /// marched", "rallied outside the ministry", "a sit-in"). A hunger strike is a protest of its
    /// own and stays. News prose only.
    func isOnlyALabourStrike(_ inc: Incident) -> Bool {
        // (a strike that hit or killed is a weapon's, see `strikeIsMilitary`)
        guard inc.family == .protests, !strikeIsMilitary(inc) else { return false }
        var strike = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range {
                // "strikers rallied outside the ministry": a place of gathering
                if word(t, "outside") { return false }
                guard doc.lexHas(t, .trigger) else { continue }
                let ids = doc.lexEntries(at: t)
                guard ids.contains(where: { extractor.triggerType[Int($0)]?.eventType == .protests }) else { continue }
                let r = doc.lexRange(at: t) ?? t..<(t + 1)
                let last = r.upperBound - 1
                guard doc.tokens[last].isWord, Self.labourStrikeWords.contains(doc.tokens[last].lex) else { return false }
                if r.lowerBound > range.lowerBound, word(r.lowerBound - 1, "hunger") || word(t, "hunger") { return false }
                strike = true
            }
        }
        return strike
    }

    /// The words a labour strike is told with, as the last word of a protest trigger.
    static let labourStrikeWords = WordSet(["strike", "strikes", "striking", "strikers", "walkout", "walkouts", "stoppage"])
}
