// MARK: - Actors the actor list does not name

extension Assembler {
    /// Last words that make a run of capitalized words the name of an armed or political group
    /// ("Baloch Nationalist Army", "Patriot Front", "Sultan Murad Division"). Not "Council", "Union" or
    /// "Party": they name assemblies and parties far more often than the side of a fight.
    static let groupHeads = WordSet([
        "army", "front", "brigade", "brigades", "battalion", "battalions", "units", "movement", "militia", "militias",
        "organization", "organisation", "league", "initiative", "corps", "legion", "division", "network", "cartel",
        "gang", "forces", "force", "falcons", "commandos",
    ])

    /// Group words of military units: a name ending in one is an armed group wherever the
    /// sentence names it ("two Armored Division members were shot": the victims are fighters).
    /// Words of a regular army's units ("94th Infantry Battalion", "Mechanised Brigade").
    static let regularArmyWords = WordSet(["infantry", "mechanized", "mechanised", "armoured", "armored", "airborne", "artillery",
                                           "cavalry", "motorized", "motorised", "paratroop", "parachute"])

    static let unitHeads = WordSet([
        "army", "brigade", "brigades", "battalion", "battalions", "militia", "militias", "corps", "legion", "division", "forces",
        "commandos",
    ])

    /// Words that make "Armed Forces", "Security Forces", "Special Forces" a common noun however it is
    /// capitalized: a run of only these and its head names no group.
    static let commonForceWords = WordSet(hashes: [
        "armed", "security", "special", "government", "military", "police", "air", "naval", "ground", "land",
        "regular", "joint", "federal", "allied", "enemy", "rebel", "opposition", "regime", "defence", "defense",
    ].map { DateResolver.lexHash($0) })


    static var militiamenHash: UInt64 { DateResolver.lexHash("militiamen" as StaticString) }
    static var militiaHash: UInt64 { DateResolver.lexHash("militia" as StaticString) }
    static var militiasHash: UInt64 { DateResolver.lexHash("militias" as StaticString) }
    /// The words `unlistedGroups` reads as a group written in lowercase: "militiamen", "militia",
    /// "militias" and `lowercaseHeads` (see `SentenceWords.lowercaseGroupWord`).
    static let lowercaseGroupWords = WordSet(unionOf: [WordSet(["militiamen", "militia", "militias"]), lowercaseHeads])
    static let displacementWords = WordSet(["fled", "flee", "fleeing", "evacuated", "displaced"])

    /// Lowercase words inside a group's name ("Organization for the Liberation of the Levant").
    static let nameJoiners = WordSet(hashes: ["of", "for", "the", "al", "el", "ad", "ash", "an", "ar", "as"].map { DateResolver.lexHash($0) })

    /// A group named in the text but not in the actor list: capitalized words ending in a group word,
    /// written as named ("BNA: Baloch Nationalist Army" when the text gives the abbreviation after it).
    /// A listed actor or a demonym's forces under the same words win; a generic word inside the name
    /// ("Police Forces" in "National Police Forces") gives way to it.
    func unlistedGroups(in range: Range<Int>, country: String, adding mentions: inout [ActorMention]) {
        // a sentence with no word that one of the readings below starts from (most): nothing to read
        guard !sentenceWords(of: range).isDisjoint(with: .unlistedGroupCue) else { return }
        // read once, not per word (each static is a lazy global)
        let heads = Self.groupHeads, units = Self.unitHeads, lowercaseHeads = Self.lowercaseHeads
        let militiamen = Self.militiamenHash, militia = Self.militiaHash, militias = Self.militiasHash, carried = Self.carriedHash
        var t = range.lowerBound
        while t < range.upperBound {
            let head = doc.tokens[t]
            // (hashes compared in place: this runs for every word of every sentence)
            if head.kind == .word, !head.flags.contains(.capitalized), head.lex == militiamen || head.lex == militia || head.lex == militias {
                communalMilitia(at: t, in: range, country: country, adding: &mentions)
                t += 1
                continue
            }
            if head.kind == .word, !head.flags.contains(.capitalized), lowercaseHeads.contains(head.lex) {
                describedGroup(at: t, in: range, adding: &mentions)
                t += 1
                continue
            }
            if head.kind == .word, head.flags.contains(.allCaps) {
                abbreviatedGroup(at: t, in: range, adding: &mentions)
                t += 1
                continue
            }
            if head.kind == .word, head.lex == carried, t > range.lowerBound, t + 1 < range.upperBound, word(t + 1, "out") {
                namedDoer(before: t, in: range, adding: &mentions)
                t += 1
                continue
            }
            // a head in capitals is a headline's word ("... HITS ARMY PATROL"), not a name's
            guard head.kind == .word, head.flags.contains(.capitalized), !head.flags.contains(.allCaps),
                  heads.contains(head.lex) else { t += 1; continue }
            var first = t
            var names = 1
            var j = t - 1
            while j >= range.lowerBound, doc.tokens[j].kind == .word {
                let w = doc.tokens[j]
                if w.flags.contains(.capitalized) {
                    first = j
                    names += 1
                } else if !(Self.nameJoiners.contains(w.lex) || w.flags.contains(.hyphenNext))
                            || j - 1 < range.lowerBound || !doc.tokens[j - 1].flags.contains(.capitalized) {
                    break
                }
                j -= 1
            }
            // a sentence's opening "The" is no part of the name
            if first < t, word(first, "the") { first += 1; names -= 1 }
            let r = first..<(t + 1)
            t += 1
            guard names >= 2, !doc.sourceOverlaps(r) else { continue }
            if (first..<r.upperBound - 1).allSatisfy({ Self.commonForceWords.contains(doc.tokens[$0].lex) }) { continue }
            if mentions.contains(where: { $0.range.overlaps(r) && ($0.specific || !r.contains($0.range.lowerBound) || $0.range.upperBound > r.upperBound) }) {
                continue
            }
            // "Ash Shubaji Martyrs Battalion of the 6th Brigade": a unit of a larger body, named after it
            var end = r.upperBound
            if word(end, "of") { continue }
            // "Baloch Nationalist Army (BNA)": ACLED writes the abbreviation first
            var abbreviation: Range<Int>? = nil
            if end + 2 < range.upperBound, doc.tokens[end].isPunct(0x28), doc.tokens[end + 1].flags.contains(.allCaps),
               doc.tokens[end + 2].isPunct(0x29) {
                abbreviation = end + 1..<end + 2
                end += 3
            }
            // a name is only as strong as its place in the sentence: the subject of the event's verb, or
            // its "by ..." agent ("the Korean People's Revolutionary Army" in a parade's story is neither);
            // elsewhere it is not known to be armed (a target named so does not make an attack a clash)
            let agent = agentCue(before: first, range)
            let specific = agent || subjectOfVerb(after: end, range)
            mentions.removeAll { $0.range.overlaps(r) }
            // "the 94th Infantry Battalion", "the 3rd Armoured Division": a regular army's unit is the
            // country's military (ACLED names state forces, not their units)
            if (first..<(r.upperBound - 1)).contains(where: { doc.tokens[$0].isWord && Self.regularArmyWords.contains(doc.tokens[$0].lex) }) {
                mentions.append(ActorMention(name: extractor.actors.forcesName(of: Self.armyOf[country] ?? country, on: published), range: r, specific: true,
                                             kind: "military", agentCue: agent, quoted: doc.tokens[first].flags.contains(.quoted), type: .state))
                continue
            }
            var name = doc.string(r)
            if let abbreviation { name = doc.string(abbreviation) + ": " + name }
            mentions.append(ActorMention(name: name, range: r, specific: specific, kind: "named",
                                         agentCue: agent, quoted: doc.tokens[first].flags.contains(.quoted),
                                         type: specific || units.contains(head.lex) ? .politicalMilitia : nil))
        }
    }

    /// Group words that end a group's name even written in lowercase: "the children of fire initiative
    /// carried out an arson attack" names a group that claims its deeds, as a "Movement" does.
    static let lowercaseHeads = WordSet(["initiative", "movement", "organization", "organisation"])

    /// "The X initiative/movement carried out ...": a group the actor list does not name, written in
    /// lowercase. Only a subject of the event's verb counts, and only after "the" with up to five words
    /// between (no forces word, demonym, number or punctuation among them): "a peace initiative", "the
    /// movement of troops" and "the initiative of the governor" are no group. Named in title case.
    private func describedGroup(at t: Int, in range: Range<Int>, adding mentions: inout [ActorMention]) {
        var j = t - 1
        // ("the sons of the mountain movement": a "the" after "of" is inside the name)
        while j >= range.lowerBound, j >= t - 5, doc.tokens[j].kind == .word, !word(j, "the") || word(j - 1, "of"),
              !doc.tokens[j].flags.contains(.capitalized), !armedWord(j) {
            j -= 1
        }
        guard j >= range.lowerBound, j < t - 1, word(j, "the"), !word(j + 1, "of"), subjectOfVerb(after: t + 1, range) else { return }
        let r = (j + 1)..<(t + 1)
        // a word for people inside it ("children") gives way to the name; an armed or named actor does not
        if mentions.contains(where: { $0.range.overlaps(r) && ($0.specific || $0.kind != "civilians") }) || doc.sourceOverlaps(r) { return }
        mentions.removeAll { $0.range.overlaps(r) }
        let joiners = Self.nameJoiners
        let name = r.map { k -> String in
            let w = doc.string(k..<(k + 1))
            return joiners.contains(doc.tokens[k].lex) ? w : w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
        mentions.append(ActorMention(name: name, range: r, specific: true, kind: "named", agentCue: false,
                                     quoted: doc.tokens[j + 1].flags.contains(.quoted), type: .politicalMilitia))
    }

    static var carriedHash: UInt64 { DateResolver.lexHash("carried" as StaticString) }
    /// Words of a state's or a body's institutions: a name with one is no armed group ("the Ministry
    /// of Defence", "the Supreme Court", "the Electoral Commission").
    static let institutionWords = WordSet(unionOf: [authorityWords, WordSet([
        "department", "office", "agency", "court", "commission", "committee", "council", "assembly", "senate",
        "congress", "bank", "company", "university", "nations", "red", "crescent", "cross",
    ])])

    /// "The Children of Fire carried out an arson attack": "the", then a name of two or more
    /// capitalized words (lowercase joiners inside: "of", "al"), then "carried out" (a hedge may come
    /// between). A name that does what a group does and that neither the actor list nor a demonym
    /// names is a group the list lacks, named as written. A name with a listed actor, a place read
    /// as one, a source, a demonym, a forces word or an institution's word in it is left to them
    /// ("the Ministry of Defence").
    private func namedDoer(before t: Int, in range: Range<Int>, adding mentions: inout [ActorMention]) {
        var end = t
        if end - 1 > range.lowerBound, doc.tokens[end - 1].isWord, Self.hedgeAdverbs.contains(doc.tokens[end - 1].lex) { end -= 1 }
        // "the Mon State Revolutionary Union (MSRU) carried out": ACLED writes the abbreviation first
        var abbreviation: Range<Int>? = nil
        if end - 3 > range.lowerBound, doc.tokens[end - 1].isPunct(0x29), doc.tokens[end - 2].flags.contains(.allCaps),
           doc.tokens[end - 3].isPunct(0x28) {
            abbreviation = (end - 2)..<(end - 1)
            end -= 3
        }
        var first = end
        var names = 0
        var j = end - 1
        // ("the Sons of the Storm": a "the" after "of" is inside the name)
        while j > range.lowerBound, doc.tokens[j].kind == .word, !word(j, "the") || word(j - 1, "of") {
            let w = doc.tokens[j]
            if w.flags.contains(.capitalized), !w.flags.contains(.allCaps) {
                names += 1
            } else if !Self.nameJoiners.contains(w.lex) || !doc.tokens[j - 1].flags.contains(.capitalized) && !word(j - 1, "of") {
                return
            }
            first = j
            j -= 1
        }
        guard names >= 2, j >= range.lowerBound, word(j, "the"), first < end else { return }
        let r = first..<end
        if doc.sourceOverlaps(r) || mentions.contains(where: { $0.range.overlaps(r) && ($0.specific || $0.kind != "civilians") }) { return }
        let institutions = Self.institutionWords, armed = Self.armedKinds
        for k in r {
            if doc.lexHas(k, .demonym) || institutions.contains(doc.tokens[k].lex) { return }
            if !doc.actorAt.isEmpty, doc.actorAt[k] >= 0,
               doc.actors[Int(doc.actorAt[k])].entries.contains(where: { extractor.actors.entries[Int($0)].type != .civilians }) { return }
            // a word for people inside it ("Children") gives way to the name; a word for forces does not
            if doc.lexHas(k, .actorword), doc.lexEntries(at: k, having: .actorword).contains(where: {
                lexicon.classes[Int($0)] == .actorword && armed.contains(lexicon.firstFields[Int($0)])
            }) { return }
        }
        if doc.places.contains(where: { $0.chosen != .max && r.overlaps($0.range) }) { return }
        mentions.removeAll { $0.range.overlaps(r) }
        let name = abbreviation.map { doc.string($0) + ": " + doc.string(r) } ?? doc.string(r)
        mentions.append(ActorMention(name: name, range: r, specific: true, kind: "named", agentCue: false,
                                     quoted: doc.tokens[first].flags.contains(.quoted), type: .politicalMilitia))
    }

    /// "The DGRF attacked a military vehicle", "CNPSC combatants kidnapped a driver", "BRG militants
    /// conducted an IED explosion": an abbreviation of three to seven capitals that is the subject
    /// of the event's verb (after "the", or before a word for a group's members) and that the actor
    /// list, the lexicon and the gazetteer do not know is a group the list lacks, named by its
    /// abbreviation. A word in capitals beside another (a headline) is none, nor an agency that
    /// arrests (only states arrest: "the RAB arrested" is the police's act).
    private func abbreviatedGroup(at t: Int, in range: Range<Int>, adding mentions: inout [ActorMention]) {
        let tok = doc.tokens[t]
        guard tok.length >= 3, tok.length <= 7, doc.lexAt[t] < 0, doc.actorAt.isEmpty || doc.actorAt[t] < 0 else { return }
        if t > range.lowerBound, doc.tokens[t - 1].flags.contains(.allCaps) { return }
        if t + 1 < range.upperBound, doc.tokens[t + 1].flags.contains(.allCaps) { return }
        let afterThe = t > range.lowerBound && word(t - 1, "the")
        let members = t + 1 < range.upperBound && doc.tokens[t + 1].isWord && Self.memberWords.contains(doc.tokens[t + 1].lex)
        guard afterThe || members, subjectOfVerb(after: t + 1, range) || members && subjectOfVerb(after: t + 2, range) else { return }
        // "the RAB arrested", "the INM detained": an agency that arrests is the state's, left to the
        // police the arrest names
        let verb = members ? t + 2 : t + 1
        if verb < range.upperBound, doc.lexHas(verb, .trigger), doc.lexEntries(at: verb).contains(where: { extractor.triggerType[Int($0)] == .arrests }) { return }
        let r = t..<(t + 1)
        if doc.sourceOverlaps(r) || mentions.contains(where: { $0.range.overlaps(r) }) { return }
        if doc.places.contains(where: { $0.chosen != .max && $0.range.contains(t) }) { return }
        // armed only when its members are named as fighters ("BRG militants"); "the DGRF" alone may be any body
        let fighters = members && !word(t + 1, "members") && !word(t + 1, "cadres")
        mentions.append(ActorMention(name: doc.string(r), range: r, specific: true, kind: "named", agentCue: agentCue(before: t, range),
                                     quoted: tok.flags.contains(.quoted), type: fighters ? .politicalMilitia : nil))
    }

    /// Words for a group's members after its name ("BRG militants", "CNPSC combatants").
    static let memberWords = WordSet(["militants", "militant", "combatants", "fighters", "members", "gunmen", "rebels", "cadres"])

    /// A demonym or an actor word of forces or gunmen at `j` ("police", "Turkish", "gunmen").
    private func armedWord(_ j: Int) -> Bool {
        if doc.lexHas(j, .demonym) { return true }
        return doc.lexEntries(at: j, having: .actorword).contains { id in
            let kind = lexicon.firstFields[Int(id)]
            return lexicon.classes[Int(id)] == .actorword && (kind == "military" || kind == "police" || kind == "unidentified" || kind == "rebels")
        }
    }

    /// "Katsina militiamen", "Meru ethnic militia": a militia named for its place or people, which ACLED
    /// calls "Katsina Communal Militia (Nigeria)" ("Meru Ethnic Militia (Kenya)" when the text says ethnic).
    private func communalMilitia(at t: Int, in range: Range<Int>, country: String, adding mentions: inout [ActorMention]) {
        var j = t - 1
        var ethnic = false
        while j >= range.lowerBound, word(j, "communal") || word(j, "ethnic") || word(j, "tribal") || word(j, "clan") {
            if word(j, "ethnic") || word(j, "tribal") { ethnic = true }
            j -= 1
        }
        guard j >= range.lowerBound, doc.tokens[j].kind == .word, doc.tokens[j].flags.contains(.capitalized),
              !doc.tokens[j].flags.contains(.possessive) else { return }
        // the sentence's first word is capitalized for being first ("Militiamen ...", "Armed militiamen")
        if doc.sentences[Int(doc.sentenceOf[j])].range.lowerBound == j, doc.lexAt[j] >= 0 { return }
        let r = j..<(t + 1)
        if mentions.contains(where: { $0.range.overlaps(r) && $0.specific }) { return }
        if doc.actorAt[j] >= 0 { return }
        mentions.removeAll { $0.range.overlaps(r) }
        let name = doc.string(j..<(j + 1)) + (ethnic ? " Ethnic Militia (" : " Communal Militia (") + country + ")"
        // "armed men (assumed Darfur communal militia)": the report's own guess names the agent
        let agent = agentCue(before: j, range) || believedCue(before: j, range)
        mentions.append(ActorMention(name: name, range: r, specific: agent || subjectOfVerb(after: t + 1, range), kind: "named",
                                     agentCue: agent, quoted: doc.tokens[j].flags.contains(.quoted), type: .identityMilitia))
    }

    /// "Israel struck ...", "Russia launched 40 missiles": a country's bare name as the subject of a
    /// violent verb is its forces (ACLED's stand-in name where it has one: the US in Syria is the
    /// Global Coalition). A country after a preposition ("in Syria") is a place.
    func stateSubjects(in range: Range<Int>, eventCountry: String?, on day: Day, adding mentions: inout [ActorMention]) {
        let g = extractor.gazetteer
        // (only where a place starts: a range whose sentences name none is not scanned)
        guard !range.isEmpty, (Int(doc.sentenceOf[range.lowerBound])...Int(doc.sentenceOf[range.upperBound - 1])).contains(where: { doc.placeSentences[$0] }) else { return }
        // read in place (no index array per sentence; the index itself read once, not per token)
        let placeAt = doc.placeAt
        for t in range where placeAt[t] >= 0 {
            let m = doc.places[Int(placeAt[t])]
            guard m.range.lowerBound == t, m.chosen != .max, g.places[Int(m.chosen)].kind == .country, let state = g.country(m.chosen) else { continue }
            var end = m.range.upperBound
            // "Russia and Belarus deployed ...": joint actors, the first named is actor 1
            if word(end, "and"), end + 1 < range.upperBound, doc.placeAt[end + 1] >= 0 {
                let second = doc.places[Int(doc.placeAt[end + 1])]
                if second.chosen != .max, g.places[Int(second.chosen)].kind == .country { end = second.range.upperBound }
            }
            // "Russia's forces shelled ...", "Russia's defence ministry said its forces ...": the country's
            // forces, in place of the generic word read as the event country's own
            if end == m.range.upperBound, let r = possessiveForces(after: end, range), !mentions.contains(where: { $0.range.overlaps(m.range) }) {
                let whole = m.range.lowerBound..<r.range.upperBound
                mentions.removeAll { $0.range.overlaps(whole) && !$0.specific }
                let name = r.police ? extractor.actors.forcesName(of: state, police: true, on: day)
                    : extractor.actors.standIn(for: state, in: eventCountry).map { extractor.actors.entries[Int($0)].canonical } ?? extractor.actors.forcesName(of: state, on: day)
                mentions.append(ActorMention(name: name, range: whole, specific: true, kind: r.police ? "police" : "military",
                                             agentCue: agentCue(before: m.range.lowerBound, range), quoted: false, type: .state))
                continue
            }
            guard end < range.upperBound, doc.tokens[end].kind == .word, !doc.tokens[end].flags.contains(.capitalized),
                  (doc.lexAt[end] >= 0 && doc.lexHas(end, .trigger)) || strikeVerb(end) else { continue }
            let before = m.range.lowerBound - 1
            if before >= range.lowerBound, placePreposition(before) { continue }
            if mentions.contains(where: { $0.range.overlaps(m.range) }) { continue }
            let name = extractor.actors.standIn(for: state, in: eventCountry).map { extractor.actors.entries[Int($0)].canonical }
                ?? extractor.actors.forcesName(of: state, on: day)
            mentions.append(ActorMention(name: name, range: m.range, specific: true, kind: "military",
                                         agentCue: agentCue(before: m.range.lowerBound, range), quoted: doc.tokens[m.range.lowerBound].flags.contains(.quoted),
                                         type: .state))
        }
    }

    /// After a country's name: "'s forces" / "'s police" (the forces word right after the possessive),
    /// or "'s defence ministry said its ...". The words' range, and whether they are police.
    private func possessiveForces(after end: Int, _ range: Range<Int>) -> (range: Range<Int>, police: Bool)? {
        guard end > 0, doc.tokens[end - 1].flags.contains(.possessive) else { return nil }
        if let r = defenceMinistryClaim(after: end, range) { return (r, false) }
        guard let (kind, r) = forcesWord(after: end, within: 1, range), r.lowerBound == end else { return nil }
        return (r, kind == "police")
    }

    /// Verbs news prose tells a state's strikes with, beyond the trigger lexicon's.
    private func strikeVerb(_ j: Int) -> Bool {
        word(j, "struck") || word(j, "launched") || word(j, "fired") || word(j, "pounded") || word(j, "bombed")
            || word(j, "hit") || word(j, "targeted") || word(j, "carried") || word(j, "conducted") || word(j, "attacked")
    }

    /// A word that makes the name after it a place ("in Syria", "across Ukraine").
    private func placePreposition(_ j: Int) -> Bool {
        word(j, "in") || word(j, "into") || word(j, "from") || word(j, "to") || word(j, "across") || word(j, "near")
            || word(j, "of") || word(j, "against") || word(j, "with") || word(j, "toward") || word(j, "towards")
            || word(j, "inside") || word(j, "within") || word(j, "at") || word(j, "on") || word(j, "over")
            || word(j, "between") || word(j, "through") || word(j, "for") || word(j, "via") || word(j, "entered")
            || word(j, "and")
    }

    /// "X militants attacked", "X carried out an arson attack", "X held a training": a verb (a
    /// trigger word, or one of the few verbs notes tell deeds with) follows the name, after at most
    /// a word for its members.
    private func subjectOfVerb(after end: Int, _ range: Range<Int>) -> Bool {
        var j = end
        if j < range.upperBound, word(j, "militants") || word(j, "members") || word(j, "fighters") || word(j, "forces") || word(j, "gunmen") { j += 1 }
        guard j < range.upperBound, doc.tokens[j].kind == .word, !doc.tokens[j].flags.contains(.capitalized) else { return false }
        if doc.lexAt[j] >= 0, doc.lexHas(j, .trigger) { return true }
        return word(j, "carried") || word(j, "conducted") || word(j, "held") || word(j, "opened") || word(j, "set")
            || word(j, "launched") || word(j, "claimed") || word(j, "stormed") || word(j, "seized") || word(j, "blew")
            || word(j, "dropped") || word(j, "staged") || word(j, "took") || word(j, "reportedly") || word(j, "also")
    }

    /// "Over 5,000 villagers fled", "936 people were evacuated", "civilians displaced by the fighting":
    /// people leaving their homes, named before the verb. The people may stand far from it: "400
    /// families from the villages of A and B (two sites) in C evacuated", "residents of X were displaced".
    func displaced(_ inc: Incident, _ mentions: [ActorMention]) -> Bool {
        let words = Self.displacementWords
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].kind == .word && words.contains(doc.tokens[t].lex) {
                let lo = max(range.lowerBound, t - 8)
                if mentions.contains(where: { $0.kind == "civilians" && $0.range.lowerBound >= lo && $0.range.upperBound <= t }) { return true }
                for j in max(range.lowerBound, t - 24)..<t where word(j, "people") || word(j, "persons") || word(j, "locals") || word(j, "households")
                    || word(j, "families") || word(j, "residents") || word(j, "villagers") || word(j, "inhabitants") {
                    return true
                }
            }
        }
        return false
    }
}
