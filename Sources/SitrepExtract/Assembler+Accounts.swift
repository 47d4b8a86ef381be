import SitrepModel

// MARK: - Accounts: each source's version of an incident

extension Assembler {
    /// One source's version of the incident, read from one clause of a sentence that names a source
    /// ("state media said 100 people were killed"; "activists put the death toll at 30").
    struct Claim {
        var source: String
        var kind: String?
        var sourceRange: Range<Int>
        /// The clause's tokens (a clause without a source of its own that follows it is added).
        var clause: Range<Int>
        var certainty = "reported"
        var denial = false
        /// The clause's killed figure as `code` reads a sentence's: the sum, its qualifiers, its first span.
        var killed = 0
        var killMin: Int?
        var killMax: Int?
        var fatalitySpan: Range<Int>?
        var injured: Int?
        /// The figure is the story's toll revised upward ("the toll had risen to 11, the civil
        /// defence said"): the count grew, it is no rival version for the lowest-figure rule.
        var revises = false
        /// The figure is a count the story moves on from: one given "initially" or "at first", or
        /// told with the wounded who died since ("Twelve were dead by nightfall ..., after two of
        /// the wounded died"; `grew`). Neither is a rival version for the lowest-figure rule.
        var earlier = false
        var grew = false
        /// The figure adds dead to the toll others gave ("Residents said at least two civilians
        /// caught in the crossfire were also killed"): more dead, no rival version.
        var adds = false
    }

    /// The claims of the incident's sentences that name a source or hold a denial, in text order.
    /// Other sentences (most) are not read.
    func claims(_ inc: Incident) -> [Claim] {
        var out: [Claim] = []
        for k in inc.sentences where doc.sentenceSummary[k].hasSource || doc.sentenceHas(k, .denial) {
            let range = doc.sentences[k].range
            let figures = doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) || doc.sentenceHas(k, .qualifier)
                || doc.sentenceHas(k, .vague)
            var start = range.lowerBound
            var previous: Int? = nil  // the last claim of this sentence, which a clause with no source continues
            while start < range.upperBound {
                // a clause ends at a semicolon or before a contrast word ("..., while activists ...")
                var t = start + 1
                while t < range.upperBound, !doc.tokens[t].isPunct(0x3B), !doc.lexHas(t, .contrast) { t += 1 }
                let clause = start..<min(t, range.upperBound)
                let first = out.count
                readClaims(in: clause, into: &out)
                if out.count == first, figures, let p = previous {
                    out[p].clause = out[p].clause.lowerBound..<clause.upperBound
                    addFigures(in: clause, to: &out[p])
                } else if out.count > first {
                    if figures { addFigures(in: clause, to: &out[first]) }
                    previous = out.count - 1
                }
                start = t < range.upperBound && doc.tokens[t].isPunct(0x3B) ? t + 1 : t
            }
        }
        return out
    }

    /// The sources a clause ties to an attribution or denial word, else the first source it names
    /// when it holds a figure.
    private func readClaims(in clause: Range<Int>, into out: inout [Claim]) {
        let first = out.count
        var certainty = "reported", weight = 0.0
        for t in clause where doc.lexAt[t] >= 0 {
            let classes = doc.lexClasses(at: t)
            guard classes.contains(.attribution) || classes.contains(.denial) || classes.contains(.certainty) else { continue }
            guard let r = doc.lexRange(at: t), r.lowerBound == t else { continue }
            for id in doc.lexEntries(at: t) {
                switch lexicon.classes[Int(id)] {
                case .certainty where !classes.contains(.denial):
                    let w = lexicon.numbers1[Int(id)]
                    if w > weight { weight = w; certainty = lexicon.firstFields[Int(id)] }
                case .attribution:
                    let before = lexicon.firstFields[Int(id)] == "before"
                    if let s = sourceNear(before ? r.lowerBound - 1 : r.upperBound, step: before ? -1 : 1, clause) {
                        add(Claim(source: s.0, kind: s.1, sourceRange: s.2, clause: clause), to: &out, from: first)
                    }
                case .denial:
                    // "were denied access": the subject is denied something, it denies nothing
                    if t > clause.lowerBound, passive(t - 1) { continue }
                    let known = sourceNear(r.lowerBound - 1, step: -1, clause).map { ($0.0, Optional($0.1), $0.2) }
                    if let s = known ?? denier(before: t, clause) {
                        add(Claim(source: s.0, kind: s.1, sourceRange: s.2, clause: clause, denial: true), to: &out, from: first)
                    }
                default: break
                }
            }
        }
        if out.count == first, doc.sentenceSummary[Int(doc.sentenceOf[clause.lowerBound])].hasSource,
           let i = doc.firstSource(in: clause), doc.sources[i].range.lowerBound <= clause.lowerBound + 2,
           // "MOGADISHU (Reuters) - ... killing nine people, police said": the agency of a dateline
           // files the report, it is no source with a version of its own
           !doc.datelines.contains(where: { $0.overlaps(doc.sources[i].range) }) {
            let s = doc.sources[i]
            // a source that opens its clause with no word of saying speaks through a figure ("while
            // activists put the death toll at 30"); one named further on is often the victim or the agent
            if hasKillOrInjury(clause) { out.append(Claim(source: s.name, kind: s.kind, sourceRange: s.range, clause: clause)) }
        }
        for n in first..<out.count {
            if out[n].denial { out[n].certainty = "disputed"; continue }
            out[n].certainty = certainty
            if certainty == "reported", let kind = out[n].kind, Assembler.partisan.contains(kind) { out[n].certainty = "claimed" }
        }
    }

    /// Adds `claim`, or marks the clause's claim of the same source as a denial.
    private func add(_ claim: Claim, to out: inout [Claim], from first: Int) {
        if let n = out[first...].firstIndex(where: { $0.source == claim.source }) {
            if claim.denial { out[n].denial = true }
        } else {
            out.append(claim)
        }
    }

    private func addFigures(in clause: Range<Int>, to claim: inout Claim) {
        // "more than 6,000 have been killed in the conflict, according to a think tank": a source's
        // count of the war or of an earlier year is no figure for the incident
        let sentence = doc.sentences[Int(doc.sentenceOf[clause.lowerBound])].range
        if doc.sentenceHas(Int(doc.sentenceOf[clause.lowerBound]), .kill),
           cumulativeToll(sentence) || speaksOfTheWarSoFar(sentence) || !assumeEvent && killedInAnEarlierYear(sentence) { return }
        let cs = CasualtyReader(lexicon: lexicon).casualties(in: doc, sentence: clause)
        let killed = cs.filter { $0.what == .killed }
        let sum = killed.reduce(0) { $0 + $1.value }
        if sum > 0, claim.killed == 0 {
            claim.killed = sum
            claim.killMin = killed.count == 1 ? killed[0].min : killed.reduce(0) { $0 + ($1.min ?? $1.value) }
            claim.killMax = killed.count == 1 ? killed[0].max : (killed.allSatisfy { $0.max != nil } ? killed.reduce(0) { $0 + $1.max! } : nil)
            claim.fatalitySpan = killed[0].range
            claim.adds = alsoKilled(in: clause, reader: CasualtyReader(lexicon: lexicon))
        }
        // "the toll had risen to eleven, the civil defence said, after rescuers found two more
        // bodies": the source's figure is the revised toll, not the bodies found since
        if let r = CasualtyReader(lexicon: lexicon).revisedToll(in: doc, sentence: clause), r.value > claim.killed {
            claim.killed = r.value
            claim.killMin = r.min
            claim.killMax = r.max
            claim.fatalitySpan = r.range
            claim.revises = true
        }
        if claim.killed > 0, !claim.revises, let span = claim.fatalitySpan {
            if tellsEarlierCount(clause, before: span.lowerBound) {
                claim.earlier = true
            } else if tellsWoundedDying(clause) || countedByALaterTime(clause, before: span.lowerBound) || countsMore(span) {
                claim.grew = true
            }
        }
        let injured = cs.filter { $0.what == .injured }.reduce(0) { $0 + $1.value }
        if injured > 0, claim.injured == nil { claim.injured = injured }
    }

    private func hasKillOrInjury(_ clause: Range<Int>) -> Bool {
        clause.contains { doc.lexHas($0, .kill) || doc.lexHas($0, .injure) }
    }

    /// "was", "were", "been", "being", "be" right before a denial word: a passive.
    private func passive(_ i: Int) -> Bool {
        word(i, "was") || word(i, "were") || word(i, "been") || word(i, "being") || word(i, "be")
    }

    /// The noun phrase that denies when no known source or actor does: "Moscow denied", "Russia's
    /// defence ministry has denied", "the ministry flatly denied" (capitalized words and up to two
    /// lowercase ones after them, or lowercase ones after "the"). Its kind is unknown.
    private func denier(before t: Int, _ clause: Range<Int>) -> (String, String?, Range<Int>)? {
        let tokens = doc.tokens
        var hi = t
        // "has", "also", "flatly" between the subject and the verb
        var skipped = 0
        while hi - 1 >= clause.lowerBound, skipped < 2, tokens[hi - 1].isWord, !tokens[hi - 1].flags.contains(.capitalized),
              word(hi - 1, "has") || word(hi - 1, "have") || word(hi - 1, "had") || word(hi - 1, "also") || endsInLy(hi - 1) {
            hi -= 1
            skipped += 1
        }
        var lo = hi
        while lo - 1 >= clause.lowerBound, hi - lo < 2, tokens[lo - 1].isWord, !tokens[lo - 1].flags.contains(.capitalized),
              !tokens[lo - 1].flags.contains(.article) {
            lo -= 1
        }
        let lowercase = lo
        while lo - 1 >= clause.lowerBound, lowercase - lo < 3, tokens[lo - 1].isWord, tokens[lo - 1].flags.contains(.capitalized),
              !tokens[lo - 1].flags.contains(.article) {
            lo -= 1
        }
        guard lo < hi else { return nil }
        if lo == lowercase {
            // lowercase only: "the army", "the defence ministry"
            guard lo - 1 >= clause.lowerBound, word(lo - 1, "the") else { return nil }
        } else if tokens[lo].flags.contains(.stop) {
            return nil  // "It denied", "They have denied"
        }
        // "Moscow on Monday denied": a date is nobody
        for i in lo..<hi where doc.lexHas(i, .weekday) || doc.lexHas(i, .month) { return nil }
        return (doc.string(lo..<hi), nil, lo..<hi)
    }

    private func endsInLy(_ i: Int) -> Bool {
        let tok = doc.tokens[i]
        guard tok.end - tok.start > 3 else { return false }
        return doc.byte(Int(tok.end) - 2) | 0x20 == 0x6C && doc.byte(Int(tok.end) - 1) | 0x20 == 0x79
    }

    /// Other sources' accounts, one per source in text order (its first figure, denied if any of
    /// its claims denies); the event's own source is left out, and so is a source that only says
    /// what the event already says (no figure, no denial).
    /// A party's name is read as the event's actors read it (for the event's country), not as its
    /// alias's first reading.
    func accounts(_ claims: [Claim], mainSource: String?, mentions: [ActorMention]) -> [Account] {
        var out: [Account] = []
        var seen: [String] = []  // the claims' own source names, one per account
        var killed: [Bool] = []  // whether the account has its killed figure yet
        for c in claims where c.source != mainSource && (c.denial || c.killed > 0 || c.injured != nil) {
            if let n = seen.firstIndex(of: c.source) {
                if c.denial { out[n].denial = true; out[n].certainty = "disputed" }
                if !killed[n], c.killed > 0 { killed[n] = true; out[n].fatalitiesMin = c.killMin; out[n].fatalitiesMax = c.killMax }
                if out[n].injured == nil { out[n].injured = c.injured }
                continue
            }
            seen.append(c.source)
            killed.append(c.killed > 0)
            let (a, b) = doc.byteSpan(c.clause)
            let name = c.kind == "party" ? mentions.first { $0.range.overlaps(c.sourceRange) }?.name ?? c.source : c.source
            out.append(Account(source: name, sourceKind: c.kind, certainty: c.certainty,
                               fatalitiesMin: c.killed > 0 ? c.killMin : nil, fatalitiesMax: c.killed > 0 ? c.killMax : nil,
                               injured: c.injured, denial: c.denial, span: ByteSpan(a, b)))
        }
        return out
    }
}
