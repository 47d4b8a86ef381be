// MARK: - Attribution and certainty

extension Assembler {
    /// The source of the incident's claim and the certainty the text gives it.
    func attribution(_ inc: Incident) -> (String?, String?, String, Range<Int>?) {
        var source: (String, String, Range<Int>)? = nil
        // the one kind the claim rule asks about (no set of kind strings per incident)
        var opposition = false
        var certainty = "reported"
        var weight = 0.0
        var order = inc.ownSentences
        if let h = inc.headline { order.append(h) }
        for k in order {
            let range = doc.sentences[k].range
            if doc.sentenceSummary[k].hasSource {
                for t in range where doc.sourceAt[t] >= 0 && doc.sources[Int(doc.sourceAt[t])].range.lowerBound == t
                    && doc.sources[Int(doc.sourceAt[t])].kind == "opposition" { opposition = true }
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
                if let i = doc.firstSource(in: doc.sentences[k].range) { let s = doc.sources[i]; source = (s.name, s.kind, s.range); break }
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
        doc.sourceNear(start, step: step, range, actors: extractor.actors)
    }
}
