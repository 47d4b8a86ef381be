import SitrepModel

// MARK: - Territory: an armed actor who "seized" something took territory only if it is a place

extension Assembler {
    /// Whether the incident's taking words ("seized", "took over", "stormed", "captured") take
    /// territory: a place name or a territory noun ("the village", "army positions", "the
    /// checkpoint") within the words after it, up to a clause mark or a person. Nil when the
    /// incident has no such word. ACLED: "non-state actor overtakes territory" needs territory;
    /// goods, vehicles, a house or an office seized or stormed and taken from are
    /// looting/property destruction, people taken are abducted or, fighters, captured in a battle.
    func takesTerritory(_ inc: Incident) -> Bool? {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.tokens[t].isWord && Self.takingWords.contains(doc.tokens[t].lex) {
                any = true
                if takenObject(t, in: range) == .ground || takesSiteWithItsTown(t, in: range) { return true }
            }
        }
        return any ? false : nil
    }

    /// Every taking word of the incident takes fighters ("captured 12 rebels", "seized three
    /// soldiers"): prisoners of a battle, not ground.
    func takesOnlyFighters(_ inc: Incident) -> Bool {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.tokens[t].isWord && Self.takingWords.contains(doc.tokens[t].lex) {
                guard takenObject(t, in: range) == .fighters else { return false }
                any = true
            }
        }
        return any
    }

    /// The incident tells ground taken outright: a verb of capture ("took control of", "took over",
    /// "seized", "captured", "recaptured", "retook", "overran") whose object is a place or ground
    /// ("took over the town of Af Urur", "seized back the city"). ACLED: a battle that ends with
    /// ground changing hands is coded as the change of territory, not as a clash; "advanced",
    /// "stormed" or "gained ground" are not enough.
    func capturesGround(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.tokens[t].isWord && Self.captureWords.contains(doc.tokens[t].lex) {
                // "took" only as "took control" / "took over"; a word like "attempted" before is no capture
                if word(t, "took") || word(t, "taken"), !(t + 1 < range.upperBound && (word(t + 1, "control") || word(t + 1, "over") || word(t + 1, "full"))) { continue }
                if reportFactor(trigger: t, end: t + 1, sentence: range) < 1 { continue }
                if t >= range.lowerBound + 2, word(t - 2, "attempted") || word(t - 2, "tried") || word(t - 1, "attempted") || word(t - 1, "failed") { continue }
                if takesSettlement(t, in: range) { return true }
            }
        }
        return false
    }

    /// The object of the capture word at `t` is a whole town or village: a place name or a
    /// settlement noun comes first ("the town of Af Urur", "Marte"), not a part of one or a
    /// military site ("parts of the city", "several checkpoints", "army positions"), which ACLED
    /// codes as the battle.
    private func takesSettlement(_ t: Int, in range: Range<Int>) -> Bool {
        if takesInstallationOfAPlace(t, in: range) { return true }
        var j = t + 1
        while j < min(range.upperBound, t + 8) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { return false }
            if doc.placeCovers(j) { return true }
            if tok.isWord {
                if Self.settlementWords.contains(tok.lex) { return true }
                // "key areas in Raqqa", "neighbourhoods of the city": the place named next decides
                if Self.areaWords.contains(tok.lex) { j += 1; continue }
                if Self.partWords.contains(tok.lex) || Self.territoryWords.contains(tok.stem) || doc.lexHas(j, .victim) {
                    return settlementJoined(after: j, in: range)
                }
            }
            j += 1
        }
        return false
    }

    /// The taking word at `t` takes a site or people first and a town with them (see
    /// `settlementJoined`): ground, though `takenObject` reads only the first object.
    private func takesSiteWithItsTown(_ t: Int, in range: Range<Int>) -> Bool {
        for j in (t + 1)..<min(range.upperBound, t + 8) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { return false }
            guard tok.isWord else { continue }
            if Self.wherePrepositions.contains(tok.lex) { return false }
            if Self.partWords.contains(tok.lex) || Self.territoryWords.contains(tok.stem) || doc.lexHas(j, .victim) {
                return settlementJoined(after: j, in: range)
            }
        }
        return false
    }

    /// A site or people taken together with a town ("captured an army outpost and the nearby town
    /// of Kutkai", "seized a police headquarters and the town around it"): the town joined by
    /// "and", within a few words, is taken too, and the ground is the whole town. Not a place
    /// joined to a place ("on the road between Damboa and Maiduguri"), nor one after "near" or "in".
    private func settlementJoined(after j: Int, in range: Range<Int>) -> Bool {
        var i = j + 1
        while i < min(range.upperBound, j + 8) {
            let tok = doc.tokens[i]
            if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { return false }
            if tok.isWord, Self.wherePrepositions.contains(tok.lex) || word(i, "between") { return false }
            if word(i, "and") {
                if doc.placeCovers(i - 1) { return false }
                for k in (i + 1)..<min(range.upperBound, i + 5) {
                    if doc.tokens[k].isWord, Self.settlementWords.contains(doc.tokens[k].lex) { return true }
                    // a place right after "and" or "and the" ("and Kutkai")
                    if doc.placeCovers(k), k == i + 1 || k == i + 2 && word(i + 1, "the") { return true }
                }
                return false
            }
            i += 1
        }
        return false
    }

    /// Every capture word of the incident ("recapturing", "seized", "gained control of") takes a
    /// military site or a part of a place, never a whole town ("recapturing several positions",
    /// "gained control of some sites", "captured parts of the city"): in a fight, ACLED codes that
    /// as the armed clash.
    func capturesOnlySites(_ inc: Incident) -> Bool {
        var site = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: {
                extractor.triggerType[Int($0)] == .nonStateOvertakes || extractor.triggerType[Int($0)] == .governmentRegains }) {
                let end = doc.lexRange(at: t)?.upperBound ?? t + 1
                // in the passive the taken is named before ("the town was captured by rebels"): not read here
                if t > range.lowerBound, doc.tokens[t - 1].isWord, Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) { return false }
                if takesSettlement(end - 1, in: range) { return false }
                guard takenObject(end - 1, in: range) == .ground else { return false }
                site = true
            }
        }
        return site
    }

    static let settlementWords = WordSet(["town", "city", "village", "villages", "towns", "cities", "district", "districts", "locality",
                                          "localities", "commune", "communes", "county", "counties", "capital", "municipality",
                                          "province", "region", "island"])
    static let partWords = WordSet(["parts", "part", "sections", "section", "outskirts"])
    static let areaWords = WordSet(["areas", "area", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood"])

    static let captureWords = WordSet(["seized", "took", "taken", "captured", "recaptured", "retook", "retaken", "overran", "overrun"])

    enum TakenObject { case ground, civilians, fighters, other }

    /// What the taking word at `t` takes, read from the next word (the phrase itself may say it:
    /// "took control") to a clause mark: the first place, territory noun or person word decides
    /// ("seized two aid workers near Baidoa": people, not the place after them).
    func takenObject(_ t: Int, in range: Range<Int>) -> TakenObject {
        // in the passive the taken is the subject ("the town was captured by rebels")
        if t > range.lowerBound, doc.tokens[t - 1].isWord, Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) {
            var j = t - 2
            while j >= max(range.lowerBound, t - 8) {
                if doc.placeCovers(j) || doc.tokens[j].isWord && Self.territoryWords.contains(doc.tokens[j].stem) { return .ground }
                if doc.lexHas(j, .victim) { return civilianPerson(j) ? .civilians : .fighters }
                j -= 1
            }
            return .other
        }
        if takesInstallationOfAPlace(t, in: range) { return .ground }
        var j = t + 1
        while j < min(range.upperBound, t + 8) {
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x28 { break }
            if doc.placeCovers(j) || tok.isWord && Self.territoryWords.contains(tok.stem) { return .ground }
            // a person word that qualifies ground ("rebel-held neighbourhood", "rebel positions") is no person
            if doc.lexHas(j, .victim), !tok.flags.contains(.hyphenNext), !territoryFollows(j, in: range) {
                return civilianPerson(j) ? .civilians : .fighters
            }
            // "two police vehicles near Mandera": the place after a preposition is where, not what
            if j > t + 1, tok.isWord, Self.wherePrepositions.contains(tok.lex) { break }
            j += 1
        }
        return .other
    }

    private func territoryFollows(_ j: Int, in range: Range<Int>) -> Bool {
        for i in (j + 1)..<min(range.upperBound, j + 3) where doc.tokens[i].isWord && Self.territoryWords.contains(doc.tokens[i].stem) { return true }
        return false
    }

    static let wherePrepositions = WordSet(["near", "in", "at", "from", "outside", "on", "along", "inside", "belonging", "around"])

    /// "seized two aid workers", "captured three traders", "took away a village chief", "two
    /// pastors were snatched": a verb of taking whose object (in the passive, its subject) is
    /// civilians, before any place or ground. ACLED: civilians taken by force are abducted
    /// (fighters captured in a battle are not: the battle is the event). Scored below the
    /// territory word the same verb may be ("seized": 2.2): `code` drops that one when no ground
    /// is taken, and ground taken with people ("captured the town and took away 20 civilians")
    /// stays the bigger event.
    func proposeSeizure(_ ev: inout Evidence, sentence k: Int) {
        guard sentenceWords(k).contains(.peopleTaking) else { return }
        let range = doc.sentences[k].range
        let verbs = Self.peopleTakingWords
        for t in range where doc.tokens[t].isWord && verbs.contains(doc.tokens[t].lex) {
            let passive = t > range.lowerBound && doc.tokens[t - 1].isWord && Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex)
            // "took" and "taken" take people only "away", or a pronoun "from" somewhere ("took him
            // from his home"; not "took control", "taken to hospital")
            var from = t + 1
            if word(t, "took") || word(t, "taken") || word(t, "led") || word(t, "carried") {
                let fromHome = !passive && from + 1 < range.upperBound && Self.takenPronouns.contains(doc.tokens[from].lex) && word(from + 1, "from")
                // "took 60 people from their homes" (see `takenFromTheirHomes`)
                let fromTheirHomes = !passive && !fromHome && (word(t, "took") || word(t, "taken")) && takenFromTheirHomes(from, in: range)
                guard from < range.upperBound, word(from, "away") || word(from, "off") || fromHome || fromTheirHomes else { continue }
                if !fromHome && !fromTheirHomes { from += 1 }
            } else if from < range.upperBound, word(from, "away") || word(from, "off") {
                from += 1
            }
            let side = passive ? max(range.lowerBound, t - 5)..<(t - 1) : from..<min(range.upperBound, from + 6)
            var person = false
            for j in side {
                let tok = doc.tokens[j]
                if tok.kind == .punct { if passive { person = false; continue } else { break } }
                // a ground word that only qualifies a person ("a village chief") is no ground
                if doc.placeCovers(j) || tok.isWord && Self.territoryWords.contains(tok.stem) && !(j + 1 < side.upperBound && civilianPerson(j + 1)) {
                    if passive { person = false; continue } else { break }
                }
                // ("took away 12 young men": "young men" is also a word for rioters)
                if civilianPerson(j) || !passive && tok.isWord && (Self.takenPronouns.contains(tok.lex) || youngPeople(j, in: side)) {
                    person = true
                    if !passive { break }
                }
            }
            guard person else { continue }
            // "captured two men and beat them": the harm done to them is the event (ACLED)
            if !ev.scores.isEmpty, ev.scores[SubEventType.attack.rawValue] + ev.scores[SubEventType.mobViolence.rawValue] > 0 { return }
            ev.propose(.abduction, weight: Self.seizureOfPeopleWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
            return
        }
    }

    /// "Young men", "young women", "young people" at `j`, read as people taken.
    private func youngPeople(_ j: Int, in side: Range<Int>) -> Bool {
        word(j, "young") && j + 1 < side.upperBound && (word(j + 1, "men") || word(j + 1, "women") || word(j + 1, "people"))
    }

    /// A civilian's victim word ("traders", "aid workers", "a village chief"), not a fighter's.
    func civilianPerson(_ j: Int) -> Bool {
        guard doc.lexHas(j, .victim) else { return false }
        return doc.lexEntries(at: j).contains { lexicon.classes[Int($0)] == .victim && lexicon.firstFields[Int($0)] == "civilian" }
    }

    static let seizureOfPeopleWeight = 2.0
    static let peopleTakingWords = WordSet(["seized", "captured", "grabbed", "snatched", "took", "taken", "led", "carried"])
    static let takenPronouns = WordSet(["him", "her", "them"])

    static let takingWords: [UInt64] = ["seized", "seize", "seizes", "seizing", "stormed", "swept", "took", "taken", "captured", "capture", "captures", "capturing"].map { DateResolver.lexHash($0) }

    /// Whether the incident's only words of taking ground are of storming ("stormed the village"):
    /// fighters who storm a place may take it or only raid it.
    func onlyStorms(_ inc: Incident) -> Bool {
        var storms = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) {
                guard doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .nonStateOvertakes || extractor.triggerType[Int($0)] == .governmentRegains })
                else { continue }
                guard doc.tokens[t].isWord, Self.stormWords.contains(doc.tokens[t].lex) else { return false }
                storms = true
            }
        }
        return storms
    }

    static let stormWords = WordSet(["stormed", "storm", "storming", "storms", "swept"])


    /// Nouns for ground that can be held (stems: plurals included).
    static let territoryWords = WordSet(hashes:
        ["village", "town", "city", "area", "district", "region", "province", "position", "base", "hill", "checkpoint",
         "territory", "neighbourhood", "neighborhood", "airport", "camp", "control", "outpost", "front", "frontline",
         "locality", "island", "mountain", "road", "highway", "bridge", "barracks", "post", "crossing", "border",
         "field", "oilfield", "airfield", "airbase", "site", "valley", "port", "county", "commune", "suburb", "outskirts", "countryside", "headquarters"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })

    /// A verb of building ("established", "set up", "built", "opened") within five words before a
    /// base word of the incident ("established a new military base", "set up two observation
    /// posts"): forces moving to a base ("deployed reinforcements to observation points") or a
    /// building named ("the police headquarters") establish nothing.
    func establishesBase(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .headquarters }) {
                for j in max(range.lowerBound, t - 5)..<t where doc.tokens[j].isWord && Self.buildingVerbs.contains(doc.tokens[j].lex) { return true }
            }
        }
        return false
    }

    /// "Forces set up two military bases": a base word after a verb of building (`establishesBase`)
    /// is the news, as much as "observation posts"; alone ("a military base") it weighs little.
    func proposeBase(_ ev: inout Evidence, sentence k: Int) {
        guard !ev.scores.isEmpty, ev.scores[SubEventType.headquarters.rawValue] > 0,
              ev.scores[SubEventType.headquarters.rawValue] < Self.baseWeight else { return }
        let range = doc.sentences[k].range
        for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .headquarters }) {
            for j in max(range.lowerBound, t - 5)..<t where doc.tokens[j].isWord && Self.buildingVerbs.contains(doc.tokens[j].lex) {
                let w = Self.baseWeight * reportFactor(trigger: t, end: doc.lexRange(at: t)?.upperBound ?? t + 1, sentence: range)
                    - ev.scores[SubEventType.headquarters.rawValue]
                if w > 0 { ev.propose(.headquarters, weight: w, trigger: t) }
                return
            }
        }
    }

    /// "Observation posts" in the lexicon.
    static let baseWeight = 2.0

    static let buildingVerbs: [UInt64] =
        ["established", "establish", "establishes", "establishing", "set", "sets", "setting", "built", "build", "builds", "building",
         "opened", "opens", "erected", "constructed", "constructing"].map { DateResolver.lexHash($0) }
}

extension Assembler {
    /// Every agreement word of the incident frames another act ("handed over the town under a
    /// Russian-brokered deal", "withdrew as part of the agreement", "in line with the truce"): a
    /// framing word ("under", "part", "line", "accordance", "per", "following") within four words
    /// before it. The act done under the deal is the event (ACLED: the transfer, not a new agreement).
    func agreementOnlyFramesAnAct(_ inc: Incident) -> Bool {
        everyWord(of: .agreement, in: inc, follows: Self.framingWords, within: 4)
    }

    static let framingWords = WordSet(["under", "part", "line", "accordance", "per", "following", "pursuant"])
}

// MARK: - Phrases with words between: prisoners exchanged, weapons brought down

extension Assembler {
    /// Two acts the lexicon's fixed phrases miss when words stand between ("exchanged 200
    /// prisoners", "destroyed a Houthi drone"), read in sentence `k`:
    /// - prisoners, detainees or captives "exchanged", "swapped" or "traded": an agreement (ACLED:
    ///   a prisoner exchange is one);
    /// - a drone, missile or rocket "downed", "destroyed" or "intercepted" by air defences, or
    ///   "downed" by anyone: disrupted weapons use, not the strike it stopped.
    func proposeExchangeOrDowning(_ ev: inout Evidence, sentence k: Int) {
        guard !sentenceWords(k).isDisjoint(with: [.exchangeVerb, .bringDownVerb]) else { return }
        let range = doc.sentences[k].range
        var defences = false
        // the sets are read once, not per token (a static read runs its once-check and retains the set)
        let defenceWords = Self.defenceWords, exchangeVerbs = Self.exchangeVerbs, bringDownVerbs = Self.bringDownVerbs
        let downedWord = Self.downedWord
        for t in range where doc.tokens[t].isWord {
            let lex = doc.tokens[t].lex
            if defenceWords.contains(lex), t > range.lowerBound, word(t - 1, "air") { defences = true }
            let exchange = exchangeVerbs.contains(lex)
            let downing = bringDownVerbs.contains(lex) && (defences || lex == downedWord)
            guard exchange || downing else { continue }
            // "the drone was downed over the sea": in the passive the weapon is named before
            if downing, passivelyDowned(t, in: range) {
                ev.propose(.disruptedWeapons, weight: 2.2 * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                return
            }
            for j in (t + 1)..<min(range.upperBound, t + 5) {
                if doc.tokens[j].kind == .punct { break }
                guard doc.tokens[j].isWord else { continue }
                if exchange, Self.captiveWords.contains(doc.tokens[j].lex) {
                    ev.propose(.agreement, weight: 2.5 * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                    return
                }
                if downing, Self.flyingWeapons.contains(doc.tokens[j].lex) {
                    ev.propose(.disruptedWeapons, weight: 2.2 * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                    return
                }
            }
        }
    }

    /// A flying weapon up to four words before the passive auxiliary of the downing word at `t`
    /// ("the drone was downed", "two missiles were shot down"), no clause mark between.
    private func passivelyDowned(_ t: Int, in range: Range<Int>) -> Bool {
        guard t - 1 > range.lowerBound, doc.tokens[t - 1].isWord, Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) else { return false }
        var j = t - 2
        while j >= max(range.lowerBound, t - 6) {
            if doc.tokens[j].kind == .punct { return false }
            if doc.tokens[j].isWord, Self.flyingWeapons.contains(doc.tokens[j].lex) { return true }
            j -= 1
        }
        return false
    }

    static let exchangeVerbs = WordSet(["exchanged", "swapped", "traded", "exchange", "swap"])
    static let captiveWords = WordSet(["prisoners", "detainees", "captives", "hostages", "prisoner", "pows"])
    static let defenceWords = WordSet(["defences", "defenses", "defence", "defense"])
    static let bringDownVerbs = WordSet(["destroyed", "downed", "shot", "neutralised", "neutralized"])
    static var downedWord: UInt64 { DateResolver.lexHash("downed" as StaticString) }
    static let flyingWeapons = WordSet(["drone", "drones", "missile", "missiles", "rocket", "rockets", "uav", "uavs", "projectile", "projectiles",
                                        "unmanned", "shahed", "shaheds"])
}
