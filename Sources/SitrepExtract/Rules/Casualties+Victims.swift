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
        while p < sentence.upperBound {
            guard let item = victimItem(doc, at: p, in: sentence) else { break }
            if first == nil { first = p }
            total += item.count
            items += 1
            civilian = civilian || item.civilian
            end = item.end
            p = item.end
            // a separator: "and", ",", ", and"
            var s = p
            if s < sentence.upperBound, doc.tokens[s].kind == .punct, doc.tokens[s].mark == 0x2C { s += 1 }
            if s < sentence.upperBound, DateResolver.isWord(doc, s, "and") { s += 1 }
            if s == p { break }
            p = s
        }
        guard items >= 2, total > 0, let first else { return nil }
        return Casualty(what: .killed, value: total, min: total, max: total, range: first..<end, civilian: civilian)
    }

    /// One victim item at `p`: a singular pronoun ("him"), a determiner and a singular person ("his
    /// wife", "a regime soldier", "the driver"), or a number and the people it counts ("three
    /// children", "two of his relatives", "two others").
    private func victimItem(_ doc: Document, at p: Int, in sentence: Range<Int>) -> (count: Int, end: Int, civilian: Bool)? {
        let t = doc.tokens[p]
        guard t.kind == .word || t.kind == .number else { return nil }
        if t.kind == .word, doc.lexHas(p, .singular), doc.lexRange(at: p)?.count == 1 { return (1, p + 1, true) }
        if t.kind == .word, Self.determiners.contains(t.lex) || isOne(doc, p) {
            let end = min(sentence.upperBound, p + 4)
            if let person = personAfter(doc, p, before: end), isSingular(doc, person.last) {
                return (1, person.end, isVictim(doc, person.start) ?? false)
            }
            if !isOne(doc, p) { return nil }
        }
        guard let num = numbers.read(doc, at: p, limit: sentence.upperBound), !num.vague, num.value > 0 else { return nil }
        var u = num.range.upperBound
        // "two of his relatives", "two others"
        if u < sentence.upperBound, DateResolver.isWord(doc, u, "others") { return (num.value, u + 1, false) }
        if u + 1 < sentence.upperBound, DateResolver.isWord(doc, u, "of") { u += 2 }
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
        while u < hi, doc.tokens[u].isWord {
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

    static let determiners: Set<UInt64> = Set(["the", "his", "her", "its"].map { DateResolver.lexHash($0) })

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

    static let passiveAdverbs: Set<UInt64> = Set(["reportedly", "allegedly", "also", "later", "then", "subsequently", "eventually", "fatally", "brutally", "immediately", "instantly"]
        .map { DateResolver.lexHash($0) })
}

extension CasualtyReader {
    /// "a dozen of their goats", "two of the cars": the number counts things, not people.
    func countsUnits(_ doc: Document, after u: Int, in sentence: Range<Int>) -> Bool {
        guard u + 1 < sentence.upperBound, DateResolver.isWord(doc, u, "of") else { return false }
        let v = DateResolver.isWord(doc, u + 1, "their") || DateResolver.isWord(doc, u + 1, "the") || DateResolver.isWord(doc, u + 1, "his") ? u + 2 : u + 1
        return v < sentence.upperBound && doc.lexHas(v, .unit)
    }
}
