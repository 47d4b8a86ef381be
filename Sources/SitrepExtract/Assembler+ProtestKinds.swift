import SitrepModel

// MARK: - Protest kinds in news prose: roads blocked by the marchers

extension Assembler {
    /// "blocking traffic", "blocked the main road": demonstrators who block a road protest that way
    /// (ACLED: a road blockade by protesters is a peaceful protest); it is police who block them
    /// only when a force word stands right before the verb ("police blocked the road").
    func blocksAThoroughfare(_ t: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[t].isWord, Self.roadBlockWords.contains(doc.tokens[t].lex) else { return false }
        if t > range.lowerBound, doc.tokens[t - 1].isWord, Self.forceWords.contains(doc.tokens[t - 1].lex) { return false }
        var j = t + 1
        while j < min(range.upperBound, t + 4), doc.tokens[j].isWord {
            if Self.thoroughfares.contains(doc.tokens[j].lex) { return true }
            j += 1
        }
        return false
    }

    static let roadBlockWords = WordSet(["blocked", "blocking", "block", "blocks"])
    static let forceWords = WordSet(["police", "policemen", "officers", "troops", "soldiers", "forces", "army", "gendarmes"])
    static let thoroughfares = WordSet(["traffic", "road", "roads", "street", "streets", "highway", "highways", "motorway", "motorways",
                                        "bridge", "bridges", "junction", "intersection", "intersections", "roundabout", "railway", "rail", "port"])
}
