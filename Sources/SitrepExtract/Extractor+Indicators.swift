import Foundation
import SitrepModel

// MARK: - Indicators

extension Extractor {
    /// The exchange rates a text quotes ("the Syrian pound traded at 620 to the dollar on the
    /// black market"), each as units of a currency per US dollar or euro, dated by the sentence
    /// (else its paragraph, else `published`, read as a UTC day) and attributed to the source the
    /// sentence names. Pure, like `extract`, and separate from it: events are unchanged.
    ///
    /// A text that names no base ("dollar", "euro", "USD", "$1") is passed over by a byte scan,
    /// without tokenizing. A word several currencies share ("pound", "rial") reads as the currency
    /// of the country the sentence or text names, or of `context.countryHint`. Spans count bytes
    /// of `text`, as events' do (a rate in `context.headline` has its span clamped to 0).
    public func indicators(in text: String, published: Date, context: ExtractionContext = .init()) -> [Indicator] {
        guard !currencies.isEmpty else { return [] }
        let day = Day(published)
        var out: [Indicator] = []
        forEachPart(of: text, context: context, partBytes: Extractor.partBytes) { part, shift, _, _ in
            guard Document.withUTF8(part, { currencies.mayQuoteRate($0) }) else { return }
            let doc = Document(text: part, tokenizer: tokenizer, lexicon: lexicon, actors: actors, sources: sources)
            let reader = ExchangeRateReader(lexicon: lexicon, currencies: currencies, actors: actors, published: day,
                                            countryHint: context.countryHint)
            for rate in reader.rates(in: doc) {
                let (a, b) = doc.byteSpan(rate.range)
                // the evidence is the sentence, or just the phrase when the sentence is a wall of text
                let sentence = doc.sentences[rate.sentence].range
                let (sa, sb) = doc.byteSpan(sentence)
                out.append(Indicator(
                    docID: context.docID, currency: rate.currency, base: rate.base, value: rate.value, market: rate.market,
                    date: rate.day.iso, timePrecision: rate.precision, source: rate.source?.name, sourceKind: rate.source?.kind,
                    text: doc.string(sb - sa <= Extractor.maxEvidenceBytes ? sentence : rate.range), span: ByteSpan(max(0, a + shift), max(0, b + shift))
                ))
            }
        }
        return out
    }

    /// An indicator's `text` is its sentence up to this many bytes long, else its rate phrase.
    static let maxEvidenceBytes = 1_000
}
