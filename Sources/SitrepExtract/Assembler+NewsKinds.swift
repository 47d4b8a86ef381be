import SitrepModel

// MARK: - News kinds: acts that wire prose tells in its own words (issue 10)

extension Assembler {
    /// "A crowd in the northern city of Sokoto beat a student", "Residents of a village in
    /// Tanzania's Geita region burned a woman": a crowd word whose subject is followed by where
    /// it is (a preposition, then articles, directions, area words, demonyms and names) before
    /// the act at `t`. News places its crowd so; the words between are no clause of their own.
    /// Read back at most 14 tokens; any other word or a clause mark says no.
    func crowdSubjectAcrossPlace(before t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        let lower = max(range.lowerBound, t - 14)
        let prepositions = Self.placePrepositions, determiners = Self.determiners
        while j >= lower {
            let tok = doc.tokens[j]
            guard tok.isWord else { return false }
            if prepositions.contains(tok.lex) {
                // the word before the first preposition is the subject's head
                if j > lower, doc.tokens[j - 1].isWord, let crowd = crowdHead(j - 1) { return crowd }
            } else if !(determiners.contains(tok.lex) || tok.flags.contains(.capitalized) || doc.placeCovers(j)
                        || doc.lexHas(j, .areaword) || doc.lexHas(j, .direction) || doc.lexHas(j, .demonym)) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// Whether the word at `j` heads a crowd ("crowd", "residents", "villagers", "a mob"): nil
    /// when it names no people, so the reading goes on to an earlier preposition.
    private func crowdHead(_ j: Int) -> Bool? {
        let tok = doc.tokens[j]
        if Self.crowdWords.contains(tok.lex) || Self.crowdNouns.contains(tok.lex) {
            // "armed villagers"
            if j > 0, doc.tokens[j - 1].isWord, doc.tokens[j - 1].lex == Self.armedWord { return false }
            return true
        }
        return nil
    }

    static let placePrepositions = WordSet(["in", "of", "from", "near"])
    /// Crowd words the actor-word kinds do not list ("a crowd", "a mob" are there already).
    static let crowdNouns = WordSet(["crowd", "crowds", "mob", "mobs", "villagers", "residents", "locals", "worshippers", "worshipers"])
}

extension Assembler {
    /// "Farmers blocked the Trans-Andean Highway for a second day, demanding fuel subsidies": a
    /// road blocked by people who demand something is a protest (ACLED: a road blockade without
    /// violence is a peaceful protest), though the lexicon's "blocked the road" misses a road
    /// named. Not by an armed actor (a checkpoint), and only when nothing of a protest scored.
    func proposeRoadBlockedInProtest(_ ev: inout Evidence, sentence k: Int) {
        guard sentenceWords(k).contains(.barricadeStart) else { return }
        if !ev.scores.isEmpty, ev.scores[SubEventType.peacefulProtest.rawValue] > 0 { return }
        let range = doc.sentences[k].range
        let demands = Self.roadDemandWords, roads = Self.roadWords, blocks = Self.roadBlockVerbs
        let demanding = range.contains { doc.tokens[$0].isWord && demands.contains(doc.tokens[$0].lex) }
        guard demanding || doc.sentenceHas(k, .intervention) || range.contains(where: { doc.tokens[$0].isWord && Self.clearingVerbs.contains(doc.tokens[$0].lex) })
        else { return }
        for t in range where doc.tokens[t].isWord && blocks.contains(doc.tokens[t].lex) {
            // (or people cleared from the road it: "police used pepper spray to clear pensioners blocking a street")
            if !demanding, !clearedBefore(t, in: range) { continue }
            var j = t + 1
            while j < min(range.upperBound, t + 7), doc.tokens[j].kind != .punct || doc.tokens[j].mark == 0x2D {
                if doc.tokens[j].isWord, roads.contains(doc.tokens[j].lex) {
                    if demanding, namesArmedActor(range) { return }  // (the police who cleared them are no blockers)
                    ev.propose(.peacefulProtest, weight: Self.roadBlockWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                    return
                }
                j += 1
            }
        }
    }

    /// An intervention word or a verb of clearing before the blocking verb at `t`, not itself one
    /// of blocking ("police blocked the road" is the police's act).
    private func clearedBefore(_ t: Int, in range: Range<Int>) -> Bool {
        (range.lowerBound..<t).contains { j in
            doc.tokens[j].isWord && !Self.roadBlockVerbs.contains(doc.tokens[j].lex) && !word(j, "blocked")
                && (Self.clearingVerbs.contains(doc.tokens[j].lex) || doc.lexHas(j, .intervention))
        }
    }

    static let clearingVerbs = WordSet(["clear", "cleared", "clearing", "removed", "evicted", "dispersed", "disperse"])
    static let roadBlockWeight = 1.8
    static let roadBlockVerbs = WordSet(["blocked", "blocking", "blockaded", "blockading"])
    static let roadWords = WordSet(["road", "roads", "highway", "highways", "motorway", "motorways", "expressway", "street", "streets", "bridge",
                                    "bridges", "railway", "junction", "intersection", "roundabout", "thoroughfare", "avenue"])
    static let roadDemandWords = WordSet(["demanding", "demand", "demanded", "demands", "protesting", "protest", "against"])
}

extension Assembler {
    /// Ground taken told in news's words for it, which `capturesGround` does not read: "swept into
    /// Aleppo", "swept into the city", and "took" with a town named right after it ("took
    /// Lashio, capturing its command"). ACLED codes a battle that ends with a town taken as the
    /// taking, however long the fighting before it.
    func capturesTownInNewsWords(_ inc: Incident) -> Bool {
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && Self.newsTakingWords.contains(doc.tokens[t].lex) {
                guard t + 2 < range.upperBound else { continue }
                if reportFactor(trigger: t, end: t + 1, sentence: range) < 1 { continue }
                if word(t, "swept") {
                    guard word(t + 1, "into") else { continue }
                    if doc.placeCovers(t + 2) || word(t + 2, "the") && doc.tokens[t + 3 < range.upperBound ? t + 3 : t].isWord
                        && Self.settlementWords.contains(doc.tokens[min(t + 3, range.upperBound - 1)].lex) { return true }
                } else if takesNamedTown(t, in: range) {
                    return true
                }
            }
        }
        return false
    }

    static let newsTakingWords = WordSet(["swept", "took", "taken"])
    static let tookIdiomWords = WordSet(["by", "to", "into", "off", "out", "part", "back", "up", "aback", "for"])
}

extension Assembler {
    /// "Took Lashio", "had taken Kupiansk": "took" with a town named right after it, in a sentence
    /// that names an armed actor, takes the town (ACLED: non-state actor overtakes territory; the
    /// state's forces regain it, see `code`). The lexicon lists "took" only with "control" or
    /// "over". Read from the words of taking (`peopleTaking`), when no taking has scored.
    func proposeTownTaken(_ ev: inout Evidence, sentence k: Int) {
        guard sentenceWords(k).contains(.peopleTaking) else { return }
        if !ev.scores.isEmpty, ev.scores[SubEventType.nonStateOvertakes.rawValue] + ev.scores[SubEventType.governmentRegains.rawValue] > 0 { return }
        let range = doc.sentences[k].range
        for t in range where doc.tokens[t].isWord && (word(t, "took") || word(t, "taken")) {
            guard t + 1 < range.upperBound, takesNamedTown(t, in: range) else { continue }
            guard namesArmedActor(range) else { return }
            ev.propose(.nonStateOvertakes, weight: Self.townTakenWeight * reportFactor(trigger: t, end: t + 2, sentence: range), trigger: t)
            return
        }
    }

    static let townTakenWeight = 2.2

    /// The word after "took" at `t` is a place ("took Lashio", "had taken the village of Toro"),
    /// not its possessive ("took Moscow's side") nor an idiom's ("took Kyiv by surprise", "took
    /// Ukraine to court").
    func takesNamedTown(_ t: Int, in range: Range<Int>) -> Bool {
        // "took the village of Toro": the settlement noun names the place after it
        var first = t + 1, unlisted = false
        if first + 3 < range.upperBound, word(first, "the"), doc.tokens[first + 1].isWord, Self.settlementWords.contains(doc.tokens[first + 1].lex),
           word(first + 2, "of") {
            first += 3
            // (a village the gazetteer lacks: "the village of Tarkint")
            unlisted = first < range.upperBound && !doc.placeCovers(first) && namesUnlistedPlace(first)
        }
        guard first < range.upperBound, unlisted || doc.placeCovers(first), !doc.tokens[first].flags.contains(.possessive) else { return false }
        var after = first + 1
        while after < range.upperBound, unlisted ? namesUnlistedPlace(after) : doc.placeCovers(after) {
            if doc.tokens[after].flags.contains(.possessive) { return false }
            after += 1
        }
        return !(after < range.upperBound && doc.tokens[after].isWord && Self.tookIdiomWords.contains(doc.tokens[after].lex))
    }
}

extension Assembler {
    /// "Set up a permanent battalion base", "opened a new jungle camp", "established a camp in the
    /// forest", "set up a new forward operating base": a verb of building within six words before
    /// a base noun the lexicon does not list alone (a bare "base" or "camp" is everywhere: "attacked a base", "a camp for the
    /// displaced"). ACLED: headquarters or base established. Not a camp for refugees or the
    /// displaced, nor "a base of support". Scored in sentence `k` as `proposeBase` scores a
    /// listed base word, when nothing of the kind has scored.
    func proposeBaseSetUp(_ ev: inout Evidence, sentence k: Int) {
        guard sentenceWords(k).contains(.baseNoun) else { return }
        if !ev.scores.isEmpty, ev.scores[SubEventType.headquarters.rawValue] > 0 { return }
        let range = doc.sentences[k].range
        let nouns = Self.baseNouns, verbs = Self.buildingVerbs, shelter = Self.shelterWords
        // a camp for people who fled is no base
        if range.contains(where: { doc.tokens[$0].isWord && shelter.contains(doc.tokens[$0].lex) }) { return }
        for t in range where doc.tokens[t].isWord && nouns.contains(doc.tokens[t].lex) {
            if t + 1 < range.upperBound, word(t + 1, "of") { continue }  // "a base of support"
            // an administration of its own set up by armed men ("a parallel administration") rules
            // the place as a base does; the state's administration is no news of one
            if Self.administrationWords.contains(doc.tokens[t].lex),
               !(t > range.lowerBound && doc.tokens[t - 1].isWord && Self.rivalRuleWords.contains(doc.tokens[t - 1].lex)) { continue }
            for j in max(range.lowerBound, t - 6)..<t where doc.tokens[j].isWord && verbs.contains(doc.tokens[j].lex) {
                // "set" builds only "up": "set fire to a camp" burns it
                if word(j, "set") || word(j, "sets") || word(j, "setting"), !(j + 1 < t && word(j + 1, "up")) { continue }
                if (j + 1..<t).contains(where: { doc.tokens[$0].kind == .punct }) { continue }
                ev.propose(.headquarters, weight: Self.baseWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                return
            }
        }
    }

    static let baseNouns = WordSet(["base", "bases", "camp", "camps", "outpost", "outposts", "garrison", "garrisons", "quarters",
                                    "administration", "administrations"])
    static let administrationWords = WordSet(["administration", "administrations"])
    static let rivalRuleWords = WordSet(["parallel", "rival", "own", "shadow"])
    /// Words of people sheltered or of leisure: a camp of theirs is no base.
    static let shelterWords = WordSet(["refugee", "refugees", "displaced", "idp", "idps", "migrants", "migrant", "evacuees", "relief",
                                       "humanitarian", "tents", "tent", "shelter", "asylum", "holiday", "summer", "fan", "customer", "data"])
}

extension Assembler {
    /// "Blew up the house of a tribal elder", "dynamited three homes": a building blown up, no one
    /// killed or hurt. ACLED codes the demolition of property with explosives as
    /// looting/property destruction, not as an explosive attack (which hits people).
    func blowsUpProperty(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && Self.blowingWords.contains(doc.tokens[t].lex) {
                var from = t + 1
                if from < range.upperBound, word(from, "up") { from += 1 } else if !word(t, "dynamited") { continue }
                if ownsProperty(from..<min(range.upperBound, from + 5), passive: false) { return true }
            }
        }
        return false
    }

    static let blowingWords = WordSet(["blew", "blown", "blowing", "dynamited"])
}

extension Assembler {
    /// "Took 60 people from their homes", "took the men from their beds": people taken from where
    /// they live, which "took" says of no arrest or capture in battle (ACLED: abduction). `from`
    /// is the word after "took".
    func takenFromTheirHomes(_ from: Int, in range: Range<Int>) -> Bool {
        var j = from
        while j + 2 < min(range.upperBound, from + 16) {
            if word(j, "from"), doc.tokens[j + 1].isWord, Self.dwellingOwners.contains(doc.tokens[j + 1].lex),
               doc.tokens[j + 2].isWord, Self.dwellings.contains(doc.tokens[j + 2].lex) { return true }
            j += 1
        }
        return false
    }

    static let dwellingOwners = WordSet(["their", "his", "her", "the"])
    static let dwellings = WordSet(["homes", "home", "houses", "house", "beds", "bed", "village", "villages", "farms", "farm"])
}

extension Assembler {
    /// Riot-control gas used as a weapon of war: "drones dropped tear gas grenades on trenches",
    /// "fired gas canisters at positions" with no protest in the incident. ACLED codes riot-control
    /// agents used in fighting as a chemical weapon; at a protest they are police intervention. A
    /// gas or smoke called toxic or choking, let loose by drones, aircraft or shells, is one too
    /// ("drones dropped bombs that gave off a toxic smoke on its positions"), and so is any gas let
    /// loose so with the harm it did told ("released a yellowish gas ..., causing vomiting").
    func gasUsedInWar(_ inc: Incident) -> Bool {
        guard inc.sentences.contains(where: { sentenceWords($0).contains(.gasWord) }) else { return false }
        var gas = false, war = false, symptoms: Bool? = nil  // (the symptoms looked for once, at a fume word)
        let fumeWords = Self.fumeWords, warDeliveryWords = Self.warDeliveryWords  // (read once, not per word)
        for k in inc.sentences {
            let range = doc.sentences[k].range, gasSentence = sentenceWords(k).contains(.gasWord)  // (gas told only there)
            for t in range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if !war, warDeliveryWords.contains(lex) { war = true }
                guard gasSentence, !gas else { continue }
                if lex == Self.teargasHash || word(t, "gas") && t > range.lowerBound && (word(t - 1, "tear") || word(t - 1, "cs")) { gas = true }
                guard !gas, fumeWords.contains(lex) else { continue }  // "a choking gas": a poison word one or two words before
                symptoms = symptoms ?? toldPoisoningSymptoms(inc)
                if symptoms == true || poisonBefore(t, in: range), releasedByAWeapon(t, in: range) { gas = true }
            }
            if gas && war { return true }
        }
        return false
    }

    /// "toxic", "choking" ... right before the fume word or one word before it ("toxic yellow smoke").
    private func poisonBefore(_ t: Int, in range: Range<Int>) -> Bool {
        for j in [t - 1, t - 2] where j >= range.lowerBound && doc.tokens[j].isWord {
            if Self.poisonWords.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    /// The fume at `t` was let loose ("released", "gave off", "filled with" up to six words
    /// before it), not smoke from a fire or a plant hit ("set a depot ablaze, sending toxic smoke"),
    /// and is told as fact (one side's claim leaves the strike it rode on: `chemicalToldAsFact`).
    private func releasedByAWeapon(_ t: Int, in range: Range<Int>) -> Bool {
        var released = false
        for j in max(range.lowerBound, t - 6)..<t where doc.tokens[j].isWord {
            if Self.releaseWords.contains(doc.tokens[j].lex) { released = true }
        }
        guard released, !notReportKinds(in: Int(doc.sentenceOf[t])).site, toldAsFact(t) else { return false }
        return !range.contains { doc.tokens[$0].isWord && Self.fireWords.contains(doc.tokens[$0].lex) }
    }

    static let releaseWords = WordSet(["released", "releasing", "release", "gave", "giving", "emitted", "emitting", "spewed", "filled",
                                       "containing", "carrying", "loaded", "laced"])
    static let fireWords = WordSet(["ablaze", "fire", "fires", "blaze", "burning", "burned", "burnt", "flames"])
    static let fumeWords = WordSet(["gas", "gases", "smoke", "fumes", "cloud", "vapour", "vapor"])
    static let poisonWords = WordSet(["toxic", "choking", "poisonous", "noxious", "asphyxiating", "suffocating"])
    static var teargasHash: UInt64 { DateResolver.lexHash("teargas" as StaticString) }
    static let warDeliveryWords = WordSet(["drone", "drones", "quadcopter", "quadcopters", "trenches", "trench", "dugouts", "dugout", "positions",
                                           "artillery", "shells", "aircraft", "helicopter", "helicopters"])
}

extension Assembler {
    /// The incident's chemical word is told as fact, not as one side's claim: no "claimed",
    /// "alleged" or "accused" before it in its sentence ("HPG claimed that the shelling used
    /// poisonous gas": ACLED codes the shelling, the claim unverified).
    func chemicalToldAsFact(_ inc: Incident) -> Bool {
        guard let r = triggerRange(inc, .chemicalWeapon) else { return false }
        return toldAsFact(r.lowerBound) || accusesOfADatedChemicalAttack(sentence: Int(doc.sentenceOf[r.lowerBound]))
    }

    /// No "claimed", "alleged" or "accused" before the word at `t` in its sentence.
    func toldAsFact(_ t: Int) -> Bool {
        let range = doc.sentences[Int(doc.sentenceOf[t])].range
        for j in range.lowerBound..<t where doc.tokens[j].isWord {
            if word(j, "accused") || word(j, "accusing") || word(j, "accuses") { return false }
            if doc.lexHas(j, .certainty), doc.lexEntries(at: j).contains(where: { lexicon.classes[Int($0)] == .certainty && lexicon.firstFields[Int($0)] == "claimed" }) {
                return false
            }
        }
        return true
    }
}

extension Assembler {
    /// "A town in Cauca that had been run for years by a dissident faction": a perfect "for years"
    /// in a relative clause on a place tells the place's past, not a record that makes the
    /// sentence a tally; so does one after a comma ("the town of X, which rebels had held for two
    /// years") and a participle of holding ("the commune of X, held by jihadists for a year").
    /// `p` is the period word.
    func periodOnlyDescribesAPlace(_ p: Int, in range: Range<Int>) -> Bool {
        var r = p - 1
        while r > range.lowerBound, p - r <= 10 {
            if doc.tokens[r].kind == .punct {
                // ", held by ... for a year" right after a place
                guard r + 1 < p, doc.tokens[r + 1].isWord, Self.holdingParticiples.contains(doc.tokens[r + 1].lex) else { return false }
                return namesAPlace(r - 1)
            }
            if word(r, "that") || word(r, "which") || word(r, "where") {
                var head = r - 1
                if head > range.lowerBound, doc.tokens[head].kind == .punct { head -= 1 }  // ", which"
                return namesAPlace(head)
            }
            r -= 1
        }
        return false
    }

    /// A place's name or a word for a settlement or an area at `t`.
    private func namesAPlace(_ t: Int) -> Bool {
        guard t >= 0, doc.tokens[t].isWord else { return false }
        return doc.placeCovers(t) || Self.settlementWords.contains(doc.tokens[t].lex) || Self.areaWords.contains(doc.tokens[t].lex)
    }

    /// Participles that tell who held a place ("the town, held by rebels for two years").
    static let holdingParticiples = WordSet(["held", "controlled", "occupied", "run", "ruled", "besieged", "administered"])

    /// "The third reporter killed in the department this year": an ordinal before the period
    /// ranks the act against it, as a superlative does ("the deadliest attack this year"); "the
    /// second half of this year" is a period.
    func ranksByOrdinal(_ r: Range<Int>) -> Bool {
        r.contains { j in
            doc.tokens[j].isWord && Self.rankOrdinals.contains(doc.tokens[j].lex)
                && !(j + 1 < r.upperBound && doc.tokens[j + 1].isWord && Self.periodParts.contains(doc.tokens[j + 1].lex))
        }
    }

    static let rankOrdinals = WordSet(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"])
    static let periodParts = WordSet(["half", "quarter", "week", "weeks", "month", "months"])
}

extension Assembler {
    /// "A drone dropped a grenade on a car", "quadcopters dropped grenades on positions": a grenade
    /// delivered from a drone. ACLED codes munitions dropped from drones as an air/drone strike;
    /// a grenade is one thrown by hand.
    func droneDropsMunition(_ inc: Incident) -> Bool {
        for k in inc.sentences {
            var drone = false, drop = false
            for t in doc.sentences[k].range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if Self.deliveringAircraft.contains(lex) { drone = true }
                if Self.dropVerbs.contains(lex) { drop = true }
            }
            if drone && drop { return true }
        }
        return false
    }

    static let deliveringAircraft = WordSet(["drone", "drones", "quadcopter", "quadcopters", "uav", "uavs"])
    static let dropVerbs = WordSet(["dropped", "drops", "dropping", "drop"])
}

extension Assembler {
    /// "Each handed back 95 prisoners of war in a swap": the transfer word hands over captives,
    /// not ground, and a swap or exchange is named in the incident. ACLED codes a prisoner
    /// exchange as an agreement; the lexicon's "handed back" reads as a town handed back.
    func handsOverCaptivesInASwap(_ inc: Incident) -> Bool {
        var captives = false, swap = false
        for k in inc.sentences {
            for t in doc.sentences[k].range where doc.tokens[t].isWord {
                let lex = doc.tokens[t].lex
                if Self.captiveWords.contains(lex) { captives = true }
                if Self.swapNouns.contains(lex) { swap = true }
            }
        }
        return captives && swap
    }

    static let swapNouns = WordSet(["swap", "swaps", "exchange", "exchanges", "swapped", "exchanged"])
}
