import SitrepModel

// MARK: - A crowd that turns on the police

extension Assembler {
    /// "Hurled bricks at police", "stoned a peacekeepers' convoy", "attacked a police van": a
    /// crowd's violence aimed at the police, soldiers or their vehicles is a crowd against the
    /// state's forces, what demonstrators who turn violent do (ACLED: a violent demonstration),
    /// where a mob's violence falls on other civilians (the man accused of theft, the houses of a
    /// family accused of witchcraft). A riot, attack or looting word with a word of the forces up
    /// to six words after it, no clause mark, "of", "from", "by" or "out" between.
    func crowdTurnsOnTheForces(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { id in
                guard let s = extractor.triggerType[Int(id)] else { return false }
                return s.eventType == .riots || s == .attack || s == .looting
            }) {
                var j = (doc.lexRange(at: t)?.upperBound ?? t + 1)
                while j < min(range.upperBound, t + 7) {
                    let tok = doc.tokens[j]
                    if tok.kind == .punct { break }
                    if tok.isWord, Self.crowdTargetStops.contains(tok.lex) { break }
                    if tok.isWord, Self.forcesWords.contains(tok.lex) { return true }
                    j += 1
                }
            }
        }
        return false
    }

    static let forcesWords = WordSet(["police", "policemen", "policeman", "officers", "troops", "soldiers", "convoy", "convoys",
                                      "peacekeepers", "patrol", "gendarmes", "gendarmerie", "rangers", "riot"])
    static let crowdTargetStops = WordSet(["of", "from", "by", "out", "for", "after", "before", "when", "while", "as"])
}

// MARK: - Settlers who hurt people

extension Assembler {
    /// Settlers who beat, stab or wound people ("setting cars on fire and beating a man", "the
    /// Red Crescent said it treated 11 people") attack them as an armed group does (ACLED codes
    /// settler raids that hurt Palestinians as attacks); their stones alone stay a mob's.
    func settlersHurtPeople(_ inc: Incident, injured: Int) -> Bool {
        if injured > 0 { return true }
        let hurting = Self.hurtingWords
        return inc.sentences.contains { k in doc.sentences[k].range.contains { doc.tokens[$0].isWord && hurting.contains(doc.tokens[$0].lex) } }
    }

    static let hurtingWords = WordSet(["beating", "beat", "beaten", "stabbed", "stabbing", "assaulted", "assaulting", "clubs", "wounding", "injuring"])
}
