// MARK: - Tolls revised through a story

extension CasualtyReader {
    /// A toll revised upward later in the story: "the death toll later rose to 120", "the toll had
    /// climbed to 57", "the number of dead reached 31". The number after the revision verb (and
    /// "to") is a killed figure when a kill word ("toll", "dead", "killed") comes before the verb
    /// in the sentence; so is the number after "toll at" ("put the death toll at 40").
    func revisedToll(in doc: Document, sentence: Range<Int>) -> Casualty? {
        // both readings start at "toll" or a revision verb: a sentence with neither (most) is done
        // after one pass that only tests words
        var cue = false, ordinal = false, again = false
        let any = Self.anyRevisionCue
        for t in sentence where doc.tokens[t].kind == .word && any.contains(doc.tokens[t].lex) {
            let lex = doc.tokens[t].lex
            if Self.revisionCues.contains(lex) || Self.raiseVerbs.contains(lex) { cue = true } else if Self.ordinalWords.contains(lex) { ordinal = true } else { again = true }
        }
        if ordinal || again, let c = (ordinal ? ordinalVictimDied(in: doc, sentence: sentence) : nil)
            ?? (again ? toldAgainAsDied(in: doc, sentence: sentence) : nil) { return c }
        guard cue else { return nil }
        var killWord = false
        var t = sentence.lowerBound
        let raiseVerbs = Self.raiseVerbs, revisionVerbs = Self.revisionVerbs  // (read once, not per word)
        while t < sentence.upperBound {
            if doc.tokens[t].lex == Self.tollHash || doc.lexAt[t] >= 0 && what(doc, t) == .killed { killWord = true }
            // "the governor later put the death toll at 40", "officials now estimate the toll at 31"
            // ("death toll" is one lexicon phrase: "at" is looked for after it); without a word of
            // a later count ("a volunteer group put the death toll at 22") it is one more source's
            // figure, which the lowest-figure rule weighs, not the count grown
            // ("..., saying some bodies were found on Friday": a day in a clause after the count's is
            // when something else happened)
            if t > sentence.lowerBound, doc.tokens[t - 1].lex == Self.tollHash, DateResolver.isWord(doc, t, "at"), t + 1 < sentence.upperBound,
               (sentence.lowerBound..<clauseEnd(doc, after: t + 1, in: sentence)).contains(where: {
                   doc.tokens[$0].kind == .word && (Self.laterCountWords.contains(doc.tokens[$0].lex) || doc.lexHas($0, .weekday)) }),
               let num = numbers.read(doc, at: t + 1, limit: sentence.upperBound), num.value > 0 {
                return Casualty(what: .killed, value: num.value, min: num.min, max: num.max, range: num.range, civilian: false)
            }
            // "a volunteer group later raised the toll to nine", "bringing the death toll to 23": a
            // verb that raises the toll, the toll, then "to" and the count
            if doc.tokens[t].kind == .word, raiseVerbs.contains(doc.tokens[t].lex), let num = raisedTo(doc, after: t, in: sentence) {
                return Casualty(what: .killed, value: num.value, min: num.min, max: num.max, range: num.range, civilian: false)
            }
            if killWord, doc.tokens[t].kind == .word, revisionVerbs.contains(doc.tokens[t].lex) {
                var n = t + 1
                if n < sentence.upperBound, DateResolver.isWord(doc, n, "to") || DateResolver.isWord(doc, n, "at") { n += 1 }
                if n < sentence.upperBound, let num = numbers.read(doc, at: n, limit: sentence.upperBound), num.value > 0 {
                    return Casualty(what: .killed, value: num.value, min: num.min, max: num.max, range: num.range, civilian: false)
                }
            }
            t = doc.lexRange(at: t)?.upperBound ?? t + 1
        }
        return nil
    }

    /// The first comma or semicolon after token `t` in the sentence, else the sentence's end.
    func clauseEnd(_ doc: Document, after t: Int, in sentence: Range<Int>) -> Int {
        (t..<sentence.upperBound).first { doc.tokens[$0].kind == .punct && (doc.tokens[$0].mark == 0x2C || doc.tokens[$0].mark == 0x3B) } ?? sentence.upperBound
    }

    /// After a raising verb at `verb`, "the [death] toll|figure|tally|count to N" (at most four words
    /// before "to"): the count N, else nil.
    func raisedTo(_ doc: Document, after verb: Int, in sentence: Range<Int>) -> NumberReader.Number? {
        var toll = false
        var j = verb + 1
        while j < min(sentence.upperBound, verb + 6), doc.tokens[j].kind == .word {
            if Self.tollNouns.contains(doc.tokens[j].lex) { toll = true }
            if DateResolver.isWord(doc, j, "to") {
                guard toll, j + 1 < sentence.upperBound, let num = numbers.read(doc, at: j + 1, limit: sentence.upperBound), num.value > 0, !num.vague else { return nil }
                return num
            }
            j += 1
        }
        return nil
    }

    /// Words that tell a count given after an earlier one ("later put the toll at", "now put"); a
    /// weekday or a time of day says when the count was given, so that it stands at that time.
    static let laterCountWords = WordSet(["later", "now", "since", "updated", "new", "latest", "final", "subsequently", "eventually",
                                          "revised", "raised", "nightfall", "overnight", "afterwards", "morning", "afternoon", "evening", "tonight", "gmt"])

    /// Verbs that raise a toll someone gives ("raised the toll to", "bringing the toll to").
    static let raiseVerbs = WordSet(["raised", "raises", "raising", "revised", "brought", "bringing", "brings", "pushed", "pushing", "took", "taking", "takes"])
    /// What a raising verb raises: the toll, or the figure ("raised the figure to eight").
    static let tollNouns = WordSet(["toll", "figure", "tally", "count"])

    /// "A third victim, a woman hit by shrapnel, died in hospital": the victim's rank is the toll
    /// now ("a" or "the" and an ordinal before a person word, a kill word after it).
    func ordinalVictimDied(in doc: Document, sentence: Range<Int>) -> Casualty? {
        let ranks = Self.ordinalWords
        for t in sentence where doc.tokens[t].kind == .word && ranks.contains(doc.tokens[t].lex) {
            guard let rank = Self.ordinals.firstIndex(of: doc.tokens[t].lex), t > sentence.lowerBound,
                  DateResolver.isWord(doc, t - 1, "a") || DateResolver.isWord(doc, t - 1, "an") || DateResolver.isWord(doc, t - 1, "the"),
                  t + 1 < sentence.upperBound, isVictim(doc, t + 1) != nil else { continue }
            guard ((t + 2)..<sentence.upperBound).contains(where: { doc.lexAt[$0] >= 0 && what(doc, $0) == .killed }) else { return nil }
            return Casualty(what: .killed, value: rank + 2, min: rank + 2, max: rank + 2, range: t..<(t + 1), civilian: false)
        }
        return nil
    }

    /// "By nightfall the rescuers said nine people had died": a toll told again in the perfect
    /// ("had died", "have now died", "have now been killed"), the count as it stands; read as a
    /// revision (it is taken only when it is higher than the toll before).
    func toldAgainAsDied(in doc: Document, sentence: Range<Int>) -> Casualty? {
        // (the hashes read once: a static read per token runs its once-check)
        let died = Self.diedHash, killed = Self.killedHash
        for t in sentence where doc.tokens[t].kind == .word && (doc.tokens[t].lex == died || doc.tokens[t].lex == killed) {
            var a = t - 1
            // "killed" only as "have now been killed": the count as it stands now
            if doc.tokens[t].lex == killed {
                guard a - 1 > sentence.lowerBound, DateResolver.isWord(doc, a, "been"), DateResolver.isWord(doc, a - 1, "now") else { continue }
                a -= 1
            }
            if a > sentence.lowerBound, DateResolver.isWord(doc, a, "now") { a -= 1 }
            guard a > sentence.lowerBound, DateResolver.isWord(doc, a, "had") || DateResolver.isWord(doc, a, "have") else { continue }
            // the number is the subject: "nine people had died", "nine had died"
            var n = a - 1
            if n > sentence.lowerBound, doc.tokens[n].kind == .word, isVictim(doc, n) != nil { n -= 1 }
            guard n >= sentence.lowerBound, doc.tokens[n].kind == .number || doc.lexHas(n, .number) else { continue }
            var start = n
            while start > sentence.lowerBound, doc.tokens[start - 1].kind == .number || doc.lexHas(start - 1, .number) { start -= 1 }
            guard let num = numbers.read(doc, at: start, limit: sentence.upperBound), num.value > 0, !num.vague else { continue }
            return Casualty(what: .killed, value: num.value, min: num.min, max: num.max, range: num.range, civilian: false)
        }
        return nil
    }

    /// "second" ... "tenth": the rank of a victim told after the first ("a third victim").
    static let ordinals: [UInt64] = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                                     "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        .map { DateResolver.lexHash($0) }
    static let ordinalWords = WordSet(hashes: ordinals)
    static let deathWords = WordSet(["died", "killed"])
    /// Any word a revision or a toll told again starts from (one test per word of the sentence).
    static let anyRevisionCue = WordSet(unionOf: [revisionCues, ordinalWords, deathWords, raiseVerbs])
    static var diedHash: UInt64 { DateResolver.lexHash("died" as StaticString) }
    static var killedHash: UInt64 { DateResolver.lexHash("killed" as StaticString) }

    /// The number at `i` follows a revision verb ("rose to 57", "reached 31").
    func isRevision(_ doc: Document, before i: Int, in sentence: Range<Int>) -> Bool {
        var j = i - 1
        if j >= sentence.lowerBound, DateResolver.isWord(doc, j, "to") || DateResolver.isWord(doc, j, "at") { j -= 1 }
        // "raised the toll to nine": the toll raised to it
        if j > sentence.lowerBound, j < i - 1, DateResolver.isWord(doc, i - 1, "to"), doc.tokens[j].kind == .word, Self.tollNouns.contains(doc.tokens[j].lex),
           (max(sentence.lowerBound, j - 4)..<j).contains(where: { doc.tokens[$0].kind == .word && Self.raiseVerbs.contains(doc.tokens[$0].lex) }) { return true }
        return j >= sentence.lowerBound && doc.tokens[j].kind == .word && Self.revisionVerbs.contains(doc.tokens[j].lex)
    }

    /// The number at `i` is the figure a toll grew from: "the toll had risen from an earlier count
    /// of 50", "rose to 124, up from 50". A "from" after a revision verb (or "up") opens it, at
    /// most four words before the number with no punctuation between; it is no toll of its own.
    func isEarlierFigure(_ doc: Document, before i: Int, in sentence: Range<Int>) -> Bool {
        var j = i - 1
        while j > sentence.lowerBound, i - j <= 5, doc.tokens[j].kind == .word {
            if DateResolver.isWord(doc, j, "from") {
                let v = doc.tokens[j - 1]
                return v.kind == .word && (Self.revisionVerbs.contains(v.lex) || DateResolver.isWord(doc, j - 1, "up"))
            }
            j -= 1
        }
        return false
    }

    /// "the toll had risen", "the toll stands at 31": "toll" alone is the death toll only before a revision verb.
    static var tollHash: UInt64 { DateResolver.lexHash("toll" as StaticString) }
    static let revisionVerbs = WordSet(["rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "mounted", "reached", "soared", "stands", "stood"])

    /// "toll" and the revision verbs: the words `revisedToll` reads from.
    static let revisionCues = WordSet(unionOf: [revisionVerbs, WordSet(["toll"])])

}
