import SitrepModel

// MARK: - Where an incident happened

extension Assembler {
    struct ChosenPlace {
        var id: UInt32
        var range: Range<Int>
        var precision: Int
        /// A point other than the place's own: the middle of a province's countryside (`countrysidePoint`).
        var point: SIMD2<Float>? = nil
        /// The place names a road's end ("the Kaduna road", "the A-B highway"), not where on it.
        var routeEnd = false
    }

    func chooseLocation(_ inc: Incident, section: Section) -> ChosenPlace? {
        let g = extractor.gazetteer
        /// The place that sentence `sentence` names for the event, if any (one sentence, no array
        /// made per call; most sentences name no place and have nothing to rank).
        func pick(in sentence: Int) -> ChosenPlace? {
            guard doc.placeSentences[sentence] else { return nil }
            var best: (p: Int, rank: Int)? = nil
            for k in sentence...sentence {
                let range = doc.sentences[k].range
                let indices = doc.placeIndices(in: range)
                // (names that are part of an actor's or source's name were passed over when matching)
                for p in indices where doc.places[p].chosen != .max && !doc.inDateline(doc.places[p].range.lowerBound) {
                    let m = doc.places[p]
                    let kind = g.places[Int(m.chosen)].kind
                    if kind == .country { continue }
                    var rank = specificity(kind, hint: m.areaHint) * 2
                    // "villages in X in Hama": after another place, a city named like its province names the province
                    // (not after "the Gaza city of": that place only says where this one lies; nor after
                    // a country or a region spanning provinces: "in the occupied West Bank ... in Jenin")
                    if kind == .city, p > 0, doc.places[p - 1].chosen != .max, !namesWhereTheNextLies(p - 1, in: range), range.contains(doc.places[p - 1].range.lowerBound),
                       !spansProvinces(doc.places[p - 1].chosen),
                       g.name(m.chosen).lowercased() == g.admin1(m.chosen)?.lowercased() { rank = 0 }
                    // "entered Idleb via Kafr Lusin": a city named like its province, with a place
                    // inside that province in the same sentence, stands for the province
                    if kind == .city, rank > 1, !m.areaHint.isSettlement,
                       hasSettlementInside(g.places[Int(m.chosen)].admin1Key, besides: p, among: indices),
                       g.name(m.chosen).lowercased() == g.admin1(m.chosen)?.lowercased() { rank = 1 }
                    // "Al Khadir town (Bethlehem, West Bank)": the place given with its districts is the one coded
                    // "Haradh and Abs districts (Hajjah)": the parenthesis qualifies the whole list
                    if hasAdminParenthesis(after: m.range.upperBound, in: range) || listSharesParenthesis(from: p, in: range) { rank += 1 }
                    if namesWhereTheNextLies(p, in: range) { rank -= 1 }
                    // "abducted a trader from X at a checkpoint in Y": where people came from is not
                    // where it happened when the sentence says in or at which other place it did
                    // (a settlement named without "in" or "at" still wins, a province does not)
                    if cameFrom(p), locatedElsewhere(than: p, among: indices) { rank -= 2 }
                    // "on the Aleppo-Lattakia highway near Ariha": the towns a road is named after are
                    // its ends, not where on it this happened
                    if namesARoute(m.range) || namesTheRoadTo(m.range, kind) { rank -= 2 }
                    // "in Kypseli [coded to Athens-Central Athens]": the coder's own note names the
                    // place the event is coded at
                    if codedTo(m.range.lowerBound) { rank += 2 }
                    // "KABUL (Reuters) - ... in Kunduz province": the dateline says where the report
                    // was filed; any other place the sentence names, even a province, is the event's
                    if doc.inDateline(m.range.lowerBound) || doc.isWhereSaid(m.range) { rank -= 7 }
                    if best == nil || rank > best!.rank { best = (p, rank) }
                }
            }
            guard let (p, _) = best else { return nil }
            let m = doc.places[p]
            let kind = g.places[Int(m.chosen)].kind
            let isArea = kind.isArea || m.areaHint == .province
            // (a district stands for a village somewhere in it: ACLED's district-level precision)
            var precision = isArea ? 3 : kind == .district ? 2 : 1
            if !isArea, nearCue(before: m.range.lowerBound, in: doc.sentences[Int(doc.sentenceOf[m.range.lowerBound])].range) { precision = 2 }
            if !isArea, kind == .city, directionCue(before: m.range.lowerBound) { precision = 2 }
            let sentence = doc.sentences[Int(doc.sentenceOf[m.range.lowerBound])].range
            return ChosenPlace(id: m.chosen, range: m.range, precision: precision, point: countrysidePoint(m, in: sentence), routeEnd: namesARoute(m.range) || namesTheRoadTo(m.range, kind))
        }
        let own = inc.ownSentences
        // "... Coded as Khanaqin district, Diyala.": the coder's note names the place coded, in
        // whichever sentence it comes
        if let k = own.first(where: namesPlaceCodedTo), let p = pick(in: k) { return p }
        // "MALAYBALAY CITY, Bukidnon - ... during a raid on a house in this city": the dateline's own
        // (a text with no dateline has no city of its own: its sentences are not scanned)
        if !doc.datelines.isEmpty, own.contains(where: saysThisCity), let p = datelinePlace(inc, section: section) { return p }
        // the first own sentence that names a place decides; a later one only adds a place
        // inside the province it named ("clashes in Idlib province. ... near Sarmin"), not one
        // the story merely mentions ("deployed from Damascus", "from Afrin")
        // (a dateline, or where something was said, alone does not decide: a later sentence's
        // place is the event's, and the dateline stands only when none is named)
        var dateline: ChosenPlace? = nil
        for (k, sentence) in own.enumerated() {
            guard let first = pick(in: sentence) else { continue }
            if dateline == nil, doc.inDateline(first.range.lowerBound) || doc.isWhereSaid(first.range) {
                dateline = first
                continue
            }
            // (precision 3: a province, or a city named as its region: "in Sagaing region")
            // and a road's end gives way the same way to a place named otherwise: "bandits blocked
            // the Kaduna road ... near Birnin Gwari town"
            // and so does a title's (a bare first line: "Junta air strike kills nine in Sagaing") to
            // the place its lead names in the same province ("on the outskirts of Shwebo in Sagaing Region")
            let title = k == 0 && doc.sentences[sentence].isBareLine
            guard first.precision == 3 || first.routeEnd || title else { return first }
            let a = g.places[Int(first.id)].admin1Key
            for later in own[(k + 1)...] {
                guard let p = pick(in: later), g.places[Int(p.id)].admin1Key == a else { continue }
                if p.precision < 3, !p.routeEnd || first.precision == 3 { return p }
                if title, p.precision <= first.precision, p.id != first.id { return p }
            }
            return first
        }
        if let p = demonymsCapital(in: own) { return p }
        if let dateline { return dateline }
        if let h = inc.headline, let p = pick(in: h) { return p }
        // the section's other sentences, nearest first (bounded: a section can be a whole page)
        let first = inc.sentences.first ?? 0
        let nearby = section.sentences.filter { abs($0 - first) <= 12 }.sorted { abs($0 - first) < abs($1 - first) }
        for k in nearby { if let p = pick(in: k) { return p } }
        if let p = datelinePlace(inc, section: section) { return p }
        // only a country: its point, precision 3 ("refugees from Ukraine arrived in Slovakia": not
        // the country people came from when the sentence names another)
        for k in inc.sentences + section.sentences.prefix(50) {
            let range = doc.sentences[k].range
            var origin: ChosenPlace? = nil
            for p in doc.placeIndices(in: range) where doc.places[p].chosen != .max {
                let m = doc.places[p]
                guard g.places[Int(m.chosen)].kind == .country else { continue }
                if !cameFrom(p) { return ChosenPlace(id: m.chosen, range: m.range, precision: 3) }
                if origin == nil { origin = ChosenPlace(id: m.chosen, range: m.range, precision: 3) }
            }
            if let origin { return origin }
        }
        return nil
    }

    /// The place of the dateline that opens the incident's story ("KYIV (Reuters) - Russian
    /// missiles hit the capital"), when the story names no place of its own and the dateline lies
    /// in the country the story is about (or the story names none): "BEIRUT (Reuters) - Syrian
    /// jets struck rebel-held areas" is not in Lebanon. The dateline is the last one at or before
    /// the incident, inside its section (a binary search: a long page may hold many).
    private func datelinePlace(_ inc: Incident, section: Section) -> ChosenPlace? {
        guard !doc.datelines.isEmpty, let first = inc.sentences.first, let opening = section.sentences.first,
              !namesUnknownPlace(inc.sentences) else { return nil }
        let at = doc.sentences[first].range.upperBound
        var lo = 0, hi = doc.datelines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.datelines[mid].lowerBound < at { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, doc.datelines[lo - 1].lowerBound >= doc.sentences[opening].range.lowerBound else { return nil }
        let g = extractor.gazetteer
        for p in doc.placeIndices(in: doc.datelines[lo - 1]) where doc.places[p].chosen != .max {
            let place = g.places[Int(doc.places[p].chosen)]
            guard place.kind != .country else { continue }
            // ("KYIV (Reuters) - Russian missiles hit the capital": the attacker's demonym outvotes
            // the dateline's country, but the capital the story speaks of is the one it was filed from)
            if let top = countries.first, top != place.countryKey,
               !(g.capitals[place.countryKey] == doc.places[p].chosen && inc.sentences.contains { doc.saysTheCapital(in: doc.sentences[$0].range) }) { return nil }
            return ChosenPlace(id: doc.places[p].chosen, range: doc.places[p].range, precision: place.kind.isArea ? 3 : 1)
        }
        return nil
    }

    /// "hit the Ukrainian capital", "in the Afghan capital": wire copy names a capital by its
    /// country's demonym; with no place named in the incident's sentences, that capital (a city,
    /// precision 1). Not "the capital" alone: the demonym near it may be the attacker's.
    private func demonymsCapital(in sentences: [Int]) -> ChosenPlace? {
        let g = extractor.gazetteer
        for k in sentences {
            let r = doc.sentences[k].range
            for t in r where t >= r.lowerBound + 2 && word(t, "capital") {
                if t + 1 < r.upperBound, word(t + 1, "of") { continue }
                for j in [t - 1, t - 2] where j > r.lowerBound && word(j - 1, "the") && doc.lexRange(at: j)?.upperBound == t {
                    for id in doc.lexEntries(at: j, having: .demonym) where lexicon.classes[Int(id)] == .demonym {
                        if let capital = g.capitals[lexicon.demonymCountryKey[Int(id)]] {
                            return ChosenPlace(id: capital, range: j..<(t + 1), precision: 1)
                        }
                    }
                }
            }
        }
        return nil
    }

    /// "near the town of Koutougou", "the village of X": the story names a place of its own that
    /// the gazetteer does not know, so the dateline does not stand for it.
    private func namesUnknownPlace(_ sentences: [Int]) -> Bool {
        for k in sentences where doc.sentenceHas(k, .areaword) {
            let r = doc.sentences[k].range
            for t in r where doc.lexHas(t, .areaword) && t + 2 < r.upperBound && word(t + 1, "of") {
                let n = word(t + 2, "the") && t + 3 < r.upperBound ? t + 3 : t + 2
                if doc.tokens[n].isWord, doc.tokens[n].flags.contains(.capitalized), !doc.placeCovers(n) { return true }
            }
        }
        return false
    }

    /// Whether a settlement or site other than mention `p`, among the sentence's mentions `indices`,
    /// lies in province `admin1` (and is not itself named like its province).
    private func hasSettlementInside(_ admin1: UInt64, besides p: Int, among indices: [Int]) -> Bool {
        let g = extractor.gazetteer
        for q in indices where q != p && doc.places[q].chosen != .max {
            let id = doc.places[q].chosen
            guard g.places[Int(id)].admin1Key == admin1, specificity(g.places[Int(id)].kind, hint: doc.places[q].areaHint) == 3 else { continue }
            if g.name(id).lowercased() != g.admin1(id)?.lowercased() { return true }
        }
        return false
    }

    /// Whether place `id` is a country or a region spanning provinces (the West Bank, the Gaza
    /// Strip: no province of its own): a city named like its province after it is the city, not one
    /// of a list of provinces.
    private func spansProvinces(_ id: UInt32) -> Bool {
        let g = extractor.gazetteer
        let kind = g.places[Int(id)].kind
        return kind == .country || kind == .region && g.admin1(id) == nil
    }

    /// Whether the place mention `p` opens a list ("A, B and C districts (Province)") whose last
    /// member is followed by an administrative parenthesis.
    private func listSharesParenthesis(from p: Int, in range: Range<Int>) -> Bool {
        var q = p
        while q + 1 < doc.places.count, q - p < 4 {
            let gap = doc.places[q].range.upperBound..<doc.places[q + 1].range.lowerBound
            guard gap.upperBound < range.upperBound, !gap.isEmpty, gap.count <= 2,
                  gap.allSatisfy({ doc.tokens[$0].isPunct(0x2C) || doc.tokens[$0].lex == Assembler.andWord }) else { return false }
            q += 1
            if hasAdminParenthesis(after: doc.places[q].range.upperBound, in: range) { return true }
        }
        return false
    }

    private static var andWord: UInt64 { DateResolver.lexHash("and" as StaticString) }
    static var fromWord: UInt64 { DateResolver.lexHash("from" as StaticString) }
    private func hasAdminParenthesis(after end: Int, in range: Range<Int>) -> Bool {
        var j = end
        if j < range.upperBound, doc.lexAt[j] >= 0, doc.lexHas(j, .areaword) { j += 1 }
        guard j + 1 < range.upperBound, doc.tokens[j].isPunct(0x28) else { return false }
        // "Itori (Ewekoro, Ogun)": the district may be unknown, the province after it is not
        var k = j + 1
        while k < range.upperBound, k <= j + 6, !doc.tokens[k].isPunct(0x29) {
            if doc.placeAt[k] >= 0 { return true }
            k += 1
        }
        return false
    }

    /// "the southern Gaza city of Rafah", "the Idlib town of Saraqib": a place followed by a settlement
    /// word, "of" and another place only says where that place lies. (Not "X town of Y district", "X
    /// district of Y", "X area of Y city": there the first is the place, inside the second.)
    private func namesWhereTheNextLies(_ p: Int, in range: Range<Int>) -> Bool {
        guard p + 1 < doc.places.count, doc.places[p + 1].areaHint == .none else { return false }
        switch doc.places[p].areaHint {
        case .city, .town, .village: break
        default: return false
        }
        var j = doc.places[p].range.upperBound
        if j < range.upperBound, doc.tokens[j].kind == .word, doc.lexHas(j, .areaword) { j += 1 }
        guard doc.lexHas(j - 1, .areaword), j + 1 < range.upperBound, doc.tokens[j].lex == Document.ofHash else { return false }
        return doc.places[p + 1].range.lowerBound == j + 1
    }

    /// How specific a place is: any settlement or site beats a province or region (a city and a
    /// village rank the same: the first named wins a tie).
    private func specificity(_ kind: Gazetteer.Kind, hint: Document.AreaHint) -> Int {
        if hint == .province || hint == .region { return 0 }
        switch kind {
        case .country: return -1
        case .province, .region: return 0
        case .city, .town, .village, .district, .neighbourhood, .camp, .base, .airport, .field, .crossing: return 3
        case .landmark, .other: return 1
        }
    }

    /// "in the northern countryside of Aleppo", "rural Idlib", "a village in Dar'a countryside":
    /// a province (or the capital named like it) told as its countryside or one of its parts
    /// stands for a village somewhere in it, and the middle of the province's settlements (in the
    /// direction told) is nearer such a village on average than the capital, where the province's
    /// point lies. ("10 km south of Aleppo" is the city's surroundings: no shift.)
    private func countrysidePoint(_ m: Document.PlaceMatch, in sentence: Range<Int>) -> SIMD2<Float>? {
        let g = extractor.gazetteer
        let pl = g.places[Int(m.chosen)]
        guard pl.kind == .province || pl.kind == .city || pl.kind == .town,
              let spread = g.spreads[Gazetteer.provinceKey(pl.admin1Key, pl.countryKey)],
              abs(spread.centre.x - pl.lat) < 0.03, abs(spread.centre.y - pl.lon) < 0.03 else { return nil }
        // "Hama City countryside", "the countryside of Hama city": the city's own surroundings,
        // not the province's villages
        if saysCity(m) { return nil }
        var rural = false
        var direction: Int? = nil
        // "Aleppo's northern countryside": after a possessive the words follow the name
        let possessive = doc.tokens[m.range.upperBound - 1].flags.contains(.possessive)
        let lo = max(sentence.lowerBound, m.range.lowerBound - 4), hi = min(sentence.upperBound, m.range.upperBound + (possessive ? 2 : 1))
        for t in lo..<hi {
            let lex = doc.tokens[t].lex
            if lex == Assembler.countrysideWord || lex == Assembler.ruralWord { rural = true }
            // the direction right before the name or the countryside word ("northern Idlib", "the
            // northern countryside of"), lowercase: not "the east of Hodeidah" (the city's side),
            // "the southern front of Marib", nor a name ("West Medan")
            guard let d = Assembler.directionIndex[lex], !doc.tokens[t].flags.contains(.capitalized), t + 1 < hi else { continue }
            // "Syria's northwestern Idlib province": after a country's possessive the direction says
            // where the province lies in the country, not which part of it
            if t + 1 == m.range.lowerBound, t > 0, doc.tokens[t - 1].flags.contains(.possessive) { continue }
            let next = doc.tokens[t + 1].lex
            if t + 1 == m.range.lowerBound || next == Assembler.countrysideWord || next == Assembler.ruralWord
                || possessive && t >= m.range.upperBound { direction = d }
        }
        if let d = direction, let mean = spread.means[d + 1] { return mean }
        return rural ? spread.means[0] : nil
    }

    /// Whether the mention is told as a city: "city" ends its name ("Hama City") or follows it.
    private func saysCity(_ m: Document.PlaceMatch) -> Bool {
        if m.areaHint == .city || doc.tokens[m.range.upperBound - 1].lex == Assembler.cityWord { return true }
        return m.range.upperBound < doc.tokens.count && doc.tokens[m.range.upperBound].lex == Assembler.cityWord
    }

    private static var cityWord: UInt64 { DateResolver.lexHash("city" as StaticString) }
    private static var countrysideWord: UInt64 { DateResolver.lexHash("countryside" as StaticString) }
    private static var ruralWord: UInt64 { DateResolver.lexHash("rural" as StaticString) }
    /// Direction words → index into `Gazetteer.directions` (clockwise from north).
    private static let directionIndex: [UInt64: Int] = {
        let words = [["north", "northern"], ["northeast", "northeastern"], ["east", "eastern"], ["southeast", "southeastern"],
                     ["south", "southern"], ["southwest", "southwestern"], ["west", "western"], ["northwest", "northwestern"]]
        var out: [UInt64: Int] = [:]
        for (i, ws) in words.enumerated() { for w in ws { out[DateResolver.lexHash(w)] = i } }
        return out
    }()
}
