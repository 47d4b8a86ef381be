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
