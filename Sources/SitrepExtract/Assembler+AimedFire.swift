import SitrepModel

// MARK: - Aimed fire: a weapon fired or thrown at civilians

extension Assembler {
    /// "Fired tear gas canisters at Palestinian farmers", "hurled stun grenades at residents",
    /// "chased fishermen and fired rubber bullets at them": a weapon (any, less lethal included)
    /// aimed at civilians is an attack on them (ACLED: violence against civilians), even though
    /// the words between the verb and "at" keep the lexicon's "fired at" from matching. The
    /// target is a civilian word within three words after "at"/"on"/"towards", or a pronoun
    /// ("them", "him", "her") whose nearest person word before the verb is civilian. Demonstrators
    /// are no civilians here: fire at a protest is read by the protest rules.
    func proposeAimedFire(_ ev: inout Evidence, sentence k: Int) {
        guard ev.scores.isEmpty || ev.scores[SubEventType.attack.rawValue] == 0, sentenceWords(k).contains(.aimVerb) else { return }
        let range = doc.sentences[k].range
        let aim = Self.aimVerbs
        for t in range where doc.tokens[t].isWord && aim.contains(doc.tokens[t].lex) {
            // the words between the verb and its preposition: what was fired (no clause break)
            var p = t + 1
            while p < min(range.upperBound, t + 6), doc.tokens[p].isWord, !Self.aimPrepositions.contains(doc.tokens[p].lex) { p += 1 }
            guard p > t + 1, p < min(range.upperBound, t + 6), doc.tokens[p].isWord, Self.aimPrepositions.contains(doc.tokens[p].lex) else { continue }
            if aimsAtCivilians(after: p, verb: t, in: range) {
                ev.propose(.attack, weight: Self.aimedFireWeight * reportFactor(trigger: t, end: p + 1, sentence: range), trigger: t)
                return
            }
        }
    }

    /// The lexicon's weight of "fired at".
    static let aimedFireWeight = 2.2
    static let aimVerbs = WordSet(["fired", "hurled", "threw", "lobbed", "shot"])
    static let aimPrepositions = WordSet(["at", "on", "towards", "toward"])
    static let objectPronouns = WordSet(["them", "him", "her"])

    private func aimsAtCivilians(after p: Int, verb t: Int, in range: Range<Int>) -> Bool {
        let j = p + 1
        guard j < range.upperBound else { return false }
        if doc.tokens[j].isWord, Self.objectPronouns.contains(doc.tokens[j].lex) {
            // the nearest person word before the verb is who "them" is
            var i = t - 1
            while i >= range.lowerBound {
                if civilian(at: i) { return true }
                if doc.lexHas(i, .victim) || doc.lexHas(i, .actorword) { return false }
                i -= 1
            }
            return false
        }
        for i in j..<min(range.upperBound, j + 3) {
            if doc.tokens[i].kind == .punct { return false }
            // "fired tear gas at doctors marching to the ministry": people told as demonstrating
            // are demonstrators, read by the protest rules
            if civilian(at: i) { return !demonstrating(after: i, in: range) }
        }
        return false
    }

    /// A participle of demonstrating right after the people at `i` ("nurses marching", "teachers
    /// protesting outside").
    private func demonstrating(after i: Int, in range: Range<Int>) -> Bool {
        (i + 1..<min(range.upperBound, i + 3)).contains { doc.tokens[$0].isWord && Self.demonstratingWords.contains(doc.tokens[$0].lex) }
    }

    static let demonstratingWords = WordSet(["marching", "protesting", "demonstrating", "rallying", "picketing", "chanting"])
}
