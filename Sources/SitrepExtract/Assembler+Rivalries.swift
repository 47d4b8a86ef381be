import SitrepModel

// MARK: - Rivals named as a motive

extension Assembler {
    /// The groups a sentence names as the two sides of a rivalry it gives as the motive ("the
    /// attack appeared linked to a turf war between cells of Los Lobos and Los Tiguerones"): either
    /// may have done it, so neither is the agent, as ACLED codes an unidentified gang or group.
    /// The token ranges after "between" up to the sentence's next comma or end, where "between"
    /// follows a word of rivalry within two words. (Fighting "between" two sides names both sides:
    /// "clashes between A and B" is no rivalry word.)
    func rivalrySides(in range: Range<Int>) -> Range<Int>? {
        for t in range where word(t, "between") {
            var k = t - 1, n = 0
            var rivalry = false
            while k >= range.lowerBound, n < 3, doc.tokens[k].isWord {
                if Self.rivalryWords.contains(doc.tokens[k].lex) { rivalry = true; break }
                k -= 1; n += 1
            }
            guard rivalry else { continue }
            var end = t + 1
            while end < range.upperBound, !doc.tokens[end].isPunct(0x2C), !doc.tokens[end].isPunct(0x2E) { end += 1 }
            return (t + 1)..<end
        }
        return nil
    }

    static let rivalryWords = WordSet(["dispute", "disputes", "rivalry", "rivalries", "feud", "feuds", "vendetta", "turf"])
}
