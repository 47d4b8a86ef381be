import SitrepModel

// MARK: - A report whose lead tells no act (news prose only)

extension Assembler {
    /// How a section's lead tells no act (see `quietLead`).
    struct QuietLead {
        /// The lead sentence when it opens with a frame of news that is no act (`opensWithAFrame`):
        /// the acts it names are what the frame is about, and do not vouch for themselves.
        var frame: Int?
        /// The lead sentence of a lead that is only quiet (no frame).
        var lead: Int?
        /// The piece is labelled an analysis, an explainer, an opinion (`labelsAnAnalysis`): the
        /// acts it recounts, even of the last days, are its argument, not its news.
        var analysis = false
    }

    /// The section's lead tells no act, nil when it does. Either its first sentence of `leadWords`
    /// words or more (not a fragment: a place or a date line) opens with a frame of news that is no
    /// act (`opensWithAFrame`: "A federal court on Wednesday adjourned the trial of five men accused
    /// over the 2022 attack"), or its headline and that sentence have no trigger word of full
    /// weight and the sentence gives a day of its own, not of saying: the news is something else,
    /// a verdict, a vote, a funeral, a mandate renewed ("A court on Thursday sentenced a journalist
    /// to 20 years", "The council on Tuesday extended the mission's mandate").
    func quietLead(_ sec: Section, evidences: [Evidence]) -> QuietLead? {
        // "Analysis: How the juntas turned to Moscow", "Explainer - Why ...": a piece of that kind
        // tells the story so far, not an event
        if let first = sec.sentences.first, labelsAnAnalysis(first) { return QuietLead(frame: first, analysis: true) }
        var headlineTellsAnAct = false
        // a title in sentence case, a bare first line ("Somalia remembers victims of 2017 bombing"):
        // the lead after it is read for a frame, and when it has none the title is read as the lead
        var title: (k: Int, n: Int)? = nil
        /// The title read as the lead, as every bare line was before: quiet when it tells no act
        /// and gives a day of its own.
        func titleAsTheLead(_ title: (k: Int, n: Int)) -> QuietLead? {
            let ev = evidences[title.n]
            if headlineTellsAnAct || ev.strongest >= 1 { return nil }
            return ev.dates.contains { !$0.isSaid } && !toldDeathsOfTheDay(title.k) ? QuietLead(lead: title.k) : nil
        }
        for (n, k) in sec.sentences.enumerated() {
            let ev = evidences[n]
            if k == sec.headline { headlineTellsAnAct = ev.strongest >= 1; continue }
            var words = 0
            for t in doc.sentences[k].range where doc.tokens[t].isWord { words += 1 }
            if words < Self.leadWords {
                if ev.strongest >= 1 { return nil }
                continue
            }
            // (a headline of the frame's act is the frame's story: "Court convicts two over mall attack")
            let afterAnAct = headlineTellsAnAct || title.map { evidences[$0.n].strongest > 0 } == true
            if opensWithAFrame(k, afterAnAct: afterAnAct) { return QuietLead(frame: k) }
            if title == nil, n == 0, doc.sentences[k].isBareLine, words <= Self.titleWords { title = (k, n); continue }
            // "The number of people killed since the start of the war has passed 60,000": a lead
            // that counts the war so far, with no act word and no day of the last days, reports no
            // act ("An air strike on Monday killed 12, bringing the toll since the war began to
            // 40,000" does)
            if doc.sentenceHas(k, .kill), !doc.sentenceHas(k, .trigger),
               !ev.dates.contains(where: { !$0.isSaid && published.ordinal - $0.day.ordinal <= Self.newsDays }),
               speaksOfTheWarSoFar(doc.sentences[k].range) || cumulativeToll(doc.sentences[k].range) || passesAMilestone(doc.sentences[k].range) {
                return QuietLead(frame: k)
            }
            if let title { return titleAsTheLead(title) }
            if headlineTellsAnAct || ev.strongest >= 1 { return nil }
            // "At least 30 people were killed on Sunday in ...": deaths are the news of violence
            // (not "the funerals of three aid workers killed earlier this week")
            return ev.dates.contains { !$0.isSaid } && !toldDeathsOfTheDay(k) ? QuietLead(lead: k) : nil
        }
        return title.flatMap(titleAsTheLead)
    }

    /// Without `assumeEvent` a text may report nothing: a weak or discounted trigger ("accused",
    /// "blame the fighting"), a disaster, an accident or a figure of speech ("a legal battle"),
    /// violence at home, or an act a quiet lead does not date as news is no event.
    func reportsNoEvent(_ inc: Incident, best: Double, of sec: Section, evidences: [Evidence], quiet: QuietLead?) -> Bool {
        best < 1 || inc.strongest < 1 || isHazard(inc) || isAccident(inc) || isFigurative(inc)
            || isDomestic(inc) || isPrivateQuarrel(inc) || isOnlyALabourStrike(inc) || isAboutAnAnimal(inc) || isADisplayOfArms(inc)
            || isComputerCrime(inc) || isARobbery(inc) || quiet?.analysis == true || quiet.map({ !toldWithItsDay(inc, of: sec, evidences: evidences, lead: $0) }) == true
    }

    /// The incident is told from the section's lead: it opens in the section's first two
    /// sentences (a headline's among them).
    func tellsTheLead(_ inc: Incident, of sec: Section) -> Bool {
        guard let first = inc.sentences.first, !sec.sentences.isEmpty else { return false }
        return first <= sec.sentences[min(2, sec.sentences.count - 1)]
    }

    /// Sentence `k` opens with a label of a piece that is no report of an event: "Analysis:",
    /// "Explainer -", "Q&A:", "Factbox:", "Opinion:" (the word, then a colon or a dash).
    func labelsAnAnalysis(_ k: Int) -> Bool {
        let range = doc.sentences[k].range
        guard range.count >= 3, doc.tokens[range.lowerBound].isWord, Self.analysisLabels.contains(doc.tokens[range.lowerBound].lex) else { return false }
        var j = range.lowerBound + 1
        // "Q&A:" is three tokens
        if word(range.lowerBound, "q"), doc.tokens[j].kind == .punct, j + 1 < range.upperBound, word(j + 1, "a") { j += 2 }
        guard j < range.upperBound else { return false }
        // (every dash is read as "-")
        return doc.tokens[j].isPunct(0x3A) || doc.tokens[j].isPunct(0x2D)
    }

    static let analysisLabels = WordSet(["analysis", "explainer", "explained", "factbox", "timeline", "profile", "opinion",
                                         "comment", "commentary", "interview", "obituary", "editorial", "feature", "q"])

    /// Sentence `k` (a lead) opens with a frame of news that is no act: a word of a court, a
    /// sanction, talks, a commemoration, an election, the economy or a tally before its first act
    /// or kill word ("A Kenyan court on Wednesday convicted two men of helping the militants who
    /// attacked ...", "Mourners packed a stadium for the funeral of a leader killed in ...",
    /// "Egypt's canal revenue fell as attacks on shipping ...", "Parents gathered to mark ten
    /// years since gunmen stormed the school"). What the frame tells of is the story's
    /// background. (The dateline is not read.)
    /// `afterAnAct`: a headline before it tells an act ("Soldiers loot Yei market"); a word of aid
    /// ("food", "supplies": what may be looted) then frames the lead only with the act named in its phrase.
    func opensWithAFrame(_ k: Int, afterAnAct: Bool = false) -> Bool {
        let range = doc.sentences[k].range
        let frames = Self.frameWords, targets = Self.frameTargets, gatherings = Self.gatherWords, units = Self.longUnits
        let deliveries = Self.deliveryTargets
        // a word of a frame that may also be struck ("mourners"), waiting for the act's phrase
        var target: Int? = nil
        for t in range where doc.tokens[t].isWord && !doc.inDateline(t) {
            // "families gathered ... on Wednesday to mark ten years since": a gathering to commemorate
            if gatherings.contains(doc.tokens[t].lex), gathersToCommemorate(t, in: range) { return true }
            // (a frame word may be a trigger word too: "funeral")
            if frames.contains(doc.tokens[t].lex) { return true }
            if doc.lexHas(t, .trigger) || doc.lexHas(t, .kill) || doc.lexHas(t, .injure) {
                // the frame's act is named in a phrase of it ("mourners filled the streets for the
                // funeral of a leader killed in a strike"); "Mourners were killed when a bomb went
                // off" is an act on them
                // (aid is what may be struck or looted: "An aid convoy came under fire ..., killing
                // two drivers", "Gunmen broke into aid warehouses ... and looted food"; the act frames
                // it only as its past, "crossed into Darfur, weeks after gunmen looted a warehouse")
                if let f = target, deliveries.contains(doc.tokens[f].lex), strikesOrLoots(at: t) {
                    return tellsWhatTheFrameIsAbout(t, after: f, links: Self.pastLinks)
                }
                if let f = target { return tellsWhatTheFrameIsAbout(t, after: f) }
                // "Four soldiers killed in a clash ... were laid to rest on Wednesday": a burial
                return laidToRest(in: range)
            }
            if target == nil, targets.contains(doc.tokens[t].lex) || !afterAnAct && deliveries.contains(doc.tokens[t].lex) { target = t }
            // "gathered to mark", "to commemorate": an occasion
            if t > range.lowerBound, word(t - 1, "to"), word(t, "mark") { return true }
            // "Ten years after militants abducted ...", "One year since the signing of ...": a span
            // measured from the act
            if t > range.lowerBound, word(t, "after") || word(t, "since"), doc.tokens[t - 1].isWord, units.contains(doc.tokens[t - 1].lex) { return true }
        }
        return target != nil
    }

    /// The links that make an act the past or setting of aid before it ("crossed into Darfur, weeks
    /// after gunmen looted a warehouse", "as fighting continues"; not "despite": "convoys reached the
    /// town despite heavy fighting in the villages" tells the fighting).
    private static let pastLinks = WordSet(["after", "since", "following", "as"])

    /// An act of armed violence or looting, or a word of killing or wounding, starts at `t` (what
    /// may befall aid and those who carry it).
    private func strikesOrLoots(at t: Int) -> Bool {
        if doc.lexHas(t, .kill) || doc.lexHas(t, .injure) { return true }
        return doc.lexEntries(at: t).contains { id in
            guard let sub = extractor.triggerType[Int(id)] else { return false }
            return sub.eventType.isViolent || sub == .looting
        }
    }

    /// Words of aid and its deliveries, a frame as `frameTargets` are ("A convoy of trucks carrying
    /// food crossed into Darfur"), unless a headline before tells an act (they may be what was looted).
    static let deliveryTargets = WordSet(["aid", "humanitarian", "food", "supplies"])

    /// The gathering word at `t` is for a commemoration: a word of one within sixteen words after it,
    /// in its clause ("gathered at the former academy on Wednesday to mark ten years since ...").
    private func gathersToCommemorate(_ t: Int, in range: Range<Int>) -> Bool {
        let occasions = Self.commemorations
        // (where and when may come first: "gathered at the former Camp Speicher air academy near
        // Tikrit on Wednesday to mark ...")
        for j in (t + 1)..<min(range.upperBound, t + 17) {
            if doc.tokens[j].kind == .punct { break }
            if doc.tokens[j].isWord, occasions.contains(doc.tokens[j].lex) { return true }
        }
        return false
    }

    static let commemorations = WordSet(["mark", "commemorate", "commemorating", "commemoration", "memorial", "anniversary"])

    /// The act word at `t`, after the frame word at `f`, is named in a phrase of the frame: a
    /// preposition, a relative pronoun or "as" (`links`) stands between them, within twelve words before it.
    private func tellsWhatTheFrameIsAbout(_ t: Int, after f: Int, links: WordSet = Assembler.frameLinks) -> Bool {
        var j = t - 1
        while j > f, t - j <= 12 {
            // (not the preposition of a day: "reached the town on Tuesday despite heavy fighting")
            if doc.tokens[j].isWord, links.contains(doc.tokens[j].lex),
               !(doc.lexHas(j + 1, .weekday) || doc.lexHas(j + 1, .month) || doc.lexHas(j + 1, .relday)) { return true }
            j -= 1
        }
        return false
    }

    static let frameLinks = WordSet(["of", "over", "for", "since", "after", "on", "against", "about", "who", "which", "that",
                                     "as", "in", "from", "into", "with", "by", "amid", "behind"])

    /// The sentence says someone was "laid to rest" or buried: a burial, whatever killed them.
    /// "were buried with full honours", "buried on Sunday the 12 children killed in ..."; not
    /// "buried alive", "buried under rubble", "buried in a mass grave", nor bodies the killers
    /// buried ("killed five men and buried the bodies": no passive, no day); but kin who buried
    /// their dead ("families buried the victims in a mass grave") hold a burial.
    private func laidToRest(in range: Range<Int>) -> Bool {
        for t in range where doc.tokens[t].isWord {
            if word(t, "laid"), t + 2 < range.upperBound, word(t + 1, "to"), word(t + 2, "rest") { return true }
            guard word(t, "buried"), t > range.lowerBound, t + 1 < range.upperBound else { continue }
            // "Families in Bokkos buried dozens of victims ... in a mass grave": kin and mourners bury their dead
            if (max(range.lowerBound, t - 4)..<t).contains(where: { doc.tokens[$0].isWord && Self.mourners.contains(doc.tokens[$0].lex) }) { return true }
            let passive = Self.passiveAuxiliaries.contains(doc.tokens[t - 1].lex)
            let onADay = (t + 1..<min(range.upperBound, t + 3)).contains { doc.lexHas($0, .weekday) || doc.lexHas($0, .relday) }
            guard passive || onADay else { continue }
            if Self.notABurial.contains(doc.tokens[t + 1].lex) { continue }
            if (t + 1..<min(range.upperBound, t + 7)).contains(where: { word($0, "grave") || word($0, "rubble") || word($0, "debris") }) { continue }
            return true
        }
        return false
    }

    private static let notABurial = WordSet(["alive", "under", "beneath", "by"])
    /// Who buries the dead of an act (not its doers): kin, mourners, their community.
    private static let mourners = WordSet(["families", "relatives", "mourners", "villagers", "residents", "parents", "kin"])

    /// Words of news that is no act, as a lead's frame (general news kinds: courts and trials,
    /// sanctions and diplomacy, commemorations and funerals, elections, the economy, tallies).
    /// Not words that also name people an act may strike ("aid workers", "candidates"); those that
    /// name people or places of the frame an act may strike are `frameTargets`.
    static let frameWords = WordSet([
        // courts and trials
        "court", "courts", "tribunal", "trial", "trials", "sentenced", "sentences", "convicted", "conviction", "convictions",
        "acquitted", "acquittal", "verdict", "verdicts", "indicted", "indictment", "lawsuit", "testimony", "testified",
        // sanctions and diplomacy
        "sanctions", "embargo", "summit", "talks", "negotiations", "mediation", "communique", "diplomatic",
        "discuss", "discussed", "discussing", "discussion", "discussions",
        // commemorations and funerals
        "anniversary", "commemorate", "commemorated", "commemorating", "commemoration", "memorial", "funeral", "funerals",
        "vigil", "vigils", "wreaths", "wreath",
        // elections
        "election", "elections", "electoral", "ballot", "ballots", "referendum",
        // the economy
        "revenue", "revenues", "exports", "exported", "imports", "economy", "economic", "inflation", "tonnes",
        // tallies and reports of a whole period
        "figures", "statistics", "tallies", "milestone",
    ])

    /// Words of a frame that may also be what an act strikes ("a court building was bombed", "mourners
    /// were killed when a bomb exploded at the funeral"): a frame only when the act is named in a
    /// phrase of it (`tellsWhatTheFrameIsAbout`).
    static let frameTargets = WordSet([
        "judge", "judges", "magistrate", "magistrates", "negotiators", "mediators", "envoy",
        "envoys", "diplomats", "mourners", "parliament", "lawmakers", "legislators", "investors", "council", "councils",
    ])

    /// Sentence `k` has a kill or injury word that is not told as earlier ("killed earlier this
    /// week", "wounded last month").
    private func toldDeathsOfTheDay(_ k: Int) -> Bool {
        guard doc.sentenceHas(k, .kill) || doc.sentenceHas(k, .injure) else { return false }
        let range = doc.sentences[k].range
        for t in range where doc.lexHas(t, .kill) || doc.lexHas(t, .injure) {
            let next = (doc.lexRange(at: t)?.upperBound ?? t + 1)
            if next < range.upperBound, word(next, "earlier") || word(next, "last") { continue }
            return true
        }
        return false
    }

    /// How many days before publication an act told after a framed lead may lie and still be news.
    static let newsDays = 7

    /// The fewest words of a lead sentence (fewer: a fragment, "Al Mukalla.", "Service, 31 October").
    static let leadWords = 6
    /// A toll that "passed", "topped" or "surpassed" a number: a running total's milestone ("The
    /// death toll in the Gaza Strip has passed 40,000"), told of no act of its own.
    func passesAMilestone(_ range: Range<Int>) -> Bool {
        for t in range where doc.tokens[t].isWord && Self.milestoneVerbs.contains(doc.tokens[t].lex) {
            if t + 1 < range.upperBound, doc.tokens[t + 1].kind == .number || doc.lexHas(t + 1, .number) || word(t + 1, "the") { return true }
        }
        return false
    }

    static let milestoneVerbs = WordSet(["passed", "passes", "topped", "tops", "surpassed", "surpasses", "exceeded", "exceeds",
                                         "crossed", "crosses"])

    /// The most words a bare first line has to be read as a title.
    static let titleWords = 16

    /// Whether one of the incident's sentences (not a framed lead) tells an act (a trigger word of
    /// full weight) with a day of its own in the last `newsDays`, not the day it was said, and no
    /// day long past ("a strike on Monday killed two"). After a quiet lead
    /// (`quietLead`) an act told without its day is the story's background ("the photographer had
    /// covered the aftermath of an air strike", "the mission began deploying in June") or its
    /// reaction ("the army chief said the strike was a mistake"): ACLED's event needs its day.
    func toldWithItsDay(_ inc: Incident, of sec: Section, evidences: [Evidence], lead: QuietLead) -> Bool {
        for k in inc.sentences where k != lead.frame && !opensWithAFrame(k) {
            // (a section's sentences are in order: found by halving, no index built)
            var lo = 0, hi = sec.sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sec.sentences[mid] < k { lo = mid + 1 } else { hi = mid }
            }
            guard lo < sec.sentences.count, sec.sentences[lo] == k else { continue }
            let ev = evidences[lo]
            // (an act that kills or wounds is told as news: "gunmen stormed the village, killing 12")
            // (a day long before publication dates the story's past: "the attack on the mall in 2013")
            // (a day long past in the sentence dates it all: "during Sunday mass on June 5, 2022")
            if ev.dates.contains(where: { published.ordinal - $0.day.ordinal > Self.backgroundDays }) { continue }
            // after a frame, only an act of the last week is news of its own ("after an attack on a
            // base last month killed two soldiers" is why the talks stopped)
            // only an act of the last week is news of its own ("after an attack on a base last month
            // killed two soldiers" is why the talks stopped; "the attack killed 67 people" with no
            // day of its own retells it)
            // (a day in a quotation is the speaker's, not that of an act told outside it: '"Today some
            // justice has been done," said a man who lost his son in the attack')
            let quotedAct = ev.trigger.map { doc.tokens[$0.lowerBound].flags.contains(.quoted) }
            if ev.strongest >= 1, ev.dates.contains(where: { !$0.isSaid && published.ordinal - $0.day.ordinal <= Self.newsDays
                && (quotedAct == nil || doc.tokens[$0.range.lowerBound].flags.contains(.quoted) == quotedAct) }) { return true }
            // the lead's own paragraph goes on with its news: an act that kills told there needs no
            // day ("Residents fled their homes on Sunday. Gunmen stormed the village, killing 12.")
            if let l = lead.lead, doc.sentences[k].paragraph == doc.sentences[l].paragraph, ev.strongest >= 1, toldDeathsOfTheDay(k),
               !killedInAnEarlierYear(doc.sentences[k].range) { return true }
        }
        return false
    }
}

// MARK: - Who flies the drones

extension Assembler {
    /// An air or drone strike told with no agent before its word ("A drone strike on a town square
    /// killed 26 people, ... as the army fights local militiamen"): states fly the aircraft and
    /// drones, so a group named only after the strike is the side the state fights, not the
    /// striker. Gives the incident's first state forces (military, or a state's actor) instead;
    /// nil when the agent was named before the strike or no state forces are named.
    func stateForcesForAnUnclaimedStrike(_ m1: ActorMention?, trigger: Range<Int>?, among mentions: [ActorMention]) -> ActorMention? {
        guard let m1, let trigger, m1.range.lowerBound >= trigger.upperBound, !m1.agentCue,
              m1.type != .state, m1.kind != "military", m1.kind != "police" else { return nil }
        return mentions.first { m in !m.quoted && !m.isVictim && !m.isTarget && (m.type == .state || m.kind == "military") }
    }
}

// MARK: - Gathering things

extension Assembler {
    /// "gathering truffles", "gathered firewood", "gathering evidence": the gathering word has an
    /// object right after it, what is collected, so no one assembled (people who gather to protest
    /// do it in a place or for a cause: "gathered in the square", "gathered to demand").
    func gathersThings(_ i: Int) -> Bool {
        doc.tokens[i].isWord && Self.gatheredThings.contains(doc.tokens[i].lex)
    }

    /// What people collect: food from the land, fuel, water, evidence, signatures.
    static let gatheredThings = WordSet(["truffles", "mushrooms", "firewood", "wood", "herbs", "berries", "fruit", "nuts", "honey",
                                         "crops", "harvest", "grass", "fodder", "water", "food", "scrap", "plastic", "metal",
                                         "evidence", "information", "intelligence", "data", "signatures", "samples", "dust"])
}

// MARK: - A private quarrel

extension Assembler {
    /// Violence over a private matter: "in what appeared to be a dispute over money", "after an
    /// argument over a debt", "a family feud", "a personal dispute". ACLED leaves interpersonal
    /// violence out, as violence at home (`isDomestic`); with no `assumeEvent` such an incident is
    /// no event. (A dispute over land, water or grazing is a communal conflict's and stays.)
    func isPrivateQuarrel(_ inc: Incident) -> Bool {
        let quarrels = Self.quarrelWords
        // (only the sentences with a word of quarrelling are scanned, see `SentenceWords`)
        for k in inc.sentences where sentenceWords(k).contains(.quarrelWord) {
            let range = doc.sentences[k].range
            for t in range where doc.tokens[t].isWord && quarrels.contains(doc.tokens[t].lex) {
                if t > range.lowerBound, doc.tokens[t - 1].isWord, Self.privateSides.contains(doc.tokens[t - 1].lex) { return true }
                // "a dispute over money", "an argument over a debt"
                guard t + 2 < range.upperBound, word(t + 1, "over") || word(t + 1, "about") else { continue }
                var j = t + 2
                if doc.tokens[j].isWord, doc.tokens[j].flags.contains(.article) || word(j, "a") || word(j, "unpaid") { j += 1 }
                if j < range.upperBound, doc.tokens[j].isWord, Self.privateMatters.contains(doc.tokens[j].lex) { return true }
            }
        }
        return false
    }

    static let quarrelWords = WordSet(["dispute", "disputes", "quarrel", "argument", "row", "feud", "altercation", "brawl"])
    /// Who quarrels in private ("a family feud", "a personal dispute", "a business row").
    static let privateSides = WordSet(["personal", "family", "private", "business", "romantic", "neighbourly", "neighborly"])
    /// What a private quarrel is over.
    /// (a boundary, a plot or a fence is one household's against its neighbour's: "a quarrel over
    /// the boundary between their plots"; land and grazing are also fought over by communities)
    static let privateMatters = WordSet(["money", "debt", "debts", "loan", "rent", "inheritance", "dowry", "payment", "wages",
                                         "girlfriend", "woman", "marriage", "parking", "bill", "boundary", "plot", "fence"])
}
