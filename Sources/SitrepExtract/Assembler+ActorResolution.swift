import SitrepModel

// MARK: - Which actor-list entry a matched name is

extension Assembler {
    /// Whether a lexicon actor that resolves in this story's country covers `r` (an alias of another
    /// country's lexicon entry does not hide the generic word under it).
    func resolvedActorOverlaps(_ r: Range<Int>, country: String?, day: Day) -> Bool {
        for t in r where doc.actorAt[t] >= 0 {
            if resolveActor(doc.actors[Int(doc.actorAt[t])], country: country, day: day) != nil { return true }
        }
        return false
    }

    /// One lexicon entry for an alias that several countries share ("civilians", "the army"): the
    /// event's country first, then an international entry, else a group named for one country only.
    func resolveActor(_ m: Document.ActorMatch, country: String?, day: Day) -> UInt32? {
        guard let id = resolveActorEntry(m, country: country, day: day) else { return nil }
        let entries = extractor.actors.entries
        // a foreign state's forces under the name ACLED gives them there ("Saudi forces" in Yemen);
        // a bare country name ("the US and the regime declared a truce") is the state, not its forces
        if entries[Int(id)].type == .state, !entries[Int(id)].country.isEmpty, m.range.count > 1,
           Self.namesStateForces(entries[Int(id)].canonical),
           let alt = extractor.actors.standIn(for: entries[Int(id)].country, in: country) { return alt }
        return id
    }

    private func resolveActorEntry(_ m: Document.ActorMatch, country: String?, day: Day) -> UInt32? {
        let entries = extractor.actors.entries
        func valid(_ id: UInt32) -> Bool { entries[Int(id)].isValid(on: day) }
        if let country, let id = m.entries.first(where: { entries[Int($0)].country == country && valid($0) }) { return id }
        if let id = m.entries.first(where: { entries[Int($0)].country.isEmpty && valid($0) }) { return id }
        // one name (and below, one country) across the entries: compared in place, no Set of Strings
        if let id = m.entries.first(where: valid), m.entries.allSatisfy({ !valid($0) || entries[Int($0)].canonical == entries[Int(id)].canonical }),
           !entries[Int(id)].generic, entries[Int(id)].type != .civilians {
            // a named group fighting abroad keeps its name; a generic word of another country does not
            let oneCountry = m.entries.allSatisfy { !valid($0) || entries[Int($0)].country == entries[Int(id)].country }
            // a lowercase common word ("the military") of another country's lexicon entry is not that country;
            // an initialism is no common word even when it spells one ("U.S." and "US" are "us")
            let common = m.range.allSatisfy { doc.tokens[$0].kind != .word || doc.tokens[$0].flags.contains(.stop) && !Self.isInitialism(doc.tokens[$0]) }
            // capitalized as a name, not merely as the first word of a sentence ("Warplanes bombed ...")
            // (the match may open with an article the matcher passed over: in "killed in an Israeli
            // strike" the name starts at "Israeli", not at "an")
            let first = m.range.count > 1 && doc.tokens[m.range.lowerBound].flags.contains(.article)
                && !doc.tokens[m.range.lowerBound].flags.contains(.capitalized) ? m.range.lowerBound + 1 : m.range.lowerBound
            let sentenceStart = doc.sentences[Int(doc.sentenceOf[first])].range.lowerBound == first
            // (a name that opens a sentence as the subject of saying or claiming is a name: "Hamas claimed
            // responsibility", "Hezbollah said"; a common word opening one is seldom a speaker)
            let speaks = m.range.upperBound < doc.tokens.count && doc.tokens[m.range.upperBound].isWord
                && Self.sayingVerbs.contains(doc.tokens[m.range.upperBound].lex)
            let named = doc.tokens[first].flags.contains(.capitalized) && (!sentenceStart || m.range.count > 1 || doc.tokens[first].flags.contains(.allCaps) || speaks)
            // (with no country known, one name listed for several countries is still that name: the
            // Global Coalition in Syria and in Iraq)
            if oneCountry || country == nil, named, !common { return id }
        }
        return nil
    }

    /// The name is a state's forces' ("Military Forces of ..."). Its first byte is tested first:
    /// most names start otherwise, and `hasPrefix` compares by characters (for every mention of a
    /// sentence, in `lastStateForces`).
    @inline(__always) static func namesStateForces(_ name: String) -> Bool {
        name.utf8.first == UInt8(ascii: "M") && name.hasPrefix("Military Forces of")
    }

    /// Two or three capitals, dotted or not ("U.S.", "UK", "U.N."): a country's or body's initials.
    static func isInitialism(_ t: Token) -> Bool {
        t.flags.contains(.allCaps) && t.length <= 3
    }

    /// Nouns that "unknown" or "unidentified" qualifies when it names no actor ("unknown reasons",
    /// "an unidentified location", "unknown casualties").
    static let unknownThings = WordSet([
        "reason", "reasons", "motive", "motives", "number", "numbers", "location", "locations", "place", "circumstances",
        "cause", "causes", "origin", "identity", "nationality", "destination", "direction", "value", "means", "charges",
        "date", "time", "amount", "whereabouts", "fate", "extent", "casualties", "fatalities", "injuries", "damage", "object", "objects",
    ])

    /// "Unknown" or "unidentified" alone at `t` qualifies a thing ("for unknown reasons", "an
    /// unidentified number of") or is said of one ("the motive is unknown"): it names no actor.
    func qualifiesNoActor(_ t: Int, in range: Range<Int>) -> Bool {
        let next = t + 1
        if next < range.upperBound, doc.tokens[next].isWord { return Self.unknownThings.contains(doc.tokens[next].lex) }
        return t > range.lowerBound && doc.tokens[t - 1].isWord && Self.copulas.contains(doc.tokens[t - 1].lex)
    }

    static let copulas = WordSet(["is", "was", "are", "were", "remains", "remain", "remained", "be"])
}
