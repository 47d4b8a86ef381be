// MARK: - Look-alikes and words read as places

extension PlaceResolver {
    /// A transliteration variant of a small place ("Basira" for Busayrah) is that place when its
    /// province is named in the same sentence ("in Basira in the Deir ez-Zor countryside"): the
    /// province rules out the look-alikes elsewhere that made exact spelling necessary.
    /// `lookAlikes` hold only readings in transliterating countries (`transliterated`), and are
    /// edited in place (each its own candidates: no copy).
    func readmitLookAlikes(_ lookAlikes: inout [Document.PlaceMatch], _ places: inout [Document.PlaceMatch], _ doc: Document, context: [UInt64]) {
        guard !lookAlikes.isEmpty else { return }
        let info = gazetteer.places, kinds = gazetteer.kinds
        var provinces = Set<UInt64>()  // (sentence, admin1) pairs of the provinces named
        var sentences = [Bool](repeating: false, count: doc.sentences.count)  // those that name one, by index
        for p in places.indices {
            let k = doc.sentenceOf[places[p].range.lowerBound]
            // (a city vouches for its province too: "Jandairis ... in Afrin countryside")
            for c in places[p].candidates where kinds[Int(c)] == .province || places[p].candidates.count == 1 && kinds[Int(c)] == .city {
                provinces.insert(PlaceResolver.pair(k, info[Int(c)].admin1Key))
                sentences[Int(k)] = true
            }
        }
        var added = false
        // built on first use: where each mention starts (by token: the last mention starting
        // there, or -1), and the tokens mentions cover (by token: no hashing)
        var starts: [Int32]? = nil
        var covered: [Bool] = []
        for j in lookAlikes.indices {
            let k = doc.sentenceOf[lookAlikes[j].range.lowerBound]
            guard sentences[Int(k)] else { continue }
            lookAlikes[j].candidates.removeAll { c in
                // (the few context countries first: most look-alikes lie outside them, and are
                // dropped with no hashing)
                let pl = info[Int(c)]
                return !(context.isEmpty || context.contains(pl.countryKey))
                    || !provinces.contains(PlaceResolver.pair(k, pl.admin1Key))
            }
            let m = lookAlikes[j]
            guard !m.candidates.isEmpty else { continue }
            if starts == nil {
                var s = [Int32](repeating: -1, count: doc.tokens.count)
                covered = [Bool](repeating: false, count: doc.tokens.count)
                for (i, p) in places.enumerated() {
                    s[p.range.lowerBound] = Int32(i)
                    for t in p.range { covered[t] = true }
                }
                starts = s
            }
            if let i = starts.map({ Int($0[m.range.lowerBound]) }), i >= 0, places[i].range == m.range {
                // a reading spelled as written in that province already ("Ma'arrata" in Aleppo)
                // beats a look-alike there ("Ma'ratah", another town's alternate)
                if places[i].candidates.contains(where: { !kinds[Int($0)].isArea && provinces.contains(PlaceResolver.pair(k, info[Int($0)].admin1Key)) }) { continue }
                places[i].candidates += m.candidates
            } else if !m.range.contains(where: { covered[$0] }) {
                places.append(m)
                for t in m.range { covered[t] = true }
                added = true
            }
        }
        if added { places.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// "the Nazi salute", "Arab tribesmen": a lone word read only through other names of small
    /// places (Syria's Al 'Annazah lists "An Nazi") and used as a word, before a lowercase noun
    /// and not after "in", "at", "near", "of" and the like, is no place. A place called by its
    /// own name, a city or a province keeps its reading ("the Aleppo countryside").
    func dropWordsNamedByAlternates(_ places: inout [Document.PlaceMatch], _ doc: Document) {
        let info = gazetteer.places
        places.removeMatches { m in
            guard PlaceResolver.isUsedAsWord(m, doc) else { return false }
            let lexKey = Document.lexPhrase(doc.tokens, m.range)
            return m.candidates.allSatisfy { c in
                let pl = info[Int(c)]
                return !gazetteer.isPrimaryName(c, lexKey: lexKey) && !pl.kind.isArea && pl.kind != .city && pl.population < 100_000
            }
        }
    }

    /// Whether a one-word mention is used as a word, not as a place: before a lowercase noun (no
    /// stop word, area word or place noun: "the Nazi salute", "the Korean embassy"; not "the
    /// Ruwaiha frontline") and after none of the words that say a place ("in", "near", "of").
    static func isUsedAsWord(_ m: Document.PlaceMatch, _ doc: Document) -> Bool {
        guard m.range.count == 1, m.areaHint == .none else { return false }
        let t = m.range.lowerBound
        let next = t + 1
        guard next < doc.tokens.count, doc.tokens[next].isWord, !doc.tokens[next].flags.contains(.capitalized),
              !doc.tokens[next].flags.contains(.stop), !doc.lexHas(next, .areaword),
              !placeNouns.contains(doc.tokens[next].lex) else { return false }
        return !(t > 0 && placeContextWords.contains(doc.tokens[t - 1].lex))
    }

    /// Nouns a place's name is used before as a place ("the Ruwaiha frontline", "the Tayba outskirts").
    static let placeNouns = WordSet(hashes: [
        "frontline", "frontlines", "front", "axis", "outskirts", "checkpoint", "junction", "roundabout", "entrance",
        "vicinity", "surroundings", "road", "highway", "bridge", "border", "valley", "plain", "hills", "hill", "mountain",
        "mountains", "dam", "farms", "river", "lake", "desert", "countryside", "area", "areas", "suburb", "suburbs",
    ].map { DateResolver.lexHash($0) })

    /// Words after which a name is said as a place ("in", "near", "the village of").
    static let placeContextWords = WordSet(hashes: [
        "in", "at", "near", "of", "from", "to", "outside", "around", "into", "toward", "towards", "between", "across",
        "via", "inside", "off", "on", "and", "or",
    ].map { DateResolver.lexHash($0) })

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
    static let transliteratedBits: [UInt64] = {
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
        isTransliterated(iso2, bits: transliteratedBits)
    }

    /// `isTransliterated` with `transliteratedBits` already read (`bits`), for loops over candidates.
    @inline(__always) static func isTransliterated(_ iso2: UInt16, bits: [UInt64]) -> Bool {
        guard let k = transliteratedBit(iso2) else { return false }
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
