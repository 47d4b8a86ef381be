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

    static let motiveDeterminers: Set<UInt64> = Set(["the", "this", "these", "that", "those"].map { DateResolver.lexHash($0) })
    static let motivePrepositions: Set<UInt64> = Set(["for", "of", "behind"].map { DateResolver.lexHash($0) })
    static let motiveNouns: Set<UInt64> = Set(["reason", "reasons", "motive", "motives", "cause", "causes", "motivation"].map { DateResolver.lexHash($0) })
}
