// MARK: - Word cues around actor mentions

extension Assembler {
    /// "... soldiers were killed", "... were attacked with mines", "... suffered casualties": the words
    /// before are the victims. The subject may be a few words from its verb ("soldiers stationed in a
    /// plantation were attacked"); a verb of its own in between makes it an agent ("forces shelled the
    /// village and two civilians were killed").
    func passiveVictim(after end: Int, _ range: Range<Int>) -> Bool {
        var j = end
        var steps = 0
        // a headline drops the auxiliary: "Three SDF fighters killed in ISIS attack"
        let headline = isTitleLine(Int(doc.sentenceOf[range.lowerBound]))
        while j < range.upperBound, steps < 6 {
            if headline, reducedPassive(j, range) { return true }
            // a note in parentheses is no step on the way ("X's 5th Brigade (military police) were killed")
            if doc.tokens[j].isPunct(0x28) {
                var k = j + 1
                while k < range.upperBound, k < j + 10, !doc.tokens[k].isPunct(0x29) { k += 1 }
                if k < range.upperBound, doc.tokens[k].isPunct(0x29) { j = k + 1; continue }
            }
            if word(j, "was") || word(j, "were") || word(j, "been") {
                let k = j + 1 < range.upperBound && (word(j + 1, "reportedly") || word(j + 1, "reported") || word(j + 1, "also")
                    || word(j + 1, "allegedly")) ? j + 2 : j + 1
                guard k < range.upperBound else { return false }
                if victimVerb(k) { return true }
                // "a QSD member was found killed", "were found dead": who was found so died
                if word(k, "found"), k + 1 < range.upperBound, victimVerb(k + 1) || doc.lexHas(k + 1, .kill)
            || word(k + 1, "dead") || word(k + 1, "killed") || word(k + 1, "murdered") || word(k + 1, "executed") { return true }
                guard doc.lexAt[k] >= 0 else { return false }
                return doc.lexHas(k, .kill) || doc.lexHas(k, .injure)
            }
            if word(j, "suffered") { return true }
            if clauseBreak(j) || (doc.lexAt[j] >= 0 && doc.lexHas(j, .trigger)) { return false }
            j += 1
            steps += 1
        }
        return false
    }

    /// "the police station", "an army checkpoint", "a Houthi base": forces named as the owners of a
    /// place are where the event happened or what it hit, not who did it.
    func facility(at j: Int, _ range: Range<Int>) -> Bool {
        guard j < range.upperBound else { return false }
        return word(j, "station") || word(j, "stations") || word(j, "post") || word(j, "posts") || word(j, "checkpoint")
            || word(j, "checkpoints") || word(j, "headquarters") || word(j, "base") || word(j, "bases") || word(j, "barracks")
            || word(j, "outpost") || word(j, "outposts") || word(j, "office") || word(j, "offices")
    }

    /// Sentence `k` is a text's title: a bare line (no closing stop) before its body's paragraphs,
    /// in sentence case or title case ("Three soldiers killed in ambush near Tillaberi").
    func isTitleLine(_ k: Int) -> Bool {
        let s = doc.sentences[k]
        guard s.isBareLine, k + 1 < doc.sentences.count, doc.sentences[k + 1].paragraph > s.paragraph else { return false }
        return (0..<k).allSatisfy { doc.sentences[$0].isBareLine }
    }

    /// A headline's participle of killing or harm with no auxiliary and no object ("killed in",
    /// "wounded as", "shot dead near", "killed" at the line's end): its subject suffered the act.
    /// A headline tells its actors' acts in the present ("Junta air strike kills nine").
    private func reducedPassive(_ j: Int, _ range: Range<Int>) -> Bool {
        guard doc.tokens[j].isWord else { return false }
        var k = j + 1
        if victimVerb(j) {
            if word(k, "dead") { k += 1 }
        } else {
            guard doc.lexAt[j] >= 0, doc.lexHas(j, .kill) || doc.lexHas(j, .injure),
                  doc.string(j..<j + 1).lowercased().hasSuffix("ed") || word(j, "slain") || word(j, "dead") || word(j, "hurt") else { return false }
        }
        return k >= range.upperBound || doc.tokens[k].kind == .punct || doc.tokens[k].isWord && Self.afterReducedPassive.contains(doc.tokens[k].lex)
    }

    static let afterReducedPassive = WordSet(["in", "at", "near", "as", "after", "during", "by", "on", "when", "while", "outside", "from", "and", "amid"])

    /// A passive participle whose subject suffered the event.
    private func victimVerb(_ k: Int) -> Bool {
        word(k, "attacked") || word(k, "targeted") || word(k, "ambushed") || word(k, "hit") || word(k, "struck")
            || word(k, "shot") || word(k, "abducted") || word(k, "kidnapped") || word(k, "captured") || word(k, "beaten")
            || word(k, "stabbed") || word(k, "assaulted") || word(k, "shelled") || word(k, "bombed")
            || word(k, "arrested") || word(k, "detained")
    }

    /// Punctuation that ends a clause, or a word that opens a new one: a subject does not reach past it.
    private func clauseBreak(_ j: Int) -> Bool {
        let t = doc.tokens[j]
        if t.kind == .punct { return t.mark == 0x2C || t.mark == 0x2E || t.mark == 0x3B || t.mark == 0x3A }
        return word(j, "who") || word(j, "which") || word(j, "where") || word(j, "that") || word(j, "while")
            || word(j, "after") || word(j, "when") || word(j, "before") || word(j, "because")
    }

    /// "... targeting X", "an attack against two X", "killing three X": X suffered the event. A few
    /// words may come between ("carried out a mine attack against two military trucks").
    func targetCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        var steps = 0
        var pastPreposition = false
        // ("a bomb went off at the Pa La Na police checkpoint": a name may come between)
        while j >= range.lowerBound, steps < 5 {
            let t = doc.tokens[j]
            if t.kind == .punct || clauseBreak(j) { return false }
            // ("militants killed 11 soldiers": who was killed is no agent; "were killed when X
            // attacked" is another clause)
            if word(j, "in") || word(j, "during") || word(j, "from") || word(j, "with") { pastPreposition = true }
            // (the past tense takes its object right after it: "killed in Taliban attacks" names the agent)
            if !pastPreposition, word(j, "killed") || word(j, "wounded") || word(j, "injured") { return true }
            if word(j, "targeting") || word(j, "targeted") || word(j, "against") || word(j, "injuring") || word(j, "killing")
                || word(j, "wounding") || word(j, "hitting") || word(j, "ambushing")
                || word(j, "kidnapping") || word(j, "abducting") || word(j, "at")
                // "shot down a Russian drone", "intercepted a Houthi missile": the weapon's owner was hit
                || word(j, "down") || word(j, "downed") || word(j, "intercepted") || word(j, "intercepting") || word(j, "destroyed") {
                // "at the hands of X" names the agent; "at least six X" counts it
                return !(word(j, "at") && (word(j + 1, "least") || word(j + 1, "most") || (word(j + 1, "the") && word(j + 2, "hands"))))
            }
            // the subject's own verb: "X attacked Y" — Y is a target only through the cues above
            if doc.lexAt[j] >= 0, doc.lexHas(j, .trigger) { return false }
            if word(j, "by") { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// "X reported that ...", "HPG (PKK) claimed one soldier was killed": X tells of the event. (X
    /// "claimed responsibility" or "claimed the attack" did it.)
    func reporterCue(after end: Int, _ range: Range<Int>) -> Bool {
        var j = end
        // "(PKK)", "(HPG)": an abbreviation in parentheses after the name
        if j + 2 < range.upperBound, doc.tokens[j].isPunct(0x28), doc.tokens[j + 2].isPunct(0x29) { j += 3 }
        // "police sources said", "army officials told", "a Taliban official said": the forces' people tell of it
        if j + 1 < range.upperBound, word(j, "sources") || word(j, "officials") || word(j, "spokesman") || word(j, "spokesperson")
            || word(j, "source") || word(j, "official") || word(j, "spokeswoman") { j += 1 }
        guard j < range.upperBound else { return false }
        let tells = word(j, "reported") || word(j, "said") || word(j, "stated") || word(j, "announced") || word(j, "confirmed")
            || word(j, "told") || word(j, "reports") || word(j, "says") || word(j, "alleged") || word(j, "accused")
            || word(j, "claimed") || word(j, "claims")
        guard tells else { return false }
        // "claimed responsibility", "claimed the attack": its own deed
        if word(j + 1, "responsibility") || word(j + 1, "credit") || word(j + 1, "the") || word(j + 1, "an") || word(j + 1, "a") { return false }
        // "the military claimed that it had retaken ...", "said they killed": it tells of its own deed
        return !ownDeed(after: j) && !word(j + 1, "to")
    }

    /// "X claimed responsibility", "X took responsibility", "X claimed to have killed ...", "X claimed
    /// the attack": X owns the deed, so no target cue before it ("... destroyed vehicles and X claimed
    /// to have killed a soldier") makes it what the event hit.
    func claimsDeed(after end: Int, _ range: Range<Int>) -> Bool {
        guard end + 1 < range.upperBound else { return false }
        if word(end, "claimed") || word(end, "claims") {
            return word(end + 1, "responsibility") || word(end + 1, "credit") || word(end + 1, "the")
                || (word(end + 1, "to") && end + 2 < range.upperBound && word(end + 2, "have"))
        }
        return (word(end, "took") || word(end, "takes") || word(end, "accepted")) && word(end + 1, "responsibility")
    }

    /// After a speech verb at `j`: "(that) it / its / they / their / we": the speaker tells of its own
    /// deed ("the army said its jets struck ...").
    func ownDeed(after j: Int) -> Bool {
        let k = word(j + 1, "that") ? j + 2 : j + 1
        return word(k, "it") || word(k, "they") || word(k, "its") || word(k, "their") || word(k, "we")
    }

    /// A source name that is also an actor ("the Israeli army said", listed as an outlet) names the
    /// actor when it tells of its own deed: "the Israeli army said its jets struck ..." (read with or
    /// without the speech verb inside the source's words).
    func sourceTellsOwnDeed(_ r: Range<Int>, _ range: Range<Int>) -> Bool {
        for j in r.upperBound..<min(range.upperBound, r.upperBound + 2)
        where word(j, "said") || word(j, "says") || word(j, "claimed") || word(j, "announced") || word(j, "stated") {
            return ownDeed(after: j)
        }
        return false
    }

    /// "police found the body of ...", "security forces recovered two bodies": who finds the dead did
    /// not kill them.
    func finderCue(after end: Int, _ range: Range<Int>) -> Bool {
        guard end < range.upperBound, word(end, "found") || word(end, "discovered") || word(end, "recovered") || word(end, "retrieved") else { return false }
        var j = end + 1
        while j < range.upperBound, j <= end + 4 {
            if word(j, "body") || word(j, "bodies") || word(j, "corpse") || word(j, "corpses") || word(j, "remains") { return true }
            j += 1
        }
        return false
    }

    /// A mention that ends at most two words before the trigger, with no punctuation between: the
    /// trigger's subject ("the military abducted", "IS fighters reportedly attacked").
    func adjacentSubject(_ m: Range<Int>, _ trigger: Range<Int>) -> Bool {
        guard m.upperBound <= trigger.lowerBound, trigger.lowerBound - m.upperBound <= 2 else { return false }
        return (m.upperBound..<trigger.lowerBound).allSatisfy { doc.tokens[$0].kind == .word }
    }

    /// A named group right before an active trigger did it, whatever "by ..." agent follows the trigger:
    /// "PKK militants attacked soldiers, in conjunction with shelling carried out by Turkish forces".
    /// Not a passive ("IS fighters were attacked by the army"), nor a "by ..." agent before the trigger.
    func activeSubjectActs(_ subject: ActorMention?, over agent: ActorMention, _ trigger: Range<Int>) -> Bool {
        guard let subject, subject.specific, !subject.agentCue, agent.range.lowerBound >= trigger.upperBound,
              adjacentSubject(subject.range, trigger) else { return false }
        return !(subject.range.upperBound..<trigger.lowerBound).contains {
            word($0, "was") || word($0, "were") || word($0, "been") || word($0, "being") || word($0, "is") || word($0, "are") || word($0, "got")
        }
    }

    /// Two mentions of one noun phrase: the second follows the first directly or after capitalized
    /// words only ("pro-Hadi Special Security forces"), so they name one actor, not two sides; or a
    /// slash joins them ("Boko Haram/IS claimed ..."): one side whose group is uncertain (ACLED's
    /// "X and/or Y"), not two sides.
    func samePhrase(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let (first, second) = a.lowerBound <= b.lowerBound ? (a, b) : (b, a)
        guard second.lowerBound >= first.upperBound, second.lowerBound - first.upperBound <= 2 else { return false }
        if second.lowerBound - first.upperBound == 1, doc.tokens[first.upperBound].isPunct(0x2F) { return true }
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
        // ("rebels under OPS shelled ...": a fighters' word right before "under" reads the same)
        return j - 1 >= range.lowerBound && (word(j - 1, "operating") || word(j - 1, "operates") || word(j - 1, "operate")
            || word(j - 1, "fighting") || word(j - 1, "acting") || word(j - 1, "rebels") || word(j - 1, "factions")
            || word(j - 1, "fighters") || word(j - 1, "forces") || word(j - 1, "groups"))
    }

    /// "by X", "by the X", "by four members of the X", "by suspected X", "at the hands of X".
    func agentCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < 6 {
            // "a hut used by the KNU", "forces supported by Saudi forces": who owns or backs, not who acts
            if word(j, "by") { return !possessionParticiple(j - 1) }
            if word(j, "of"), j - 2 >= range.lowerBound, word(j - 1, "hands"), word(j - 2, "the") || word(j - 2, "whose") { return true }
            // only the words of a quantity or a hedge come between "by" and the agent
            guard doc.tokens[j].kind == .number || word(j, "the") || word(j, "an") || word(j, "a") || word(j, "of")
                || word(j, "suspected") || word(j, "alleged") || word(j, "presumed") || word(j, "members") || word(j, "member")
                || word(j, "fighters") || word(j, "elements") || word(j, "group") || word(j, "several") || word(j, "some")
                || word(j, "two") || word(j, "three") || word(j, "four") || word(j, "five") || word(j, "at") || word(j, "least")
            else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    private func possessionParticiple(_ j: Int) -> Bool {
        word(j, "used") || word(j, "held") || word(j, "controlled") || word(j, "run") || word(j, "owned")
            || word(j, "occupied") || word(j, "manned") || word(j, "supported") || word(j, "backed") || word(j, "led")
            || word(j, "accompanied") || word(j, "escorted") || word(j, "protected") || word(j, "guarded") || word(j, "dominated")
    }

    /// "believed to be (the) X", "suspected to be X", "thought to be X": X is who the unknown agent was
    /// (not "suspected of being X": said of a suspect, whoever acted).
    func believedToBe(before i: Int, _ range: Range<Int>) -> Bool {
        let j = word(i - 1, "the") ? i - 2 : i - 1
        guard j - 2 >= range.lowerBound, word(j, "be"), word(j - 1, "to") else { return false }
        return word(j - 2, "believed") || word(j - 2, "suspected") || word(j - 2, "thought") || word(j - 2, "presumed")
    }

    func believedCue(before i: Int, _ range: Range<Int>) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < 4 {
            if word(j, "believed") || word(j, "suspected") || word(j, "thought") || word(j, "likely") || word(j, "presumably")
                || word(j, "assumed") || word(j, "presumed") { return true }
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
            // "the Paraguayan People's Army", "the Sudan Liberation Army": a movement's name, not the state's forces
            if doc.tokens[j].isWord, doc.tokens[j].flags.contains(.capitalized), Self.movementWords.contains(doc.tokens[j].lex) { return nil }
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

    /// Words of a movement's name between a demonym and a forces word ("People's Army", "Liberation
    /// Army", "Democratic Forces", "Revolutionary Armed Forces").
    static let movementWords = WordSet(["people", "peoples", "people's", "liberation", "democratic", "revolutionary", "popular",
                                        "resistance", "islamic", "free", "patriotic", "salvation", "defence", "defense", "self-defence"])

    /// "The Russian defence ministry said its forces shelled ...", "Ukraine's Ministry of Defence said
    /// it had downed ...": a defence ministry telling of its own forces' deed speaks for them (a ministry
    /// that tells of another's deed is a source, not an actor). The range of the ministry's words.
    func defenceMinistryClaim(after i: Int, _ range: Range<Int>) -> Range<Int>? {
        var j = i
        let start = j
        if word(j, "defence") || word(j, "defense"), word(j + 1, "ministry") || word(j + 1, "minister") {
            j += 2
        } else if word(j, "ministry"), word(j + 1, "of"), word(j + 2, "defence") || word(j + 2, "defense") {
            j += 3
        } else {
            return nil
        }
        guard j < range.upperBound, word(j, "said") || word(j, "says") || word(j, "claimed") || word(j, "announced") || word(j, "stated") else { return nil }
        let k = word(j + 1, "that") ? j + 2 : j + 1
        guard word(k, "it") || word(k, "its") || word(k, "they") || word(k, "their") else { return nil }
        return start..<j
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
    /// (The parentheses and the space are found among the UTF-8 bytes: no grapheme breaking.)
    static func undated(_ name: String) -> Substring {
        let bytes = name.utf8
        guard let open = bytes.firstIndex(of: 0x28), let close = bytes[open...].firstIndex(of: 0x29) else { return name[...] }
        let before = open > bytes.startIndex && bytes[bytes.index(before: open)] == 0x20 ? bytes.index(before: open) : open
        let rest = name[bytes.index(after: close)...]
        return rest.isEmpty ? name[..<before] : Substring(name[..<before] + rest)
    }
}
