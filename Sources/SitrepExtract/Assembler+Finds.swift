import SitrepModel

// MARK: - Finds: graves found, hostages' bodies recovered, captives freed (ACLED: other)

extension Assembler {
    /// A find or a release told before any violence: "soldiers found a mass grave containing the
    /// bodies of 40 people", "began exhuming a mass burial site where dozens were killed",
    /// "troops recovered the bodies of four hostages", "gunmen freed 12 passengers they had
    /// abducted". ACLED codes a mass grave found, hostages' bodies recovered and captives released
    /// as an "Other" strategic development: the killing or the abduction behind them was an event
    /// of its own, earlier. Violence told before the find is the event ("killed 20 villagers and
    /// buried them in a mass grave"), and so is a release where someone was killed or hurt (a
    /// rescue by force). News prose only (`preferWhatIsToldFirst`): ACLED's notes code their own finds.
    func preferTheFind(_ inc: Incident, _ scores: inout [Double], hurt: Bool, toll: Range<Int>?) {
        guard scores[sub: .other] > 0 || scores[sub: .abduction] > 0 else { return }
        let top = SubEventType.top(in: scores)
        guard top.eventType.isViolent, let find = findTold(inc, hurt: hurt) else { return }
        // the violence's own word or its toll, told after the find (in its clause or a later
        // sentence), or no word of it at all
        if let act = triggerRange(inc, top), act.lowerBound < find { return }
        if let toll, toll.lowerBound < find { return }
        scores[SubEventType.other.rawValue] = scores[top.rawValue] + 0.1
    }

    /// The token where the incident's first find is told: a grave word of an "Other" trigger
    /// ("mass grave", "mass burial site"), "hostages" or "captives" after "bodies of", or a release
    /// verb before an abduction word of its sentence when no one was hurt.
    private func findTold(_ inc: Incident, hurt: Bool) -> Int? {
        if let r = triggerRange(inc, .other), r.contains(where: { doc.tokens[$0].isWord && Self.graveWords.contains(doc.tokens[$0].lex) }) {
            // told from its verb of finding when one comes first ("exhumed 30 bodies from a mass grave")
            let range = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
            return (range.lowerBound..<r.lowerBound).first { doc.tokens[$0].isWord && Self.findVerbs.contains(doc.tokens[$0].lex) } ?? r.lowerBound
        }
        guard let r = triggerRange(inc, .abduction) else { return nil }
        let range = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        // "the bodies of (the) (four) hostages"
        var j = r.lowerBound - 1
        while j > range.lowerBound, doc.tokens[j].kind == .number || word(j, "the") || doc.tokens[j].isWord && Self.countWords.contains(doc.tokens[j].lex) { j -= 1 }
        if j > range.lowerBound, word(j, "of"), word(j - 1, "bodies") || word(j - 1, "remains") { return j - 1 }
        guard !hurt else { return nil }
        return (range.lowerBound..<r.lowerBound).first { doc.tokens[$0].isWord && Self.releaseVerbs.contains(doc.tokens[$0].lex) }
    }

    static let graveWords = WordSet(["grave", "graves", "burial"])
    static let findVerbs = WordSet(["found", "discovered", "uncovered", "unearthed", "exhumed", "exhuming", "exhume", "recovered",
                                    "located", "finds", "discovers", "uncovers", "unearths", "exhumes", "recovers"])
    static let releaseVerbs = WordSet(["released", "freed", "releases", "frees", "releasing", "freeing"])
    /// Number words between "bodies of" and the captives ("the bodies of two hostages").
    static let countWords = WordSet(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "all",
                                     "more", "than", "at", "least", "some"])
}
