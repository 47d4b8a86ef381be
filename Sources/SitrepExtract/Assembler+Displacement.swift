import SitrepModel

// MARK: - Displacement: people driven out by fighting told only as the cause

extension Assembler {
    /// People who fled, were displaced or evacuated, and every violence word of the incident is
    /// what drove them out ("fighting forced 500 villagers to flee", "families were displaced
    /// following clashes", "residents evacuated after the shelling"). ACLED codes the displacement
    /// as a strategic development (other); the fighting is its own event where it is reported as
    /// one. `code` asks only when no one was killed or hurt.
    func displacedByFighting(_ inc: Incident) -> Bool {
        var displaced = false
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let movingWords = Self.movingWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            // ("a displacement site", "an evacuation centre": a place people fled to, no move told)
            let moves = range.filter { doc.tokens[$0].isWord && movingWords.contains(doc.tokens[$0].lex) && !namesAShelter(after: $0, in: range) }
            // "the army evacuated its positions" is a withdrawal: people must be the ones who left
            let peopleMove = moves.filter { m in (max(range.lowerBound, m - 25)..<m).contains { displacedPeople(at: $0) } }
            if !peopleMove.isEmpty { displaced = true }
            for t in range where doc.lexHas(t, .trigger) {
                guard doc.lexEntries(at: t).contains(where: { id in
                    guard let sub = extractor.triggerType[Int(id)] else { return false }
                    return sub.eventType.isViolent || sub == .nonViolentTransfer
                }) else { continue }
                if moves.contains(t) { continue }  // "evacuated" itself
                guard let first = peopleMove.first, causes(t, displacement: first, in: range) else { return false }
            }
        }
        return displaced
    }

    /// The violence word at `t` is the cause of the move at `m`: a cause word shortly before it with
    /// the move told first ("fled after clashes", "displaced following the eruption of
    /// hostilities"), or a verb of compulsion between it and the move ("clashes forced hundreds to
    /// flee", "shelling prompted residents to evacuate").
    private func causes(_ t: Int, displacement m: Int, in range: Range<Int>) -> Bool {
        if m < t {
            return (max(m + 1, t - 6)..<t).contains { doc.tokens[$0].isWord && Self.displacementCauses.contains(doc.tokens[$0].lex) }
        }
        return (t + 1..<m).contains { doc.tokens[$0].isWord && Self.compulsionWords.contains(doc.tokens[$0].lex) }
    }

    /// The moving word at `m` names a place by the noun after it: "a displacement site", "an
    /// evacuation centre", "displacement camps".
    private func namesAShelter(after m: Int, in range: Range<Int>) -> Bool {
        m + 1 < range.upperBound && doc.tokens[m + 1].isWord && Self.shelterPlaces.contains(doc.tokens[m + 1].lex)
    }

    static let shelterPlaces = WordSet(["site", "sites", "camp", "camps", "centre", "centres", "center", "centers", "settlement", "settlements",
                                        "shelter", "shelters"])

    /// A civilian word or a word for a crowd of people who can be displaced ("families", "individuals").
    private func displacedPeople(at j: Int) -> Bool {
        if doc.tokens[j].isWord, Self.peopleWords.contains(doc.tokens[j].lex) { return true }
        guard doc.lexHas(j, .victim) else { return false }
        return doc.lexEntries(at: j).contains { lexicon.classes[Int($0)] == .victim && lexicon.firstFields[Int($0)] == "civilian" }
    }

    /// A capture is the event even when people fled it ("took the town, and thousands fled").
    static let captures: SubEventSet = [.nonStateOvertakes, .governmentRegains]
    static let movingWords = WordSet(["fled", "flee", "fleeing", "displaced", "displacing", "displacement", "evacuated", "evacuate",
                                            "evacuating", "evacuation", "uprooted"])
    static let displacementCauses = WordSet(["after", "following", "amid", "amidst", "due", "because", "by", "from", "fearing", "over"])
    /// Finite verbs only: a participle ("captured five villages, forcing thousands to flee") hangs
    /// the displacement on an act told for itself, which is the event.
    static let compulsionWords = WordSet(["forced", "caused", "prompted", "drove", "sparked", "triggered", "led"])
    static let peopleWords = WordSet(["families", "households", "individuals", "persons", "inhabitants", "residents", "villagers",
                                      "people", "civilians", "locals", "thousands", "hundreds", "dozens"])
}
