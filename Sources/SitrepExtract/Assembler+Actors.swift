// MARK: - Actors and attribution

extension Assembler {
    struct ActorMention {
        var name: String
        var range: Range<Int>
        var specific: Bool
        var kind: String  // military, police, protesters, rioters, unidentified, civilians, rebels, named
        var agentCue: Bool  // after "by", or "believed to be" / "suspected"
        var quoted: Bool
        var type: ActorType? = nil
        /// Followed by "was/were killed/wounded": the victim of the event, not its agent.
        var isVictim = false
        /// After "operating under" / "under the banner of": the umbrella the subject acts for.
        var isUmbrella = false
        /// In a coder's note "(coded as X)": the name the report itself settles on.
        var isCodedAs = false
        /// After "targeting", "against", "killing"...: what the event hit, not who did it.
        var isTarget = false
        /// "X reported that", "police found the body": tells of or comes upon the event, did not do it.
        var isWitness = false
        /// An organised armed actor (state forces, rebels, militias), as opposed to civilians, protesters, rioters.
        var isArmed: Bool {
            if let type { return type == .state || type == .rebel || type == .politicalMilitia || type == .identityMilitia || type == .external }
            return kind == "military" || kind == "police" || kind == "unidentified" || kind == "rebels" || kind == "tribal"
        }
    }

    /// Places where "the army", "troops" and "soldiers" are another state's: the Palestinian
    /// territories have no army of their own (the Palestinian Authority's forces are its security
    /// forces, named as such), so the army in a West Bank or Gaza story is Israel's.
    static let armyOf: [String: String] = ["Palestine": "Israel"]

    func eventCountry(_ inc: Incident, place: ChosenPlace?) -> String? {
        let g = extractor.gazetteer
        if let place, let c = g.country(place.id) { return c }
        if let hint = countryHint { return hint }
        guard let top = countries.first else { return nil }
        if let m = doc.places.first(where: { $0.chosen != .max && g.places[Int($0.chosen)].countryKey == top }) { return g.country(m.chosen) }
        return nil
    }

    func actorMentions(_ inc: Incident, country: String?) -> [ActorMention] {
        var out: [ActorMention] = []
        let c = country ?? "Unknown"
        // some names change side with the date (the Taliban are the state from August 2021)
        let day = inc.date?.day ?? published
        // the state forces named last: a bare "soldiers" or "troops" after "Israeli forces"
        // in the West Bank or "Turkish troops" in Syria refers back to them, not to the country's own
        var lastForces: String? = nil
        var order = inc.ownSentences
        if let h = inc.headline { order.insert(h, at: 0) }
        // one buffer for every sentence's mentions (copied into `out`, so it stays unique and keeps its capacity)
        var inSentence: [ActorMention] = []
        for k in order {
            let range = doc.sentences[k].range
            // named actors
            inSentence.removeAll(keepingCapacity: true)
            // (the matches in order, read from the token index: no array of their indices)
            for t in doc.sentenceSummary[k].hasActor ? range : range.upperBound..<range.upperBound {
                guard let a = doc.actorStarting(at: t) else { continue }
                let m = doc.actors[a]
                if doc.sourceOverlaps(m.range), !sourceTellsOwnDeed(m.range, range) { continue }
                guard let id = resolveActor(m, country: country, day: day) else { continue }
                // "anti-Houthi forces" fight the Houthis
                let first = m.range.lowerBound
                if first > 0, doc.tokens[first - 1].flags.contains(.hyphenNext), word(first - 1, "anti") { continue }
                let end = m.range.upperBound - 1
                if doc.tokens[end].flags.contains(.hyphenNext), end + 1 < doc.tokens.count,
                   word(end + 1, "held") || word(end + 1, "controlled") || word(end + 1, "backed") || word(end + 1, "linked") { continue }
                // "the Israel-Hamas war", "Russia-Ukraine talks": the sides named in a war's name act in no incident
                if namesAWarsSides(m.range) { continue }
                // "a Taliban-planted IED", "Houthi-laid mines": the group did it
                let planted = doc.tokens[end].flags.contains(.hyphenNext) && Document.agentParticiple(doc.tokens, end + 1)
                // fields read in place: copying an entry would retain all its strings
                let type = extractor.actors.entries[Int(id)].type
                // "refugees", "journalists", "workers" of no one country: ACLED's actor is the country's
                // civilians (or protesters); the group is only an associated actor
                var name = extractor.actors.entries[Int(id)].canonical
                // a coalition that stands in for a state's forces abroad is that state's forces at home
                // ("Saudi-led coalition airstrikes hit Najran": Saudi forces in Saudi Arabia)
                if let country, extractor.actors.entries[Int(id)].country != country,
                   extractor.actors.entries[Int(id)].standsFor.contains(where: { $0 == country.lowercased() }) {
                    name = extractor.actors.forcesName(of: country, on: day)
                }
                if extractor.actors.entries[Int(id)].country.isEmpty {
                    if type == .civilians { name = "Civilians (\(c))" } else if type == .protesters { name = "Protesters (\(c))" }
                }
                inSentence.append(ActorMention(name: name, range: m.range,
                                        specific: !extractor.actors.generic[Int(id)] && type != .civilians, kind: kindOf(type),
                                        agentCue: planted || agentCue(before: m.range.lowerBound, range), quoted: doc.tokens[m.range.lowerBound].flags.contains(.quoted), type: type))
            }
            // demonym + forces word ("Syrian regime forces", "Israeli police"), or "believed to be Russian"
            var t = range.lowerBound
            // a sentence with neither word is skipped
            if !doc.sentenceHas(k, .demonym) && !doc.sentenceHas(k, .actorword) { t = range.upperBound }
            while t < range.upperBound {
                guard doc.lexAt[t] >= 0 else { t += 1; continue }
                let r = doc.lexRange(at: t)!
                for id in doc.lexEntries(at: t, having: .demonym) where lexicon.classes[Int(id)] == .demonym {
                    if resolvedActorOverlaps(r, country: country, day: day) { break }
                    let dem = lexicon.firstFields[Int(id)]
                    if let (kind, wr) = forcesWord(after: r.upperBound, within: 4, range) ?? forcesWord(before: r.lowerBound, within: 6, range, needsCue: true)
                        ?? defenceMinistryClaim(after: r.upperBound, range).map({ ("military", $0) }) {
                        var name = extractor.actors.forcesName(of: dem, police: kind == "police", on: day)
                        // "US troops" in Syria; not "the US and the regime" (the forces word is another actor's)
                        if kind != "police", wr.lowerBound == r.upperBound, let alt = extractor.actors.standIn(for: dem, in: country) { name = extractor.actors.entries[Int(alt)].canonical }
                        let lo = min(r.lowerBound, wr.lowerBound), hi = max(r.upperBound, wr.upperBound)
                        inSentence.append(ActorMention(name: name, range: lo..<hi, specific: true, kind: kind,
                                                agentCue: agentCue(before: lo, range) || believedCue(before: r.lowerBound, range),
                                                quoted: doc.tokens[t].flags.contains(.quoted)))
                    } else if believedCue(before: r.lowerBound, range), !word(r.lowerBound - 1, "of") {
                        // ("believed to be Russian", not a victim "believed to be of Somali descent")
                        let name = extractor.actors.standIn(for: dem, in: country).map { extractor.actors.entries[Int($0)].canonical } ?? extractor.actors.forcesName(of: dem, on: day)
                        inSentence.append(ActorMention(name: name, range: r, specific: true, kind: "military", agentCue: true, quoted: false))
                    }
                    break
                }
                // generic actor words
                for id in doc.lexEntries(at: t, having: .actorword) where lexicon.classes[Int(id)] == .actorword && writtenAsListed(id, r) {
                    if resolvedActorOverlaps(r, country: country, day: day) { break }
                    if doc.sourceOverlaps(r), !sourceTellsOwnDeed(r, range) { break }
                    // "pro-regime outlets", "anti-government protesters": the word names a side, not the actor
                    if t > 0, doc.tokens[t - 1].flags.contains(.hyphenNext), word(t - 1, "pro") || word(t - 1, "anti") { break }
                    if inSentence.contains(where: { $0.range.overlaps(r) }) { break }
                    let kind = lexicon.firstFields[Int(id)]
                    // "for unknown reasons", "an unidentified number of": the adjective alone qualifies a thing, no actor
                    if kind == "unidentified", r.count == 1, qualifiesNoActor(r.lowerBound, in: range) { break }
                    let name: String
                    switch kind {
                    case "military":
                        // (only a bare "soldiers" / "troops": "the army", "regime forces", "government
                        // troops" name the country's own side)
                        let bare = r.count == 1 && (word(t, "soldiers") || word(t, "troops") || word(t, "soldier"))
                        let foreign = bare ? Self.lastStateForces(inSentence, endingBy: t) ?? lastForces : nil
                        name = foreign.flatMap { $0.hasPrefix("Military Forces of \(c)") ? nil : $0 }
                            ?? extractor.actors.forcesName(of: Self.armyOf[c] ?? c, on: day)
                    case "police": name = extractor.actors.forcesName(of: c, police: true, on: day)
                    case "unidentified": name = "Unidentified Armed Group (\(c))"
                    case "protesters": name = "Protesters (\(c))"
                    case "rioters": name = "Rioters (\(c))"
                    case "civilians": name = "Civilians (\(c))"
                    case "settlers": name = "Settlers (Israel)"
                    case "rebels": name = "Rebel factions (\(c))"
                    case "tribal": name = "Tribal Militia (\(c))"
                    default: name = "\(kind) (\(c))"
                    }
                    inSentence.append(ActorMention(name: name, range: r, specific: false, kind: kind,
                                            agentCue: agentCue(before: t, range), quoted: doc.tokens[t].flags.contains(.quoted)))
                    break
                }
                t = r.upperBound
            }
            unlistedGroups(in: range, country: c, adding: &inSentence)
            stateSubjects(in: range, eventCountry: country, on: day, adding: &inSentence)
            for k in inSentence.indices {
                // "military soldiers stationed nearby were attacked": two mentions of one phrase share its verb
                var end = inSentence[k].range.upperBound
                while let next = inSentence.first(where: { $0.range.lowerBound == end && $0.range.upperBound > end }) { end = next.range.upperBound }
                inSentence[k].isVictim = passiveVictim(after: end, range)
                inSentence[k].isTarget = (targetCue(before: inSentence[k].range.lowerBound, range) || facility(at: end, range) || repelsAttack(after: end, range))
                    && !claimsDeed(after: end, range)
                // "al Shabaab said its fighters carried out the attack": a group telling of its own deed claims it
                inSentence[k].isWitness = (reporterCue(after: inSentence[k].range.upperBound, range)
                    || finderCue(after: inSentence[k].range.upperBound, range)) && !claimsResponsibility(inSentence[k].range)
                inSentence[k].isUmbrella = umbrellaCue(before: inSentence[k].range.lowerBound, range)
                inSentence[k].isCodedAs = codedAsCue(before: inSentence[k].range.lowerBound, range)
            }
            mergePartitives(&inSentence, in: range)
            if let name = Self.lastStateForces(inSentence) { lastForces = name }
            // "No group claimed responsibility, but Islamic State militants remain active in the
            // area": the groups such a sentence names are suspects, not the event's agent
            // (but a group blamed in it is the suspect ACLED codes: "No group has claimed
            // responsibility, but officials blamed Boko Haram's JAS faction")
            if !inSentence.isEmpty, noOneClaimed(range) {
                inSentence.removeAll { !($0.isArmed && $0.type != .state && blamedFor($0.range)) }
                if inSentence.isEmpty { continue }
            }
            if !inSentence.isEmpty, !doc.sentenceHas(k, .trigger) && tellsPresence(range) { continue }
            // "linked to a turf war between Los Lobos and Los Tiguerones": rivals, suspects at most
            // (two sides named at least: most sentences are passed without a scan)
            if inSentence.count >= 2, let sides = rivalrySides(in: range) { inSentence.removeAll { sides.contains($0.range.lowerBound) } }
            // who tells of the event or comes upon its dead is no party to it
            // (in place: sorting is stable, so dropping before or after it keeps the same order)
            inSentence.removeAll { $0.isWitness }
            inSentence.sort { $0.range.lowerBound < $1.range.lowerBound }
            out += inSentence
        }
        // "... in an attack by ADF rebels. The assailants fled": "the attackers" after a named group
        // are that group, not a second side
        if let named = out.first(where: { $0.specific && $0.isArmed && $0.type != .state && !$0.name.hasPrefix("Unidentified") })?.range {
            out.removeAll { m in
                (m.kind == "unidentified" || m.name.hasPrefix("Unidentified Armed Group")) && m.range.lowerBound > named.upperBound
                    && m.range.lowerBound > 0 && word(m.range.lowerBound - 1, "the")
            }
        }
        return out
    }

    /// The name of the state forces ("Military Forces of ...", not police) among `mentions` that
    /// start last (the first of equals), of those ending by token `end`. (Indices compared in place:
    /// no mention is copied, for every sentence and every bare "soldiers".)
    static func lastStateForces(_ mentions: [ActorMention], endingBy end: Int = .max) -> String? {
        var best: Int? = nil
        for i in mentions.indices where mentions[i].range.upperBound <= end && mentions[i].kind != "police"
            && Assembler.namesStateForces(mentions[i].name) {
            if let b = best, mentions[b].range.lowerBound >= mentions[i].range.lowerBound { continue }
            best = i
        }
        return best.map { mentions[$0].name }
    }

    func actors(for inc: Incident, sub: SubEventType, civilianVictims: Bool, country: String?)
        -> (String?, String?, Range<Int>?, Range<Int>?) {
        let (a1, a2) = actorMentions(for: inc, sub: sub, civilianVictims: civilianVictims, country: country, trigger: nil)
        return (a1?.name, a2?.name, a1.flatMap { $0.range.isEmpty ? nil : $0.range }, a2.flatMap { $0.range.isEmpty ? nil : $0.range })
    }

    func actorMentions(for inc: Incident, sub: SubEventType, civilianVictims: Bool, country: String?, trigger: Range<Int>?,
                       mentions known: [ActorMention]? = nil) -> (ActorMention?, ActorMention?) {
        let mentions = known ?? actorMentions(inc, country: country)
        let c = country ?? "Unknown"
        // built only when chosen (its name is a new string)
        func civilians() -> ActorMention {
            ActorMention(name: "Civilians (\(c))", range: 0..<0, specific: false, kind: "civilians", agentCue: false, quoted: false)
        }
        let triggerSentence = trigger.map { doc.sentences[Int(doc.sentenceOf[$0.lowerBound])].range }
        /// The agent: the subject before the trigger word, else a "by ..." agent, else a named group.
        /// Actor 1 is never what the event targeted; actor 2 may be.
        func pick(agent: Bool = false, _ filter: (Int) -> Bool) -> ActorMention? {
            // the candidates as indices into `mentions`, tested by index: read in place, not copied (a
            // copy retains its strings)
            let pool = mentions.indices.filter { i in
                filter(i) && !mentions[i].quoted && !mentions[i].isVictim && !(agent && mentions[i].isTarget)
                    && !(agent && sub == .disruptedWeapons && launchesTheWeapon(mentions[i], stoppedAt: trigger))
            }
            return pickIndex(pool).map { mentions[$0] }
        }
        func pickIndex(_ pool: [Int]) -> Int? {
            // "anti-Houthi forces (coded as pro-Hadi forces) fired ...": the note names the subject
            if let trigger, let sentence = triggerSentence,
               let m = pool.first(where: { mentions[$0].isCodedAs && mentions[$0].specific && sentence.contains(mentions[$0].range.lowerBound)
                   && mentions[$0].range.upperBound <= trigger.lowerBound }) {
                return m
            }
            if let trigger, let sentence = triggerSentence {
                let inSentence = pool.filter { sentence.contains(mentions[$0].range.lowerBound) }
                // "... between Turkish forces supported by JWS who operates under OPS and the QSD"
                // (not when a "by ..." agent acted: "a mine planted by an unknown group wounded a fighter operating under OPS")
                if !inSentence.contains(where: { mentions[$0].agentCue }), let m = inSentence.first(where: { mentions[$0].isUmbrella && mentions[$0].specific }) { return m }
                // "a drone of an unknown group, believed to be the coalition, struck ...": the guess names the agent
                if let m = inSentence.first(where: { mentions[$0].specific && believedToBe(before: mentions[$0].range.lowerBound, sentence) }) { return m }
                // "soldiers defused two IEDs planted by JNIM": who disrupts the weapon acts, not who planted it
                if sub == .disruptedWeapons, let m = inSentence.first(where: {
                    !mentions[$0].agentCue && (mentions[$0].kind == "military" || mentions[$0].kind == "police" || mentions[$0].type == .state)
                }) { return m }
                // a named "by ..." agent (or state forces) outranks a subject that may be the victim
                // ("a soldier was killed by an IED planted by PKK", "operations carried out by the Gendarmerie")
                // ("a trader was kidnapped by armed men and later freed by police": an unknown first agent
                // is left to the rules below, which let it outrank a later one)
                var before = pool.filter { sentence.contains(mentions[$0].range.lowerBound) && mentions[$0].range.upperBound <= trigger.lowerBound }
                // "Police spokesman X said the attackers arrived and shot at residents": a spokesman
                // before a speech verb is not the subject of the act reported after it (a ministry
                // telling of "its forces" still speaks for them)
                if let said = speechVerb(before: trigger.lowerBound, in: sentence), before.contains(where: { mentions[$0].range.lowerBound > said }) {
                    before.removeAll { let r = mentions[$0].range
                        return r.upperBound <= said && r.upperBound < sentence.upperBound
                            && doc.tokens[r.upperBound].isWord && Self.speakerRoles.contains(doc.tokens[r.upperBound].lex) }
                }
                if let m = inSentence.first(where: { let a = mentions[$0]
                    return a.agentCue && (a.specific || a.kind == "military" || a.kind == "police" || a.kind == "unidentified") }),
                   mentions[m].kind != "unidentified", !activeSubjectActs(before.last.map { mentions[$0] }, over: mentions[m], trigger) { return m }
                // "factions operating under Operation Peace Spring shelled ...": ACLED codes the umbrella
                if let m = before.first(where: { mentions[$0].isUmbrella && mentions[$0].specific }) { return m }
                // after an opening phrase, the words right before the verb are its subject ("following a
                // clash with the TNLA, the military abducted three villagers")
                // (two mentions may overlap: "Israeli soldiers" and "soldiers" in a text in capitals)
                if before.count >= 2, let m = before.last, adjacentSubject(mentions[m].range, trigger),
                   mentions[before[before.count - 2]].range.upperBound < mentions[m].range.lowerBound,
                   (mentions[before[before.count - 2]].range.upperBound..<mentions[m].range.lowerBound).contains(where: { doc.tokens[$0].isPunct(0x2C) }) {
                    return m
                }
                if let m = before.first(where: { mentions[$0].agentCue }) ?? before.first(where: { mentions[$0].specific }) ?? before.first { return m }
                // no subject: an unknown "by ..." agent outranks a group named later as the victim
                // ("a landmine planted by an unknown armed group ... injuring a fighter of X")
                if let m = inSentence.first(where: { mentions[$0].agentCue && (mentions[$0].kind == "unidentified" || mentions[$0].name.hasPrefix("Unidentified Armed Group")) }) { return m }
                if let m = inSentence.first(where: { mentions[$0].agentCue && mentions[$0].specific }) ?? inSentence.first(where: { mentions[$0].specific }) { return m }
            }
            return pool.first { mentions[$0].agentCue && mentions[$0].specific } ?? pool.first { mentions[$0].specific } ?? pool.first { mentions[$0].agentCue } ?? pool.first
        }
        var a1: ActorMention? = nil
        var a2: ActorMention? = nil
        switch sub.eventType {
        case .protests:
            a1 = ActorMention(name: "Protesters (\(c))", range: mentions.first { $0.kind == "protesters" }?.range ?? 0..<0, specific: false, kind: "protesters", agentCue: false, quoted: false)
            if sub != .peacefulProtest { a2 = pick { mentions[$0].kind == "police" || mentions[$0].kind == "military" || mentions[$0].kind == "named" } }
        case .riots:
            // settlers who riot are their own country's rioters ("Israeli settlers rampaged through Huwara")
            let home = mentions.first { $0.name.hasPrefix("Settlers (") }.map { String($0.name.dropFirst(10).dropLast()) } ?? c
            a1 = ActorMention(name: "Rioters (\(home))", range: mentions.first { $0.kind == "rioters" }?.range ?? 0..<0, specific: false, kind: "rioters", agentCue: false, quoted: false)
            a2 = pick { mentions[$0].kind != "rioters" && mentions[$0].kind != "protesters" }
        case .violenceAgainstCivilians:
            a1 = pick(agent: true) { mentions[$0].kind != "civilians" && mentions[$0].kind != "protesters" }
            a2 = mentions.first { $0.kind == "civilians" } ?? civilians()
        case .strategic where sub != .looting && displaced(inc, mentions):
            // ACLED codes a displacement with the displaced as actor 1 (houses looted or burned as
            // residents fled were looted or burned by someone)
            a1 = mentions.first { $0.kind == "civilians" } ?? civilians()
        default:
            a1 = pick(agent: true) { mentions[$0].kind != "civilians" && mentions[$0].kind != "protesters" }
            if let a1 {
                a2 = pick { mentions[$0].name != a1.name && mentions[$0].kind != "protesters" && mentions[$0].kind != "civilians" && mentions[$0].range.lowerBound != a1.range.lowerBound
                    && !samePhrase(a1.range, mentions[$0].range) }
            }
            if a2 == nil, sub.eventType == .explosions, civilianVictims || mentions.contains(where: { $0.kind == "civilians" }) { a2 = civilians() }
        }
        // "al Shabaab claimed responsibility for the blast": the group that claims the act did it,
        // when the telling named no agent of its own (or only an unknown one)
        // (or one named only beside the act, not as its doer: "a bomb struck an army vehicle")
        if sub.eventType.isViolent, a1.map({ $0.kind == "unidentified" || $0.name.hasPrefix("Unidentified") || $0.name.hasPrefix("Sole Perpetrator") || !$0.agentCue }) ?? true,
           let claimant = mentions.first(where: { $0.isArmed && !$0.quoted && !$0.name.hasPrefix("Unidentified") && claimsResponsibility($0.range) })
            ?? laterClaimant(inc, country: country)
            ?? mentions.first(where: { $0.isArmed && !$0.quoted && !$0.name.hasPrefix("Unidentified") && $0.type != .state && blamedFor($0.range) })
            ?? laterBlamed(inc, country: country) {
            if a2?.name == claimant.name { a2 = nil }
            a1 = claimant
            if a2 == nil, sub.eventType == .explosions, civilianVictims || mentions.contains(where: { $0.kind == "civilians" }) { a2 = civilians() }
        }
        // "Gang members overran the town ... The attackers belong to Viv Ansanm": the group named as theirs
        if sub.eventType.isViolent, let a = a1, !a.specific || a.name.hasPrefix("Unidentified"), let named = identifiedDoer(mentions) {
            if a2?.name == named.name { a2 = nil }
            a1 = named
        }
        // only states arrest (ACLED), and defusing or seizing weapons is security forces' work: when the
        // text names no one, the country's police did it ("a timed bomb was found and defused")
        if sub == .arrests || sub == .disruptedWeapons, a1 == nil || (a1!.kind == "unidentified" && !mentions.contains(where: { $0.kind == "military" || $0.kind == "police" || $0.type == .state })) {
            // (a weapon stopped in the air was stopped by the air defences: the military)
            let police = !(sub == .disruptedWeapons && stoppedInTheAir(trigger))
            a1 = ActorMention(name: extractor.actors.forcesName(of: c, police: police, on: inc.date?.day ?? published), range: 0..<0, specific: false,
                              kind: police ? "police" : "military", agentCue: false, quoted: false)
        }
        // property destroyed by no one named: ACLED's unidentified armed group ("a councillor's car was set on fire")
        if a1 == nil, sub == .looting {
            a1 = ActorMention(name: "Unidentified Armed Group (\(c))", range: 0..<0, specific: false, kind: "unidentified", agentCue: false, quoted: false)
        }
        if a1 == nil, sub.eventType == .strategic, let civ = mentions.first(where: { $0.kind == "civilians" }) {
            a1 = civ
        }
        // a measure, expulsion or vote told with no actor (not even the people it concerned) but the
        // authority that took it ("the governor imposed a curfew", "authorities declared a state of
        // emergency"): ACLED's actor is the country's government
        if a1 == nil, sub.eventType == .strategic, sub != .looting, let country, namesAuthority(inc) {
            a1 = ActorMention(name: extractor.actors.governmentName(of: country, on: inc.date?.day ?? published), range: 0..<0,
                              specific: false, kind: "government", agentCue: false, quoted: false)
        }
        if a1 == nil, sub.eventType.isViolent {
            a1 = ActorMention(name: "Unidentified Armed Group (\(c))", range: 0..<0, specific: false, kind: "unidentified", agentCue: false, quoted: false)
        }
        return (a1, a2)
    }

    /// The name at `r` is one side in a hyphenated pair that names a war, a truce or talks ("the
    /// Israel-Hamas war", "Russia-Ukraine talks", "the Ethiopia-Somalia dispute").
    private func namesAWarsSides(_ r: Range<Int>) -> Bool {
        var end = r.upperBound - 1
        var joined = r.lowerBound > 0 && doc.tokens[r.lowerBound - 1].flags.contains(.hyphenNext)
            && doc.tokens[r.lowerBound - 1].flags.contains(.capitalized)
        while end + 1 < doc.tokens.count, doc.tokens[end].flags.contains(.hyphenNext), doc.tokens[end + 1].flags.contains(.capitalized) {
            end += 1
            joined = true
        }
        guard joined, end + 1 < doc.tokens.count, doc.tokens[end + 1].isWord else { return false }
        return Self.warNames.contains(doc.tokens[end + 1].lex)
    }

    static let warNames = WordSet(["war", "wars", "conflict", "ceasefire", "truce", "talks", "negotiations", "deal", "dispute",
                                   "summit", "relations", "peace", "border", "frontier"])

    private func kindOf(_ t: ActorType) -> String {
        switch t {
        case .protesters: "protesters"
        case .rioters: "rioters"
        case .civilians: "civilians"
        default: "named"
        }
    }
}
