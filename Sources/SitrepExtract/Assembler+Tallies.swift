import SitrepModel

// MARK: - Tallies over a period: months, weeks, a span of months

extension Assembler {
    /// The sentence counts over a span of whole months: "killed during the protests that swept the
    /// country between June and August", "from March to May" (months with no day: a tally, not an
    /// act of a day; "between 3 and 5 June" is an act's days).
    func spansMonths(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, doc.sentenceHas(Int(doc.sentenceOf[range.lowerBound]), .month) else { return false }
        for t in range where word(t, "between") || word(t, "from") {
            let m = t + 1
            guard m + 2 < range.upperBound, doc.lexHas(m, .month), doc.tokens[m + 1].kind != .number else { continue }
            if word(m + 1, "and") || word(m + 1, "to") || word(m + 1, "through"), doc.lexHas(m + 2, .month),
               m + 3 >= range.upperBound || doc.tokens[m + 3].kind != .number { return true }
        }
        return false
    }

    /// The period word at `p` ("year", "decade", "months") makes its sentence a tally over months or
    /// years: "killed more than 3,600 people in the first half of this year", "in the past year",
    /// "over the past nine months", "in recent weeks" (in a sentence without a day),
    /// or with a perfect, a record held "for years" ("which has fought the government for more than
    /// a decade"). Not "the deadliest attack this year" (no "in"/"of"/"over" before the period: the
    /// year measures the attack), "the fiercest fighting in recent months", nor "last month".
    func countsOverAPeriod(_ p: Int, in range: Range<Int>, perfect: Bool) -> Bool {
        guard p > range.lowerBound else { return false }
        let deixis = Self.periodDeixis
        // "over the past nine months", "in the last two years": a count between deixis and period
        var d = p - 1
        if d > range.lowerBound, doc.tokens[d].kind == .number || doc.lexClasses(at: d).contains(.number) { d -= 1 }
        if doc.tokens[d].isWord, deixis.contains(doc.tokens[d].lex) {
            // weeks are short: "in recent weeks" tallies only in a sentence that dates nothing to
            // a day ("After fighting in recent weeks, rebels took the town on Sunday" tells Sunday's act)
            // (a day of saying is none of the act's: "said on Wednesday that the army had killed
            // dozens in recent weeks")
            // (so too the forms this reads besides "this/last/past year": a counted span and "the
            // first months", "killed 12 on Monday, bringing the number killed in the first six
            // months of the year to 400" tells Monday's act)
            if word(p, "weeks") || d < p - 1 || word(d, "first"), datesAnActToADay(range) { return false }
            var j = d - 1
            while j >= range.lowerBound, d - j <= 3 {
                if doc.tokens[j].isWord, Self.periodPrepositions.contains(doc.tokens[j].lex) {
                    // "the fiercest fighting in recent months" measures an act against the period
                    // ("the first half of this year" is a period: "first" is no measure here)
                    // ("the third reporter killed in the department this year" ranks one too: `ranksByOrdinal`)
                    return !(range.lowerBound..<j).contains { doc.tokens[$0].isWord && Self.superlatives.contains(doc.tokens[$0].lex) && !word($0, "first") }
                        && !ranksByOrdinal(range.lowerBound..<j)
                }
                j -= 1
            }
            return false
        }
        // "for years", "for more than 15 years", "for the past two decades" (not weeks: "units that
        // had held it for three weeks pulled back" tells an act)
        guard perfect, !word(p, "weeks") else { return false }
        var j = p - 1
        while j >= range.lowerBound, p - j <= 5 {
            // (not a place's past told in a relative clause: see `periodOnlyDescribesAPlace`)
            if word(j, "for") { return !periodOnlyDescribesAPlace(p, in: range) }
            if doc.tokens[j].kind == .punct { return false }
            j -= 1
        }
        return false
    }

    /// A weekday or "yesterday"/"today" in `range` that is no day of saying (`saysWhenSaid`).
    func datesAnActToADay(_ range: Range<Int>) -> Bool {
        let k = Int(doc.sentenceOf[range.lowerBound])
        guard doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .relday) else { return false }
        return range.contains { t in
            (doc.lexHas(t, .weekday) || doc.lexHas(t, .relday)) && !saysWhenSaid(t..<(t + 1), in: range)
        }
    }

    static let longPeriods = WordSet(["year", "years", "decade", "decades", "months", "weeks"])
    static let periodDeixis = WordSet(["this", "last", "past", "previous", "recent", "first"])
    static let periodPrepositions = WordSet(["in", "during", "over", "of", "throughout", "far"])
}

// MARK: - A month's acts counted together

extension Assembler {
    /// The sentence counts the dead of a month's acts: a bare plural act word ("attacks",
    /// "strikes"; no article, number or possessive before it) is the subject of its kill word, and
    /// a month with no day dates the count ("Air strikes killed at least 90 civilians across the
    /// country in September", "Attacks by the group killed 300 people in May, a monitor said on
    /// Friday"). Not "Air strikes on Monday killed 12" (a day), "two attacks killed 12 in May"
    /// (acts counted one by one), nor "An attack killed 40 people in May" (one act).
    func countsAMonthsActs(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, case let k = Int(doc.sentenceOf[range.lowerBound]), doc.sentenceHas(k, .month), doc.sentenceHas(k, .kill) else { return false }
        // a month with no day, after "in", "during" or "throughout" ("in October"; not "on October 5", "5 October")
        var wholeMonth = false
        for t in range where doc.lexHas(t, .month) {
            if t + 1 < range.upperBound, doc.tokens[t + 1].kind == .number, doc.tokens[t + 1].length <= 2 { return false }
            if t > range.lowerBound, doc.tokens[t - 1].kind == .number { return false }
            if t > range.lowerBound, word(t - 1, "in") || word(t - 1, "during") || word(t - 1, "throughout") { wholeMonth = true }
        }
        guard wholeMonth, !datesAnActToADay(range) else { return false }
        // the first kill word's subject: a bare plural act word within the eight words before it
        guard let kill = range.first(where: { doc.lexHas($0, .kill) }) else { return false }
        var j = kill - 1
        while j >= range.lowerBound, kill - j <= 8 {
            let tok = doc.tokens[j]
            if tok.kind == .punct, !tok.isPunct(0x2D) { return false }
            if tok.isWord, doc.lexHas(j, .trigger) {
                let head = (doc.lexRange(at: j)?.upperBound ?? j + 1) - 1
                return barePluralAct(j, head: head, in: range)
            }
            j -= 1
        }
        return false
    }

    /// The act word from `t` to `head` is a plural with nothing before it that counts or points
    /// at particular acts ("Russian attacks", "Air strikes"; not "two attacks", "the strikes").
    private func barePluralAct(_ t: Int, head: Int, in range: Range<Int>) -> Bool {
        let tok = doc.tokens[head]
        guard tok.isWord, tok.length >= 4, !tok.flags.contains(.allCaps) else { return false }
        let end = Int(tok.end)
        let plural = Document.withUTF8(doc.text) { bytes in end >= 2 && end <= bytes.count && (bytes[end - 1] | 0x20) == 0x73 && (bytes[end - 2] | 0x20) != 0x73 }
        guard plural else { return false }
        if t > range.lowerBound {
            let p = doc.tokens[t - 1]
            if p.kind == .number || p.isWord && (p.flags.contains(.article) || Self.countingWords.contains(p.lex) || doc.lexHas(t - 1, .number)) { return false }
        }
        return true
    }
}
