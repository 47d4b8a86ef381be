import SitrepModel

// MARK: - Chemical weapons told through one side's accusation (issue 10)

extension Assembler {
    /// "The ministry accused enemy forces of firing shells filled with a toxic agent at its
    /// positions on Monday", "claimed drones had dropped canisters of tear gas on Sunday": a
    /// chemical attack is nearly always known through one side's accusation, which ACLED codes as
    /// the chemical weapon event when it tells a dated act. In news prose (no event assumed) an
    /// accusation or a claim in sentence `k` that names a chemical agent and a day ("on Monday",
    /// "overnight", a date) reports the attack, where an accusation is otherwise a reference to an
    /// act told elsewhere ("accused Iran of arming the group"). ACLED notes keep their rule: one
    /// side's claim leaves the strike it rode on (`chemicalToldAsFact`).
    /// So does one that tells who was hurt by it ("saying two servicemen were poisoned"): harm
    /// done is an act, where a reference names none.
    func accusesOfADatedChemicalAttack(sentence k: Int) -> Bool {
        guard !assumeEvent, doc.sentenceHas(k, .trigger),
              doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .relday) || doc.sentenceHas(k, .month) || tellsPoisoned(sentence: k) else { return false }
        return doc.sentences[k].range.contains { t in
            doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains { extractor.triggerType[Int($0)] == .chemicalWeapon }
        }
    }

    /// Words of the harm a gas does to those who breathe it ("causing vomiting", "treated for
    /// breathing difficulties", "suffocation"): a gas a weapon let loose with them told is a
    /// poison, however it is called ("a yellowish gas").
    func toldPoisoningSymptoms(_ inc: Incident) -> Bool {
        let symptoms = Self.poisoningSymptoms
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && symptoms.contains(doc.tokens[t].lex) {
                // "breathing" only as "breathing difficulties", "breathing problems"
                if word(t, "breathing"), !(t + 1 < range.upperBound && doc.tokens[t + 1].isWord && Self.breathingHarms.contains(doc.tokens[t + 1].lex)) { continue }
                return true
            }
        }
        return false
    }

    /// A word of people poisoned in sentence `k` ("were poisoned", "suffered poisoning").
    private func tellsPoisoned(sentence k: Int) -> Bool {
        doc.sentences[k].range.contains { doc.tokens[$0].isWord && Self.poisonedWords.contains(doc.tokens[$0].lex) }
    }

    static let poisonedWords = WordSet(["poisoned", "poisoning", "poisonings", "suffocated", "asphyxiated"])

    static let poisoningSymptoms = WordSet(["vomiting", "suffocation", "suffocating", "asphyxiation", "breathing", "poisoned", "poisoning",
                                            "convulsions", "choking"])
    static let breathingHarms = WordSet(["difficulties", "difficulty", "problems", "problem", "trouble", "troubles", "issues"])
}
