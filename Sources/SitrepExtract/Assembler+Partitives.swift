import SitrepModel

// MARK: - One actor named twice in a phrase: a generic word and the group it belongs to

extension Assembler {
    /// "Rebels of the M23 group seized the town", "fighters of Hayat Tahrir al-Sham": a generic word
    /// and the named group it belongs to are one actor, the group, in the generic word's place.
    func mergePartitives(_ mentions: inout [ActorMention], in range: Range<Int>) {
        var merged: [Int] = []
        for g in mentions.indices where !mentions[g].specific {
            var j = mentions[g].range.upperBound
            guard j + 1 < range.upperBound, word(j, "of") else { continue }
            j += 1
            if word(j, "the") { j += 1 }
            guard let s = mentions.firstIndex(where: { $0.specific && $0.range.lowerBound == j && $0.kind != "civilians" }) else { continue }
            mentions[s].agentCue = mentions[s].agentCue || mentions[g].agentCue
            mentions[s].isTarget = mentions[s].isTarget || mentions[g].isTarget
            mentions[s].range = mentions[g].range.lowerBound..<mentions[s].range.upperBound
            merged.append(g)
        }
        // "Allied Democratic Forces (ADF) rebels", "ISWAP fighters": a members' word right after a
        // group's name (or its abbreviation in parentheses) is the group, not a second actor
        for g in mentions.indices where !mentions[g].specific && !merged.contains(g) && mentions[g].range.count == 1
            && doc.tokens[mentions[g].range.lowerBound].isWord && Self.memberWords.contains(doc.tokens[mentions[g].range.lowerBound].lex) {
            var end = mentions[g].range.lowerBound
            if end > range.lowerBound + 1, doc.tokens[end - 1].isPunct(0x29) {
                var open = end - 2
                while open > range.lowerBound, end - open <= 4, !doc.tokens[open].isPunct(0x28) { open -= 1 }
                guard doc.tokens[open].isPunct(0x28) else { continue }
                end = open
            }
            guard let s = mentions.firstIndex(where: { $0.specific && $0.range.upperBound == end && $0.kind == "named" }) else { continue }
            mentions[s].agentCue = mentions[s].agentCue || mentions[g].agentCue
            mentions[s].isTarget = mentions[s].isTarget || mentions[g].isTarget
            mentions[s].range = mentions[s].range.lowerBound..<mentions[g].range.upperBound
            merged.append(g)
        }
        for g in merged.sorted().reversed() { mentions.remove(at: g) }
    }
}
