import SitrepModel

/// Groups a document's sentences into sections (a headline and its paragraphs, a timed update) and
/// incidents (the sentences that describe one event), then codes each incident as one event.
struct Assembler {
    let extractor: Extractor
    let doc: Document
    let published: Day
    let countries: [UInt64]
    let countryHint: String?
    /// A short text reports one event: all its sentences are one incident, and with no trigger it
    /// is coded as Other (see `ExtractionContext.assumeEvent`).
    var assumeEvent = true
    /// A denied event stays an event (marked `denial`) for the record (see `ExtractionContext.keepDenials`).
    var keepDenials = false
    /// False for a part of a long text: however few its sentences, it is not a short report.
    var mayBeSingleReport = true
    /// The caller gave the headline (`ExtractionContext.headline`), read as the first line: it is
    /// the headline of the first section however it is written ("Strike on camp").
    var headlineGiven = false
    /// The classes of each sentence's words, made once for all the rules that start from one
    /// (see `SentenceWords`).
    let sentenceWordTable = SentenceWordTable()
    var lexicon: Lexicon { extractor.lexicon }

    struct Section {
        var headline: Int?
        var sentences: [Int] = []
        /// It opens with a live blog's update marker ("UPDATE 13:45 GMT:").
        var update = false
    }

    static let weatherWords = WordSet(["sand", "dust", "snow", "tropical", "winter", "severe", "heavy", "rain", "thunder", "ice", "hail", "wind", "violent"])

    struct Evidence {
        /// Per sub-event type; empty (all zero) until the sentence scores, as most do not.
        var scores = SubEventScores()
        var best: SubEventType?
        var bestScore = 0.0
        /// The weight of its strongest trigger word (a few weak words add up to a best score, not to this).
        var strongest = 0.0
        var trigger: Range<Int>?
        var places: [Int] = []  // indices into doc.places
        var dates: [DateMention] = []
        /// The sentence opens with a note prefix that names its event type ("Defusal:").
        var labelled = false

        mutating func score(_ sub: SubEventType, adding w: Double) {
            scores[sub.rawValue] += w
        }

        /// Scores a sub-type found by a rule of its own (not the trigger lexicon): it counts as
        /// the strongest evidence it is, and becomes the best sub-type, with `trigger`, when it
        /// now leads.
        mutating func propose(_ sub: SubEventType, weight w: Double, trigger t: Int) {
            score(sub, adding: w)
            strongest = max(strongest, w)
            if scores[sub.rawValue] > bestScore {
                bestScore = scores[sub.rawValue]
                best = sub
                trigger = t..<(t + 1)
            }
        }
    }

    // MARK: - Sections

    func sections() -> [Section] {
        var out: [Section] = []
        var current = Section()
        // a text all in capitals (a wire flash) is the report itself, not a photo caption
        let captionsOnly = doc.sentences.indices.allSatisfy(isIgnorable)
        for (k, s) in doc.sentences.enumerated() {
            let first = doc.tokens[s.range.lowerBound]
            if !captionsOnly, isIgnorable(k) { continue }
            let isMarker = first.flags.contains(.lineStart) && first.kind == .word && first.flags.contains(.allCaps)
                && (word(s.range.lowerBound, "update") || word(s.range.lowerBound, "original"))
            if isMarker || isHeadline(k) {
                if !current.sentences.isEmpty || current.headline != nil { out.append(current) }
                current = Section()
                current.sentences.reserveCapacity(min(16, doc.sentences.count - k))  // (not grown one doubling at a time)
                if !isMarker { current.headline = k }
                current.update = isMarker
            }
            current.sentences.append(k)
        }
        if !current.sentences.isEmpty { out.append(current) }
        return out
    }

    // inlined: the literal's hash then folds to a constant (the actor cues call this for every mention)
    @inline(__always) func word(_ i: Int, _ w: StaticString) -> Bool { DateResolver.isWord(doc, i, w) }

    static var thwartedHash: UInt64 { DateResolver.lexHash("thwarted" as StaticString) }
    static var dealHash: UInt64 { DateResolver.lexHash("deal" as StaticString) }
    static var dealsHash: UInt64 { DateResolver.lexHash("deals" as StaticString) }
    /// How many words the quotation around token `t` holds (it stops at the sentence's bounds and
    /// after 4: only "short or not" matters). Called for quoted trigger words only.
    func quotedWords(around t: Int, in range: Range<Int>) -> Int {
        var n = 0
        var i = t
        while i >= range.lowerBound, doc.tokens[i].flags.contains(.quoted), n <= 4 {
            if doc.tokens[i].kind == .word { n += 1 }
            i -= 1
        }
        i = t + 1
        while i < range.upperBound, doc.tokens[i].flags.contains(.quoted), n <= 4 {
            if doc.tokens[i].kind == .word { n += 1 }
            i += 1
        }
        return n
    }

    /// Photo captions in capitals, "See ..." and "Jump to ..." navigation lines.
    private func isIgnorable(_ k: Int) -> Bool {
        let s = doc.sentences[k]
        let first = s.range.lowerBound
        if s.isBareLine, word(first, "see") || word(first, "jump") { return true }
        guard s.isBareLine else { return false }  // only a bare line is a caption: no need to count
        var words = 0, caps = 0
        for t in s.range where doc.tokens[t].kind == .word {
            words += 1
            if doc.tokens[t].flags.contains(.allCaps) || doc.tokens[t].length == 1 && doc.tokens[t].flags.contains(.capitalized) { caps += 1 }
        }
        return s.isBareLine && words > 0 && caps == words && !(word(first, "update") || word(first, "original"))
    }

    private func isHeadline(_ k: Int) -> Bool {
        let s = doc.sentences[k]
        if headlineGiven, s.paragraph == doc.sentences[0].paragraph, k == 0 || !(0..<k).contains(where: { !isIgnorable($0) }) { return true }
        guard s.isBareLine, s.range.count >= 3, s.range.count <= 30 else { return false }
        guard k + 1 < doc.sentences.count, doc.sentences[k + 1].paragraph > s.paragraph else { return false }
        var words = 0, caps = 0
        for t in s.range where doc.tokens[t].kind == .word {
            words += 1
            if doc.tokens[t].flags.contains(.capitalized) { caps += 1 }
        }
        return words >= 2 && Double(caps) >= Double(words) * 0.5
    }

    // MARK: - Evidence per sentence

    /// `policingText`: the whole (short) text is about ordinary crime, not only this sentence.
    /// Written into `ev` (a fresh `Evidence`) in place: a returned value was copied out whole.
    func evidence(_ k: Int, policingText: Bool = false, into ev: inout Evidence) {
        let s = doc.sentences[k]
        // a sentence without a trigger word scores nothing (and its modals do not matter): not scanned
        let scored = doc.sentenceHas(k, .trigger) ? s.range : s.range.lowerBound..<s.range.lowerBound
        var modal = false
        // (a modal is a `nonevent` word: a sentence with none is not scanned for one)
        for t in scored where doc.sentenceHas(k, .nonevent) && doc.lexAt[t] >= 0 {
            // "may" is a modal, "May" a month
            if !doc.tokens[t].flags.contains(.capitalized), doc.lexHas(t, .nonevent), doc.lexEntries(at: t).contains(where: { lexicon.modal[Int($0)] }) { modal = true }
        }
        // ordinary crime ("drugs", "smuggling") makes arrests and seizures police work, unless weapons are seized
        let kinds = notReportKinds(in: k)  // nothing to scan in a sentence without a notreport word
        let policing = policingText || kinds.crime && !kinds.weapon
        // "Since fighting erupted in April, 5,000 people have been killed": the period names the war
        let cumulative = doc.sentenceHas(k, .kill) && cumulativeToll(s.range)
        let gatherWords = Self.gatherWords  // read once: a static read per trigger word runs its once-check
        for t in scored where doc.lexHas(t, .trigger) {
            let ids = doc.lexEntries(at: t)
            // "March", "May" as months are not marches; a capitalized month word is a date
            if doc.tokens[t].flags.contains(.capitalized), doc.lexHas(t, .month) { continue }
            // "no air strikes", "blame the fighting", "threatened to strike", "missile tests": named, not reported
            var reported = reportFactor(trigger: t, end: doc.lexRange(at: t)?.upperBound ?? t + 1, sentence: s.range)
            // "a fire at a market" is a blaze, not "fired at" (phrases match on stems)
            if word(t, "fire"), t > s.range.lowerBound, doc.tokens[t - 1].isWord, Self.determiners.contains(doc.tokens[t - 1].lex) { reported = 0 }
            // "during a sand storm", "a tropical storm" is weather, not "stormed"
            if namesAStormOfWeather(t, in: s.range) { reported = 0 }
            // inflections share a stem ("detained", "detention" → "detain"): one vote per sub-type per word
            var seen: UInt64 = 0  // one bit per sub-event type (no array per trigger word)
            // "where villagers had gathered", "a gathering of fighters": people met, no one protested
            if gatherWords.contains(doc.tokens[t].lex), gatheringIsNoProtest(t, in: s.range) { continue }
            // "a bomb" is no "bombed": a one-word trigger written as the word silences the others
            // that only share its stem
            let lex = doc.tokens[t].lex
            let exact = doc.lexRange(at: t)?.count == 1 && ids.contains { extractor.triggerType[Int($0)] != nil && lexicon.phraseLex[Int($0)] == lex }
            // "those it arrests", "attacks have risen", "since the two sides signed a deal": context, not news
            let context = !assumeEvent && (toldAsContext(t, in: s.range) || toldAsPlanned(t, in: s.range) || toldAsApproaching(t, in: s.range) || toldAsCircumstance(t, in: s.range) || toldAsAPeriod(t, in: s.range) || namesThePeopleHeld(t, in: s.range)
                || namesWhatIsNegotiated(t, in: s.range))
            for id in ids {
                guard let sub = extractor.triggerType[Int(id)], seen & (1 << UInt64(sub.rawValue)) == 0 else { continue }
                if exact, lexicon.phraseLex[Int(id)] != lex { continue }
                // "drug dealers", "dealing drugs", "dealt a blow": a deal is the noun as written
                if sub == .agreement, lexicon.phraseLex[Int(id)] == Self.dealHash, lex != Self.dealHash, lex != Self.dealsHash { continue }
                // "the press club", "a football club": the noun is no "clubbed"
                if !Self.matchesAsWritten(lexicon.phraseLex[Int(id)], lex) { continue }
                // "a gold mine", "the mine's workers": a mine dug for ore is no landmine
                if sub == .remoteExplosive, isOreMine(t) { continue }
                // "stormed out of the session", "firefighters battled a blaze": idioms of no act
                if isIdiomOfNoAct(t) { continue }
                // "a drone was spotted over the airport": a sighting, no strike
                if sub == .airDroneStrike, isOnlySighted(t, in: s.range) { continue }
                seen |= 1 << UInt64(sub.rawValue)
                var w = ids.reduce(0.0) { extractor.triggerType[Int($1)] == sub ? max($0, lexicon.weights[Int($1)]) : $0 }
                // reported speech ("...we will strike back...") is what someone said, not what
                // happened; a scare-quoted label of three words or fewer ("terrorist shelling")
                // still names the act the sentence reports
                if doc.tokens[t].flags.contains(.quoted) && quotedWords(around: t, in: s.range) > 3 { w *= 0.25 }
                if modal { w *= 0.5 }
                w *= reported
                // ("thwarted an attempt to smuggle migrants": a crime foiled is police work, no battle)
                if policing, Assembler.policing.contains(sub) || lex == Self.thwartedHash { w *= 0.1 }
                // ("the fighting has killed 300 people so far": the war, named with its article)
                if cumulative, inCumulativePeriod(t, in: s.range) || t > s.range.lowerBound && word(t - 1, "the") { w *= 0.1 }
                // "he was arrested last year": in news prose an act of an earlier year is background
                if !assumeEvent, context || toldAtAnEarlierTime(after: t, in: s.range) { w *= 0.1 }
                // "attempted to detain", "tried to storm": an attempt is not the act
                if t >= s.range.lowerBound + 2, word(t - 2, "attempted") || word(t - 2, "tried") || word(t - 1, "attempted") { w *= 0.3 }
                // "a reason for the arrest was not given": the event told again to explain it
                if namesEventForItsMotive(t, in: s.range) { w *= 0.3 }
                // a trigger word that is part of a place or actor name ("Desert Hawks") does not count
                if doc.placeCovers(t) && !doc.tokens[t].flags.contains(.allCaps) && doc.tokens[t].flags.contains(.capitalized) && sub.eventType != .protests { w *= 0.5 }
                ev.score(sub, adding: w)
                ev.strongest = max(ev.strongest, w)
                if ev.scores[sub.rawValue] > ev.bestScore {
                    ev.bestScore = ev.scores[sub.rawValue]
                    ev.best = sub
                    ev.trigger = doc.lexRange(at: t)
                }
            }
        }
        // "police seized seven firearms", "two IEDs were found and defused": weapons taken or found
        // are disrupted weapons use, whatever the verb alone would say ("seized" a town); a sentence
        // that tells deaths tells violence, which outranks a seizure (ACLED precedence)
        if kinds.weapon, !doc.sentenceHas(k, .kill), let t = weaponSeizure(in: s.range) {
            ev.propose(.disruptedWeapons, weight: Assembler.seizureWeight * reportFactor(trigger: t, end: t + 1, sentence: s.range), trigger: t)
        }
        // "gunmen killed three soldiers", "the coalition killed at least 15 people": an armed agent
        // that kills is an attack even with no weapon named (a clash when the victims are armed, see `code`)
        if doc.sentenceHas(k, .kill), !cumulative, let t = agentKill(in: s.range) {
            var w = Assembler.agentKillWeight * reportFactor(trigger: t, end: t + 1, sentence: s.range)
            if modal { w *= 0.5 }
            ev.propose(.attack, weight: w, trigger: t)
        }
        // what the sentence's words say together, not one trigger word: see `readActs`
        readActs(&ev, sentence: k)
        // ACLED note prefixes: "Defusal:", "Property destruction:" ...
        if s.range.count > 2 {
            var j = s.range.lowerBound
            while j < s.range.upperBound, j < s.range.lowerBound + 4, doc.tokens[j].kind == .word { j += 1 }
            if j < s.range.upperBound, doc.tokens[j].isPunct(0x3A) {
                for id in doc.lexEntries(at: s.range.lowerBound, having: .prefix) where lexicon.classes[Int(id)] == .prefix {
                    if let sub = extractor.prefixType[Int(id)] {
                        ev.score(sub, adding: 20)
                        ev.bestScore = ev.scores[sub.rawValue]
                        ev.best = sub
                        ev.trigger = doc.lexRange(at: s.range.lowerBound)
                        ev.labelled = true
                        ev.strongest = 20
                    }
                }
            }
        }
        // "more than 40,000 have been killed since the war began", "the group has attacked shipping
        // since November": the war so far, no incident (a count of bases or posts set up so far
        // still tells of them)
        // (and in news, weapons cleared or seized so far: "sappers cleared 40,000 explosive objects in the first three months")
        if ev.best?.eventType.isViolent == true || doc.sentenceHas(k, .kill) || !assumeEvent && ev.best == .disruptedWeapons, speaksOfTheWarSoFar(s.range) { ev = Evidence(); return }
        // "2,500 people were killed across the country in the first three months of the year", "fighting
        // has displaced 200,000 people this year": a count
        if !assumeEvent, ev.bestScore > 0, countsOverASpan(s.range) || countsTheDisplaced(s.range) { ev = Evidence(); return }
        // "more than 150 journalists have been arrested since the 2021 coup": arrests counted so far
        if !assumeEvent, ev.best == .arrests, speaksSinceEarlierYear(s.range) { ev = Evidence(); return }
        // "... the November 2015 attacks in Paris. The coordinated attacks killed 130 people": the act of
        // an earlier year told again (news prose only: a note tells its own event)
        if !assumeEvent, ev.best?.eventType.isViolent == true, retellsAnEarlierYearsAct(k) { ev = Evidence(); return }
        // (the places that start in the sentence, read from the token index: no array of them made)
        let placeAt = doc.placeSentences[k] ? doc.placeAt : []
        for t in s.range where !placeAt.isEmpty && placeAt[t] >= 0 && doc.places[Int(placeAt[t])].chosen != .max {
            let p = Int(placeAt[t])
            let m = doc.places[p]
            if doc.actorOverlaps(m.range, minCount: m.range.count + 1) { continue }
            if doc.sourceOverlaps(m.range, minCount: m.range.count + 1) { continue }
            // the dateline's place is where the reporter filed from (see `Document.findDatelines`)
            if doc.inDateline(m.range.lowerBound) { continue }
            ev.places.append(p)
        }
        // every date form starts at a month, weekday or relative-day word
        if doc.sentenceHas(k, .month) || doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .relday) {
            // "since March 2011", "the war that began in 2011": the war's start dates no event
            // (a dateline's day is the filing day, not the event's)
            ev.dates = datesTold(in: s.range)
            // the day of saying goes after the days of the telling ("said on Tuesday that a strike on Monday ...")
            for d in ev.dates.indices where saysWhenSaid(ev.dates[d].range, in: s.range) { ev.dates[d].isSaid = true }
            // "said on Wednesday that strikes overnight killed 12": a relative day after the day of
            // saying counts from that day, not from publication; so does "overnight" before it in news
            // prose ("killed 18 civilians in an overnight attack ..., the army said on Friday")
            if let said = ev.dates.first(where: \.isSaid) {
                for d in ev.dates.indices where !ev.dates[d].isSaid && (ev.dates[d].range.lowerBound > said.range.lowerBound
                    || !assumeEvent && word(ev.dates[d].range.lowerBound, "overnight"))
                    && doc.lexHas(ev.dates[d].range.lowerBound, .relday) && !doc.lexHas(ev.dates[d].range.lowerBound, .weekday) {
                    ev.dates[d].day = Day(ordinal: ev.dates[d].day.ordinal - published.ordinal + said.day.ordinal)
                }
            }
            if ev.dates.contains(where: \.isSaid) { ev.dates = ev.dates.filter { !$0.isSaid } + ev.dates.filter(\.isSaid) }
        }
    }

    // MARK: - Incidents

    /// What telling an event first adds to its confidence, in a report of several events.
    static let leadBonus = 0.1

    func events() -> [ExtractedEvent] {
        let secs = sections()
        var out: [ExtractedEvent] = []
        let singleReport = mayBeSingleReport && secs.count <= 1 && doc.sentences.count <= Self.shortTextSentences
        var fallback: (Incident, Section)? = nil
        // the first act of full weight of a long news report, when none reaches the page's bar
        var weakLead: (Incident, Section)? = nil
        var days: [Int] = []  // the day of each event coded, as an ordinal
        var firsts: [Int] = []  // the first sentence of each event coded
        var codedEvents: [CodedEvent] = []  // each event's section and places, for later updates' tolls
        // a short text about ordinary crime: "smugglers ... were intercepted" across two sentences
        let policingText = singleReport && isAboutCrime()
        for (s, sec) in secs.enumerated() {
            // one per sentence of the section, in order (an array: no hashing per sentence)
            // (each written in place into a fresh slot: no copy of a blank evidence per sentence)
            let evidences = [Evidence](unsafeUninitializedCapacity: sec.sentences.count) { slots, n in
                for k in sec.sentences { slots.initializeElement(at: n, to: Evidence()); evidence(k, policingText: policingText, into: &slots[n]); n += 1 }
            }
            let incidents = incidents(of: sec, evidences: evidences, telling: !singleReport ? .page : assumeEvent ? .oneEvent : .short)
            // a report whose lead tells no act reports only the acts it dates (see `toldWithItsDay`)
            let quiet = assumeEvent ? nil : quietLead(sec, evidences: evidences)
            for inc in incidents {
                let best = inc.scores.max() ?? 0
                let grounded = !inc.places.isEmpty || inc.headline != nil
                // a short text's only incident is coded on any trigger; one of several needs a full one
                var coded = singleReport ? best > 0 && (incidents.count == 1 || best >= 2) : best >= 2 && grounded
                // a long news report's first act of full weight, coded when no act of the report
                // reaches the page's bar (see `weakLead`)
                let mayLead = !coded && !singleReport && !assumeEvent && weakLead == nil && best >= 1 && inc.strongest >= 1 && grounded
                    && tellsTheLead(inc, of: sec)
                if coded || mayLead, !assumeEvent, reportsNoEvent(inc, best: best, of: sec, evidences: evidences, quiet: quiet) {
                    coded = false
                } else if mayLead {
                    weakLead = (inc, sec)
                }
                if coded {
                    if let e = code(inc, section: sec) {
                        if secs.count > 1 { codedEvents.append(CodedEvent(index: out.count, section: s, places: inc.places.map { doc.places[$0].chosen })) }
                        out.append(e)
                        days.append(inc.date?.day.ordinal ?? published.ordinal)
                        firsts.append(inc.sentences.first ?? 0)
                    }
                } else if fallback == nil {
                    fallback = (inc, sec)
                }
            }
        }
        if out.isEmpty, singleReport, assumeEvent, let (inc, sec) = fallback, let e = code(inc, section: sec, forceOther: true) {
            out.append(e)
        }
        // a long report (more than `shortTextSentences` sentences, read as a page) whose acts all
        // fall short of the page's bar still reports the first it tells with a word of full weight
        if out.isEmpty, let (inc, sec) = weakLead, let e = code(inc, section: sec) {
            out.append(e)
            days.append(inc.date?.day.ordinal ?? published.ordinal)
            firsts.append(inc.sentences.first ?? 0)
        }
        reviseFromLaterUpdates(&out, coded: codedEvents, sections: secs)
        if !assumeEvent { headlineTakesTheStorysToll(&out, coded: codedEvents, sections: secs) }
        if !assumeEvent { earlyUpdateTakesTheStorysToll(&out, coded: codedEvents, sections: secs) }
        if !assumeEvent { openingLeadsTheBlog(&out, coded: codedEvents, sections: secs) }
        if !assumeEvent, secs.count > 1 { nameTheDoerFromLaterUpdates(&out) }
        if !assumeEvent { claimedInLaterUpdates(&out, coded: codedEvents, sections: secs) }
        // a news report tells what happened in its last days; an act it dates to months before
        // ("the town was the scene of a rampage in February") is its background, when it reports
        // a recent one too, or when it is an article of several paragraphs (its news is then no act)
        if !assumeEvent, (doc.sentences.last?.paragraph ?? 0) >= 2 || days.contains(where: { published.ordinal - $0 <= Self.backgroundDays }) {
            // (in place, in order: the kept events and their first sentences move forward, the rest to the end; none copied)
            var kept = 0
            for k in out.indices where published.ordinal - days[k] <= Self.backgroundDays {
                out.swapAt(kept, k)
                firsts.swapAt(kept, k)
                kept += 1
            }
            out.removeSubrange(kept...)
            firsts.removeSubrange(kept...)
        }
        // a news report leads with its news: the event its first sentences tell is its main one,
        // above the events told after it (a report read without `assumeEvent` only)
        if !assumeEvent, out.count > 1, let lead = firsts.indices.min(by: { firsts[$0] < firsts[$1] }) {
            out[lead].confidence = (min(0.99, (out[lead].confidence ?? 0) + Self.leadBonus) * 100).rounded() / 100
        }
        return out
    }
}
