import SitrepModel

// MARK: - The shape of a news report: what it tells as its news, what as context (news prose only)

extension Assembler {
    /// An act word told as the story's context, not as something that happened: a habit or a state
    /// of things in the present tense ("those it arrests are terrorists", "as the army fights the
    /// militia"), a trend ("attacks on civilians have risen"), or the past event a "since" measures
    /// from ("the first convoy since the two sides signed a peace deal", "have risen since the group
    /// ended a ceasefire in November 2022"). News tells its event in the past tense and with its
    /// day; such words open no incident. Read per trigger word, O(words of its clause).
    func toldAsContext(_ t: Int, in range: Range<Int>) -> Bool {
        toldInThePresent(t, in: range) || countsATrend(t, in: range) || toldAfterSince(t, in: range)
            || describesAnActor(t, in: range)
    }

    // MARK: an actor's record

    /// The trigger word at `t` tells what an actor is or has long done, not an act of the report:
    /// in a relative clause set off after the actor's name with no day of its own ("Fano, which
    /// fought beside federal forces in the war", "the ADF, who have attacked villages"), or after a
    /// perfect and "long" ("separatists have long fought for independence").
    private func describesAnActor(_ t: Int, in range: Range<Int>) -> Bool {
        if t >= range.lowerBound + 2, word(t - 1, "long"), doc.tokens[t - 2].isWord, Self.perfectAuxiliaries.contains(doc.tokens[t - 2].lex) {
            return true
        }
        var j = t - 1
        while j > range.lowerBound + 1, t - j <= 6 {
            if doc.tokens[j].kind == .punct { return false }
            if word(j, "which") || word(j, "who") {
                guard doc.tokens[j - 1].isPunct(0x2C), namesActorAt(j - 2) else { return false }
                // "soldiers, who were ambushed near the town": what was done to them is news
                if doc.tokens[t - 1].isWord, Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) { return false }
                // the clause has no day of its own ("..., which seized the town on Sunday" tells it)
                var e = t + 1
                while e < range.upperBound, doc.tokens[e].kind != .punct {
                    if doc.lexHas(e, .weekday) || doc.lexHas(e, .relday) || doc.lexHas(e, .month) && doc.tokens[e].flags.contains(.capitalized) { return false }
                    e += 1
                }
                return true
            }
            j -= 1
        }
        return false
    }

    // MARK: habit and state: the simple present

    /// The trigger word at `t` is a verb in the simple present ("arrests", "fights": a lowercase
    /// word ending in a single "s") after a subject pronoun ("those it arrests", "he kills"), or in
    /// a clause opened by "as" ("as the army fights local militiamen"). A report tells its event
    /// in the past; the present of its body tells a habit or the ongoing war. (Not "that"/"which":
    /// "said that attacks rose" has a plural noun there; a headline's present is its news, but a
    /// headline has no pronoun subject nor "as" clause.)
    private func toldInThePresent(_ t: Int, in range: Range<Int>) -> Bool {
        guard t > range.lowerBound, presentSingular(t, in: range) else { return false }
        let before = doc.tokens[t - 1]
        if before.isWord, Self.subjectPronouns.contains(before.lex) { return true }
        // "as the army fights": the word before the verb ends an actor's name (its subject; not a
        // demonym: "as Israeli strikes pounded" has a plural noun), and "as" opens the clause
        guard before.isWord, !doc.lexHas(t - 1, .demonym), namesActorAt(t - 1) else { return false }
        var j = t - 2
        while j >= range.lowerBound, t - j <= 6 {
            if doc.tokens[j].kind == .punct || doc.lexHas(j, .trigger) { return false }
            if word(j, "as") { return true }
            j -= 1
        }
        return false
    }

    /// A word of an actor's name or an actor word ("the army", "gangs") ends at token `i`.
    private func namesActorAt(_ i: Int) -> Bool {
        if !doc.actorAt.isEmpty, doc.actorAt[i] >= 0 { return true }
        var j = i
        while j >= max(0, i - 3) {
            if doc.lexHas(j, .actorword), let r = doc.lexRange(at: j), r.upperBound == i + 1 { return true }
            j -= 1
        }
        return false
    }

    static let subjectPronouns = WordSet(["it", "he", "she", "who"])

    /// The word at `t` is lowercase and ends in one "s" (not "ss": "press", "across"), the form of
    /// a verb in the third person singular present, or of a plural noun: the callers tell which by
    /// what stands before it.
    private func presentSingular(_ t: Int, in range: Range<Int>) -> Bool {
        let tok = doc.tokens[t]
        guard tok.isWord, tok.length >= 4, !tok.flags.contains(.hyphenNext) else { return false }
        // (capitalized only as the sentence's first word: "Attacks on the army have risen")
        if tok.flags.contains(.capitalized), t != range.lowerBound || tok.flags.contains(.allCaps) { return false }
        let end = Int(tok.end)
        return Document.withUTF8(doc.text) { bytes in
            end >= 2 && end <= bytes.count && bytes[end - 1] == 0x73 && bytes[end - 2] != 0x73
        }
    }

    // MARK: trends

    /// The trigger word at `t` is a bare plural ("attacks", "kidnappings", no article, number or
    /// possessive before it) whose clause says it rose or fell ("attacks on civilians have risen",
    /// "kidnappings increased sharply"): a count of acts over time, no act.
    private func countsATrend(_ t: Int, in range: Range<Int>) -> Bool {
        // (a trend needs one of its verbs in the sentence, see `SentenceWords`)
        guard sentenceWords(of: range).contains(.trendVerb), presentSingular(t, in: range) else { return false }
        if t > range.lowerBound {
            let p = doc.tokens[t - 1]
            if p.kind == .number || p.isWord && (p.flags.contains(.article) || Self.countingWords.contains(p.lex)) { return false }
        }
        let trends = Self.trendVerbs
        var j = (doc.lexRange(at: t)?.upperBound ?? t + 1)
        let end = min(range.upperBound, j + 10)
        while j < end {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark != 0x2D { return false }
            // the acts' own verb comes first ("strikes killed 12 and the toll rose to 15": the toll rose)
            if doc.lexHas(j, .kill) || doc.lexHas(j, .injure) || word(j, "and") || word(j, "but") { return false }
            if tok.isWord, trends.contains(tok.lex) {
                // "shells fell on a market", "drones dropped bombs": weapons that fall or drop
                // something fell, no count did
                return !(Self.fallVerbs.contains(tok.lex) && Self.fallingWeapons.contains(doc.tokens[t].lex))
            }
            j += 1
        }
        return false
    }

    static let fallVerbs = WordSet(["fell", "fallen", "dropped"])
    /// Weapons and craft that fall or drop munitions (the trend verbs say so of acts: "attacks fell").
    static let fallingWeapons = WordSet(["shells", "rockets", "missiles", "bombs", "mortars", "drones", "projectiles", "grenades", "munitions",
                                         "warplanes", "jets", "helicopters", "quadcopters"])

    /// Words before a plural act noun that count or point at particular acts ("two attacks", "the
    /// attacks", "their attacks", "these attacks").
    static let countingWords = WordSet(["two", "three", "four", "five", "several", "multiple", "many", "these", "those", "their",
                                        "its", "his", "her", "our", "recent", "latest", "new", "separate", "coordinated", "simultaneous"])
    /// Verbs that say a count went up or down.
    static let trendVerbs = WordSet(["risen", "rose", "rise", "rising", "increased", "increase", "increasing", "decreased", "decrease",
                                     "declined", "decline", "declining", "fallen", "fell", "dropped", "surged", "soared", "doubled",
                                     "tripled", "grown", "grew", "spiked", "jumped", "multiplied", "subsided"])

    // MARK: the past a "since" measures from

    /// The trigger word at `t` follows "since" in its clause, and that "since" measures the present
    /// against a past event: after "first", "last" or a superlative ("the first convoy since the
    /// government and rebels signed a peace deal") or before a start long past ("since the group
    /// ended a ceasefire in November 2022"). The act after "since" is that past event.
    private func toldAfterSince(_ t: Int, in range: Range<Int>) -> Bool {
        // (a sentence without "since" is not read back, see `SentenceWords`)
        guard sentenceWords(of: range).contains(.since) else { return false }
        var j = t - 1
        while j >= range.lowerBound, t - j <= 10 {
            let tok = doc.tokens[j]
            if tok.kind == .punct { return false }
            if tok.isWord, tok.lex == Self.sinceWord {
                return measuresFromThePast(j, in: range) || startsLongAgo(after: t, in: range)
            }
            j -= 1
        }
        return false
    }

    /// "the first convoy since", "the deadliest attack since", "for the first time since": "since"
    /// at `s` with "first", "last" or a superlative up to three words before it.
    private func measuresFromThePast(_ s: Int, in range: Range<Int>) -> Bool {
        if firstTimeSince(s) { return true }
        var j = s - 1
        while j >= range.lowerBound, s - j <= 3 {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.superlatives.contains(doc.tokens[j].lex) || word(j, "last") { return true }
            j -= 1
        }
        return false
    }

    /// A date more than `backgroundDays` before publication in the clause after the act word at
    /// `t` ("ended a ceasefire with the government in November 2022").
    private func startsLongAgo(after t: Int, in range: Range<Int>) -> Bool {
        var end = t + 1
        while end < range.upperBound, end - t <= 12, doc.tokens[end].kind != .punct { end += 1 }
        guard end > t + 1 else { return false }
        let k = Int(doc.sentenceOf[t])
        if doc.sentenceHas(k, .month) || doc.sentenceHas(k, .relday) || doc.sentenceHas(k, .weekday) {
            let dates = DateResolver(lexicon: lexicon, published: published).mentions(in: doc, range: (t + 1)..<end)
            if dates.contains(where: { published.ordinal - $0.day.ordinal > Self.backgroundDays }) { return true }
        }
        for y in (t + 1)..<end where doc.tokens[y].kind == .number && doc.tokens[y].length == 4 {
            let v = doc.tokens[y].value
            if v >= 1900, v < Double(published.civil.year) { return true }
        }
        return false
    }
}

// MARK: - A plan, not an act

extension Assembler {
    /// The trigger word at `t` is the verb of a future or a plan: right after "will", "would",
    /// "could", "may", "might", "should", "must", "can" (with "not" or "be" between: "will not
    /// attack", "will be deployed"), or after "is to" / "are to" ("Israeli forces are to
    /// withdraw", "fighters are to hand over heavy weapons"). What someone will or may do has not
    /// happened. ("may have killed" is a guess at a past act, and stays one.)
    func toldAsPlanned(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        if j > range.lowerBound, word(j, "not") || word(j, "be") { j -= 1 }
        guard j >= range.lowerBound, doc.tokens[j].isWord else { return false }
        if Self.futureModals.contains(doc.tokens[j].lex) { return true }
        // "are to withdraw", "is to hand over"
        return word(j, "to") && j > range.lowerBound && (word(j - 1, "is") || word(j - 1, "are"))
    }

    static let futureModals = WordSet(["will", "would", "could", "may", "might", "should", "must", "can", "shall"])
}
