import SitrepModel

// MARK: - Disrupting what is no weapon: property destroyed

extension Assembler {
    /// The thing shot down, dismantled or destroyed after the incident's disruption word is no
    /// weapon: an unarmed reconnaissance, surveillance or spy drone ("shot down a US-made
    /// reconnaissance drone") or a drug laboratory ("dismantled a cocaine lab"). Disrupted weapons
    /// use is for weapons (missiles, armed drones, explosives); destroying such property is
    /// property destruction (ACLED: looting/property destruction). Read in the seven words after
    /// the disruption word, up to a clause mark.
    func disruptsNoWeapon(_ inc: Incident) -> Bool {
        guard let trigger = triggerRange(inc, .disruptedWeapons) else { return false }
        let range = doc.sentences[Int(doc.sentenceOf[trigger.lowerBound])].range
        let unarmed = Self.unarmedTargetWords
        for j in trigger.upperBound..<min(range.upperBound, trigger.upperBound + 7) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark != 0x2D { return false }
            if tok.isWord, unarmed.contains(tok.lex) { return true }
        }
        return false
    }

    /// Words that make the thing disrupted no weapon: drones that only watch, drug laboratories.
    static let unarmedTargetWords = WordSet([
        "reconnaissance", "surveillance", "spy", "lab", "labs", "laboratory", "laboratories",
    ])
}
