import SitrepModel

// MARK: - The two sides of a battle's dead

extension Assembler {
    /// Which side the men a count names are on: the state's ("soldiers", "a DRG constable",
    /// "policemen") or an armed group's ("rebels", "Maoists", "militants"); nil when the words
    /// after the number name neither (civilians, people) or both.
    enum Side { case state, armedGroup }

    func side(of r: Range<Int>) -> Side? {
        var j = r.upperBound
        if word(j, "of") { j += 1; if word(j, "the") || word(j, "its") || word(j, "their") { j += 1 } }
        var found: Side? = nil
        for t in j..<min(doc.tokens.count, j + 3) where doc.tokens[t].isWord {
            let w = doc.tokens[t].lex
            let s: Side? = Self.stateMen.contains(w) ? .state : Self.armedGroupMen.contains(w) || Self.attackerWords.contains(w) ? .armedGroup : nil
            guard let s else { continue }
            if let found, found != s { return nil }
            found = s
        }
        return found
    }

    /// A later sentence counts the dead of the other side than the toll's first figure ("Five
    /// Maoists were killed in an encounter ... One DRG constable was killed"; "four soldiers were
    /// killed ... the army said 11 rebels died"): ACLED sums both sides of a battle.
    func countsTheOtherSide(_ counts: [Casualty], than first: Range<Int>) -> Bool {
        guard let firstSide = side(of: first), !counts.isEmpty else { return false }
        return counts.allSatisfy { !$0.vague && side(of: $0.range).map { $0 != firstSide } == true }
    }

    static let stateMen = WordSet(["soldiers", "soldier", "troops", "trooper", "troopers", "policemen", "policeman", "police",
                                   "officers", "officer", "constable", "constables", "jawan", "jawans", "personnel", "gendarmes",
                                   "gendarme", "servicemen", "serviceman", "commandos", "commando", "guards", "guardsmen"])
    static let armedGroupMen = WordSet(["rebels", "rebel", "maoists", "maoist", "cadres", "cadre", "fighters", "militiamen",
                                        "guerrillas", "guerrilla", "bandits", "separatists", "extremists", "naxals", "naxalites"])
}
