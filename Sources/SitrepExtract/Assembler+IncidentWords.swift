import SitrepModel

// MARK: - What the incident's words say: triggers, agents, counts

extension Assembler {
    /// The word riot as a noun or verb ("students rioted", "riots broke out"), not "rioters" (ACLED's
    /// name for any riot's actor), "riot police" or "riot-like".
    func speaksOfRiot(_ inc: Incident) -> Bool {
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let riotWords = Self.riotWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.tokens[t].isWord && riotWords.contains(doc.tokens[t].lex) {
                if doc.tokens[t].flags.contains(.hyphenNext) || word(t + 1, "police") || word(t + 1, "gear") || word(t + 1, "squad") { continue }
                return true
            }
        }
        return false
    }

    /// The actor named before the incident's first `sub` trigger word, in its sentence: the
    /// subject of the act ("settlers threw stones", "soldiers beat up a man"). `nearest` takes the
    /// one closest to the act, the longest of those ending there ("Israeli settlers", not "Israeli").
    func agent(of sub: SubEventType, in inc: Incident, among mentions: [ActorMention], nearest: Bool = false) -> ActorMention? {
        guard let t = triggerRange(inc, sub) else { return nil }
        let before = { (m: ActorMention) in m.range.upperBound <= t.lowerBound && self.doc.sentenceOf[m.range.lowerBound] == self.doc.sentenceOf[t.lowerBound] }
        guard nearest else { return mentions.first(where: before) }
        return mentions.filter(before).max { ($0.range.upperBound, $0.range.count) < ($1.range.upperBound, $1.range.count) }
    }

    static let riotWords: [UInt64] = ["riot", "riots", "rioted", "rioting"].map { DateResolver.lexHash($0) }

    /// A truce that is "rejected", "violated"...: lex keys, hashed once.
    static let breachWords: [UInt64] = ["rejected", "violated", "refused", "broke", "collapsed"].map { DateResolver.lexHash($0) }

    /// Tokens of the incident written as one of `wanted` (a handful of keys: compared, not hashed).
    func count(_ cls: Lexicon.Class, in inc: Incident, phrase wanted: [UInt64]) -> Int {
        var n = 0
        for k in inc.sentences {
            for t in doc.sentences[k].range where wanted.contains(doc.tokens[t].lex) { n += 1 }
        }
        return n
    }

    func count(_ cls: Lexicon.Class, in inc: Incident, kind: String) -> Int {
        var n = 0
        for k in inc.sentences where doc.sentenceHas(k, cls) {
            for t in doc.sentences[k].range where doc.lexAt[t] >= 0 {
                if doc.lexHas(t, cls), doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == cls && lexicon.firstFields[Int($0)] == kind }) { n += 1 }
            }
        }
        return n
    }

    func count(_ cls: Lexicon.Class, in inc: Incident) -> Int {
        var n = 0
        for k in inc.sentences where doc.sentenceHas(k, cls) {
            for t in doc.sentences[k].range where doc.lexAt[t] >= 0 {
                if doc.lexHas(t, cls) { n += 1 }
            }
        }
        return n
    }

    /// The actor named at `range` is the subject of the incident's first arrest word in the passive
    /// ("BNP activists were arrested"): the arrested, not the agent ("arrested by the Taliban").
    func arrested(_ inc: Incident, named range: Range<Int>) -> Bool {
        guard let r = triggerRange(inc, .arrests), r.lowerBound > 0, range.upperBound <= r.lowerBound else { return false }
        let p = r.lowerBound - 1
        return doc.tokens[p].isWord && Self.passiveAuxiliaries.contains(doc.tokens[p].lex)
    }

    /// Sentence `k` has a battle word ("clashed", "fought"): the armed actors it names fight.
    func tellsBattle(_ k: Int) -> Bool {
        guard doc.sentenceHas(k, .trigger) else { return false }
        for t in doc.sentences[k].range where doc.lexHas(t, .trigger) {
            if doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)]?.eventType == .battles }) { return true }
        }
        return false
    }

    func triggerRange(_ inc: Incident, _ sub: SubEventType) -> Range<Int>? {
        // a note's label ("Abduction: On 5 January ...") names the type, not the act: the act's own
        // word, whose subject is the agent, comes first; the label only when the note has none
        var label: Range<Int>? = nil
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) {
                // "March" as a month is no march (as in `evidence`)
                if doc.tokens[t].flags.contains(.capitalized), doc.lexHas(t, .month) { continue }
                if doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == sub }) {
                    guard let r = doc.lexRange(at: t) else { continue }
                    if label == nil, isNoteLabel(r, in: range) { label = r; continue }
                    return r
                }
            }
        }
        // ground taken by driving its holders out has no trigger word of its own: its verb is the
        // act's ("troops drove RSF fighters out of Sinja": the subject took it, not the named group)
        if label == nil, sub == .nonStateOvertakes || sub == .governmentRegains {
            let expel = Self.expelVerbs
            for k in inc.sentences where sentenceWords(k).contains(.expelVerb) {
                for t in doc.sentences[k].range where doc.tokens[t].isWord && expel.contains(doc.tokens[t].lex) { return t..<(t + 1) }
            }
        }
        return label
    }

    /// The words at `r` open their sentence and a colon follows them within four words: a note's
    /// label ("Abduction:", "Property destruction:").
    private func isNoteLabel(_ r: Range<Int>, in range: Range<Int>) -> Bool {
        guard r.lowerBound == range.lowerBound else { return false }
        var j = r.upperBound
        while j < min(range.upperBound, range.lowerBound + 5), doc.tokens[j].kind == .word { j += 1 }
        return j < range.upperBound && doc.tokens[j].isPunct(0x3A)
    }
}
