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
    /// have now been killed"): a revised toll in a later section that names the place of exactly
    /// one event coded from an earlier section (or of one with a toll) raises that event's toll
    /// (the figure before stays as the lower bound). A war's count is no revision.
    func reviseFromLaterUpdates(_ out: inout [ExtractedEvent], coded: [CodedEvent], sections: [Section]) {
        guard sections.count > 1, !coded.isEmpty else { return }
        let reader = CasualtyReader(lexicon: lexicon)
        for (s, sec) in sections.enumerated() where s > 0 {
            let earlier = coded.filter { $0.section < s }
            guard !earlier.isEmpty else { continue }
            var named: [UInt32] = []
            for k in sec.sentences { for p in doc.placeIndices(in: doc.sentences[k].range) { named.append(doc.places[p].chosen) } }
            // (a headline's own event, told before any toll, gives way to the one that has a toll)
            let matching = earlier.filter { e in e.places.contains { named.contains($0) } }
            let tolled = matching.filter { out[$0.index].fatalities > 0 }
            guard let target = matching.count == 1 ? matching.first : tolled.count == 1 ? tolled.first : nil else { continue }
            for k in sec.sentences where doc.sentenceSummary[k].hasNumber || doc.sentenceHas(k, .number) {
                let range = doc.sentences[k].range
                guard let r = reader.revisedToll(in: doc, sentence: range), r.value > out[target.index].fatalities,
                      !speaksOfTheWarSoFar(range), !(doc.sentenceHas(k, .kill) && cumulativeToll(range)) else { continue }
                let before = out[target.index].fatalities
                out[target.index].fatalities = r.value
                out[target.index].fatalitiesMin = before > 0 ? min(out[target.index].fatalitiesMin ?? before, before) : r.min
                out[target.index].fatalitiesMax = r.max ?? r.value
            }
        }
    }
}
