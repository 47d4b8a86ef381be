import SitrepModel

// MARK: - Who defended: no actor 1

extension Assembler {
    /// "Troops of Operation Hadin Kai repelled an attack by insurgents", "soldiers repulsed the
    /// assailants": the subject of a verb of repelling (at most five words after the mention, no
    /// punctuation or act between) defends; ACLED's actor 1 is the side that attacked.
    func repelsAttack(after end: Int, _ range: Range<Int>) -> Bool {
        var j = end
        let repelVerbs = Self.repelVerbs  // (read once, not per word)
        while j < range.upperBound, j - end < 6 {
            let t = doc.tokens[j]
            if t.kind == .punct { return false }
            if t.isWord, repelVerbs.contains(t.lex) { return true }
            if doc.lexAt[j] >= 0, doc.lexHas(j, .trigger) { return false }
            j += 1
        }
        return false
    }

    static let repelVerbs = WordSet(["repelled", "repulsed", "repel", "repels", "repulse", "repelling", "repulsing", "foiled", "thwarted"])
}
