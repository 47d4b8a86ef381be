import SitrepModel

// MARK: - Property: a verb of destruction or theft whose object is a thing people own

extension Assembler {
    /// "burned a telecom mast", "set ablaze a school", "destroyed a phone tower", "stole 40 goats",
    /// "two shops were burnt down": a verb of destroying or taking (`destructionVerbs`) with a
    /// thing people own (`propertyNouns`: buildings, vehicles, crops, livestock) as its object, or
    /// in the passive as its subject. ACLED codes it looting/property destruction, whoever did it
    /// (a crowd's is a riot, see `code`; people killed with it make it an attack). The verb alone
    /// is not enough: "destroyed a tank" is part of a battle, "burned tires" a barricade.
    /// In news prose (no `assumeEvent`) an armed actor must be named in the sentence: fires and
    /// storms destroy houses too. Weighs less than a trigger phrase ("burned houses", 2.45).
    func proposeDestruction(_ ev: inout Evidence, sentence k: Int) {
        if !ev.scores.isEmpty, ev.scores[SubEventType.looting.rawValue] > 0 { return }
        guard sentenceWords(k).contains(.destructionVerb) else { return }
        let range = doc.sentences[k].range
        let verbs = Self.destructionVerbs
        for t in range where doc.tokens[t].isWord && verbs.contains(doc.tokens[t].lex) {
            let passive = t > range.lowerBound && doc.tokens[t - 1].isWord && Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex)
            // "set ablaze", "set fire to", "burnt down", "cut down": the verb's particle is not its object
            var from = t + 1
            while from < range.upperBound, doc.tokens[from].isWord, Self.destructionParticles.contains(doc.tokens[from].lex) { from += 1 }
            if word(t, "set"), from == t + 1 { continue }  // "set up", "set off": no setting alight
            let side = passive ? max(range.lowerBound, t - 6)..<(t - 1) : from..<min(range.upperBound, from + 7)
            guard ownsProperty(side, passive: passive) else { continue }
            // (an actor only telling of the damage is no doer, see `namesArmedDoer`, unless the
            // sentence tells an act of its own: "in a separate attack ... houses were burned, the police said")
            if !assumeEvent, !(ev.strongest >= 1 ? namesArmedActor(range) : namesArmedDoer(range)) { return }
            ev.propose(.looting, weight: Self.destructionWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
            return
        }
    }

    /// The words of `side` name property, not a military target ("an army truck") before a clause
    /// ends (read forward) or from the nearest noun back (read in the passive).
    func ownsProperty(_ side: Range<Int>, passive: Bool) -> Bool {
        var found = false
        for j in side {
            let tok = doc.tokens[j]
            if tok.kind == .punct {
                if passive { found = false; continue }  // only the clause right before the verb
                if tok.mark == 0x2C || tok.mark == 0x3B || tok.mark == 0x3A || tok.mark == 0x28 { break }
                continue
            }
            guard tok.isWord else { continue }
            // a person is the object ("burned him alive in his house"), or an army's equipment
            if Self.militaryModifiers.contains(tok.lex) || Self.personObjects.contains(tok.lex) || doc.lexHas(j, .victim) { return false }
            if !passive, Self.objectEnds.contains(tok.lex) { break }
            if Self.propertyNouns.contains(tok.stem) { found = true; if !passive { break } }
        }
        return found
    }

    /// The toll at `toll` is told in the same sentence as a verb of destruction or a looting word:
    /// after it, with no word of a reason between ("burned homes and killed three villagers", not
    /// "looted the village in revenge for the killing of two soldiers"), or before a burning in
    /// its clause ("killing seven people and setting fire to dozens of houses").
    func killedWithTheDestruction(_ toll: Range<Int>) -> Bool {
        let range = doc.sentences[Int(doc.sentenceOf[toll.lowerBound])].range
        var destroyed = false
        for t in range.lowerBound..<toll.lowerBound where doc.tokens[t].isWord {
            if Self.reasonWords.contains(doc.tokens[t].lex) { destroyed = false; continue }
            if Self.destructionVerbs.contains(doc.tokens[t].lex)
                || doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .looting }) { destroyed = true }
        }
        if destroyed { return true }
        // "attacked the village, killing seven people and setting fire to dozens of houses": the
        // burning told after the toll, in its clause
        let burning = Self.propertyRiotWords
        for t in toll.upperBound..<range.upperBound {
            if doc.tokens[t].kind == .punct, doc.tokens[t].mark != 0x2C { break }
            if doc.tokens[t].isWord, Self.destructionVerbs.contains(doc.tokens[t].lex) || burning.contains(doc.tokens[t].lex) && doc.lexHas(t, .trigger) { return true }
        }
        return false
    }

    /// The first verb of destruction in the incident's sentences (`proposeDestruction`'s word).
    func destructionVerb(_ inc: Incident) -> Range<Int>? {
        for k in inc.sentences {
            for t in doc.sentences[k].range where doc.tokens[t].isWord && Self.destructionVerbs.contains(doc.tokens[t].lex) { return t..<(t + 1) }
        }
        return nil
    }

    /// The toll at `toll` is told in a sentence of its own, apart from the incident's first looting
    /// word or verb of destruction ("killing 70 people. Dozens of homes were set on fire").
    func tollToldApartFromDestruction(_ inc: Incident, _ toll: Range<Int>) -> Bool {
        guard let loot = triggerRange(inc, .looting) ?? destructionVerb(inc) else { return false }
        return doc.sentenceOf[loot.lowerBound] != doc.sentenceOf[toll.lowerBound]
    }

    /// A word of a reason comes before the toll at `toll` in its sentence ("in retaliation for the
    /// killing of two soldiers"): the deaths are why something happened, not its toll.
    func toldAsAReason(_ toll: Range<Int>) -> Bool {
        let range = doc.sentences[Int(doc.sentenceOf[toll.lowerBound])].range
        return (range.lowerBound..<toll.lowerBound).contains { doc.tokens[$0].isWord && Self.reasonWords.contains(doc.tokens[$0].lex) }
    }

    /// The violent sub-event type of the first trigger in the sentence of token range `r`, if any
    /// ("attacked the town, killing 70 people": an attack).
    func violentTrigger(inSentenceOf r: Range<Int>) -> SubEventType? {
        let range = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        for t in range where doc.lexHas(t, .trigger) {
            for id in doc.lexEntries(at: t) {
                if let sub = extractor.triggerType[Int(id)], sub.eventType.isViolent { return sub }
            }
        }
        return nil
    }

    private static let reasonWords = WordSet(["for", "over", "suspected", "accused", "retaliation", "revenge", "because", "after", "following", "threats"])

    static let destructionWeight = 2.0
    private static let personObjects = WordSet(["him", "her", "them", "alive", "himself", "herself", "themselves"])

    /// Past forms only: "burning tires" is a barricade, "to destroy" an aim.
    static let destructionVerbs = WordSet(["burned", "burnt", "torched", "set", "destroyed", "demolished", "razed", "ransacked",
                                           "vandalised", "vandalized", "looted", "plundered", "pillaged", "stole", "stolen",
                                           "rustled", "damaged", "bulldozed", "uprooted", "felled", "sabotaged"])
    static let destructionParticles = WordSet(["down", "ablaze", "alight", "fire", "on", "to"])
    /// Words that end a verb's object: another clause or verb begins.
    private static let objectEnds = WordSet(["and", "after", "before", "while", "when", "killing", "wounding", "injuring", "which", "who", "that"])
    /// An army's equipment destroyed is part of the fighting, not property destruction.
    private static let militaryModifiers = WordSet(["military", "army", "armoured", "armored", "tank", "tanks", "troop", "patrol",
                                                    "police", "weapons", "ammunition", "militants", "rebels", "positions", "position"])

    /// Things people own (stems: plurals included): buildings, their contents, vehicles and boats,
    /// crops, plantations and livestock, public works (a bridge, a stadium's stand).
    static let propertyNouns = WordSet(hashes:
        ["house", "houses", "home", "homes", "hut", "huts", "shop", "shops", "store", "stores", "kiosk", "market", "school", "schools",
         "church", "churches", "mosque", "mosques", "temple", "shrine", "office", "offices", "building", "buildings", "property",
         "properties", "hospital", "clinic", "warehouse", "granary", "farm", "farms", "crops", "crop", "harvest", "field", "fields",
         "orchard", "tree", "trees", "cattle", "livestock", "goats", "sheep", "camels", "cows", "car", "cars", "bus", "buses", "truck",
         "trucks", "lorry", "lorries", "motorcycle", "motorcycles", "tower", "towers", "mast", "masts", "antenna", "pylon", "pylons",
         "generator", "equipment", "machinery", "excavator", "tractor", "tractors", "residence", "residences", "dwelling", "dwellings",
         "hotel", "restaurant", "bar", "factory", "statue", "monument", "tomb", "graves", "cemetery", "belongings", "shelter", "shelters",
         "tents", "businesses", "stalls", "premises", "vehicle", "vehicles", "boat", "boats", "canoe", "canoes", "plantation",
         "plantations", "stadium", "tribune", "bridge", "bridges", "infrastructure", "facility", "facilities", "billboard", "billboards"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } })
}
