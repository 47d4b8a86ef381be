import SitrepModel

// MARK: - Does the text report an event at all

/// What a `notreport` lexicon word (`lexicon.tsv`) says about the violence words near it. A live
/// blog or a wire is full of sentences that name violence without reporting it: a diplomat
/// condemns an attack, a minister threatens one, a country tests a missile, an earthquake kills
/// hundreds. Without `--assume-event` such a text yields no event.
enum NotReport: String, Sendable {
    /// The violence word after it is what someone blames, condemns, answers, denies or discusses
    /// ("traders blame the fighting", "claimed responsibility for the bombing", "sanctions in response
    /// to the attack"): a reference to an event told elsewhere, not a report of one.
    case reference
    /// "Accused of", "accusations": in news a reference to an event told elsewhere ("accused Iran
    /// of bombing Damascus"); in an ACLED note (`assumeEvent`) a hedge on who did what the note
    /// reports ("are accused of abducting a driver"), so it counts only without `assumeEvent`.
    case accusation
    /// Future, intended, feared or conditional ("threatened to strike", "will attack", "vowed to
    /// retake", "fears of an offensive"): nothing has happened yet.
    case irrealis
    /// A weapons test or exercise ("missile tests", "artillery drills"): no one was attacked. Read
    /// only right after the weapon word; "test of a hydrogen bomb" is a `reference` phrase. ("Launch"
    /// is left out: its stem is that of "launched an attack".)
    case test
    /// A natural disaster, an epidemic or a road accident ("earthquake", "floods", "cholera",
    /// "traffic accident"): deaths without an armed actor (see `isHazard`).
    case hazard
    /// Ordinary crime and its policing ("drugs", "smuggling", "counterfeit"): arrests and seizures
    /// in such a sentence are police work, not political arrests or disrupted weapons.
    case crime
    /// A plant, boiler, gas cylinder or warehouse: an explosion there with no weapon named is an
    /// industrial accident ("a boiler at the plant exploded"; see `isAccident`).
    case site
    /// A weapon ("firearms", "ammunition", "IEDs"): seized or found, it is disrupted weapons use
    /// (`weaponSeizure`), whatever the crime ("arms smuggling" stays an event).
    case weapon
    /// "(coded separately)": an ACLED note's mark that the act told before it in its clause is an
    /// event of its own, coded in another note ("after the police commander killed a civilian
    /// (coded separately), residents set fire to the police office"): read after the act.
    case separate
}

extension Assembler {
    /// How much a trigger word at `t` (its phrase ending before `end`) still reports an event, from
    /// 1 (as written) down to 0.1. Only a few tokens around the word are read, within its clause:
    /// - negated right before it ("no air strikes", "did not attack", "not seen any fighting");
    /// - after a reference or irrealis word in the same clause ("blame the fighting", "threatened
    ///   to strike back") — a comma or a clause word ("and", "after", "which") ends the clause;
    /// - a test word right after it ("missile tests", "bomb test");
    /// - "(coded separately)" closing its clause (ACLED's mark of another note's event).
    func reportFactor(trigger t: Int, end: Int, sentence range: Range<Int>) -> Double {
        // negation one or two words before ("no attacks", "did not attack", "no new clashes"), three
        // past a filler word ("not been any fighting" reads "not ... any")
        var filler = false
        let negators = Self.negators, fillers = Self.negationFillers  // (read once, not per word)
        for back in 1...3 {
            let j = t - back
            guard j >= range.lowerBound, doc.tokens[j].kind == .word else { break }
            if back == 3, !filler { break }
            if negators.contains(doc.tokens[j].lex) { return 0.1 }
            if fillers.contains(doc.tokens[j].lex) { filler = true }
        }
        if pastYear(before: t, in: range) { return 0.1 }
        if doc.tokens[t].isWord, Self.winWords.contains(doc.tokens[t].lex), matchScore(after: end, in: range) { return 0.1 }
        let sentence = Int(doc.sentenceOf[t])
        guard doc.sentenceHas(sentence, .notreport) || doc.sentenceHas(sentence, .denial) else { return 1 }
        // backward: a reference, denial or irrealis word within ten tokens of the clause
        // ("in response to its alleged April 4 chemical weapons attack")
        var j = t - 1
        let marks = Self.clauseMarks, clauseWords = Self.clauseWords  // (read once, not per word)
        while j >= max(range.lowerBound, t - 10) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, marks.contains(tok.mark) { break }
            if tok.kind == .word, clauseWords.contains(tok.lex), !doc.lexHas(j, .notreport) { break }
            // a denial ("rejected accusations of bombing") names what it denies: no report, unless
            // the record wants it as a denial account
            if doc.lexHas(j, .denial) {
                if keepDenials { j -= 1; continue }
                return 0.1
            }
            // "protesters denouncing the price rise torched a car": a participle's object ends
            // before a past-tense verb, which is the clause's own act
            if doc.tokens[j].isWord, notReportKind(at: j) == .reference, doc.string(j..<j + 1).lowercased().hasSuffix("ing"),
               t - j > 2, actsAsVerb(t, in: range) { break }
            // "test-fired two ballistic missiles": a test named just before the weapon
            if t - j <= 4, notReportKind(at: j) == .test { return 0.1 }
            if let kind = notReportKind(at: j), kind == .reference || kind == .irrealis || kind == .accusation && !assumeEvent && !accusesOfADatedChemicalAttack(sentence: sentence) {
                // "may" is a modal, "May" a month
                if !(kind == .irrealis && tok.flags.contains(.capitalized) && doc.lexHas(j, .month)) { return 0.1 }
            }
            j -= 1
        }
        // forward: "missile tests", "a bomb test"
        var f = end
        while f < min(range.upperBound, end + 2) {
            if notReportKind(at: f) == .test { return 0.1 }
            f += 1
        }
        return codedSeparately(after: end, in: range) ? 0.1 : 1
    }

    /// "(coded separately)" closes the act's clause within twelve tokens after it ("attacked with
    /// remote-controlled explosives (coded separately)"): another note's event. A comma, semicolon,
    /// colon, full stop or clause word ("and", "after") ends the clause first.
    private func codedSeparately(after end: Int, in range: Range<Int>) -> Bool {
        var f = end
        let clauseWords = Self.clauseWords  // (read once, not per word)
        while f < min(range.upperBound, end + 12) {
            let tok = doc.tokens[f]
            if tok.kind == .punct, tok.mark != 0x28, tok.mark != 0x2D { return false }
            if tok.kind == .word, clauseWords.contains(tok.lex) { return false }
            if notReportKind(at: f) == .separate { return true }
            f += 1
        }
        return false
    }

    /// A year before publication's that modifies the act ("the deadly 2017 chemical attack", "its
    /// 2014 offensive"): the act is a past event the text refers to, not one it reports. The year
    /// stands within three words before the trigger, after a determiner ("the", "a", "its"...), so a
    /// date ("in 2017 militants attacked", "on 3 May 2017, ...") does not count.
    private func pastYear(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 3) {
            let tok = doc.tokens[j]
            if tok.kind == .number, tok.length == 4, tok.value >= 1900, tok.value < Double(published.civil.year) {
                return (max(range.lowerBound, j - 2)..<j).contains { doc.tokens[$0].isWord && Self.determiners.contains(doc.tokens[$0].lex) }
            }
            guard tok.kind == .word else { return false }
            j -= 1
        }
        return false
    }

    /// Verbs of winning a game, which are also verbs of violence ("beat", "crushed").
    static let winWords = WordSet(["beat", "beats", "beaten", "beating", "crushed", "thrashed", "routed", "hammered", "defeated", "edged"])

    /// A match result within five tokens after a verb of winning ("beat Dynamo Kyiv 2-1", "crushed
    /// them 3-0"): a game was won, no one was beaten. (Other words: "arrested 24-30 people" is a range.)
    private func matchScore(after end: Int, in range: Range<Int>) -> Bool {
        var f = end
        while f + 1 < min(range.upperBound, end + 6) {
            let a = doc.tokens[f], b = doc.tokens[f + 1]
            if a.kind == .number, b.kind == .number, a.length <= 2, b.length <= 2, b.start == a.end + 1, doc.byte(Int(a.end)) == 0x2D { return true }
            f += 1
        }
        return false
    }

    static let determiners = WordSet(["the", "a", "an", "its", "their", "his", "her", "that", "this"])

    /// The `notreport` kind of the lexicon match starting at token `j`, if any.
    func notReportKind(at j: Int) -> NotReport? {
        guard doc.lexHas(j, .notreport) else { return nil }
        for id in doc.lexEntries(at: j) { if let k = lexicon.notReport[Int(id)] { return k } }
        return nil
    }

    /// Which sentence-wide `notreport` kinds sentence `k` holds (hazard, crime, weapon, site).
    func notReportKinds(in k: Int) -> (hazard: Bool, crime: Bool, weapon: Bool, site: Bool) {
        var out = (hazard: false, crime: false, weapon: false, site: false)
        guard doc.sentenceHas(k, .notreport) else { return out }
        for t in doc.sentences[k].range where doc.lexAt[t] >= 0 {
            switch notReportKind(at: t) {
            case .hazard: out.hazard = true
            case .crime: out.crime = true
            case .weapon: out.weapon = true
            case .site: out.site = true
            default: break
            }
        }
        return out
    }

    /// An incident told as a natural disaster or an epidemic: without `assumeEvent` it is no
    /// conflict event, whatever died or was destroyed in it. A protest or looting in a disaster
    /// ("demonstrations over students killed in a road accident", "a shop looted during the
    /// lockdown") is still one; a riot word is not enough ("stone houses crumbled" reads "stones").
    func isHazard(_ inc: Incident) -> Bool {
        if inc.family == .protests || inc.top == .looting { return false }
        // rioters named riot over an accident or a disaster ("Rioters set fire to a police post
        // after a student died in a road accident"); an earthquake's "leveled" villages are no riot
        if inc.family == .riots, count(.actorword, in: inc, kind: "rioters") > 0 { return false }
        // a chemical agent named as a weapon: the poisoning is what it did ("treated for poisoning after
        // drones dropped a choking agent")
        // (or riot-control gas dropped on positions: "treated for poisoning after drones dropped CS gas")
        if inc.top == .chemicalWeapon || gasUsedInWar(inc) { return false }
        // told where the incident opens: its first paragraph or the next (a headline's paragraph is
        // the headline alone); a disaster in a later paragraph is the story's background ("Air
        // strikes continued even after the earthquake in March that killed 3,700"), unless it gives
        // the only deaths the incident tells
        guard let first = inc.sentences.first else { return false }
        let opening = doc.sentences[first].paragraph + 1
        var deathsInTheOpening: Bool? = nil
        for k in inc.sentences where notReportKinds(in: k).hazard {
            if doc.sentences[k].paragraph <= opening { return true }
            guard doc.sentenceHas(k, .kill) else { continue }
            if deathsInTheOpening == nil {
                deathsInTheOpening = inc.sentences.contains { doc.sentences[$0].paragraph <= opening && doc.sentenceHas($0, .kill) }
            }
            if deathsInTheOpening == false { return true }
        }
        return false
    }

    /// An explosion at a plant, tank or warehouse where the only trigger words of violence are
    /// "explosion", "exploded" or "blast": an industrial accident. A bomb, a shell or a strike named anywhere in
    /// the incident makes it an attack ("a bomb placed in a container exploded").
    func isAccident(_ inc: Incident) -> Bool {
        guard inc.top?.eventType == .explosions else { return false }
        var site = false
        for k in inc.sentences {
            if notReportKinds(in: k).site { site = true }
            guard doc.sentenceHas(k, .trigger) else { continue }
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) {
                // weak words ("accused") aside, every trigger of violence is a bare explosion word (a
                // crowd that "gathered" at the site, a "fire" it set are what the blast did or drew)
                let strong = doc.lexEntries(at: t).contains {
                    guard let sub = extractor.triggerType[Int($0)], lexicon.weights[Int($0)] >= 1 else { return false }
                    return sub.eventType.isViolent
                }
                if strong, !Self.bareExplosion.contains(doc.tokens[t].lex) { return false }
            }
        }
        return site
    }

    /// A short text that speaks of ordinary crime and seizes no weapons: its arrests, interceptions
    /// and seizures are police work, in whichever sentence they are told.
    func isAboutCrime() -> Bool {
        var crime = false
        for k in doc.sentences.indices where doc.sentenceHas(k, .notreport) {
            let kinds = notReportKinds(in: k)
            if kinds.weapon { return false }
            if kinds.crime { crime = true }
        }
        return crime
    }

    static let bareExplosion: [UInt64] = ["explosion", "explosions", "exploded", "explode", "explodes", "blast", "blasts"].map { DateResolver.lexHash($0) }

    /// Weighs less than a weapon word (a bare explosion word weighs 2.6): "killed" says an attack
    /// happened, the weapon says which kind.
    static let agentKillWeight = 1.5

    /// The first active kill verb ("killed", "kills") whose subject, right before it, is an armed
    /// actor: a named one ("the coalition", "Boko Haram") or an armed actor word ("gunmen",
    /// "security forces", "troops"). "Soldiers were killed" (passive) has none.
    func agentKill(in range: Range<Int>) -> Int? {
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let activeKillVerbs = Self.activeKillVerbs
        for t in range where doc.lexHas(t, .kill) && activeKillVerbs.contains(doc.tokens[t].lex) && t + 1 < range.upperBound {
            // active voice has an object: "killed three", "killed at least 15", "killed a civilian";
            // "soldiers killed in an ambush" is a passive participle
            // "killed and wounded dozens": the object follows the pair
            var o = t + 1
            if o + 2 < range.upperBound, word(o, "and"), doc.lexHas(o + 1, .injure) { o += 2 }
            let c = doc.lexClasses(at: o)
            guard doc.tokens[o].kind == .number || c.contains(.number) || c.contains(.qualifier) || c.contains(.vague) || c.contains(.victim)
                    || c.contains(.singular) || doc.tokens[o].kind == .word && Self.objectDeterminers.contains(doc.tokens[o].lex) else { continue }
            var j = t - 1
            // "gunmen reportedly killed", "troops have killed"
            while j > range.lowerBound, doc.tokens[j].kind == .word, Self.auxiliaries.contains(doc.tokens[j].lex) { j -= 1 }
            guard j >= range.lowerBound else { continue }
            // "a Russian drone killed a man", "a missile killed two": the weapon, not a hand, killed;
            // its own word says which remote violence
            if isRemoteWeapon(j) { continue }
            if !doc.actorAt.isEmpty, doc.actorAt[j] >= 0 { return t }
            // an actor word ending at j ("security forces" starts one token earlier)
            for start in [j, j - 1] where start >= range.lowerBound && doc.lexHas(start, .actorword) {
                guard let r = doc.lexRange(at: start), r.upperBound == j + 1 else { continue }
                if doc.lexEntries(at: start).contains(where: { lexicon.classes[Int($0)] == .actorword && Self.armedKinds.contains(lexicon.firstFields[Int($0)]) }) {
                    return t
                }
            }
        }
        return nil
    }

    /// Whether the word at `t` is a trigger of remote violence ("drone", "missile", "shell", "bomb").
    func isRemoteWeapon(_ t: Int) -> Bool {
        doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains { extractor.triggerType[Int($0)]?.eventType == .explosions }
    }

    static let activeKillVerbs: [UInt64] = ["killed", "kills", "kill"].map { DateResolver.lexHash($0) }
    static let objectDeterminers: [UInt64] = ["a", "an", "the", "his", "her", "their", "its", "two", "several", "many"].map { DateResolver.lexHash($0) }
    static let auxiliaries: [UInt64] = ["have", "has", "had", "reportedly", "allegedly", "also", "then", "later", "again"].map { DateResolver.lexHash($0) }
    static let armedKinds: Set<String> = ["military", "police", "unidentified", "rebels", "tribal", "settlers"]

    /// As much as "seized weapons" in the lexicon: more than "seized" (a town) alone.
    static let seizureWeight = 2.7

    /// A seizure, discovery or destruction verb ("seized", "found", "defused", "destroyed") within four words
    /// before or nine after a weapon word of the `weapon` kind ("firearms", "ammunition", "grenades",
    /// "IEDs"), either order ("seized a total of 60 automatic rifles", "two firearms were seized",
    /// "discovered a depot containing a large amount of weapons"):
    /// ACLED's disrupted weapons use.
    func weaponSeizure(in range: Range<Int>) -> Int? {
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let seizureVerbs = Self.seizureVerbs
        for t in range where doc.tokens[t].kind == .word && seizureVerbs.contains(doc.tokens[t].lex) {
            // what was destroyed follows the verb, unless passive: "explosives destroyed a bridge" is a blast
            let forwardOnly = doc.tokens[t].lex == Self.destroyedWord && !(t > range.lowerBound && Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex))
            let lo = forwardOnly ? t + 1 : max(range.lowerBound, t - 4)
            var hi = min(range.upperBound, t + 10)
            // "seized a boat in the Arabian Sea carrying thousands of rifles": the cargo of what was
            // seized is read six words past its carrying word
            if let c = (t + 1..<hi).first(where: { doc.tokens[$0].isWord && Self.carryingWords.contains(doc.tokens[$0].lex) }) {
                hi = min(range.upperBound, max(hi, c + 7))
            }
            // ("seized the mining town": a mine dug for ore is no weapon, as in `evidence`)
            for j in lo..<hi where j != t && notReportKind(at: j) == .weapon && !isOreMine(j) { return t }
        }
        return nil
    }

    static var destroyedWord: UInt64 { DateResolver.lexHash("destroyed" as StaticString) }
    static let carryingWords = WordSet(["carrying", "laden", "loaded", "transporting", "packed", "smuggling"])
    static let seizureVerbs: [UInt64] =
        ["seized", "seize", "seizes", "found", "discovered", "uncovered", "recovered", "confiscated", "defused", "dismantled", "impounded",
         "destroyed"]
            .map { DateResolver.lexHash($0) }

    /// Sub-event types that are police work when the sentence is about ordinary crime: ACLED
    /// codes arrests, seizures and captures only when they are political or military.
    static let policing: SubEventSet = [
        .arrests, .disruptedWeapons, .nonStateOvertakes, .governmentRegains, .looting, .nonViolentTransfer,
    ]

    // word lists here are a handful of lex keys each: compared, not hashed (they are read per trigger word)
    static let negators: [UInt64] = ["no", "not", "never", "nor"].map { DateResolver.lexHash($0) }
    static let negationFillers: [UInt64] = ["any", "further", "new", "more", "major", "been", "be", "reported"].map { DateResolver.lexHash($0) }
    /// Punctuation that ends a clause: , ; : ( )
    static let clauseMarks: [UInt8] = [0x2C, 0x3B, 0x3A, 0x28, 0x29]
    /// Words that open another clause, whose violence word the reference before them does not reach.
    /// ("That" is not one: "denied that its jets had struck" keeps the denial.)
    static let clauseWords: [UInt64] =
        ["and", "but", "while", "after", "before", "when", "as", "which", "who", "where", "then", "whereas"].map { DateResolver.lexHash($0) }
}
