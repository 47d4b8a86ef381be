// MARK: - Protests called for a later day (news prose)

extension Assembler {
    /// Every protest word of the incident is followed, in its clause, by a later day: "next
    /// Thursday", "next week", "tomorrow", or "for" a weekday or a day of a month ("called a
    /// nationwide strike for Monday", "marches for 14 June"), or told as still to come ("a planned
    /// rally", see `plannedBefore`). A protest called or announced for a
    /// later day has not happened yet: news of it is no event. (Read only without `assumeEvent`:
    /// an ACLED note tells what happened, and its dates are past.)
    func protestIsOnlyCalled(_ inc: Incident) -> Bool {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger)
                && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .peacefulProtest }) {
                guard laterDay(after: t, in: range) || plannedBefore(t, in: range) else { return false }
                any = true
            }
        }
        return any
    }

    /// A later day within ten words after `t`, before a clause mark (a hyphen stays inside a phrase).
    private func laterDay(after t: Int, in range: Range<Int>) -> Bool {
        var j = t + 1
        while j < min(range.upperBound, t + 10) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark != 0x2D { return false }
            if tok.isWord {
                if word(j, "tomorrow") { return true }
                let next = j + 1 < range.upperBound ? j + 1 : nil
                if word(j, "next"), let n = next, doc.lexHas(n, .weekday) || doc.tokens[n].isWord && Self.laterUnits.contains(doc.tokens[n].lex) { return true }
                if word(j, "for"), let n = next, doc.lexHas(n, .weekday) || dayOfMonth(at: n, in: range) { return true }
            }
            j += 1
        }
        return false
    }

    /// A word of a protest still to come within three words before `t`: "ahead of a planned rally",
    /// "to prevent a march", "the upcoming sit-in" (people arrested before it are arrested, no
    /// protest was held).
    private func plannedBefore(_ t: Int, in range: Range<Int>) -> Bool {
        (max(range.lowerBound, t - 3)..<t).contains { doc.tokens[$0].isWord && Self.plannedWords.contains(doc.tokens[$0].lex) }
    }

    static let plannedWords = WordSet(["planned", "upcoming", "scheduled", "prevent", "preventing", "ahead"])

    /// "14 June" or "June 14" starts at `n`.
    private func dayOfMonth(at n: Int, in range: Range<Int>) -> Bool {
        guard n + 1 < range.upperBound else { return false }
        return doc.tokens[n].kind == .number && doc.lexHas(n + 1, .month) || doc.lexHas(n, .month) && doc.tokens[n + 1].kind == .number
    }

    static let laterUnits = WordSet(["week", "weekend", "month"])
}
