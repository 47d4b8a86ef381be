import SitrepModel

// MARK: - A generic doer the story names

extension Assembler {
    /// A named armed group the story says the doers belonged to ("The attackers belong to Viv
    /// Ansanm", "armed men from the Viv Ansanm gang coalition", "gunmen loyal to X"): when actor 1
    /// is only a generic word ("gang members", "armed men"), the group named so is the doer.
    func identifiedDoer(_ mentions: [ActorMention]) -> ActorMention? {
        mentions.first { m in
            m.specific && m.isArmed && m.type != .state && !m.quoted && !m.isVictim && !m.isTarget && !m.name.hasPrefix("Unidentified")
                && namedAsTheDoersGroup(m.range)
        }
    }

    /// The words before `r` (an article passed over) say the doers belong to it: "belong(s/ing) to",
    /// "loyal to", or "from" / "of" after a word for the doers ("armed men from", "fighters of").
    func namedAsTheDoersGroup(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        if j > 0, word(j, "the") { j -= 1 }
        guard j > 0, doc.tokens[j].isWord, doc.tokens[j - 1].isWord else { return false }
        if word(j, "to") { return Self.belongingWords.contains(doc.tokens[j - 1].lex) }
        if word(j, "from") || word(j, "of") { return Self.doerWords.contains(doc.tokens[j - 1].lex) }
        return false
    }

    static let belongingWords = WordSet(["belong", "belongs", "belonged", "belonging", "loyal"])
    static let doerWords = WordSet(["men", "gunmen", "fighters", "attackers", "assailants", "militants", "raiders"])
}
