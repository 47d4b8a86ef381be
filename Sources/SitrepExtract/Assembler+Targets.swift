import SitrepModel

// MARK: - Targets: an armed group that attacks civilians fights no battle

extension Assembler {
    /// A bare assault word ("attacked", "ambushed", "raided", "stormed", "fired") whose object, in the
    /// words after it up to a clause mark, is a civilian or a civilian place ("attacked the
    /// villagers", "attacked the staff of the hospital", "stormed a church"), and no armed actor
    /// comes first. ACLED: an organised armed group attacking civilians is violence against
    /// civilians (attack); a battle needs two armed sides.
    func attacksCivilians(_ inc: Incident) -> Bool {
        let assaultWords = Self.assaultWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && assaultWords.contains(doc.tokens[t].lex) {
                var j = t + 1
                scan: while j < min(range.upperBound, t + 7) {
                    let tok = doc.tokens[j]
                    if tok.kind == .punct { break }
                    if !doc.actorAt.isEmpty, doc.actorAt[j] >= 0 {
                        // a people's or a place's name before civilians ("Palestinian farmers", "the
                        // Dogon village") names them; any other actor is the object
                        let end = doc.actors[Int(doc.actorAt[j])].range.upperBound
                        if end < range.upperBound, civilian(at: end) { return true }
                        break
                    }
                    if civilian(at: j) { return true }
                    if doc.lexAt[j] >= 0 {
                        for id in doc.lexEntries(at: j) {
                            switch lexicon.classes[Int(id)] {
                            case .victim: break scan  // armed victims ("soldiers"): civilians are matched above
                            case .actorword: if Self.armedKinds.contains(lexicon.firstFields[Int(id)]) { break scan }
                            default: continue
                            }
                        }
                    }
                    j += 1
                }
            }
        }
        return false
    }

    /// A word for fighters ("soldiers", "members", "militants") in the incident other than the
    /// agent's own ("Boko Haram fighters attacked"): the word at or right after `agent`. Fighters
    /// named anywhere else were hit or fought back.
    func namesFighters(_ inc: Incident, besides agent: Range<Int>?) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .victim) {
            for t in doc.sentences[k].range where doc.lexHas(t, .victim) {
                if let a = agent, a.contains(t) || t == a.upperBound { continue }
                if doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .victim && lexicon.firstFields[Int($0)] == "fighter" }) { return true }
            }
        }
        return false
    }

    /// An exchange word ("exchanged", "traded", "responded") within three words of a shelling word
    /// of the incident ("exchanged artillery fire", "responded to shelling"), or the other side
    /// firing back ("shelled their positions; the rebels fired back").
    func exchangesShelling(_ inc: Incident) -> Bool {
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let exchangeWords = Self.exchangeWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range.dropFirst() where word(t, "back") && (word(t - 1, "fired") || word(t - 1, "shot")) { return true }
            for t in range where doc.tokens[t].isWord && exchangeWords.contains(doc.tokens[t].lex) {
                for j in max(range.lowerBound, t - 3)..<min(range.upperBound, t + 4) where doc.lexHas(j, .trigger) {
                    if doc.lexEntries(at: j).contains(where: { extractor.triggerType[Int($0)] == .shelling }) { return true }
                }
            }
        }
        return false
    }

    static let exchangeWords: [UInt64] = ["exchange", "exchanged", "exchanging", "exchanges", "traded", "trading", "responded", "responding"]
        .map { DateResolver.lexHash($0) }

    /// Every violence word of the incident is a shot fired in the air or a warning shot ("border
    /// guards fired warning shots", "shots were fired into the air"): a show of force that hit no
    /// one (ACLED: other), when no one was hurt.
    func onlyWarningShots(_ inc: Incident) -> Bool {
        everyViolenceWord(of: inc) { t, range in
            let warning = t > range.lowerBound && word(t - 1, "warning")
            let air = (t + 2..<max(t + 2, min(range.upperBound, t + 7))).contains { j in
                word(j, "air") && word(j - 1, "the") && (word(j - 2, "in") || word(j - 2, "into"))
            }
            return warning || air
        }
    }

    /// A trigger at `t` with a violent reading ("shelled", "clashes"), not only a development or protest.
    func isViolenceWord(_ t: Int) -> Bool {
        doc.lexEntries(at: t).contains { extractor.triggerType[Int($0)]?.eventType.isViolent == true }
    }

    /// Whether the incident has a violence word and every one passes `test` (the word, its sentence).
    // inlined: its callers' tests then run in place, with no closure context holding a copy of the assembler
    @inline(__always) func everyViolenceWord(of inc: Incident, _ test: (Int, Range<Int>) -> Bool) -> Bool {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && isViolenceWord(t) {
                guard test(t, range) else { return false }
                any = true
            }
        }
        return any
    }

    /// A civilian target word or a civilian victim word at `j`.
    func civilian(at j: Int) -> Bool {
        if doc.tokens[j].isWord, Self.civilianTargets.contains(doc.tokens[j].stem) { return true }
        guard doc.lexHas(j, .victim) else { return false }
        return doc.lexEntries(at: j).contains { lexicon.classes[Int($0)] == .victim && lexicon.firstFields[Int($0)] == "civilian" }
    }

    /// Assault words and words of fire aimed at someone ("fired rubber bullets at fishermen", "opened fire on a farmer").
    static let assaultWords = WordSet(["attacked", "ambushed", "raided", "stormed", "fired", "fire", "shot", "assaulted", "beat", "targeted"])

    /// Places and people that are civilian by what they are (stems: plurals included).
    static let civilianTargets = WordSet(hashes:
        ["house", "home", "hospital", "clinic", "school", "church", "mosque", "temple", "market", "shop", "staff", "worshipper",
         "passenger", "bus", "wedding", "funeral", "herder", "fisherman", "fishermen", "trader", "pastor", "priest", "imam", "sheikh",
         "elder", "family", "families", "household", "migrant", "residence", "farm", "village",
         "hotel", "university", "college", "restaurant", "cafe", "mall", "shrine", "synagogue", "guesthouse", "cinema", "stadium"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })

    // MARK: interceptions

    /// "Police intercepted a boat carrying 80 migrants", "militants intercepted a group of
    /// villagers": an interception disrupts weapons use only when a weapon is what is stopped (a
    /// missile, a drone, a shipment of arms); people stopped are held, which is an arrest (an
    /// abduction when an armed group holds them, see `code`). The interception words' score moves
    /// to an arrest, at most an arrest word's weight (a crime story's discount stays with it).
    func interceptsPeople(_ ev: inout Evidence, sentence k: Int) {
        guard !ev.scores.isEmpty, ev.scores[SubEventType.disruptedWeapons.rawValue] > 0, !ev.labelled else { return }
        let range = doc.sentences[k].range
        var intercepts = false
        for t in range {
            if doc.tokens[t].isWord, Self.interceptWords.contains(doc.tokens[t].lex) {
                intercepts = true
                continue
            }
            if notReportKind(at: t) == .weapon || doc.tokens[t].isWord && Self.aircraftWords.contains(doc.tokens[t].lex) { return }
            guard doc.lexHas(t, .trigger) else { continue }
            for id in doc.lexEntries(at: t) {
                // a weapon, or another way of stopping one ("shot down", "defused")
                guard let sub = extractor.triggerType[Int(id)] else { continue }
                if sub.eventType == .explosions || sub == .disruptedWeapons { return }
            }
        }
        guard intercepts else { return }
        let moved = ev.scores[SubEventType.disruptedWeapons.rawValue]
        ev.scores[SubEventType.disruptedWeapons.rawValue] = 0
        ev.bestScore = 0
        ev.best = nil
        for sub in SubEventType.all where ev.scores[sub.rawValue] > ev.bestScore {
            ev.bestScore = ev.scores[sub.rawValue]
            ev.best = sub
        }
        if let t = range.first(where: { doc.tokens[$0].isWord && Self.interceptWords.contains(doc.tokens[$0].lex) }) {
            ev.propose(.arrests, weight: min(moved, Self.arrestWeight), trigger: t)
        }
    }

    /// Aircraft that are no trigger word of their own ("planes were intercepted by fighter jets").
    static let aircraftWords: [UInt64] = ["plane", "planes", "airplane", "aeroplane", "aeroplanes"].map { DateResolver.lexHash($0) }
    static let interceptWords: [UInt64] = ["intercepted", "intercept", "intercepts", "intercepting", "interception"].map { DateResolver.lexHash($0) }
    /// An arrest word's weight in the lexicon ("arrested", "detained").
    static let arrestWeight = 1.9
}

extension Assembler {
    /// The incident says its victim was "off duty" / "off-duty": ACLED codes violence against
    /// security forces off duty (at home, at a market, on leave) as an attack on a civilian.
    func mentionsOffDuty(_ inc: Incident) -> Bool {
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && Self.offDutyWords.contains(doc.tokens[t].lex) {
                if word(t, "off-duty") { return true }
                if word(t, "off"), t + 1 < range.upperBound, word(t + 1, "duty") { return true }
                if t + 1 < range.upperBound, word(t, "off"), doc.tokens[t + 1].kind == .punct, t + 2 < range.upperBound, word(t + 2, "duty") { return true }
            }
        }
        return false
    }

    static let offDutyWords = WordSet(["off", "off-duty"])
}
