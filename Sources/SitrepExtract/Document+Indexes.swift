/// Where the matches lie: per-token indexes of places, actors and sources, and the look-ups the
/// rules make through them.
extension Document {
    func indexPlaces() {
        placeAt = [Int32](repeating: -1, count: tokens.count)
        var inSentence = [Bool](repeating: false, count: sentences.count)
        for (k, p) in places.enumerated() {
            placeAt[p.range.lowerBound] = Int32(k)
            inSentence[Int(sentenceOf[p.range.lowerBound])] = true
        }
        placeSentences = inSentence
    }

    /// An actor match overlapping `r` at least `minCount` tokens long.
    func actorOverlaps(_ r: Range<Int>, minCount: Int = 1) -> Bool {
        guard !actorAt.isEmpty else { return false }
        for t in r where actorAt[t] >= 0 && actors[Int(actorAt[t])].range.count >= minCount { return true }
        return false
    }

    func sourceOverlaps(_ r: Range<Int>, minCount: Int = 1) -> Bool {
        guard !sourceAt.isEmpty else { return false }
        for t in r where sourceAt[t] >= 0 && sources[Int(sourceAt[t])].range.count >= minCount { return true }
        return false
    }

    /// Whether token `t` lies inside a place match.
    func placeCovers(_ t: Int) -> Bool {
        var j = t
        while j >= 0, t - j < 8 {
            if placeAt[j] >= 0 { return places[Int(placeAt[j])].range.contains(t) }
            j -= 1
        }
        return false
    }

    /// Indices of place matches starting inside `r`, in order.
    func placeIndices(in r: Range<Int>) -> [Int] {
        var out: [Int] = []
        for t in r where placeAt[t] >= 0 { out.append(Int(placeAt[t])) }
        return out
    }

    /// Indices of actor matches starting inside `r`, in order.
    func actorIndices(in r: Range<Int>) -> [Int] {
        var out: [Int] = []
        for t in r where actorAt[t] >= 0 && actors[Int(actorAt[t])].range.lowerBound == t { out.append(Int(actorAt[t])) }
        return out
    }

    func sourceIndices(in r: Range<Int>) -> [Int] {
        var out: [Int] = []
        for t in r where sourceAt[t] >= 0 && sources[Int(sourceAt[t])].range.lowerBound == t { out.append(Int(sourceAt[t])) }
        return out
    }
}
