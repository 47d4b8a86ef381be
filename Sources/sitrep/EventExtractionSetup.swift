import Foundation
import SitrepExtract
import SitrepModel
import SitrepStore
import SitrepWeb

/// Connects the extractor to the newsroom: each published or edited update becomes proposed events.
enum EventExtractionSetup {
    static func make() throws -> EventExtraction {
        let extractor = try Extractor.bundled()
        // The extractor reads the headline as the text's first line itself.
        return { text, headline, published in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            // an update is not always an event: no "Other" guess when nothing is found
            return extractor.extract(text: text, published: published, context: ExtractionContext(headline: headline, assumeEvent: false)).map { event in
                let payload = (try? encoder.encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
                return ProposedEvent(summary: event.summary, payload: payload)
            }
        }
    }
}
