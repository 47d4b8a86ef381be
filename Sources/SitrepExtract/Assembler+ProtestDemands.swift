import SitrepModel

// MARK: - What a protest implies and asks for: a crowd dispersed, a truce demanded, whose kin

extension Assembler {
    /// "Police fired tear gas to disperse opposition supporters", "dispersed a crowd of mourners":
    /// a crowd dispersed was gathered, a demonstration whoever reports it with no protest word.
    /// Scored as a protest word in sentence `k`, once; the dispersal itself then makes it a
    /// protest with intervention (ACLED), like any intervention word.
    func proposeDispersal(_ ev: inout Evidence, sentence k: Int) {
        guard doc.sentenceHas(k, .intervention), ev.scores.isEmpty || ev.scores[SubEventType.peacefulProtest.rawValue] == 0,
              sentenceWords(k).contains(.disperse) else { return }
        let range = doc.sentences[k].range
        let disperseWords = Self.disperseWords
        for t in range where doc.tokens[t].isWord && disperseWords.contains(doc.tokens[t].lex) {
            for j in (t + 1)..<min(range.upperBound, t + 6) {
                if doc.tokens[j].kind == .punct { break }
                if doc.tokens[j].isWord && Self.gatheredWords.contains(doc.tokens[j].lex) || demonstrator(at: j) {
                    ev.propose(.peacefulProtest, weight: Self.dispersalWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                    return
                }
            }
        }
    }

    static let dispersalWeight = 1.8
    static let disperseWords = WordSet(["disperse", "dispersed", "disperses", "dispersing"])
    /// Gatherings and those who gather (with the protesters' actor words).
    static let gatheredWords = WordSet(["crowd", "crowds", "gathering", "gatherings", "mourners", "worshippers", "fans", "followers",
                                        "supporters", "youths", "people", "sit-in", "meeting", "assembly", "march", "marchers"])
}

extension Assembler {
    /// Every agreement word of the incident is what demonstrators ask for or reject ("marched to
    /// demand a ceasefire", "a rally calling for a peace deal", "protested against the accord"):
    /// a demand or a word of rejection within six words before it. The protest is the event.
    func agreementIsOnlyTheDemand(_ inc: Incident) -> Bool {
        everyWord(of: .agreement, in: inc, follows: Self.demandWords, within: 6)
    }

    /// Every `sub` trigger word of the incident has one of `words` within `within` words before
    /// it (and there is one): what the words before it say about it holds for all of them.
    func everyWord(of sub: SubEventType, in inc: Incident, follows words: WordSet, within: Int) -> Bool {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == sub }) {
                any = true
                guard (max(range.lowerBound, t - within)..<t).contains(where: { doc.tokens[$0].isWord && words.contains(doc.tokens[$0].lex) }) else { return false }
            }
        }
        return any
    }

    static let demandWords = WordSet(["demand", "demands", "demanding", "demanded", "call", "calls", "calling", "called", "urge", "urging",
                                      "urged", "for", "against", "reject", "rejecting", "rejected", "oppose", "opposing", "support",
                                      "supporting", "backing", "protest", "protesting", "denounce", "denouncing", "condemn", "condemning"])

    /// The violence word at `t` says who the demonstrators' kin are: within six words after
    /// "relatives of", "families of", "supporters of" ("relatives of people who disappeared held a
    /// sit-in", "relatives and supporters of hostages held in Gaza rallied"). Who they are, not an act.
    /// (`namesThePeopleHeld` reads kin and demands for every act word, over articles and words of
    /// kind only; this reads only a protest's demonstrators, over any words of their description.
    /// Widening that one to "people who" cost a held-out snippet.)
    func namesTheirKin(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j > range.lowerBound, t - j <= 6 {
            if doc.tokens[j].kind == .punct { return false }
            if word(j, "of"), doc.tokens[j - 1].isWord, Self.kinWords.contains(doc.tokens[j - 1].lex) { return true }
            j -= 1
        }
        return false
    }

    private static let kinWords = WordSet(["relatives", "families", "family", "mothers", "parents", "wives", "supporters", "friends", "loved"])

    /// A capitalised violence word that names a place with the word after it ("Hostages Square").
    func namesALandmark(_ t: Int) -> Bool {
        guard t + 1 < doc.tokens.count, doc.tokens[t].flags.contains(.capitalized), doc.tokens[t + 1].isWord else { return false }
        return doc.tokens[t + 1].flags.contains(.capitalized) && Self.landmarkWords.contains(doc.tokens[t + 1].lex)
    }

    private static let landmarkWords = WordSet(["square", "street", "avenue", "road", "bridge", "roundabout", "plaza", "memorial"])
}
