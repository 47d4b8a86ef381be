// MARK: - Subsets told beside a toll

extension CasualtyReader {
    /// A subset of a toll told beside it: a number after "including", "among them", "mostly", a
    /// number followed by "of them" / "of whom" ("two of them officers"), or in a sentence that opens
    /// with "among" ("Among the dead were two fighters").
    func isSubset(_ doc: Document, _ num: Range<Int>, in sentence: Range<Int>) -> Bool {
        if num.lowerBound > sentence.lowerBound {
            let before = doc.tokens[num.lowerBound - 1]
            if before.kind == .word, Self.subsetOpeners.contains(before.lex) || before.lex == Self.themHash { return true }
        }
        // "Among the dead were two fighters": a sentence that opens on the toll names part of it
        if DateResolver.isWord(doc, sentence.lowerBound, "among"), num.lowerBound - sentence.lowerBound < 10,
           !(sentence.lowerBound..<num.lowerBound).contains(where: { doc.tokens[$0].kind == .punct }) { return true }
        return num.upperBound + 1 < sentence.upperBound && DateResolver.isWord(doc, num.upperBound, "of")
            && (doc.tokens[num.upperBound + 1].lex == Self.themHash || DateResolver.isWord(doc, num.upperBound + 1, "whom"))
    }

    /// A number or a quantifier at `k` followed by "of them" / "of whom" ("two of them", "most of
    /// whom"): the start of a subset clause.
    func startsCountOfThem(_ doc: Document, _ k: Int, in sentence: Range<Int>) -> Bool {
        if Self.subsetQuantifiers.contains(doc.tokens[k].lex), k + 2 < sentence.upperBound, DateResolver.isWord(doc, k + 1, "of"),
           doc.tokens[k + 2].lex == Self.themHash || DateResolver.isWord(doc, k + 2, "whom") { return true }
        guard let n = numbers.read(doc, at: k, limit: sentence.upperBound) else { return false }
        return isSubset(doc, n.range, in: sentence) && !(n.range.lowerBound == k && k > sentence.lowerBound && doc.tokens[k - 1].lex == Self.themHash)
    }

    /// "shot dead 23 of them", "killed at least 12 of the passengers": a number right after a kill or
    /// injury word is that verb's object, the whole toll, even when "of them" follows (the group it
    /// is taken from was counted as people present, not as dead).
    func countsTheVerbsObject(_ doc: Document, _ num: Range<Int>, in sentence: Range<Int>) -> Bool {
        var b = num.lowerBound - 1
        if b > sentence.lowerBound, DateResolver.isWord(doc, b, "least"), DateResolver.isWord(doc, b - 1, "at") { b -= 2 }
        guard b >= sentence.lowerBound, doc.tokens[b].kind == .word else { return false }
        // the start of a phrase covering `b` ("shot dead")
        var start = b
        if doc.lexAt[b] < 0 {
            var j = b - 1
            while j >= sentence.lowerBound, b - j < 3, doc.lexAt[j] < 0 { j -= 1 }
            guard j >= sentence.lowerBound, let r = doc.lexRange(at: j), r.contains(b) else { return false }
            start = j
        }
        return what(doc, start) != nil
    }

    /// ("The dead included six women and a baby": the verb names part of the toll too.)
    static let subsetOpeners: [UInt64] = ["including", "among", "mostly", "mainly", "incl", "included", "include", "includes"].map { DateResolver.lexHash($0) }
    static let subsetQuantifiers: [UInt64] = ["most", "many", "some", "all", "half", "both", "several"].map { DateResolver.lexHash($0) }

    /// "1 of whom later died", "two of them died in hospital": the kill word right after a subset
    /// ("N of whom" / "N of them", adverbs and "have"/"had" between); its token, or nil.
    func diedAmong(_ doc: Document, _ num: Range<Int>, in sentence: Range<Int>) -> Int? {
        var k = num.upperBound + 2
        guard k < sentence.upperBound, DateResolver.isWord(doc, num.upperBound, "of") else { return nil }
        while k < sentence.upperBound, k - num.upperBound < 5, doc.tokens[k].kind == .word, doc.lexAt[k] < 0 || !doc.lexHas(k, .kill) {
            guard Self.passiveAdverbs.contains(doc.tokens[k].lex) || Self.beVerbs.contains(doc.tokens[k].lex)
                    || DateResolver.isWord(doc, k, "had") || DateResolver.isWord(doc, k, "have") else { return nil }
            k += 1
        }
        guard k < sentence.upperBound, doc.lexAt[k] >= 0, what(doc, k) == .killed else { return nil }
        return k
    }

    /// The number at `num` is an age ("aged six and eleven", "a boy aged 12", "ages 7 to 10"): the
    /// end of the ages it opens (numbers joined by "and", "to" or a comma), else nil.
    func agesEnd(_ doc: Document, _ num: Range<Int>, in sentence: Range<Int>) -> Int? {
        guard num.lowerBound > sentence.lowerBound, doc.tokens[num.lowerBound - 1].kind == .word,
              Self.ageWords.contains(doc.tokens[num.lowerBound - 1].lex) else { return nil }
        var end = num.upperBound
        while end + 1 < sentence.upperBound,
              DateResolver.isWord(doc, end, "and") || DateResolver.isWord(doc, end, "to") || doc.tokens[end].isPunct(0x2C),
              let more = numbers.read(doc, at: end + 1, limit: sentence.upperBound), !more.vague {
            end = more.range.upperBound
        }
        return end
    }

    static let ageWords: [UInt64] = ["aged", "ages", "age"].map { DateResolver.lexHash($0) }

    /// A lowercase word inside a name of several capitalized words ("Volunteers for the Defence of
    /// the Homeland"): "of", "for" or "the" at `k` with a capitalized word next (or after "the").
    func joinsAName(_ doc: Document, _ k: Int, in sentence: Range<Int>) -> Bool {
        guard doc.tokens[k].isWord, Self.nameJoiners.contains(doc.tokens[k].lex) else { return false }
        var n = k + 1
        if n < sentence.upperBound, DateResolver.isWord(doc, n, "the") { n += 1 }
        return n < sentence.upperBound && doc.tokens[n].kind == .word && doc.tokens[n].flags.contains(.capitalized)
    }

    static let nameJoiners = WordSet(["of", "for", "the"])

    /// The number at `r` is the minutes of a time ("UPDATE 16:40 GMT: The death toll ..."): written
    /// right after a colon that follows a digit. It counts nothing.
    func isMinutes(_ doc: Document, _ r: Range<Int>) -> Bool {
        let start = Int(doc.tokens[r.lowerBound].start)
        guard doc.tokens[r.lowerBound].kind == .number, start >= 2, doc.byte(start - 1) == 0x3A else { return false }
        return (0x30...0x39).contains(doc.byte(start - 2))
    }

    /// After the "and" at `and`, one more person named in the singular ("and their civilian
    /// driver", "and a child", "and his wife"): the token after that person, else nil. A plural
    /// or a number ("and two children") is read as its own count.
    func oneMorePerson(_ doc: Document, after and: Int, in sentence: Range<Int>) -> Int? {
        var k = and + 1
        guard k < sentence.upperBound, doc.tokens[k].kind == .word, Self.singularDeterminers.contains(doc.tokens[k].lex) else { return nil }
        k += 1
        for _ in 0..<3 where k < sentence.upperBound && doc.tokens[k].kind == .word {
            if isVictim(doc, k) != nil {
                let r = doc.lexRange(at: k) ?? k..<(k + 1)
                let last = doc.tokens[r.upperBound - 1]
                // a plural person word ("and their drivers") is no single person
                guard doc.string((r.upperBound - 1)..<r.upperBound).last != "s" || Self.singularInS.contains(last.lex) else { return nil }
                return r.upperBound
            }
            k += 1
        }
        return nil
    }

    static let singularDeterminers: [UInt64] = ["a", "an", "one", "his", "her", "their", "its", "the"].map { DateResolver.lexHash($0) }
    static let singularInS: [UInt64] = ["boss", "actress", "hostess", "witness"].map { DateResolver.lexHash($0) }
}
