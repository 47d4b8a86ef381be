import SitrepModel

// MARK: - Attacks repelled: the fight, not the attack

extension Assembler {
    /// "Troops repelled 14 assaults near the town", "fighters repulsed two attacks on their base":
    /// an attack that the other side beat back is a fight between two armed sides (ACLED: an armed
    /// clash), not violence done to the side attacked. Every attack word of the incident is the
    /// object of a verb of repelling up to four words before it.
    func preferTheFightOverAttacksRepelled(_ inc: Incident, _ scores: inout [Double]) {
        guard scores[sub: .attack] > 0, scores[sub: .attack] >= scores[sub: .armedClash],
              everyWord(of: .attack, in: inc, follows: Self.beatingBackVerbs, within: 4) else { return }
        scores[SubEventType.armedClash.rawValue] = scores[sub: .attack] + 0.1
    }

    static let beatingBackVerbs = WordSet(["repelled", "repulsed", "repelling", "repulsing", "repel", "repulse", "repels", "repulses"])
}

// MARK: - Rocket-propelled grenades in a fight

extension Assembler {
    /// "Fighting between two rival armed groups broke out ..., with rocket-propelled grenades fired
    /// near the coastal road": an RPG is an infantry weapon, and fired in a fight told in the same
    /// incident it is that fight's (ACLED: an armed clash, whatever the weapons); alone ("an RPG
    /// hit a bus") it stays the lexicon's shelling. Every shelling word of the incident is an RPG.
    func preferTheFightOverItsRPGs(_ inc: Incident, _ scores: inout [Double]) {
        guard scores[sub: .shelling] > 0, scores[sub: .armedClash] > 0, scores[sub: .shelling] >= scores[sub: .armedClash] else { return }
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger)
                && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .shelling }) {
                guard isRPG(t) else { return }
                any = true
            }
        }
        guard any else { return }
        scores[SubEventType.armedClash.rawValue] = scores[sub: .shelling] + 0.1
    }

    /// "RPG", "RPGs", or a phrase with "propelled" ("rocket-propelled grenades") at `t`.
    private func isRPG(_ t: Int) -> Bool {
        if word(t, "rpg") || word(t, "rpgs") { return true }
        guard let r = doc.lexRange(at: t) else { return false }
        return r.contains { doc.tokens[$0].isWord && word($0, "propelled") }
    }
}
