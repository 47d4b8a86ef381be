import SitrepModel

// MARK: - Figurative violence and agreements of no conflict (news prose)

extension Assembler {
    /// News prose uses the words of war for politics, courts and business: "the opposition leader
    /// attacked the government's policy", "a legal battle", "ministers clashed over the budget",
    /// "two companies signed a deal". With no `assumeEvent`, an incident whose best reading is a
    /// battle, an attack or an agreement is no event when:
    /// - a battle or attack: it names no armed actor, tells no dead or wounded, and a word of
    ///   politics, law or business (`figurativeCues`) is in its sentences;
    /// - an agreement: it has no word that only a conflict's agreement has ("ceasefire", "truce",
    ///   "peace", "prisoners", "mutineers"), whoever signed it (states sign trade deals, leases and
    ///   memoranda too: "Ethiopia agreed to lease a stretch of coast").
    func isFigurative(_ inc: Incident) -> Bool {
        guard let top = inc.top, top.eventType == .battles || top == .attack || top == .agreement else { return false }
        if top == .agreement {
            for k in inc.sentences {
                for t in doc.sentences[k].range where doc.tokens[t].isWord && Self.conflictAgreementWords.contains(doc.tokens[t].lex) { return false }
            }
            return true
        }
        for k in inc.sentences where namesArmedActor(doc.sentences[k].range) { return false }
        var cue = false
        for k in inc.sentences {
            if doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) { return false }
            for t in doc.sentences[k].range where doc.tokens[t].isWord && Self.figurativeCues.contains(doc.tokens[t].lex) { cue = true }
        }
        return cue
    }

    /// Words of politics, law, business, health, sport and computers that make a battle or an attack a figure of speech.
    /// (Not places where real fighting happens: "market", "parliament", "election".)
    static let figurativeCues = WordSet(["legal", "political", "verbal", "diplomatic", "court", "courts", "lawsuit", "policy", "policies",
                                         "budget", "inflation", "corruption", "poverty", "unemployment", "decision", "bill", "law",
                                         "proposal", "remarks", "comments", "speech", "interview", "debate", "cabinet", "reforms",
                                         "merger", "takeover", "shares", "cancer", "disease", "pandemic", "virus", "climate",
                                         "regulators", "critics", "rhetoric", "tariffs",
                                         // sport: "their attack tore through the defence", "the striker fired home"
                                         "striker", "strikers", "goalkeeper", "midfielder", "midfield", "footballer", "footballers",
                                         "referee", "league", "tournament", "championship", "semi-final", "quarter-final", "scored",
                                         "match", "matches", "stadium", "derby", "coach", "playoff", "playoffs", "semifinal",
                                         "quarterfinal", "cup", "trophy", "innings", "wicket", "halftime", "teammates",
                                         // computer crime: "hackers behind attacks that crippled hospital systems"
                                         "ransomware", "malware", "hackers", "computer", "computers", "cyber"])
    /// Words only an agreement between warring sides has.
    static let conflictAgreementWords = WordSet(["ceasefire", "cease-fire", "truce", "armistice", "peace", "de-escalation", "prisoners",
                                                 "prisoner", "hostilities", "hostages", "captives", "detainees", "disarmament", "demobilization",
                                                 "demobilisation", "rebels", "rebel", "militants", "fighters", "withdrawal",
                                                 "mutiny", "mutineers", "mutinous", "insurgents", "insurgency", "rebellion",
                                                 "militia", "militias", "combatants", "guns", "guerrillas", "guerrilla", "dissident",
                                                 "dissidents", "faction", "factions", "armed", "raids", "clashes"])

    /// Violence at home: "a man suspected of killing his wife during a quarrel", "stabbed her
    /// husband", "a domestic dispute". ACLED leaves domestic and interpersonal violence out; with
    /// no `assumeEvent`, an incident whose act falls on the doer's own spouse or partner (the act
    /// word right before "his wife", "her husband") or that is told as domestic is no event. ("Gunmen
    /// killed a farmer and his wife": the wife is one more victim, not the act's own object.)
    func isDomestic(_ inc: Incident) -> Bool {
        // both readings need "domestic", "marital" or a partner's word: a sentence with none is skipped
        for k in inc.sentences where sentenceWords(k).contains(.domesticCue) {
            let range = doc.sentences[k].range
            for t in range.dropFirst() where doc.tokens[t].isWord && t + 1 < range.upperBound && doc.tokens[t + 1].isWord {
                let next = doc.tokens[t + 1].lex
                if word(t, "domestic") || word(t, "marital") {
                    if Self.domesticMatters.contains(next) { return true }
                } else if word(t, "his") || word(t, "her"), Self.partners.contains(next),
                          doc.lexHas(t - 1, .kill) || doc.lexHas(t - 1, .injure) || doc.lexHas(t - 1, .trigger),
                          !actJoinedAfterAVictim(t - 1, in: range), !partnerOfAnEarlierVictim(t, in: range) {
                    return true
                }
            }
        }
        return false
    }

    /// "killing a man and wounding his wife": an act joined by "and" to a clause that already
    /// took a victim is told of that victim's partner, not the doer's ("beat and killed his wife":
    /// an act word before "and" makes the two acts one, on the doer's own).
    private func actJoinedAfterAVictim(_ act: Int, in range: Range<Int>) -> Bool {
        let and = act - 1, before = act - 2
        guard before >= range.lowerBound, word(and, "and"), doc.tokens[before].isWord else { return false }
        return !(doc.lexHas(before, .kill) || doc.lexHas(before, .injure) || doc.lexHas(before, .trigger))
    }

    /// "Lobbed a grenade at the house of a village chief ..., injuring his wife": a person word
    /// after an earlier act of violence in the sentence, before the possessive at `t`, is whose partner
    /// was hurt (the act's victim's), not the doer's.
    private func partnerOfAnEarlierVictim(_ t: Int, in range: Range<Int>) -> Bool {
        var act = false
        for j in range.lowerBound..<(t - 1) {
            if doc.lexHas(j, .kill) || doc.lexHas(j, .injure)
                || doc.lexHas(j, .trigger) && doc.lexEntries(at: j).contains(where: { extractor.triggerType[Int($0)]?.eventType.isViolent == true }) {
                act = true
                continue
            }
            if act, doc.lexHas(j, .victim) { return true }
        }
        return false
    }

    /// A spouse or partner, after "his" or "her".
    static let partners = WordSet(["wife", "husband", "girlfriend", "boyfriend", "ex-wife", "ex-husband", "fiancee", "fiance", "partner"])
    /// What "domestic" or "marital" makes private.
    static let domesticMatters = WordSet(["violence", "dispute", "disputes", "quarrel", "row", "abuse"])
    /// The words one of `isDomestic`'s readings needs (see `SentenceWords.domesticCue`).
    static let domesticCues = WordSet(unionOf: [WordSet(["domestic", "marital"]), partners])
}
