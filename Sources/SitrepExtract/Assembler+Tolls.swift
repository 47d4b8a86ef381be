import SitrepModel

// MARK: - Tolls: deaths told with no act named are violence all the same

extension Assembler {
    /// The rules that score a sentence by what its words say together, after its trigger words: an
    /// interception of people is an arrest (`interceptsPeople`), a road blocked with tires a riot
    /// (`proposeBarricade`), a base set up a base established (`proposeBase`), property burned or
    /// stolen its destruction (`proposeDestruction`), civilians seized an abduction (`proposeSeizure`),
    /// a crowd dispersed a protest (`proposeDispersal`), prisoners exchanged an agreement and a
    /// drone downed its disruption (`proposeExchangeOrDowning`), heavy machine guns shelling
    /// (`proposeHeavyGuns`), a weapon aimed at civilians an attack (`proposeAimedFire`), and a toll with no
    /// act named violence (`proposeToll`, last: it reads what the others scored).
    func readActs(_ ev: inout Evidence, sentence k: Int) {
        interceptsPeople(&ev, sentence: k)
        // the barricade rule and the four after `proposeBase` each read on only from a word of their
        // own set: a sentence with none of them (most) is scanned once here, not five times
        let acts = hasActVerb(sentence: k)
        if acts { proposeBarricade(&ev, sentence: k) }
        proposeBase(&ev, sentence: k)
        proposeBaseSetUp(&ev, sentence: k)
        proposeTownTaken(&ev, sentence: k)
        proposeExpulsion(&ev, sentence: k)
        proposeRoadBlockedInProtest(&ev, sentence: k)
        proposeHeavyGuns(&ev, sentence: k)
        if acts {
            proposeAimedFire(&ev, sentence: k)
            proposeDestruction(&ev, sentence: k)
            proposeSeizure(&ev, sentence: k)
            proposeDispersal(&ev, sentence: k)
            proposeExchangeOrDowning(&ev, sentence: k)
        }
        proposeToll(&ev, sentence: k)
    }

    /// Whether sentence `k` has a word that `proposeBarricade`, `proposeDestruction`, `proposeSeizure`,
    /// `proposeDispersal`, `proposeExchangeOrDowning` or `proposeAimedFire` starts from (without one they do nothing).
    func hasActVerb(sentence k: Int) -> Bool {
        !sentenceWords(k).isDisjoint(with: .actVerb)
    }

    static let actVerbs = WordSet(unionOf: [barricadeStarts, destructionVerbs, peopleTakingWords, disperseWords, exchangeVerbs, bringDownVerbs, aimVerbs])

    /// Weighs less than any act named (a bare explosion word weighs 2.6, "attacked" 1): a toll
    /// says that violence happened, an act names which.
    static let tollWeight = 1.2
    /// A long report's lead that tells deaths tells an act in full: as much as a page's incident needs.
    static let leadTollWeight = 2.0
    /// A text of this many sentences or fewer may be one report (as `events` reads it).
    static let shortTextSentences = 12

    /// Sub-types a sentence may name beside a toll and still be read as violence by it: a patrol,
    /// a deployment or a visit is no reason for deaths ("attacked a patrol, killing two soldiers").
    static let incidental: SubEventSet = [.changeToGroup, .headquarters, .nonViolentTransfer, .other]

    /// Scores the violence of a toll (`toll`) in sentence `k` when no act is named in it, or only
    /// a patrol, a deployment or a visit.
    /// Only in a short text (a report, an update, a note): on a page a toll sentence belongs to
    /// the incident told before it, which it must not split off. A long news report's lead has
    /// no incident before it: its toll is read too when no act word of it counts ("Twenty
    /// villagers were hacked and shot to death when rebels overran their farms ..." opening a
    /// report of twenty sentences), and weighs as an act in full.
    func proposeToll(_ ev: inout Evidence, sentence k: Int) {
        guard mayBeSingleReport, doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) else { return }
        var weight = Self.tollWeight
        if doc.sentences.count <= Self.shortTextSentences {
            guard ev.scores.isEmpty || SubEventType.all.allSatisfy({ ev.scores[$0.rawValue] == 0 || Self.incidental.contains($0) }) else { return }
        } else {
            // a long report's lead tells its news: its toll is an act in full (`leadTollWeight`),
            // which a page's incident needs, where the verbs of its deaths are no act words
            guard !assumeEvent, ev.bestScore < 1, isTheLead(k) else { return }
            weight = Self.leadTollWeight
        }
        let range = doc.sentences[k].range
        guard let found = toll(in: range) else { return }
        // news tells deaths of every kind (a fire, a capsized boat): without `assumeEvent` a toll is
        // violence only when the dead are fighters or an armed actor is named with them
        if !assumeEvent, !found.armed, !namesArmedActor(range) { return }
        ev.propose(found.armed ? .armedClash : .attack, weight: weight * reportFactor(trigger: found.at, end: found.at + 1, sentence: range),
                   trigger: found.at)
    }

    /// Sentence `k` is a report's lead: its first sentence that is no bare line (a headline, a caption).
    func isTheLead(_ k: Int) -> Bool {
        !doc.sentences[k].isBareLine && (0..<k).allSatisfy { doc.sentences[$0].isBareLine }
    }

    /// Sentence `range` names an armed actor: a listed one that is not a crowd or civilians, or an
    /// armed actor word ("gunmen", "security forces").
    func namesArmedActor(_ range: Range<Int>) -> Bool {
        for t in range {
            if !doc.actorAt.isEmpty, doc.actorAt[t] >= 0,
               doc.actors[Int(doc.actorAt[t])].entries.contains(where: {
                   let type = extractor.actors.entries[Int($0)].type
                   return type != .civilians && type != .protesters && type != .rioters
               }) { return true }
            if doc.lexHas(t, .actorword),
               doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .actorword && Self.armedKinds.contains(lexicon.firstFields[Int($0)]) }) {
                return true
            }
        }
        return false
    }

    /// A toll told with no act that caused it ("five soldiers were killed in Quetta", "leaving two
    /// militants dead", "a man was found killed"): the first killed or injured figure of the
    /// sentence, or one death told without a number. ACLED never codes deaths by violence as a
    /// strategic development; whoever died says which violence: armed victims (soldiers,
    /// militants, members) with no civilian among them fought a battle, anyone else was attacked.
    func toll(in range: Range<Int>) -> (at: Int, armed: Bool)? {
        guard !speaksOfTheWarSoFar(range), !(doc.sentenceHas(Int(doc.sentenceOf[range.lowerBound]), .kill) && cumulativeToll(range)) else { return nil }
        let reader = CasualtyReader(lexicon: lexicon)
        var at = reader.casualties(in: doc, sentence: range).first { $0.value > 0 }?.range.lowerBound
        if at == nil, doc.sentenceHas(Int(doc.sentenceOf[range.lowerBound]), .kill) {
            at = reader.singleDeath(in: doc, sentences: [range])?.lowerBound
        }
        guard let at else { return nil }
        // "in pursuit of those who killed a policeman": a relative clause tells what someone did
        // before, not this event's deaths
        for b in [at - 1, at - 2] where b >= range.lowerBound && doc.tokens[b].isWord && Self.relativeWords.contains(doc.tokens[b].lex) { return nil }
        var armed = false
        for t in range where doc.lexHas(t, .victim) {
            guard let civilian = reader.isVictim(doc, t) else { continue }
            if civilian { return (at, false) }
            armed = true
        }
        return (at, armed)
    }

    static let relativeWords: [UInt64] = ["who", "which", "that", "whom"].map { DateResolver.lexHash($0) }
}

// MARK: - Cumulative tolls: a war's count is no incident's

extension Assembler {
    /// "Since fighting erupted in April, more than 5,000 people have been killed", "the conflict
    /// has killed 300 people so far this year": a toll in the present perfect (`have`/`has` right
    /// before the kill word, or "have died") counted over a period that began with the war, the
    /// year or an earlier event ("since" and a start or war word, "so far", "to date", "in
    /// total"). ACLED codes events, never such counts; the words of the period ("since fighting
    /// erupted") name the war, not an act (see `inCumulativePeriod`).
    func cumulativeToll(_ range: Range<Int>) -> Bool {
        // (the perfect needs one of its auxiliaries: a sentence with none is not scanned, see `SentenceWords`)
        guard sentenceWords(of: range).contains(.runningTollAuxiliary) else { return false }
        var perfect = false, period = false
        // (the word sets read once: a static read per word runs its once-check)
        let auxiliaries = Self.runningTollAuxiliaries, since = Self.sinceWord, periods = Self.periodWords, wars = Self.wholeWars
        for t in range where doc.tokens[t].isWord {
            let lex = doc.tokens[t].lex
            if doc.lexHas(t, .kill), (max(range.lowerBound, t - 3)..<t).contains(where: { doc.tokens[$0].isWord && auxiliaries.contains(doc.tokens[$0].lex) }) {
                perfect = true
                // "The war has killed more than 12,000 people", "It has killed ..." after a
                // sentence about the war: the war is the killer, and its count runs over all of it
                if warIsTheKiller(before: t, in: range) { period = true }
            }
            if lex == since, sincePeriodEnd(after: t, in: range) != nil { period = true }
            if periods.contains(lex), word(t - 1, "so") || word(t - 1, "to") || word(t - 1, "in") { period = true }
            // "have been killed in the conflict": the war itself is the period
            if wars.contains(lex), word(t - 1, "the"), word(t - 2, "in") { period = true }
        }
        return perfect && period
    }

    /// The subject of a running toll's verb at `kill` names a whole war or its violence ("the war
    /// has killed", "the violence in the region has killed"), or is "it" standing for a war the
    /// sentence before named ("The war broke out in April. It has killed ...").
    func warIsTheKiller(before kill: Int, in range: Range<Int>) -> Bool {
        let wars = Self.wholeWars, violence = Self.violenceNouns  // (read once, not per word)
        for j in range.lowerBound..<kill where doc.tokens[j].isWord {
            if wars.contains(doc.tokens[j].lex) || violence.contains(doc.tokens[j].lex) { return true }
        }
        guard word(range.lowerBound, "it"), range.lowerBound > 0 else { return false }
        let before = doc.sentences[Int(doc.sentenceOf[range.lowerBound - 1])].range
        return before.contains { doc.tokens[$0].isWord && Self.wholeWars.contains(doc.tokens[$0].lex) }
    }

    /// Nouns for the violence of a war as a whole ("the violence has killed 80 people").
    static let violenceNouns = WordSet(["violence", "bloodshed"])

    /// The end of the period "since" opens at `t` when it starts with the war, the year or the start
    /// of something ("since the war began", "since fighting erupted", "since the start of the year",
    /// "since the coup"): the first clause mark after it, else the sentence's end.
    func sincePeriodEnd(after t: Int, in range: Range<Int>) -> Int? {
        var end = range.upperBound, start = false
        for j in (t + 1)..<range.upperBound {
            if doc.tokens[j].kind == .punct, doc.tokens[j].mark == 0x2C || doc.tokens[j].mark == 0x3B { end = j; break }
            if j < t + 6, doc.tokens[j].isWord, Self.startWords.contains(doc.tokens[j].lex) || Self.warNouns.contains(doc.tokens[j].lex) { start = true }
            // "since January", "since 2019": a period of months or years ("since April 21", a day,
            // is a campaign's own period); "since then": from a start the sentence before named
            if j == t + 1, doc.lexHas(j, .month) && !(j + 1 < range.upperBound && doc.tokens[j + 1].kind == .number && doc.tokens[j + 1].length <= 2)
                || doc.tokens[j].kind == .number && doc.tokens[j].length == 4 || word(j, "then") { start = true }
        }
        return start ? end : nil
    }

    /// Token `t` lies in the "since ..." period of a cumulative toll's sentence: it names the war.
    func inCumulativePeriod(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= range.lowerBound {
            if doc.tokens[j].isWord, doc.tokens[j].lex == Self.sinceWord { return (sincePeriodEnd(after: j, in: range) ?? range.lowerBound) > t }
            if doc.tokens[j].kind == .punct, doc.tokens[j].mark == 0x2C || doc.tokens[j].mark == 0x3B { return false }
            j -= 1
        }
        return false
    }

    /// Auxiliaries before a kill word in a running toll ("have been killed", "has killed").
    static let runningTollAuxiliaries = WordSet(["have", "has", "been"])
    /// "so far", "to date", "in total"
    static let periodWords = WordSet(["far", "date", "total"])
    /// Nouns that name a whole war, never one of its incidents ("killed in the conflict").
    static let wholeWars = WordSet(["war", "conflict", "insurgency", "uprising", "revolution"])
    static let warNouns = WordSet(["war", "conflict", "invasion", "coup", "uprising", "insurgency", "crisis", "revolution", "year", "offensive"])
}
