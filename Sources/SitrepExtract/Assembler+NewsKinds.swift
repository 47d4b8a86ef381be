import SitrepModel

// MARK: - News kinds: acts that wire prose tells in its own words (issue 10)

extension Assembler {
    /// "A crowd in the northern city of Sokoto beat a student", "Residents of a village in
    /// Tanzania's Geita region burned a woman": a crowd word whose subject is followed by where
    /// it is (a preposition, then articles, directions, area words, demonyms and names) before
    /// the act at `t`. News places its crowd so; the words between are no clause of their own.
    /// Read back at most 14 tokens; any other word or a clause mark says no.
    func crowdSubjectAcrossPlace(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        let lower = max(range.lowerBound, t - 14)
        let prepositions = Self.placePrepositions, determiners = Self.determiners
        while j >= lower {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if prepositions.contains(tok.lex) {
                // the word before the first preposition is the subject's head
                if j > lower, doc.tokens[j - 1].isWord, let crowd = crowdHead(j - 1) { return crowd }
            } else if !(determiners.contains(tok.lex) || tok.flags.contains(.capitalized) || doc.placeCovers(j)
                        || doc.lexHas(j, .areaword) || doc.lexHas(j, .direction) || doc.lexHas(j, .demonym)) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Whether the word at `j` heads a crowd ("crowd", "residents", "villagers", "a mob"): nil
    /// when it names no people, so the reading goes on to an earlier preposition.
    private func crowdHead(_ j: Int) -> Bool? {
        let tok = doc.tokens[j]
        if Self.crowdWords.contains(tok.lex) || Self.crowdNouns.contains(tok.lex) {
            // "armed villagers"
            if j > 0, doc.tokens[j - 1].isWord, doc.tokens[j - 1].lex == Self.armedWord { return false }
            return true
        }
        return nil
    }

    static let placePrepositions = WordSet(["in", "of", "from", "near"])
    /// Crowd words the actor-word kinds do not list ("a crowd", "a mob" are there already).
    static let crowdNouns = WordSet(["crowd", "crowds", "mob", "mobs", "villagers", "residents", "locals", "worshippers", "worshipers"])
}
