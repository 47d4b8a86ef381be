/// The rule lexicon from `lexicon.tsv` (`class phrase fields...`): trigger words, numbers, cue
/// phrases, dates, demonyms. Phrases are matched on crude stems ("shelled" = "shelling").
final class Lexicon: Sendable {
    enum Class: String, Sendable, CaseIterable {
        case article, abbr, stop, trigger, number, multiplier, vague, qualifier, kill, injure, victim
        case certainty, attribution, source, demonym, month, weekday, relday, daypart, near, direction
        case areaword, actorword, intervention, negation, nonevent, prefix, unit, singular, denial, contrast
        /// Words that make a nearby trigger no report of an event (see `NotReport`).
        case notreport

        /// This class's bit in a `Classes` set.
        @inline(__always) var bit: UInt32 {
            let ordinal: UInt32 = switch self {
            case .article: 0
            case .abbr: 1
            case .stop: 2
            case .trigger: 3
            case .number: 4
            case .multiplier: 5
            case .vague: 6
            case .qualifier: 7
            case .kill: 8
            case .injure: 9
            case .victim: 10
            case .certainty: 11
            case .attribution: 12
            case .source: 13
            case .demonym: 14
            case .month: 15
            case .weekday: 16
            case .relday: 17
            case .daypart: 18
            case .near: 19
            case .direction: 20
            case .areaword: 21
            case .actorword: 22
            case .intervention: 23
            case .negation: 24
            case .nonevent: 25
            case .prefix: 26
            case .unit: 27
            case .singular: 28
            case .denial: 29
            case .contrast: 30
            case .notreport: 31
            }
            return 1 << ordinal
        }
    }

    /// A set of classes as bits: the classes of all entries of one match, tested with one load.
    struct Classes: Sendable, Equatable {
        var rawValue: UInt32
        @inline(__always) func contains(_ c: Class) -> Bool { rawValue & c.bit != 0 }
    }

    struct Entry: Sendable {
        var cls: Class
        var phrase: String
        var fields: [String]
        var tokens: Int

        func field(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        func number(_ i: Int) -> Double { Double(field(i)) ?? 0 }
    }

    let entries: [Entry]
    /// The kind of place an area word asks for (`.none` for other entries), parsed once.
    let areaHints: [Document.AreaHint]
    /// `entries[i].cls` and the trigger weight `entries[i].number(3)`, unboxed for hot loops.
    let classes: [Class]
    let weights: [Double]
    /// `entries[i].number(0)` and `number(1)`, parsed once: number words, multipliers, dates and
    /// certainty cues read them at every mention (a `Double(String)` parse and an `Entry` copy each).
    let numbers0: [Double]
    let numbers1: [Double]
    /// `entries[i].field(0)` (an actor word's kind, a qualifier, a demonym's country...): rules
    /// compare it at every mention, and reading it here copies no `Entry`.
    let firstFields: [String]
    /// `entries[i].cls.bit`, to build a match's `Classes`.
    let classBits: [UInt32]
    /// Entry ids of modal words ("would", "could", "may"...): a trigger near one is weaker.
    let modal: [Bool]
    /// For `notreport` entries, what they do to a trigger near them (nil otherwise), parsed once.
    let notReport: [NotReport?]
    /// For demonym entries, the phrase key of their country's name (0 otherwise).
    let demonymCountryKey: [UInt64]
    /// FNV-1a of each entry's phrase, lowercased as written (for "is this word exactly that entry").
    let phraseLex: [UInt64]
    /// Lex hashes of the one-word victim entries as written ("fighter", "driver"): the last word of
    /// a longer match ("an opposition fighter") still names a person. People at a protest are persons
    /// too ("shot dead a protester"), though not a victim class: who they are decides no event type.
    let victimWords: Set<UInt64>
    /// The words for a person at a protest, singular and plural.
    static let protestPersons = ["protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "marcher", "marchers"]
    /// Phrase keys (on stems), their proper prefixes marked: one probe per word tells the matcher
    /// what a phrase names and whether to read on.
    let table: PhraseTable
    /// Lex hashes of articles (for keying resources) and abbreviations (for the tokenizer).
    let articles: Set<UInt64>
    let abbreviations: Set<UInt64>
    // articles and stop words as one open-addressing table (ids: the token flags to set): one probe
    // per token, no SipHash; rules then read `Token.Flags.article` / `.stop`
    let articleStopTable: PhraseTable

    /// Sets `.article` and `.stop` on the words of `tokens` (once per document; matchers read the flags).
    func markArticlesAndStops(_ tokens: inout [Token]) {
        let table = articleStopTable
        let postings = table.postings
        tokens.withUnsafeMutableBufferPointer { buf in
            for k in buf.indices where buf[k].kind == .word {
                for p in table.lookupRange(buf[k].lex) {
                    buf[k].flags.formUnion(Token.Flags(rawValue: UInt16(postings[p])))
                }
            }
        }
    }

    /// The classes of a set of entries.
    @inline(__always) func classes<S: Sequence<UInt32>>(of ids: S) -> Classes {
        var bits: UInt32 = 0
        for id in ids { bits |= classBits[Int(id)] }
        return Classes(rawValue: bits)
    }

    init(data: [UInt8]) {
        var entries: [Entry] = []
        var articles = Set<UInt64>(), abbreviations = Set<UInt64>(), stopwords = Set<UInt64>()
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 8) { f, _ in
                guard let cls = Class(rawValue: TSV.string(buf, f[0])), !f[1].isEmpty else { return }
                var fields: [String] = []
                for k in 2..<8 where !f[k].isEmpty { fields.append(TSV.string(buf, f[k])) }
                let phrase = TSV.string(buf, f[1])
                entries.append(Entry(cls: cls, phrase: phrase, fields: fields, tokens: 0))
                let lexHash: UInt64 = {
                    var h = Fold.fnvOffset
                    for b in phrase.lowercased().utf8 where b != 0x2E && b != 0x27 { h = Fold.hash(h, b) }
                    return h
                }()
                switch cls {
                case .article: articles.insert(lexHash)
                case .abbr: abbreviations.insert(lexHash)
                case .stop: stopwords.insert(lexHash)
                default: break
                }
            }
        }
        var keys = KeyBuilder(articles: [])
        var pairs: [(hash: UInt64, id: UInt32)] = []
        var maxTokens = 1
        var prefixes: [UInt64] = []
        for (id, e) in entries.enumerated() where e.cls != .article && e.cls != .abbr && e.cls != .stop {
            if let k = keys.key(e.phrase, mode: .stem) {
                entries[id].tokens = k.tokens
                pairs.append((k.hash, UInt32(id)))
                maxTokens = max(maxTokens, k.tokens)
                prefixes += keys.prefixes
            }
        }
        self.entries = entries
        classes = entries.map(\.cls)
        classBits = entries.map(\.cls.bit)
        weights = entries.map { $0.cls == .trigger ? $0.number(3) : 0 }
        numbers0 = entries.map { $0.number(0) }
        numbers1 = entries.map { $0.number(1) }
        firstFields = entries.map { $0.field(0) }
        let modals: Set<String> = ["would", "could", "will", "if", "may", "might"]
        modal = entries.map { $0.cls == .nonevent && modals.contains($0.phrase) }
        notReport = entries.map { $0.cls == .notreport ? NotReport(rawValue: $0.field(0)) : nil }
        phraseLex = entries.map { DateResolver.lexHash($0.phrase.lowercased()) }
        victimWords = Set(entries.filter { $0.cls == .victim && $0.tokens == 1 }.map { DateResolver.lexHash($0.phrase.lowercased()) })
            .union(Self.protestPersons.map { DateResolver.lexHash($0) })
        areaHints = entries.map { $0.cls == .areaword ? Document.AreaHint($0.field(0)) : .none }
        var countryKeys = KeyBuilder(articles: articles)
        demonymCountryKey = entries.map { $0.cls == .demonym ? countryKeys.key($0.field(0), mode: .geo)?.hash ?? 0 : 0 }
        self.articles = articles
        self.abbreviations = abbreviations
        articleStopTable = PhraseTable(pairs: articles.map { ($0, UInt32(Token.Flags.article.rawValue)) }
                                            + stopwords.map { ($0, UInt32(Token.Flags.stop.rawValue)) }, maxTokens: 1)
        table = PhraseTable(pairs: pairs, maxTokens: maxTokens, prefixes: prefixes)
    }
}
