import SitrepModel

// MARK: - Reports of no conflict event: weather, labour strikes, animals (news prose mostly)

extension Assembler {
    /// "storm" or "storms" as written names the weather, not the act "stormed": after a determiner
    /// or a word of weather or strength ("a powerful storm", "the storm", "a deadly winter storm"),
    /// first in its sentence ("Storm Daniel hit the coast": a verb needs its subject before it),
    /// or capitalized before a name inside a sentence ("when Storm Daniel hit"). ("Rebels storm
    /// the base", "threatened to storm the palace" stay acts.)
    func namesAStormOfWeather(_ t: Int, in range: Range<Int>) -> Bool {
        guard word(t, "storm") || word(t, "storms") else { return false }
        if t == range.lowerBound { return true }
        let before = doc.tokens[t - 1]
        if before.isWord, Self.determiners.contains(before.lex) || Self.weatherWords.contains(before.lex) || Self.stormStrengths.contains(before.lex) {
            return true
        }
        return doc.tokens[t].flags.contains(.capitalized) && !doc.tokens[t].flags.contains(.allCaps) && t + 1 < range.upperBound
            && doc.tokens[t + 1].isWord && doc.tokens[t + 1].flags.contains(.capitalized)
    }

    /// Words of strength or kind before a storm of weather.
    static let stormStrengths = WordSet(["powerful", "deadly", "massive", "major", "huge", "strong", "fierce", "big", "great", "freak",
                                         "perfect", "electrical", "magnetic", "solar", "torrential", "fast-moving", "slow-moving",
                                         "destructive", "devastating", "intense", "sudden"])
}

// MARK: - Who tells is no doer

extension Assembler {
    /// An armed actor is named in `range` as more than the teller of the sentence: the actor's
    /// name or word is not followed by a verb of saying ("the United Nations said 465 houses were
    /// destroyed", "police said"). Who reports the damage of a quake or a flood did not cause it;
    /// "police said gunmen burned the shops" still names the gunmen.
    func namesArmedDoer(_ range: Range<Int>) -> Bool {
        var t = range.lowerBound
        while t < range.upperBound {
            var end = t + 1
            var armed = false
            if !doc.actorAt.isEmpty, doc.actorAt[t] >= 0 {
                let a = doc.actors[Int(doc.actorAt[t])]
                end = max(end, a.range.upperBound)
                armed = a.entries.contains {
                    let type = extractor.actors.entries[Int($0)].type
                    return type != .civilians && type != .protesters && type != .rioters
                }
            }
            if !armed, doc.lexHas(t, .actorword),
               doc.lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .actorword && Self.armedKinds.contains(lexicon.firstFields[Int($0)]) }) {
                armed = true
                end = max(end, doc.lexRange(at: t)?.upperBound ?? t + 1)
            }
            if armed, !(end < range.upperBound && doc.tokens[end].isWord && Self.sayingVerbs.contains(doc.tokens[end].lex)) { return true }
            t = end
        }
        return false
    }
}

// MARK: - A labour strike with no gathering

extension Assembler {
    /// An incident whose only words of protest are a strike's ("doctors went on strike over unpaid
    /// wages", "teachers began an indefinite strike"): ACLED codes a labour strike only when the
    /// strikers gather, march or rally, and then a word of its own says so ("striking workers
    /// marched", "rallied outside the ministry", "a sit-in"). A hunger strike is a protest of its
    /// own and stays. News prose only.
    func isOnlyALabourStrike(_ inc: Incident) -> Bool {
        // (a strike that hit or killed is a weapon's, see `strikeIsMilitary`)
        guard inc.family == .protests, !strikeIsMilitary(inc) else { return false }
        var strike = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range {
                // "strikers rallied outside the ministry": a place of gathering
                if word(t, "outside") { return false }
                guard doc.lexHas(t, .trigger) else { continue }
                let ids = doc.lexEntries(at: t)
                guard ids.contains(where: { extractor.triggerType[Int($0)]?.eventType == .protests }) else { continue }
                let r = doc.lexRange(at: t) ?? t..<(t + 1)
                let last = r.upperBound - 1
                guard doc.tokens[last].isWord, Self.labourStrikeWords.contains(doc.tokens[last].lex) else { return false }
                if r.lowerBound > range.lowerBound, word(r.lowerBound - 1, "hunger") || word(t, "hunger") { return false }
                strike = true
            }
        }
        return strike
    }

    /// The words a labour strike is told with, as the last word of a protest trigger.
    static let labourStrikeWords = WordSet(["strike", "strikes", "striking", "strikers", "walkout", "walkouts", "stoppage"])
}

// MARK: - Animals

extension Assembler {
    /// An incident whose every act word falls on a wild animal or is done by one ("villagers killed
    /// a leopard that had attacked their goats", "a man was trampled by an elephant", "a crocodile
    /// attacked a fisherman"): no conflict event, whoever killed the animal. (A mob that killed a
    /// man accused of poaching has a human victim of its act word and stays.)
    func isAboutAnAnimal(_ inc: Incident) -> Bool {
        var acts = 0
        for k in inc.sentences {
            let range = doc.sentences[k].range
            guard doc.sentenceHas(k, .trigger) || doc.sentenceHas(k, .kill) else { continue }
            var t = range.lowerBound
            while t < range.upperBound {
                guard doc.lexHas(t, .trigger) || doc.lexHas(t, .kill) else { t += 1; continue }
                let end = doc.lexRange(at: t)?.upperBound ?? t + 1
                if !nextToAnAnimal(t..<end, in: range) { return false }
                acts += 1
                t = end
            }
        }
        return acts > 0
    }

    /// A wild animal's word stands within three words after the act word (its object: "killed a
    /// lion", "shot dead two hyenas") or within six before it (its doer: "a lion that had
    /// attacked", "mauled by a bear" reads after), with no punctuation between.
    private func nextToAnAnimal(_ act: Range<Int>, in range: Range<Int>) -> Bool {
        let animals = Self.wildAnimals
        var j = act.upperBound
        while j < range.upperBound, j < act.upperBound + 3, doc.tokens[j].kind != .punct {
            if isAnimal(j, animals) { return true }
            j += 1
        }
        j = act.lowerBound - 1
        while j >= range.lowerBound, j >= act.lowerBound - 6, doc.tokens[j].kind != .punct {
            if isAnimal(j, animals) { return true }
            j -= 1
        }
        return false
    }

    /// A lowercase animal word ("Tigers", "Lions", "Grey Wolves" are names of groups and teams).
    private func isAnimal(_ j: Int, _ animals: WordSet) -> Bool {
        let tok = doc.tokens[j]
        return tok.isWord && !tok.flags.contains(.capitalized) && animals.contains(tok.lex)
    }

    /// Wild animals that kill people or are killed as a danger or for sport (not livestock: a
    /// cattle raid is violence between people).
    static let wildAnimals = WordSet(["lion", "lions", "lioness", "leopard", "leopards", "tiger", "tigers", "tigress", "elephant",
                                      "elephants", "crocodile", "crocodiles", "alligator", "hippo", "hippos", "hippopotamus", "rhino",
                                      "rhinos", "bear", "bears", "wolf", "wolves", "hyena", "hyenas", "jackal", "jackals", "snake",
                                      "snakes", "python", "cobra", "shark", "sharks", "boar", "boars", "jaguar", "puma", "cougar",
                                      "cheetah", "baboon", "baboons", "monkey", "monkeys", "buffalo", "bison", "moose", "animal",
                                      "animals", "beast"])
}

// MARK: - Fighting that comes near

extension Assembler {
    /// The battle word at `t` is the subject of a verb of coming near ("residents fled as fighting
    /// drew closer", "as the clashes approached the town"): the cause of a flight or a fear, told
    /// with no place or day of its own, not a clash the report tells. News prose only.
    func toldAsApproaching(_ t: Int, in range: Range<Int>) -> Bool {
        var j = doc.lexRange(at: t)?.upperBound ?? t + 1
        if j < range.upperBound, word(j, "had") || word(j, "has") || word(j, "was") { j += 1 }
        guard j < range.upperBound, doc.tokens[j].isWord else { return false }
        if Self.approachVerbs.contains(doc.tokens[j].lex) { return true }
        // "drew closer", "moved nearer", "edged closer", "came closer"
        return Self.comingVerbs.contains(doc.tokens[j].lex) && j + 1 < range.upperBound && doc.tokens[j + 1].isWord
            && Self.nearWords.contains(doc.tokens[j + 1].lex)
    }

    static let approachVerbs = WordSet(["approached", "approaching", "neared", "nearing", "encroached", "encroaching", "loomed", "looming"])
    static let comingVerbs = WordSet(["drew", "drawing", "moved", "moving", "edged", "edging", "came", "coming", "crept", "creeping", "got", "getting"])
    static let nearWords = WordSet(["closer", "nearer", "near", "close"])
}

// MARK: - Arms on show

extension Assembler {
    /// An incident told as a parade, drills or exercises, with no one killed or hurt and no act
    /// word aimed at the display ("tanks and missile launchers rolled through the square during the
    /// Victory Day parade", "the navy held live-fire drills off the coast"): arms shown or
    /// rehearsed are no conflict event. ("Gunmen attacked a military parade" aims an act at it.)
    /// Protests and riots are left alone ("exercises their right to protest"). News prose only.
    func isADisplayOfArms(_ inc: Incident) -> Bool {
        guard let family = inc.family, family != .protests, family != .riots else { return false }
        var display = false
        for k in inc.sentences {
            if doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) { return false }
            guard sentenceWords(k).contains(.displayWord) else { continue }
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                let shown = Self.displayWords.contains(lex)
                    || word(t, "exercise") && t > range.lowerBound && doc.tokens[t - 1].isWord && Self.drillKinds.contains(doc.tokens[t - 1].lex)
                guard shown else { continue }
                // "attacked a military parade", "fired on the drills": an act aimed at it
                for j in max(range.lowerBound, t - 4)..<t where doc.lexHas(j, .trigger) && !Self.drillKinds.contains(doc.tokens[j].lex) {
                    // ("live-fire drills": a word glued by a hyphen names the kind of drill)
                    if doc.tokens[j].flags.contains(.hyphenNext) || j > range.lowerBound && doc.tokens[j - 1].flags.contains(.hyphenNext) { continue }
                    if doc.tokens[j].kind == .word, !doc.tokens[j].flags.contains(.capitalized) { return false }
                }
                display = true
            }
        }
        return display
    }

    static let displayWords = WordSet(["parade", "parades", "drills", "exercises", "manoeuvres", "maneuvers", "wargames", "rehearsal"])
    /// The words arms on show start from (the display words and "exercise").
    static let displayCues = WordSet(unionOf: [displayWords, WordSet(["exercise"])])
    /// Words before "exercise" that make it a military one.
    static let drillKinds = WordSet(["military", "naval", "joint", "live-fire", "air", "army", "training", "missile", "nuclear"])
}

// MARK: - Tolls over a span

extension Assembler {
    /// Sentence `range` counts the dead or hurt over a span of weeks, months or years ("more than
    /// 2,500 people were killed or injured across the country in the first three months of the
    /// year", "over the past two years") with no day of its own: a count, no incident. News prose
    /// only.
    func countsOverASpan(_ range: Range<Int>) -> Bool {
        let k = Int(doc.sentenceOf[range.lowerBound])
        guard doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure), !doc.sentenceHas(k, .weekday), !doc.sentenceHas(k, .relday) else { return false }
        var t = range.lowerBound
        while t + 3 < range.upperBound {
            defer { t += 1 }
            guard word(t, "in") || word(t, "over") || word(t, "during") || word(t, "throughout"), word(t + 1, "the"),
                  doc.tokens[t + 2].isWord, Self.spanStarts.contains(doc.tokens[t + 2].lex) else { continue }
            var u = t + 3
            if doc.tokens[u].kind == .number || doc.lexHas(u, .number) { u += 1 }
            if u < range.upperBound, doc.tokens[u].isWord, Self.spanUnits.contains(doc.tokens[u].lex) { return true }
        }
        return false
    }

    /// The act word at `t` follows "weeks of", "months of" or "years of" ("after weeks of gang
    /// attacks on the area", "years of fighting") with no death or injury in its clause: a
    /// protracted period, no dated act. News prose only.
    func toldAsAPeriod(_ t: Int, in range: Range<Int>) -> Bool {
        // (the acts' own noun, plural or in "-ing": "attacks", "fighting"; a weapon word between,
        // "weeks of drone and missile attacks", still names the weapons of the report's strikes)
        guard namesRepeatedActs(t) else { return false }
        // "after two weeks of attacks that have killed up to 300 civilians": a toll told with the
        // period is counted apart (`cumulativeToll`); the act word keeps its weight
        var e = doc.lexRange(at: t)?.upperBound ?? t + 1
        while e < range.upperBound, e - t <= 12, doc.tokens[e].kind != .punct {
            if doc.lexHas(e, .kill) || doc.lexHas(e, .injure) { return false }
            e += 1
        }
        var j = t - 1
        while j > range.lowerBound, t - j <= 3 {
            guard doc.tokens[j].isWord else { return false }
            if word(j, "of") { return doc.tokens[j - 1].isWord && Self.periodUnits.contains(doc.tokens[j - 1].lex) }
            j -= 1
        }
        return false
    }

    /// The word at `t` ends in "s" or "ing" ("attacks", "clashes", "fighting", "shelling").
    private func namesRepeatedActs(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.isWord, tok.length >= 4 else { return false }
        let end = Int(tok.end)
        return Document.withUTF8(doc.text) { b in
            guard end <= b.count else { return false }
            return b[end - 1] == 0x73 || b[end - 1] == 0x67 && b[end - 2] == 0x6E && b[end - 3] == 0x69
        }
    }

    static let spanStarts = WordSet(["first", "past", "last", "previous"])
    static let spanUnits = WordSet(["weeks", "months", "years", "decade", "decades", "month", "year", "quarter"])
    static let periodUnits = WordSet(["weeks", "months", "years", "decades"])
}

// MARK: - Humanitarian figures

extension Assembler {
    /// Sentence `range` counts the displaced in the perfect ("fighting has displaced more than
    /// 200,000 people this year", "60,000 have been displaced since May", "had fled their homes")
    /// with a number and no day of its own (the day it was said aside): a humanitarian figure, no
    /// incident. News prose only.
    func countsTheDisplaced(_ range: Range<Int>) -> Bool {
        guard sentenceWords(of: range).contains(.displacedWord) else { return false }
        let k = Int(doc.sentenceOf[range.lowerBound])
        // (the day of saying is no day of the count: "..., the UN said on Monday")
        if doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .relday) {
            for t in range where (doc.lexHas(t, .weekday) || doc.lexHas(t, .relday)) && !saysWhenSaid(t..<(t + 1), in: range) { return false }
        }
        let moving = Self.displacedWords
        var number = false
        var perfect = false
        for t in range {
            if doc.tokens[t].kind == .number { number = true }
            guard doc.tokens[t].isWord, moving.contains(doc.tokens[t].lex) else { continue }
            for j in max(range.lowerBound, t - 3)..<t where doc.tokens[j].isWord && Self.perfectWords.contains(doc.tokens[j].lex) { perfect = true }
        }
        return number && perfect
    }

    static let displacedWords = WordSet(["displaced", "uprooted", "fled"])
    static let perfectWords = WordSet(["has", "have", "had", "been"])
}

// MARK: - Computer crime

extension Assembler {
    /// An incident with a word of computer crime and no one killed or hurt ("police arrested
    /// members of a ransomware gang behind attacks that crippled hospital systems", "hackers
    /// attacked the bank's servers"): the attack is on computers, whoever arrests its authors.
    func isComputerCrime(_ inc: Incident) -> Bool {
        var cue = false
        for k in inc.sentences {
            if doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) { return false }
            if sentenceWords(k).contains(.computerCrimeWord) { cue = true }
        }
        return cue
    }

    /// An incident told as a robbery where it opens ("shot dead a shop attendant during a
    /// robbery", "armed robbers blew open a cash van"): ordinary crime for gain, no political
    /// violence (ACLED codes neither), unless a crowd riots or protests over it.
    func isARobbery(_ inc: Incident) -> Bool {
        guard inc.family != .protests, inc.family != .riots else { return false }
        let robbery = Self.robberyWords
        // (the sentence that first tells the act: a robbery among later charges is none)
        guard let k = inc.sentences.first(where: { doc.sentenceHas($0, .trigger) || doc.sentenceHas($0, .kill) || doc.sentenceHas($0, .injure) }) else { return false }
        // ("Police killed two robbery suspects in a shootout": the suspects are who was fought)
        return doc.sentences[k].range.contains { t in
            doc.tokens[t].isWord && robbery.contains(doc.tokens[t].lex) && !(word(t + 1, "suspects") || word(t + 1, "suspect"))
        }
    }

    static let robberyWords = WordSet(["robbery", "robberies", "robbers", "robber", "heist", "heists", "burglary", "burglars",
                                       "carjacking", "carjackers", "holdup", "hold-up", "stickup"])

    static let computerCrimeWords = WordSet(["ransomware", "malware", "hackers", "hacker", "hacking", "hacked", "cyberattack",
                                             "cyberattacks", "cyber-attack", "cyber-attacks", "ddos", "phishing", "spyware"])
}
