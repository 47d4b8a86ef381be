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

    /// Mention `m` after the word of a disrupted weapon names who launched the weapon, not who
    /// stopped it: a "by ..." agent ("intercepted rockets fired by Hezbollah") or the owner right
    /// before a flying weapon or named with it ("shot down 14 Ukrainian drones").
    func launchesTheWeapon(_ m: ActorMention, stoppedAt trigger: Range<Int>?) -> Bool {
        guard let trigger, m.range.lowerBound >= trigger.upperBound, !m.range.isEmpty else { return false }
        if m.agentCue { return true }
        // (the weapon may be part of the name read: "Ukrainian drones" names the military)
        let weapons = Self.flyingWeapons
        for t in (m.range.upperBound - 1)...m.range.upperBound where t < doc.tokens.count && doc.tokens[t].isWord {
            if weapons.contains(doc.tokens[t].lex) { return true }
        }
        return false
    }

    /// The disrupted weapon at `trigger` was stopped in the air: its sentence names air defences,
    /// an interception or a downing ("air defence units intercepted five drones").
    func stoppedInTheAir(_ trigger: Range<Int>?) -> Bool {
        guard let trigger else { return false }
        let range = doc.sentences[Int(doc.sentenceOf[trigger.lowerBound])].range
        let defences = Self.defenceWords, downs = Self.bringDownVerbs
        for t in range where doc.tokens[t].isWord {
            let lex = doc.tokens[t].lex
            if defences.contains(lex) || downs.contains(lex) || Self.interceptWords.contains(lex) { return true }
        }
        return false
    }
}

