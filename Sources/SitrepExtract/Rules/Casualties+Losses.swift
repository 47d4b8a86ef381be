/// Losses: a side that "lost" its men counts its own dead ("the army said it lost 12 soldiers",
/// "lost three of its own fighters"). ACLED counts every death of the event, a side's admitted
/// losses among them; "lost" alone is no kill word ("lost the town", "lost 40 percent").
extension CasualtyReader {
    /// The number at `num` is the object of "lost" (right before it) and counts fighters, soldiers
    /// or police ("lost 12 soldiers", "lost three of its own fighters", "lost two of their men");
    /// returns the token of "lost".
    func lostMen(_ doc: Document, _ num: Range<Int>, in sentence: Range<Int>) -> Int? {
        let l = num.lowerBound - 1
        guard l >= sentence.lowerBound, DateResolver.isWord(doc, l, "lost") else { return nil }
        var j = num.upperBound
        var steps = 0
        while j < sentence.upperBound, steps < 5, doc.tokens[j].isWord {
            if doc.lexHas(j, .victim) {
                // "lost 12 soldiers", not "lost 40 civilians' homes": only a side's own men are its losses
                return isVictim(doc, j) == false || Self.ownMen.contains(doc.tokens[j].lex) ? l : nil
            }
            if Self.ownMen.contains(doc.tokens[j].lex) { return l }
            guard Self.lossLinks.contains(doc.tokens[j].lex) else { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// The words between "lost" and its men: "three of its own fighters", "two of their men".
    static let lossLinks = WordSet(["of", "its", "their", "his", "own", "our", "the"])
    /// Words for a side's men that the victim words count as civilians or do not list.
    static let ownMen = WordSet(["men", "troops", "comrades"])
}
