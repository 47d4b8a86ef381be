/// Chooses one gazetteer entry per place mention using the document's context: the countries and
/// provinces it names (and the caller's hint), the kind of place an area word asks for, population.
struct PlaceResolver {
    let gazetteer: Gazetteer
    let lexicon: Lexicon

    /// Resolves every mention in place; returns the document's country context (phrase keys of
    /// country names, strongest first).
    func resolve(_ doc: Document, countryHint: String?) -> [UInt64] {
        // the mentions are edited in a local array, moved out of the document and back (unique, so
        // no copy): no class-property access, exclusivity check or retain per read
        var places = doc.places
        doc.places = []
        defer { doc.places = places }
        let info = gazetteer.places
        var votes: [UInt64: Double] = [:]
        if let hint = countryHint {
            var keys = KeyBuilder(articles: lexicon.articles)
            if let k = keys.key(hint, mode: .geo) { votes[k.hash, default: 0] += 5 }
        }
        // demonyms vote for their country ("Syrian regime", "Israeli police")
        for k in doc.lex.indices where doc.lex.records[k].classes.contains(.demonym) {
            for id in doc.lex.entries(k) where lexicon.classes[Int(id)] == .demonym {
                votes[lexicon.demonymCountryKey[Int(id)], default: 0] += 0.6
            }
        }
        // area words right after a name ("Idlib Province", "Kamounia camp")
        for p in places.indices {
            let end = places[p].range.upperBound
            if end < doc.tokens.count, let r = doc.lexRange(at: end) {
                for id in doc.lexEntries(at: end) where lexicon.classes[Int(id)] == .areaword {
                    places[p].areaHint = Document.AreaHint(lexicon.entries[Int(id)].field(0))
                    _ = r
                }
            }
        }
        // drop mentions that are really demonyms, rule words, actor or source names
        let snapshot = doc
        places.removeAll { m in
            if snapshot.actorOverlaps(m.range, minCount: m.range.count) { return true }
            // the start of a longer unknown name: "Nyaung Pin Wun village" is not "Nyaung Pin"
            if isPrefixOfLongerName(m.range, snapshot) { return true }
            if snapshot.sourceOverlaps(m.range, minCount: m.range.count) { return true }
            if isHyphenPrefix(m.range, snapshot) { return true }
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
        var lookAlikes: [Document.PlaceMatch] = []
        var spelled: [UInt32] = []  // reused: the ids of the places written exactly so, sorted
        for p in places.indices {
            // transliteration folding finds "Khan Touman" for "Khan Tuman", and also "Kerry" for "Qarah":
            // a small place must be spelled as written; only well-known places may differ
            let lexKey = spelledKey(places[p].range, doc)
            // articles do not make a name longer: "Al Azim" is one word, spelled exactly or not at all
            var words = 0
            for t in places[p].range where !doc.tokens[t].flags.contains(.article) { words += 1 }
            let multiword = words > 1
            // one probe per mention: the places written exactly so (sorted once: common names have
            // hundreds of readings, and a linear scan per candidate was quadratic)
            spelled.removeAll(keepingCapacity: true)
            for k in gazetteer.exact.lookupRange(lexKey) { spelled.append(gazetteer.exact.id(at: k)) }
            spelled.sort()
            if places[p].candidates.allSatisfy({ PlaceResolver.sortedContains(spelled, $0) }) { continue }
            var others: [UInt32] = []
            // (a common name has hundreds of readings: their `Place` records are read only when needed)
            let kinds = gazetteer.kinds
            places[p].candidates.removeAll { c in
                if multiword {
                    let pl = info[Int(c)]
                    if pl.kind.isArea || pl.population >= 1_000 { return false }
                }
                if PlaceResolver.sortedContains(spelled, c) { return false }
                if !kinds[Int(c)].isArea { others.append(c) }
                return true
            }
            if !others.isEmpty {
                lookAlikes.append(Document.PlaceMatch(range: places[p].range, candidates: others, areaHint: places[p].areaHint))
            }
        }
        places.removeAll { $0.candidates.isEmpty }
        applyAdminAnchors(&places, doc)
        // distinct countries of a mention's readings (a few at most: small arrays, reused)
        var countries: [UInt64] = []
        var areaCountries: [UInt64] = []
        for p in places.indices {
            countries.removeAll(keepingCapacity: true)
            areaCountries.removeAll(keepingCapacity: true)
            for c in places[p].candidates {
                let pl = info[Int(c)]
                if !countries.contains(pl.countryKey) { countries.append(pl.countryKey) }
                if pl.kind == .country || pl.kind == .province, !areaCountries.contains(pl.countryKey) { areaCountries.append(pl.countryKey) }
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
            for p in places {
                for c in Set(p.candidates.map { info[Int($0)].countryKey }) { support[c, default: 0] += 1 }
            }
            let best = support.max { $0.value < $1.value }
            if let best, best.value >= 2, support.values.filter({ $0 == best.value }).count == 1 { context = [best.key] }
        }
        // provinces named in context countries
        var admin1s = Set<UInt64>()
        for p in places.indices {
            let single = places[p].candidates.count == 1
            for c in places[p].candidates {
                let pl = info[Int(c)]
                if (pl.kind == .province || single), context.isEmpty || context.contains(pl.countryKey) {
                    admin1s.insert(pl.admin1Key)
                }
            }
        }
        if !context.isEmpty {
            // a name with no reading in the story's countries is a false friend ("Court", "Oran")
            for p in places.indices {
                places[p].candidates.removeAll { c in
                    !(context.contains(info[Int(c)].countryKey) || info[Int(c)].kind == .country)
                }
            }
            places.removeAll { $0.candidates.isEmpty }
        }
        readmitLookAlikes(lookAlikes, &places, doc, context: context)
        // provinces and cities named in each sentence: a place in the same sentence is likely inside them
        // (sentence, admin1) pairs, one flat set for the document
        var sentenceAdmins = Set<UInt64>()
        for p in places.indices {
            let k = doc.sentenceOf[places[p].range.lowerBound]
            for c in places[p].candidates {
                let pl = info[Int(c)]
                if pl.kind == .province || pl.kind == .city { sentenceAdmins.insert(PlaceResolver.pair(k, pl.admin1Key)) }
            }
        }
        for p in places.indices {
            var best: UInt32 = .max
            let sentence = doc.sentenceOf[places[p].range.lowerBound]
            var bestScore = -Double.infinity
            let hinted = PlaceResolver.hintedKinds(places[p].areaHint)
            let lexKey = spelledKey(places[p].range, doc)
            for c in places[p].candidates {
                let pl = info[Int(c)]
                var s = kindScore(pl.kind)
                if gazetteer.isPrimaryName(c, lexKey: lexKey) { s += PlaceResolver.primaryNameBonus }
                if gazetteer.curated[Int(c)] { s += PlaceResolver.curatedBonus }
                s += log10(Double(pl.population) + 10) * 0.45
                if context.contains(pl.countryKey) { s += 4 }
                if pl.kind != .province, pl.kind != .country, admin1s.contains(pl.admin1Key) { s += 2 }
                if pl.kind != .province, pl.kind != .country, pl.kind != .city, sentenceAdmins.contains(PlaceResolver.pair(sentence, pl.admin1Key)) { s += 3 }
                if pl.kind == hinted.0 || pl.kind == hinted.1 { s += hinted.bonus }
                if s > bestScore { bestScore = s; best = c }
            }
            places[p].chosen = best
        }
        return ranked.map(\.key)
    }

    /// "Bagcilar, Istanbul", "Guarenas, Miranda state", "Bisso (Nouna)": a name followed by a comma
    /// and a province (or by a parenthesis and a province or city) is inside that province. Its
    /// readings elsewhere go; when it has none inside, the name is unknown here and the province
    /// stands for it. Other small places in the same sentence that lie in the same country but
    /// outside the anchored provinces are look-alikes ("Baglar neighborhood of Bagcilar, Istanbul").
    /// Lists of provinces ("Aleppo, Idlib and Hama") are left alone: a name that is itself a
    /// province never takes an anchor.
    private func applyAdminAnchors(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        let info = gazetteer.places
        var anchors: [Int32: Set<UInt64>] = [:]  // sentence → admin1 keys the text anchors places in
        var anchorCountries = Set<UInt64>()
        var members = Set<Int>()
        var p = 0
        while p + 1 < places.count {
            defer { p += 1 }
            var gap = places[p].range.upperBound
            if gap < doc.tokens.count, doc.lexAt[gap] >= 0,
               doc.lexEntries(at: gap).contains(where: { lexicon.classes[Int($0)] == .areaword }) { gap += 1 }
            guard gap < doc.tokens.count, places[p + 1].range.lowerBound == gap + 1 else { continue }
            let paren = doc.tokens[gap].isPunct(0x28)
            guard paren || doc.tokens[gap].isPunct(0x2C) else { continue }
            let a = places[p].candidates, b = places[p + 1].candidates
            if a.contains(where: { info[Int($0)].kind.isArea }) { continue }
            var provinces = b.filter { info[Int($0)].kind == .province }
            if provinces.isEmpty, paren { provinces = b.filter { info[Int($0)].kind == .city } }
            guard !provinces.isEmpty else { continue }
            let admin1s = Set(provinces.map { info[Int($0)].admin1Key })
            let inside = a.filter { admin1s.contains(info[Int($0)].admin1Key) }
            let kept = inside.isEmpty ? admin1s : Set(inside.map { info[Int($0)].admin1Key })
            places[p].candidates = inside
            places[p + 1].candidates = provinces.filter { kept.contains(info[Int($0)].admin1Key) }
            anchors[doc.sentenceOf[places[p].range.lowerBound], default: []].formUnion(kept)
            for id in provinces where kept.contains(info[Int(id)].admin1Key) { anchorCountries.insert(info[Int(id)].countryKey) }
            members.insert(p)
            members.insert(p + 1)
        }
        // "(Merkhah As Sufla, Shabwah)", "Ain district (Shabwah)": a province closing a parenthesis
        // anchors its sentence even when the place before it is unknown
        for q in places.indices {
            let r = places[q].range
            guard r.lowerBound > 0, r.upperBound < doc.tokens.count, doc.tokens[r.upperBound].isPunct(0x29),
                  doc.tokens[r.lowerBound - 1].isPunct(0x28) || doc.tokens[r.lowerBound - 1].isPunct(0x2C) else { continue }
            let provinces = places[q].candidates.filter { info[Int($0)].kind == .province }
            guard !provinces.isEmpty else { continue }
            let admin1s = Set(provinces.map { info[Int($0)].admin1Key })
            if !members.contains(q) {
                places[q].candidates = provinces
                anchors[doc.sentenceOf[r.lowerBound], default: []].formUnion(admin1s)
                for id in provinces { anchorCountries.insert(info[Int(id)].countryKey) }
                members.insert(q)
            }
            // the parenthesis places the name before it: "As Sadah fort (Merkhah As Sufla, Shabwah)"
            // is no Sadah in the north
            if let before = nameBeforeParenthesis(closedBy: r.upperBound, from: q, places, doc), !members.contains(before) {
                places[before].candidates.removeAll { !admin1s.contains(info[Int($0)].admin1Key) && info[Int($0)].kind != .country }
                members.insert(before)
            }
        }
        guard !anchors.isEmpty else { return }
        for q in places.indices where !members.contains(q) {
            guard let admin1s = anchors[doc.sentenceOf[places[q].range.lowerBound]] else { continue }
            let c = places[q].candidates
            let smallElsewhere = c.allSatisfy { id in
                let pl = info[Int(id)]
                return !pl.kind.isArea && anchorCountries.contains(pl.countryKey) && !admin1s.contains(pl.admin1Key)
            }
            if smallElsewhere { places[q].candidates = [] }
        }
        places.removeAll { $0.candidates.isEmpty }
    }

    /// The name is glued by a hyphen to a lowercase word: a prefix or an adjective, not a place
    /// ("Non-violent activity", "Aleppo-based").
    private func isHyphenPrefix(_ r: Range<Int>, _ doc: Document) -> Bool {
        let last = r.upperBound - 1
        guard doc.tokens[last].flags.contains(.hyphenNext), last + 1 < doc.tokens.count else { return false }
        let w = doc.tokens[last + 1]
        return w.isWord && !w.flags.contains(.capitalized)
    }

    /// The place mention that a parenthesis closing at token `close` qualifies: the last mention
    /// before its "(", with at most two plain words between ("Al Arqoub area (...)", "As Sadah fort (...)").
    private func nameBeforeParenthesis(closedBy close: Int, from: Int, _ places: [Document.PlaceMatch], _ doc: Document) -> Int? {
        var open = close - 1
        let floor = max(0, close - 12)
        while open > floor, !doc.tokens[open].isPunct(0x28) { open -= 1 }
        guard doc.tokens[open].isPunct(0x28) else { return nil }
        var q = from - 1  // mentions are in text order: walk back from the province's own
        while q >= 0, places[q].range.upperBound > open { q -= 1 }
        guard q >= 0 else { return nil }
        let gap = places[q].range.upperBound..<open
        guard gap.count <= 2, gap.allSatisfy({ doc.tokens[$0].isWord }) else { return nil }
        return q
    }

    /// A transliteration variant of a small place ("Basira" for Busayrah) is that place when its
    /// province is named in the same sentence ("in Basira in the Deir ez-Zor countryside"): the
    /// province rules out the look-alikes elsewhere that made exact spelling necessary.
    private func readmitLookAlikes(_ lookAlikes: [Document.PlaceMatch], _ places: inout [Document.PlaceMatch], _ doc: Document, context: Set<UInt64>) {
        guard !lookAlikes.isEmpty else { return }
        let info = gazetteer.places, kinds = gazetteer.kinds, iso2s = gazetteer.iso2s
        var provinces = Set<UInt64>()  // (sentence, admin1) pairs of the provinces named
        var sentences = Set<Int32>()
        for p in places.indices {
            let k = doc.sentenceOf[places[p].range.lowerBound]
            for c in places[p].candidates where kinds[Int(c)] == .province {
                provinces.insert(PlaceResolver.pair(k, info[Int(c)].admin1Key))
                sentences.insert(k)
            }
        }
        var added = false
        // built on first use: where each mention starts, and the tokens mentions cover
        var starts: [Int: Int]? = nil
        var covered = Set<Int>()
        for var m in lookAlikes {
            let k = doc.sentenceOf[m.range.lowerBound]
            guard sentences.contains(k) else { continue }
            m.candidates.removeAll { c in
                // the country code from the small side array: most look-alikes lie elsewhere, and
                // their `Place` records are never read
                if !PlaceResolver.isTransliterated(iso2s[Int(c)]) { return true }
                let pl = info[Int(c)]
                return !provinces.contains(PlaceResolver.pair(k, pl.admin1Key))
                    || !(context.isEmpty || context.contains(pl.countryKey))
            }
            guard !m.candidates.isEmpty else { continue }
            if starts == nil {
                var s: [Int: Int] = [:]
                for (i, p) in places.enumerated() {
                    s[p.range.lowerBound] = i
                    covered.formUnion(p.range)
                }
                starts = s
            }
            if let i = starts?[m.range.lowerBound], places[i].range == m.range {
                places[i].candidates += m.candidates
            } else if !m.range.contains(where: { covered.contains($0) }) {
                places.append(m)
                covered.formUnion(m.range)
                added = true
            }
        }
        if added { places.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// Countries whose place names reach English through transliteration (Arabic, Persian, Pashto,
    /// Kurdish, Hebrew, Cyrillic, Burmese, Ge'ez scripts), where one place has many spellings.
    /// Names written in Latin script at home ("Konak", "Kinik") differ for real when they differ.
    static let transliterated: Set<UInt16> = Set(
        "sy iq ye lb ps il jo sa eg ly sd ss tn dz ma mr kw bh qa ae om ir af pk ua ru by mm et er dj km td".split(separator: " ").map { code in
            let b = Array(code.utf8)
            return UInt16(b[0]) << 8 | UInt16(b[1])
        }
    )

    /// `transliterated` as one bit per two-letter code (a-z, a-z): read once per candidate, no hashing.
    private static let transliteratedBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (26 * 26 + 63) / 64)
        for iso in transliterated {
            let k = transliteratedBit(iso)!
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }()

    @inline(__always) private static func transliteratedBit(_ iso2: UInt16) -> Int? {
        let a = Int(iso2 >> 8) - 0x61, b = Int(iso2 & 0xFF) - 0x61
        guard a >= 0, a < 26, b >= 0, b < 26 else { return nil }
        return a * 26 + b
    }

    @inline(__always) static func isTransliterated(_ iso2: UInt16) -> Bool {
        guard let k = transliteratedBit(iso2) else { return false }
        return transliteratedBits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The kinds of place an area word after a name asks for, and how much that counts.
    static func hintedKinds(_ hint: Document.AreaHint) -> (Gazetteer.Kind?, Gazetteer.Kind?, bonus: Double) {
        switch hint {
        case .province: (.province, nil, 4)
        case .region: (.region, .province, 3)
        case .city, .town: (.city, .town, 2)
        case .village: (.village, nil, 2)
        case .district, .neighbourhood: (.district, .neighbourhood, 3)
        case .camp: (.camp, nil, 3)
        case .field: (.field, nil, 3)
        case .base, .airport: (.base, .airport, 3)
        case .crossing: (.crossing, nil, 3)
        case .none: (nil, nil, 0)
        }
    }

    /// Whether ascending `ids` holds `id` (binary search).
    @inline(__always) static func sortedContains(_ ids: [UInt32], _ id: UInt32) -> Bool {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id
    }

    /// A key for "this admin1 is named in this sentence".
    @inline(__always) static func pair(_ sentence: Int32, _ admin1: UInt64) -> UInt64 {
        admin1 ^ (UInt64(UInt32(bitPattern: sentence)) &* 0x9E37_79B9_7F4A_7C15)
    }

    static let primaryNameBonus = 1.5
    static let curatedBonus = 1.0

    /// The mention's key as written (articles before the last word dropped, no transliteration folding).
    private func spelledKey(_ r: Range<Int>, _ doc: Document) -> UInt64 {
        var key = Fold.phraseSeed
        for t in r where !(doc.tokens[t].flags.contains(.article) && t + 1 < r.upperBound) {
            key = Fold.combine(key, doc.tokens[t].lex)
        }
        return key
    }

    /// The match is followed by a capitalized word that is no rule word, then an area word
    /// ("village", "town"): the name goes on past the match.
    private func isPrefixOfLongerName(_ r: Range<Int>, _ doc: Document) -> Bool {
        let next = r.upperBound
        // "the Halba-Qoubaiyat road": a hyphen joins two names, it does not lengthen one
        if doc.tokens[next - 1].flags.contains(.hyphenNext) { return false }
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
