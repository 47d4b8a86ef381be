/// Chooses one gazetteer entry per place mention using the document's context: the countries and
/// provinces it names (and the caller's hint), the kind of place an area word asks for, population.
struct PlaceResolver {
    let gazetteer: Gazetteer
    let lexicon: Lexicon

    /// Resolves every mention in place; returns the document's country context (phrase keys of
    /// country names, strongest first).
    func resolve(_ doc: Document, countryHint: String?) -> [UInt64] {
        var keys = KeyBuilder(articles: lexicon.articles)
        var votes: [UInt64: Double] = [:]
        if let hint = countryHint, let k = keys.key(hint, mode: .geo) { votes[k.hash, default: 0] += 5 }
        // demonyms vote for their country ("Syrian regime", "Israeli police")
        for m in doc.lex {
            for id in m.entries where lexicon.classes[Int(id)] == .demonym {
                votes[lexicon.demonymCountryKey[Int(id)], default: 0] += 0.6
            }
        }
        // area words right after a name ("Idlib Province", "Kamounia camp")
        for p in doc.places.indices {
            let end = doc.places[p].range.upperBound
            if end < doc.tokens.count, let r = doc.lexRange(at: end) {
                for id in doc.lexEntries(at: end) where lexicon.classes[Int(id)] == .areaword {
                    doc.places[p].areaHint = Substring(lexicon.entries[Int(id)].field(0))
                    _ = r
                }
            }
        }
        // drop mentions that are really demonyms, rule words, actor or source names
        let snapshot = doc
        doc.places.removeAll { m in
            if snapshot.actorOverlaps(m.range, minCount: m.range.count) { return true }
            // the start of a longer unknown name: "Nyaung Pin Wun village" is not "Nyaung Pin"
            if isPrefixOfLongerName(m.range, snapshot) { return true }
            if snapshot.sourceOverlaps(m.range, minCount: m.range.count) { return true }
            if m.range.count == 1 {
                let t = m.range.lowerBound
                if snapshot.lexCovered(t) { return true }
                // a rule word written exactly so ("Syrian", "Wednesday"), not a stem look-alike ("Homs" ~ "homes")
                for id in snapshot.lexEntries(at: t) where snapshot.lexRange(at: t)!.count == 1 {
                    if lexicon.phraseLex[Int(id)] == snapshot.tokens[t].lex { return true }
                }
            }
            return false
        }
        // spelling first: a folded look-alike must not vote for its country ("Hatay" ~ "Haiti")
        for p in doc.places.indices {
            // transliteration folding finds "Khan Touman" for "Khan Tuman", and also "Kerry" for "Qarah":
            // a small place must be spelled as written; only well-known places may differ
            var lexKey = Fold.phraseSeed
            for t in doc.places[p].range where !(lexicon.isArticle(doc.tokens[t].lex) && t + 1 < doc.places[p].range.upperBound) {
                lexKey = Fold.combine(lexKey, doc.tokens[t].lex)
            }
            // articles do not make a name longer: "Al Azim" is one word, spelled exactly or not at all
            let multiword = doc.places[p].range.filter { !lexicon.isArticle(doc.tokens[$0].lex) }.count > 1
            doc.places[p].candidates.removeAll { c in
                let pl = gazetteer.places[Int(c)]
                if multiword && (pl.kind.isArea || pl.population >= 1_000) { return false }
                // names repeat on a page: remember each (spelling, place) answer
                return !gazetteer.isSpelled(c, lexKey: lexKey)
            }
        }
        doc.places.removeAll { $0.candidates.isEmpty }
        for p in doc.places {
            var countries = Set<UInt64>()
            var areaCountries = Set<UInt64>()
            for c in p.candidates {
                let pl = gazetteer.places[Int(c)]
                countries.insert(pl.countryKey)
                if pl.kind == .country || pl.kind == .province { areaCountries.insert(pl.countryKey) }
            }
            if !areaCountries.isEmpty, areaCountries.count <= 3 {
                for c in areaCountries { votes[c, default: 0] += 1.5 / Double(areaCountries.count) }
            } else if countries.count <= 3 {
                for c in countries { votes[c, default: 0] += 1.0 / Double(countries.count) }
            }
        }
        let ranked = votes.sorted { $0.value > $1.value }
        let top = ranked.first?.value ?? 0
        var context = Set(ranked.prefix { $0.value >= top * 0.7 && $0.value >= 0.9 }.map(\.key))
        if context.isEmpty {
            // no clear vote: take a country that two or more mentions can agree on (Antakya + Hatay → Turkey)
            var support: [UInt64: Int] = [:]
            for p in doc.places {
                for c in Set(p.candidates.map { gazetteer.places[Int($0)].countryKey }) { support[c, default: 0] += 1 }
            }
            let best = support.max { $0.value < $1.value }
            if let best, best.value >= 2, support.values.filter({ $0 == best.value }).count == 1 { context = [best.key] }
        }
        // provinces named in context countries
        var admin1s = Set<UInt64>()
        for p in doc.places {
            for c in p.candidates {
                let pl = gazetteer.places[Int(c)]
                if (pl.kind == .province || p.candidates.count == 1), context.isEmpty || context.contains(pl.countryKey) {
                    admin1s.insert(pl.admin1Key)
                }
            }
        }
        if !context.isEmpty {
            // a name with no reading in the story's countries is a false friend ("Court", "Oran")
            for p in doc.places.indices {
                doc.places[p].candidates.removeAll { c in
                    !(context.contains(gazetteer.places[Int(c)].countryKey) || gazetteer.places[Int(c)].kind == .country)
                }
            }
            doc.places.removeAll { $0.candidates.isEmpty }
        }
        // provinces and cities named in each sentence: a place in the same sentence is likely inside them
        var sentenceAdmins: [Int: Set<UInt64>] = [:]
        for m in doc.places {
            let k = Int(doc.sentenceOf[m.range.lowerBound])
            for c in m.candidates {
                let pl = gazetteer.places[Int(c)]
                if pl.kind == .province || pl.kind == .city { sentenceAdmins[k, default: []].insert(pl.admin1Key) }
            }
        }
        for p in doc.places.indices {
            var best: UInt32 = .max
            let sentence = Int(doc.sentenceOf[doc.places[p].range.lowerBound])
            var bestScore = -Double.infinity
            let hint = doc.places[p].areaHint
            for c in doc.places[p].candidates {
                let pl = gazetteer.places[Int(c)]
                var s = kindScore(pl.kind)
                s += log10(Double(pl.population) + 10) * 0.45
                if context.contains(pl.countryKey) { s += 4 }
                if pl.kind != .province, pl.kind != .country, admin1s.contains(pl.admin1Key) { s += 2 }
                if pl.kind != .province, pl.kind != .country, pl.kind != .city, sentenceAdmins[sentence]?.contains(pl.admin1Key) == true { s += 3 }
                switch hint {
                case "province": if pl.kind == .province { s += 4 }
                case "region": if pl.kind == .region || pl.kind == .province { s += 3 }
                case "city", "town": if pl.kind == .city || pl.kind == .town { s += 2 }
                case "village": if pl.kind == .village { s += 2 }
                case "district", "neighbourhood": if pl.kind == .district || pl.kind == .neighbourhood { s += 3 }
                case "camp": if pl.kind == .camp { s += 3 }
                case "field": if pl.kind == .field { s += 3 }
                case "base", "airport": if pl.kind == .base || pl.kind == .airport { s += 3 }
                case "crossing": if pl.kind == .crossing { s += 3 }
                default: break
                }
                if s > bestScore { bestScore = s; best = c }
            }
            doc.places[p].chosen = best
        }
        return ranked.map(\.key)
    }

    /// The match is followed by a capitalized word that is no rule word, then an area word
    /// ("village", "town"): the name goes on past the match.
    private func isPrefixOfLongerName(_ r: Range<Int>, _ doc: Document) -> Bool {
        let next = r.upperBound
        guard next + 1 < doc.tokens.count, next + 1 < doc.lexAt.count, doc.tokens[next].kind == .word,
              doc.tokens[next].flags.contains(.capitalized), doc.lexAt[next] < 0, doc.lexAt[next + 1] >= 0 else { return false }
        return doc.lexEntries(at: next + 1).contains { lexicon.classes[Int($0)] == .areaword }
    }

    private func kindScore(_ kind: Gazetteer.Kind) -> Double {
        switch kind {
        case .country: 3
        case .province: 2.5
        case .region: 1.2
        case .city: 2
        case .town: 1.2
        case .village: 0.4
        case .district, .neighbourhood: 0.7
        case .camp, .base, .airport, .field, .crossing: 1.2
        case .landmark: 0.3
        case .other: 0
        }
    }

    private func log10(_ x: Double) -> Double {
        // stdlib only: log10 via a few iterations is overkill; use a coarse digit count
        var v = x, n = 0.0
        while v >= 10 { v /= 10; n += 1 }
        return n + (v - 1) / 9
    }
}
