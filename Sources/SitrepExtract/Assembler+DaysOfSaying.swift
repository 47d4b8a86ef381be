import SitrepModel

// MARK: - The day something was said, not the day of the act

extension Assembler {
    /// The date at `r` follows a verb of saying: "said on Tuesday", "said late on Monday", "told
    /// reporters on Friday", "announced on Sunday", "said Tuesday" (the reporting day, not the event's).
    func saysWhenSaid(_ r: Range<Int>, in range: Range<Int>) -> Bool {
        // the day before its verb: "The army on Saturday said ...", "the two sides on Saturday traded accusations"
        if r.upperBound < range.upperBound, doc.tokens[r.upperBound].isWord,
           Self.sayingVerbs.contains(doc.tokens[r.upperBound].lex) || Self.accusingVerbs.contains(doc.tokens[r.upperBound].lex) { return true }
        var j = r.lowerBound - 1
        while j >= range.lowerBound, doc.tokens[j].isWord, word(j, "on") || word(j, "late") || word(j, "early") { j -= 1 }
        guard j >= range.lowerBound, doc.tokens[j].isWord else { return false }
        if j == r.lowerBound - 1 {
            // the agencies' style with no "on": "state authorities said Tuesday" (a weekday, and not
            // "said Tuesday's attack ...", which names the act)
            // ("said today", "said yesterday" too)
            return (doc.lexHas(r.lowerBound, .weekday) || doc.lexHas(r.lowerBound, .relday))
                && !doc.tokens[r.lowerBound].flags.contains(.possessive)
                && Self.sayingVerbs.contains(doc.tokens[j].lex)
        }
        if Self.sayingVerbs.contains(doc.tokens[j].lex) { return true }
        // "said in a statement on Wednesday", "told a news conference on Friday"
        if Self.sayingOccasions.contains(doc.tokens[j].lex) { return true }
        // "told reporters on Friday", "told Reuters on Friday", "told the AFP on Friday"
        for back in 1...2 where j - back >= range.lowerBound {
            if word(j - back, "told") || word(j - back, "informed") { return true }
        }
        return false
    }

    /// Where a statement is made, whose day is the statement's ("in a statement on Wednesday").
    static let sayingOccasions = WordSet(["statement", "interview", "briefing", "conference", "communique"])

    /// Verbs of accusing, whose day is the accusation's, not the act's ("on Saturday traded accusations").
    static let accusingVerbs = WordSet(["accused", "traded", "blamed"])
    static let sayingVerbs = WordSet(["said", "says", "announced", "reported", "stated", "added", "confirmed", "told", "claimed", "tweeted",
                                      "wrote", "posted", "declared", "acknowledged", "denied", "warned"])
}
