import SitrepModel

// MARK: - Tolls that grow, and the attackers' dead

extension Assembler {
    /// "Residents initially put the death toll at nine", "police at first said five were killed",
    /// "officials earlier gave a toll of 12": a word of an earlier count before the clause's
    /// figure (at `figure`). ACLED takes the latest figure when a toll grows: the earlier count is
    /// no rival source.
    func tellsEarlierCount(_ clause: Range<Int>, before figure: Int) -> Bool {
        guard figure > clause.lowerBound else { return false }
        for t in clause.lowerBound..<min(figure, clause.upperBound) where doc.tokens[t].isWord {
            if Self.earlierCountWords.contains(doc.tokens[t].lex) { return true }
            if word(t, "first"), t > clause.lowerBound, word(t - 1, "at") { return true }
        }
        return false
    }

    static let earlierCountWords = WordSet(["initially", "originally", "earlier", "previously"])

    /// "By Sunday evening ... the civil protection office said 20 bodies had been recovered", "by
    /// nightfall the toll was 14": "by" and a time (a weekday, a relative day, a time of day) before
    /// the clause's figure (at `figure`) give the count as it stood at a later time, after an
    /// earlier one. ACLED takes the latest figure when a toll grows: it is no rival source.
    func countedByALaterTime(_ clause: Range<Int>, before figure: Int) -> Bool {
        guard figure > clause.lowerBound else { return false }
        for t in clause.lowerBound..<min(figure, clause.upperBound) where word(t, "by") && t + 1 < figure {
            for j in (t + 1)...min(t + 2, figure - 1) where doc.tokens[j].isWord {
                if doc.lexHas(j, .weekday) || doc.lexHas(j, .relday) || Self.timesOfDay.contains(doc.tokens[j].lex) { return true }
            }
        }
        return false
    }

    /// "Rescuers pulled two more bodies from the rubble", "three more people died": the figure at
    /// `span` adds to the toll ("more" right after it), it is no rival count of it.
    func countsMore(_ span: Range<Int>) -> Bool {
        span.upperBound < doc.tokens.count && word(span.upperBound, "more")
    }

    static let timesOfDay = WordSet(["nightfall", "evening", "morning", "afternoon", "midday", "noon", "dusk", "dawn", "midnight", "then"])

    /// "after two of the wounded died in hospital", "three of the injured died overnight", "a
    /// woman succumbed to her wounds": the clause tells of the wounded dying since, so its count
    /// is the toll as it has grown.
    func tellsWoundedDying(_ clause: Range<Int>) -> Bool {
        let reader = CasualtyReader(lexicon: lexicon)
        for t in clause where doc.lexAt[t] >= 0 && reader.what(doc, t) == .killed {
            if word(t, "succumbed") { return true }
            guard word(t, "died") else { continue }
            // "of the wounded died", "the injured later died"
            for b in max(clause.lowerBound, t - 3)..<t where doc.tokens[b].isWord && Self.woundedWords.contains(doc.tokens[b].lex) { return true }
            // "died in hospital", "died of their wounds"
            for a in (t + 1)..<min(clause.upperBound, t + 4) where doc.tokens[a].isWord {
                if word(a, "hospital") || Self.woundedNouns.contains(doc.tokens[a].lex) { return true }
            }
        }
        return false
    }

    static let woundedWords = WordSet(["wounded", "injured"])
    static let woundedNouns = WordSet(["wounds", "injuries"])

    /// "killing nine people in addition to himself", "killing five besides himself": the lone
    /// attacker's own death, told beside the toll, adds one.
    func killedBesidesHimself(_ range: Range<Int>) -> Bool {
        let reflexive = Self.reflexiveAttackers  // (read once, not per word)
        for t in range where doc.tokens[t].isWord && reflexive.contains(doc.tokens[t].lex) {
            if t - 1 > range.lowerBound, word(t - 1, "besides") { return true }
            if t - 3 >= range.lowerBound, word(t - 1, "to"), word(t - 2, "addition"), word(t - 3, "in") { return true }
            if t - 3 >= range.lowerBound, word(t - 1, "as"), word(t - 2, "well"), word(t - 3, "as") { return true }
        }
        return false
    }

    static let reflexiveAttackers = WordSet(["himself", "herself"])

    /// "al Shabaab said it had killed 15 soldiers", "claiming it had killed 40 troops": a party's
    /// count of the dead it says it made, of anyone but attackers (a force's count of the attackers
    /// it killed is the other side's dead). ACLED ignores perpetrators' boasts.
    func isBoast(_ c: Casualty) -> Bool {
        guard c.what == .killed, !countsAttackers(c.range) else { return false }
        // back from the number: the kill word, "had" / "have" / "has", "it" / "they" / "we", a verb of saying
        let n = c.range.lowerBound
        for p in stride(from: n - 2, through: max(2, n - 4), by: -1) where word(p, "had") || word(p, "have") || word(p, "has") {
            guard ((p + 1)..<n).contains(where: { doc.lexHas($0, .kill) }) else { return false }
            return (word(p - 1, "it") || word(p - 1, "they") || word(p - 1, "we")) && doc.tokens[p - 2].isWord && Self.boastVerbs.contains(doc.tokens[p - 2].lex)
        }
        return false
    }

    static let boastVerbs = WordSet(["said", "says", "saying", "claimed", "claiming", "claims", "boasted", "announced"])

    /// A sentence that tells the toll again with the attackers' dead beside it ("killing three
    /// policemen, before two of the attackers were shot dead" after "three policemen martyred"):
    /// the figures other than the attackers' sum to the toll already found, and the attackers'
    /// figures are definite. Their sum, else nil.
    func attackersBeyondToll(_ figures: [Casualty], toll: Int) -> Int? {
        guard figures.count > 1, toll > 0 else { return nil }
        var own = 0, attackers = 0
        for c in figures {
            if countsAttackers(c.range) {
                guard !c.vague else { return nil }
                attackers += c.value
            } else {
                own += c.value
            }
        }
        return own == toll && attackers > 0 ? attackers : nil
    }

    /// Sentence `k` ends with a question mark ("How many people died?", an explainer's heading).
    func asksAQuestion(_ k: Int) -> Bool {
        let r = doc.sentences[k].range
        guard let last = r.last(where: { doc.tokens[$0].kind == .punct }), last >= r.upperBound - 2 else { return false }
        return doc.tokens[last].mark == 0x3F
    }

    /// A later figure of the sentence that names whose dead an earlier one of the same count were:
    /// "N of its (their) fighters" after a toll of N ("killed two people ..., with the group
    /// announcing the deaths of two of its fighters").
    func namesTheSameDead(_ c: Casualty, after earlier: ArraySlice<Casualty>) -> Bool {
        guard c.what == .killed, c.range.upperBound + 1 < doc.tokens.count, word(c.range.upperBound, "of"),
              word(c.range.upperBound + 1, "its") || word(c.range.upperBound + 1, "their") else { return false }
        return earlier.contains { $0.what == .killed && $0.value == c.value }
    }
}
