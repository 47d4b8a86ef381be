import Foundation
import SitrepModel

/// An update's text with the evidence of the record marked in it, read from the claims' byte
/// spans: `<mark class="ev" data-fields="location source">Sarmada</mark>`.
enum Evidence {
    struct Mark: Hashable, Sendable {
        var span: ByteSpan
        var label: String
    }

    /// The text the extractor read for a revision: the headline, a blank line, the body as plain
    /// text. Claim spans count bytes of the body (the headline's are negative), so they are
    /// shifted by `offset`.
    static func text(headline: String?, body: String) -> (text: String, offset: Int) {
        let plain = Markdown.plainText(body)
        guard let headline, !headline.isEmpty else { return (plain, 0) }
        return (headline + "\n\n" + plain, headline.utf8.count + 2)
    }

    /// `text` with every mark's bytes (shifted by `offset`) wrapped in `<mark>`; overlapping
    /// marks split the text at each boundary, each piece naming every field it is evidence of.
    static func highlight(_ text: String, offset: Int, marks: [Mark]) -> HTML {
        let bytes = Array(text.utf8)
        func boundary(_ i: Int) -> Int {
            var i = Swift.max(0, Swift.min(bytes.count, i))
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 } // never inside a character
            return i
        }
        let shifted = marks.map { (lo: boundary($0.span.start + offset), hi: boundary($0.span.end + offset), label: $0.label) }
            .filter { $0.lo < $0.hi }
        var cuts = Set([0, bytes.count])
        for m in shifted { cuts.insert(m.lo); cuts.insert(m.hi) }
        let points = cuts.sorted()
        var parts: [HTML] = []
        for (lo, hi) in zip(points, points.dropFirst()) where lo < hi {
            let piece = String(decoding: bytes[lo..<hi], as: UTF8.self)
            var labels: [String] = []
            for m in shifted where m.lo <= lo && hi <= m.hi && !labels.contains(m.label) { labels.append(m.label) }
            if labels.isEmpty {
                parts.append(.text(piece))
            } else {
                let title = labels.map { $0 == "text" ? "evidence sentence" : $0.replacingOccurrences(of: "_", with: " ") }
                parts.append(el("mark", ["class": "ev", "data-fields": labels.joined(separator: " "), "title": title.joined(separator: ", ")]) { piece })
            }
        }
        return .group(parts)
    }

    /// The marks of one claim: each field's spans, labelled with the field's name.
    static func marks(of claim: Claim) -> [Mark] {
        claim.fieldSpans.keys.sorted().flatMap { name in claim.fieldSpans[name]!.map { Mark(span: $0, label: name) } }
    }
}

extension Incident {
    /// "Air/drone strike · Kamuna camp, Idlib · 2016-05-05 · more than 30 killed".
    var summaryLine: String {
        let f = fields
        var parts = [f.subEventType == "Other" ? f.eventType : f.subEventType]
        if let location = f.location {
            parts.append(f.admin1.map { $0 == location ? location : "\(location), \($0)" } ?? location)
        } else if let place = f.admin1 ?? f.country {
            parts.append(place)
        }
        parts.append(f.date)
        if figures.fatalities > 0 {
            let range = (figures.fatalitiesHigh ?? 0) > figures.fatalities ? " (\(figures.fatalities)–\(figures.fatalitiesHigh!) by source)" : ""
            parts.append("at least \(figures.fatalities) killed\(range)")
        }
        return parts.joined(separator: " · ")
    }
}
