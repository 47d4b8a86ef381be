import SitrepModel

// MARK: - Background: the war's start and its cumulative toll

extension Assembler {
    /// How far back a period's start may lie and still date the events of the text: "clashes since
    /// late April" on 5 May speaks of ten days of fighting (coded from their start); "since March
    /// 2011" or "the war that began in 2011" speaks of the war, and dates no event.
    static let backgroundDays = 31

    /// The dates sentence `range` tells of its events: its date mentions but the background ones
    /// and a dateline's day (a loop, not a filter closure: a closure over `self` copied the assembler).
    func datesTold(in range: Range<Int>) -> [DateMention] {
        var dates: [DateMention] = []
        for d in DateResolver(lexicon: lexicon, published: published).mentions(in: doc, range: range)
        // ("the March 23 Movement", "the April 6 Youth Movement": a day that names a group)
        where !isBackground(d) && !doc.inDateline(d.range.lowerBound) && !namesAGroup(d.range) { dates.append(d) }
        return dates
    }

    /// The date at `r` begins a name ("the March 23 Movement", "the April 6 Youth Movement", "the
    /// 26 July Movement"): a capitalized word of a group's name follows it, maybe after one more
    /// capitalized word.
    func namesAGroup(_ r: Range<Int>) -> Bool {
        var j = r.upperBound
        for _ in 0..<2 {
            guard j < doc.tokens.count, doc.tokens[j].isWord, doc.tokens[j].flags.contains(.capitalized) else { return false }
            if Self.groupNameHeads.contains(doc.tokens[j].lex) { return true }
            j += 1
        }
        return false
    }

    static let groupNameHeads = WordSet(["movement", "revolution", "front", "brigade", "brigades", "coalition", "alliance", "uprising"])

    /// A date mention that is background: the start of a period ("since March 2011") or of a war or
    /// uprising ("the war, which began in March 2011", "before the start of the uprising in March
    /// 2011") more than `backgroundDays` before publication.
    func isBackground(_ m: DateMention) -> Bool {
        guard published.ordinal - m.day.ordinal > Self.backgroundDays else { return false }
        return m.isPeriodStart || startWord(before: m.range.lowerBound, within: 5)
    }

    /// A sentence that speaks of the war as a whole since a year before publication ("Since March
    /// 2011, more than 300,000 people have been killed in Syria", "the war that began in 2011 has
    /// killed 400,000"): its toll is cumulative, no incident's. A year is enough (no month needed).
    func speaksSinceEarlierYear(_ range: Range<Int>) -> Bool {
        guard sentenceWords(of: range).contains(.yearNumber) else { return false }
        let year = published.civil.year
        for t in range where doc.tokens[t].kind == .number && doc.tokens[t].length == 4 {
            let v = doc.tokens[t].value
            guard v >= 1900, v < Double(year), !(t > 0 && firstTimeSince(t - 1)) else { continue }
            if startWord(before: t, within: 4, from: range.lowerBound), !addsToARunningTotal(before: t, from: range.lowerBound) { return true }
        }
        return false
    }

    /// The period before `t` is that of a running total the sentence's act adds to ("killed 12
    /// people on Monday, bringing the number killed in the war since April 2023 to 30,000"): a
    /// participle of adding within the twelve words before it.
    func addsToARunningTotal(before t: Int, from start: Int) -> Bool {
        for j in stride(from: t - 1, through: max(start, t - 12), by: -1) where doc.tokens[j].isWord && Self.runningTotalWords.contains(doc.tokens[j].lex) {
            return true
        }
        return false
    }

    static let runningTotalWords = WordSet(["bringing", "raising", "pushing", "taking", "lifting"])

    /// A sentence that tells the war or a group's record so far, not an incident: a toll or acts
    /// counted "since" its start ("more than 40,000 have been killed since the war began", "since
    /// Russia's full-scale invasion in February 2022", "have attacked shipping since November";
    /// not "since Monday": a period of the last `backgroundDays` is the incident's own), or counted
    /// in hundreds and thousands with a perfect ("the ADF has killed thousands of civilians", "has
    /// carried out hundreds of air strikes"). It opens no incident and gives no toll.
    /// (Asked several times of one sentence: its answer is remembered.)
    func speaksOfTheWarSoFar(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, case let k = Int(doc.sentenceOf[range.lowerBound]), doc.sentences[k].range == range else {
            return readsTheWarSoFar(range)
        }
        return sentenceWordTable.speaksOfTheWarSoFar(k, in: doc) { readsTheWarSoFar(range) }
    }

    private func readsTheWarSoFar(_ range: Range<Int>) -> Bool {
        if speaksSinceEarlierYear(range) || opensInEarlierYear(range) { return true }
        if spansMonths(range) || countsAMonthsActs(range) { return true }
        // without a perfect or a period word the tests below have nothing to start from
        if sentenceWords(of: range).isDisjoint(with: [.perfectAuxiliary, .longPeriod]) { return false }
        var perfect = false, since: Int? = nil, big: Int? = nil, period: Int? = nil
        // the sets are read once: a static read in the loop runs its once-check and copies the set
        // (retaining its storage) per token, and this runs for every sentence of an incident
        let auxiliaries = Self.perfectAuxiliaries, bigCounts = Self.bigCounts, sinceWord = Self.sinceWord, periods = Self.longPeriods
        for t in range where doc.tokens[t].isWord {
            let w = doc.tokens[t].lex
            if auxiliaries.contains(w) { perfect = true }
            if since == nil, w == sinceWord { since = t }
            if big == nil, bigCounts.contains(w), !doc.tokens[t].flags.contains(.capitalized) || t == range.lowerBound { big = t }
            if period == nil, periods.contains(w) { period = t }
        }
        // every period word may be the tally's ("displaced by the start of the year, with fighting
        // forcing thousands more to flee in recent weeks"): the first is read, then the later ones
        var next = period
        while let p = next {
            if countsOverAPeriod(p, in: range, perfect: perfect) { return true }
            next = (p + 1..<range.upperBound).first { doc.tokens[$0].isWord && periods.contains(doc.tokens[$0].lex) }
        }
        guard perfect else { return false }
        if let s = since, !firstTimeSince(s), sinceTheWarBegan(after: s, in: range), !reportsInNextClause(after: s, in: range) { return true }
        if let b = big, countsTheRecord(b, in: range) { return true }
        return false
    }

    /// Sentence `k` names its act with "the" ("The coordinated attacks on bars killed 130 people"),
    /// gives no day of its own, and the same act word was dated to an earlier year shortly before
    /// ("the November 2015 attacks", "the 2017 bombing"): it tells that act again (a trial, an
    /// anniversary), no new incident. The look back is bounded (`retoldWindow` tokens).
    func retellsAnEarlierYearsAct(_ k: Int) -> Bool {
        if doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .month) || doc.sentenceHas(k, .relday) { return false }
        let range = doc.sentences[k].range
        guard range.lowerBound > 0 else { return false }
        // (the sentence's own definite act word first: most sentences have none, and need no look back)
        guard range.contains(where: { doc.lexHas($0, .trigger) && definiteAct($0, in: range) }) else { return false }
        // the words within three after an earlier year in the look back ("the November 2015
        // attacks"; no punctuation between), found from the years: read only the sentences that
        // have a year's number (most have none), not every token of the look back per act word
        let words = wordsAfterEarlierYears(before: k)
        guard !words.isEmpty else { return false }
        for t in range where doc.lexHas(t, .trigger) && definiteAct(t, in: range) {
            if words.contains(doc.tokens[t].lex) { return true }
        }
        return false
    }

    /// The keys of the tokens at `u` in the `retoldWindow` tokens before sentence `k` that follow
    /// an earlier year `y` within three tokens (`u - y` of 1 to 3) with no punctuation between
    /// them: the words an act told in that year may be written as.
    private func wordsAfterEarlierYears(before k: Int) -> [UInt64] {
        let lo = doc.sentences[k].range.lowerBound
        let windowStart = max(0, lo - Self.retoldWindow)
        let year = Double(published.civil.year)
        var out: [UInt64] = []
        var j = k - 1
        // (sentences are contiguous: those back to the one holding the first year a word may follow)
        while j >= 0, doc.sentences[j].range.upperBound > max(0, windowStart - 3) {
            let s = doc.sentences[j].range
            if sentenceWords(j).contains(.yearNumber) {
                for y in max(s.lowerBound, windowStart - 3)..<s.upperBound where doc.tokens[y].kind == .number && doc.tokens[y].length == 4 {
                    let v = doc.tokens[y].value
                    guard v >= 1900, v < year else { continue }
                    var u = y + 1
                    while u < min(lo, y + 4) {
                        if u >= windowStart { out.append(doc.tokens[u].lex) }
                        if doc.tokens[u].kind == .punct { break }
                        u += 1
                    }
                }
            }
            j -= 1
        }
        return out
    }

    static let retoldWindow = 400

    /// "the attacks", "The coordinated attacks": "the" up to three words before the act word.
    private func definiteAct(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= range.lowerBound, t - j <= 3, doc.tokens[j].isWord {
            if word(j, "the") { return true }
            j -= 1
        }
        return false
    }

    /// A sentence that opens in an earlier year tells the past ("In 2016, an air strike on the
    /// market killed 39 people", "In March 2019, ...", "Last year, a raid on the camp killed 12"):
    /// background of the story, no incident and no toll of its own.
    func opensInEarlierYear(_ range: Range<Int>) -> Bool {
        let t = range.lowerBound
        guard t + 2 < range.upperBound, doc.tokens[t].isWord else { return false }
        if word(t, "last"), word(t + 1, "year") { return true }
        guard word(t, "in") else { return false }
        var j = t + 1
        if doc.lexHas(j, .month) { j += 1 }
        guard doc.tokens[j].kind == .number, doc.tokens[j].length == 4 else { return false }
        let v = doc.tokens[j].value
        return v >= 1900 && v < Double(published.civil.year)
    }

    /// An act told with an earlier year right after its word ("he was arrested last year while
    /// covering a protest", "was detained in 2019", "killed two years ago"): in a news report of
    /// today it is the story's background, not its event. Read within three words of the act word,
    /// in its clause.
    func toldAtAnEarlierTime(after t: Int, in range: Range<Int>) -> Bool {
        // "the 2022 attack on a church", "a 2017 suicide bombing", "the November 2015 attacks": an
        // earlier year as the act's own modifier, after an article or a month
        var b = t - 1
        while b > range.lowerBound, t - b <= 3, doc.tokens[b].kind != .punct {
            let tok = doc.tokens[b]
            if tok.kind == .number {
                guard tok.length == 4, tok.value >= 1900, tok.value < Double(published.civil.year) else { break }
                if doc.tokens[b - 1].isWord, Self.yearModifierHeads.contains(doc.tokens[b - 1].lex) || doc.lexHas(b - 1, .month) { return true }
                break
            }
            b -= 1
        }
        var j = (doc.lexRange(at: t)?.upperBound ?? t + 1)
        // (its object and where may stand between: "attacked a shopping mall in Nairobi in 2013")
        let end = min(range.upperBound, j + 8)
        while j < end, doc.tokens[j].kind != .punct {
            if let earlier = yearMark(at: j, in: range) { return earlier }
            j += 1
        }
        return false
    }

    /// Words before a year that makes it the modifier of what follows ("the 2022 attack").
    static let yearModifierHeads = WordSet(["the", "a", "an", "its", "their", "that", "this", "his", "her"])

    /// Whether the words at `j` date something to a year before publication: true for "last year",
    /// "(two) years ago" (ending at `j`) and "in 2021"; false for "in" a year not earlier
    /// ("in 2024" this year); nil when they name no year.
    func yearMark(at j: Int, in range: Range<Int>) -> Bool? {
        if word(j, "last"), j + 1 < range.upperBound, word(j + 1, "year") { return true }
        if word(j, "ago"), j > range.lowerBound, word(j - 1, "years") || word(j - 1, "year") { return true }
        if word(j, "in"), j + 1 < range.upperBound, doc.tokens[j + 1].kind == .number, doc.tokens[j + 1].length == 4 {
            let v = doc.tokens[j + 1].value
            return v >= 1900 && v < Double(published.civil.year)
        }
        return nil
    }

    /// A kill word of the sentence told of an earlier year in its clause ("gang violence killed more
    /// than 4,000 people across the country last year", "where hundreds were killed in 2021", "were
    /// killed two years ago"): a count of the past, no toll of today's incident.
    func killedInAnEarlierYear(_ range: Range<Int>) -> Bool {
        for t in range where doc.lexHas(t, .kill) {
            // "protests turned deadly in 2018, when several demonstrators were shot dead": the
            // "when" clause tells what happened in the year named before it
            for w in stride(from: t - 1, through: max(range.lowerBound, t - 8), by: -1) where word(w, "when") {
                if w - 2 >= range.lowerBound, yearMark(at: w - 2, in: range) == true { return true }
                if w - 3 >= range.lowerBound, yearMark(at: w - 3, in: range) == true { return true }
            }
            // (from the word after the kill word: a phrase may take the "in" with it, "killed in")
            var j = t + 1
            let end = min(range.upperBound, j + 12)
            while j < end, !(doc.tokens[j].kind == .punct && doc.tokens[j].mark != 0x2C) {
                if doc.tokens[j].kind == .punct, !(j + 1 < end && doc.tokens[j + 1].kind == .number) { break }
                if yearMark(at: j, in: range) == true { return true }
                j += 1
            }
        }
        return false
    }

    /// "for the first time since 2012", "the heaviest fighting since the war began": "since" at `s`
    /// measures this event against the past, it does not count the past.
    func firstTimeSince(_ s: Int) -> Bool {
        guard s >= 2, DateResolver.isWord(doc, s, "since") else { return false }
        return DateResolver.isWord(doc, s - 1, "time") || doc.tokens[s - 1].isWord && Self.superlatives.contains(doc.tokens[s - 1].lex)
            || DateResolver.isWord(doc, s - 2, "time")
    }

    static let superlatives = WordSet(["first", "worst", "deadliest", "heaviest", "biggest", "largest", "fiercest", "bloodiest", "most"])

    /// After "since" at `s`: a start long past (a date more than `backgroundDays` before
    /// publication, or a war-start word: "began", "invasion", "took over", "seized power") and no
    /// recent date ("since the clashes erupted on Monday" is this incident's own period).
    private func sinceTheWarBegan(after s: Int, in range: Range<Int>) -> Bool {
        let end = min(range.upperBound, s + 10)
        guard s + 1 < end else { return false }
        let resolver = DateResolver(lexicon: lexicon, published: published)
        let dates = doc.sentenceHas(Int(doc.sentenceOf[s]), .month) || doc.sentenceHas(Int(doc.sentenceOf[s]), .weekday)
            || doc.sentenceHas(Int(doc.sentenceOf[s]), .relday) ? resolver.mentions(in: doc, range: s..<end) : []
        if dates.contains(where: { published.ordinal - $0.day.ordinal <= Self.backgroundDays }) { return false }
        if !dates.isEmpty { return true }
        for t in (s + 1)..<end {
            if doc.tokens[t].isPunct(0x2C) { break }
            if doc.tokens[t].isWord, Self.startWords.contains(doc.tokens[t].lex) || Self.warStartWords.contains(doc.tokens[t].lex) { return true }
        }
        return false
    }

    /// "... found since September, and four children died in an explosion": a clause after the
    /// count (after ", and", ", but" or ";") that tells violence tells an incident.
    private func reportsInNextClause(after s: Int, in range: Range<Int>) -> Bool {
        var t = s + 1
        while t + 1 < range.upperBound {
            let joined = doc.tokens[t].isPunct(0x3B) || doc.tokens[t].isPunct(0x2C) && (word(t + 1, "and") || word(t + 1, "but"))
            if joined { return ((t + 1)..<range.upperBound).contains { doc.lexHas($0, .kill) || namesViolentAct($0) } }
            t += 1
        }
        return false
    }

    /// "hundreds"/"thousands" at `b` counts a record, not an incident: the object of a kill word
    /// ("has killed thousands of civilians"), the subject of a passive kill ("thousands have been
    /// killed"), or the count of acts ("hundreds of air strikes", "thousands of attacks"); not of
    /// people who act ("hundreds of protesters have gathered").
    private func countsTheRecord(_ b: Int, in range: Range<Int>) -> Bool {
        var j = b - 1
        // "killed tens of thousands", "killed more than 35,000": back over qualifiers and "tens of"
        while j >= range.lowerBound, b - j <= 4, !doc.lexHas(j, .kill) { j -= 1 }
        if j >= range.lowerBound, b - j <= 4, doc.lexHas(j, .kill) { return true }
        var k = b + 1
        if k < range.upperBound, doc.tokens[k].isWord, doc.tokens[k].lex == Self.ofWord { k += 1 }
        if k < range.upperBound, doc.tokens[k].isWord, doc.tokens[k].flags.contains(.article), !doc.lexHas(k, .trigger) { k += 1 }
        // "hundreds of air strikes": the acts counted (acts of violence: "hundreds of protesters" are people)
        if k < range.upperBound, namesViolentAct(k) || k + 1 < range.upperBound && namesViolentAct(k + 1) && !doc.lexHas(k, .victim) { return true }
        // "thousands (of people) have been killed"
        for t in (b + 1)..<min(range.upperBound, b + 8) where doc.lexHas(t, .kill) { return true }
        return false
    }

    /// A trigger word of armed violence (a battle, an explosion, an attack) starts at token `t`.
    private func namesViolentAct(_ t: Int) -> Bool {
        doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains { id in
            guard let sub = extractor.triggerType[Int(id)] else { return false }
            return sub.eventType == .battles || sub.eventType == .explosions || sub.eventType == .violenceAgainstCivilians
        }
    }

    static var sinceWord: UInt64 { DateResolver.lexHash("since" as StaticString) }
    static var ofWord: UInt64 { DateResolver.lexHash("of" as StaticString) }
    static let perfectAuxiliaries = WordSet(["has", "have", "had"])
    static let bigCounts = WordSet(["hundreds", "thousands", "millions"])
    /// What a war or a rule starts with, after "since" ("since Russia's invasion", "since the
    /// Taliban took over", "since it seized power in a coup").
    static let warStartWords = WordSet(["invasion", "invaded", "coup", "takeover", "took", "seized", "seizing", "war",
                                        "conflict", "uprising", "revolution", "insurgency", "independence", "occupation"])

    /// "since", "began", "started", "erupted", "broke out", "start", "beginning", "outbreak" within
    /// `within` words before token `i` (not before `lower`).
    private func startWord(before i: Int, within: Int, from lower: Int = 0) -> Bool {
        var j = i - 1
        while j >= max(lower, i - within) {
            if doc.tokens[j].kind == .word, Self.startWords.contains(doc.tokens[j].lex) { return true }
            j -= 1
        }
        return false
    }

    static let startWords: [UInt64] =
        ["since", "began", "begun", "begin", "started", "start", "erupted", "beginning", "outbreak", "broke", "onset"].map { DateResolver.lexHash($0) }
}
