import Foundation
import SitrepModel

/// What the caller knows about a text beyond its words.
public struct ExtractionContext: Sendable, Hashable {
    /// A country the text is about ("Syria"), used to disambiguate places and name actors.
    public var countryHint: String?
    /// The story or update headline, read as the text's first line.
    public var headline: String?
    /// Copied into every event's `doc_id`.
    public var docID: String?
    /// The text is known to report one event (an ACLED-style note): when no trigger is found, a
    /// short text is still coded, as Strategic developments / Other with confidence 0.1. Live-blog
    /// updates are not all events, so the desk turns this off.
    public var assumeEvent: Bool

    public init(countryHint: String? = nil, headline: String? = nil, docID: String? = nil, assumeEvent: Bool = true) {
        self.countryHint = countryHint
        self.headline = headline
        self.docID = docID
        self.assumeEvent = assumeEvent
    }
}

/// Turns conflict-report prose into ACLED-coded events. Built once from its resources (gazetteer,
/// actors, sources, rule lexicon); `extract` is then pure, does no I/O and is safe from any thread.
public final class Extractor: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let actors: ActorLexicon
    let sources: SourceLexicon
    let tokenizer: Tokenizer
    /// Sub-event type per lexicon entry id (for trigger entries).
    let triggerType: [SubEventType?]
    /// Sub-event type per lexicon entry id (for note-prefix entries, "Defusal:").
    let prefixType: [SubEventType?]

    /// Builds an extractor from resource file contents (UTF-8 TSV, formats in the README of issue 3).
    public init(gazetteer: Data, actors: Data, sources: Data, lexicon: Data) {
        let lex = Lexicon(data: [UInt8](lexicon))
        self.lexicon = lex
        self.gazetteer = Gazetteer(data: [UInt8](gazetteer), articles: lex.articles)
        self.actors = ActorLexicon(data: [UInt8](actors), articles: lex.articles)
        self.sources = SourceLexicon(data: [UInt8](sources), articles: lex.articles)
        tokenizer = Tokenizer(abbreviations: lex.abbreviations)
        triggerType = lex.entries.map { $0.cls == .trigger ? SubEventType(name: $0.field(1)) : nil }
        prefixType = lex.entries.map { $0.cls == .prefix ? SubEventType(name: $0.field(1)) : nil }
    }

    /// Loads the resources bundled with the module. A missing gazetteer, actor or source file yields
    /// an empty table (the extractor still types and dates events); a missing lexicon is an error.
    public static func bundled() throws -> Extractor {
        func load(_ name: String, required: Bool) throws -> Data {
            let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv")
            guard let url else {
                if required { throw ExtractError(code: .missingResource, message: "The bundled resource \(name).tsv is missing.") }
                return Data()
            }
            return try Data(contentsOf: url)
        }
        return Extractor(
            gazetteer: try load("gazetteer", required: false), actors: try load("actors", required: false),
            sources: try load("sources", required: false), lexicon: try load("lexicon", required: true)
        )
    }

    /// Extracts the events of one text. `published` is read as a UTC calendar day: undated updates
    /// speak of that day, and relative dates ("on Wednesday", "yesterday") resolve against it.
    public func extract(text: String, published: Date, context: ExtractionContext = .init()) -> [ExtractedEvent] {
        let day = Day(ordinal: Int((published.timeIntervalSince1970 / 86_400).rounded(.down)))
        var full = text
        var headlineOffset = 0
        if let headline = context.headline, !headline.isEmpty {
            full = headline + "\n\n" + text
            headlineOffset = headline.utf8.count + 2
        }
        let doc = Document(text: full, tokenizer: tokenizer, lexicon: lexicon, actors: actors, sources: sources)
        doc.matchPlaces(gazetteer, lexicon: lexicon)
        let resolver = PlaceResolver(gazetteer: gazetteer, lexicon: lexicon)
        let countries = resolver.resolve(doc, countryHint: context.countryHint)
        doc.indexPlaces()
        let assembler = Assembler(extractor: self, doc: doc, published: day, countries: countries, countryHint: context.countryHint,
                                  assumeEvent: context.assumeEvent)
        var events = assembler.events()
        for k in events.indices {
            events[k].docID = context.docID
            if headlineOffset > 0 { events[k].shiftSpans(by: -headlineOffset) }
        }
        return events
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
        for (k, v) in spans {
            spans[k] = SpanList(v.spans.map { ByteSpan(max(0, $0.start + delta), max(0, $0.end + delta)) })
        }
    }
}
