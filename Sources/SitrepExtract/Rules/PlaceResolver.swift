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
        let info = gazetteer.places, kinds = gazetteer.kinds
        var votes = Votes()
        var demonymVotes = Votes()  // the part of `votes` that demonyms cast
        if let hint = countryHint {
            var keys = KeyBuilder(articles: lexicon.articles)
            if let k = keys.key(hint, mode: .geo) { votes.add(5, to: k.hash) }
        }
        // demonyms vote for their country ("Syrian regime", "Israeli police")
        for k in doc.lex.indices where doc.lex.records[k].classes.contains(.demonym) {
            // ... but not glued to a lowercase word: "Saudi-led", "Iranian-backed" say who leads or
            // backs, not where (the Saudi-led coalition strikes Yemen)
            let last = doc.lex.range(k).upperBound - 1
            if doc.tokens[last].flags.contains(.hyphenNext), last + 1 < doc.tokens.count, doc.tokens[last + 1].isWord,
               !doc.tokens[last + 1].flags.contains(.capitalized) { continue }
            for id in doc.lex.entries(k) where lexicon.classes[Int(id)] == .demonym {
                votes.add(0.6, to: lexicon.demonymCountryKey[Int(id)])
                demonymVotes.add(0.6, to: lexicon.demonymCountryKey[Int(id)])
            }
        }
        PlaceResolver.dropStreetNames(&places, doc)
        // area words right after a name ("Idlib Province", "Kamounia camp")
        for p in places.indices {
            let end = places[p].range.upperBound
            guard end < doc.tokens.count else { continue }
            for id in doc.lexEntries(at: end) where lexicon.classes[Int(id)] == .areaword {
                places[p].areaHint = lexicon.areaHints[Int(id)]
            }
        }
        // spelling first: a folded look-alike must not vote for its country ("Hatay" ~ "Haiti")
        var lookAlikes: [Document.PlaceMatch] = []
        // readings kept though spelled otherwise (a multiword name's bigger places): they may be
        // chosen, but do not vote for their country ("Chaung-U" is no vote for China's "Chang-yeh")
        // (appended here, sorted once before the votes read it by binary search: no hashing per reading)
        var unspelled: [UInt64] = []
        var spelled: [UInt32] = []  // reused: the ids of the places written exactly so, sorted
        var others: [UInt32] = []  // reused: a mention's readings spelled otherwise, not areas (copied out when any)
        let exactPostings = gazetteer.exact.postings
        // (only readings in a transliterating country can come back (`readmitLookAlikes`): the others
        // are not kept, so most mentions keep no look-alike and their readings are not copied)
        let iso2s = gazetteer.iso2s, transliterated = PlaceResolver.transliteratedBits
        for p in places.indices {
            // transliteration folding finds "Khan Touman" for "Khan Tuman", and also "Kerry" for "Qarah":
            // a small place must be spelled as written; only well-known places may differ
            let lexKey = Document.lexPhrase(doc.tokens, places[p].range)
            // articles do not make a name longer: "Al Azim" is one word, spelled exactly or not at all
            var words = 0
            for t in places[p].range where !doc.tokens[t].flags.contains(.article) { words += 1 }
            let multiword = words > 1
            // one probe per mention: the places written exactly so (sorted once: common names have
            // hundreds of readings, and a linear scan per candidate was quadratic); a few are
            // searched where they lie, one by one, with no copy
            let exactRange = gazetteer.exact.lookupRange(lexKey)
            let few = exactRange.count <= 8
            if !few {  // (arrays emptied only when not empty: `removeAll(keepingCapacity:)` replaces a subrange)
                if !spelled.isEmpty { spelled.removeAll(keepingCapacity: true) }
                spelled.append(contentsOf: exactPostings[exactRange])
                spelled.sort()
            }
            if !others.isEmpty { others.removeAll(keepingCapacity: true) }
            let range = places[p].range
            // one pass, kept readings moved down in the buffer (no bounds test per read; a common
            // name has hundreds of readings: their `Place` records are read only when needed)
            let kept = places[p].candidates.withUnsafeMutableBufferPointer { candidates in
                spelled.withUnsafeBufferPointer { spelled in exactPostings.withUnsafeBufferPointer { postings in
                    let listed = UnsafeBufferPointer(rebasing: postings[exactRange])
                    var w = 0
                    for r in candidates.indices {
                        let c = candidates[r]
                        var keep = few ? listed.contains(c) : PlaceResolver.sortedContains(spelled, c)
                        if !keep, multiword {
                            let pl = info[Int(c)]
                            if pl.kind.isArea || pl.population >= 1_000 {
                                unspelled.append(PlaceResolver.reading(range, c))
                                keep = true
                            }
                        }
                        if keep {
                            candidates[w] = c
                            w += 1
                        } else if !kinds[Int(c)].isArea, PlaceResolver.isTransliterated(iso2s[Int(c)], bits: transliterated) {
                            others.append(c)
                        }
                    }
                    return w
                } }
            }
            if kept < places[p].candidates.count { places[p].candidates.removeSubrange(kept...) }
            if !others.isEmpty {
                lookAlikes.append(Document.PlaceMatch(range: places[p].range, candidates: Array(others), areaHint: places[p].areaHint))
            }
        }
        places.removeUnread()
        dropWordsNamedByAlternates(&places, doc)
        dropCapitalsSpeakingForStates(&places, doc)
        applyAdminAnchors(&places, doc)
        unspelled.sort()
        // distinct countries of a mention's readings (a few at most: small arrays, reused)
        var countries: [UInt64] = []
        var areaCountries: [UInt64] = []
        // an article's lead (its first sentence that is no bare line, with paragraphs after it)
        // says where the story is: its places vote twice, so that a country named in a later
        // paragraph ("talks in Tanzania broke down last year") does not outvote the town the lead
        // names. (A one-paragraph note is no article: "the carrier sailed from Charleston, South
        // Carolina" in its first sentence is no more where it happened than its other sentences.)
        let lead = doc.sentences.firstIndex { !$0.isBareLine }.flatMap { k in
            doc.sentences.last.map { $0.paragraph > doc.sentences[k].paragraph } == true ? k : nil
        }
        for p in places.indices {
            let weight = lead.map { Int(doc.sentenceOf[places[p].range.lowerBound]) == $0 } == true ? 2.0 : 1.0
            // ("said in Geneva", "reporters in Washington": where it was said is not the story's country)
            if doc.isWhereSaid(places[p].range) { continue }
            // a dateline names where the reporter filed from ("BEIRUT (Reuters) -"), not where the story is
            if doc.inDateline(places[p].range.lowerBound) { continue }
            if !countries.isEmpty { countries.removeAll(keepingCapacity: true) }
            if !areaCountries.isEmpty { areaCountries.removeAll(keepingCapacity: true) }
            // (most texts keep no unspelled reading: the empty array is not searched per candidate)
            for c in places[p].candidates where unspelled.isEmpty || !PlaceResolver.sortedContains(unspelled, PlaceResolver.reading(places[p].range, c)) {
                let pl = info[Int(c)]
                if !countries.contains(pl.countryKey) { countries.append(pl.countryKey) }
                // (a district too: "(Mentao, Soum)" names Burkina Faso's Soum, whatever "Mentao" may read abroad;
                // and a region: "the Red Sea" off Yemen is as much a place named as Sudan's Red Sea state)
                if pl.kind == .country || pl.kind == .province || pl.kind == .district || pl.kind == .region, !areaCountries.contains(pl.countryKey) { areaCountries.append(pl.countryKey) }
            }
            // a city of 100,000 or more counts with the provinces: Lebanon's Tripoli must not let
            // Libya's Tripoli province speak for the name alone. But where the name is a province
            // and its city of that very name (Pakistan's Islamabad), a city that merely lists the
            // name among its other or old names (Anantnag and Chattogram were once "Islamabad")
            // does not split the province's vote
            if !areaCountries.isEmpty {
                let written = Document.lexPhrase(doc.tokens, places[p].range)
                let seat = places[p].candidates.contains { c in
                    kinds[Int(c)] == .city && gazetteer.isPrimaryName(c, lexKey: written) && places[p].candidates.contains { d in
                        kinds[Int(d)] == .province && info[Int(d)].countryKey == info[Int(c)].countryKey
                    }
                }
                for c in places[p].candidates where kinds[Int(c)] == .city && (!seat || gazetteer.isPrimaryName(c, lexKey: written))
                    && (unspelled.isEmpty || !PlaceResolver.sortedContains(unspelled, PlaceResolver.reading(places[p].range, c))) {
                    let key = info[Int(c)].countryKey
                    if !areaCountries.contains(key) { areaCountries.append(key) }
                }
            }
            if !areaCountries.isEmpty, areaCountries.count <= 3 {
                // two such countries still count as much as one plain place each: their context
                // must keep false friends elsewhere out until the rest of the text decides
                let share = areaCountries.count == 1 ? 1.5 : areaCountries.count == 2 ? 1.0 : 0.5
                for c in areaCountries { votes.add(share * weight, to: c) }
            } else if countries.count <= 3 {
                for c in countries { votes.add(weight / Double(countries.count), to: c) }
            }
        }
        // "Amara city", "Sarmin town": the word names a settlement, so the name's province and
        // country readings (Ethiopia's Amhara region is also spelled "Amara") are not meant; they
        // have voted for their country (Kabul city, Kabul province) and go now
        // and the other way round: "Sagaing region", "Marib governorate" is the province, not its
        // town (which would otherwise win on the bonus of lying in the province named beside it)
        for p in places.indices {
            let hint = places[p].areaHint
            if hint.isSettlement, places[p].candidates.contains(where: { !kinds[Int($0)].isArea }) {
                places[p].candidates.removeAll { kinds[Int($0)].isArea }
            } else if hint == .province || hint == .region, places[p].candidates.contains(where: { kinds[Int($0)] == .province || kinds[Int($0)] == .region }) {
                places[p].candidates.removeAll { !kinds[Int($0)].isArea }
            }
        }
        // ties broken by key: the same text gives the same context in every run (dictionary order is not stable)
        let ranked = votes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let top = ranked.first?.value ?? 0
        // (a few distinct keys, so an array: scanning it costs less than hashing the country key
        // of every candidate tested against it)
        var context = ranked.prefix { $0.value >= top * 0.7 && $0.value >= 0.9 }.map(\.key)
        // a country the text's places name as strongly as any other stays, however many demonyms
        // speak for another: "Saudi forces" twice name actors, not where "Suqutra island" lies.
        // (Named by a province or two places at least: one small place abroad is often a false friend.)
        if !demonymVotes.isEmpty {
            let named = ranked.map { ($0.key, $0.value - (demonymVotes[$0.key] ?? 0)) }
            let namedTop = named.map(\.1).max() ?? 0
            for (k, v) in named where v >= namedTop * 0.7 && v >= 1.5 && !context.contains(k) { context.append(k) }
        }
        if context.isEmpty {
            // no clear vote: take a country that two or more mentions can agree on (Antakya + Hatay → Turkey)
            var support: [UInt64: Int] = [:]
            for p in places {
                for c in Set(p.candidates.map { info[Int($0)].countryKey }) { support[c, default: 0] += 1 }
            }
            let best = support.max { $0.value < $1.value }
            if let best, best.value >= 2, support.values.filter({ $0 == best.value }).count == 1 { context = [best.key] }
        }
        // provinces named in context countries, each with the mention that named it (see `namedBy`)
        // (room for a province per mention from the start: no table grown and rehashed on the way)
        var admin1s = Namers(minimumCapacity: places.count)
        // (each mention's name as written: a province vouches only for places named otherwise)
        var written = PlaceResolver.vouchingNames(places, doc)
        for p in places.indices {
            let single = places[p].candidates.count == 1
            for c in places[p].candidates {
                let pl = info[Int(c)]
                if (pl.kind == .province || single), context.isEmpty || context.contains(pl.countryKey) {
                    admin1s.note(pl.admin1Key, by: written[p])
                }
            }
        }
        if !context.isEmpty {
            // a name with no reading in the story's countries is a false friend ("Court", "Oran")...
            // ... but not a city of 100,000 or more said to be where it happened ("a party office in
            // Erbil"), in a sentence that names no place in those countries: the countries the
            // actors' demonyms vote for are not the place's
            // (by sentence index, as `Document.placeSentences`: no hashing)
            var placedSentences = [Bool](repeating: false, count: doc.sentences.count)
            for p in places.indices where places[p].candidates.contains(where: { kinds[Int($0)] != .country && context.contains(info[Int($0)].countryKey) }) {
                placedSentences[Int(doc.sentenceOf[places[p].range.lowerBound])] = true
            }
            for p in places.indices {
                // ("near Almaly district of Almaty city": a city called a city is meant as one)
                let unplaced = !placedSentences[Int(doc.sentenceOf[places[p].range.lowerBound])]
                let foreignCity = (PlaceResolver.isLocative(before: places[p].range.lowerBound, doc) || places[p].areaHint == .city) && unplaced
                // "at the village of Tychero" (Greek and Turkish guards): a settlement the text calls one
                let foreignSettlement = unplaced && PlaceResolver.isCalledASettlement(before: places[p].range.lowerBound, doc)
                // "KYIV (Reuters) - Russian missiles hit the capital": a capital's dateline is the
                // capital the story speaks of, whatever country the attacker's demonym votes for
                let datelineCapital = doc.inDateline(places[p].range.lowerBound)
                    && doc.saysTheCapital(in: doc.sentences[Int(doc.sentenceOf[places[p].range.lowerBound])].range)
                places[p].candidates.removeAll { c in
                    let k = kinds[Int(c)]
                    return !(context.contains(info[Int(c)].countryKey) || k == .country || foreignCity && k == .city
                        || foreignSettlement && (k == .city || k == .town || k == .village)
                        || datelineCapital && gazetteer.capitals[info[Int(c)].countryKey] == c)
                }
            }
            places.removeUnread()
        }
        readmitLookAlikes(&lookAlikes, &places, doc, context: context)
        // (after the look-alikes are back: "Hajana" must not come back as Hajin once its city is known)
        applyQuarterAnchors(&places, doc)
        written = PlaceResolver.vouchingNames(places, doc)
        // provinces and cities named in each sentence: a place in the same sentence is likely inside them
        // (sentence, admin1) pairs, one flat set for the document
        var sentenceAdmins = Namers(minimumCapacity: places.count)
        for p in places.indices {
            let k = doc.sentenceOf[places[p].range.lowerBound]
            for c in places[p].candidates {
                let pl = info[Int(c)]
                if pl.kind == .province || pl.kind == .city { sentenceAdmins.note(PlaceResolver.pair(k, pl.admin1Key), by: written[p]) }
            }
        }
        for p in places.indices {
            var best: UInt32 = .max
            let sentence = doc.sentenceOf[places[p].range.lowerBound]
            var bestScore = -Double.infinity
            let hinted = PlaceResolver.hintedKinds(places[p].areaHint)
            let lexKey = Document.lexPhrase(doc.tokens, places[p].range)
            for c in places[p].candidates {
                let pl = info[Int(c)]
                var s = kindScore(pl.kind)
                if gazetteer.isPrimaryName(c, lexKey: lexKey) { s += PlaceResolver.primaryNameBonus }
                if gazetteer.curated[Int(c)] { s += PlaceResolver.curatedBonus }
                s += log10(Double(pl.population) + 10) * 0.45
                if context.contains(pl.countryKey) { s += 4 }
                if pl.kind != .province, pl.kind != .country, admin1s.namedBy(pl.admin1Key, other: written[p]) { s += 2 }
                if pl.kind != .province, pl.kind != .country, pl.kind != .city,
                   sentenceAdmins.namedBy(PlaceResolver.pair(sentence, pl.admin1Key), other: written[p]) { s += 3 }
                if pl.kind == hinted.0 || pl.kind == hinted.1 { s += hinted.bonus }
                if s > bestScore { bestScore = s; best = c }
            }
            places[p].chosen = best
        }
        return ranked.map(\.key)
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

    /// The key a mention vouches for its province under (`note`, `namedBy`): its name as written,
    /// set apart when an area word other than a settlement's follows it ("Santa Ana department,
    /// Santa Ana": the writer has told the department from its town).
    static func vouchingName(_ range: Range<Int>, _ hint: Document.AreaHint, _ doc: Document) -> UInt64 {
        let key = Document.lexPhrase(doc.tokens, range)
        let end = range.upperBound
        return end < doc.tokens.count && doc.lexHas(end, .areaword) && !hint.isSettlement ? ~key : key
    }

    /// `vouchingName` of each mention, in order (by index: no copy of a mention and its readings).
    static func vouchingNames(_ places: [Document.PlaceMatch], _ doc: Document) -> [UInt64] {
        var names: [UInt64] = []
        names.reserveCapacity(places.count)
        for p in places.indices { names.append(vouchingName(places[p].range, places[p].areaHint, doc)) }
        return names
    }

    /// Whether ascending `ids` holds `id` (binary search).
    @inline(__always) static func sortedContains<T: Comparable>(_ ids: [T], _ id: T) -> Bool {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id
    }

    /// `sortedContains` over a buffer (no bounds test per probe).
    @inline(__always) static func sortedContains(_ ids: UnsafeBufferPointer<UInt32>, _ id: UInt32) -> Bool {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < ids.count && ids[lo] == id
    }

    static let primaryNameBonus = 1.5
    static let curatedBonus = 1.0

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

extension Document.AreaHint {
    /// Words that name a settlement ("city", "town", "village"), never a province.
    var isSettlement: Bool { self == .city || self == .town || self == .village }
}


extension Array where Element == Document.PlaceMatch {
    /// Drops the mentions left with no reading, keeping the others in order.
    @inline(__always) mutating func removeUnread() { removeMatches { $0.candidates.isEmpty } }

    /// Drops the mentions `drop` names, keeping the others in order. Same result as
    /// `removeAll(where:)`, but the kept mentions are moved as bits in the buffer: the standard
    /// partition swaps them through copies, a retain and a release of each one's candidates per
    /// move. `drop` is asked of each mention once, in order (it must not read the array itself:
    /// it is being edited).
    @inline(__always) mutating func removeMatches(where drop: (Document.PlaceMatch) -> Bool) {
        let kept = withUnsafeMutableBufferPointer { buf -> Int in
            var w = 0
            for r in buf.indices where !drop(buf[r]) {
                if w != r { buf.swapAt(w, r) }
                w += 1
            }
            return w
        }
        if kept < count { removeSubrange(kept...) }
    }
}
