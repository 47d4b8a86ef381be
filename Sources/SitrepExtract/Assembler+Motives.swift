// MARK: - An event named to explain it

extension Assembler {
    /// "the motive for the attack is unclear", "no reason was given for the arrests", "the cause of
    /// the clash": a trigger word after "reason / motive / cause ... for / of / behind (the)" names an
    /// event the report has already told, to say why it happened. It is a back-reference, not a second
    /// act: counted in full it would outvote the act the report tells ("beat three men and detained
    /// them ... a reason for the arrest was not given" is a beating, told once, not two arrests).
    func namesEventForItsMotive(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        // an optional determiner: "for the attack", "for this raid", "for arrests"
        if j >= range.lowerBound, Self.motiveDeterminers.contains(doc.tokens[j].lex) { j -= 1 }
        guard j - 1 >= range.lowerBound, Self.motivePrepositions.contains(doc.tokens[j].lex) else { return false }
        // "the reason for", "the motive behind", or "reason was given for" (a passive between)
        for k in max(range.lowerBound, j - 4)..<j where Self.motiveNouns.contains(doc.tokens[k].lex) { return true }
        return false
    }

    static let motiveDeterminers = WordSet(hashes: ["the", "this", "these", "that", "those"].map { DateResolver.lexHash($0) })
    static let motivePrepositions = WordSet(hashes: ["for", "of", "behind"].map { DateResolver.lexHash($0) })
    static let motiveNouns = WordSet(hashes: ["reason", "reasons", "motive", "motives", "cause", "causes", "motivation"].map { DateResolver.lexHash($0) })
}

extension Assembler {
    /// "arrested two men after beating them", "detained her after assaulting her": a violent gerund
    /// after "after" whose object is a pronoun for the arrested. A gerund's subject is the clause's
    /// subject, so those who arrest did the violence to the people they arrested.
    func violenceOnTheArrested(_ v: Int, in range: Range<Int>) -> Bool {
        guard v - 1 >= range.lowerBound, word(v - 1, "after") || word(v - 1, "before"), doc.tokens[v].isWord,
              doc.string(v..<v + 1).lowercased().hasSuffix("ing") else { return false }
        var o = (doc.lexRange(at: v)?.upperBound ?? v + 1)
        if o < range.upperBound, word(o, "up") { o += 1 }  // "beating them up", "beating up"
        guard o < range.upperBound else { return false }
        return Self.arrestedPronouns.contains(doc.tokens[o].lex)
    }

    static let arrestedPronouns = WordSet(hashes: ["him", "her", "them"].map { DateResolver.lexHash($0) })
}
