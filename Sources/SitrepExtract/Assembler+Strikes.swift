import SitrepModel

/// "Strike" is a labour strike or a military one. The lexicon reads the bare word as a protest
/// (a strike by workers); news prose as often means a strike by a state's aircraft or missiles:
/// "an Israeli strike on a car", "strikes on Houthi positions killed 15".
extension Assembler {
    static let strikeWords = WordSet(["strike", "strikes"])
    /// Words that say who strikes and why in a labour strike.
    static let labourWords = WordSet(["workers", "worker", "union", "unions", "employees", "staff", "teachers",
                                                "doctors", "nurses", "drivers", "traders", "shopkeepers", "merchants",
                                                "wages", "wage", "salaries", "salary", "pay", "pensions", "strikers",
                                                "hunger", "general", "nationwide", "staged", "went", "called", "shutdown",
                                                "students", "lawyers", "miners"])
    /// Words before "strike" that make it a weapon's.
    static let weaponWords = WordSet(["air", "drone", "missile", "rocket", "artillery", "precision", "retaliatory",
                                                "military", "aerial", "coalition", "naval", "deadly", "targeted"])
    /// Words after "strike" that say what it hit.
    static let hitWords = WordSet(["on", "against", "targeting", "targeted", "hit", "hits", "killed", "kills",
                                             "killing", "wounded", "destroyed"])

    /// "An Israeli strike on a car": the protest score of a military strike goes to an air strike.
    func readMilitaryStrike(_ inc: Incident, _ scores: inout [Double]) {
        let protest = scores[SubEventType.peacefulProtest.rawValue]
        guard protest > 0, !namesStrikers(inc), strikeIsMilitary(inc) else { return }
        scores[SubEventType.airDroneStrike.rawValue] += protest
        scores[SubEventType.peacefulProtest.rawValue] = 0
    }

    /// A word for people who may go on strike ("workers", "doctors", "residents") names them in the
    /// incident, other than as a speaker ("a doctor at the local hospital said", "residents told
    /// Reuters": who tells of a strike that hit the town did not strike).
    private func namesStrikers(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .actorword) {
            let range = doc.sentences[k].range
            for t in range where doc.lexAt[t] >= 0 && doc.lexHas(t, .actorword)
                && doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .actorword && lexicon.firstFields[Int($0)] == "protesters" }) {
                if !speaks(after: t, in: range), !servesOthers(t, in: range), !struckDown(t, in: range) { return true }
            }
        }
        return false
    }

    /// "aid workers", "rescue workers", "health workers": people named by whom they serve are in
    /// war news as the victims or the witnesses of a strike far more than as strikers; their own
    /// walkout says so with its other words ("went on strike", "salaries", "union").
    private func servesOthers(_ t: Int, in range: Range<Int>) -> Bool {
        t > range.lowerBound && doc.tokens[t - 1].isWord && Self.servingWords.contains(doc.tokens[t - 1].lex)
    }

    /// "killing dozens", "wounding hundreds of people", "killed several students": a crowd or
    /// people word that a kill or injury word up to three words before takes as its object is the
    /// strike's dead or hurt, not its strikers (a walkout kills no one).
    private func struckDown(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 4) {
            // (a quotation may open the count: killing "several dozen terrorists")
            if doc.tokens[j].kind == .punct, doc.tokens[j].mark != 0x22 { return false }
            if doc.lexHas(j, .kill) || doc.lexHas(j, .injure) { return true }
            j -= 1
        }
        return false
    }

    static let servingWords = WordSet(["aid", "humanitarian", "relief", "rescue", "health", "medical", "charity", "emergency"])

    /// A speech verb within six words after `t`, no punctuation between ("a doctor at the local
    /// hospital said").
    private func speaks(after t: Int, in range: Range<Int>) -> Bool {
        var j = t + 1
        while j < range.upperBound, j - t <= 6 {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.speechVerbs.contains(doc.tokens[j].lex) { return true }
            j += 1
        }
        return false
    }

    /// Whether the incident's strike words name a military strike: a weapon, a demonym or a state's
    /// forces before it, or what it hit after it, with no word of a labour strike in the sentence.
    func strikeIsMilitary(_ inc: Incident) -> Bool {
        var military = false
        for k in inc.sentences {
            let range = doc.sentences[k].range
            var strikes: [Int] = []
            for t in range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if Self.labourWords.contains(lex), !servesOthers(t, in: range) { return false }
                if Self.strikeWords.contains(lex) { strikes.append(t) }
            }
            for t in strikes where militaryStrike(t, in: range) { military = true }
            // "16 people had been killed in the strikes": strikes that kill are not walkouts
            if !strikes.isEmpty, doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) { military = true }
        }
        return military
    }

    /// Words after "strike" of its figurative verb: "strikes back", "struck a deal", "strikes down a law".
    static let figurativeWords = WordSet(["back", "a", "deal", "down", "out", "balance", "chord", "tone"])

    private func militaryStrike(_ t: Int, in range: Range<Int>) -> Bool {
        if t + 1 < range.upperBound, doc.tokens[t + 1].isWord, Self.figurativeWords.contains(doc.tokens[t + 1].lex) { return false }
        // "an Israeli strike", "Russian missile strikes", "a drone strike": within two words before
        for j in max(range.lowerBound, t - 2)..<t where doc.tokens[j].isWord {
            if Self.weaponWords.contains(doc.tokens[j].lex) || doc.lexHas(j, .demonym) || doc.actorAt[j] >= 0 { return true }
        }
        // "strikes on Houthi positions", "the strike killed two": what it hit (not "a strike on Monday")
        let n = t + 1
        guard n < range.upperBound, doc.tokens[n].isWord, Self.hitWords.contains(doc.tokens[n].lex) else { return false }
        if n + 1 < range.upperBound, doc.tokens[n + 1].isWord, doc.lexHas(n + 1, .weekday) || doc.lexHas(n + 1, .month) || doc.lexHas(n + 1, .relday) {
            return false
        }
        return !(n + 1 < range.upperBound && doc.tokens[n + 1].kind == .number)
    }
}

// MARK: - Explosions heard where a weapon from afar struck

extension Assembler {
    /// Every explosive-device word of the incident is a bare explosion word ("explosions", "the
    /// blast", "exploded"), no bomb, mine or device named: in an incident that names shells,
    /// rockets, missiles or an air strike the explosions are what that weapon did ("missiles
    /// struck the city, and residents reported loud explosions"; "a rocket hit a building, and
    /// the blast killed two"). ACLED codes the weapon that was fired.
    func explosionsOnlyOfAWeaponFired(_ inc: Incident) -> Bool {
        let bare = Self.bareExplosion
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) {
                guard doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .remoteExplosive }) else { continue }
                // a phrase of several words ("roadside bomb", "explosive device") names a device
                guard doc.lexRange(at: t)?.count == 1, bare.contains(doc.tokens[t].lex) else { return false }
                any = true
            }
        }
        return any
    }
}

// MARK: - A salvo partly intercepted

extension Assembler {
    /// "Three were intercepted and two fell in open areas", "most were intercepted, while several
    /// landed near Safed": some of the projectiles got through. A landing verb ("fell", "landed",
    /// "hit", "struck", "impacted") told as fact, not of debris or fragments of what was shot
    /// down, and not negated ("none landed"). ACLED codes a salvo partly intercepted as the
    /// shelling or strike; one wholly intercepted as disrupted weapons use.
    func someOfTheSalvoLanded(_ inc: Incident) -> Bool {
        let landings = Self.landingVerbs, debris = Self.debrisWords, negators = Self.salvoNegators
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && landings.contains(doc.tokens[t].lex) {
                let before = max(range.lowerBound, t - 3)..<t
                if before.contains(where: { doc.tokens[$0].isWord && (debris.contains(doc.tokens[$0].lex) || negators.contains(doc.tokens[$0].lex)) }) { continue }
                return true
            }
        }
        return false
    }

    static let landingVerbs = WordSet(["fell", "landed", "impacted", "slammed"])
    static let debrisWords = WordSet(["debris", "fragments", "fragment", "shrapnel", "wreckage", "parts", "remnants", "pieces"])
    static let salvoNegators = WordSet(["no", "none", "not", "nothing", "neither"])
}

// MARK: - The weapon fired, preferred over what it was read as

extension Assembler {
    /// When `read` leads the scores and `test` holds for the incident, the weapon fired (shelling,
    /// or an air strike when it scores more) leads instead, if it scored at all: explosions heard
    /// where it struck (`explosionsOnlyOfAWeaponFired`), a salvo partly intercepted
    /// (`someOfTheSalvoLanded`).
    func preferTheWeaponFired(over read: SubEventType, _ inc: Incident, _ scores: inout [Double], when test: (Incident) -> Bool) {
        let top = SubEventType.top(in: scores)
        guard top == read else { return }
        let fired: SubEventType = scores[sub: .shelling] >= scores[sub: .airDroneStrike] ? .shelling : .airDroneStrike
        guard scores[fired.rawValue] > 0, test(inc) else { return }
        scores[fired.rawValue] = scores[top.rawValue] + 0.1
    }
}
