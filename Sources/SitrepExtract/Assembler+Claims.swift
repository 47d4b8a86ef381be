// MARK: - Claims and speakers: who says, who claims, who does not

extension Assembler {
    /// The sentence says that no one claimed the act: "no group claimed responsibility", "no one
    /// has claimed", "there was no immediate claim".
    func noOneClaimed(_ range: Range<Int>) -> Bool {
        for t in range where doc.tokens[t].isWord && DateResolver.isWord(doc, t, "no") {
            for j in (t + 1)..<min(range.upperBound, t + 5) where doc.tokens[j].isWord && Self.claimVerbs.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    /// The last speech verb ("said", "told", "says") before token `t` in its sentence, if any.
    func speechVerb(before t: Int, in sentence: Range<Int>) -> Int? {
        var j = t - 1
        while j >= sentence.lowerBound {
            if doc.tokens[j].isWord, Self.speechVerbs.contains(doc.tokens[j].lex) { return j }
            j -= 1
        }
        return nil
    }

    static let speechVerbs = WordSet(["said", "says", "told", "stated", "added", "explained"])
    /// Who speaks for an actor: "police spokesman", "army officials", "militia sources".
    static let speakerRoles = WordSet(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "source",
                                       "sources", "commissioner", "officer", "chief", "commander", "statement"])

    /// The actor named at `r` claims the act: "al Shabaab claimed responsibility", "the Islamic
    /// State group's regional affiliate claimed responsibility", "IS claims credit".
    func claimsResponsibility(_ r: Range<Int>) -> Bool {
        let s = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        var j = r.upperBound
        while j < s.upperBound, j - r.upperBound < 4, doc.tokens[j].isWord, !Self.claimVerbs.contains(doc.tokens[j].lex) {
            guard Self.claimFillers.contains(doc.tokens[j].lex) else { return false }
            j += 1
        }
        guard j + 1 < s.upperBound, doc.tokens[j].isWord, Self.claimVerbs.contains(doc.tokens[j].lex) else { return false }
        return word(j + 1, "responsibility") || word(j + 1, "credit")
    }

    static let claimVerbs = WordSet(["claimed", "claims", "claim", "claiming"])
    /// Words between a group's name and its claim ("the group", "its regional affiliate", "has").
    static let claimFillers = WordSet(["group", "groups", "has", "have", "had", "later", "quickly", "swiftly", "also", "militants",
                                       "fighters", "regional", "local", "affiliate", "branch", "wing", "armed", "militant", "jihadist"])
}
