// MARK: - A capital that speaks for its state

extension PlaceResolver {
    /// "Ankara, which regards the SDF as an offshoot of the PKK, did not comment", "Moscow denied
    /// the report", "Kyiv says it shot down the drones": a country's capital as the subject of a
    /// verb of saying or of a stance stands for its government, not for a place where anything
    /// happened. Such a mention is dropped when its most populous reading (a province of the same
    /// name aside) is a capital or a city of half a million or more, and no word of place ("in",
    /// "near") comes before it.
    func dropCapitalsSpeakingForStates(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        let info = gazetteer.places, capitals = gazetteer.capitals
        places.removeMatches { m in
            // (the verb first: a few tokens read, where the readings below may be hundreds; and
            // before the word of place, one hashing per mention, when few mentions precede a verb)
            guard m.range.count <= 2, !m.candidates.isEmpty, m.areaHint == .none,
                  Self.stateVerbFollows(m.range.upperBound, doc),
                  !(m.range.lowerBound > 0 && PlaceResolver.placeContextWords.contains(doc.tokens[m.range.lowerBound - 1].lex))
            else { return false }
            // (the capitals table holds the city at each country's point; a country's point is not
            // always its capital, so a big city counts too: "Ankara", "Washington")
            // (a province named like its capital is read with it: "Ankara" is both)
            func speaks(_ c: UInt32) -> Bool { capitals[info[Int(c)].countryKey] == c || info[Int(c)].kind == .city && info[Int(c)].population >= 500_000 }
            // (the name's best-known reading decides: "Moscow" is Russia's capital before a town in Idaho)
            guard let top = m.candidates.filter({ !info[Int($0)].kind.isArea }).max(by: { info[Int($0)].population < info[Int($1)].population }) else { return false }
            return speaks(top)
        }
    }

    /// A verb of saying or of a stance at `t`, after a relative clause set off by commas (", which
    /// regards ... ,") or a "not" ("did not comment"): the name before it is its subject.
    static func stateVerbFollows(_ t: Int, _ doc: Document) -> Bool {
        let j = t
        let tokens = doc.tokens
        if j + 1 < tokens.count, tokens[j].isPunct(0x2C), tokens[j + 1].isWord, relativeWords.contains(tokens[j + 1].lex) {
            // the clause may hold commas of its own (", which regards the SDF's core, the YPG, as ..."):
            // its end is the comma the verb follows
            var k = j + 2
            while k + 1 < tokens.count, k - j < 32 {
                if tokens[k].kind == .punct, tokens[k].mark == 0x2E || tokens[k].mark == 0x3B { return false }
                if tokens[k].isPunct(0x2C), tokens[k + 1].isWord, stateVerbs.contains(tokens[k + 1].lex) { return true }
                k += 1
            }
            return false
        }
        guard j < tokens.count, tokens[j].isWord else { return false }
        return stateVerbs.contains(tokens[j].lex)
    }

    static let relativeWords = WordSet(["which", "who", "whose"])
    /// What a government does in words: "said", "denied", "accused", "did (not comment)".
    static let stateVerbs = WordSet([
        "said", "says", "denied", "denies", "accused", "accuses", "did", "does", "regards", "considers", "blamed", "blames",
        "warned", "warns", "condemned", "condemns", "rejected", "rejects", "insists", "insisted", "responded", "vowed", "vows",
        "threatened", "threatens", "announced", "announces", "demanded", "demands", "urged", "urges", "maintains", "views",
        "sees", "claims", "called", "calls", "declined", "refused", "wants", "welcomed", "welcomes", "summoned", "protested",
    ])
}
