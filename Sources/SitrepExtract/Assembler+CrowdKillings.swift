import SitrepModel

// MARK: - Crowds that kill by hand, and the group a victim was accused of serving

extension Assembler {
    /// "Residents of a village in Geita burned an elderly woman to death", "a crowd beat a man to
    /// death": a crowd (the subject right before the verb, or placed before it) that beats, burns,
    /// hacks or stones someone "to death" or "alive" kills by hand, with no trigger word of a mob
    /// ("lynched") told. ACLED: a crowd's killing is mob violence.
    func crowdKillsByHand(_ inc: Incident) -> Bool {
        let verbs = Self.handKillVerbs
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && verbs.contains(doc.tokens[t].lex) {
                guard killsToDeath(after: t, in: range) else { continue }
                if crowdSubject(before: t, in: range) || crowdSubjectAcrossPlace(before: t, in: range) { return true }
            }
        }
        return false
    }

    /// "To death" or "alive" within eight words after `t`, before any clause mark.
    private func killsToDeath(after t: Int, in range: Range<Int>) -> Bool {
        var j = t + 1
        while j < min(range.upperBound, t + 9) {
            if doc.tokens[j].kind == .punct { return false }
            if word(j, "alive") || word(j, "death") && word(j - 1, "to") { return true }
            j += 1
        }
        return false
    }

    /// The actor named at `r` is what a victim was accused of serving or being ("a man they
    /// accused of being a Boko Haram informant", "suspected of collaborating with the army"): an
    /// accusation word up to six words before it, with no clause mark between. Such a name is no
    /// side of the act.
    func namedInAnAccusation(_ r: Range<Int>) -> Bool {
        let range = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        var j = r.lowerBound - 1
        while j >= max(range.lowerBound, r.lowerBound - 6) {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.accusationWords.contains(doc.tokens[j].lex) {
                // "Suspected ADF rebels killed ...", "killed by suspected jihadists": a hedge on who
                // acted, right before the name, as the subject or the agent, accuses no victim
                return !(j == r.lowerBound - 1 && (j == range.lowerBound || doc.tokens[j - 1].kind == .punct || word(j - 1, "by")))
            }
            j -= 1
        }
        return false
    }

    static let handKillVerbs = WordSet(["beat", "beaten", "burned", "burnt", "hacked", "stoned", "lynched", "clubbed", "bludgeoned", "set"])
}
