import SitrepModel

// MARK: - Acts named as a circumstance or a reason

extension Assembler {
    /// The act word at `t` names a circumstance or a reason, not the report's act: after "despite"
    /// or "amid" with no number, day or death in its clause ("the corridor held despite Russian
    /// attacks on port infrastructure", "amid air strikes on the region"), or after a word of
    /// sanction in its sentence ("imposed sanctions on firms supplying fuel, saying it enabled air
    /// strikes on civilians", "new sanctions over a missile launch"): the act a measure answers
    /// is told as its cause, in general. News prose only.
    func toldAsCircumstance(_ t: Int, in range: Range<Int>) -> Bool {
        // (all but the dated past start from a cue word: a sentence with none is passed at once)
        sentenceWords(of: range).contains(.circumstanceCue)
            && (afterDespiteOrAmid(t, in: range) || afterASanction(t, in: range) || measuredFromLongAgo(t, in: range)
                || demanded(t, in: range) || scheduled(t, in: range))
            || datedMonthsBefore(t, in: range)
            || sentenceWords(of: range).contains(.perfectAuxiliary) && directedBefore(t, in: range)
    }

    /// The act word at `t` is the object of someone's earlier part in it, told in the past perfect
    /// ("Treasury said one of the commanders had directed the RSF's assault on towns", "the man who
    /// had planned the bombing"): a sanction's, an arrest's or a trial's reason, not the news. Only a
    /// determiner, a possessive name or a word of kind stands between ("had led attacks on police
    /// posts", not "had ordered troops to attack").
    private func directedBefore(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j > range.lowerBound, t - j <= 5 {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if Self.directingVerbs.contains(tok.lex) { return word(j - 1, "had") }
            // ("the RSF's", "a deadly", "the"): no verb of its own between
            if doc.lexHas(j, .trigger) || word(j, "to") || Self.clauseWords.contains(tok.lex) { return false }
            j -= 1
        }
        return false
    }

    static let directingVerbs = WordSet(["directed", "ordered", "led", "commanded", "planned", "organised", "organized",
                                         "masterminded", "coordinated", "financed", "funded"])

    /// The words `toldAsCircumstance`'s rules start from, but the dated past's month.
    static let circumstanceCues = WordSet(unionOf: [circumstanceWords, sanctionWords, scheduleWords, demandVerbs,
                                                    WordSet(["since", "after", "anniversary", "anniversaries"])])

    /// The act word at `t` is what someone was due, scheduled or planning to do ("hours before he
    /// was due to address a rally", "were scheduled to hold a march", "planned to storm the
    /// base"): "due"/"scheduled"/"planned"/"planning"/"plans" and "to", then a verb, then only an
    /// article or a word of kind before the act word. Not done yet. ("due to clashes", a cause,
    /// has no verb between.)
    private func scheduled(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= range.lowerBound + 2, t - j <= 4 {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            // j is the verb after "to": "due to address"
            if word(j - 1, "to"), doc.tokens[j - 2].isWord, Self.scheduleWords.contains(doc.tokens[j - 2].lex) { return true }
            guard Self.demandedKinds.contains(tok.lex) else { return false }
            j -= 1
        }
        return false
    }

    static let scheduleWords = WordSet(["due", "scheduled", "planned", "planning", "plans", "plan", "expected", "set"])

    /// The act word at `t` is the object of a demand ("a resolution demanding an immediate
    /// ceasefire", "urged a full truce", "proposed a humanitarian pause"): asked for, not done.
    /// Only an article or a word of kind stands between ("protesters demanding justice were
    /// attacked" has a verb between: the attack stays).
    private func demanded(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= range.lowerBound, t - j <= 3 {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if Self.demandVerbs.contains(tok.lex) { return true }
            guard Self.demandedKinds.contains(tok.lex) else { return false }
            j -= 1
        }
        return false
    }

    static let demandVerbs = WordSet(["demanding", "demanded", "demands", "demand", "urging", "urged", "urges", "seeking", "sought",
                                      "proposing", "proposed", "proposes"])
    /// Articles and words of kind between a demand and what it asks for.
    static let demandedKinds = WordSet(["a", "an", "the", "immediate", "permanent", "lasting", "durable", "full", "complete",
                                        "humanitarian", "new", "nationwide", "sustained", "general", "unconditional"])

    /// The act word at `t` is the past a span of months or years is measured from ("to mark three
    /// years since insurgents stormed the town", "16 months after clashes first broke out", "on the
    /// anniversary of the massacre"): "since", "after" or "anniversary of" within six words before
    /// it, no punctuation between, and before "since"/"after" a unit of months or years. An
    /// anniversary, a memorial or an analysis retells the act; it is no event of the report.
    private func measuredFromLongAgo(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j > range.lowerBound, t - j <= 6 {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if word(j, "since") || word(j, "after") {
                return doc.tokens[j - 1].isWord && Self.longUnits.contains(doc.tokens[j - 1].lex)
            }
            if word(j, "of"), word(j - 1, "anniversary") || word(j - 1, "anniversaries") { return true }
            j -= 1
        }
        return false
    }

    static let longUnits = WordSet(["months", "month", "years", "year", "decades", "decade"])

    /// The act word at `t` has a day of its own in its clause more than `backgroundDays` before
    /// publication ("after deadly unrest in the city in September", told in December): the
    /// story's background. Read within eight words after it, no punctuation between, and only
    /// when the clause has a month word and no year (the month alone is the reporter's recent past).
    private func datedMonthsBefore(_ t: Int, in range: Range<Int>) -> Bool {
        let k = Int(doc.sentenceOf[t])
        guard doc.sentenceHas(k, .month) else { return false }
        let from = doc.lexRange(at: t)?.upperBound ?? t + 1
        var end = from
        var month = false
        while end < range.upperBound, end - from < 8, doc.tokens[end].kind != .punct {
            if doc.lexHas(end, .month), doc.tokens[end].flags.contains(.capitalized) { month = true }
            // "a March 2018 attack": a dated past event told as such, which a note codes (not this rule's)
            if doc.tokens[end].kind == .number, doc.tokens[end].length == 4 { return false }
            end += 1
        }
        guard month else { return false }
        let dates = DateResolver(lexicon: lexicon, published: published).mentions(in: doc, range: from..<end)
        return dates.contains { published.ordinal - $0.day.ordinal > Self.backgroundDays }
    }

    /// "despite (the) (Russian) attacks", "amid heavy shelling": "despite"/"amid" within three words
    /// before `t` (only words between, no number), and the clause after it has no number, day,
    /// death or place ("amid shelling that killed 12 on Monday", "despite fighting in northwest
    /// Aleppo" tell one).
    private func afterDespiteOrAmid(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        var found = false
        while j >= range.lowerBound, t - j <= 3 {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if Self.circumstanceWords.contains(tok.lex) { found = true; break }
            j -= 1
        }
        guard found else { return false }
        var e = doc.lexRange(at: t)?.upperBound ?? t + 1
        while e < range.upperBound, e - t <= 12 {
            let tok = doc.tokens[e]
            if tok.kind == .punct, tok.mark != 0x2D { break }
            if tok.kind == .number || doc.lexHas(e, .weekday) || doc.lexHas(e, .relday) || doc.lexHas(e, .kill) || doc.lexHas(e, .injure) { return false }
            // "despite continued fighting in northwest Aleppo": a place of its own tells where it goes on
            if !doc.placeAt.isEmpty, doc.placeAt[e] >= 0 { return false }
            if doc.lexHas(e, .month), tok.flags.contains(.capitalized) { return false }
            e += 1
        }
        return true
    }

    static let circumstanceWords = WordSet(["despite", "amid", "amidst"])

    /// A word of sanction stands before `t` in its sentence ("sanctions", "sanctioned", "an embargo").
    private func afterASanction(_ t: Int, in range: Range<Int>) -> Bool {
        guard t > range.lowerBound else { return false }
        let sanctions = Self.sanctionWords
        for j in range.lowerBound..<t where doc.tokens[j].isWord && sanctions.contains(doc.tokens[j].lex) { return true }
        return false
    }

    static let sanctionWords = WordSet(["sanctions", "sanctioned", "sanctioning", "embargo", "blacklisted", "blacklisting", "freezes"])

    /// The act word at `t` names people held, as whom a demand or kin are about, not an abduction
    /// or arrest of the report: "the release of detained activists", "families of hostages",
    /// "relatives of kidnapped students", "to bring home the hostages", "free the remaining
    /// captives". Read within four words before it: "of" after a word of release or kin, or a
    /// verb of freeing, with only articles and words of kind or number between.
    func namesThePeopleHeld(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= range.lowerBound, t - j <= 4 {
            let tok = doc.tokens[j]
            guard tok.isWord || tok.kind == .number else { return false }
            if word(j, "of") {
                guard j > range.lowerBound, doc.tokens[j - 1].isWord else { return false }
                // ("supporters of hostages": backers of people held; "supporters of the protest" back no one held)
                return Self.releaseAndKin.contains(doc.tokens[j - 1].lex)
                    || word(j - 1, "supporters") && doc.lexEntries(at: t).contains { extractor.triggerType[Int($0)] == .abduction }
            }
            if tok.isWord, Self.freeingVerbs.contains(tok.lex) { return true }
            guard tok.kind == .number || Self.heldKinds.contains(tok.lex) else { return false }
            j -= 1
        }
        return false
    }

    /// Words of a demand for people held, or of their kin, before "of".
    static let releaseAndKin = WordSet(["release", "return", "freedom", "fate", "plight", "whereabouts", "families", "family",
                                        "relatives", "parents", "mothers", "fathers", "wives", "husbands", "loved"])
    /// Verbs of freeing people held, as demanded ("to bring home the hostages", "free the captives").
    static let freeingVerbs = WordSet(["home", "free", "freeing", "release", "releasing"])
    /// Articles and words of kind between.
    static let heldKinds = WordSet(["the", "a", "all", "their", "remaining", "other", "those", "still", "missing", "abducted",
                                    "israeli", "young", "detained", "jailed", "imprisoned", "held"])

    /// The act word at `t` names what talks are about or what is still to come, not an act of the
    /// report: a word of talks right after it ("truce talks", "ceasefire negotiations", "a peace
    /// proposal"), a word of a time to come before it ("once the truce takes effect", "until a
    /// ceasefire is agreed"), or people held named as what a deal frees ("the hostage-release deal").
    func namesWhatIsNegotiated(_ t: Int, in range: Range<Int>) -> Bool {
        let end = doc.lexRange(at: t)?.upperBound ?? t + 1
        var j = end
        // ("hostage-release": the dash is a token of its own)
        if j < range.upperBound, doc.tokens[j].isPunct(0x2D) { j += 1 }
        if j < range.upperBound, doc.tokens[j].isWord {
            let next = doc.tokens[j].lex
            if Self.talkWords.contains(next) { return true }
            if word(j, "release"), doc.lexHas(t, .trigger), Self.heldWords.contains(doc.tokens[t].lex) { return true }
        }
        var b = t - 1
        while b >= range.lowerBound, t - b <= 3, doc.tokens[b].isWord {
            if Self.timeToComeWords.contains(doc.tokens[b].lex) { return true }
            guard Self.demandedKinds.contains(doc.tokens[b].lex) else { break }
            b -= 1
        }
        return false
    }

    /// Words of talks that the word before them is the subject of ("ceasefire talks").
    static let talkWords = WordSet(["talks", "negotiations", "negotiators", "mediators", "mediation", "proposal", "proposals",
                                    "plan", "bid", "push", "efforts", "framework", "draft", "envoy", "summit"])
    /// Words of a time to come before an act word ("once the truce takes effect").
    static let timeToComeWords = WordSet(["once", "until", "unless"])
    /// Words of people held ("hostage-release deal").
    static let heldWords = WordSet(["hostage", "hostages", "prisoner", "prisoners", "captive", "captives", "detainee", "detainees"])
}

