import SitrepModel

// MARK: - Ground that changes hands with no fight: forces move into what others left or handed over

extension Assembler {
    /// Whether the incident tells ground changing hands with no fight (ACLED: non-violent transfer
    /// of territory), in the words news uses beside "handed over the town":
    /// - forces who deploy or move into a place that another force left ("the army deployed into
    ///   the village after foreign troops pulled out", "soldiers entered the town once the rebels
    ///   withdrew"): a verb of entering with its place, and a verb of leaving after "after",
    ///   "following", "once", "when" or "as" in the same sentence;
    /// - a base, a camp, a town or positions handed over ("handed over their base at X to the
    ///   army"), which the lexicon's bare "handed over" (also said of captives and weapons) weighs
    ///   below the withdrawal told beside it.
    /// `code` reads it when a movement of forces (change to group/activity) leads and no violence
    /// is told.
    func movesIntoGroundLeft(_ inc: Incident) -> Bool {
        let entries = Self.entryVerbs, leavings = Self.leavingWords, connectives = Self.leavingConnectives, handings = Self.handingWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            var entered = false, left = false
            for t in range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if handings.contains(lex), handsOverGround(t, in: range) { return true }
                if !entered, entries.contains(lex), entersGround(t, in: range) { entered = true; continue }
                if !left, leavings.contains(lex) {
                    // "pulled out", "pulled back": "pulled" alone is no leaving
                    if word(t, "pulled"), !(t + 1 < range.upperBound && (word(t + 1, "out") || word(t + 1, "back"))) { continue }
                    if (max(range.lowerBound, t - 6)..<t).contains(where: { doc.tokens[$0].isWord && connectives.contains(doc.tokens[$0].lex) }) { left = true }
                }
            }
            if entered && left { return true }
        }
        return false
    }

    /// The verb of entering at `t` takes a place: "deployed into the village of X", "moved into
    /// Khiam", "entered the town" (up to two words such as "troops" or "back" between a verb and
    /// its "in", "into", "to"), a place name or a settlement, base or territory noun within four
    /// words after.
    private func entersGround(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t + 1
        let direct = word(t, "entered")
        if !direct {
            while j < min(range.upperBound, t + 3), doc.tokens[j].isWord, !Self.entryPrepositions.contains(doc.tokens[j].lex) { j += 1 }
            guard j < range.upperBound, doc.tokens[j].isWord, Self.entryPrepositions.contains(doc.tokens[j].lex) else { return false }
            j += 1
        }
        return groundFollows(j, in: range)
    }

    /// "Handed over their base at X", "handed the town over": a handing word at `t` whose object,
    /// within five words and no clause mark, is a place or a piece of ground.
    private func handsOverGround(_ t: Int, in range: Range<Int>) -> Bool {
        guard t + 1 < range.upperBound else { return false }
        var j = t + 1
        if word(j, "over") || word(j, "back") { j += 1 }
        return groundFollows(j, in: range)
    }

    /// A place name or a ground noun (settlement, base, territory) within four words from `j`,
    /// before any clause mark or person word.
    private func groundFollows(_ j: Int, in range: Range<Int>) -> Bool {
        for i in j..<min(range.upperBound, j + 4) {
            let tok = doc.tokens[i]
            if tok.kind == .punct { return false }
            if doc.placeCovers(i) { return true }
            guard tok.isWord else { continue }
            if Self.settlementWords.contains(tok.lex) || Self.territoryWords.contains(tok.stem) { return true }
            if doc.lexHas(i, .victim) || doc.lexHas(i, .actorword) { return false }
        }
        return false
    }

    /// A movement of forces (change to group/activity) that leads with no violence scored 1 or
    /// more, into ground others left or handed over (`movesIntoGroundLeft`), is a non-violent
    /// transfer of territory. `code` asks only when no one was killed or hurt.
    func preferGroundLeft(_ inc: Incident, _ scores: inout [Double]) {
        let top = SubEventType.top(in: scores)
        guard top == .changeToGroup, !SubEventType.all.contains(where: { $0.eventType.isViolent && scores[$0.rawValue] >= 1 }),
              movesIntoGroundLeft(inc) else { return }
        scores[SubEventType.nonViolentTransfer.rawValue] = scores[top.rawValue] + 0.1
    }

    static let entryVerbs = WordSet(["deployed", "redeployed", "moved", "entered"])
    static let entryPrepositions = WordSet(["in", "into", "to", "inside"])
    static let leavingWords = WordSet(["pulled", "withdrew", "withdrawn", "withdrawal", "pullout", "left", "vacated", "departed", "departure",
                                       "evacuated", "abandoned"])
    static let leavingConnectives = WordSet(["after", "following", "once", "when", "as"])
    static let handingWords = WordSet(["handed", "hands", "handing"])
}

// MARK: - Ground taken by driving its holders out

extension Assembler {
    /// "Troops drove the rebels out of the town of Kalima", "had driven RSF fighters out of Um
    /// Sumeima", "the militia expelled government troops from the town": a verb of driving out,
    /// its object (up to six words, no clause mark), then "out of" or "from" and a place or a
    /// piece of ground, in a sentence that names an armed actor, takes that ground (ACLED: the
    /// state's forces regain it, anyone else overtakes it; see `code`). Scored in sentence `k`
    /// when no taking has scored.
    func proposeExpulsion(_ ev: inout Evidence, sentence k: Int) {
        guard sentenceWords(k).contains(.expelVerb) else { return }
        if !ev.scores.isEmpty, ev.scores[SubEventType.nonStateOvertakes.rawValue] + ev.scores[SubEventType.governmentRegains.rawValue] > 0 { return }
        let range = doc.sentences[k].range
        for t in range where doc.tokens[t].isWord && Self.expelVerbs.contains(doc.tokens[t].lex) {
            // (a name the gazetteer lacks, capitalized right after "out of": "out of Um Sumeima")
            guard let from = expelledFrom(t, in: range), groundFollows(from, in: range) || namesUnlistedPlace(from) else { continue }
            guard namesArmedActor(range) else { return }
            ev.propose(.nonStateOvertakes, weight: Self.expulsionWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
            return
        }
    }

    /// The word after "out of" or "from" that closes the object of the verb at `t` ("drove the
    /// rebels out of", "expelled troops from", "were driven out of"); nil when a clause mark or
    /// seven words come first.
    private func expelledFrom(_ t: Int, in range: Range<Int>) -> Int? {
        var j = t + 1
        while j < min(range.upperBound, t + 8) {
            let tok = doc.tokens[j]
            guard tok.isWord else { return nil }
            if word(j, "out"), j + 1 < range.upperBound, word(j + 1, "of") { return j + 2 }
            if word(j, "from") { return j + 1 }
            j += 1
        }
        return nil
    }

    /// Above a looting word (2.45): "pushed the insurgents out of the town ... after they had
    /// looted shops" is the town taken back.
    static let expulsionWeight = 2.5
    static let expelVerbs = WordSet(["drove", "driven", "pushed", "expelled", "ousted", "chased", "flushed", "routed", "dislodged"])

    /// The word at `j` is capitalized (not in capitals) and names no actor or source: after a
    /// word that asks for a place ("driven out of", "the village of"), a place the gazetteer lacks.
    func namesUnlistedPlace(_ j: Int) -> Bool {
        guard j < doc.tokens.count, doc.tokens[j].isWord else { return false }
        let flags = doc.tokens[j].flags
        guard flags.contains(.capitalized), !flags.contains(.allCaps) else { return false }
        return !doc.actorOverlaps(j..<j + 1, minCount: 1) && !doc.sourceOverlaps(j..<j + 1, minCount: 1)
    }
}
