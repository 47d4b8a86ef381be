// MARK: - Suicide bombers named

extension Assembler {
    /// The incident names a suicide bomber in a phrase of two words or more that it reports ("two
    /// suicide bombers", "blew himself up", "detonated his vest"; not a lone "suicide"). ACLED: a
    /// bomb set off by the one who carries it is a suicide bomb, whatever else the charge is
    /// called ("detonated explosives", "a car bomb"), so the bomber outweighs the charge's words.
    func namesSuicideBomber(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) {
                guard let r = doc.lexRange(at: t), r.count >= 2,
                      doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .suicideBomb }) else { continue }
                if reportFactor(trigger: t, end: r.upperBound, sentence: range) == 1 { return true }
            }
        }
        return false
    }
}
