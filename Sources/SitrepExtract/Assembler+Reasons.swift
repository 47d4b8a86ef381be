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

extension Assembler {
    /// Lexicon words that match only as written, not through their stem: the stem of "clubbed" is
    /// the noun "club" ("the press club", "a football club"), which names no act.
    static let asWrittenOnly = WordSet(["clubbed"])

    /// Whether a lexicon entry whose phrase is `phrase` (its lex hash) may match the word `lex`.
    static func matchesAsWritten(_ phrase: UInt64, _ lex: UInt64) -> Bool {
        phrase == lex || !asWrittenOnly.contains(phrase)
    }
}

extension Assembler {
    /// "mine" at `t` is a mine dug for ore: after a mineral or a word of mining ("a gold mine", "an
    /// artisanal mine", "the open-pit mine") or before a word of its work ("mine workers", "mine
    /// site", "the mine's owners"). A landmine is never named so.
    func isOreMine(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.isWord, tok.lex == Self.mineHash || tok.lex == Self.minesHash else { return false }
        if t > 0, doc.tokens[t - 1].isWord, Self.oreWords.contains(doc.tokens[t - 1].lex) { return true }
        if tok.flags.contains(.possessive) { return true }
        return t + 1 < doc.tokens.count && doc.tokens[t + 1].isWord && Self.mineWorkWords.contains(doc.tokens[t + 1].lex)
    }

    static let mineHash = DateResolver.lexHash("mine" as StaticString)
    static let minesHash = DateResolver.lexHash("mines" as StaticString)
    static let oreWords = WordSet(["gold", "coal", "copper", "diamond", "cobalt", "tin", "coltan", "lithium", "uranium", "iron", "salt",
                                   "silver", "zinc", "nickel", "bauxite", "phosphate", "emerald", "jade", "ruby", "artisanal", "mining",
                                   "open-pit", "underground", "illegal"])
    static let mineWorkWords = WordSet(["workers", "worker", "site", "sites", "shaft", "shafts", "owner", "owners", "operator", "pit",
                                        "pits", "concession", "company", "miners", "managers", "guards"])
}

extension Assembler {
    /// The act word at `t` is used in an idiom of no violence: "stormed out" / "stormed off" (left
    /// in anger), or "battled" a fire, a flood or an illness ("firefighters battled a blaze").
    func isIdiomOfNoAct(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.isWord, t + 1 < doc.tokens.count else { return false }
        if Self.stormWords.contains(tok.lex) { return word(t + 1, "out") || word(t + 1, "off") }
        guard Self.battleWords.contains(tok.lex) else { return false }
        for j in (t + 1)..<min(doc.tokens.count, t + 4) {
            guard doc.tokens[j].isWord else { return false }
            if Self.naturalFoes.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    static let battleWords = WordSet(["battled", "battling", "battle", "battles", "fought", "fighting", "fight", "fights"])
    /// What firefighters, doctors and rescuers fight.
    static let naturalFoes = WordSet(["blaze", "blazes", "fire", "fires", "flames", "wildfire", "wildfires", "inferno", "flood", "floods",
                                      "floodwaters", "disease", "diseases", "cancer", "illness", "virus", "epidemic", "outbreak",
                                      "drought", "locusts", "poverty", "corruption", "inflation"])
}

extension Assembler {
    /// The aircraft word at `t` ("drone", "drones") was only seen: "a drone was spotted over the
    /// airport", "drones were seen flying over the base", "a drone hovered over the town". ACLED
    /// codes no sighting. The verb follows within three words ("was", "were", "reportedly"
    /// between), and the sentence tells no hit, blast or death.
    func isOnlySighted(_ t: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[t].isWord, Self.droneWords.contains(doc.tokens[t].lex) else { return false }
        var seen = false
        for j in (t + 1)..<min(range.upperBound, t + 4) where doc.tokens[j].isWord {
            if Self.sightingVerbs.contains(doc.tokens[j].lex) { seen = true; break }
        }
        guard seen else { return false }
        return !range.contains { doc.tokens[$0].isWord && (doc.lexHas($0, .kill) || doc.lexHas($0, .injure) || Self.sightingEndWords.contains(doc.tokens[$0].lex)) }
    }

    static let droneWords = WordSet(["drone", "drones"])
    static let sightingVerbs = WordSet(["spotted", "sighted", "seen", "observed", "hovered", "hovering", "circled", "circling"])
    static let sightingEndWords = WordSet(["struck", "hit", "hits", "exploded", "explosion", "explosions", "blast", "blasts", "bombed", "dropped",
                                   "targeted", "attacked", "damaged", "destroyed", "fired"])
}

