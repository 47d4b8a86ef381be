import SitrepModel

// MARK: - Protest kinds in news prose: roads blocked by the marchers, marchers detained as they gather, live fire on a march

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

    /// "detained dozens of people who had gathered to protest", "arrested 40 people who marched":
    /// those arrested were gathering when they were taken, an intervention in their protest, not
    /// the reason for an arrest ("arrested youths who had taken part in a protest last week").
    /// `who` is the relative word after the arrest.
    func arrestedAsTheyGathered(who: Int, in range: Range<Int>) -> Bool {
        var j = who + 1
        if j < range.upperBound, doc.tokens[j].isWord, Self.gatheringAuxiliaries.contains(doc.tokens[j].lex) { j += 1 }
        guard j < range.upperBound, doc.tokens[j].isWord, Self.gatheringVerbs.contains(doc.tokens[j].lex) else { return false }
        // an earlier occasion named anywhere in the sentence ("last week", "earlier this month") is the reason
        return !range.contains { doc.tokens[$0].isWord && Self.earlierOccasionWords.contains(doc.tokens[$0].lex) }
    }

    /// "fired live rounds at a peaceful march", "opened fire with live ammunition on demonstrators":
    /// ACLED codes demonstrators targeted with lethal force as excessive force against protesters,
    /// whether or not anyone is reported hurt. Live fire by the demonstrators themselves is not.
    /// Shots "in the air" are warnings, and "rubber bullets or live rounds" leaves the force in
    /// doubt: neither counts. News prose only (an ACLED note codes what its own words say).
    func firesLiveRoundsAtDemonstrators(_ inc: Incident) -> Bool {
        guard !assumeEvent else { return false }
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range.dropLast() where word(t, "live") && doc.tokens[t + 1].isWord && Self.liveMunitions.contains(doc.tokens[t + 1].lex) {
                if t > range.lowerBound, word(t - 1, "or") { continue }
                let after = t + 2..<min(range.upperBound, t + 6)
                if after.contains(where: { word($0, "air") }) { continue }
                if !demonstratorsDid(t, in: range) { return true }
            }
        }
        return false
    }

    static let liveMunitions = WordSet(["ammunition", "rounds", "fire", "bullets"])
    static let roadBlockWords = WordSet(["blocked", "blocking", "block", "blocks"])
    static let forceWords = WordSet(["police", "policemen", "officers", "troops", "soldiers", "forces", "army", "gendarmes"])
    static let thoroughfares = WordSet(["traffic", "road", "roads", "street", "streets", "highway", "highways", "motorway", "motorways",
                                        "bridge", "bridges", "junction", "intersection", "intersections", "roundabout", "railway", "rail", "port"])
    static let gatheringAuxiliaries = WordSet(["had", "have", "has", "were", "was"])
    static let gatheringVerbs = WordSet(["gathered", "marched", "rallied", "protested", "demonstrated", "assembled", "came",
                                         "gathering", "marching", "rallying", "protesting", "demonstrating"])
    static let earlierOccasionWords = WordSet(["last", "earlier", "previous", "ago", "before"])
}
