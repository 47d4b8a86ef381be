// MARK: - Words around a place that say how it relates to the event: direction, route, origin, "near"

extension Assembler {
    func directionCue(before i: Int) -> Bool {
        guard i > 0, doc.lexAt[i - 1] >= 0 else { return false }
        return doc.lexHas(i - 1, .direction)
    }

    /// Whether the mention at `r` is one end of a road's name: "the Aleppo-Lattakia highway", "the
    /// Rabia - Mosul road", "the Coyah to Forecariah road" (a hyphen, dash or "to" joins it to
    /// another name, and a route word follows the pair), or where a road leads: "on the road to X".
    func namesARoute(_ r: Range<Int>) -> Bool {
        let tokens = doc.tokens
        func isDash(_ i: Int) -> Bool { i >= 0 && i < tokens.count && (tokens[i].isPunct(0x2D) || tokens[i].lex == Assembler.toWord) }
        func isRoute(_ i: Int) -> Bool { i >= 0 && i < tokens.count && Document.routeWords.contains(tokens[i].lex) }
        if r.lowerBound > 1, tokens[r.lowerBound - 1].lex == Assembler.toWord, isRoute(r.lowerBound - 2) { return true }
        // the second name: a hyphen or dash before it, the route word right after
        if r.lowerBound > 0, tokens[r.lowerBound - 1].flags.contains(.hyphenNext) || isDash(r.lowerBound - 1), isRoute(r.upperBound) { return true }
        // the first name: a hyphen or dash after it, the route word after the next name (a few words)
        guard tokens[r.upperBound - 1].flags.contains(.hyphenNext) || isDash(r.upperBound) else { return false }
        var j = r.upperBound + 1
        while j < tokens.count, j <= r.upperBound + 5, tokens[j].isWord {
            if isRoute(j) { return true }
            j += 1
        }
        return false
    }

    /// "on the Kaduna road", "the Damascus highway": a settlement's name alone before a route word
    /// names where the road leads. (A quarter's is a street of its town: "the Gemmayze road in Beirut".)
    func namesTheRoadTo(_ r: Range<Int>, _ kind: Gazetteer.Kind) -> Bool {
        guard kind == .city || kind == .town || kind == .village, r.upperBound < doc.tokens.count else { return false }
        return Document.routeWords.contains(doc.tokens[r.upperBound].lex)
    }

    /// Whether the mention starting at token `i` follows "coded to", "coded as", "coded at" (with
    /// "the" between or not): ACLED's note of the place an event was coded at.
    func codedTo(_ i: Int) -> Bool {
        var j = i - 1
        if j > 0, doc.tokens[j].lex == PlaceResolver.theWord { j -= 1 }
        guard j > 0, Assembler.codedPrepositions.contains(doc.tokens[j].lex) else { return false }
        return doc.tokens[j - 1].lex == Assembler.codedWord
    }

    /// Whether sentence `k` names a place after "coded to/as/at" (`codedTo`).
    func namesPlaceCodedTo(_ k: Int) -> Bool {
        let g = extractor.gazetteer
        // (a sentence that names no place is not scanned; the index is read once, not per token)
        guard doc.placeSentences[k] else { return false }
        let placeAt = doc.placeAt
        for t in doc.sentences[k].range where placeAt[t] >= 0 {
            let m = doc.places[Int(placeAt[t])]
            if m.chosen != .max, m.range.lowerBound == t, g.places[Int(m.chosen)].kind != .country, codedTo(t) { return true }
        }
        return false
    }

    static var codedWord: UInt64 { DateResolver.lexHash("coded" as StaticString) }
    static var toWord: UInt64 { DateResolver.lexHash("to" as StaticString) }
    static let codedPrepositions = WordSet(hashes: ["to", "as", "at"].map { DateResolver.lexHash($0) })

    /// Whether mention `p` follows "from" or "from the".
    func cameFrom(_ p: Int) -> Bool {
        var before = doc.places[p].range.lowerBound - 1
        if before > 0, doc.tokens[before].lex == PlaceResolver.theWord { before -= 1 }
        return before >= 0 && doc.tokens[before].lex == Assembler.fromWord
    }

    /// Whether a resolved mention among `indices` other than `p`, and not itself after "from",
    /// follows "in", "at" or a near-word within four words ("in the town of X", "near X"). ("To"
    /// does not count: people evacuated from X to Y are coded where they fled from.)
    func locatedElsewhere(than p: Int, among indices: [Int]) -> Bool {
        indices.contains { q in
            guard q != p, doc.places[q].chosen != .max, !cameFrom(q) else { return false }
            var j = doc.places[q].range.lowerBound - 1
            while j >= 0, j >= doc.places[q].range.lowerBound - 4, doc.tokens[j].isWord {
                let lex = doc.tokens[j].lex
                if lex == PlaceResolver.inWord || lex == PlaceResolver.atWord || doc.lexAt[j] >= 0 && doc.lexHas(j, .near) { return true }
                j -= 1
            }
            return false
        }
    }

    func nearCue(before i: Int, in range: Range<Int>) -> Bool {
        var j = i - 1
        var steps = 0
        // "in the southern city of Kandahar", "the northern town of Saraqib": the direction says
        // where the town lies in its country, not that the event was outside it
        if j - 1 >= range.lowerBound, doc.tokens[j].lex == Document.ofHash, doc.lexAt[j - 1] >= 0, doc.lexHas(j - 1, .areaword) { return false }
        while j >= range.lowerBound, steps < 3 {
            if doc.lexAt[j] >= 0, doc.lexHas(j, .near) { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Sentence `k` places the act "in this city" (town, capital, municipality, province): local
    /// press writes so of the place of its dateline.
    func saysThisCity(_ k: Int) -> Bool {
        let range = doc.sentences[k].range
        guard range.count > 2 else { return false }
        for t in range.lowerBound..<(range.upperBound - 1) where word(t, "this") {
            if doc.tokens[t + 1].isWord, Self.ownPlaceWords.contains(doc.tokens[t + 1].lex) { return true }
        }
        // "in a raid on a house in Barangay Casisang here": "here" after a place's name, outside
        // a quotation, is the dateline's city (as news in the Philippines and South Asia writes it)
        for t in (range.lowerBound + 1)..<range.upperBound where word(t, "here") && !doc.tokens[t].flags.contains(.quoted) {
            let before = doc.tokens[t - 1]
            if before.isWord, before.flags.contains(.capitalized), t - 1 > range.lowerBound { return true }
        }
        return false
    }

    static let ownPlaceWords = WordSet(["city", "town", "capital", "municipality", "province", "provincial"])
}

