// MARK: - Matching

extension Document {
    /// Whether a matcher reading articles past (actors, sources, places) may find a phrase from
    /// token `i`, as the tokenizer marked its words with `start` (see `WordStarts`): `i` is a word
    /// so marked, or an article before a word so marked or before another article. Otherwise the
    /// matcher's first probe, at `i` or at the word after the article, would miss.
    @inline(__always) static func mayStart<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, _ i: Int, _ start: Token.Flags) -> Bool
        where Tokens.Index == Int {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        if t.flags.contains(start) { return true }
        guard t.flags.contains(.article), i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.kind == .word && (next.flags.contains(start) || next.flags.contains(.article))
    }

    /// Longest-first matching of lexicon phrases (on stems) at every word.
    static func matchLexicon(_ tokens: [Token], _ lexicon: Lexicon) -> (lex: LexMatches, lexAt: [Int32], classesAt: [Lexicon.Classes]) {
        // the matches written into a growing buffer and copied out once (see `GrowingBuffer`: an
        // `Array.append` per match cost more than the record it stored); room for a match every
        // fourth token, so a long page's buffer seldom grows
        var records = GrowingBuffer<LexMatches.Record>(capacity: tokens.count / 4)
        var lexAt = [Int32](repeating: -1, count: tokens.count)
        var classesAt = [Lexicon.Classes](repeating: Lexicon.Classes(rawValue: 0), count: tokens.count)
        let postings = lexicon.table.postings
        // (read and written through buffer pointers: no bounds test per token)
        tokens.withUnsafeBufferPointer { tokens in
            lexAt.withUnsafeMutableBufferPointer { lexAt in
                classesAt.withUnsafeMutableBufferPointer { classesAt in
                    matchLexicon(tokens, lexicon, into: &records, lexAt, classesAt)
                }
            }
        }
        var lex = LexMatches(postings: postings)
        lex.records = records.array
        return (lex, lexAt, classesAt)
    }

    /// `matchLexicon`'s pass over the words: each match's record, its index at its first token
    /// (`lexAt`) and its classes there (`classesAt`, both as long as `tokens`).
    private static func matchLexicon(_ tokens: UnsafeBufferPointer<Token>, _ lexicon: Lexicon, into records: inout GrowingBuffer<LexMatches.Record>,
                                     _ lexAt: UnsafeMutableBufferPointer<Int32>, _ classesAt: UnsafeMutableBufferPointer<Lexicon.Classes>) {
        let table = lexicon.table
        let postings = table.postings
        var i = 0
        while i < tokens.count {
            // (a word starting no phrase, as the tokenizer marked it, is passed at once)
            guard tokens[i].kind == .word, tokens[i].flags.contains(.mayStartLexicon) else { i += 1; continue }
            // the longest phrase wins
            if let best = table.longest(at: i, in: tokens) {
                lexAt[i] = Int32(records.count)
                let classes = lexicon.classes(of: postings[best.ids])
                classesAt[i] = classes
                records.append(LexMatches.Record(range: i..<(i + best.n), entries: best.ids, classes: classes))
                i += best.n
            } else {
                i += 1
            }
        }
    }

    /// Gazetteer names starting at capitalized words (or an article before one), longest first.
    func matchPlaces(_ gazetteer: Gazetteer, lexicon: Lexicon) {
        var places: [PlaceMatch] = []
        places.reserveCapacity(tokens.count / 16)
        let table = gazetteer.table
        let postings = table.postings
        let maxN = table.maxTokens
        // the tokens read through a buffer pointer (no bounds test per read)
        let provinceWords = Document.provinceWords, firmWords = Document.firmWords, unitNameHeads = Document.unitNameHeads
        let unitPrefixes = Document.unitPrefixes, alHash = Document.alHash, elHash = Document.elHash  // (read once, not per word)
        tokens.withUnsafeBufferPointer { tokens in
            var i = 0
            while i < tokens.count {
                let t = tokens[i]
                guard t.kind == .word else { i += 1; continue }
                let isArticle = t.flags.contains(.article)
                let startable = t.flags.contains(.capitalized)
                    || (isArticle && i + 1 < tokens.count && tokens[i + 1].flags.contains(.capitalized)
                        && (t.flags.contains(.hyphenNext) || t.length == 2 && (tokens[i].lex == alHash || tokens[i].lex == elHash)))
                guard startable else { i += 1; continue }
                // a word starting no name (nor an article before one): the first probe's miss
                guard Document.mayStart(tokens, i, .mayStartPlace) else { i += 1; continue }
                var h = Fold.phraseSeed
                var j = i
                var best: (n: Int, ids: Range<Int>)? = nil
                var words = 0
                while j < tokens.count, j - i < maxN, tokens[j].kind == .word, j == i || !tokens[j].flags.contains(.lineStart) {
                    let tj = tokens[j]
                    let article = tj.flags.contains(.article) && j + 1 < tokens.count && tokens[j + 1].kind == .word
                        && !tokens[j + 1].flags.contains(.lineStart)
                    if !article {
                        // inner words of a name are capitalized, except a few connectors ("Dayr az Zawr", "Sistan and Baluchestan")
                        // ... and an area word that ends a listed name: "Plateau state" is Nigeria's
                        // Plateau State (its bare name is a common word, left to other countries' places)
                        var areaEnd = false
                        if j > i, !tj.flags.contains(.capitalized), words > 0, !tokens[j - 1].flags.contains(.hyphenNext) && !tokens[j - 1].flags.contains(.article) {
                            if tj.length > 3 {
                                guard provinceWords.contains(tj.lex) else { break }
                                areaEnd = true
                            }
                        }
                        h = Fold.combine(h, tj.geo)
                        words += 1
                        let probe = table.probe(h)
                        let ids = probe.ids
                        let canGrow = probe.isPrefix
                        if !ids.isEmpty {
                            let single = words == 1
                            // a name ends on a capitalized word or an area word ("Kamounia camp"), not on "in"
                            let lowerEnd = !tj.flags.contains(.capitalized) && !lexHas(j, .areaword)
                            // (two letters make a name only before an area word: "Ye town", "Ye township")
                            // (written as a word: "UN camp", "IS base" are acronyms)
                            let short = tj.length < 3 && !(tj.length == 2 && !tj.flags.contains(.allCaps) && j + 1 < tokens.count && lexHas(j + 1, .areaword))
                            let rejected = lowerEnd || single && (tj.flags.contains(.stop) || short)
                            // (after a lowercase unit word only a province the name alone did not read:
                            // "Ponce city" is no Ponca City, and "Idlib province" stays "Idlib" + "province")
                            func hasProvince(_ r: Range<Int>) -> Bool { postings[r].contains { gazetteer.kinds[Int($0)] == .province } }
                            if !rejected, !areaEnd || hasProvince(ids) && !(best.map { hasProvince($0.ids) } ?? false) { best = (j + 1 - i, ids) }
                        }
                        if !canGrow || areaEnd { break }
                    }
                    j += 1
                    if tokens[j - 1].flags.contains(.possessive) { break }
                }
                // a lone name followed by another capitalized word is usually a person ("Mark Toner"),
                // unless a hyphen joins just the two ("the Halba-Qoubaiyat road", not "Eren-Blockade-12")
                // or the name is a possessive: "Nigeria's Zamfara state" names two places
                let hyphenPair = tokens[i].flags.contains(.hyphenNext) && i + 1 < tokens.count
                    && !tokens[i + 1].flags.contains(.hyphenNext) && !(i + 2 < tokens.count && tokens[i + 2].start == tokens[i + 1].end + 1 && tokens[i + 2].kind == .number)
                // (an article before the name changes nothing: "al Sham Corps" is a faction, not Damascus)
                if let b = best, b.n == 1 || b.n == 2 && isArticle, !hyphenPair, !tokens[i + b.n - 1].flags.contains(.possessive),
                   i + b.n < tokens.count, tokens[i + b.n].kind == .word,
                   tokens[i + b.n].flags.contains(.capitalized), !tokens[i + b.n].flags.contains(.lineStart), !tokens[i + b.n - 1].flags.contains(.allCaps),
                   !tokens[i + b.n].flags.contains(.stop), lexAt.indices.contains(i + b.n),
                   // ... but not an area word: "Kachin State", "Anka LGA", "Muse Township" are places
                   !lexHas(i + b.n, .areaword) {
                    if b.n == 2 { i += 1 }
                    best = nil
                }
                // "Byblos Bank", "Kabul Bank", "Ariana Airlines": a name before a capitalized word for a
                // firm names the firm, whose branches and offices lie anywhere (the stop words that let
                // "Aleppo University" stay a place do not cover these)
                if let b = best, i + b.n < tokens.count, tokens[i + b.n].kind == .word, tokens[i + b.n].flags.contains(.capitalized),
                   firmWords.contains(tokens[i + b.n].lex) {
                    i += b.n
                    continue
                }
                // "In Iraq, ...": a capitalized function word (no article) heads a longer name only when
                // the whole is spelled as a place's name ("The Hague"); folded, "In Iraq" reads as the
                // West Bank's 'Ayn 'Arik and hides the country after it
                if let b = best, b.n > 1, tokens[i].flags.contains(.stop), !isArticle,
                   gazetteer.exact.lookupRange(Document.lexPhrase(tokens, i..<(i + b.n))).isEmpty {
                    i += 1
                    continue
                }
                // "Al Sham Division", "Hama Brigades", "Idlib Front": a place's name that starts the name
                // of a unit names the unit (named after where it was raised), not where it acts. A country
                // stays ("Myanmar Army" still tells the story's country); a lowercase word is a place's
                // front line ("on the Hama front")
                if let b = best, i + b.n < tokens.count, tokens[i + b.n].kind == .word, tokens[i + b.n].flags.contains(.capitalized),
                   !tokens[i + b.n].flags.contains(.lineStart), unitNameHeads.contains(tokens[i + b.n].lex),
                   !postings[b.ids].contains(where: { gazetteer.kinds[Int($0)] == .country }) {
                    i += b.n
                    continue
                }
                // ... and so is one preceded by a capitalized word inside a sentence ("John Kerry"), unless a direction,
                // a demonym ("in Syrian Idlib") or a place's possessive ("Khartoum's Bahri district"; not "the CRPF's Cobra unit"); an article
                // between does not change that ("Saraya al Jihad" is a brigade, not Baghdad's Jihad)
                let afterPlacePossessive = i > 0 && tokens[i - 1].flags.contains(.possessive) && places.last?.range.upperBound == i
                if let b = best, b.n == 1 || b.n == 2 && isArticle, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.capitalized),
                   !tokens[i - 1].flags.contains(.lineStart), !afterPlacePossessive, !tokens[i].flags.contains(.allCaps), !tokens[i - 1].flags.contains(.hyphenNext),
                   !unitPrefixes.contains(tokens[i - 1].lex),
                   i < 2 || !(tokens[i - 2].kind == .punct && (tokens[i - 2].mark == 0x2E || tokens[i - 2].mark == 0x3A)),
                   !tokens[i - 1].flags.contains(.stop), !tokens[i - 1].flags.contains(.article), !lexHas(i - 1, .demonym) {
                    // (past the article too: its word alone is the same name)
                    if b.n == 2 { i += 1 }
                    best = nil
                }
                // a longer name with capitalized words on both sides is inside another name ("the Kerman
                // Coal Mine Company" is no Texan town whose old name was Coal Mine)
                if let b = best, b.n >= 2, !isArticle, i > 0, i + b.n < tokens.count,
                   tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.capitalized), !tokens[i - 1].flags.contains(.lineStart),
                   !tokens[i - 1].flags.contains(.stop), !tokens[i - 1].flags.contains(.hyphenNext),
                   i < 2 || !(tokens[i - 2].kind == .punct && (tokens[i - 2].mark == 0x2E || tokens[i - 2].mark == 0x3A)),
                   tokens[i + b.n].kind == .word, tokens[i + b.n].flags.contains(.capitalized), !tokens[i + b.n].flags.contains(.lineStart),
                   !lexHas(i + b.n, .areaword), !tokens[i + b.n - 1].flags.contains(.hyphenNext) {
                    i += b.n - 1
                    best = nil
                }
                if let best {
                    // a name that is really an actor, a source or a rule word is passed over whole (its
                    // readings are never copied: common words have hundreds)
                    if !isNotAPlace(i..<(i + best.n), lexicon: lexicon), !isHeadOfUnknownCompound(i + best.n - 1, table) {
                        places.append(PlaceMatch(range: i..<(i + best.n), candidates: Array(postings[best.ids])))
                    }
                    i += best.n
                } else {
                    i += 1
                }
            }
        }
        self.places = places
    }

    /// A gazetteer name in the text that names something else: part of an actor's or a source's
    /// name, a demonym or rule word written exactly so ("Syrian", "Wednesday"; not a stem look-alike,
    /// "Homs" ~ "homes"), the start of a longer unknown name ("Nyaung Pin Wun village" is not
    /// "Nyaung Pin"), or a word glued by a hyphen to a lowercase word ("Aleppo-based").
    func isNotAPlace(_ r: Range<Int>, lexicon: Lexicon) -> Bool {
        if actorOverlaps(r, minCount: r.count) { return true }
        if isPrefixOfLongerName(r, lexicon: lexicon) { return true }
        if sourceOverlaps(r, minCount: r.count), !isSaidAsPlace(r) { return true }
        if isHyphenPrefix(r) { return true }
        if r.count == 1 {
            let t = r.lowerBound
            if lexCovered(t) { return true }
            for id in lexEntries(at: t) where lexRange(at: t)!.count == 1 {
                if lexicon.phraseLex[Int(id)] == tokens[t].lex { return true }
            }
            // "a Molotov cocktail" (Perm's old name): the first word of an event trigger phrase
            if let r = lexRange(at: t), r.count > 1, lexEntries(at: t).contains(where: { lexicon.classes[Int($0)] == .trigger }) { return true }
        }
        return false
    }

    /// "Tapoa-Djerma", "Eren-23": a name glued by a hyphen to a capitalized word that begins no
    /// gazetteer name, or to a number, is the head of a longer name (a village named after its
    /// neighbour, an operation), not that place. ("the Aleppo-Lattakia highway", "Raqqa-Tal Abyad"
    /// join two known names and are left alone.)
    private func isHeadOfUnknownCompound(_ last: Int, _ table: PhraseTable) -> Bool {
        guard tokens[last].flags.contains(.hyphenNext), last + 1 < tokens.count else { return false }
        let w = tokens[last + 1]
        if w.kind == .number { return true }
        guard w.isWord, w.flags.contains(.capitalized), !w.flags.contains(.article),
              !table.probe(Fold.combine(Fold.phraseSeed, w.geo)).found else { return false }
        // ("the Coatzacoalcos-Canticas highway" runs from a known town to an unknown one)
        return !(last + 2 < tokens.count && Document.routeWords.contains(tokens[last + 2].lex))
    }

    /// Whether the mention at `r` is where something was said, not done: "said in Geneva", "a
    /// spokesman in Kabul said", "speaking to reporters in Washington", "told AFP from Niamey".
    func isWhereSaid(_ r: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        guard j > 0, Document.saidPrepositions.contains(tokens[j].lex) else { return false }
        j -= 1
        // (one capitalized word between: "told AFP from Niamey")
        if j > 0, tokens[j].isWord, tokens[j].flags.contains(.capitalized), !Document.speechWords.contains(tokens[j].lex) { j -= 1 }
        return j >= 0 && tokens[j].isWord && Document.speechWords.contains(tokens[j].lex)
    }

    static let saidPrepositions = WordSet(["in", "from", "at"])
    static let speechWords = WordSet([
        "said", "says", "told", "reporters", "journalists", "statement", "conference", "briefing", "speaking",
        "interview", "spokesman", "spokeswoman", "spokesperson",
    ])

    /// Words for an administrative unit written before its name ("Nahiyat Yathrib", "Qada Sinjar"):
    /// the name after them is the unit's, not a person's surname.
    static let unitPrefixes = WordSet(hashes: ["nahiyat", "nahiya", "nahiyah", "qada", "qadaa", "markaz", "mudiriyat"].map { DateResolver.lexHash($0) })

    static let provinceWords = WordSet(hashes: ["state", "province", "region", "governorate"].map { DateResolver.lexHash($0) })

    static let firmWords = WordSet(hashes: ["bank", "company", "corporation", "airways", "airlines", "telecom", "insurance", "cement"].map { DateResolver.lexHash($0) })

    /// Last words of a unit's name ("Sultan Murad Division", "Hama Brigades"), the military ones of
    /// `Assembler.unitHeads` and a few more a unit's name ends in ("Front", "Regiment", "Shield"):
    /// not "Forces" or "Militia", which regions' own forces are called after them ("Tigray Forces").
    static let unitNameHeads = WordSet(hashes: [
        "army", "brigade", "brigades", "battalion", "battalions", "corps", "legion", "legions", "division", "divisions",
        "front", "regiment", "regiments", "shield",
    ].map { DateResolver.lexHash($0) })

    static let routeWords = WordSet(hashes: ["road", "highway", "motorway", "route", "axis", "corridor", "railway"].map { DateResolver.lexHash($0) })

    /// A source's name that is also a town's ("Myawaddy", the Myanmar army's newspaper and a border
    /// town) is the town after a preposition of place ("in Myawaddy") or before an area word
    /// ("Myawaddy township"); "Myawaddy reported", "according to Myawaddy", "a correspondent of
    /// Myawaddy" are the source.
    private func isSaidAsPlace(_ r: Range<Int>) -> Bool {
        if r.lowerBound > 0, Document.placePrepositions.contains(tokens[r.lowerBound - 1].lex) { return true }
        return r.upperBound < tokens.count && lexHas(r.upperBound, .areaword)
    }

    static let placePrepositions = WordSet(hashes: ["in", "at", "near", "outside", "around"].map { DateResolver.lexHash($0) })

    /// The name is glued by a hyphen to a lowercase word: a prefix or an adjective, not a place
    /// ("Non-violent activity", "Aleppo-based").
    private func isHyphenPrefix(_ r: Range<Int>) -> Bool {
        let last = r.upperBound - 1
        guard tokens[last].flags.contains(.hyphenNext), last + 1 < tokens.count else { return false }
        let w = tokens[last + 1]
        return w.isWord && !w.flags.contains(.capitalized)
    }

    /// The match is followed by a capitalized word that is no rule word, then an area word
    /// ("village", "town"): the name goes on past the match.
    private func isPrefixOfLongerName(_ r: Range<Int>, lexicon: Lexicon) -> Bool {
        var next = r.upperBound
        // "the Halba-Qoubaiyat road": a hyphen joins two names, it does not lengthen one; nor does a
        // possessive ("Nigeria's Zamfara state" is a state of Nigeria)
        if tokens[next - 1].flags.contains(.hyphenNext) || tokens[next - 1].flags.contains(.possessive) { return false }
        // "Dur al Naft area": an article inside the longer name is part of it
        if next + 1 < tokens.count, !tokens[next - 1].flags.contains(.possessive), tokens[next].kind == .word, tokens[next].flags.contains(.article),
           tokens[next + 1].flags.contains(.capitalized) { next += 1 }
        guard next + 1 < tokens.count, next + 1 < lexAt.count, tokens[next].kind == .word,
              tokens[next].flags.contains(.capitalized), lexAt[next] < 0, lexAt[next + 1] >= 0 else { return false }
        return lexEntries(at: next + 1).contains { lexicon.classes[Int($0)] == .areaword }
    }

    /// The phrase hash of tokens' lex keys as written (no transliteration folding), articles before
    /// the last word dropped as in `KeyBuilder`'s `.lex` mode.
    /// (`tokens`: an array or a buffer pointer over one, indexed from 0.)
    static func lexPhrase<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, _ r: Range<Int>) -> UInt64 where Tokens.Index == Int {
        var h = Fold.phraseSeed
        for t in r where tokens[t].kind == .word {
            if t < r.upperBound - 1, tokens[t].flags.contains(.article) { continue }
            h = Fold.combine(h, tokens[t].lex)
        }
        return h
    }

    static let thingNouns: Set<UInt64> = Set(["dollar", "dollars", "currency", "embassy", "consulate", "citizen", "citizens",
                                               "nationals", "national", "passport", "exchange", "market", "markets"].map { DateResolver.lexHash($0) })

    static let agentParticiples: Set<UInt64> = Set(["planted", "laid", "placed", "fired", "launched"].map { DateResolver.lexHash($0) })

    /// "planted" in "Taliban-planted", "fired" in "Houthi-fired": the word before the hyphen did it.
    static func agentParticiple<Tokens: RandomAccessCollection<Token>>(_ tokens: Tokens, _ i: Int) -> Bool where Tokens.Index == Int {
        i < tokens.count && tokens[i].kind == .word && agentParticiples.contains(tokens[i].lex)
    }

    static var alHash: UInt64 { DateResolver.lexHash("al" as StaticString) }
    static var ofHash: UInt64 { DateResolver.lexHash("of" as StaticString) }
    static var elHash: UInt64 { DateResolver.lexHash("el" as StaticString) }
    /// Named sources (sources.tsv) and generic source phrases (lexicon class `source`).
    static func matchSources(_ tokens: [Token], _ text: String, _ lex: LexMatches, _ named: SourceLexicon?,
                             lexicon: Lexicon) -> [SourceMatch] {
        var sources = named.map { matchNamedSources(tokens, $0) } ?? []
        var covered = [Bool](repeating: false, count: tokens.count)
        for s in sources { for t in s.range { covered[t] = true } }
        for k in lex.indices where lex.records[k].classes.contains(.source) {
            let m = lex[k]
            for id in m.entries where lexicon.classes[Int(id)] == .source {
                if m.range.contains(where: { covered[$0] }) { continue }
                let a = Int(tokens[m.range.lowerBound].start), b = Int(tokens[m.range.upperBound - 1].end)
                sources.append(SourceMatch(range: m.range, name: Document.string(text, a..<b), kind: lexicon.firstFields[Int(id)]))
                for t in m.range { covered[t] = true }
            }
        }
        sources.sort { $0.range.lowerBound < $1.range.lowerBound }
        return sources
    }

    /// Names from sources.tsv, longest first (the table's keys are hoisted: one copy per document).
    private static func matchNamedSources(_ tokens: [Token], _ named: SourceLexicon) -> [SourceMatch] {
        var sources: [SourceMatch] = []
        let table = named.table, exact = named.exact
        let postings = table.postings
        let maxN = table.maxTokens
        // the tokens read through a buffer pointer (no bounds test per read)
        tokens.withUnsafeBufferPointer { tokens in
            var i = 0
            while i < tokens.count {
                // a word starting no source's name (nor an article before one): the first probe's miss
                guard Document.mayStart(tokens, i, .mayStartSource) else { i += 1; continue }
                var h = Fold.phraseSeed
                var j = i
                var best: (n: Int, id: UInt32)? = nil
                while j < tokens.count, j - i < maxN, tokens[j].kind == .word {
                    let tj = tokens[j]
                    if !(tj.flags.contains(.article) && j + 1 < tokens.count && tokens[j + 1].kind == .word) {
                        h = Fold.combine(h, tj.geo)
                        let probe = table.probe(h)
                        guard probe.found else { break }
                        let found = probe.ids
                        if !found.isEmpty, case let id = postings[found.lowerBound], tokens[i].flags.contains(.capitalized) || j > i,
                           j > i || tj.length > 3 || tj.flags.contains(.allCaps),
                           // one word is spelled as listed: folding reads "Iraqi" as "(Al) Iraqiya"
                           (tokens[i].flags.contains(.capitalized) && j > i) || exact.contains(lexPhrase(tokens, i..<(j + 1))) {
                            best = (j + 1 - i, id)
                        }
                        if !probe.isPrefix { break }
                    }
                    j += 1
                }
                if let best {
                    let e = named.entries[Int(best.id)]
                    sources.append(SourceMatch(range: i..<(i + best.n), name: e.name, kind: e.kind))
                    i += best.n
                } else {
                    i += 1
                }
            }
        }
        return sources
    }
}
