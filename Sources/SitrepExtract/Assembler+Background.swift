import SitrepModel

// MARK: - Background: the war's start and its cumulative toll

extension Assembler {
    /// How far back a period's start may lie and still date the events of the text: "clashes since
    /// late April" on 5 May speaks of ten days of fighting (coded from their start); "since March
    /// 2011" or "the war that began in 2011" speaks of the war, and dates no event.
    static let backgroundDays = 31

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
        let year = published.civil.year
        for t in range where doc.tokens[t].kind == .number && doc.tokens[t].length == 4 {
            let v = doc.tokens[t].value
            guard v >= 1900, v < Double(year) else { continue }
            if startWord(before: t, within: 4, from: range.lowerBound) { return true }
        }
        return false
    }

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
