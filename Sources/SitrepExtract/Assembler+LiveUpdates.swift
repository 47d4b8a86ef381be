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
    /// marker) that names the place of exactly one event coded from an earlier section (or of one
    /// with a toll) raises that event's toll (the figure before stays as the lower bound). A war's
    /// count is no revision.
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
            // (the revisions first: most sections revise nothing)
            var revisions: [Casualty] = []
            for k in sec.sentences where doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) {
                let range = doc.sentences[k].range
                guard let r = reader.revisedToll(in: doc, sentence: range), !speaksOfTheWarSoFar(range),
                      !(doc.sentenceHas(k, .kill) && cumulativeToll(range)) else { continue }
                revisions.append(r)
            }
            guard !revisions.isEmpty else { continue }
            var matching: [Int] = []
            for k in sec.sentences {
                for p in doc.placeIndices(in: doc.sentences[k].range) {
                    for c in byPlace[doc.places[p].chosen] ?? [] where !matching.contains(c) { matching.append(c) }
                }
            }
            // (a headline's own event, told before any toll, gives way to the one that has a toll)
            let tolled = matching.filter { out[coded[$0].index].fatalities > 0 }
            guard let c = matching.count == 1 ? matching.first : tolled.count == 1 ? tolled.first : nil else { continue }
            let target = coded[c].index
            for r in revisions where r.value > out[target].fatalities {
                let before = out[target].fatalities
                out[target].fatalities = r.value
                out[target].fatalitiesMin = before > 0 ? min(out[target].fatalitiesMin ?? before, before) : r.min
                out[target].fatalitiesMax = r.max ?? r.value
            }
        }
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

