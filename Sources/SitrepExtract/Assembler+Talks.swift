import SitrepModel

// MARK: - Talks that ended without agreement

extension Assembler {
    /// "Ended a round of peace talks without agreeing on an extension", "failed to reach a deal",
    /// "neither side announced a breakthrough": talks told with their failure agreed nothing, and
    /// ACLED codes no agreement for them. In news prose such an incident's agreement words (the
    /// talks, the truce they were about) report nothing. The incident names talks, negotiations or
    /// a meeting, and a sentence of it tells the failure: "without" or a verb of failing before a
    /// word of agreeing within four words, or a negation before "breakthrough" or "agreement".
    func dropTheAgreementOfFailedTalks(_ inc: Incident, _ scores: inout [Double]) {
        guard scores[sub: .agreement] > 0, talksEndedWithoutAgreement(inc) else { return }
        scores[SubEventType.agreement.rawValue] = 0
        // (and "Other"'s weak words with it: "neither side announced a breakthrough")
        scores[SubEventType.other.rawValue] = 0
    }

    func talksEndedWithoutAgreement(_ inc: Incident) -> Bool {
        guard !assumeEvent else { return false }
        var talks = false, failed = false
        // (the sets read once, not per word)
        let meetingWords = Self.meetingWords, failingWords = Self.failingWords, breakthroughWords = Self.breakthroughWords
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if !talks, meetingWords.contains(lex) { talks = true }
                if failed { continue }
                if failingWords.contains(lex), agreeingFollows(t, in: range) { failed = true }
                if breakthroughWords.contains(lex), negated(before: t, in: range) { failed = true }
            }
            if talks && failed { return true }
        }
        return false
    }

    private func agreeingFollows(_ t: Int, in range: Range<Int>) -> Bool {
        for j in (t + 1)..<min(range.upperBound, t + 5) {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.agreeingWords.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    private func negated(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 4) {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.talkNegators.contains(doc.tokens[j].lex) { return true }
            j -= 1
        }
        return false
    }

    static let meetingWords = WordSet(["talks", "negotiations", "negotiators", "round", "meeting", "met", "summit", "mediators"])
    static let failingWords = WordSet(["without", "failed", "fail", "failing", "fails", "unable"])
    static let agreeingWords = WordSet(["agreeing", "agree", "agreement", "agreements", "deal", "accord", "consensus", "breakthrough",
                                        "reach", "reaching", "settlement"])
    static let breakthroughWords = WordSet(["breakthrough", "agreement", "deal"])
    static let talkNegators = WordSet(["no", "neither", "nor", "not", "without"])
}

extension Assembler {
    /// A word of breaking the agreement in the incident ("rejected", "violated", "broke"), but not
    /// "broke out": "two years after war broke out" tells when the war began, not a breach.
    func breaksTheAgreement(_ inc: Incident) -> Bool {
        let breach = Self.breachWords
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where breach.contains(doc.tokens[t].lex) {
                if word(t, "broke"), t + 1 < range.upperBound, word(t + 1, "out") { continue }
                return true
            }
        }
        return false
    }
}
