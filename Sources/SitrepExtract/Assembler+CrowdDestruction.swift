import SitrepModel

// MARK: - Property destroyed by demonstrators: a riot, not property destruction

extension Assembler {
    /// Property burned, smashed or stormed by people named as demonstrators are ("angry
    /// supporters stormed the commander's residence, setting it ablaze", "farmers hurled eggs at
    /// police and set fire to hay bales"), with no armed group among the incident's actors.
    /// ACLED: demonstrators who destroy riot, a violent demonstration; property destruction is for
    /// organised or unknown groups. The subject of the lead's first such verb decides: a crowd
    /// that is no demonstration (a mob, villagers) is left to the mob rules. News prose only (the caller's).
    func demonstratorsRiot(_ inc: Incident, mentions: [ActorMention]) -> Bool {
        // (armed state forces are the crowd's target here, "a police van", never its members)
        if mentions.contains(where: { $0.isArmed && $0.type != .state && $0.kind != "police" && $0.kind != "military" }) { return false }
        guard let k = inc.sentences.first else { return false }
        let range = doc.sentences[k].range
        let verbs = Self.crowdDestructionVerbs, words = Self.demonstratorWords
        guard let t = range.first(where: { doc.tokens[$0].isWord && verbs.contains(doc.tokens[$0].lex) }),
              !mentions.contains(where: { $0.isArmed && range.contains($0.range.lowerBound) && $0.range.upperBound <= t }) else { return false }
        // the subject: a demonstrator word in the words right before the verb ("angry PTI supporters stormed")
        var j = t - 1
        while j >= max(range.lowerBound, t - 6), doc.tokens[j].isWord {
            if words.contains(doc.tokens[j].lex) { return true }
            j -= 1
        }
        return false
    }

    /// The lead's first verb of a crowd's violence or destruction, whose subject is read.
    static let crowdDestructionVerbs = WordSet(unionOf: [destructionVerbs, riotVerbs, WordSet(["hurled", "threw", "stoned", "setting", "smashing", "storming"])])
    /// The people who demonstrate (the protesters' actor words that are no mere crowd or count:
    /// not "residents", "families", "hundreds").
    static let demonstratorWords = WordSet(["supporters", "protesters", "protestors", "demonstrators", "activists", "students", "workers",
                                            "farmers", "traders", "shopkeepers", "drivers", "teachers", "lawyers", "doctors", "employees"])
}
