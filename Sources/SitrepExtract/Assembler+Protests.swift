import SitrepModel

// MARK: - Protests: demonstrations, the authorities' intervention, and what a protest is about

extension Assembler {
    /// Whether the incident speaks of a demonstration (a riot during one is a violent demonstration).
    func mentionsDemonstration(_ inc: Incident) -> Bool {
        for k in inc.sentences {
            for t in doc.sentences[k].range where doc.tokens[t].kind == .word && Assembler.demonstrationStems.contains(doc.tokens[t].stem) {
                // "3 March 2022": a month is no march
                if doc.tokens[t].flags.contains(.capitalized), doc.lexHas(t, .month) { continue }
                return true
            }
        }
        return false
    }

    static let demonstrationStems = WordSet(hashes:
        ["demonstration", "demonstrating", "demonstrated", "demonstrators", "demonstrate", "protest", "protesting",
         "protesters", "protestors", "rally", "march", "protested",
         // a crowd that states a demand is demonstrating ("burnt tires to demand that electricity be restored")
         "demand", "demanding", "condemn", "condemning", "denounce", "denouncing", "reject", "rejecting",
         // barricades and burning tires are a demonstration's means, whatever is demanded
         "barricade", "barricaded", "barricades", "tires", "tyres"].map { word in Array(word.utf8).withUnsafeBufferPointer { Fold.stemHash($0) } }
    )

    /// Intervention words of the incident ("dispersed", "tear gas", "blocked", "prevented") that
    /// the authorities did, not the demonstrators: "protesters blocked the highway" is a protest,
    /// "police blocked the march" an intervention (ACLED: protest with intervention needs the
    /// authorities to act). The subject is the nearest actor word or actor name before the word
    /// in its sentence; a passive ("were dispersed") or an unknown subject counts. People held named
    /// as what the protest demands ("the release of detained activists") are no intervention of its.
    func interventions(in inc: Incident) -> Int {
        var n = 0
        for k in inc.sentences where doc.sentenceHas(k, .intervention) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .intervention) {
                // ("outside the press club": no one was clubbed)
                guard doc.lexEntries(at: t).contains(where: { Self.matchesAsWritten(lexicon.phraseLex[Int($0)], doc.tokens[t].lex) }) else { continue }
                if !demonstratorsDid(t, in: range), isReported(t, in: range), !dispersedOfItsOwnAccord(t, in: range),
                   !blocksAThoroughfare(t, in: range), !namesThePeopleHeld(t, in: range) { n += 1 }
            }
        }
        return n
    }

    /// The subject of the word at `t` is a crowd of demonstrators (an actor word of the
    /// `protesters` or `rioters` kind, or a protest trigger: "demonstrating"), read back to the
    /// clause's start; a passive voice, a state actor word, a named actor or another intervention
    /// word first says no.
    func demonstratorsDid(_ t: Int, in range: Range<Int>) -> Bool {
        readBackToSubject(from: t, in: range, window: 16) { j in
            let tok = doc.tokens[j]
            // a clause or another act in between: the crowd is no subject of this one ("police beat
            // the demonstrators, and fired tear gas", "dispersed the protesters and arrested ten")
            if tok.kind == .punct, tok.mark == 0x3B || tok.mark == 0x3A || tok.mark == 0x2C { return false }
            if doc.lexHas(j, .intervention) { return false }
            if !doc.actorAt.isEmpty, doc.actorAt[j] >= 0, !doc.actors[Int(doc.actorAt[j])].entries.isEmpty {
                // "protesters" is also the generic actor of that name; civilians ("students",
                // "workers") are no authority that could intervene
                let entries = doc.actors[Int(doc.actorAt[j])].entries
                return entries.allSatisfy { let t = extractor.actors.entries[Int($0)].type; return t == .protesters || t == .rioters || t == .civilians }
            }
            for id in doc.lexEntries(at: j) {
                if lexicon.classes[Int(id)] == .actorword {
                    let kind = lexicon.firstFields[Int(id)]
                    if kind == "protesters" || kind == "rioters" { return true }
                    if kind == "police" || kind == "military" { return false }
                }
                if let sub = extractor.triggerType[Int(id)], sub.eventType == .protests || sub.eventType == .riots { return true }
            }
            return nil
        }
    }

    /// Reads back from the act at `t`, at most `window` tokens, for its subject: `verdict` says yes
    /// or no at a token, or nil to read on; a passive right before the act ("were attacked": the
    /// subject is the victim, also past one adverb: "were peacefully removed") and no verdict are no.
    func readBackToSubject(from t: Int, in range: Range<Int>, window: Int, _ verdict: (Int) -> Bool?) -> Bool {
        let auxiliary = { (j: Int) in doc.tokens[j].isWord && Self.passiveAuxiliaries.contains(doc.tokens[j].lex) }
        if t > range.lowerBound, auxiliary(t - 1) { return false }
        if t > range.lowerBound + 1, auxiliary(t - 2), doc.tokens[t - 1].isWord, doc.string(t - 1..<t).hasSuffix("ly") { return false }
        var j = t - 1
        while j >= max(range.lowerBound, t - window) {
            if let v = verdict(j) { return v }
            j -= 1
        }
        return false
    }

    /// Roads blocked with objects, or objects set on fire: "blocked the highway with tires and
    /// rocks", "setting obstacles on fire", "burned mattresses". ACLED: barricades and burning
    /// objects make a demonstration violent (a riot), where "blocked the road" alone is a
    /// protest. Scored like a riot word ("barricades") in sentence `k`, once.
    func proposeBarricade(_ ev: inout Evidence, sentence k: Int) {
        if !ev.scores.isEmpty, ev.scores[SubEventType.violentDemonstration.rawValue] > 0 { return }
        guard sentenceWords(k).contains(.barricadeStart) else { return }
        let range = doc.sentences[k].range
        // the set is read once: a static read in the loop copies it (and retains its storage) per token
        let starts = Self.barricadeStarts
        for t in range where doc.tokens[t].isWord && starts.contains(doc.tokens[t].lex) {
            let lex = doc.tokens[t].lex
            var found = false
            if Self.blockWords.contains(lex) {
                // "blocked the main road in the town with sandbags, tires and rocks"
                var j = t + 1
                while j < min(range.upperBound, t + 9), !found {
                    if doc.tokens[j].kind == .punct, doc.tokens[j].mark != 0x2C { break }
                    if word(j, "with") { found = (j + 1..<min(range.upperBound, j + 7)).contains { material($0) } }
                    j += 1
                }
            } else if Self.burnWords.contains(lex) {
                found = t + 1 < range.upperBound && material(t + 1)
            } else if material(t) {
                // "setting obstacles on fire", "tires ablaze", "used logs to block the road"
                found = t + 2 < range.upperBound && (word(t + 1, "on") && word(t + 2, "fire") || word(t + 1, "ablaze")
                    || word(t + 1, "to") && doc.tokens[t + 2].isWord && Self.blockWords.contains(doc.tokens[t + 2].lex))
            }
            if found {
                ev.propose(.violentDemonstration, weight: Self.barricadeWeight * reportFactor(trigger: t, end: t + 1, sentence: range), trigger: t)
                return
            }
        }
    }

    private func material(_ j: Int) -> Bool { doc.tokens[j].isWord && Self.barricadeMaterials.contains(doc.tokens[j].lex) }

    /// A riot word's weight in the lexicon ("barricades", "burning tires").
    static let barricadeWeight = 2.3
    static let blockWords = WordSet(["blocked", "blocking", "block", "blocks", "blockaded", "barricaded", "cut"])
    static let burnWords = WordSet(["burned", "burnt", "burning", "burn", "torched"])
    static let barricadeMaterials = WordSet(
        ["tires", "tyres", "tire", "tyre", "rocks", "stones", "logs", "trunks", "branches", "sandbags", "rubble", "rubbish", "debris",
         "obstacles", "bricks", "boulders", "wood", "trees", "garbage", "trash", "mattresses", "objects"])
    /// Any word that can start a barricade (`proposeBarricade` reads on only from one of these).
    static let barricadeStarts = WordSet(["blocked", "blocking", "block", "blocks", "blockaded", "barricaded", "cut", "burned", "burnt", "burning",
                                          "burn", "torched", "tires", "tyres", "tire", "tyre", "rocks", "stones", "logs", "trunks", "branches",
                                          "sandbags", "rubble", "rubbish", "debris", "obstacles", "bricks", "boulders", "wood", "trees",
                                          "garbage", "trash", "mattresses", "objects"])

    static let passiveAuxiliaries: [UInt64] = ["was", "were", "been", "being", "be", "is", "are"].map { DateResolver.lexHash($0) }

    /// Every arrest or use of force in the incident is what the protest is about ("protesting the
    /// arrest of 15 activists", "against activists who had been detained", "to condemn the attack"),
    /// not something done to the protesters.
    func interventionIsOnlyTheCause(_ inc: Incident) -> Bool {
        onlyTheCause(inc, describes: { t, range in describesTheDetained(t, in: range) }) { t, range in
            // (the word's entries first: most words are no arrest or intervention, and
            // `reportFactor` reads around each it is asked of)
            let ids = doc.lexEntries(at: t)
            let arrest = ids.contains(where: { extractor.triggerType[Int($0)] == .arrests })
            guard arrest || ids.contains(where: { lexicon.classes[Int($0)] == .intervention }) else { return false }
            // one only demanded ("calling for the judiciary to arrest them") is no act
            guard isReported(t, in: range) else { return false }
            if arrest { return true }
            // what the demonstrators did themselves ("protesters blocked the road") is no intervention
            return !demonstratorsDid(t, in: range)
        }
    }

    /// The word at `t` tells what happened, not what someone demanded, feared or denied ("called on
    /// the governor to remove the checkpoint"): `reportFactor` leaves it whole.
    private func isReported(_ t: Int, in range: Range<Int>) -> Bool {
        reportFactor(trigger: t, end: doc.lexRange(at: t)?.upperBound ?? t + 1, sentence: range) == 1
    }

    /// Every violence, riot or destruction word of the incident is what the protest is about
    /// ("protested against the military offensive", "against the decision to demolish houses"):
    /// the demonstrators neither fought nor rioted.
    func violenceIsOnlyTheCause(_ inc: Incident) -> Bool {
        onlyTheCause(inc, describes: { t, range in namesTheirKin(t, in: range) || namesALandmark(t) },
                     describesOverAVerb: { t, range in namesTheirKin(t, in: range) }) { t, _ in
            doc.lexEntries(at: t).contains { id in
                guard let sub = extractor.triggerType[Int(id)] else { return false }
                return sub.eventType.isViolent || sub.eventType == .riots || sub == .looting
            }
        }
    }

    /// The incident has a word that `counts` (token, sentence), and each has a cause word
    /// ("against", "over", "condemning", "demanding"...) within six words before it.
    /// An arrest word that describes people rather than tells an act: in the perfect passive
    /// ("relatives of prisoners who have been detained for decades", "had been arrested"), after
    /// "being" ("after being arrested by soldiers") or as a state ("under state detention", "in
    /// detention"). What a protest is about, not an intervention in it.
    func describesTheDetained(_ t: Int, in range: Range<Int>) -> Bool {
        guard t >= range.lowerBound + 1 else { return false }
        if word(t - 1, "being") || word(t - 1, "under") || word(t - 1, "in") { return true }
        // "after being injured and arrested"
        if t >= range.lowerBound + 3, word(t - 1, "and"), word(t - 3, "being") { return true }
        if t >= range.lowerBound + 2, word(t - 1, "been"), word(t - 2, "have") || word(t - 2, "has") || word(t - 2, "had") { return true }
        if t >= range.lowerBound + 2, word(t - 2, "under") || word(t - 2, "in"), doc.tokens[t - 1].isWord { return true }  // "under state detention"
        return false
    }

    private func onlyTheCause(_ inc: Incident, describes: (Int, Range<Int>) -> Bool = { _, _ in false },
                              describesOverAVerb: (Int, Range<Int>) -> Bool = { _, _ in false }, _ counts: (Int, Range<Int>) -> Bool) -> Bool {
        var any = false
        for k in inc.sentences {
            let range = doc.sentences[k].range
            for t in range where doc.lexAt[t] >= 0 {
                guard counts(t, range) else { continue }
                any = true
                // a past-tense verb after a noun is the clause's act ("protesters denouncing the
                // price rise torched a car"): what a protest is about is named as a noun
                // (a verb that only says who someone is: "relatives of people who disappeared held a sit-in")
                if actsAsVerb(t, in: range), !describesOverAVerb(t, range) { return false }
                if describes(t, range) { continue }
                var cause = false, joined = false
                var j = t - 1
                while j >= max(range.lowerBound, t - 6), !cause {
                    if doc.tokens[j].isWord, Self.causeWords.contains(doc.tokens[j].lex) { cause = true }
                    // "residents protesting the killing of a youth set fire to a post": another act
                    // in between is what the cause word names; this one is the clause's own verb
                    // (unless joined to it: "the arrest and killing of activists")
                    if doc.tokens[j].kind == .punct || word(j, "and") || word(j, "or") { joined = true }
                    if !cause, !joined, doc.lexAt[j] >= 0, doc.lexHas(j, .trigger) || doc.lexHas(j, .kill) { break }
                    j -= 1
                }
                if !cause { return false }
            }
        }
        return any
    }

    /// The word at `t` reads as a past-tense verb: it ends in "-ed" (or is an irregular past:
    /// "threw", "burnt") and follows a word that is no determiner or possessive ("the
    /// alleged shelling" is a noun phrase, "the price rise torched" a verb after its subject).
    func actsAsVerb(_ t: Int, in range: Range<Int>) -> Bool {
        guard t > range.lowerBound, doc.tokens[t].isWord, doc.tokens[t - 1].isWord, !Self.determiners.contains(doc.tokens[t - 1].lex),
              !Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex) else { return false }
        return Self.irregularPasts.contains(doc.tokens[t].lex) || doc.string(t..<t + 1).lowercased().hasSuffix("ed")
    }

    private static let irregularPasts = WordSet(["threw", "burnt", "set", "fought", "stole", "shot", "beat", "hurled", "struck", "broke", "smashed"])

    private static let causeWords = WordSet(hashes: ["against", "condemn", "condemning", "denounce", "denouncing", "protest", "protesting",
                                                      "protested", "over", "release", "demanding", "demand", "support", "solidarity"]
                                                        .map { DateResolver.lexHash($0) })

    /// An arrest told before any protest, where the protest is what the arrested did, are accused
    /// of or wrote about, not an event of its own: "a deputy was arrested for supporting
    /// demonstrations", "police arrested 30 youths who had taken part in a protest last week". The
    /// arrested are not the subject's protesters ("protesters were arrested"), nor arrested while
    /// protesting ("arrested 20 people who were demonstrating": an intervention).
    func protestIsOnlyTheReason(_ inc: Incident) -> Bool {
        guard let arrest = triggerRange(inc, .arrests), let protest = triggerRange(inc, .peacefulProtest),
              protest.lowerBound > arrest.upperBound else { return false }
        let t = arrest.lowerBound
        let sentence = doc.sentences[Int(doc.sentenceOf[t])].range
        for i in sentence.lowerBound..<t where doc.lexAt[i] >= 0 {
            let kinds = doc.lexEntries(at: i).filter { lexicon.classes[Int($0)] == .actorword }.map { lexicon.firstFields[Int($0)] }
            if kinds.contains("protesters") || kinds.contains("rioters") { return false }
        }
        if t > 0, word(t - 1, "was") || word(t - 1, "were") { return true }
        // active voice: a reason word between the arrest and the protest, which is not told as ongoing
        let p = protest.lowerBound
        if p > 0, doc.tokens[p - 1].isWord, Self.ongoingWords.contains(doc.tokens[p - 1].lex) { return false }
        // "detained residents who were taking part in the protest": arrested while protesting
        for i in arrest.upperBound..<(p - 1) where doc.tokens[i].isWord && Self.ongoingWords.contains(doc.tokens[i].lex) {
            if doc.tokens[i + 1].isWord, doc.string(i + 1..<i + 2).hasSuffix("ing") { return false }
        }
        for i in arrest.upperBound..<p where doc.tokens[i].isWord && Self.reasonWords.contains(doc.tokens[i].lex) {
            return !(word(i, "who") && arrestedAsTheyGathered(who: i, in: sentence))
        }
        return false
    }

    /// The people an arrest word of the incident holds are demonstrators: its object ("arrested 11
    /// participants", "detained the activists") or, in the passive, its subject ("17 protesters
    /// were arrested", "the activists were later detained"). Arresting them intervenes in their
    /// protest (ACLED: protest with intervention), however many arrest words the text has.
    func arrestsDemonstrators(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range where doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .arrests }) {
                let passive = t > range.lowerBound && doc.tokens[t - 1].isWord && Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex)
                    || t > range.lowerBound + 1 && doc.tokens[t - 2].isWord && Self.passiveAuxiliaries.contains(doc.tokens[t - 2].lex)
                let side = passive ? max(range.lowerBound, t - 6)..<t : t + 1..<min(range.upperBound, t + 6)
                for j in side {
                    if doc.tokens[j].kind == .punct { if passive { continue } else { break } }
                    if demonstrator(at: j) { return true }
                }
            }
        }
        return false
    }

    /// An attack word of the incident ("opened fire on", "shot", "beat") whose object is the
    /// demonstrators ("opened fire on demonstrators", "shot two protesters"; in the passive, its
    /// subject: "protesters were shot") and whose subject is not a crowd of them: force used on a
    /// demonstration. ACLED: demonstrators targeted with lethal force or force that kills or badly
    /// hurts them is excessive force against protesters (the caller asks for a toll); force that
    /// hurts no one, even a beating or shots, is an intervention.
    func forceOnDemonstrators(_ inc: Incident, byKilling: Bool = false) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, byKilling ? .kill : .trigger) {
            let range = doc.sentences[k].range
            for t in range where byKilling ? doc.lexHas(t, .kill)
                    : doc.lexHas(t, .trigger) && doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .attack }) {
                let end = doc.lexRange(at: t)?.upperBound ?? t + 1
                let passive = t > range.lowerBound && doc.tokens[t - 1].isWord && Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex)
                if !passive, demonstratorsDid(t, in: range) { continue }
                if toldOfAnEarlierDay(t, in: range) { continue }
                let side = passive ? max(range.lowerBound, t - 5)..<t : end..<min(range.upperBound, end + 6)
                for j in side {
                    if !passive, doc.tokens[j].kind == .punct { break }
                    // (the dead are named as protesters: "killed thousands" tells a massacre, not a march's dead)
                    if byKilling ? doc.tokens[j].isWord && Self.protestPersonWords.contains(doc.tokens[j].lex)
                        : demonstrator(at: j) || doc.lexEntries(at: j).contains(where: { extractor.triggerType[Int($0)] == .peacefulProtest }) { return true }
                    // "shot dead a boy during a rally": the victim was at the protest (see `victimAtAProtest`)
                    if !passive, victimAtAProtest(after: j, in: range) { return true }
                }
            }
        }
        return false
    }

    /// The word at `t` is in a "when" clause of an earlier day ("the previous day, when security
    /// forces opened fire on protesters", "last week when police shot two marchers"): what the
    /// protest remembers, not what happened at it.
    func toldOfAnEarlierDay(_ t: Int, in range: Range<Int>) -> Bool {
        var j = t - 1
        while j >= max(range.lowerBound, t - 8) {
            if word(j, "when") {
                for i in max(range.lowerBound, j - 8)..<j where doc.tokens[i].isWord && Self.earlierWords.contains(doc.tokens[i].lex) { return true }
                return false
            }
            j -= 1
        }
        return false
    }

    static let earlierWords = WordSet(["previous", "earlier", "last", "before", "prior", "ago", "preceding", "yesterday"])

    /// A protesters' actor word ("activists", "residents") or a word for those who take part.
    func demonstrator(at j: Int) -> Bool {
        if doc.tokens[j].isWord, Self.participantWords.contains(doc.tokens[j].lex) { return true }
        guard doc.lexHas(j, .actorword) else { return false }
        return doc.lexEntries(at: j).contains { lexicon.classes[Int($0)] == .actorword && lexicon.firstFields[Int($0)] == "protesters" }
    }

    private static let protestPersonWords = WordSet(Lexicon.protestPersons)
    private static let participantWords = WordSet(["participants", "people", "persons", "organisers", "organizers", "marchers", "picketers"])

    private static let reasonWords: [UInt64] = ["who", "for", "accused", "after", "following", "because", "over"].map { DateResolver.lexHash($0) }
    private static let ongoingWords: [UInt64] = ["were", "was", "are", "while", "during"].map { DateResolver.lexHash($0) }

    /// Every violence word of the incident comes after its first arrest word, in the same sentence,
    /// with a reason word between ("arrested six locals in relation to the explosion", "arrested
    /// a man, accusing him of carrying out bombings", "following an attack"): the arrest is the event.
    func violenceIsOnlyTheReason(_ inc: Incident) -> Bool {
        guard let arrest = triggerRange(inc, .arrests) else { return false }
        let sentence = doc.sentenceOf[arrest.lowerBound]
        var firstViolence: Int? = nil
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            for t in doc.sentences[k].range where doc.lexHas(t, .trigger) && isViolenceWord(t) {
                if doc.sentenceOf[t] != sentence || t < arrest.upperBound { return false }
                if firstViolence == nil { firstViolence = t }
            }
        }
        guard let v = firstViolence else { return false }
        // "detained them after beating them": the violence is done to the arrested, by those who
        // arrest; it is part of the event, not its reason
        if violenceOnTheArrested(v, in: doc.sentences[Int(sentence)].range) { return false }
        for i in arrest.upperBound..<v where doc.tokens[i].isWord && Self.arrestReasonWords.contains(doc.tokens[i].lex) { return true }
        return false
    }

    private static let arrestReasonWords: [UInt64] =
        ["after", "following", "for", "over", "accused", "accusing", "suspected", "relation", "connection", "involvement",
         "responsible", "allegations", "alleged", "where", "who"].map { DateResolver.lexHash($0) }
}

extension Assembler {
    /// A protest verb joined by "and" to a verb of destruction or assault, the demonstrators its
    /// subject: "demonstrated and destroyed facilities", "protested and stormed the office".
    /// ACLED: any violence by demonstrators makes the demonstration violent. The crowd's subject
    /// is read only before a verb (`crowdActs`), which "and" ends.
    func demonstratedAndRioted(_ inc: Incident) -> Bool {
        for k in inc.sentences where doc.sentenceHas(k, .trigger) {
            let range = doc.sentences[k].range
            for t in range.dropLast(2) where doc.lexHas(t, .trigger) && word(t + 1, "and") {
                let next = doc.tokens[t + 2]
                guard next.isWord, Self.riotVerbs.contains(next.lex) else { continue }
                if doc.lexEntries(at: t).contains(where: { extractor.triggerType[Int($0)] == .peacefulProtest }) { return true }
            }
        }
        return false
    }

    /// ("set" and "threw" are left out: "set up a camp", "threw flowers")
    static let riotVerbs = WordSet(["destroyed", "damaged", "vandalized", "vandalised", "smashed", "burned", "burnt", "torched", "stormed",
                                    "attacked", "assaulted", "beat", "looted", "ransacked", "pelted", "clashed"])
}
