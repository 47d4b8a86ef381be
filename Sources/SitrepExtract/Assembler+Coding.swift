import SitrepModel

// MARK: - Coding one incident as one event

extension Assembler {
    func code(_ inc: Incident, section: Section, forceOther: Bool = false) -> ExtractedEvent? {
        var scores = inc.scores
        var spans = [String: SpanList](minimumCapacity: 8)  // room for every field: no rehash while filling
        // the event's source first: other sources' clauses are accounts, and their figures are theirs
        let attributed = attribution(inc)
        var (source, sourceKind, sRange) = (attributed.0, attributed.1, attributed.3)
        let certainty = attributed.2
        let claims = claims(inc)
        if source == nil, let d = claims.first(where: \.denial) { (source, sourceKind, sRange) = (d.source, d.kind, d.sourceRange) }
        let others = claims.filter { $0.source != source }
        // only a clause whose figure another source gives is theirs, not the event's
        let figures = figures(inc, accounts: others.filter { $0.killed > 0 || $0.injured != nil })
        var killed = figures.killed, killMin = figures.killMin, killMax = figures.killMax
        let civilianVictims = figures.civilianVictims
        let fatalitySpan = figures.fatalitySpan
        if let r = fatalitySpan { spans["fatalities"] = span(r) }

        // MARK: precedence
        readMilitaryStrike(inc, &scores)
        let protest = weighProtest(inc, &scores, killed: killed, injured: figures.injured ?? 0)
        // seizing civilians is abducting them, seizing goods, vehicles or buildings is looting, not
        // overtaking territory (ACLED)
        if scores[sub: .abduction] > 0, scores[sub: .nonStateOvertakes] + scores[sub: .governmentRegains] > 0, takesTerritory(inc) == false {
            scores[SubEventType.nonStateOvertakes.rawValue] = 0
            scores[SubEventType.governmentRegains.rawValue] = 0
        }
        if scores[sub: .nonStateOvertakes] + scores[sub: .governmentRegains] > 0, takesTerritory(inc) == false, !capturesTownInNewsWords(inc) {
            // fighters captured: prisoners of a battle ("clashed with rebels and captured 12 of them");
            // a raid on a building that kills civilians attacks them ("stormed a school, killing three
            // teachers"), as below for a village
            let to: SubEventType = takesOnlyFighters(inc) ? .armedClash : figures.civilianVictims && killed > 0 ? .attack : .looting
            scores[to.rawValue] += scores[sub: .nonStateOvertakes] + (to == .armedClash ? scores[sub: .governmentRegains] : 0)
            if to == .armedClash { scores[SubEventType.governmentRegains.rawValue] = 0 }
            scores[SubEventType.nonStateOvertakes.rawValue] = 0
        }
        // a raid that kills civilians and takes nothing ("stormed the village, killing 31
        // civilians") is an attack on them (ground taken in a fight: "a battle that ends with
        // ground taken" below)
        // (a storming only attempted, its weight cut to a third, "protesters who tried to storm the
        // office", is no raid: 1 is less than one storming word told as done)
        let stormed = scores[sub: .nonStateOvertakes] + scores[sub: .governmentRegains]
        if stormed >= 1, figures.civilianVictims, killed > 0, onlyStorms(inc) {
            scores[SubEventType.attack.rawValue] += stormed + 0.1
        }
        // forces who establish or set up a base or post establish a base, not a new group
        if scores[sub: .headquarters] > 0, scores[sub: .changeToGroup] > 0, establishesBase(inc) {
            scores[SubEventType.headquarters.rawValue] += scores[sub: .changeToGroup]
            scores[SubEventType.changeToGroup.rawValue] = 0
        }
        // ground handed over or forces pulled back "under a deal": the act is the event
        if scores[sub: .agreement] > 0, scores[sub: .nonViolentTransfer] + scores[sub: .changeToGroup] + scores[sub: .headquarters] > 0, agreementOnlyFramesAnAct(inc) {
            scores[SubEventType.agreement.rawValue] = 0
        }
        // talks that ended without agreement agreed nothing (news prose; see `talksEndedWithoutAgreement`)
        dropTheAgreementOfFailedTalks(inc, &scores)
        // a rejected or violated truce is not an agreement
        if scores[sub: .agreement] > 0, breaksTheAgreement(inc) {
            scores[SubEventType.other.rawValue] += scores[sub: .agreement] + 0.1
            scores[SubEventType.agreement.rawValue] = 0
        }
        // rioters who clash are a riot, not a battle; without a demonstration it is mob violence
        let riot = scores[sub: .violentDemonstration] + scores[sub: .mobViolence]
        // (the incident's words are scanned for rioters only when a riot trigger scored)
        if riot >= 2 || riot > 0 && count(.actorword, in: inc, kind: "rioters") > 0 {
            scores[SubEventType.armedClash.rawValue] *= 0.2
            scores[SubEventType.attack.rawValue] *= 0.5
            let demonstrating = mentionsDemonstration(inc)
            if count(.actorword, in: inc, kind: "rioters") > 0 {
                // rioters, even when they demonstrate, riot
                scores[SubEventType.violentDemonstration.rawValue] += protest + scores[sub: .protestWithIntervention] + 0.5
                scores[SubEventType.peacefulProtest.rawValue] = 0
                scores[SubEventType.protestWithIntervention.rawValue] = 0
                scores[SubEventType.arrests.rawValue] *= 0.3
            }
            // "students rioted", "a night of riots": a riot is a violent demonstration (the
            // crowd's act, not a mob's attack on someone)
            if !demonstrating, scores[sub: .violentDemonstration] > 0, !speaksOfRiot(inc) {
                scores[SubEventType.mobViolence.rawValue] += scores[sub: .violentDemonstration] + 0.5
            } else if demonstrating, scores[sub: .mobViolence] > 0 {
                scores[SubEventType.violentDemonstration.rawValue] += scores[sub: .mobViolence] + 0.5
            }
        }
        // a weapon found, defused or shot down did not explode (unless it killed or hurt someone:
        // "shepherds were injured by a device they found", "fragments of intercepted drones wounded two")
        if scores[sub: .disruptedWeapons] > 0, killed == 0, (figures.injured ?? 0) == 0 {
            for s in [SubEventType.remoteExplosive, .airDroneStrike, .shelling, .suicideBomb, .grenade] { scores[s.rawValue] *= 0.3 }
        }
        // some of a salvo intercepted, the rest landed: the salvo is the event (see `someOfTheSalvoLanded`)
        preferTheWeaponFired(over: .disruptedWeapons, inc, &scores, when: someOfTheSalvoLanded)
        // a suicide bomber named outweighs the words for the charge ("two suicide bombers detonated
        // explosives"; see `namesSuicideBomber`)
        if scores[sub: .suicideBomb] > 0, scores[sub: .remoteExplosive] >= scores[sub: .suicideBomb], namesSuicideBomber(inc) {
            scores[SubEventType.suicideBomb.rawValue] = scores[sub: .remoteExplosive] + 0.1
        }
        // explosions heard where shells, rockets or aircraft struck are theirs (see `explosionsOnlyOfAWeaponFired`)
        preferTheWeaponFired(over: .remoteExplosive, inc, &scores, when: explosionsOnlyOfAWeaponFired)
        // a house blown up with no one hurt is property destroyed (see `blowsUpProperty`)
        if case let top = SubEventType.top(in: scores), top == .remoteExplosive,
           killed == 0, (figures.injured ?? 0) == 0, blowsUpProperty(inc) {
            scores[SubEventType.looting.rawValue] = scores[top.rawValue] + 0.1
            scores[SubEventType.remoteExplosive.rawValue] *= 0.3  // (or the violence-first rule below takes it back)
        }
        // captives handed back in a swap: an agreement, no ground handed over (see `handsOverCaptivesInASwap`)
        if scores[sub: .nonViolentTransfer] > scores[sub: .agreement], handsOverCaptivesInASwap(inc) {
            scores[SubEventType.agreement.rawValue] = scores[sub: .nonViolentTransfer] + 0.1
            scores[SubEventType.nonViolentTransfer.rawValue] = 0
        }
        // forces moving into ground others left or handed over, no violence told: the ground changes
        // hands without a fight (see `movesIntoGroundLeft`)
        if killed == 0, (figures.injured ?? 0) == 0 { preferGroundLeft(inc, &scores) }
        // a grenade dropped from a drone is an air/drone strike (see `droneDropsMunition`)
        if scores[sub: .grenade] > 0, scores[sub: .grenade] >= scores[sub: .airDroneStrike], droneDropsMunition(inc) {
            scores[SubEventType.airDroneStrike.rawValue] = scores[sub: .grenade] + 0.1
            scores[SubEventType.grenade.rawValue] *= 0.3
        }
        // the agent, not what delivered it, decides: "shells filled with a toxic agent" (a chemical
        // word told as fact outweighs the shells, drones, bombs or grenades), and tear gas dropped by drones
        // or fired at trenches, no protest, is a chemical weapon too (see `gasUsedInWar`)
        let delivered = max(scores[sub: .grenade], scores[sub: .airDroneStrike], scores[sub: .shelling], scores[sub: .remoteExplosive])
        if delivered > 0, scores[sub: .chemicalWeapon] < delivered, scores[sub: .chemicalWeapon] >= 2 && chemicalToldAsFact(inc) || protest == 0 && gasUsedInWar(inc) {
            scores[SubEventType.chemicalWeapon.rawValue] = delivered + 0.1
        }
        // a battle that ends with ground taken is coded as the taking ("attacked and took over the
        // town"), and so is a town taken with the weapons or goods seized or the buildings burned in it
        let taking = max(scores[sub: .nonStateOvertakes], scores[sub: .governmentRegains])
        let rival = max(scores[sub: .armedClash], scores[sub: .disruptedWeapons], scores[sub: .looting], scores[sub: .mobViolence], scores[sub: .violentDemonstration])
        if taking > 0, rival >= taking, capturesGround(inc) || capturesTownInNewsWords(inc) {
            let which: SubEventType = scores[sub: .governmentRegains] >= scores[sub: .nonStateOvertakes] ? .governmentRegains : .nonStateOvertakes
            scores[which.rawValue] = rival + 0.1
        }
        // positions or parts of a place taken in a fight: the fight is the event
        if taking > 0, scores[sub: .armedClash] > 0, capturesOnlySites(inc), !capturesTownInNewsWords(inc) {
            scores[SubEventType.armedClash.rawValue] += taking
            scores[SubEventType.nonStateOvertakes.rawValue] = 0
            scores[SubEventType.governmentRegains.rawValue] = 0
        }
        // attacks beaten back are a fight (see `preferTheFightOverAttacksRepelled`)
        preferTheFightOverAttacksRepelled(inc, &scores)
        preferTheFightOverItsRPGs(inc, &scores)  // (see `preferTheFightOverItsRPGs`)
        // ground fighting with air or artillery support is a battle
        let battle = scores[sub: .armedClash] + scores[sub: .nonStateOvertakes] + scores[sub: .governmentRegains]
        if battle >= 2.5, scores[sub: .airDroneStrike] + scores[sub: .shelling] > 0 {
            scores[SubEventType.airDroneStrike.rawValue] *= 0.3
            scores[SubEventType.shelling.rawValue] *= 0.3
        }
        // "exchanged artillery fire with", "a shelling exchange": both sides fire, a battle (ACLED:
        // an armed clash is armed, organised groups engaging each other, whatever the weapons)
        if scores[sub: .shelling] > 0, exchangesShelling(inc) {
            scores[SubEventType.armedClash.rawValue] += scores[sub: .shelling]
            scores[SubEventType.shelling.rawValue] *= 0.3
        }
        // "arrested two men after the explosion", "accusing him of carrying out bombings": the
        // violence is why they were arrested, told elsewhere; the event is the arrest
        if scores[sub: .arrests] > 0, killed == 0, violenceIsOnlyTheReason(inc) {
            for s in SubEventType.all where s.eventType.isViolent { scores[s.rawValue] *= 0.2 }
        }
        // violence outranks a strategic development told in the same breath (ACLED precedence):
        // police who "fired upon a vehicle and attempted to detain" attacked; a riot counts as violence
        if case let top = SubEventType.top(in: scores), top.eventType == .strategic,
           top != .disruptedWeapons, top != .agreement, scores[top.rawValue] < 15,
           let violent = SubEventType.all.filter({ $0.eventType.isViolent || $0.eventType == .riots }).max(by: { scores[$0.rawValue] < scores[$1.rawValue] }),
           scores[violent.rawValue] >= 0.7 * scores[top.rawValue] && scores[violent.rawValue] >= 2
            // a patrol or a deployment where people were killed or hurt: the violence is the event
            || Self.incidental.contains(top) && scores[violent.rawValue] > 0 && (killed > 0 || (figures.injured ?? 0) > 0) {
            scores[violent.rawValue] = scores[top.rawValue] + 0.1
        }
        // "raided the market, killing three traders and looting shops": looting where people were
        // killed is an attack (ACLED: violence outranks the property taken)
        // (the dead told in the looting's own sentence, not as what someone is suspected of)
        if case let top = SubEventType.top(in: scores), top == .looting, killed > 0,
           let loot = triggerRange(inc, .looting), let dead = fatalitySpan, doc.sentenceOf[loot.lowerBound] == doc.sentenceOf[dead.lowerBound],
           !(max(0, dead.lowerBound - 4)..<dead.lowerBound).contains(where: { doc.tokens[$0].isWord && Self.suspicionWords.contains(doc.tokens[$0].lex) }) {
            let violent = SubEventType.all.filter(\.eventType.isViolent).max { scores[$0.rawValue] < scores[$1.rawValue] }
            var sub = violent.flatMap { scores[$0.rawValue] > 0 ? $0 : nil } ?? .attack
            // (as below: a raid on travellers or a convoy with no fight told is an attack on its people)
            if sub == .armedClash, civilianVictims || attacksCivilians(inc) { sub = .attack }
            scores[sub.rawValue] = scores[top.rawValue] + 0.1
        }
        // houses burned and people killed: the killing is the event, an attack ("torched homes and
        // killed three villagers"; ACLED never codes deaths as a strategic development)
        if killed > 0, let toll = fatalitySpan, case let top = SubEventType.top(in: scores), top == .looting,
           killedWithTheDestruction(toll) {
            scores[SubEventType.attack.rawValue] = scores[top.rawValue] + 0.1
        }
        // "gunmen attacked the town, killing 70 people. Dozens of homes were set on fire": the dead
        // told in a sentence of their own belong to the violence told there, which outranks the
        // burning told beside it (ACLED precedence; the rules above need one sentence for both)
        if killed > 0, let toll = fatalitySpan, case let top = SubEventType.top(in: scores), top == .looting,
           tollToldApartFromDestruction(inc, toll), !toldAsAReason(toll), var sub = violentTrigger(inSentenceOf: toll) {
            // (a raid on a town or on travellers with no fight told is an attack on its people, as below)
            if sub == .armedClash, civilianVictims || attacksCivilians(inc) { sub = .attack }
            scores[sub.rawValue] = scores[top.rawValue] + 0.1
        }
        preferWhatIsToldFirst(inc, &scores, hurt: killed > 0 || (figures.injured ?? 0) > 0, toll: fatalitySpan)  // a grave found, a shelling (see there)
        dropAccusedActs(&scores, inc)  // "beat a man suspected of kidnapping": the kidnapping is the reason
        var sub = SubEventType.top(in: scores)
        if scores[sub.rawValue] <= 0 { if forceOther { sub = .other } else { return nil } }

        // an armed group that "attacked" civilians, with no fight told, attacked them
        if sub == .armedClash, scores[sub: .armedClash] < 3, scores[sub: .nonStateOvertakes] + scores[sub: .governmentRegains] == 0, attacksCivilians(inc) {
            sub = .attack
        }
        // someone abducted and then beaten or killed: the harm is the event (ACLED: an abduction whose
        // victim is killed or hurt is an attack)
        if sub == .abduction, scores[sub: .attack] > 0, killed > 0 || (figures.injured ?? 0) > 0, !abductsMoreThanItHarms(inc, harmed: killed + (figures.injured ?? 0), toll: fatalitySpan) { sub = .attack }
        // shots only in the air or as a warning, no one hurt: a show of force (see `onlyWarningShots`)
        if sub.eventType.isViolent, killed == 0, (figures.injured ?? 0) == 0, onlyWarningShots(inc) { sub = .other }
        // weapons only moved or flown, no one hurt: a movement of forces (see `onlyMovesWeapons`)
        if sub.eventType.isViolent, killed == 0, (figures.injured ?? 0) == 0, onlyMovesWeapons(inc) { sub = .changeToGroup }
        // weapons only supplied, bought or listed in aid, no one hurt, in news prose: no event (see `onlyTradesWeapons`)
        if !assumeEvent, sub.eventType.isViolent, killed == 0, (figures.injured ?? 0) == 0, onlyTradesWeapons(inc) { return nil }
        // people who fled fighting, no one hurt: the displacement is the event (see `displacedByFighting`)
        if sub.eventType.isViolent && !Self.captures.contains(sub) || sub == .nonViolentTransfer, killed == 0, (figures.injured ?? 0) == 0, displacedByFighting(inc) { sub = .other }
        // property burned or smashed by no crowd is property destruction (see `destroysPropertyWithoutCrowd`)
        // (people killed with it: an attack, as above)
        // (and so is a beating or a shooting told beside the burning when someone died: "setting fire
        // to two cars and beating residents. One man died of his injuries")
        if sub.eventType == .riots, protest == 0, destroysPropertyWithoutCrowd(inc) {
            sub = killed > 0 && (scores[sub: .attack] > 0 || fatalitySpan.map({ killedWithTheDestruction($0) || tollToldApartFromDestruction(inc, $0) }) == true)
                ? .attack : .looting
        }
        // a reconnaissance drone shot down or a drug lab dismantled: property destroyed, no weapon
        // disrupted (see `disruptsNoWeapon`)
        if sub == .disruptedWeapons, disruptsNoWeapon(inc) { sub = .looting }
        // a truce, an arrest or a new alliance kills no one: a toll in the same sentence belongs to
        // the violence it mentions, which is coded (or not) as its own event. "Other" is not among
        // them: it is also the fallback of a text no trigger matched, whose told deaths still count
        if Assembler.nonViolent.contains(sub) {
            killed = 0
            killMin = nil
            killMax = nil
            spans["fatalities"] = nil
        }

        // MARK: actors
        let place = chooseLocation(inc, section: section)
        let country = eventCountry(inc, place: place)
        let incidentMentions = actorMentions(inc, country: country)
        var (m1, m2) = actorMentions(for: inc, sub: sub, civilianVictims: civilianVictims, country: country, trigger: triggerRange(inc, sub),
                                     mentions: incidentMentions)
        // a riot word that names a militia of the event's country ("vigilantes" in Nigeria, the
        // Civilian JTF) says who acted, not that a mob did: the act is the next best violence
        if sub == .mobViolence, everyRiotWordNamesAMilitia(inc, mentions: incidentMentions) {
            var rest = scores
            for s in SubEventType.all where s.eventType == .riots { rest[s.rawValue] = 0 }
            if let next = SubEventType.all.filter({ $0.eventType.isViolent }).max(by: { rest[$0.rawValue] < rest[$1.rawValue] }) {
                sub = rest[next.rawValue] > 0 ? next : .armedClash
                (m1, m2) = actorMentions(for: inc, sub: sub, civilianVictims: civilianVictims, country: country, trigger: triggerRange(inc, sub),
                                         mentions: incidentMentions)
            }
        }
        // an unclaimed air or drone strike is the state's, not a group named after it (see `stateForcesForAnUnclaimedStrike`)
        if !assumeEvent, sub == .airDroneStrike, let state = stateForcesForAnUnclaimedStrike(m1, trigger: triggerRange(inc, sub), among: incidentMentions) {
            m1 = state
        }
        // an armed group "detaining" people abducts them; only states arrest (ACLED)
        // ("PKK militants were detained": the group named is the one arrested, not the agent)
        if sub == .arrests, let t = m1?.type, t == .rebel || t == .politicalMilitia || t == .identityMilitia,
           !arrested(inc, named: m1!.range) {
            sub = .abduction
        }
        // shooting at an armed actor is a clash, not violence against civilians
        // ("fired rubber bullets at Palestinian fishermen": a people's name before civilians is no armed side)
        // (security forces off duty are no armed side: "killed a police officer who was off duty")
        let civilianTarget = sub == .attack && !civilianVictims && (attacksCivilians(inc) || mentionsOffDuty(inc))
        // (a political party named as such is no armed side: "shot dead a member of the Kurdistan
        // Democratic Party" attacked a civilian, where "KDP Peshmerga" would be a clash)
        if sub == .attack, !civilianVictims, !civilianTarget, let m2, m2.isArmed, !namesParty(m2), let m1, m1.isArmed {
            sub = .armedClash
        }
        if sub == .attack, !civilianVictims, !civilianTarget, m2 == nil || m2!.kind == "civilians", let m1, m1.isArmed {
            // "Military Forces of Yemen" and "Military Forces of Yemen (2012-)" are one side
            // and a mention right next to the agent is the same noun phrase ("pro-Hadi Special Security forces")
            // the target is named in the act's sentence ("shot a member of the KDP"), not in
            // background ("the victim was accused of collaborating with the army")
            let act = triggerRange(inc, .attack)
            let agentName = Self.undated(m1.name)
            let armedTarget = incidentMentions.first { m in
                m.isArmed && !namesParty(m) && Self.undated(m.name) != agentName
                    && !samePhrase(m1.range, m.range)
                    && (act.map { a in doc.sentenceOf[a.lowerBound] == doc.sentenceOf[m.range.lowerBound] } ?? true
                        || tellsBattle(Int(doc.sentenceOf[m.range.lowerBound])))
            }
            if let armedTarget { sub = .armedClash; m2 = armedTarget }
        }
        // settlers or activists who attack or fight without armed forces are a mob (ACLED codes them as
        // rioters); settlers who kill or wound are an armed attack by the settlers ("a Palestinian was
        // shot dead by settlers", news prose: "beating a man", "the Red Crescent treated 11 people")
        if sub == .attack || sub == .armedClash, let m1, m1.kind == "settlers" || m1.name.hasPrefix("Settlers (") {
            if !(sub == .attack && (killed > 0 || !assumeEvent && settlersHurtPeople(inc, injured: figures.injured ?? 0))) { sub = .mobViolence }
        } else if sub == .violentDemonstration, let a = agent(of: .violentDemonstration, in: inc, among: incidentMentions, nearest: true),
                  a.kind == "settlers" || a.name.hasPrefix("Settlers (") {
            // stones thrown by settlers: no demonstration, a mob
            sub = .mobViolence
        } else if sub == .armedClash || sub == .attack, crowdActs(inc) || sub == .attack && crowdKillsByHand(inc),
                  !incidentMentions.contains(where: { $0.isArmed && $0.type != .state && $0.kind != "police" && $0.kind != "military" && !isParty($0)
                      && !isCrowdNoun($0.range) && !namedInAnAccusation($0.range) }) {
            // a crowd that fights or attacks, the police or anyone but an armed group, riots
            sub = .mobViolence
        }
        // state forces are never a mob: beating someone up is an attack (ACLED)
        if sub == .mobViolence, let agent = agent(of: .mobViolence, in: inc, among: incidentMentions),
           agent.type == .state || agent.kind == "military" || agent.kind == "police" {
            sub = .attack
            m1 = agent
        }
        // a crowd that turns on the police or soldiers riots as demonstrators do (news prose; see `crowdTurnsOnTheForces`)
        if !assumeEvent, sub == .mobViolence, crowdTurnsOnTheForces(inc) { sub = .violentDemonstration }
        if !assumeEvent, sub == .looting, killed == 0, demonstratorsRiot(inc, mentions: incidentMentions) { sub = .violentDemonstration }  // (see `demonstratorsRiot`)
        // ACLED names the same taking of ground by who takes it: state forces regain territory,
        // anyone else overtakes it ("government forces captured the town", "militants recaptured it")
        if sub == .nonStateOvertakes, let m1, m1.type == .state || m1.type == nil && (m1.kind == "military" || m1.kind == "police") {
            sub = .governmentRegains
        } else if sub == .governmentRegains, let m1, m1.isArmed, m1.type != .state, m1.type != nil || m1.kind == "rebels" || m1.kind == "unidentified" {
            sub = .nonStateOvertakes
        }
        // a foreign state's forces taking ground from the local state overtake it (see `foreignStateTakesGround`)
        if sub == .governmentRegains, foreignStateTakesGround(agent: m1, other: m2, country: country, place: place) { sub = .nonStateOvertakes }
        // ACLED's notes give a crowd's size ("[size=no report]", "[size=about 50]") for demonstrations
        // and a crowd's violence only: such a note tells a protest or a riot, whatever its verbs
        if sub.eventType != .protests, sub.eventType != .riots, let noted = crowdNoted(inc, protest: protest, scores: scores), noted != sub {
            sub = noted
            (m1, m2) = actorMentions(for: inc, sub: sub, civilianVictims: civilianVictims, country: country, trigger: triggerRange(inc, sub),
                                     mentions: incidentMentions)
        }
        // excessive force is used on protesters: with no protest it is an attack
        if sub == .excessiveForce, protest == 0 { sub = .attack }
        // settlers riot as their own country's rioters ("Rioters (Israel)" in the West Bank)
        let rioters = m1.flatMap { $0.name.hasPrefix("Settlers (") ? String($0.name.dropFirst(10).dropLast()) : nil } ?? country ?? "Unknown"
        let actor1 = sub.eventType == .riots && m1?.kind != "rioters" ? "Rioters (\(rioters))" : m1?.name
        var actor2 = m2?.name
        if let r = m1?.range, !r.isEmpty { spans["actor1"] = span(r) }
        if let r = m2?.range, !r.isEmpty { spans["actor2"] = span(r) }
        // an attack on civilians by an armed group with no weapon trigger is violence against civilians
        if sub == .armedClash, actor2?.hasPrefix("Civilians") == true, scores[sub: .attack] > 0 { sub = .attack }
        // (one side alone that kills or wounds, no other armed side nor fighters named: "Boko Haram
        // attacked the village, killing one", not "militants raided a base; 20 members were killed")
        if sub == .armedClash, actor2 == nil || actor2!.hasPrefix("Civilians"), killed > 0 || civilianVictims || (figures.injured ?? 0) > 0,
           scores[sub: .armedClash] < 3, !namesFighters(inc, besides: m1?.range),
           !incidentMentions.contains(where: { m in m.isArmed && m.name != m1?.name && !(m1.map { samePhrase($0.range, m.range) } ?? false) }) {
            sub = .attack
            actor2 = actor2 ?? "Civilians (\(country ?? "Unknown"))"
        }

        // MARK: date
        var day = published
        var precision = 1
        if let d = inc.date {
            day = d.day
            precision = d.precision
            spans["date"] = span(d.range)
        }
        // MARK: attribution
        if let r = sRange { spans["source"] = span(r) }

        var event = ExtractedEvent(
            eventType: sub.eventType.rawValue, subEventType: sub.name, cameoRoot: sub.cameoRoot,
            date: day.iso, timePrecision: precision,
            fatalities: killed, fatalitiesMin: killed > 0 ? killMin : nil, fatalitiesMax: killed > 0 ? killMax : nil,
            injured: figures.injured,
            certainty: certainty,
            denial: claims.contains { $0.denial && $0.source == source },
            accounts: accounts(others, mainSource: source, mentions: incidentMentions)
        )
        event.actor1 = actor1
        event.actor2 = actor2
        event.source = source
        event.sourceKind = sourceKind
        locate(&event, at: place, country: country, spans: &spans)
        event.civilianTargeting = sub.eventType == .violenceAgainstCivilians
            || (actor2?.hasPrefix("Civilians") == true && sub.eventType == .explosions)
        // evidence text and spans
        var textSpans: [ByteSpan] = []
        for k in inc.sentences {
            let (a, b) = doc.byteSpan(doc.sentences[k].range)
            textSpans.append(ByteSpan(a, b))
        }
        event.text = doc.joinedText(textSpans)
        spans["text"] = SpanList(textSpans)
        if let trig = triggerRange(inc, sub) { spans["event_type"] = span(trig) }
        event.spans = spans
        // confidence: trigger strength, and each field we could ground
        var conf = 0.25 + min(0.35, scores[sub.rawValue] / 12)
        if place != nil { conf += 0.12 }
        if actor1 != nil { conf += 0.08 }
        if inc.date != nil { conf += 0.05 }
        if inc.headline != nil { conf += 0.08 }
        if killed > 0 { conf += 0.05 }
        if forceOther { conf = 0.1 }
        event.confidence = (min(0.99, conf) * 100).rounded() / 100
        return event
    }
}
