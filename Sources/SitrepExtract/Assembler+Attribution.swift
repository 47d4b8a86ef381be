// MARK: - Attribution and certainty

extension Assembler {
    /// The source of the incident's claim and the certainty the text gives it.
    func attribution(_ inc: Incident) -> (String?, String?, String, Range<Int>?) {
        var source: (String, String, Range<Int>)? = nil
        // the one kind the claim rule asks about (no set of kind strings per incident)
        var opposition = false
        var certainty = "reported"
        var weight = 0.0
        var order = inc.sentences.filter { $0 != inc.headline }
        if let h = inc.headline { order.append(h) }
        for k in order {
            let range = doc.sentences[k].range
            if doc.sentenceSummary[k].hasSource {
                for i in doc.sourceIndices(in: range) where doc.sources[i].kind == "opposition" { opposition = true }
            }
            var t = range.lowerBound
            // only certainty and attribution words matter below: a sentence with none is skipped
            if !doc.sentenceHas(k, .certainty) && !doc.sentenceHas(k, .attribution) { t = range.upperBound }
            while t < range.upperBound {
                guard let r = doc.lexRange(at: t) else { t += 1; continue }
                let classes = doc.lexClasses(at: t)
                guard classes.contains(.certainty) || classes.contains(.attribution) else { t = r.upperBound; continue }
                for id in doc.lexEntries(at: t) {
                    switch lexicon.classes[Int(id)] {
                    case .certainty:
                        // "claims" in a headline ("Claims: ...") or in the text
                        let w = lexicon.numbers1[Int(id)]
                        if w > weight { weight = w; certainty = lexicon.firstFields[Int(id)] }
                    case .attribution where source == nil:
                        if lexicon.firstFields[Int(id)] == "before" {
                            source = sourceNear(r.lowerBound - 1, step: -1, range)
                        } else {
                            source = sourceNear(r.upperBound, step: 1, range)
                        }
                    default: break
                    }
                }
                t = r.upperBound
            }
        }
        if source == nil {
            for k in order where doc.sentenceSummary[k].hasSource {
                if let i = doc.sourceIndices(in: doc.sentences[k].range).first { let s = doc.sources[i]; source = (s.name, s.kind, s.range); break }
            }
        }
        if let s = source, s.1 == "opposition" { opposition = true }
        // a party's own account is a claim unless the other side says the same
        if certainty == "reported", let s = source {
            if Assembler.partisan.contains(s.1) && !opposition { certainty = "claimed" }
        }
        return (source?.0, source?.1, certainty, source?.2)
    }

    static let partisan: Set<String> = ["state_media", "pro_government", "party"]

    func sourceNear(_ start: Int, step: Int, _ range: Range<Int>) -> (String, String, Range<Int>)? {
        var j = start
        var steps = 0
        while j >= range.lowerBound, j < range.upperBound, steps < 6 {
            if doc.sourceAt[j] >= 0 { let s = doc.sources[Int(doc.sourceAt[j])]; return (s.name, s.kind, s.range) }
            if doc.actorAt[j] >= 0 {
                let a = doc.actors[Int(doc.actorAt[j])]
                let e = extractor.actors.entries[Int(a.entry)]
                return (e.canonical, "party", a.range)
            }
            j += step
            steps += 1
        }
        // fallback: a run of capitalized words next to the verb ("the Local Coordination Committees said")
        var lo = start, hi = start
        if step < 0 {
            guard start >= range.lowerBound, doc.tokens[start].flags.contains(.capitalized) else { return nil }
            while lo - 1 >= range.lowerBound, doc.tokens[lo - 1].kind == .word, doc.tokens[lo - 1].flags.contains(.capitalized) { lo -= 1 }
            hi = start + 1
        } else {
            guard start < range.upperBound, doc.tokens[start].flags.contains(.capitalized) || word(start, "the") else { return nil }
            if word(start, "the") { lo += 1; hi = lo }
            while hi < range.upperBound, doc.tokens[hi].kind == .word, doc.tokens[hi].flags.contains(.capitalized) { hi += 1 }
        }
        guard hi - lo >= 2, hi - lo <= 6 else { return nil }
        if word(lo, "the") { lo += 1 }
        return (doc.string(lo..<hi), "local", lo..<hi)
    }
}
