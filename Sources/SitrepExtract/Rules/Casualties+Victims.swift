// MARK: - Victims named as people, not as a number

extension CasualtyReader {
    /// A list of victims right after a kill word, joined by "and" or commas: "killing his wife and
    /// three children" (4), "killed a soldier and two civilians" (3), "killing him and two of his
    /// relatives" (3). A singular person counts one, a number its value. Only a list of two items or
    /// more is read here: one number is the number rules' and one person `singleDeath`'s.
    func victimList(_ doc: Document, after kill: Range<Int>, in sentence: Range<Int>) -> Casualty? {
        var p = kill.upperBound
        var total = 0
        var items = 0
        var civilian = false
        var first: Int?
        var end = p
        // "killing a woman and her son": the phrase "killing a woman" names the first victim itself
        if doc.lexHas(kill.lowerBound, .singular), p + 1 < sentence.upperBound, DateResolver.isWord(doc, p, "and") {
            total = 1
            items = 1
            first = kill.lowerBound
            civilian = true
            p += 1
        }
        let list = readList(doc, from: p, in: sentence)
        if let f = list.first, first == nil { first = f }
        total += list.total
        items += list.items
        civilian = civilian || list.civilian
        if list.items > 0 { end = list.end }
        guard items >= 2, total > 0, let first else { return nil }
        return Casualty(what: .killed, value: total, min: total, max: total, range: first..<end, civilian: civilian)
    }

    /// A list of victims before a plural passive: "a man and a woman were shot dead", "a civilian
    /// and his son were killed" (2). The list must end right before "were".
    func victimListBefore(_ doc: Document, kill: Int, in sentence: Range<Int>) -> Casualty? {
        var were = kill - 1
        while were > sentence.lowerBound, kill - were < 3, Self.passiveAdverbs.contains(doc.tokens[were].lex) { were -= 1 }
        guard were > sentence.lowerBound, DateResolver.isWord(doc, were, "were") else { return nil }
        for p in max(sentence.lowerBound, were - 12)..<were {
            let list = readList(doc, from: p, in: sentence)
            if list.items >= 2, list.total > 0, list.end == were, let first = list.first {
                return Casualty(what: .killed, value: list.total, min: list.total, max: list.total, range: first..<list.end, civilian: list.civilian)
            }
        }
        return nil
    }

    /// Victim items from `p` joined by "and" or commas, up to the first token that is neither.
    private func readList(_ doc: Document, from start: Int, in sentence: Range<Int>) -> (total: Int, items: Int, civilian: Bool, first: Int?, end: Int) {
        var p = start
        var total = 0, items = 0, civilian = false, end = start
        var first: Int?
        while p < sentence.upperBound {
            guard let item = victimItem(doc, at: p, in: sentence) else { break }
            // "killing six people, a 14-year-old girl among them": an item told with "among" is a
            // subset of the items before it, not one more victim
            if items > 0, item.end < sentence.upperBound, DateResolver.isWord(doc, item.end, "among") { break }
            if first == nil { first = p }
            total += item.count
            items += 1
            civilian = civilian || item.civilian
            end = item.end
            p = item.end
            // "a commander of the group and his two sons": a short complement of the person
            if p + 1 < sentence.upperBound, DateResolver.isWord(doc, p, "of"),
               let and = (p + 1..<min(sentence.upperBound, p + 5)).first(where: { DateResolver.isWord(doc, $0, "and") }),
               !(p + 1..<and).contains(where: { doc.tokens[$0].kind != .word || doc.lexHas($0, .kill) || doc.lexHas($0, .injure) }) {
                p = and
            }
            // a separator: "and", ",", ", and"
            var s = p
            if s < sentence.upperBound, doc.tokens[s].kind == .punct, doc.tokens[s].mark == 0x2C {
                // "killed 26 people, a hospital official and two residents said": after a comma, the
                // people before a speech verb tell of the dead, they are none of them
                if toldBy(doc, from: s + 1, in: sentence) { break }
                s += 1
            }
            if s < sentence.upperBound, DateResolver.isWord(doc, s, "and") { s += 1 }
            if s == p { break }
            p = s
        }
        return (total, items, civilian, first, end)
    }

    /// A speech verb ends the words from `p` (up to ten, no punctuation between): they name who said it.
    private func toldBy(_ doc: Document, from p: Int, in sentence: Range<Int>) -> Bool {
        var j = p
        while j < sentence.upperBound, j - p <= 10 {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].kind == .word, Self.speechWords.contains(doc.tokens[j].lex) { return true }
            j += 1
        }
        return false
    }

    static let speechWords: [UInt64] = ["said", "says", "told", "reported", "stated"].map { DateResolver.lexHash($0) }

    /// One victim item at `p`: a singular pronoun ("him"), a determiner and a singular person ("his
    /// wife", "a regime soldier", "the driver"), or a number and the people it counts ("three
    /// children", "two of his relatives", "two others").
    private func victimItem(_ doc: Document, at p: Int, in sentence: Range<Int>) -> (count: Int, end: Int, civilian: Bool)? {
        let t = doc.tokens[p]
        guard t.kind == .word || t.kind == .number else { return nil }
        // "him", "her" (but "her two children", "her son": a determiner, read below)
        if t.kind == .word, doc.lexHas(p, .singular), doc.lexRange(at: p)?.count == 1,
           !(p + 1 < sentence.upperBound && (doc.tokens[p + 1].kind == .number || doc.lexHas(p + 1, .number) || doc.lexHas(p + 1, .victim))) {
            return (1, p + 1, true)
        }
        if t.kind == .word, Self.determiners.contains(t.lex) || isOne(doc, p) {
            let end = min(sentence.upperBound, p + 4)
            if let person = personAfter(doc, p, before: end), isSingular(doc, person.last) {
                return (1, person.end, isVictim(doc, person.start) ?? false)
            }
            // "his two sons": a determiner before a number
            if !isOne(doc, p) {
                guard p + 1 < sentence.upperBound, doc.tokens[p + 1].kind == .number || doc.lexHas(p + 1, .number) else { return nil }
                return victimItem(doc, at: p + 1, in: sentence)
            }
        }
        guard let num = numbers.read(doc, at: p, limit: sentence.upperBound), !num.vague, num.value > 0 else { return nil }
        var u = num.range.upperBound
        // "two of his relatives", "two others"
        if u < sentence.upperBound, DateResolver.isWord(doc, u, "others") { return (num.value, u + 1, false) }
        if u + 1 < sentence.upperBound, DateResolver.isWord(doc, u, "of") {
            // "two of whom were officers": a subset of the list before, not more victims
            if doc.tokens[u + 1].lex == Self.themHash || DateResolver.isWord(doc, u + 1, "whom") { return nil }
            u += 2
        }
        guard let person = personAfter(doc, u - 1, before: min(sentence.upperBound, u + 3)) ?? personAt(doc, u) else { return nil }
        return (num.value, person.end, isVictim(doc, person.start) ?? false)
    }

    func isOne(_ doc: Document, _ p: Int) -> Bool {
        doc.lexEntries(at: p, having: .number).contains { lexicon.classes[Int($0)] == .number && lexicon.numbers0[Int($0)] == 1 }
    }

    /// A person word at `u`: a victim word, or a longer match that ends in one ("an opposition
    /// fighter"; not "an army truck").
    func personAt(_ doc: Document, _ u: Int) -> (start: Int, last: Int, end: Int)? {
        guard u < doc.tokens.count, doc.lexAt[u] >= 0, let r = doc.lexRange(at: u) else { return nil }
        guard doc.lexHas(u, .victim) || lexicon.victimWords.contains(doc.tokens[r.upperBound - 1].lex) else { return nil }
        return (u, r.upperBound - 1, r.upperBound)
    }

    /// The first person word after token `i` with at most two plain modifiers between ("a regime
    /// soldier", "the local council member"); nil at a number, a quantity or a casualty word ("a
    /// number of fighters").
    func personAfter(_ doc: Document, _ i: Int, before hi: Int) -> (start: Int, last: Int, end: Int)? {
        var u = i + 1
        var modifiers = 0
        var hi = hi
        while u < hi {
            // "killing a 45-year-old man": an age is no count and no modifier (nor part of the window)
            if doc.tokens[u].kind == .number, u + 2 < doc.tokens.count, DateResolver.isWord(doc, u + 1, "year"), DateResolver.isWord(doc, u + 2, "old") {
                u += 3
                hi = min(hi + 3, doc.tokens.count)
                continue
            }
            guard doc.tokens[u].isWord else { break }
            if let person = personAt(doc, u) { return person }
            if doc.lexAt[u] >= 0, doc.lexEntries(at: u).contains(where: { Self.notModifiers.contains(lexicon.classes[Int($0)]) }) {
                return nil
            }
            modifiers += 1
            if modifiers > 2 { return nil }
            u = doc.lexRange(at: u)?.upperBound ?? u + 1
        }
        return nil
    }

    static let determiners = WordSet(hashes: ["the", "his", "her", "its"].map { DateResolver.lexHash($0) })

    /// "was killed", "has been shot dead": a singular passive, one death (the subject is one person
    /// or one vehicle's driver; "no one was killed" is a negation the caller has ruled out).
    func singularPassive(_ doc: Document, before kill: Int, in sentence: Range<Int>) -> Bool {
        var j = kill - 1
        var adverbs = 0
        while j >= sentence.lowerBound, adverbs < 2, doc.tokens[j].kind == .word, Self.passiveAdverbs.contains(doc.tokens[j].lex) {
            j -= 1
            adverbs += 1
        }
        guard j >= sentence.lowerBound else { return false }
        if DateResolver.isWord(doc, j, "was") { return true }
        return DateResolver.isWord(doc, j, "been") && j - 1 >= sentence.lowerBound && DateResolver.isWord(doc, j - 1, "has")
    }

    static let passiveAdverbs = WordSet(hashes: ["reportedly", "allegedly", "also", "later", "then", "subsequently", "eventually", "fatally", "brutally", "immediately", "instantly"]
        .map { DateResolver.lexHash($0) })
}

extension CasualtyReader {
    /// "a dozen of their goats", "two of the cars": the number counts things, not people.
    /// A weapon word (the lexicon's `notreport` weapons: "explosive devices", "IEDs") starts at `t`.
    func namesWeapon(_ doc: Document, _ t: Int) -> Bool {
        doc.lexHas(t, .notreport) && doc.lexEntries(at: t).contains { lexicon.notReport[Int($0)] == .weapon }
    }

    func countsUnits(_ doc: Document, after u: Int, in sentence: Range<Int>) -> Bool {
        guard u + 1 < sentence.upperBound, DateResolver.isWord(doc, u, "of") else { return false }
        let v = DateResolver.isWord(doc, u + 1, "their") || DateResolver.isWord(doc, u + 1, "the") || DateResolver.isWord(doc, u + 1, "his") ? u + 2 : u + 1
        return v < sentence.upperBound && doc.lexHas(v, .unit)
    }
}

// MARK: - Numbers that count the killers, and unknown killers

extension CasualtyReader {
    /// The kill word at `k` is an active verb with an object of its own ("shot and killed a man",
    /// "killed two soldiers"): a number before it counts the attackers, not the dead. Not a passive
    /// ("were killed a day later") nor an intransitive word ("died the next day").
    func killsAnObject(_ doc: Document, _ k: Int, in sentence: Range<Int>) -> Bool {
        guard Self.transitiveKills.contains(doc.tokens[k].lex), let r = doc.lexRange(at: k), r.upperBound < sentence.upperBound else { return false }
        var j = k - 1
        while j > sentence.lowerBound, k - j < 3, doc.tokens[j].kind == .word, Self.passiveAdverbs.contains(doc.tokens[j].lex) { j -= 1 }
        if j >= sentence.lowerBound, doc.tokens[j].kind == .word, Self.beVerbs.contains(doc.tokens[j].lex) { return false }
        let next = doc.tokens[r.upperBound]
        if next.kind == .word, Self.objectOpeners.contains(next.lex) { return true }
        // "killed two civilians", not "killed 2 days later"
        guard next.kind == .number || doc.lexHas(r.upperBound, .number),
              let n = numbers.read(doc, at: r.upperBound, limit: sentence.upperBound) else { return false }
        // "1 killed 3 injured": the next number is a toll of its own
        return n.range.upperBound < sentence.upperBound && !doc.lexHas(n.range.upperBound, .unit) && !doc.lexHas(n.range.upperBound, .month)
            && !doc.lexHas(n.range.upperBound, .kill) && !doc.lexHas(n.range.upperBound, .injure)
    }

    /// "unknown gunmen shot dead …", "killed by an unknown armed group": "unknown" names the killer,
    /// it denies no death (unlike "casualties unknown", "an unknown number").
    func unknownAgent(_ doc: Document, _ u: Int, in sentence: Range<Int>) -> Bool {
        guard doc.tokens[u].lex == Self.unknownHash, u + 1 < sentence.upperBound else { return false }
        let next = doc.tokens[u + 1]
        guard next.kind == .word, next.lex != Self.numberHash else { return false }
        return !(doc.lexHas(u + 1, .kill) || doc.lexHas(u + 1, .injure))
    }

    static var unknownHash: UInt64 { DateResolver.lexHash("unknown" as StaticString) }
    static var numberHash: UInt64 { DateResolver.lexHash("number" as StaticString) }
    static let transitiveKills = WordSet(hashes: ["killed", "killing", "kills", "shot", "gunned", "murdered", "assassinated", "executed",
                                                   "massacred", "beheaded", "stabbed", "beat", "wounded", "injured", "injuring", "wounding"]
        .map { DateResolver.lexHash($0) })
    static let beVerbs = WordSet(hashes: ["was", "were", "been", "being", "be", "is", "are", "got", "get"]
        .map { DateResolver.lexHash($0) })
    static let objectOpeners = WordSet(hashes: ["a", "an", "the", "his", "her", "their", "its"].map { DateResolver.lexHash($0) })
}

// MARK: - One person before the kill word, and deaths told as a reason

extension CasualtyReader {
    /// A singular person with its determiner right before the kill word, adverbs between: "the
    /// woman later died", "his brother was killed".
    func singularSubject(_ doc: Document, before kill: Int, in sentence: Range<Int>) -> Bool {
        var j = kill - 1
        while j > sentence.lowerBound, kill - j < 3, doc.tokens[j].kind == .word,
              Self.passiveAdverbs.contains(doc.tokens[j].lex) || Self.beVerbs.contains(doc.tokens[j].lex) { j -= 1 }
        guard j > sentence.lowerBound, doc.lexAt[j] >= 0, doc.lexHas(j, .victim), isSingular(doc, j) else { return false }
        var d = j - 1
        while d >= sentence.lowerBound, j - d <= 3 {
            if doc.tokens[d].kind == .word, Self.determiners.contains(doc.tokens[d].lex) || isOne(doc, d) { return true }
            if doc.tokens[d].kind != .word { return false }
            d -= 1
        }
        return false
    }

    /// "body" names one dead person: "the body of a woman", "the body of an individual", "a man's
    /// body", "his body was found" (not "a governing body", "the body of evidence").
    func bodyOfOne(_ doc: Document, _ t: Int, in sentence: Range<Int>) -> Bool {
        if t > sentence.lowerBound {
            let before = doc.tokens[t - 1]
            if before.flags.contains(.possessive), doc.lexHas(t - 1, .victim) { return true }
            if before.kind == .word, before.lex == Self.hisHash || before.lex == Self.herHash, t + 2 < sentence.upperBound,
               DateResolver.isWord(doc, t + 1, "was"), DateResolver.isWord(doc, t + 2, "found") { return true }
        }
        guard t + 2 < sentence.upperBound, DateResolver.isWord(doc, t + 1, "of") else { return false }
        let d = t + 2
        guard Self.determiners.contains(doc.tokens[d].lex) || isOne(doc, d) else { return false }
        if d + 1 < sentence.upperBound, doc.lexHas(d + 1, .singular) { return true }
        guard let person = personAfter(doc, d, before: min(sentence.upperBound, d + 4)) else { return false }
        return isSingular(doc, person.last)
    }

    static var bodyHash: UInt64 { DateResolver.lexHash("body" as StaticString) }
    static var hisHash: UInt64 { DateResolver.lexHash("his" as StaticString) }
    static var herHash: UInt64 { DateResolver.lexHash("her" as StaticString) }
    /// The kill word is a reason or a background: "following the killing of", "protesting the
    /// death of", "a man who was killed", "who died".
    func toldAsReason(_ doc: Document, _ kill: Int, in sentence: Range<Int>) -> Bool {
        var j = kill - 1
        while j > sentence.lowerBound, kill - j < 4, doc.tokens[j].kind == .word,
              Self.passiveAdverbs.contains(doc.tokens[j].lex) || Self.beVerbs.contains(doc.tokens[j].lex) || DateResolver.isWord(doc, j, "had") { j -= 1 }
        if j >= sentence.lowerBound, j < kill, DateResolver.isWord(doc, j, "who") { return true }
        // "after he died", "after the man was killed": an earlier death
        if j > sentence.lowerBound, j < kill, doc.lexHas(j, .singular) || doc.lexHas(j, .victim) && isSingular(doc, j),
           DateResolver.isWord(doc, j - 1, "after") || j - 2 >= sentence.lowerBound && DateResolver.isWord(doc, j - 2, "after") { return true }
        // "over death of the victim", "following the killing of": a death named as a noun
        guard kill - 1 >= sentence.lowerBound, let r = doc.lexRange(at: kill), r.upperBound < sentence.upperBound,
              DateResolver.isWord(doc, r.upperBound, "of") else { return false }
        if doc.tokens[kill - 1].kind == .word, Self.reasonWords.contains(doc.tokens[kill - 1].lex) { return true }
        guard kill - 2 >= sentence.lowerBound, DateResolver.isWord(doc, kill - 1, "the") else { return false }
        return doc.tokens[kill - 2].kind == .word && Self.reasonWords.contains(doc.tokens[kill - 2].lex)
    }

    static let reasonWords = WordSet(hashes: ["following", "after", "over", "against", "condemning", "condemn", "protesting", "protest",
                                               "denouncing", "denounce", "commemorating", "commemorate", "mourning", "mourn", "honour",
                                               "honor", "investigate", "investigating"]
        .map { DateResolver.lexHash($0) })
}

// MARK: - Victims named by a pronoun

extension CasualtyReader {
    /// "abducted 9 soldiers … they later killed them": a kill word whose object is "them" counts
    /// the people last numbered before it (a number and a person word, in the same or an earlier
    /// sentence of the incident).
    func pronounToll(in doc: Document, sentences: [Range<Int>]) -> Casualty? {
        // a toll needs a kill word: sentences with none are not scanned for numbers
        guard sentences.contains(where: { !$0.isEmpty && Self.sentencesHave(doc, $0, .kill) }) else { return nil }
        var last: NumberReader.Number? = nil
        let numbers = self.numbers
        for range in sentences {
            var t = range.lowerBound
            while t < range.upperBound {
                if doc.lexAt[t] >= 0, what(doc, t) == .killed, let r = doc.lexRange(at: t), r.upperBound < range.upperBound,
                   doc.tokens[r.upperBound].lex == Self.themHash, let n = last {
                    return Casualty(what: .killed, value: n.value, min: n.min, max: n.max, range: n.range, civilian: false)
                }
                if let n = numbers.read(doc, at: t, limit: range.upperBound) {
                    if !n.vague, n.value > 1, personAfter(doc, n.range.upperBound - 1, before: min(range.upperBound, n.range.upperBound + 3)) != nil {
                        last = n
                    }
                    t = n.range.upperBound
                    continue
                }
                t = doc.lexRange(at: t)?.upperBound ?? t + 1
            }
        }
        return nil
    }
}

// MARK: - Deaths told as "to death"

extension CasualtyReader {
    /// "A mob beat a man to death", "stabbed him to death": "death" after "to" ends an act of
    /// violence done to the person between (a verb of violence at most five words before "to"),
    /// not an infinitive ("sentenced to death" is a verdict, "vowed to kill" a threat).
    func doneToDeath(_ doc: Document, _ t: Int, in range: Range<Int>) -> Bool {
        guard doc.tokens[t].isWord, Self.deathNouns.contains(doc.tokens[t].lex) else { return false }
        let verbs = Self.violentVerbs  // (read once)
        return (max(range.lowerBound, t - 6)..<(t - 1)).contains { doc.tokens[$0].isWord && verbs.contains(doc.tokens[$0].lex) }
    }

    static let violentVerbs = WordSet(["beat", "beats", "beaten", "beating", "stabbed", "hacked", "clubbed", "stoned", "lynched", "burned", "burnt",
                                       "tortured", "kicked", "bludgeoned", "trampled", "shot", "mauled", "strangled", "whipped", "flogged"])
}
