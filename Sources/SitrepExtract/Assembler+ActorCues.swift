// MARK: - Word cues around actor mentions

extension Assembler {
    /// "... soldiers were killed", "... was wounded": the words before are the victims.
    func passiveVictim(after end: Int, _ range: Range<Int>) -> Bool {
        var j = end
        var steps = 0
        while j < range.upperBound, steps < 3 {
            if word(j, "was") || word(j, "were") || word(j, "been") {
                let k = j + 1 < range.upperBound && (word(j + 1, "reportedly") || word(j + 1, "also")) ? j + 2 : j + 1
                guard k < range.upperBound, doc.lexAt[k] >= 0 else { return false }
                return doc.lexHas(k, .kill) || doc.lexHas(k, .injure)
            }
            j += 1
            steps += 1
        }
        return false
    }

    /// Two mentions of one noun phrase: the second follows the first directly or after capitalized
    /// words only ("pro-Hadi Special Security forces"), so they name one actor, not two sides.
    func samePhrase(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let (first, second) = a.lowerBound <= b.lowerBound ? (a, b) : (b, a)
        guard second.lowerBound >= first.upperBound, second.lowerBound - first.upperBound <= 2 else { return false }
        return (first.upperBound..<second.lowerBound).allSatisfy {
            doc.tokens[$0].kind == .word && doc.tokens[$0].flags.contains(.capitalized)
        }
    }

    /// A one-word actor word must be written as listed: stems find "forces" in "forcing".
    func writtenAsListed(_ id: UInt32, _ r: Range<Int>) -> Bool {
        r.count != 1 || lexicon.phraseLex[Int(id)] == doc.tokens[r.lowerBound].lex
    }

    /// "(coded as X", "(coded as the X": a coder's note right after the subject.
    func codedAsCue(before i: Int, _ range: Range<Int>) -> Bool {
        // the article reading of "as" can fold into the name ("as Saudi-led coalition")
        var j = word(i, "as") ? i : i - 1
        if j >= range.lowerBound, word(j, "the") { j -= 1 }
        guard j - 2 >= range.lowerBound, word(j, "as"), word(j - 1, "coded") else { return false }
        return doc.tokens[j - 2].isPunct(0x28)
    }

    /// "operating under X", "operates under X", "under the banner of X".
    func umbrellaCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        if j >= range.lowerBound, word(j, "the") { j -= 1 }
        if j - 2 >= range.lowerBound, word(j, "of"), word(j - 1, "banner") || word(j - 1, "umbrella") {
            j -= 2
            if word(j, "the") { j -= 1 }
        }
        guard j >= range.lowerBound, word(j, "under") else { return false }
        return j - 1 >= range.lowerBound && (word(j - 1, "operating") || word(j - 1, "operates") || word(j - 1, "operate")
            || word(j - 1, "fighting") || word(j - 1, "acting"))
    }

    func agentCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        if j >= range.lowerBound, word(j, "the") || word(j, "an") || word(j, "a") { j -= 1 }
        return j >= range.lowerBound && word(j, "by")
    }

    func believedCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < 4 {
            if word(j, "believed") || word(j, "suspected") || word(j, "thought") || word(j, "likely") || word(j, "presumably") { return true }
            j -= 1
            steps += 1
        }
        return false
    }

    func forcesWord(after i: Int, within n: Int, _ range: Range<Int>) -> (String, Range<Int>)? {
        var j = i
        var steps = 0
        while j < range.upperBound, steps < n {
            if doc.tokens[j].kind == .punct, !doc.tokens[j].isPunct(0x2D) { return nil }
            if let r = doc.lexRange(at: j) {
                for id in doc.lexEntries(at: j, having: .actorword) where lexicon.classes[Int(id)] == .actorword && writtenAsListed(id, r) {
                    let kind = lexicon.firstFields[Int(id)]
                    if kind == "military" || kind == "police" { return (kind, r) }
                }
                j = r.upperBound
            } else {
                j += 1
            }
            steps += 1
        }
        return nil
    }

    func forcesWord(before i: Int, within n: Int, _ range: Range<Int>, needsCue: Bool) -> (String, Range<Int>)? {
        guard believedCue(before: i, range) else { return nil }
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < n {
            if let r = doc.lexRange(at: j) {
                for id in doc.lexEntries(at: j, having: .actorword) where lexicon.classes[Int(id)] == .actorword {
                    let kind = lexicon.firstFields[Int(id)]
                    if kind == "military" || kind == "police" { return (kind, r) }
                }
            }
            j -= 1
            steps += 1
        }
        return nil
    }
}

extension Assembler {
    /// An actor name without its period in parentheses: "Military Forces of Yemen (2012-)" →
    /// "Military Forces of Yemen" (a generic "forces" word and the named entry are one side).
    static func undated(_ name: String) -> Substring {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return name[...] }
        let before = name[..<open].last == " " ? name.index(before: open) : open
        let rest = name[name.index(after: close)...]
        return rest.isEmpty ? name[..<before] : Substring(name[..<before] + rest)
    }
}
