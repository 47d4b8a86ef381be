import SitrepModel

// MARK: - Live blogs: a later update revises an earlier update's toll

extension Assembler {
    /// An event coded from one section (a live-blog update), with the places its incident named.
    struct CodedEvent {
        var index: Int
        var section: Int
        var places: [UInt32]
    }

    /// A live blog tells a toll as it grows, update by update ("UPDATE 12:45 GMT: The toll from the
    /// Kharkiv strike has risen to five", "UPDATE 15:05 GMT: Rescuers in Kharkiv ... Seven people
    /// have now been killed"): a revised toll in a later update (a section opened by an update
    /// marker), or the toll of a later update that codes no event of its own ("UPDATE 09:15 GMT: The
    /// camp's clinic says eight people have been killed"), raises the toll of the events coded from
    /// earlier sections at the places it names; an update that names no place speaks of the story
    /// the update before told: the events at the places of the latest section that coded one. The
    /// figure before stays as the lower bound. A war's count, and a toll of a dated past act ("In
    /// April 2025 a strike killed 20"), is no revision. ACLED takes the latest figure of a toll that grows.
    func reviseFromLaterUpdates(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, !coded.isEmpty else { return }
        let reader = CasualtyReader(lexicon: lexicon)
        // the events of the sections read so far, by the places their incidents named (built as
        // the sections go: a long page has thousands of sections and events)
        var byPlace: [UInt32: [Int]] = [:]
        var added = 0
        for (s, sec) in sections.enumerated() where s > 0 {
            while added < coded.count, coded[added].section < s {
                for p in coded[added].places { byPlace[p, default: []].append(added) }
                added += 1
            }
            guard added > 0, sec.update else { continue }
            let ownEvent = added < coded.count && coded[added].section == s
            // (the revisions first: most sections revise nothing)
            var revisions: [Casualty] = []
            for k in sec.sentences where doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) {
                let range = doc.sentences[k].range
                if speaksOfTheWarSoFar(range) || doc.sentenceHas(k, .kill) && cumulativeToll(range) { continue }
                if let r = reader.revisedToll(in: doc, sentence: range) {
                    revisions.append(r)
                } else if !ownEvent, doc.sentenceHas(k, .kill), !datesAnotherTime(k) {
                    let killed = reader.casualties(in: doc, sentence: range).filter { $0.what == .killed && !$0.vague && !isBoast($0) }
                    let sum = killed.reduce(0) { $0 + $1.value }
                    if sum > 0, let first = killed.first {
                        revisions.append(Casualty(what: .killed, value: sum, min: killed.count == 1 ? first.min : sum, max: killed.count == 1 ? first.max : sum,
                                                  range: first.range, civilian: first.civilian))
                    }
                }
            }
            guard !revisions.isEmpty else { continue }
            var places: [UInt32] = []
            for k in sec.sentences {
                for p in doc.placeIndices(in: doc.sentences[k].range) where !places.contains(doc.places[p].chosen) { places.append(doc.places[p].chosen) }
            }
            // "UPDATE 07:55 GMT: The head of the city's administration says the toll has risen to
            // five": the story of the update before
            if places.isEmpty, let last = coded[..<added].last {
                for c in coded[..<added] where c.section == last.section { places.append(contentsOf: c.places) }
            }
            var matching: [Int] = []
            for p in places {
                for c in byPlace[p] ?? [] where !matching.contains(c) { matching.append(c) }
            }
            for c in matching {
                let target = coded[c].index
                // (a development coded at the place, a deal or an arrest, has no toll to grow)
                guard out[target].eventType != EventType.strategic.rawValue else { continue }
                for r in revisions where r.value > out[target].fatalities {
                    let before = out[target].fatalities
                    out[target].fatalities = r.value
                    out[target].fatalitiesMin = before > 0 ? min(out[target].fatalitiesMin ?? before, before) : r.min
                    out[target].fatalitiesMax = r.max ?? r.value
                }
            }
        }
    }

    /// A live blog's opening (its headline, a summary before the first update) names its story
    /// ("Ukraine live: Missile hits apartment block in Zaporizhzhia"), which its updates tell: an
    /// event of the opening with no toll of its own takes the highest toll of the events of its
    /// type coded from the updates at its place.
    func headlineTakesTheStorysToll(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, !sections[0].update, sections.dropFirst().contains(where: \.update) else { return }
        for h in coded where h.section == 0 && out[h.index].fatalities == 0 {
            let head = out[h.index]
            let story = coded.filter { c in
                c.section > 0 && out[c.index].eventType == head.eventType && out[c.index].fatalities > 0 && c.places.contains { h.places.contains($0) }
            }
            guard let top = story.max(by: { out[$0.index].fatalities < out[$1.index].fatalities }) else { continue }
            out[h.index].fatalities = out[top.index].fatalities
            out[h.index].fatalitiesMin = out[top.index].fatalitiesMin
            out[h.index].fatalitiesMax = out[top.index].fatalitiesMax
            out[h.index].spans["fatalities"] = out[top.index].spans["fatalities"]
        }
    }

    /// Sentence `k` dates what it tells to a month or a year ("In April 2025 a missile strike killed
    /// 20 people"): a past act, not the toll of today's.
    func datesAnotherTime(_ k: Int) -> Bool {
        if doc.sentenceHas(k, .month) { return true }
        return doc.sentences[k].range.contains { doc.tokens[$0].kind == .number && doc.tokens[$0].length == 4 }
    }
}

// MARK: - Live blogs: a later update names who did it

extension Assembler {
    /// A live blog tells who did it as it learns it: an event whose actor 1 is unidentified takes
    /// the named actor 1 of an event told in a later update of the same sub-type, day and place
    /// ("UPDATE 09:10: A missile struck Kharkiv ..." then "UPDATE 11:30: Russia hit Kharkiv with
    /// S-300 missiles, the governor said").
    func nameTheDoerFromLaterUpdates(_ out: inout [ExtractedEvent]) {
        guard out.count > 1 else { return }
        struct Key: Hashable { var place: String, sub: String, date: String }
        // read from the last event back, keeping the nearest later event that names its doer per
        // (place, sub-type, day): one pass, not a search of the later events for each event (a
        // long live blog has thousands)
        var named: [Key: Int] = [:]
        for i in out.indices.reversed() {
            guard let place = out[i].location else { continue }
            let key = Key(place: place, sub: out[i].subEventType, date: out[i].date)
            if let a1 = out[i].actor1, !a1.hasPrefix("Unidentified") {
                named[key] = i
            } else if let j = named[key] {
                let later = out[j]
                out[i].actor1 = later.actor1
                // (its evidence is the later update's words)
                out[i].spans["actor1"] = later.spans["actor1"]
                if out[i].actor2 == later.actor1 { out[i].actor2 = later.actor2 }
            }
        }
    }
}

// MARK: - Live blogs: the opening names the main event

extension Assembler {
    /// A live blog's opening (its headline, a summary before the first update) names its story;
    /// the updates add to it and tell what else happened ("UPDATE 08:30 GMT: ... drones were shot
    /// down over Odesa"). The event coded from the opening is the blog's main one: it ranks above
    /// every event coded from the updates, unless one of them counts more dead.
    func openingLeadsTheBlog(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, !sections[0].update, sections.dropFirst().contains(where: \.update) else { return }
        let opening = coded.filter { $0.section == 0 }.map(\.index)
        guard let head = opening.max(by: { (out[$0].confidence) < (out[$1].confidence) }) else { return }
        var top = 0.0, topDead = 0
        for c in coded where c.section > 0 {
            top = max(top, out[c.index].confidence)
            topDead = max(topDead, out[c.index].fatalities)
        }
        guard top >= out[head].confidence, out[head].fatalities >= topDead else { return }
        out[head].confidence = (min(0.99, top + 0.01) * 100).rounded() / 100
    }
}

// MARK: - Live blogs: an early update's act, told again with its dead

extension Assembler {
    /// A live blog tells an act before it knows its dead ("UPDATE 07:30 GMT: Heavy artillery fire
    /// has been reported since dawn in El Fasher" ... "UPDATE 09:15 GMT: Shells hit the Abu Shouk
    /// camp on the edge of El Fasher, killing at least six people"): an update's event with no toll
    /// takes the highest toll of the later updates' events of its sub-type and day within
    /// `storyKm` of it. (The opening's event is `headlineTakesTheStorysToll`'s.)
    func earlyUpdateTakesTheStorysToll(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, coded.count > 1 else { return }
        // the events with dead, by sub-type and day, in order (a long page codes thousands of
        // events, most with no dead: each is compared with its own few, not with every later one)
        struct Key: Hashable { var sub: String, date: String }
        var withDead: [Key: [Int]] = [:]
        for (n, c) in coded.enumerated() where out[c.index].fatalities > 0 {
            withDead[Key(sub: out[c.index].subEventType, date: out[c.index].date), default: []].append(n)
        }
        guard !withDead.isEmpty else { return }
        for c in coded where sections[c.section].update && out[c.index].fatalities == 0 {
            guard out[c.index].eventType != EventType.strategic.rawValue, let lat = out[c.index].latitude, let lon = out[c.index].longitude,
                  let later = withDead[Key(sub: out[c.index].subEventType, date: out[c.index].date)] else { continue }
            var top: Int? = nil
            var topDead = 0
            for n in later where coded[n].section > c.section && out[coded[n].index].fatalities > topDead {
                let d = coded[n].index
                guard let lat2 = out[d].latitude, let lon2 = out[d].longitude,
                      Self.distanceKm(Float(lat), Float(lon), Float(lat2), Float(lon2)) <= Self.storyKm else { continue }
                top = d
                topDead = out[d].fatalities
            }
            guard let top else { continue }
            out[c.index].fatalities = out[top].fatalities
            out[c.index].fatalitiesMin = out[top].fatalitiesMin
            out[c.index].fatalitiesMax = out[top].fatalitiesMax
            out[c.index].spans["fatalities"] = out[top].spans["fatalities"]
        }
    }

    static let storyKm = 25.0
}

// MARK: - Live blogs: a later update carries the claim

extension Assembler {
    /// A live blog tells a claim when it comes: a later update that codes no event of its own and
    /// in which a group claims the act ("UPDATE 15:20 GMT: Islamic State has claimed the Tarmiyah
    /// attack") names the doer of the violent events coded from earlier updates at the places it
    /// names (or, naming none, at the places of the latest update that coded one) whose actor 1 is
    /// still unidentified.
    func claimedInLaterUpdates(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, !coded.isEmpty else { return }
        let claims = Self.claimVerbs
        // (coded is in section order: the events before section s are its prefix, found as s grows)
        var added = 0
        for (s, sec) in sections.enumerated() where s > 0 {
            while added < coded.count, coded[added].section < s { added += 1 }
            // (an update that codes an event of its own tells its own story; a long page's last
            // section may run for thousands of sentences)
            guard sec.update, added > 0, added == coded.count || coded[added].section != s else { continue }
            let earlier = coded[..<added]
            for k in sec.sentences where doc.sentenceSummary[k].hasActor {
                let range = doc.sentences[k].range
                guard range.contains(where: { doc.tokens[$0].isWord && claims.contains(doc.tokens[$0].lex) }) else { continue }
                var places: [UInt32] = []
                for p in doc.placeIndices(in: range) where !places.contains(doc.places[p].chosen) { places.append(doc.places[p].chosen) }
                if places.isEmpty, let last = earlier.last {
                    for c in earlier where c.section == last.section { places.append(contentsOf: c.places) }
                }
                // (the sentence's mentions read once, for the country of the first event they may name)
                var claimant: ActorMention?? = nil
                for c in earlier where c.places.contains(where: { places.contains($0) }) {
                    let target = c.index
                    guard let type = EventType(rawValue: out[target].eventType), type.isViolent,
                          out[target].actor1?.hasPrefix("Unidentified") ?? true else { continue }
                    if claimant == nil {
                        var one = Incident()
                        one.sentences = [k]
                        claimant = .some(actorMentions(one, country: out[target].country)
                            .first { $0.isArmed && !$0.quoted && !$0.name.hasPrefix("Unidentified") && claimsResponsibility($0.range) })
                    }
                    guard let found = claimant, let m = found else { break }
                    out[target].actor1 = m.name
                    // (its evidence is the later update's words)
                    out[target].spans["actor1"] = span(m.range)
                    if out[target].actor2 == m.name { out[target].actor2 = nil }
                }
            }
        }
    }
}
