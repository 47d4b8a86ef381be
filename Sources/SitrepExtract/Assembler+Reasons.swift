import SitrepModel

// MARK: - Reasons: the crime a victim was accused of is not the event

extension Assembler {
    /// "Residents beat a man suspected of kidnapping a child", "assaulted him, accusing him of
    /// theft": a violence word right after an accusation ("suspected of", "accused of", "accusing
    /// him of") names why someone was attacked, not what happened, when the incident tells another
    /// violent act. The sub-event types whose every word is such a reason lose their score.
    func dropAccusedActs(_ scores: inout [Double], _ inc: Incident) {
        // most incidents accuse no one: a look back from each trigger, before any set is built
        // (an accusation needs a word of accusing in the sentence)
        let accuses = inc.sentences.contains { k in
            doc.sentenceHas(k, .trigger) && sentenceWords(k).contains(.accusationWord) && doc.sentences[k].range.contains { t in doc.lexHas(t, .trigger) && accusation(before: t, in: doc.sentences[k].range) }
        }
        guard accuses else { return }
        var accused = Set<SubEventType>(), told = Set<SubEventType>()
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) {
                let subs = doc.lexEntries(at: t).compactMap { extractor.triggerType[Int($0)] }
                    .filter { $0.eventType.isViolent || $0.eventType == .riots }
                guard !subs.isEmpty else { continue }
                // only violence is dropped: a riot word ("theft" by a mob) may tell the crowd's act
                if accusation(before: t, in: range) { accused.formUnion(subs.filter { $0.eventType.isViolent }) } else { told.formUnion(subs) }
            }
        }
        guard !told.isEmpty else { return }
        for s in accused.subtracting(told) { scores[s.rawValue] = 0 }
    }

    /// An accusation word, then "of", up to five words before `t`: the act or its object ("suspected of kidnapping", "accusing him of molesting", "accused of the rape").
    private func accusation(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        var sawOf = false
        while j >= max(range.lowerBound, t - 5) {
            let tok = doc.tokens[j]
            // "accused of theft and beat them": the act after "and" is told
            guard tok.isWord, !Self.clauseWords.contains(tok.lex) else { return false }
            if word(j, "of") { sawOf = true } else if sawOf, Self.accusationWords.contains(tok.lex) { return !hedgesAgent(before: j, in: range) }
            j -= 1
        }
        return false
    }

    /// "Militiamen are accused of abducting a driver": the accusation hedges who did the act the
    /// text reports (a verb after the agent), unless a relative clause hangs it on a victim ("a man
    /// who was accused of theft").
    private func hedgesAgent(before a: Int, in range: Range<Int>) -> Bool {
        guard a > range.lowerBound, doc.tokens[a - 1].isWord, Self.beAuxiliaries.contains(doc.tokens[a - 1].lex) else { return false }
        return !(a - 2 >= range.lowerBound && (word(a - 2, "who") || word(a - 2, "whom") || word(a - 2, "that")))
    }

    static let beAuxiliaries = WordSet(["is", "are", "was", "were", "been", "being", "be"])
    static let accusationWords = WordSet(["suspected", "accused", "accusing", "alleged", "charged", "convicted", "guilty",
                                          "suspicion", "accusations", "accusation", "allegations"])
}
