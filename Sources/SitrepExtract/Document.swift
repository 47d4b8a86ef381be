import SitrepModel

/// One text, tokenized and annotated with every lexicon, gazetteer, actor and source match.
/// Built per `extract` call; read-only afterwards.
final class Document {
    /// `entries` is a slice of the lexicon's own posting list (no copy per match); `classes` are
    /// the classes of those entries, so rules test "is there a kill word here" with one load.
    struct LexMatch { var range: Range<Int>; var entries: ArraySlice<UInt32>; var classes: Lexicon.Classes }

    /// A document's lexicon matches, stored as plain records over the lexicon's posting list (no
    /// reference per match to retain, release or destroy); read as `LexMatch` values.
    struct LexMatches: RandomAccessCollection {
        struct Record {
            var lower: Int32, upper: Int32
            var start: UInt32, count: UInt32
            var classes: Lexicon.Classes

            /// `entries`: positions in `postings`.
            @inline(__always) init(range: Range<Int>, entries: Range<Int>, classes: Lexicon.Classes) {
                lower = Int32(range.lowerBound)
                upper = Int32(range.upperBound)
                start = UInt32(entries.lowerBound)
                count = UInt32(entries.count)
                self.classes = classes
            }
        }
        var records: [Record] = []
        let postings: [UInt32]

        init(postings: [UInt32]) { self.postings = postings }

        var startIndex: Int { 0 }
        var endIndex: Int { records.count }
        subscript(k: Int) -> LexMatch { LexMatch(range: range(k), entries: entries(k), classes: records[k].classes) }

        @inline(__always) func range(_ k: Int) -> Range<Int> { Int(records[k].lower)..<Int(records[k].upper) }
        @inline(__always) func entries(_ k: Int) -> ArraySlice<UInt32> {
            let r = records[k]
            return postings[Int(r.start)..<(Int(r.start) + Int(r.count))]
        }
    }
    struct PlaceMatch {
        var range: Range<Int>
        var candidates: [UInt32]
        var chosen: UInt32 = .max
        /// An area word follows ("Idlib Province", "al-Zahra district").
        var areaHint: AreaHint = .none
    }

    /// The area word after a place name, as the rules read it (one byte: no string per match).
    /// Words no rule distinguishes ("area", "countryside") read as `.none`.
    enum AreaHint: UInt8, CaseIterable {
        case none, province, region, city, town, village, district, neighbourhood, camp, field, base, airport, crossing

        /// The hint a lexicon area word names ("camp" → `.camp`); read once, when the lexicon loads.
        init(_ word: String) {
            self = AreaHint.allCases.first { "\($0)" == word } ?? .none
        }
    }
    /// An actor alias and the lexicon entries it may name (resolved per event country by the
    /// assembler); never empty, the first is the alias's first reading.
    struct ActorMatch {
        var range: Range<Int>
        var entries: [UInt32]
        var entry: UInt32 { entries[0] }
    }
    struct SourceMatch { var range: Range<Int>; var name: String; var kind: String }

    // Everything but the places is computed once in `init` and stored in `let`s: rules read these
    // arrays for every token, and constant storage needs no exclusivity checks or retains.
    /// The text, as contiguous UTF-8 (its bytes are read in place: no copy of a long page).
    let text: String

    /// The text's UTF-8 byte at offset `i`.
    func byte(_ i: Int) -> UInt8 { Document.withUTF8(text) { $0[i] } }

    /// Calls `body` with the text's UTF-8 bytes in place (the text is contiguous from `init`).
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text  // a copy of the reference, not of the bytes
        return text.withUTF8(body)
    }
    let tokens: [Token]
    let sentences: [Sentence]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int32]
    let lex: LexMatches
    /// For each token, the index into `lex` of a match starting there (-1 when none).
    let lexAt: [Int32]
    /// For each token, the classes of the match starting there (empty when none): rules test these
    /// for every token, with one load instead of two dependent ones.
    let lexClassesAt: [Lexicon.Classes]
    var places: [PlaceMatch] = []
    let actors: [ActorMatch]
    let sources: [SourceMatch]
    /// Per token: the actor / source match covering it, the place match starting at it (-1 when none),
    /// so that look-ups stay linear on long pages. `placeAt` is built by `indexPlaces()`.
    let actorAt: [Int32]
    let sourceAt: [Int32]
    var placeAt: [Int32] = []
    /// Per sentence: whether a place match starts in it (built by `indexPlaces()`).
    var placeSentences: [Bool] = []

    /// What a sentence's tokens hold: rules that look for a class, a number, an actor or a source
    /// skip the sentences that have none (most of them) instead of scanning their tokens.
    struct SentenceSummary {
        var classes = Lexicon.Classes(rawValue: 0)
        var hasNumber = false
        var hasActor = false
        var hasSource = false
    }
    let sentenceSummary: [SentenceSummary]
    /// Wire datelines opening a paragraph ("BEIRUT (Reuters) -"), sorted (see `findDatelines`).
    let datelines: [Range<Int>]

    /// Tokenizes `text` and matches the rule lexicon, actors and sources (each when given); places
    /// are matched afterwards by `matchPlaces`, since the resolver edits them. `wordCache`: word
    /// keys shared with the texts extracted before this one (see `WordKeyCache`).
    init(text: String, tokenizer: Tokenizer, lexicon: Lexicon? = nil, actors actorLexicon: ActorLexicon? = nil,
         sources sourceLexicon: SourceLexicon? = nil, wordCache: WordKeyCache? = nil) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var toks = text.withUTF8 { tokenizer.tokenize($0, wordCache: wordCache) }
        // (a tokenizer given the lexicon's articles and stop words has marked them)
        if !tokenizer.marksArticlesAndStops { lexicon?.markArticlesAndStops(&toks) }
        tokens = toks
        let sentences = tokenizer.sentences(toks)
        self.sentences = sentences
        // (written through a buffer pointer: the sentences' ranges lie within the tokens)
        sentenceOf = [Int32](unsafeUninitializedCapacity: toks.count) { of, count in
            of.initialize(repeating: 0)
            for (k, s) in sentences.enumerated() { for t in s.range { of[t] = Int32(k) } }
            count = toks.count
        }
        guard let lexicon else {
            lex = LexMatches(postings: [])
            lexAt = [Int32](repeating: -1, count: toks.count)
            lexClassesAt = [Lexicon.Classes](repeating: Lexicon.Classes(rawValue: 0), count: toks.count)
            actors = []
            sources = []
            actorAt = []
            sourceAt = []
            datelines = []
            sentenceSummary = Document.summarize(sentences, toks, lexClassesAt, actorAt, sourceAt)
            return
        }
        let (lex, lexAt, lexClassesAt) = Document.matchLexicon(toks, lexicon)
        self.lex = lex
        self.lexAt = lexAt
        self.lexClassesAt = lexClassesAt
        datelines = Document.findDatelines(toks, lexClassesAt)
        let actors = (actorLexicon.map { al in Document.withUTF8(text) { Document.matchActors(toks, $0, al) } } ?? [])
            .filter { !Document.isDateMonth($0.range, toks, lexClassesAt) }
        let sources = Document.matchSources(toks, text, lex, sourceLexicon, lexicon: lexicon)
        self.actors = actors
        self.sources = sources
        var actorAt = [Int32](repeating: -1, count: toks.count)
        var sourceAt = [Int32](repeating: -1, count: toks.count)
        for (k, a) in actors.enumerated() { for t in a.range { actorAt[t] = Int32(k) } }
        for (k, m) in sources.enumerated() { for t in m.range where sourceAt[t] < 0 { sourceAt[t] = Int32(k) } }
        self.actorAt = actorAt
        self.sourceAt = sourceAt
        sentenceSummary = Document.summarize(sentences, toks, lexClassesAt, actorAt, sourceAt)
    }

    /// Each sentence's summary, read through buffer pointers (no bounds test per token and
    /// array; the sentences' ranges lie within the tokens, whose count every per-token array
    /// has, or none when no actors or sources were matched), the flags gathered without branches.
    private static func summarize(_ sentences: [Sentence], _ tokens: [Token], _ classesAt: [Lexicon.Classes],
                                  _ actorAt: [Int32], _ sourceAt: [Int32]) -> [SentenceSummary] {
        tokens.withUnsafeBufferPointer { tokens in
            classesAt.withUnsafeBufferPointer { classesAt in
                actorAt.withUnsafeBufferPointer { actorAt in
                    sourceAt.withUnsafeBufferPointer { sourceAt in
                        sentences.map { s in
                            var classes: UInt32 = 0
                            var number = false, actor = false, source = false
                            if actorAt.isEmpty || sourceAt.isEmpty {
                                for t in s.range {
                                    classes |= classesAt[t].rawValue
                                    number = number || tokens[t].kind == .number
                                }
                                if !actorAt.isEmpty { for t in s.range { actor = actor || actorAt[t] >= 0 } }
                                if !sourceAt.isEmpty { for t in s.range { source = source || sourceAt[t] >= 0 } }
                            } else {
                                // (one pass for all four when both indexes exist, as in a full document)
                                for t in s.range {
                                    classes |= classesAt[t].rawValue
                                    number = number || tokens[t].kind == .number
                                    actor = actor || actorAt[t] >= 0
                                    source = source || sourceAt[t] >= 0
                                }
                            }
                            return SentenceSummary(classes: Lexicon.Classes(rawValue: classes), hasNumber: number,
                                                   hasActor: actor, hasSource: source)
                        }
                    }
                }
            }
        }
    }

    /// Whether a token of sentence `k` starts a lexicon match of class `c`.
    @inline(__always) func sentenceHas(_ k: Int, _ c: Lexicon.Class) -> Bool {
        sentenceSummary[k].classes.contains(c)
    }

    func string(_ tokens: Range<Int>) -> String {
        guard !tokens.isEmpty else { return "" }
        let a = Int(self.tokens[tokens.lowerBound].start), b = Int(self.tokens[tokens.upperBound - 1].end)
        return Document.string(text, a..<b)
    }

    /// The text of a byte range (repaired if it cuts a character, as `String(decoding:)` does).
    /// A one-word actor alias that is a month written in a date ("on 2 March 2022", "March 2"):
    /// "march" names protesters, "March" beside a day or a year names none.
    static func isDateMonth(_ r: Range<Int>, _ tokens: [Token], _ classes: [Lexicon.Classes]) -> Bool {
        guard r.count == 1, let t = r.first, t < classes.count, classes[t].contains(.month),
              tokens[t].flags.contains(.capitalized) else { return false }
        return (t > 0 && tokens[t - 1].kind == .number) || (t + 1 < tokens.count && tokens[t + 1].kind == .number)
    }

    static func string(_ text: String, _ r: Range<Int>) -> String {
        withUTF8(text) { TSV.string($0, r) }
    }

    /// The text of byte spans joined by single spaces, as `string` of each joined with " ": one
    /// string built in place, not one per span and then a join. (Spans lie on token bounds, so
    /// each is whole characters and decoding them together repairs nothing they would not.)
    /// The pieces are appended as substrings of `text`, already valid UTF-8: not validated again
    /// as freshly written bytes would be.
    func joinedText(_ spans: [ByteSpan]) -> String {
        guard !spans.isEmpty else { return "" }
        let utf8 = text.utf8
        // (offsets into a native string: each index is found in constant time)
        func piece(_ s: ByteSpan) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: s.start)..<utf8.index(utf8.startIndex, offsetBy: s.end)])
        }
        if spans.count == 1 { return String(piece(spans[0])) }
        var length = spans.count - 1
        for s in spans { length += s.end - s.start }
        var out = ""
        out.reserveCapacity(length)
        for (k, s) in spans.enumerated() {
            if k > 0 { out.append(" ") }
            out.append(contentsOf: piece(s))
        }
        return out
    }

    func byteSpan(_ tokens: Range<Int>) -> (Int, Int) {
        (Int(self.tokens[tokens.lowerBound].start), Int(self.tokens[tokens.upperBound - 1].end))
    }

    /// Lexicon entries matched at token `i` (empty when none).
    func lexEntries(at i: Int) -> ArraySlice<UInt32> {
        let k = lexAt[i]
        return k < 0 ? [] : lex.entries(Int(k))
    }

    /// Lexicon entries matched at token `i` when one of them has class `c` (empty otherwise): the
    /// class test comes first, so most tokens cost one load and no slice.
    @inline(__always) func lexEntries(at i: Int, having c: Lexicon.Class) -> ArraySlice<UInt32> {
        lexHas(i, c) ? lexEntries(at: i) : []
    }

    /// The classes of the lexicon entries matched at token `i` (empty when none).
    @inline(__always) func lexClasses(at i: Int) -> Lexicon.Classes {
        lexClassesAt[i]
    }

    /// Whether a lexicon entry of class `c` matches at token `i`.
    @inline(__always) func lexHas(_ i: Int, _ c: Lexicon.Class) -> Bool {
        lexClasses(at: i).contains(c)
    }

    /// Whether token `i` lies inside a lexicon match that starts before it.
    func lexCovered(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j < 5 {
            if let r = lexRange(at: j) { return r.contains(i) }
            j -= 1
        }
        return false
    }

    func lexRange(at i: Int) -> Range<Int>? {
        let k = lexAt[i]
        return k < 0 ? nil : lex.range(Int(k))
    }
}
