// MARK: - Matching actors' names

extension Document {
    /// How many consonants word token `t` spells (`y` after the first letter is a vowel, as the geo
    /// fold reads it), counting to three at most.
    static func consonants(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = Int(t.start)
        let end = min(Int(t.end), bytes.count)
        var first = true
        while i < end, count < 3 {
            // an ASCII byte folds to itself, lowercased (the apostrophes it drops are no letters)
            let b = bytes[i]
            var c = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            var w = 1
            if b >= 0x80 {
                let (s, width) = Tokenizer.decode(bytes, i)
                c = Fold.foldScalar(s).0
                w = width
            }
            if c >= 0x61, c <= 0x7A {
                if !Fold.isVowel(c), c != 0x79 || first { count += 1 }
                first = false
            }
            i += max(w, 1)
        }
        return count
    }

    /// Whether a word of the text may stand for an alias's word by the transliteration fold: it is
    /// written as in some alias, or it spells three consonants or more. The fold keeps only a word's
    /// consonants (and where its vowels are), and two of them are too few to tell a name from
    /// another: the Burkinabe province "Seno" folds like "Sinai" (so "Seno Province" would read as IS
    /// Sinai Province), a place "Sarai" like "Syria", "Myo Ma" like "Mai-Mai". Three or more keep
    /// the folds names need ("Jeish" for "Jaysh", "Shabab" for "Shabaab").
    ///
    /// The alias words are tried before the consonant count: a word that reaches this test is
    /// mostly an alias's word as written ("police", "forces"), and one probe of their table costs
    /// less than decoding the word's letters.
    static func mayFold(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ aliasWords: PhraseTable) -> Bool {
        t.flags.contains(.opaque) || aliasWords.probe(t.lex).found || consonants(t, bytes) >= 3
    }

    /// A short name written in capitals and digits ("M23", "G5"): an acronym as much as "AA" is
    /// (the tokenizer's all-capitals flag counts the digits as lowercase letters).
    static func isCode(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0, digits = 0
        for i in Int(t.start)..<min(Int(t.end), bytes.count) {
            let c = bytes[i]
            if c >= 0x41 && c <= 0x5A { letters += 1 } else if c >= 0x30 && c <= 0x39 { digits += 1 } else { return false }
        }
        return letters > 0 && digits > 0
    }

    /// Actor aliases anywhere (geo keys), longest first. `bytes` is the text the tokens index.
    static func matchActors(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ lexiconOfActors: ActorLexicon) -> [ActorMatch] {
        // (read through a buffer pointer: no bounds test per token)
        tokens.withUnsafeBufferPointer { matchActors($0, bytes, lexiconOfActors) }
    }

    private static func matchActors(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>,
                                    _ lexiconOfActors: ActorLexicon) -> [ActorMatch] {
        var actors: [ActorMatch] = []
        let actorTable = lexiconOfActors
        let table = actorTable.table, exact = actorTable.exact, aliasWords = actorTable.aliasWords
        let postings = table.postings, exactPostings = exact.postings
        let caseSensitive = actorTable.caseSensitive, generic = actorTable.generic
        let maxN = table.maxTokens
        // the ids listing a phrase as written, sorted (reused): a common alias ("security forces") is
        // listed for every country, and testing each of its entries against the exact run was quadratic
        var spelled: [UInt32] = []
        // a long text names the same groups again and again: their readings are kept (a short one
        // would spend more on the memo than it saves)
        var memo: ReadingsMemo? = tokens.count >= ReadingsMemo.minimumTokens ? ReadingsMemo() : nil
        var i = 0
        while i < tokens.count {
            // a word starting no alias (nor an article before one): the first probe's miss
            // (a whole number may start one: "400 Mawozo"; only the few numbers that do are tried)
            guard Document.mayStart(tokens, i, .mayStartActor)
                || tokens[i].kind == .number && actorTable.leadingNumbers.contains(tokens[i].value) else { i += 1; continue }
            var h = Fold.phraseSeed
            var j = i
            // the longest alias: its length, the run of its readings from the first that passes, and
            // the word and count they were tested at (the ids that pass are collected once, after the
            // loop: no array per alias found on the way)
            var best: (n: Int, run: Range<Int>, words: Int, last: Token)? = nil
            var words = 0
            /// Whether alias reading `id` stands for an actor when its last word is `tj`, `words` in.
            func accepts(_ id: UInt32, _ tj: Token, words: Int) -> Bool {
                let isCaseSensitive = caseSensitive[Int(id)]
                // (a code that opens with a digit, "3R", is a number and a word: the word is written in capitals)
                let opening = tokens[i].kind == .number && i + 1 < tokens.count ? tokens[i + 1] : tokens[i]
                if isCaseSensitive, !opening.flags.contains(.capitalized) { return false }
                if words == 1, !isCaseSensitive, tj.flags.contains(.stop), generic[Int(id)] == false, !tj.flags.contains(.capitalized) { return false }
                if words == 1, tj.length <= 3, !tj.flags.contains(.allCaps), !isCode(tj, bytes) { return false }
                return true
            }
            while j < tokens.count, j - i < maxN, j == i || !tokens[j].flags.contains(.lineStart) {
                var tj = tokens[j]
                if tj.kind != .word {
                    // a whole number is a word of a name ("March 23 Movement", "Operation 1027"), as written
                    guard tj.kind == .number, let keys = numberKeys(tj, bytes), aliasWords.probe(keys.lex).found else { break }
                    tj.lex = keys.lex
                    tj.geo = keys.geo
                }
                let article = tj.flags.contains(.article) && j + 1 < tokens.count && tokens[j + 1].kind == .word
                if !article {
                    h = Fold.combine(h, tj.geo)
                    let probe = table.probe(h)
                    // neither an alias nor the start of one (most words): stop
                    guard probe.found else { break }
                    // a word written as in no alias must spell enough of a name to be one folded
                    if !mayFold(tj, bytes, aliasWords) { break }
                    words += 1
                    if let k = probe.ids.first(where: { accepts(postings[$0], tj, words: words) }) {
                        best = (j + 1 - i, k..<probe.ids.upperBound, words, tj)
                    }
                    if !probe.isPrefix { break }
                }
                j += 1
                // an alias may run on past a possessive ("People's Defense Force", "Assad's forces")
            }
            // folding is for names: an uncapitalized phrase must be an alias as written
            // and one word is a name only as listed: folding must not read a common word as a group
            // (words, not tokens: "El Palo" is one word after its article, and must not fold into "PULO",
            // nor "Al Jawf", Yemen's province, into "JAF"; nor a capitalized stop word into a name: "The
            // Armed Forces" is not "Thai Armed Forces"; nor a letter into a demonym: "Tochka U missile" is no "UAE missile")
            if let b = best, !tokens[i].flags.contains(.capitalized) || b.words == 1 || tokens[i].flags.contains(.stop) || tokens[i].length <= 2,
               !exact.contains(written(tokens, i..<(i + b.n), bytes)) {
                best = nil
            }
            // "US dollar", "US-made": a nationality word describing a thing, not an actor ("a Taliban-planted
            // IED" names the actor that planted it)
            if let b = best, b.n == 1, (tokens[i].flags.contains(.hyphenNext) && !agentParticiple(tokens, i + 1))
                || (i + 1 < tokens.count && Document.thingNouns.contains(tokens[i + 1].lex)) {
                best = nil
            }
            if let best {
                // the readings of this alias as found before, when all they depend on is the same
                var memoKey: ReadingsMemo.Key? = nil
                if let known = memo {
                    let key = ReadingsMemo.Key(lower: best.run.lowerBound, upper: best.run.upperBound,
                                               written: written(tokens, i..<(i + best.n), bytes),
                                               cues: readingCues(tokens[i], best.last, words: best.words, bytes))
                    if let ids = known[key] {
                        if ids.isEmpty { i += 1; continue }
                        actors.append(ActorMatch(range: i..<(i + best.n), entries: ids))
                        i += best.n
                        continue
                    }
                    memoKey = key
                }
                // a one-word name: only the entries listing it as written ("AAS" folds like "IS"); a common
                // word listed for every country ("civilians") has as many exact entries as folded ones, and
                // is not checked entry by entry (that is quadratic in the countries)
                let oneWordRun = best.words == 1 ? exact.lookupRange(memoKey?.written ?? written(tokens, i..<(i + best.n), bytes)) : 0..<0
                let checkExact = best.words == 1 && oneWordRun.count != best.run.count
                if checkExact { sortedIds(exactPostings[oneWordRun], into: &spelled) }
                // written straight into an array of the run's size: such a word's run has an id per
                // country, and an append per id cost more than its test
                var ids = [UInt32](unsafeUninitializedCapacity: best.run.count) { out, n in
                    for k in best.run where accepts(postings[k], best.last, words: best.words)
                        && (!checkExact || PlaceResolver.sortedContains(spelled, postings[k])) {
                        out[n] = postings[k]
                        n += 1
                    }
                }
                if ids.isEmpty { if let memoKey { memo?[memoKey] = ids }; i += 1; continue }
                // a name written as one entry's alias is that entry, not another's that folds the same
                // ("Nigerian forces" are Nigeria's, not Niger's "Nigerien forces")
                if best.words > 1, ids.count > 1, case let written = exact.lookupRange(memoKey?.written ?? written(tokens, i..<(i + best.n), bytes)), !written.isEmpty {
                    sortedIds(exactPostings[written], into: &spelled)
                    let asWritten = ids.filter { PlaceResolver.sortedContains(spelled, $0) }
                    if !asWritten.isEmpty { ids = asWritten }
                }
                if let memoKey { memo?[memoKey] = ids }
                actors.append(ActorMatch(range: i..<(i + best.n), entries: ids))
                i += best.n
            } else {
                i += 1
            }
        }
        return actors
    }

    /// The keys of number token `t` read as a word ("23" in "March 23 Movement"), as an alias's
    /// digits are keyed; nil for a number with a separator or a fraction ("1,027", "2.5").
    static func numberKeys(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> (lex: UInt64, geo: UInt64)? {
        let start = Int(t.start), end = min(Int(t.end), bytes.count)
        guard end - start == Int(t.length), end > start else { return nil }
        let keys = Fold.wordKeys(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        return (keys.lex, keys.geo)
    }

    /// An alias's words as written (`lexPhrase`), its whole numbers among them.
    static func written(_ tokens: UnsafeBufferPointer<Token>, _ r: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = Fold.phraseSeed
        for t in r {
            let token = tokens[t]
            if token.kind == .number, let keys = numberKeys(token, bytes) {
                h = Fold.combine(h, keys.lex)
                continue
            }
            guard token.kind == .word else { continue }
            if t < r.upperBound - 1, token.flags.contains(.article) { continue }
            h = Fold.combine(h, token.lex)
        }
        return h
    }

    /// What `matchActors`' `accepts` reads of an alias's first and last words besides its
    /// readings: the first word capitalized (bit 0); one word (bit 1); the last a stop word (bit 2),
    /// capitalized (bit 3), and, for one word, of three letters or fewer and neither in capitals
    /// nor a code (bit 4). With the readings' run and the alias as written, they decide which
    /// readings an alias gets (`ReadingsMemo`).
    @inline(__always) static func readingCues(_ first: Token, _ last: Token, words: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var cues: UInt8 = 0
        if first.flags.contains(.capitalized) { cues |= 1 }
        if words == 1 { cues |= 2 }
        if last.flags.contains(.stop) { cues |= 4 }
        if last.flags.contains(.capitalized) { cues |= 8 }
        if words == 1, last.length <= 3, !last.flags.contains(.allCaps), !isCode(last, bytes) { cues |= 16 }
        return cues
    }

    /// The readings aliases got in a document, kept by all they depend on: the run of readings
    /// found, the alias as written (`lexPhrase`) and `readingCues`. A common alias ("police",
    /// "security forces") has a reading per country, each tested and the passing ones copied into
    /// an array per mention; a memo hit shares the array. Direct-mapped: a slot holds the last
    /// alias whose key fell there, and a hit needs the whole key equal.
    struct ReadingsMemo {
        struct Key: Equatable {
            var lower: Int, upper: Int
            var written: UInt64
            var cues: UInt8
        }
        /// The fewest tokens a document needs for a memo (a short report names a few groups once).
        static let minimumTokens = 1_000
        private static let slotBits = 6
        private var keys = [Key?](repeating: nil, count: 1 << ReadingsMemo.slotBits)
        private var readings = [[UInt32]](repeating: [], count: 1 << ReadingsMemo.slotBits)

        @inline(__always) private static func slot(_ key: Key) -> Int {
            var h = (key.written ^ UInt64(truncatingIfNeeded: key.lower)) &* 0x9E37_79B9_7F4A_7C15
            h = (h ^ UInt64(key.cues)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: h >> UInt64(64 - slotBits))
        }

        subscript(key: Key) -> [UInt32]? {
            get {
                let s = ReadingsMemo.slot(key)
                return keys[s] == key ? readings[s] : nil
            }
            set {
                let s = ReadingsMemo.slot(key)
                keys[s] = key
                readings[s] = newValue ?? []
            }
        }
    }

    /// `run`'s ids, sorted, in `out` (its storage reused).
    private static func sortedIds(_ run: ArraySlice<UInt32>, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: run)
        out.sort()
    }
}
