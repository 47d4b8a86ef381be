import SitrepModel

// MARK: - Authorities: the state that takes a measure

extension Assembler {
    /// A word of the incident names a civil authority ("the government", "authorities", "the
    /// governor", "the President", "the ministry", "parliament", "the mayor") or what only a state
    /// holds or imposes ("elections", "a lockdown"). Read only for a strategic development that
    /// names no actor: ACLED codes curfews, states of emergency, bans, expulsions and votes taken
    /// by a state's authorities as its government's acts.
    func namesAuthority(_ inc: Incident) -> Bool {
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let authorityWords = Self.authorityWords
        for k in inc.sentences {
            for t in doc.sentences[k].range where doc.tokens[t].isWord && authorityWords.contains(doc.tokens[t].lex) { return true }
        }
        return false
    }

    /// Nouns for a state's civil authorities (singular and plural), national and local, and for
    /// what only a state holds or imposes (elections, a referendum, a lockdown, a curfew: "a general
    /// election was held", "the city was placed under lockdown").
    static let authorityWords = WordSet([
        "government", "governments", "authorities", "authority", "governor", "governors", "governorship", "president",
        "minister", "ministers", "ministry", "parliament", "cabinet", "mayor", "municipality", "administration",
        "election", "elections", "referendum", "lockdown", "curfew",
    ])
}
