/// Where the matches lie: per-token indexes of places, actors and sources, and the look-ups the
/// rules make through them.
extension Document {
    /// Builds `placeAt` and `placeSentences` from `places` (in local arrays, stored once: a write
    /// into a class's stored array costs an exclusivity check and a uniqueness check).
    func indexPlaces() {
        var at = [Int32](repeating: -1, count: tokens.count)
        var inSentence = [Bool](repeating: false, count: sentences.count)
        for k in places.indices {
            let first = places[k].range.lowerBound
            at[first] = Int32(k)
            inSentence[Int(sentenceOf[first])] = true
        }
        placeAt = at
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

    /// The actor match that starts at token `t`, if any (the rules that read a sentence's actors
    /// in order ask this per token: no array of indices made per sentence).
    @inline(__always) func actorStarting(at t: Int) -> Int? {
        let a = Int(actorAt[t])
        return a >= 0 && actors[a].range.lowerBound == t ? a : nil
    }

    /// The first source match starting inside `r`, if any (no array of their indices made).
    func firstSource(in r: Range<Int>) -> Int? {
        for t in r where sourceAt[t] >= 0 && sources[Int(sourceAt[t])].range.lowerBound == t { return Int(sourceAt[t]) }
        return nil
    }

    // MARK: - Sources

    /// The source named next to an attribution verb at `start`, reading in direction `step` ("said
    /// Reuters", "according to the SOHR"): a named source or an actor within six tokens, else a
    /// run of two to six capitalized words ("the Local Coordination Committees said").
    func sourceNear(_ start: Int, step: Int, _ range: Range<Int>, actors actorLexicon: ActorLexicon) -> (String, String, Range<Int>)? {
        var j = start
        var steps = 0
        while j >= range.lowerBound, j < range.upperBound, steps < 6 {
            if sourceAt[j] >= 0 { let s = sources[Int(sourceAt[j])]; return (s.name, s.kind, s.range) }
            if !actorAt.isEmpty, actorAt[j] >= 0 {
                let a = actors[Int(actorAt[j])]
                let e = actorLexicon.entries[Int(a.entry)]
                return (e.canonical, "party", a.range)
            }
            j += step
            steps += 1
        }
        // fallback: a run of capitalized words next to the verb ("the Local Coordination Committees said")
        var lo = start, hi = start
        if step < 0 {
            guard start >= range.lowerBound, tokens[start].flags.contains(.capitalized) else { return nil }
            while lo - 1 >= range.lowerBound, tokens[lo - 1].kind == .word, tokens[lo - 1].flags.contains(.capitalized) { lo -= 1 }
            hi = start + 1
        } else {
            guard start < range.upperBound, tokens[start].flags.contains(.capitalized) || DateResolver.isWord(self, start, "the") else { return nil }
            if DateResolver.isWord(self, start, "the") { lo += 1; hi = lo }
            while hi < range.upperBound, tokens[hi].kind == .word, tokens[hi].flags.contains(.capitalized) { hi += 1 }
        }
        guard hi - lo >= 2, hi - lo <= 6 else { return nil }
        if DateResolver.isWord(self, lo, "the") { lo += 1 }
        return (string(lo..<hi), "local", lo..<hi)
    }

    /// The source a sentence's words give it: the one next to its first attribution verb
    /// ("according to Reuters", "state media said"), else the first source it names.
    func attributedSource(in range: Range<Int>, lexicon: Lexicon, actors actorLexicon: ActorLexicon) -> (String, String, Range<Int>)? {
        var t = range.lowerBound
        while t < range.upperBound {
            guard let r = lexRange(at: t) else { t += 1; continue }
            if lexHas(t, .attribution) {
                for id in lexEntries(at: t) where lexicon.classes[Int(id)] == .attribution {
                    let found = lexicon.firstFields[Int(id)] == "before"
                        ? sourceNear(r.lowerBound - 1, step: -1, range, actors: actorLexicon)
                        : sourceNear(r.upperBound, step: 1, range, actors: actorLexicon)
                    if let found { return found }
                }
            }
            t = r.upperBound
        }
        guard let i = firstSource(in: range) else { return nil }
        return (sources[i].name, sources[i].kind, sources[i].range)
    }
}
