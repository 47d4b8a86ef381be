import SitrepModel

// MARK: - Crowds: violence by unorganised groups is a riot (ACLED mob violence)

extension Assembler {
    /// The subject of a battle, attack or destruction word of the incident is an unorganised crowd: "residents
    /// clashed", "villagers beat a suspected thief", "a clash between two groups of farmers", "was
    /// beaten up by locals". ACLED codes violence by groups that are not organised armed actors
    /// (villagers, relatives, party supporters, communities) as mob violence, not a battle or an
    /// attack. A crowd word elsewhere is no agent: "residents said heavy fighting continued",
    /// "gunmen attacked villagers", "villagers were attacked by gunmen".
    /// `acts` picks the sub-types whose words are read (by default battles, attacks and destruction).
    func crowdActs(_ inc: Incident, acts: (SubEventType) -> Bool = { $0.eventType == .battles || $0 == .attack || $0 == .looting }) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) {
                guard doc.lexEntries(at: t).contains(where: { id in extractor.triggerType[Int(id)].map(acts) ?? false }) else { continue }
                // who fires guns is armed, however it is named ("a group that had fired at troops",
                // "villagers opened fire on the raiders": a militia, not a mob)
                if firesGuns(t) { continue }
                let end = doc.lexRange(at: t)?.upperBound ?? t + 1
                if let agent = crowdAgent(after: end, in: range) {
                    if agent { return true }
                } else if crowdSubject(before: t, in: range) || crowdSubjectAcrossPlace(before: t, in: range) {
                    // (a crowd placed before its act: "a crowd in the town of X beat", see `crowdSubjectAcrossPlace`)
                    return true
                }
            }
        }
        return false
    }

    /// Property burned or smashed with no crowd acting and no rioters named: "soldiers torched
    /// eight houses", "unidentified arsonists set fire to a car", "men on a motorcycle threw
    /// Molotov cocktails at two shops". ACLED codes destruction by an organised or unknown group
    /// as property destruction; a riot needs a crowd.
    func destroysPropertyWithoutCrowd(_ inc: Incident) -> Bool {
        var property = false
        // (the words are read once, not per token: on Linux every read of a static calls swift_once)
        let propertyRiotWords = Self.propertyRiotWords
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.tokens[t].isWord && propertyRiotWords.contains(doc.tokens[t].lex) && doc.lexHas(t, .trigger) {
                if doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)]?.eventType == .riots }) { property = true }
            }
        }
        return property && count(.actorword, in: inc, kind: "rioters") == 0 && !crowdActs(inc) { $0.eventType == .riots || $0 == .looting }
    }

    /// "fired", "shot", "opened fire" at `t`: a gun's act.
    private func firesGuns(_ t: Int) -> Bool {
        guard doc.tokens[t].isWord else { return false }
        if Self.firingWords.contains(doc.tokens[t].lex) { return true }
        return word(t, "opened") && t + 1 < doc.tokens.count && word(t + 1, "fire")
    }

    static let firingWords = WordSet(["fired", "firing", "shot", "shooting", "gunfire"])

    static let propertyRiotWords = WordSet(["torched", "torching", "torch", "set", "setting", "sets", "vandalized", "vandalised",
                                            "vandalizing", "vandalising", "vandalism", "smashed", "smashing", "molotov", "petrol", "firebombs"])

    /// Read back from the act at `t` up to seven tokens: a crowd first says yes; an armed actor,
    /// a passive ("were attacked": the crowd is the victim), a clause word, a speech, source,
    /// `notreport` or `nonevent` word or another trigger says no.
    func crowdSubject(before t: Int, in range: Range<Int>) -> Bool {
        readBackToSubject(from: t, in: range, window: 7) { j in
            let tok = doc.tokens[j]
            if tok.kind == .punct, tok.mark != 0x2C { return false }
            if tok.kind == .word, Self.clauseWords.contains(tok.lex) { return false }
            // "party members allegedly beat": a hedge between subject and verb is no subject
            if tok.kind == .word, Self.hedgeAdverbs.contains(tok.lex) { return nil }
            // "residents armed with sticks set upon two men": sticks and clubs make no armed group
            if tok.kind == .word, Self.crowdArms.contains(tok.lex) { return nil }
            if let crowd = crowd(at: j) { return crowd }
            let c = doc.lexClasses(at: j)
            if c.contains(.certainty) || c.contains(.attribution) || c.contains(.notreport) || c.contains(.nonevent) || c.contains(.trigger) { return false }
            return nil
        }
    }

    /// "A clash between two groups", "beaten up and killed by residents", "clashes erupted among villagers":
    /// "between", "among" or "by" within four tokens after the act, then the first side named.
    /// Nil when no such word follows (the subject decides).
    private func crowdAgent(after end: Int, in range: Range<Int>) -> Bool? {
        var i = end
        while i < min(range.upperBound, end + 4), !(doc.tokens[i].isWord && Self.sideWords.contains(doc.tokens[i].lex)) {
            if doc.tokens[i].kind == .punct { return nil }
            i += 1
        }
        guard i < min(range.upperBound, end + 4) else { return nil }
        var j = i + 1
        while j < min(range.upperBound, i + 7) {
            if doc.tokens[j].kind == .punct { return nil }
            if let crowd = crowd(at: j) { return crowd }
            j += 1
        }
        return nil
    }

    /// Whether the token at `j` names a crowd (true), an organised armed actor (false) or neither
    /// (nil). A crowd: an actor word of the `protesters` or `rioters` kind ("residents",
    /// "supporters", "youths"), a crowd noun ("villagers", "locals", "relatives", "two groups"), a
    /// political party or a protesters' or rioters' actor; "armed" or "unidentified" before the
    /// noun makes it armed ("unknown people", "armed villagers").
    private func crowd(at j: Int) -> Bool? {
        // "March" as a month is no "March 23 Movement"
        if doc.tokens[j].flags.contains(.capitalized), doc.lexHas(j, .month) { return nil }
        var isCrowd = false
        if !doc.actorAt.isEmpty, doc.actorAt[j] >= 0, !doc.actors[Int(doc.actorAt[j])].entries.isEmpty, !isCrowdNoun(doc.actors[Int(doc.actorAt[j])].range) {
            let crowdLike = doc.actors[Int(doc.actorAt[j])].entries.allSatisfy { id in
                let e = extractor.actors.entries[Int(id)]
                return e.type == .protesters || e.type == .rioters || e.type == .civilians || e.cameo.hasSuffix("PTY")
            }
            guard crowdLike else { return false }
            isCrowd = true
        } else {
            isCrowd = doc.tokens[j].isWord && Self.crowdWords.contains(doc.tokens[j].lex)
            if doc.lexHas(j, .actorword) {
                for id in doc.lexEntries(at: j) where lexicon.classes[Int(id)] == .actorword {
                    let kind = lexicon.firstFields[Int(id)]
                    if kind == "protesters" || kind == "rioters" { isCrowd = true } else if Self.armedKinds.contains(kind) { return false }
                }
            }
        }
        guard isCrowd else { return nil }
        // "two factions of pro-government forces" are armed
        if j + 2 < doc.tokens.count, word(j + 1, "of") {
            for i in (j + 2)..<min(doc.tokens.count, j + 6) where crowd(at: i) == false { return false }
        }
        if j > 0, doc.tokens[j - 1].isWord, doc.tokens[j - 1].lex == Self.armedWord || doc.lexHas(j - 1, .actorword) && !(crowd(at: j - 1) ?? true) {
            return false
        }
        return true
    }

    /// Every mob violence word of the incident is part of a militia's mention, resolved for the
    /// event's country ("vigilantes" are Nigeria's Civilian JTF, a militia; in other countries
    /// the word names a mob): the words say who acted, not that a mob did.
    func everyRiotWordNamesAMilitia(_ inc: Incident, mentions: [ActorMention]) -> Bool {
        var any = false
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .mobViolence }) {
                guard mentions.contains(where: { $0.range.contains(t) && ($0.type == .politicalMilitia || $0.type == .identityMilitia) }) else { return false }
                any = true
            }
        }
        return any
    }

    /// A mention of a political party as a party: one the actor list files as a party, or one whose
    /// name is a "Party" and whose words here name no armed wing ("the Kurdistan Democratic
    /// Party", "the KDP", not "KDP Peshmerga" or "KDP forces"). Its members are civilians to ACLED.
    func namesParty(_ m: ActorMention) -> Bool {
        if isParty(m) { return true }
        guard m.name.containsASCII(" Party"), !m.range.isEmpty else { return false }
        let after = m.range.upperBound
        for j in m.range.lowerBound..<min(doc.tokens.count, after + 1) where doc.tokens[j].isWord && Self.armedWingWords.contains(doc.tokens[j].lex) {
            return false
        }
        return true
    }

    static let armedWingWords = WordSet(["peshmerga", "forces", "force", "fighters", "militia", "militiamen", "gunmen", "units", "brigade", "army", "guards"])

    /// One crowd noun alone ("relatives", "villagers"), even where the actor list files it under a
    /// communal group: the noun says who acted, "armed" before it (read in `crowd(at:)`) makes them armed.
    func isCrowdNoun(_ r: Range<Int>) -> Bool {
        r.count == 1 && doc.tokens[r.lowerBound].isWord && Self.crowdWords.contains(doc.tokens[r.lowerBound].lex)
    }

    /// A political party's members or supporters: a crowd when they fight (ACLED codes party
    /// clashes as mob violence); parties are the entries whose CAMEO code ends in "PTY".
    func isParty(_ m: ActorMention) -> Bool {
        extractor.actors.partyNames.contains(m.name)
    }

    /// Nouns for people who are no organised armed group (with the `protesters` actor words of
    /// the lexicon): read only as the subject or the sides of a violent act.
    static let crowdWords = WordSet(hashes:
        ["villagers", "locals", "people", "persons", "relatives", "neighbours", "neighbors", "groups", "group", "community",
         "communities", "factions", "cadres", "members", "member", "youth", "mob", "crowd", "inhabitants", "passersby", "residents", "villages"]
            .map { DateResolver.lexHash($0) })
    /// What a crowd is armed with and still a crowd (ACLED: rioters with sticks and stones), read
    /// through between the crowd and its act.
    static let crowdArms = WordSet(["armed", "with", "sticks", "clubs", "stones", "rocks", "rods", "bars", "iron", "whips", "canes", "bricks"])
    /// Adverbs that hedge the act ("allegedly beat", "reportedly attacked"): read through, not as a claim.
    static let hedgeAdverbs = WordSet(["allegedly", "reportedly", "purportedly", "apparently", "reported"])
    static let sideWords: [UInt64] = ["between", "among", "by"].map { DateResolver.lexHash($0) }
    static var armedWord: UInt64 { DateResolver.lexHash("armed" as StaticString) }
}
