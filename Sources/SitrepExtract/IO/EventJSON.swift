import SitrepModel

/// An event as one JSON object, written straight into bytes: the same bytes as `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` gives for `ExtractedEvent` (a test compares the two
/// on random events), at a fraction of the cost. `sitrep extract` spent as long encoding events
/// with `JSONEncoder` as extracting them.
///
/// Keep it in step with `ExtractedEvent.encode(to:)`: every key, in sorted order, nulls written.
enum EventJSON {
    /// Appends `event` as a JSON object; false (and nothing appended) when a number is not finite,
    /// which `JSONEncoder` refuses too.
    static func append(_ event: ExtractedEvent, to out: inout [UInt8]) -> Bool {
        for d in [event.latitude, event.longitude, event.confidence] { if let d, !d.isFinite { return false } }
        // each key is one literal with its quotes, colon and the comma or brace before it: one
        // append, not five
        raw("{\"accounts\":", &out); accounts(event.accounts, &out)
        raw(",\"actor1\":", &out); string(event.actor1, &out)
        raw(",\"actor2\":", &out); string(event.actor2, &out)
        raw(",\"admin1\":", &out); string(event.admin1, &out)
        raw(",\"cameo_root\":", &out); string(event.cameoRoot, &out)
        raw(",\"certainty\":", &out); string(event.certainty, &out)
        raw(",\"civilian_targeting\":", &out); raw(event.civilianTargeting ? "true" : "false", &out)
        raw(",\"confidence\":", &out); double(event.confidence, &out)
        raw(",\"country\":", &out); string(event.country, &out)
        raw(",\"date\":", &out); string(event.date, &out)
        raw(",\"denial\":", &out); raw(event.denial ? "true" : "false", &out)
        raw(",\"doc_id\":", &out); string(event.docID, &out)
        raw(",\"event_type\":", &out); string(event.eventType, &out)
        raw(",\"fatalities\":", &out); int(event.fatalities, &out)
        raw(",\"fatalities_max\":", &out); int(event.fatalitiesMax, &out)
        raw(",\"fatalities_min\":", &out); int(event.fatalitiesMin, &out)
        raw(",\"geo_precision\":", &out); int(event.geoPrecision, &out)
        raw(",\"injured\":", &out); int(event.injured, &out)
        raw(",\"latitude\":", &out); double(event.latitude, &out)
        raw(",\"location\":", &out); string(event.location, &out)
        raw(",\"longitude\":", &out); double(event.longitude, &out)
        raw(",\"source\":", &out); string(event.source, &out)
        raw(",\"source_kind\":", &out); string(event.sourceKind, &out)
        raw(",\"spans\":", &out); spans(event.spans, &out)
        raw(",\"sub_event_type\":", &out); string(event.subEventType, &out)
        raw(",\"text\":", &out); string(event.text, &out)
        raw(",\"time_precision\":", &out); int(event.timePrecision, &out)
        out.append(0x7D)  // }
        return true
    }

    /// Each account's keys in sorted order, nulls written, as `Account.encode(to:)` with `.sortedKeys`.
    private static func accounts(_ accounts: [Account], _ out: inout [UInt8]) {
        out.append(0x5B)  // [
        for (n, a) in accounts.enumerated() {
            if n > 0 { out.append(0x2C) }
            raw("{\"certainty\":", &out); string(a.certainty, &out)
            raw(",\"denial\":", &out); raw(a.denial ? "true" : "false", &out)
            raw(",\"fatalities_max\":", &out); int(a.fatalitiesMax, &out)
            raw(",\"fatalities_min\":", &out); int(a.fatalitiesMin, &out)
            raw(",\"injured\":", &out); int(a.injured, &out)
            raw(",\"source\":", &out); string(a.source, &out)
            raw(",\"source_kind\":", &out); string(a.sourceKind, &out)
            raw(",\"span\":", &out); pair(a.span, &out)
            out.append(0x7D)
        }
        out.append(0x5D)  // ]
    }

    private static func raw(_ s: StaticString, _ out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func string(_ s: String?, _ out: inout [UInt8]) {
        guard let s else { return raw("null", &out) }
        out.append(0x22)
        // most strings need no escape: copy them whole (a byte-at-a-time loop was a tenth of `sitrep extract`)
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard !JSONBytes.containsSpecial(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(0x22)
            return
        }
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x08: out.append(0x5C); out.append(0x62)
            case 0x0C: out.append(0x5C); out.append(0x66)
            case 0..<0x20:
                // other control characters as \u00XX, lowercase hex as JSONEncoder writes them
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(b >> 4)], hexDigits[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func int(_ i: Int?, _ out: inout [UInt8]) {
        guard let i else { return raw("null", &out) }
        decimal(i, &out)
    }

    /// The decimal digits of `i`, without building a `String`.
    private static func decimal(_ i: Int, _ out: inout [UInt8]) {
        if i < 0 { out.append(0x2D) }
        var v = i.magnitude
        if v < 10 { out.append(0x30 + UInt8(v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[n] = 0x30 + UInt8(v % 10); v /= 10; n += 1 }
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }

    /// Swift's shortest round-trip form, as `JSONEncoder` writes it: "37" not "37.0", "1e-07".
    private static func double(_ d: Double?, _ out: inout [UInt8]) {
        guard let d else { return raw("null", &out) }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        out.append(contentsOf: s.utf8)
    }

    private static func spans(_ spans: [String: SpanList], _ out: inout [UInt8]) {
        out.append(0x7B)
        // sorted by UTF-8 bytes, as `.sortedKeys` sorts
        for (n, (name, list)) in spans.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if n > 0 { out.append(0x2C) }
            string(name, &out)
            out.append(0x3A)
            // one span as [start, end], several as [[s, e], ...], as `SpanList` encodes itself
            if list.count == 1, let one = list.first {
                pair(one, &out)
            } else {
                out.append(0x5B)
                for (k, s) in list.spans.enumerated() {
                    if k > 0 { out.append(0x2C) }
                    pair(s, &out)
                }
                out.append(0x5D)
            }
        }
        out.append(0x7D)
    }

    private static func pair(_ s: ByteSpan, _ out: inout [UInt8]) {
        out.append(0x5B)
        decimal(s.start, &out)
        out.append(0x2C)
        decimal(s.end, &out)
        out.append(0x5D)
    }
}
