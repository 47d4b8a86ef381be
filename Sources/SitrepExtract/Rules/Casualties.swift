/// A figure of people killed or injured, as the text qualifies it.
struct Casualty {
    enum What { case killed, injured }
    var what: What
    /// ACLED's conservative figure.
    var value: Int
    var min: Int?
    var max: Int?
    var range: Range<Int>
    var civilian: Bool
    /// A vague word gives the figure ("scores of", "dozens").
    var vague = false
}

/// Finds killed / injured figures in a sentence: a number phrase near a kill or injury word, either
/// order ("eight people were killed", "Kills 8, Wounds 50", "killed 2 civilians").
struct CasualtyReader {
    let lexicon: Lexicon
    var numbers: NumberReader { NumberReader(lexicon: lexicon) }

    func casualties(in doc: Document, sentence: Range<Int>) -> [Casualty] {
        guard Self.mayTellCasualties(doc, sentence) else { return [] }
        var out: [Casualty] = []
        var i = sentence.lowerBound
        // the trigger words already counted (a set: a hostile sentence can repeat "killed 5" for a megabyte)
        var usedWords = Set<Int>()
        let numbers = self.numbers
        // "killing his wife and three children": a list of victims after a kill word, read whole
        var listed: [Range<Int>] = []
        for t in sentence where doc.lexAt[t] >= 0 && what(doc, t) == .killed {
            if let c = victimList(doc, after: doc.lexRange(at: t)!, in: sentence) ?? victimListBefore(doc, kill: t, in: sentence) {
                out.append(c)
                usedWords.insert(t)
                listed.append(c.range)
            }
        }
        while i < sentence.upperBound {
            guard var num = numbers.read(doc, at: i, limit: sentence.upperBound) else {
                i = (doc.lexRange(at: i)?.upperBound ?? i + 1)
                continue
            }
            // skip years, times, percentages, durations
            if doc.tokens[num.range.upperBound - 1].kind == .number, doc.tokens[num.range.upperBound - 1].length == 4, !num.vague,
               (1900...2100).contains(num.value) { i = num.range.upperBound; continue }
            // "8-10 residents": a range, whose lower bound ACLED codes
            if doc.tokens[num.range.upperBound - 1].flags.contains(.hyphenNext), !num.vague, num.range.upperBound < sentence.upperBound,
               doc.tokens[num.range.upperBound].kind == .number, let high = numbers.read(doc, at: num.range.upperBound, limit: sentence.upperBound),
               !high.vague, high.value > num.value {
                num = NumberReader.Number(value: num.value, min: num.value, max: high.value, range: num.range.lowerBound..<high.range.upperBound,
                                          vague: false, amount: num.amount)
            }
            // "the massacres of 1937-38": the second year of a span
            if num.range.lowerBound > sentence.lowerBound, doc.tokens[num.range.lowerBound - 1].kind == .number,
               doc.tokens[num.range.lowerBound - 1].length == 4, doc.tokens[num.range.lowerBound - 1].flags.contains(.hyphenNext) {
                i = num.range.upperBound
                continue
            }
            let last = doc.tokens[num.range.upperBound - 1]
            let after = num.range.upperBound < sentence.upperBound ? doc.tokens[num.range.upperBound] : nil
            if isMinutes(doc, num.range) || after.map({ $0.kind == .punct && ($0.mark == 0x25 || $0.mark == 0x3A) }) == true { i = num.range.upperBound + 1; continue }
            if last.flags.contains(.hyphenNext) { i = num.range.upperBound; continue }  // 48-hour
            // "no one was killed": a denial, not a count
            if num.range.lowerBound > sentence.lowerBound, DateResolver.isWord(doc, num.range.lowerBound - 1, "no") {
                i = num.range.upperBound
                continue
            }
            if listed.contains(where: { $0.contains(num.range.lowerBound) }) { i = num.range.upperBound; continue }
            // "two sisters aged six and eleven", "a boy aged 12": ages, no count (the numbers joined
            // to the first are ages too)
            if let end = agesEnd(doc, num.range, in: sentence) { i = end; continue }
            // "two weeks", "20 tanks", "a dozen of their goats", "at 9 am": a count of something else;
            // "on 6 June", "June 6": a day
            // ("neutralised two explosive devices": weapons counted, not people)
            // ("two home guards", "three border guards": a unit word before a person word qualifies the person)
            if after?.kind == .word, doc.lexHas(num.range.upperBound, .unit) && !qualifiesAPerson(doc, num.range.upperBound, in: sentence)
                || doc.lexHas(num.range.upperBound, .month)
                || countsUnits(doc, after: num.range.upperBound, in: sentence) || namesWeapon(doc, num.range.upperBound) {
                i = num.range.upperBound
                continue
            }
            if num.range.lowerBound > sentence.lowerBound, last.kind == .number, doc.lexHas(num.range.lowerBound - 1, .month) {
                i = num.range.upperBound
                continue
            }
            // "nineteen civilians, including seven children, were killed", "among them four women",
            // "two of them officers": a subset is not the toll
            if isSubset(doc, num.range, in: sentence), num.vague || !countsTheVerbsObject(doc, num.range, in: sentence) {
                // "2 students were injured, 1 of whom later died": the wounded who died are the toll
                if !out.contains(where: { $0.what == .killed }), let k = diedAmong(doc, num.range, in: sentence), !usedWords.contains(k) {
                    usedWords.insert(k)
                    out.append(Casualty(what: .killed, value: num.value, min: num.min, max: num.max, range: num.range, civilian: false))
                }
                i = num.range.upperBound
                continue
            }
            // "the toll rose to 57": a revision, read by `revisedToll`, never added to the first toll
            if isRevision(doc, before: num.range.lowerBound, in: sentence) || isEarlierFigure(doc, before: num.range.lowerBound, in: sentence) {
                i = num.range.upperBound
                continue
            }
            var civilian = false
            var found: (Casualty.What, Int)? = nil
            // the object of the word right before it: "killed five people and wounded 22"
            if num.range.lowerBound > sentence.lowerBound, let start = wordStart(doc, num.range.lowerBound - 1),
               let what = what(doc, start), !usedWords.contains(start) {
                found = (what, start)
                var f = num.range.upperBound
                var s2 = 0
                // the first victim word says who they were: "killing 10 policemen, officials said" killed no civilian
                while f < sentence.upperBound, s2 < 3 {
                    if let v = isVictim(doc, f) { civilian = v; break }
                    f += 1
                    s2 += 1
                }
            }
            // forward: number [victims] [were|have been|was] killed — up to 7 tokens, no other number
            // "abducted three civilians and killed …": the number is another verb's object
            if found == nil, num.range.lowerBound > sentence.lowerBound, doc.lexHas(num.range.lowerBound - 1, .trigger),
               what(doc, num.range.lowerBound - 1) == nil {
                i = num.range.upperBound
                continue
            }
            var k = num.range.upperBound
            var steps = 0
            var coordinated = 0
            var lastCoordinated = num.range.upperBound
            var apposition = false, appositionSeen = false, ofSeen = false
            while found == nil, k < sentence.upperBound, steps < (appositionSeen || ofSeen ? 11 : 8) {
                let t = doc.tokens[k]
                // skip a subset ("…, including seven children, …", "…, two of them officers, …") to reach the verb
                if t.kind == .word, Self.subsetOpeners.contains(t.lex) || startsCountOfThem(doc, k, in: sentence) {
                    var c = k + 1
                    while c < sentence.upperBound, !(doc.tokens[c].kind == .punct && doc.tokens[c].mark == 0x2C) { c += 1 }
                    k = c + 1
                    steps += 1
                    continue
                }
                // "5 soldiers and 1 officer were killed": numbers joined by "and" share the verb
                if k > num.range.upperBound, DateResolver.isWord(doc, k - 1, "and"), t.kind == .number || doc.lexHas(k, .number),
                   let more = numbers.read(doc, at: k, limit: sentence.upperBound), !more.vague {
                    coordinated += more.value
                    k = more.range.upperBound
                    lastCoordinated = k
                    steps += 1
                    continue
                }
                // "5 civilians (2 men, 2 women and 1 child) were killed": the parenthesis breaks the toll down
                if t.kind == .punct, t.mark == 0x28, let close = (k + 1..<min(sentence.upperBound, k + 16)).first(where: { doc.tokens[$0].isPunct(0x29) }) {
                    k = close + 1
                    steps += 1
                    continue
                }
                // "two girls, sisters aged six and eleven, were killed": ages on the way to the verb
                if t.kind == .word, Self.ageWords.contains(t.lex), let age = numbers.read(doc, at: k + 1, limit: sentence.upperBound),
                   let end = agesEnd(doc, age.range, in: sentence) {
                    k = end
                    steps += 1
                    continue
                }
                if t.kind == .number { break }
                // "eight members of a police unit were killed", "soldiers and members of the ...": the group they belong to is on the way
                if t.kind == .word, steps <= 2 || doc.lexHas(k - 1, .victim), DateResolver.isWord(doc, k, "of") { ofSeen = true }
                // "eight policemen and their driver were killed": one more person joined to the count
                if k > num.range.upperBound, t.kind == .word, DateResolver.isWord(doc, k, "and"), let end = oneMorePerson(doc, after: k, in: sentence) {
                    coordinated += 1
                    k = end
                    lastCoordinated = k
                    steps += 1
                    continue
                }
                // "four displaced farmers, two of them boys, were killed": past a modifier, a comma
                // that opens a subset still leads on to the verb
                if t.kind == .punct, t.mark == 0x2C, steps > 1, k + 1 < sentence.upperBound, doc.tokens[k + 1].kind != .punct,
                   Self.subsetOpeners.contains(doc.tokens[k + 1].lex) || startsCountOfThem(doc, k + 1, in: sentence) {
                    k += 1
                    continue
                }
                // "two girls, sisters aged six and eleven, were killed": the comma that closes an
                // apposition opened right after the number's noun
                if t.kind == .punct, t.mark == 0x2C, steps > 1, apposition {
                    apposition = false
                    k += 1
                    steps += 1
                    continue
                }
                if t.kind == .punct, t.mark == 0x2C, steps <= 1 { apposition = true; appositionSeen = true }
                if t.kind == .punct, t.mark == 0x3B || t.mark == 0x2C && steps > 1 { break }
                if let what = what(doc, k), !usedWords.contains(k) {
                    // "many waving placards reading \"Don't kill our business\"": a kill word quoted from a slogan
                    // or a speaker is no verb of a count outside the quotation (a scare-quoted word alone still is)
                    if doc.tokens[k].flags.contains(.quoted), doc.tokens[k - 1].flags.contains(.quoted), !doc.tokens[num.range.lowerBound].flags.contains(.quoted) { break }
                    // "three armed men shot and killed a man": the number counts the killers
                    if killsAnObject(doc, k, in: sentence) { break }
                    found = (what, k)
                    break
                }
                if isVictim(doc, k) == true { civilian = true }
                k = doc.lexRange(at: k)?.upperBound ?? k + 1
                // "members of a village militia allied with Burkina Faso's army were killed": a name of
                // several capitalized words is one step on the way
                while k < sentence.upperBound, t.kind == .word, t.flags.contains(.capitalized), !t.flags.contains(.possessive),
                      doc.tokens[k].kind == .word, doc.tokens[k].flags.contains(.capitalized) || joinsAName(doc, k, in: sentence) { k += 1; if doc.tokens[k - 1].flags.contains(.possessive) { break } }
                steps += 1
            }
            // backward: killed [at least] 2 ... (or "lost 12 soldiers": a side's own dead, `lostMen`)
            if found == nil, let lost = lostMen(doc, num.range, in: sentence) { found = (.killed, lost) } else if found == nil {
                var b = num.range.lowerBound - 1
                var back = 0
                while b >= sentence.lowerBound, back < 3 {
                    if doc.tokens[b].kind == .number { break }
                    // "were killed, one of the sources said": a clause mark ends the object
                    if doc.tokens[b].kind == .punct, doc.tokens[b].mark == 0x2C || doc.tokens[b].mark == 0x3B { break }
                    if let start = wordStart(doc, b), let what = what(doc, start), !usedWords.contains(start) {
                        found = (what, start)
                        // victims after the number: "killed 2 civilians"
                        var f = num.range.upperBound
                        var s2 = 0
                        // the first victim word says who they were: "killing 10 policemen, officials said" killed no civilian
                while f < sentence.upperBound, s2 < 3 {
                    if let v = isVictim(doc, f) { civilian = v; break }
                    f += 1
                    s2 += 1
                }
                        break
                    }
                    b -= 1
                    back += 1
                }
            }
            // "tried to lynch three men", "vowed to kill 20": an infinitive kills no one
            // ("beat to death two thieves", "leading to death of one demonstrator" are deaths: a noun)
            // ("made it possible to neutralise 20 assailants", "managed to kill two": the infinitive of an act done)
            if let (_, at) = found, at > sentence.lowerBound, DateResolver.isWord(doc, at - 1, "to"), !Self.deathNouns.contains(doc.tokens[at].lex),
               !(at - 2 >= sentence.lowerBound && doc.tokens[at - 2].isWord && Self.achievingWords.contains(doc.tokens[at - 2].lex)) { found = nil }
            // "justice for 3 youths who were killed by police": a death told as a reason or a background
            if let (_, at) = found, toldAsReason(doc, at, in: sentence) { found = nil }
            if let (what, at) = found {
                usedWords.insert(at)
                // "between 43 and 52 people were killed": a range, not two groups (ACLED codes the lower bound)
                if coordinated > 0, num.range.lowerBound > sentence.lowerBound, DateResolver.isWord(doc, num.range.lowerBound - 1, "between") {
                    out.append(Casualty(what: what, value: num.value, min: num.value, max: max(num.value, coordinated),
                                        range: num.range.lowerBound..<lastCoordinated, civilian: civilian))
                    i = lastCoordinated
                    continue
                }
                if coordinated > 0 {
                    let value = num.value + coordinated
                    out.append(Casualty(what: what, value: value, min: value, max: value, range: num.range.lowerBound..<lastCoordinated, civilian: civilian))
                    i = lastCoordinated
                    continue
                }
                out.append(Casualty(what: what, value: num.value, min: num.min, max: num.max, range: num.range, civilian: civilian, vague: num.vague))
            }
            i = num.range.upperBound
        }
        return out
    }

    /// Whether `range` may hold a casualty figure: every figure `casualties` reads is told with a
    /// kill or injury word (`what`), which starts a lexicon match in one of the range's sentences
    /// (`Document.sentenceHas`) or in the few tokens before it (a match read back from its first
    /// words). Most sentences with a number have none, and are not scanned number by number.
    /// Words before an infinitive that say its act was done: "made it possible to neutralise", "managed to kill".
    static let achievingWords = WordSet(["possible", "managed", "succeeded", "able"])

    static func mayTellCasualties(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if sentencesHave(doc, range, .kill) || sentencesHave(doc, range, .injure) || sentencesHave(doc, range, .victim) && range.contains(where: { DateResolver.isWord(doc, $0, "lost") }) { return true }
        for j in max(0, range.lowerBound - 3)..<range.lowerBound where doc.lexAt[j] >= 0 {
            if doc.lexHas(j, .kill) || doc.lexHas(j, .injure) { return true }
        }
        return false
    }

    /// Whether a lexicon match of class `c` starts in one of the sentences that `range` (not empty)
    /// overlaps, by their summaries: a superset of the matches that start in `range` itself.
    static func sentencesHave(_ doc: Document, _ range: Range<Int>, _ c: Lexicon.Class) -> Bool {
        for k in Int(doc.sentenceOf[range.lowerBound])...Int(doc.sentenceOf[range.upperBound - 1]) where doc.sentenceHas(k, c) { return true }
        return false
    }

    static var themHash: UInt64 { DateResolver.lexHash("them" as StaticString) }
    static var martyrsHash: UInt64 { DateResolver.lexHash("martyrs" as StaticString) }
    static let deathNouns = WordSet(hashes: ["death", "deaths", "fatalities", "casualties"].map { DateResolver.lexHash($0) })

    /// A kill word next to a singular victim ("killing him", "killed a civilian", "the body of a man"),
    /// not negated; returns the span of the kill word.
    func singleDeath(in doc: Document, sentences: [Range<Int>]) -> Range<Int>? {
        for range in sentences {
            for t in range where doc.lexAt[t] >= 0 && (what(doc, t) == .killed || doc.tokens[t].lex == Self.bodyHash) {
                let r = doc.lexRange(at: t)!
                // "the body of a woman", "a man's body", "his body was found": one dead person
                if doc.tokens[t].lex == Self.bodyHash {
                    if bodyOfOne(doc, t, in: range) { return r }
                    continue
                }
                // "no one was killed", "neither injuries nor fatalities" (an "unknown armed group" far off is no denial)
                let near = max(range.lowerBound, r.lowerBound - 4)..<min(range.upperBound, r.upperBound + 4)
                if near.contains(where: { doc.lexHas($0, .negation) && !unknownAgent(doc, $0, in: range) }) { continue }
                // "an attempt to assassinate the commander", "vowed to kill": an infinitive kills no one
                if r.lowerBound > range.lowerBound, DateResolver.isWord(doc, r.lowerBound - 1, "to"), !doneToDeath(doc, r.lowerBound, in: range) { continue }
                // "protesting the killing of a journalist", "a man who was killed by police": a death
                // told as the reason or the background of what happened, not as its toll
                if toldAsReason(doc, r.lowerBound, in: range) { continue }
                // "the businessman was killed", "he was shot dead"
                if singularPassive(doc, before: r.lowerBound, in: range) { return r }
                // "the woman later died", "the victim succumbed to his wounds"
                if singularSubject(doc, before: r.lowerBound, in: range) { return r }
                // "killing one of them"
                if r.upperBound + 2 < range.upperBound, isOne(doc, r.upperBound), DateResolver.isWord(doc, r.upperBound + 1, "of"),
                   doc.tokens[r.upperBound + 2].lex == Self.themHash { return r }
                // "killing the driver", "killed his brother"
                if r.upperBound < range.upperBound, doc.tokens[r.upperBound].kind == .word, Self.determiners.contains(doc.tokens[r.upperBound].lex),
                   singularPerson(after: r.upperBound, before: min(range.upperBound, r.upperBound + 5), doc) { return r }
                let lo = max(range.lowerBound, r.lowerBound - 5), hi = min(range.upperBound, r.upperBound + 4)
                for u in lo..<hi where doc.lexAt[u] >= 0 {
                    let ids = doc.lexEntries(at: u)
                    if doc.lexHas(u, .singular) { return r }
                    // "a man", "one fighter", "a regime soldier", "a baby girl": the number one before a person
                    if doc.lexHas(u, .number), ids.contains(where: { lexicon.classes[Int($0)] == .number && lexicon.numbers0[Int($0)] == 1 }),
                       singularPerson(after: u, before: hi, doc) { return r }
                }
                // "the killing of the local council member"
                let phraseEnd = min(range.upperBound, r.upperBound + 6)
                if r.upperBound + 1 < phraseEnd, DateResolver.isWord(doc, r.upperBound, "of"),
                   DateResolver.isWord(doc, r.upperBound + 1, "the") || DateResolver.isWord(doc, r.upperBound + 1, "a"),
                   singularPerson(after: r.upperBound + 1, before: phraseEnd, doc) { return r }
            }
        }
        return nil
    }

    /// A person named in the singular right after token `i`, at most two plain modifiers between
    /// ("a soldier", "a regime soldier", "an opposition fighter", "the local council member"; not
    /// "a number of fighters").
    private func singularPerson(after i: Int, before hi: Int, _ doc: Document) -> Bool {
        guard let person = personAfter(doc, i, before: hi) else { return false }
        return isSingular(doc, person.last)
    }

    /// The written word is singular: "soldier", "man", "child", not "soldiers", "men", "children", "people".
    func isSingular(_ doc: Document, _ u: Int) -> Bool {
        let t = doc.tokens[u]
        let last = doc.byte(Int(t.end) - 1) | 0x20
        if last == 0x73 { return false }  // -s
        let lex = t.lex
        return !Self.plurals.contains(lex)
    }

    static let notModifiers: Set<Lexicon.Class> = [.number, .multiplier, .vague, .qualifier, .kill, .injure, .negation, .unit, .singular]

    private static let plurals = WordSet(hashes: ["men", "women", "children", "people", "police", "personnel", "troops", "policemen", "gunmen", "elderly", "displaced"]
        .map { DateResolver.lexHash($0) })

    /// The start of the lexicon match that covers token `b`: "shot and killed two men" reads
    /// "two" as the object of the whole phrase, which starts at "shot".
    private func wordStart(_ doc: Document, _ b: Int) -> Int? {
        if doc.lexAt[b] >= 0 { return b }
        var j = b - 1
        while j >= 0, b - j < 4 {
            if let r = doc.lexRange(at: j) { return r.contains(b) ? j : nil }
            j -= 1
        }
        return nil
    }

    func what(_ doc: Document, _ k: Int) -> Casualty.What? {
        let classes = doc.lexClasses(at: k)
        guard classes.contains(.kill) || classes.contains(.injure) else { return nil }
        // "in Martyrs' Square", "the Martyrs Brigade": "Martyrs" capitalized after a lowercase word names a place or a group
        if doc.tokens[k].lex == Self.martyrsHash, doc.tokens[k].flags.contains(.capitalized), k > 0, doc.tokens[k - 1].isWord,
           !doc.tokens[k - 1].flags.contains(.capitalized) { return nil }
        // "a die-in": a word joined to the next one names something else
        if doc.tokens[k].flags.contains(.hyphenNext), doc.lexRange(at: k)?.count == 1 { return nil }
        for id in doc.lexEntries(at: k) {
            switch lexicon.classes[Int(id)] {
            case .kill: return .killed
            case .injure: return .injured
            default: continue
            }
        }
        return nil
    }

    /// The word at `u` stands before a person word ("home guards", "village guards", "border
    /// police"): it qualifies the person and counts nothing of its own.
    func qualifiesAPerson(_ doc: Document, _ u: Int, in sentence: Range<Int>) -> Bool {
        let next = (doc.lexRange(at: u)?.upperBound ?? u + 1)
        return next < sentence.upperBound && doc.tokens[next].kind == .word && doc.lexHas(next, .victim)
    }

    func isVictim(_ doc: Document, _ k: Int) -> Bool? {
        guard doc.lexHas(k, .victim) else { return nil }
        for id in doc.lexEntries(at: k) where lexicon.classes[Int(id)] == .victim {
            return lexicon.firstFields[Int(id)] == "civilian"
        }
        return nil
    }
}
