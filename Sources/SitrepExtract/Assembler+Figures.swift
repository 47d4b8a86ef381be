import SitrepModel

// MARK: - An incident's figures

extension Assembler {
    /// The killed and injured figures of an incident, as its event reports them.
    struct Figures {
        var killed = 0
        var killMin: Int?
        var killMax: Int?
        var injured: Int?
        var civilianVictims = false
        var fatalitySpan: Range<Int>?
    }

    /// The incident's own figures (its sentences less the clauses of other sources' `accounts`),
    /// then ACLED's conservative rule over every account: "if sources report different fatality
    /// figures, the lowest is used". A denial's figure is no account of deaths. The event keeps its
    /// own source's qualifiers (`killMin`, `killMax`) and takes an account's only when it has none.
    /// "also" right before a kill word ("also died", "were also killed"): the sentence adds dead to
    /// the toll already given, it does not restate it ("officials also said 12 were killed" does).
    func alsoKilled(in range: Range<Int>, reader: CasualtyReader) -> Bool {
        let also = Self.alsoHash  // (read once, not per token)
        for t in range where doc.tokens[t].isWord && doc.tokens[t].lex == also {
            let n = t + 1
            if n < range.upperBound, doc.lexAt[n] >= 0, reader.what(doc, n) == .killed { return true }
        }
        return false
    }

    static var alsoHash: UInt64 { DateResolver.lexHash("also" as StaticString) }
    /// "The bomber also died in the blast", "She also died", "the gunman was also killed": the one
    /// attacker, told apart from the toll, died too. The subject right before "also" (or "was
    /// also") is the bomber, attacker or gunman, or a pronoun for one named in the sentence before.
    func attackerAlsoDied(_ range: Range<Int>, reader: CasualtyReader) -> Bool {
        for t in range where doc.tokens[t].isWord && doc.tokens[t].lex == Self.alsoHash {
            guard t + 1 < range.upperBound, doc.lexAt[t + 1] >= 0, reader.what(doc, t + 1) == .killed else { continue }
            var s = t - 1
            if s > range.lowerBound, word(s, "was") { s -= 1 }
            guard s >= range.lowerBound, doc.tokens[s].isWord else { continue }
            if Self.loneAttackers.contains(doc.tokens[s].lex) { return true }
            if s == range.lowerBound, word(s, "he") || word(s, "she"), range.lowerBound > 0 {
                let before = doc.sentences[Int(doc.sentenceOf[range.lowerBound - 1])].range
                if before.contains(where: { doc.tokens[$0].isWord && Self.loneAttackers.contains(doc.tokens[$0].lex) }) { return true }
            }
        }
        return false
    }

    static let loneAttackers = WordSet(["bomber", "attacker", "gunman", "assailant", "shooter"])

    /// The number phrase at `r` counts the attackers ("20 assailants", "15 of the militants",
    /// "around 20 attackers"): the word after it, or after "of the", is one of `attackerWords`.
    func countsAttackers(_ r: Range<Int>) -> Bool {
        var j = r.upperBound
        if word(j, "of") { j += 1; if word(j, "the") || word(j, "its") || word(j, "their") { j += 1 } }
        for t in j..<min(doc.tokens.count, j + 3) where doc.tokens[t].isWord {
            if Self.attackerWords.contains(doc.tokens[t].lex) { return true }
        }
        return false
    }

    /// A sentence that restates a toll rather than adding one ("the toll", "in total", "in all").
    private func speaksOfSameToll(_ k: Int) -> Bool {
        doc.sentences[k].range.contains { doc.tokens[$0].isWord && Self.totalWords.contains(doc.tokens[$0].lex) }
    }

    static let attackerWords = WordSet(["assailants", "attackers", "militants", "terrorists", "jihadists", "insurgents", "gunmen",
                                        "assailant", "attacker", "militant", "terrorist", "jihadist", "insurgent", "gunman", "raiders"])
    static let totalWords = WordSet(["toll", "total", "all", "overall", "altogether"])

    func figures(_ inc: Incident, accounts: [Claim]) -> Figures {
        var f = Figures()
        let casualtyReader = CasualtyReader(lexicon: lexicon)
        // the lead sentence that gives a toll speaks for the incident (later "other sources report" figures
        // and partisan claims do not raise it: ACLED's conservative count)
        var tollFound = false
        // the first figure found was told with "also" ("two civilians ... were also killed"): dead on top of a source's
        var alsoFirst = false
        // a figure needs a digit or a number, qualifier or vague word in its sentence
        for k in inc.sentences where doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) || doc.sentenceHas(k, .qualifier)
            || doc.sentenceHas(k, .vague) {
            // "How many people died?": a question gives no figure
            if asksAQuestion(k) { continue }
            // "In a separate incident, troops killed four militants": the text says the deaths are
            // another event's, even where the sentence stays with this incident (a weak act word)
            if k != inc.sentences.first, opensAnotherIncident(doc.sentences[k].range) { continue }
            // (a sentence with no casualty figure adds nothing: the war-so-far test is left for those with one)
            var cs = casualtyReader.casualties(in: doc, sentence: doc.sentences[k].range)
            // "after a student died in a road accident": the deaths a disaster or an accident caused
            // are none of the riot or protest it set off
            if !assumeEvent, !cs.isEmpty, notReportKinds(in: k).hazard { cs.removeAll { diedInADisaster(after: $0.range) } }
            // "since March 2011, more than 300,000 people have been killed": the war's toll, no incident's
            if cs.isEmpty || speaksOfTheWarSoFar(doc.sentences[k].range) { continue }
            // "more than 6,000 people have been killed in the conflict": the war's count
            if doc.sentenceHas(k, .kill), cumulativeToll(doc.sentences[k].range) { continue }
            // "gang violence killed more than 4,000 people last year": the past's count
            if !assumeEvent, killedInAnEarlierYear(doc.sentences[k].range) { continue }
            // whoever gives it, a civilian toll tells who was hit
            if cs.contains(where: { $0.civilian }) { f.civilianVictims = true }
            if !accounts.isEmpty { cs.removeAll { c in accounts.contains { $0.clause.contains(c.range.lowerBound) } } }
            // "while al Shabaab said it had killed 15 soldiers": the other side's boast is no toll
            if cs.count > 1 { cs.removeAll { isBoast($0) } }
            // "killed two people ..., with Hezbollah announcing the deaths of two of its fighters": the same dead, named
            if cs.count > 1 { cs = cs.enumerated().filter { i, c in !(i > 0 && namesTheSameDead(c, after: cs[..<i])) }.map(\.element) }
            let k1 = cs.filter { $0.what == .killed }
            let sum = k1.reduce(0) { $0 + $1.value }
            if sum > 0, !tollFound {
                tollFound = true
                alsoFirst = alsoKilled(in: doc.sentences[k].range, reader: casualtyReader)
                f.killed = sum
                f.killMin = k1.count == 1 ? k1[0].min : k1.reduce(0) { $0 + ($1.min ?? $1.value) }
                f.killMax = k1.count == 1 ? k1[0].max : (k1.allSatisfy { $0.max != nil } ? k1.reduce(0) { $0 + $1.max! } : nil)
                f.fatalitySpan = k1[0].range
            } else if sum > 0, k1.count > 1, sum == f.killed {
                // "Eleven killed" ... "Eight people from the camps were killed, while three of the
                // attackers were also killed": the toll told again, broken down
            } else if sum > 0, let first = f.fatalitySpan, !countsAttackers(first), let extra = attackersBeyondToll(k1, toll: f.killed),
                      !speaksOfSameToll(k) {
                // "three policemen martyred" ... "killing three policemen, before two of the attackers
                // were shot dead": the toll told again with the attackers' dead, which add to it
                f.killed += extra
                f.killMin = f.killMin.map { $0 + extra }
                f.killMax = f.killMax.map { $0 + extra }
            } else if sum > 0, let first = f.fatalitySpan, !countsAttackers(first), k1.allSatisfy({ countsAttackers($0.range) && !$0.vague }),
                      !speaksOfSameToll(k) {
                // "jihadists killed 12 soldiers ... the army said its troops killed 20 assailants":
                // the other side's dead add to the toll (ACLED sums both sides of a battle)
                f.killed += sum
                f.killMin = f.killMin.map { $0 + sum }
                f.killMax = f.killMax.map { $0 + sum }
            } else if sum > 0, let first = f.fatalitySpan, countsTheOtherSide(k1, than: first), !speaksOfSameToll(k) {
                // "Five Maoists were killed in an encounter ... One DRG constable was killed": the
                // other side's dead add to the toll (`countsTheOtherSide`)
                f.killed += sum
                f.killMin = f.killMin.map { $0 + sum }
                f.killMax = f.killMax.map { $0 + sum }
            } else if sum > f.killed, countedByALaterTime(doc.sentences[k].range, before: k1[0].range.lowerBound) {
                // "the deputy mayor put the toll at 12 ... By Sunday evening 20 bodies had been
                // recovered": the count as it stood later is the toll as it grew (the first figure
                // stays as the lower bound)
                f.killMin = f.killed
                f.killed = sum
                f.killMax = k1.count == 1 ? k1[0].max : nil
                f.fatalitySpan = k1[0].range
            } else if sum > 0, alsoKilled(in: doc.sentences[k].range, reader: casualtyReader) {
                // "Two soldiers also died in the exchange of fire": more dead, on top of the lead's toll
                f.killed += sum
                f.killMin = f.killMin.map { $0 + sum }
                f.killMax = f.killMax.map { $0 + sum }
            }
            let inj = cs.filter { $0.what == .injured }.reduce(0) { $0 + $1.value }
            if inj > f.injured ?? 0 { f.injured = inj }
        }
        // a toll the story itself revises upward ("at least 100 ... later rose to 120") is the
        // report's toll: ACLED's lowest-figure rule settles sources that disagree, not a count
        // that grew. The figure before the revision stays as the lower bound.
        // ("the toll had risen to 57": "toll" alone is no kill word, so any sentence with a number)
        for k in inc.sentences where doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) {
            let range = doc.sentences[k].range
            // (the revision first: most sentences revise nothing, and both only read the document)
            guard let r = casualtyReader.revisedToll(in: doc, sentence: range), r.value > f.killed, !speaksOfTheWarSoFar(range) else { continue }
            // (a source's own revision is still the count growing: "the toll had risen to 11, the civil defence said")
            if !accounts.isEmpty, accounts.contains(where: { $0.clause.contains(r.range.lowerBound) && !$0.revises }) { continue }
            let before = f.killed
            f.killed = r.value
            f.killMin = before > 0 ? before : r.min
            f.killMax = r.max
            f.fatalitySpan = r.range
            tollFound = true
        }
        // "Twelve were dead by nightfall, the civil defence said, after two of the wounded died": a
        // source's count that grew with the wounded who died is the toll as it stands
        if let grown = accounts.filter({ !$0.denial && $0.grew }).max(by: { $0.killed < $1.killed }), grown.killed > f.killed {
            f.killMin = tollFound ? f.killed : grown.killMin
            tollFound = true
            f.killed = grown.killed
            f.killMax = grown.killMax
            f.fatalitySpan = grown.fatalitySpan
        }
        if let low = accounts.filter({ !$0.denial && $0.killed > 0 && !$0.revises && !$0.earlier && !$0.grew && !$0.adds }).min(by: { $0.killed < $1.killed }) {
            if !tollFound {
                tollFound = true
                f.killed = low.killed
                f.killMin = low.killMin
                f.killMax = low.killMax
                f.fatalitySpan = low.fatalitySpan
            } else if alsoFirst, let own = f.fatalitySpan, let told = low.fatalitySpan, told.lowerBound < own.lowerBound {
                // "A local official said four soldiers died. Residents said two civilians ... were
                // also killed": the dead told with "also" add to the source's told before them
                f.killed += low.killed
                f.killMin = f.killMin.map { $0 + (low.killMin ?? low.killed) }
                f.killMax = f.killMax.map { $0 + (low.killMax ?? low.killed) }
            } else if low.killed < f.killed {
                f.killed = low.killed
            }
        }
        // "Residents said two civilians ... were also killed": a source's dead on top of the toll
        for a in accounts where a.adds && !a.denial && a.killed > 0 {
            if !tollFound { tollFound = true; f.killed = 0; f.killMin = 0; f.killMax = 0; f.fatalitySpan = a.fatalitySpan }
            f.killed += a.killed
            f.killMin = f.killMin.map { $0 + (a.killMin ?? a.killed) }
            f.killMax = f.killMax.map { $0 + (a.killMax ?? a.killed) }
        }
        if f.injured == nil, let low = accounts.compactMap(\.injured).min() { f.injured = low }
        // "She also died in the blast": the attacker's own death adds to the toll (ACLED counts
        // every death of the event)
        if tollFound, f.killed > 0, inc.sentences.contains(where: { attackerAlsoDied(doc.sentences[$0].range, reader: casualtyReader)
            || killedBesidesHimself(doc.sentences[$0].range) }) {
            f.killed += 1
            f.killMin = f.killMin.map { $0 + 1 }
            f.killMax = f.killMax.map { $0 + 1 }
        }
        // ACLED's closing formula ("2 fatalities.", "fatalities coded as 10 and split between 2
        // locations") states the coded figure: it overrides the prose's count
        let numbered = inc.sentences.filter { doc.sentenceSummary[$0].hasNumber || doc.sentenceHas($0, .number) }
        if !numbered.isEmpty, let coded = casualtyReader.codedFigure(in: doc, sentences: numbered.map { doc.sentences[$0].range }) {
            f.killed = coded.value
            f.killMin = coded.value
            f.killMax = coded.value
            f.fatalitySpan = coded.range
            return f
        }
        guard !tollFound else { return f }
        // ("the body of a woman": "body" is a singular word, not a kill word)
        let killing = inc.sentences.filter { doc.sentenceHas($0, .kill) || doc.sentenceHas($0, .singular) }.map { doc.sentences[$0].range }
        guard !killing.isEmpty else { return f }
        // "abducted 9 soldiers … later killed them"
        if let c = casualtyReader.pronounToll(in: doc, sentences: inc.sentences.map { doc.sentences[$0].range }) {
            f.killed = c.value
            f.killMin = c.min
            f.killMax = c.max
            f.fatalitySpan = c.range
        } else if let r = casualtyReader.singleDeath(in: doc, sentences: killing), assumeEvent || !diedInADisaster(after: r) {
            // "killing him", "the body of a man was found": one death without a number
            f.killed = 1
            f.killMin = 1
            f.killMax = 1
            f.fatalitySpan = r
        }
        return f
    }
}

extension Assembler {
    /// A disaster or accident word within the six words after the casualty told at `r`, in its
    /// clause ("died in a road accident", "were killed when the floods swept").
    func diedInADisaster(after r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.lowerBound < doc.tokens.count else { return false }
        let sentence = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        var j = r.upperBound
        while j < min(sentence.upperBound, r.upperBound + 7) {
            if doc.tokens[j].kind == .punct, doc.tokens[j].mark != 0x2D { return false }
            if notReportKind(at: j) == .hazard { return true }
            j += 1
        }
        return false
    }
}
