import SitrepModel

// MARK: - Figurative violence and agreements of no conflict (news prose)

extension Assembler {
    /// News prose uses the words of war for politics, courts and business: "the opposition leader
    /// attacked the government's policy", "a legal battle", "ministers clashed over the budget",
    /// "two companies signed a deal". With no `assumeEvent`, an incident whose best reading is a
    /// battle, an attack or an agreement is no event when it names no armed actor and:
    /// - a battle or attack: tells no dead or wounded, and a word of politics, law or business
    ///   (`figurativeCues`) is in its sentences;
    /// - an agreement: has no word that only a conflict's agreement has ("ceasefire", "truce",
    ///   "peace", "prisoners").
    func isFigurative(_ inc: Incident) -> Bool {
        guard let top = inc.top, top.eventType == .battles || top == .attack || top == .agreement else { return false }
        for k in inc.sentences where namesArmedActor(doc.sentences[k].range) { return false }
        if top == .agreement {
            for k in inc.sentences {
                for t in doc.sentences[k].range where doc.tokens[t].isWord && Self.conflictAgreementWords.contains(doc.tokens[t].lex) { return false }
            }
            return true
        }
        var cue = false
        for k in inc.sentences {
            if doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) { return false }
            for t in doc.sentences[k].range where doc.tokens[t].isWord && Self.figurativeCues.contains(doc.tokens[t].lex) { cue = true }
        }
        return cue
    }

    /// Words of politics, law, business and health that make a battle or an attack a figure of speech.
    /// (Not places where real fighting happens: "market", "parliament", "election".)
    static let figurativeCues = WordSet(["legal", "political", "verbal", "diplomatic", "court", "courts", "lawsuit", "policy", "policies",
                                         "budget", "inflation", "corruption", "poverty", "unemployment", "decision", "bill", "law",
                                         "proposal", "remarks", "comments", "speech", "interview", "debate", "cabinet", "reforms",
                                         "merger", "takeover", "shares", "cancer", "disease", "pandemic", "virus", "climate",
                                         "regulators", "critics", "rhetoric", "tariffs"])
    /// Words only an agreement between warring sides has.
    static let conflictAgreementWords = WordSet(["ceasefire", "cease-fire", "truce", "armistice", "peace", "de-escalation", "prisoners",
                                                 "prisoner", "hostilities", "hostages", "captives", "detainees", "disarmament", "demobilization",
                                                 "demobilisation", "rebels", "militants", "fighters", "withdrawal"])
}
