import Foundation
import Dispatch
import Synchronization
import SitrepModel

/// What the caller knows about a text beyond its words.
public struct ExtractionContext: Sendable, Hashable {
    /// A country the text is about ("Syria"), used to disambiguate places and name actors.
    public var countryHint: String?
    /// The story or update headline, read as the text's first line.
    public var headline: String?
    /// Copied into every event's `doc_id`.
    public var docID: String?
    /// The text is known to report one event (an ACLED-style note): a short text is read as one
    /// incident, and when no trigger is found it is still coded, as Strategic developments / Other
    /// with confidence 0.1. Live-blog updates are not all events and may report several, so the
    /// desk turns this off: a short text is then split into incidents like a page (see
    /// `Assembler.Telling`). Long texts are always split.
    public var assumeEvent: Bool
    /// An event that a source only denies ("the ministry denied that its jets struck the camp")
    /// is no report of an event, so it is left out; the desk keeps it (`denial` set), because
    /// the record grades an incident that someone denies as contested.
    public var keepDenials: Bool

    public init(countryHint: String? = nil, headline: String? = nil, docID: String? = nil, assumeEvent: Bool = true,
                keepDenials: Bool = false) {
        self.countryHint = countryHint
        self.headline = headline
        self.docID = docID
        self.assumeEvent = assumeEvent
        self.keepDenials = keepDenials
    }
}

/// Turns conflict-report prose into ACLED-coded events. Built once from its resources (gazetteer,
/// actors, sources, rule lexicon); `extract` is then pure, does no I/O and is safe from any thread.
public final class Extractor: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let actors: ActorLexicon
    let sources: SourceLexicon
    /// Currency names, bases and rate words, for `indicators` (empty: no indicators are read).
    let currencies: CurrencyLexicon
    let tokenizer: Tokenizer
    /// Sub-event type per lexicon entry id (for trigger entries).
    let triggerType: [SubEventType?]
    /// Sub-event type per lexicon entry id (for note-prefix entries, "Defusal:").
    let prefixType: [SubEventType?]
    /// Word-key caches between batches (`ExtractIO.extractBatch` takes one and gives it back): a
    /// batch starts with the words the batches before it folded, not with an empty cache.
    let wordCaches = WordKeyCache.Pool()

    /// Builds an extractor from resource file contents (UTF-8 TSV, formats in the README of issue 3;
    /// `currencies.tsv` describes itself). Without currencies, `indicators` finds none.
    public init(gazetteer: Data, actors: Data, sources: Data, lexicon: Data, currencies: Data = Data()) {
        let lex = Lexicon(data: [UInt8](lexicon))
        self.lexicon = lex
        // The gazetteer (most of the loading) is built on both cores (see `Gazetteer.init`); the
        // actor, source and currency lists are built on the core its main table leaves free (see
        // `load`: every table copies what it keeps from the resources' data, which may be mapped).
        // Loading is on the critical path of a short run. Ownership: the lists are written once,
        // by the one thread running `alongside`, and read after the gazetteer is built.
        let lists = Mutex<(ActorLexicon, SourceLexicon, CurrencyLexicon)?>(nil)
        let articles = lex.articles
        self.gazetteer = Gazetteer(data: gazetteer, articles: articles) {
            let built = (ActorLexicon(data: [UInt8](actors), articles: articles),
                         SourceLexicon(data: [UInt8](sources), articles: articles),
                         CurrencyLexicon(data: [UInt8](currencies)))
            lists.withLock { $0 = built }
        }
        (self.actors, self.sources, self.currencies) = lists.withLock { $0! }
        // (the matchers read these very tables: a word marked as starting none of a table's
        // phrases is skipped, see `WordStarts`)
        tokenizer = Tokenizer(abbreviations: lex.abbreviations, articlesAndStops: lex.articleStopTable,
                              starts: WordStarts(lexicon: lex.table, actors: self.actors.table, sources: self.sources.table,
                                                 places: self.gazetteer.table))
        triggerType = lex.entries.map { $0.cls == .trigger ? SubEventType(name: $0.field(1)) : nil }
        prefixType = lex.entries.map { $0.cls == .prefix ? SubEventType(name: $0.field(1)) : nil }
    }

    /// Loads the resources bundled with the module. A missing gazetteer, actor, source or currency file yields
    /// an empty table (the extractor still types and dates events); a missing lexicon is an error.
    public static func bundled() throws -> Extractor {
        Extractor(
            gazetteer: try load("gazetteer", required: false), actors: try load("actors", required: false),
            sources: try load("sources", required: false), lexicon: try load("lexicon", required: true),
            currencies: try load("currencies", required: false)
        )
    }

    /// One bundled TSV resource; empty when it is missing and not `required`.
    static func load(_ name: String, required: Bool) throws -> Data {
        let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "tsv")
        guard let url else {
            if required { throw ExtractError(code: .missingResource, message: "The bundled resource \(name).tsv is missing.") }
            return Data()
        }
        // mapped, not read: the tables are built from the mapping (the gazetteer's halves on two
        // cores fault in their own pages) and copy what they keep, so the mapping ends with loading
        return try Data(contentsOf: url, options: .alwaysMapped)
    }

    /// Texts longer than this many bytes are read in parts (see `partEnds`): memory then stays
    /// bounded by one part, whatever the length. It is the web's largest request body, so anything
    /// an editor publishes is read whole.
    public static let partBytes = 1 << 20

    /// Extracts the events of one text. `published` is read as a UTC calendar day: undated updates
    /// speak of that day, and relative dates ("on Wednesday", "yesterday") resolve against it.
    ///
    /// A text over `partBytes` is read in parts cut at paragraph breaks; each part's places are
    /// disambiguated by the countries named in that part (and `context.countryHint`). Spans always
    /// count bytes of `text`.
    public func extract(text: String, published: Date, context: ExtractionContext = .init()) -> [ExtractedEvent] {
        extract(text: text, published: published, context: context, partBytes: Extractor.partBytes)
    }

    /// `wordCache`: word keys shared by the texts one worker extracts in turn (`ExtractIO.extractBatch`).
    func extract(text: String, published: Date, context: ExtractionContext, partBytes: Int = Extractor.partBytes,
                 wordCache: WordKeyCache? = nil) -> [ExtractedEvent] {
        let day = Day(published)
        var events: [ExtractedEvent] = []
        forEachPart(of: text, context: context, partBytes: partBytes) { part, shift, isPart, headlineFirst in
            let found = extractPart(part, day: day, context: context, shift: shift, isPart: isPart, headlineFirst: headlineFirst,
                                    wordCache: wordCache)
            // (the first part's events taken whole: appending copies each event, retaining its strings)
            if events.isEmpty { events = found } else { events += found }
        }
        return events
    }

    /// Calls `body` with the text as the extractor reads it: the headline (when given) as its first
    /// line, and a text over `partBytes` in parts cut at paragraph breaks (`partEnds`). `shift` maps
    /// a part's byte offsets to the text's; `isPart`: the text was cut; `headlineFirst`: the part
    /// opens with the given headline.
    func forEachPart(of text: String, context: ExtractionContext, partBytes: Int,
                     _ body: (_ part: String, _ shift: Int, _ isPart: Bool, _ headlineFirst: Bool) -> Void) {
        var full = text
        var headlineOffset = 0
        if let headline = context.headline, !headline.isEmpty {
            full = headline + "\n\n" + text
            headlineOffset = headline.utf8.count + 2
        }
        guard full.utf8.count > partBytes else {
            body(full, -headlineOffset, false, headlineOffset > 0)
            return
        }
        full.makeContiguousUTF8()
        guard let ends = full.utf8.withContiguousStorageIfAvailable({ Extractor.partEnds($0, limit: partBytes) }) else { return }
        let utf8 = full.utf8
        var start = 0
        for end in ends {
            // cut at ASCII bytes or scalar starts: every part is a slice of valid UTF-8, copied once
            // and not decoded again
            let part = String(full[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            body(part, start - headlineOffset, true, start == 0 && headlineOffset > 0)
            start = end
        }
    }

    /// `isPart`: the text is one part of a longer one, so never a short single report.
    private func extractPart(_ text: String, day: Day, context: ExtractionContext, shift: Int, isPart: Bool, headlineFirst: Bool,
                             wordCache: WordKeyCache?) -> [ExtractedEvent] {
        let doc = Document(text: text, tokenizer: tokenizer, lexicon: lexicon, actors: actors, sources: sources, wordCache: wordCache)
        doc.matchPlaces(gazetteer, lexicon: lexicon)
        let resolver = PlaceResolver(gazetteer: gazetteer, lexicon: lexicon)
        let countries = resolver.resolve(doc, countryHint: context.countryHint)
        doc.indexPlaces()
        let assembler = Assembler(extractor: self, doc: doc, published: day, countries: countries, countryHint: context.countryHint,
                                  assumeEvent: context.assumeEvent, keepDenials: context.keepDenials, mayBeSingleReport: !isPart,
                                  headlineGiven: headlineFirst)
        var events = assembler.events()
        if !context.keepDenials, !context.assumeEvent { events.removeAll { $0.denial } }
        for k in events.indices {
            events[k].docID = context.docID
            if shift != 0 { events[k].shiftSpans(by: shift) }
        }
        return events
    }

    /// Where to end each part of `bytes` so that none is longer than `limit`: at the last blank line
    /// in the second half of the window, else the last line break, sentence end or space there, else
    /// at the limit (moved back to the start of a UTF-8 scalar). The last end is `bytes.count`.
    static func partEnds(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [Int] {
        precondition(limit >= 8, "a part holds at least a few bytes")
        var ends: [Int] = []
        var start = 0
        let n = bytes.count
        while n - start > limit {
            let hi = start + limit, lo = start + limit / 2
            func lastCut(_ isCut: (Int) -> Bool) -> Int? {
                var i = hi
                while i > lo { if isCut(i) { return i }; i -= 1 }
                return nil
            }
            var cut = lastCut { bytes[$0 - 1] == 0x0A && bytes[$0 - 2] == 0x0A }  // after "\n\n"
                ?? lastCut { bytes[$0 - 1] == 0x0A }
                ?? lastCut { bytes[$0 - 1] == 0x20 && bytes[$0 - 2] == 0x2E }     // after ". "
                ?? lastCut { bytes[$0 - 1] == 0x20 }
                ?? hi
            while cut > start + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }  // not inside a scalar
            ends.append(cut)
            start = cut
        }
        ends.append(n)
        return ends
    }
}

/// An extraction failure with a code and a message safe to show.
public struct ExtractError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable { case missingResource, badInput, badDate, unreadableFile }
    public var code: Code
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension ExtractedEvent {
    mutating func shiftSpans(by delta: Int) {
        // (the same keys in the same places: no rehashing, and no array per single span)
        spans = spans.mapValues { $0.map { ByteSpan(max(0, $0.start + delta), max(0, $0.end + delta)) } }
    }
}

extension Day {
    /// The UTC calendar day of `date`.
    init(_ date: Date) {
        self.init(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
