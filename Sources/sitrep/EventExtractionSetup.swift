import Foundation
import SitrepExtract
import SitrepModel
import SitrepStore
import SitrepWeb

/// Connects the extractor to the newsroom: each published or edited update becomes events and indicators.
enum EventExtractionSetup {
    static func make(_ extractor: Extractor? = nil) throws -> EventExtraction {
        let extractor = try extractor ?? Extractor.bundled()
        // The extractor reads the headline as the text's first line itself.
        return { text, headline, published in
            // an update is not always an event: no "Other" guess when nothing is found
            extractor.extract(text: text, published: published, context: ExtractionContext(headline: headline, assumeEvent: false, keepDenials: true))
        }
    }

    /// The indicators (exchange rates) the same texts quote.
    static func indicators(_ extractor: Extractor) -> IndicatorExtraction {
        { text, headline, published in extractor.indicators(in: text, published: published, context: ExtractionContext(headline: headline)) }
    }
}
