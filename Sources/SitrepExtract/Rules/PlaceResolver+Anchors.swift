/// The resolver's rules that read the text around a name: the province written after it
/// ("X, Province", "X (Province)"), a quarter's city, street names (look-alikes and words read as
/// places are in `PlaceResolver+LookAlikes.swift`). Called from `resolve` in `PlaceResolver.swift`.
extension PlaceResolver {
    /// "Bagcilar, Istanbul", "Guarenas, Miranda state", "Bisso (Nouna)": a name followed by a comma
    /// and a province (or by a parenthesis and a province or city) is inside that province. Its
    /// readings elsewhere go; when it has none inside, the name is unknown here and the province
    /// stands for it. Other small places in the same sentence that lie in the same country but
    /// outside the anchored provinces are look-alikes ("Baglar neighborhood of Bagcilar, Istanbul").
    /// Lists of provinces ("Aleppo, Idlib and Hama") are left alone: a name that is itself a
    /// province never takes an anchor.
    func applyAdminAnchors(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        let info = gazetteer.places
        // sentence → admin1 keys the text anchors places in; the countries of those admin1s (a few
        // keys each: arrays, tested for each reading below, cost less than hashing)
        var anchors: [Int32: [UInt64]] = [:]
        var anchorCountries: [UInt64] = []
        // the mentions an anchor has placed, by index (`places` keeps its length until the end)
        var members = [Bool](repeating: false, count: places.count)
        var p = 0
        while p + 1 < places.count {
            defer { p += 1 }
            var gap = places[p].range.upperBound
            if gap < doc.tokens.count, doc.lexAt[gap] >= 0,
               doc.lexEntries(at: gap).contains(where: { lexicon.classes[Int($0)] == .areaword }) { gap += 1 }
            guard gap < doc.tokens.count else { continue }
            // "Sabkhah town in Deir ez-Zor countryside", "Sarmin in the Idlib countryside": "in"
            // before a province anchors like a comma
            let within = doc.tokens[gap].lex == PlaceResolver.inWord
            var next = gap + 1
            if within, next < doc.tokens.count, doc.tokens[next].lex == PlaceResolver.theWord { next += 1 }
            guard places[p + 1].range.lowerBound == next else { continue }
            let paren = doc.tokens[gap].isPunct(0x28)
            guard paren || within || doc.tokens[gap].isPunct(0x2C) else { continue }
            let a = places[p].candidates, b = places[p + 1].candidates
            if a.contains(where: { info[Int($0)].kind.isArea }) { continue }
            // (only a settlement is read into the province after "in": a mountain range or desert
            // spans provinces, and the text may name just one of them)
            if within, !a.allSatisfy({ [.city, .town, .village].contains(info[Int($0)].kind) }) { continue }
            // "Ayorou, Niger": a country named like another country's province (Nigeria's Niger
            // state) is the country when the name before it lies there
            if b.contains(where: { c in info[Int(c)].kind == .country && a.contains { info[Int($0)].countryKey == info[Int(c)].countryKey } }) { continue }
            var provinces = b.filter { info[Int($0)].kind == .province }
            // "(Mangodara, Comoe)": a district (Burkina Faso's Comoe) holding the name before it
            // anchors it rather than a province of that name abroad (Cote d'Ivoire's Comoe)
            // (not the first name of a parenthesis that goes on: in "Bosso (Bosso, Diffa)" the
            // district is named like the town, and the province after it places both)
            let bEnd = places[p + 1].range.upperBound
            let parenGoesOn = paren && !(bEnd < doc.tokens.count && doc.tokens[bEnd].isPunct(0x29))
            let districts = parenGoesOn ? [] : b.filter { info[Int($0)].kind == .district }
            if !districts.isEmpty, !PlaceResolver.anyInside(a, provinces, info), PlaceResolver.anyInside(a, districts, info) {
                provinces = districts
            }
            // "Bisso (Nouna)": a city alone in the parenthesis; "Mansa town (Mansa district, Punjab)"
            // names the district and province, and a namesake city abroad must not anchor it
            if provinces.isEmpty, paren, bEnd < doc.tokens.count, doc.tokens[bEnd].isPunct(0x29) {
                provinces = b.filter { info[Int($0)].kind == .city }
            }
            // "Jaro, Iloilo City", "Kypseli, Athens city": a city called so holds the name before it
            if provinces.isEmpty, !paren, bEnd < doc.tokens.count,
               doc.tokens[bEnd].lex == PlaceResolver.cityWord || doc.tokens[bEnd - 1].lex == PlaceResolver.cityWord {
                provinces = b.filter { info[Int($0)].kind == .city }
            }
            guard !provinces.isEmpty else { continue }
            // (arrays, not sets: a few keys, read only by `contains`, cost less than hashing them)
            let admin1s = provinces.map { info[Int($0)].admin1Key }
            let inside = a.filter { admin1s.contains(info[Int($0)].admin1Key) }
            if inside.isEmpty, PlaceResolver.isCityAbroad(a, from: provinces, info) { continue }
            let kept = inside.isEmpty ? admin1s : inside.map { info[Int($0)].admin1Key }
            places[p].candidates = inside
            places[p + 1].candidates = provinces.filter { kept.contains(info[Int($0)].admin1Key) }
            for key in kept { PlaceResolver.insertOnce(key, into: &anchors[doc.sentenceOf[places[p].range.lowerBound], default: []]) }
            for id in provinces where kept.contains(info[Int(id)].admin1Key) { PlaceResolver.insertOnce(info[Int(id)].countryKey, into: &anchorCountries) }
            members[p] = true
            members[p + 1] = true
        }
        // "(Merkhah As Sufla, Shabwah)", "Ain district (Shabwah)": a province closing a parenthesis
        // anchors its sentence even when the place before it is unknown
        for q in places.indices {
            let r = places[q].range
            // "(Muse district, Shan-North state)": one lowercase word may stand before the ")"
            var close = r.upperBound
            if close + 1 < doc.tokens.count, doc.tokens[close].isWord, !doc.tokens[close].flags.contains(.capitalized),
               doc.tokens[close + 1].isPunct(0x29) { close += 1 }
            guard r.lowerBound > 0, close < doc.tokens.count, doc.tokens[close].isPunct(0x29),
                  doc.tokens[r.lowerBound - 1].isPunct(0x28) || doc.tokens[r.lowerBound - 1].isPunct(0x2C) else { continue }
            // ("(Ayorou, Niger)": the country, as above)
            if q > 0, places[q - 1].range.upperBound + 1 == r.lowerBound, places[q].candidates.contains(where: { c in
                info[Int(c)].kind == .country && places[q - 1].candidates.contains { info[Int($0)].countryKey == info[Int(c)].countryKey }
            }) { continue }
            var provinces = places[q].candidates.filter { info[Int($0)].kind == .province }
            // "(Bane, Boulgou)", "(Kantchari, Tapoa)": a district closing the parenthesis places it too
            if provinces.isEmpty { provinces = places[q].candidates.filter { info[Int($0)].kind == .district } }
            guard !provinces.isEmpty else { continue }
            // "Islamabad city (FCT)": a city of 100,000+ with no reading in the province's country
            // is not moved abroad by an abbreviation another country shares (Nigeria's FCT)
            let qualified = nameBeforeParenthesis(closedBy: close, from: q, places, doc)
            if let before = qualified, !members[before],
               PlaceResolver.isCityAbroad(places[before].candidates, from: provinces, info) { continue }
            let admin1s = provinces.map { info[Int($0)].admin1Key }
            // the name before it inside the parenthesis ("(Bane, Boulgou)") lies in that province;
            // with no reading there it is unknown here (Bane is not Iran's Baneh)
            if q > 0, doc.tokens[r.lowerBound - 1].isPunct(0x2C), !members[q - 1] {
                let a = places[q - 1].range
                if a.upperBound == r.lowerBound - 1, a.lowerBound > 0, doc.tokens[a.lowerBound - 1].isPunct(0x28),
                   !places[q - 1].candidates.contains(where: { info[Int($0)].kind == .province }) {
                    places[q - 1].candidates.removeAll { !admin1s.contains(info[Int($0)].admin1Key) }
                    members[q - 1] = true
                }
            }
            // "(Kolofata, Mayo-Sava, Extreme-Nord)": every name of the parenthesis lies in the
            // province that closes it; a province of that name abroad (Madagascar's Sava) is not meant
            var open = r.lowerBound - 1
            while open > max(0, r.lowerBound - 12), !doc.tokens[open].isPunct(0x28), !doc.tokens[open].isPunct(0x29) { open -= 1 }
            if doc.tokens[open].isPunct(0x28) {
                var inner = q - 1
                let countries = provinces.map { info[Int($0)].countryKey }
                while inner >= 0, places[inner].range.lowerBound > open {
                    if !members[inner], !places[inner].candidates.contains(where: { info[Int($0)].kind == .province && countries.contains(info[Int($0)].countryKey) }) {
                        places[inner].candidates.removeAll { !admin1s.contains(info[Int($0)].admin1Key) && info[Int($0)].kind != .country }
                        members[inner] = true
                    }
                    inner -= 1
                }
            }
            if !members[q] {
                places[q].candidates = provinces
                for key in admin1s { PlaceResolver.insertOnce(key, into: &anchors[doc.sentenceOf[r.lowerBound], default: []]) }
                for id in provinces { PlaceResolver.insertOnce(info[Int(id)].countryKey, into: &anchorCountries) }
                members[q] = true
            }
            // the parenthesis places the name before it: "As Sadah fort (Merkhah As Sufla, Shabwah)"
            // is no Sadah in the north
            if let before = qualified, !members[before] {
                places[before].candidates.removeAll { !admin1s.contains(info[Int($0)].admin1Key) && info[Int($0)].kind != .country }
                members[before] = true
            }
        }
        // "Suti town (Murshidabad district, WB)": whatever the parenthesis names first, in one
        // country only, puts the name before it in that country; a name with no reading there is
        // unknown here, not a Turkish village that lists it among its alternates
        for q in places.indices {
            let r = places[q].range
            guard r.lowerBound > 0, doc.tokens[r.lowerBound - 1].isPunct(0x28),
                  let country = places[q].candidates.first.map({ info[Int($0)].countryKey }),
                  places[q].candidates.allSatisfy({ info[Int($0)].countryKey == country }),
                  let before = nameBeforeParenthesis(closedBy: r.lowerBound, from: q, places, doc), !members[before],
                  !PlaceResolver.isCityAbroad(places[before].candidates, from: places[q].candidates, info)
            else { continue }
            places[before].candidates.removeAll { info[Int($0)].countryKey != country && info[Int($0)].kind != .country }
        }
        guard !anchors.isEmpty else {
            places.removeUnread()
            return
        }
        for q in places.indices where !members[q] {
            guard let admin1s = anchors[doc.sentenceOf[places[q].range.lowerBound]] else { continue }
            // reading by reading: a namesake in another country ("Mai Paw" ~ a town in China) is left
            // to the country context, and must not shield the look-alike in Yangon
            places[q].candidates.removeAll { id in
                let pl = info[Int(id)]
                return !pl.kind.isArea && anchorCountries.contains(pl.countryKey) && !admin1s.contains(pl.admin1Key)
            }
        }
        places.removeUnread()
    }

    /// "the Hajana neighbourhood of Al-Bukamal city", "Ganeshpur area of Jalesar town", "a crossing
    /// in Al Bab city", "the Hanano district of Manbij city": a quarter, area, district or crossing of
    /// a named settlement lies inside it, and a village of its township ("X village in Y township"). Its readings
    /// farther than 15 km from the settlement's (40 for a village) are namesakes elsewhere; with none near, the name is
    /// unknown here and the settlement stands for it.
    func applyQuarterAnchors(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        let info = gazetteer.places, kinds = gazetteer.kinds
        var p = 0
        while p + 1 < places.count {
            defer { p += 1 }
            let word = places[p].range.upperBound
            guard word < doc.tokens.count, doc.lexHas(word, .areaword),
                  [.none, .neighbourhood, .district, .crossing, .village].contains(places[p].areaHint) else { continue }
            // ("Nyaung Pin Thar village in Kanbalu township": a village lies in its township or
            // district, which spans tens of kilometres around its seat, not a quarter's 15)
            let reach: Double = places[p].areaHint == .village ? 40 : 15
            var next = doc.lex.range(Int(doc.lexAt[word])).upperBound
            guard next + 1 < doc.tokens.count, doc.tokens[next].lex == PlaceResolver.ofWord || doc.tokens[next].lex == PlaceResolver.inWord else { continue }
            next += 1
            if doc.tokens[next].lex == PlaceResolver.theWord { next += 1 }
            let town = places[p + 1]
            // (a city named like its province is the province unless called a city: "Shadadah area
            // in Al Hasakeh countryside")
            guard town.range.lowerBound == next, town.areaHint.isSettlement
                    || town.candidates.contains(where: { kinds[Int($0)] == .city }) && !town.candidates.contains(where: { kinds[Int($0)].isArea })
            else { continue }
            let seats = town.candidates.filter { [.city, .town, .village].contains(kinds[Int($0)]) }
            places[p].candidates.removeAll { c in
                let a = info[Int(c)]
                return !seats.contains { Assembler.distanceKm(a.lat, a.lon, info[Int($0)].lat, info[Int($0)].lon) <= reach }
            }
        }
        places.removeUnread()
    }

    /// "Ulus square in Altindag, Ankara", "the Sa'a roundabout in el Mina", "Garita de Lima square":
    /// a name before a street word names a square or street, often after a town elsewhere (Ulus is
    /// also a town on the Black Sea). When the sentence names another place, that place says where
    /// the street is, and the street's name is no place of its own; alone ("in Taksim Square") it
    /// stays, as the quarter it is usually named after.
    static func dropStreetNames(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        var streets: [Int] = []
        let streetWords = PlaceResolver.streetWords
        for p in places.indices {
            let end = places[p].range.upperBound
            if end < doc.tokens.count, streetWords.contains(doc.tokens[end].lex) { streets.append(p) }
        }
        guard !streets.isEmpty else { return }
        // the sentences that name a place other than a street (one pass: O(mentions); flags by
        // mention and by sentence index, as `Document.placeSentences`: no hashing)
        var isStreet = [Bool](repeating: false, count: places.count)
        for p in streets { isStreet[p] = true }
        var placed = [Bool](repeating: false, count: doc.sentences.count)
        for q in places.indices where !isStreet[q] { placed[Int(doc.sentenceOf[places[q].range.lowerBound])] = true }
        var drop = [Bool](repeating: false, count: places.count)
        var dropped = 0
        for p in streets where placed[Int(doc.sentenceOf[places[p].range.lowerBound])] {
            drop[p] = true
            dropped += 1
        }
        guard dropped > 0 else { return }
        var q = 0  // (`removeMatches` asks of each mention once, in order)
        places.removeMatches { _ in
            defer { q += 1 }
            return drop[q]
        }
    }

    static let streetWords = WordSet(["square", "roundabout", "street", "avenue", "boulevard"])

    static var ofWord: UInt64 { DateResolver.lexHash("of" as StaticString) }
    static var cityWord: UInt64 { DateResolver.lexHash("city" as StaticString) }
    static var inWord: UInt64 { DateResolver.lexHash("in" as StaticString) }
    static var atWord: UInt64 { DateResolver.lexHash("at" as StaticString) }
    static var theWord: UInt64 { DateResolver.lexHash("the" as StaticString) }
    /// Whether the word before token `start` is "in" or "at": the text says the thing happened there.
    static func isLocative(before start: Int, _ doc: Document) -> Bool {
        guard start > 0 else { return false }
        let lex = doc.tokens[start - 1].lex
        // "air strikes on Gaza", "an attack on Kharkiv": "on" after an act names where it struck
        if lex == onWord, start > 1, endsTrigger(at: start - 2, doc) { return true }
        return lex == inWord || lex == atWord
    }

    /// Whether the words before token `start` are "the village of", "the town of", "the city of":
    /// the text says the name is a settlement.
    static func isCalledASettlement(before start: Int, _ doc: Document) -> Bool {
        guard start >= 3, doc.tokens[start - 1].lex == ofWord, doc.tokens[start - 3].lex == theWord else { return false }
        return settlementWords.contains(doc.tokens[start - 2].lex)
    }

    static let settlementWords = WordSet(hashes: ["village", "town", "city"].map { DateResolver.lexHash($0) })

    static var onWord: UInt64 { DateResolver.lexHash("on" as StaticString) }
    /// A trigger phrase ends at token `t` ("strikes" in "air strikes", "attack").
    private static func endsTrigger(at t: Int, _ doc: Document) -> Bool {
        var j = t
        while j >= 0, t - j < 4 {
            if doc.lexHas(j, .trigger), let r = doc.lexRange(at: j), r.upperBound == t + 1 { return true }
            j -= 1
        }
        return false
    }

    /// The place mention that a parenthesis closing at token `close` qualifies: the last mention
    /// before its "(", with at most two plain words between ("Al Arqoub area (...)", "As Sadah fort (...)").
    func nameBeforeParenthesis(closedBy close: Int, from: Int, _ places: [Document.PlaceMatch], _ doc: Document) -> Int? {
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

    /// "Sidon, Tripoli": whether a name with a city of 100,000 or more among its readings has no
    /// reading in the countries of `areas`. Such a city is no unknown place of a province abroad
    /// (Libya's Tripoli): the name after it is something else (here, another city of a list).
    static func isCityAbroad(_ ids: [UInt32], from areas: [UInt32], _ info: [Gazetteer.Place]) -> Bool {
        ids.contains { info[Int($0)].kind == .city }
            && !ids.contains { id in areas.contains { info[Int($0)].countryKey == info[Int(id)].countryKey } }
    }

    /// Whether one of the places `ids` lies in the admin1 of one of the `areas`.
    static func anyInside(_ ids: [UInt32], _ areas: [UInt32], _ info: [Gazetteer.Place]) -> Bool {
        ids.contains { id in areas.contains { info[Int($0)].admin1Key == info[Int(id)].admin1Key } }
    }

    /// Appends `key` to `list` unless it is there already: a set of a few keys as an array.
    @inline(__always) static func insertOnce(_ key: UInt64, into list: inout [UInt64]) {
        if !list.contains(key) { list.append(key) }
    }

    /// A key for "this mention (by its first token) has this reading".
    @inline(__always) static func reading(_ range: Range<Int>, _ id: UInt32) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: range.lowerBound)) << 32 | UInt64(id)
    }

    /// A key for "this admin1 is named in this sentence".
    @inline(__always) static func pair(_ sentence: Int32, _ admin1: UInt64) -> UInt64 {
        admin1 ^ (UInt64(UInt32(bitPattern: sentence)) &* 0x9E37_79B9_7F4A_7C15)
    }
}
