// MARK: - Force used at a protest

extension Assembler {
    /// The word at `j`, right after the victim of an act of force, places the victim at a protest:
    /// "during" or "at" and, within the next few words of the clause, a protest word ("police shot
    /// dead a boy during an anti-coup rally", "soldiers killed two men at the sit-in"). ACLED: lethal
    /// force or force that seriously injures, used on people at a demonstration, is excessive force
    /// against protesters, whoever the victims were.
    func victimAtAProtest(after j: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[j].isWord, Self.atAnEventWords.contains(doc.tokens[j].lex) else { return false }
        var k = j + 1
        while k < min(range.upperBound, j + 8) {
            let tok = doc.tokens[k]
            // a hyphen stays inside the noun phrase ("an anti-coup rally"); other marks end it
            if tok.kind == .punct, tok.mark != 0x2D { return false }
            if doc.lexHas(k, .trigger), doc.lexEntries(at: k).contains(where: { extractor.triggerType[Int($0)] == .peacefulProtest }) { return true }
            k += 1
        }
        return false
    }

    static let atAnEventWords = WordSet(["during", "at"])

    /// The crowd left by itself: a word of dispersing with no object and no agent ("chanted slogans
    /// before dispersing", "then dispersed peacefully"), not "were dispersed", "to disperse them",
    /// "dispersed the crowd", "dispersed by police". ACLED: a protest that ends on its own had no
    /// intervention. (`disperseWords`: Assembler+ProtestDemands.)
    func dispersedOfItsOwnAccord(_ t: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[t].isWord, Self.disperseWords.contains(doc.tokens[t].lex) else { return false }
        if t > range.lowerBound, doc.tokens[t - 1].isWord,
           Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) || word(t - 1, "to") { return false }
        let next = t + 1
        guard next < range.upperBound else { return true }
        if doc.tokens[next].kind == .punct { return true }
        return doc.tokens[next].isWord && Self.ownAccordWords.contains(doc.tokens[next].lex)
    }

    static let ownAccordWords = WordSet(["peacefully", "quietly", "calmly", "without", "later", "afterwards", "shortly", "soon"])
}
