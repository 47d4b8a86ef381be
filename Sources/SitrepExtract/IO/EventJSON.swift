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
        var buffer = ByteBuffer()
        guard write(event, to: &buffer) else { return false }
        buffer.withBytes { out.append(contentsOf: $0) }
        return true
    }

    /// Writes `event` as a JSON object; false (and nothing written) when a number is not finite,
    /// which `JSONEncoder` refuses too.
    static func write(_ event: ExtractedEvent, to out: inout ByteBuffer) -> Bool {
        for d in [event.latitude, event.longitude, event.confidence] { if let d, !d.isFinite { return false } }
        // each key is one literal with its quotes, colon and the comma or brace before it: one
        // append, not five
        out.append("{\"accounts\":"); accounts(event.accounts, &out)
        out.append(",\"actor1\":"); string(event.actor1, &out)
        out.append(",\"actor2\":"); string(event.actor2, &out)
        out.append(",\"admin1\":"); string(event.admin1, &out)
        out.append(",\"cameo_root\":"); string(event.cameoRoot, &out)
        out.append(",\"certainty\":"); string(event.certainty, &out)
        out.append(",\"civilian_targeting\":"); out.append(event.civilianTargeting ? "true" : "false")
        out.append(",\"confidence\":"); double(event.confidence, &out)
        out.append(",\"country\":"); string(event.country, &out)
        out.append(",\"date\":"); string(event.date, &out)
        out.append(",\"denial\":"); out.append(event.denial ? "true" : "false")
        out.append(",\"doc_id\":"); string(event.docID, &out)
        out.append(",\"event_type\":"); string(event.eventType, &out)
        out.append(",\"fatalities\":"); int(event.fatalities, &out)
        out.append(",\"fatalities_max\":"); int(event.fatalitiesMax, &out)
        out.append(",\"fatalities_min\":"); int(event.fatalitiesMin, &out)
        out.append(",\"geo_precision\":"); int(event.geoPrecision, &out)
        out.append(",\"injured\":"); int(event.injured, &out)
        out.append(",\"latitude\":"); double(event.latitude, &out)
        out.append(",\"location\":"); string(event.location, &out)
        out.append(",\"longitude\":"); double(event.longitude, &out)
        out.append(",\"source\":"); string(event.source, &out)
        out.append(",\"source_kind\":"); string(event.sourceKind, &out)
        out.append(",\"spans\":"); spans(event.spans, &out)
        out.append(",\"sub_event_type\":"); string(event.subEventType, &out)
        out.append(",\"text\":"); string(event.text, &out)
        out.append(",\"time_precision\":"); int(event.timePrecision, &out)
        out.append(0x7D)  // }
        return true
    }

    /// Each account's keys in sorted order, nulls written, as `Account.encode(to:)` with `.sortedKeys`.
    private static func accounts(_ accounts: [Account], _ out: inout ByteBuffer) {
        out.append(0x5B)  // [
        for (n, a) in accounts.enumerated() {
            if n > 0 { out.append(0x2C) }
            out.append("{\"certainty\":"); string(a.certainty, &out)
            out.append(",\"denial\":"); out.append(a.denial ? "true" : "false")
            out.append(",\"fatalities_max\":"); int(a.fatalitiesMax, &out)
            out.append(",\"fatalities_min\":"); int(a.fatalitiesMin, &out)
            out.append(",\"injured\":"); int(a.injured, &out)
            out.append(",\"source\":"); string(a.source, &out)
            out.append(",\"source_kind\":"); string(a.sourceKind, &out)
            out.append(",\"span\":"); pair(a.span, &out)
            out.append(0x7D)
        }
        out.append(0x5D)  // ]
    }

    private static func string(_ s: String?, _ out: inout ByteBuffer) {
        guard let s else { return out.append("null") }
        out.append(0x22)
        // most strings need no escape: copy them whole (a byte-at-a-time loop was a tenth of `sitrep extract`)
        let copied: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard !JSONBytes.containsSpecial(bytes) else { return false }
            out.append(bytes)
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
                out.append("\\u00")
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func int(_ i: Int?, _ out: inout ByteBuffer) {
        guard let i else { return out.append("null") }
        decimal(i, &out)
    }

    /// The decimal digits of `i`, without building a `String`.
    private static func decimal(_ i: Int, _ out: inout ByteBuffer) {
        if i < 0 { out.append(0x2D) }
        var v = i.magnitude
        if v < 10 { out.append(0x30 + UInt8(v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        // written from the last digits back, two at a time (half the divisions), then copied out in one piece
        var n = 20
        withUnsafeMutableBytes(of: &digits) { d in
            while v >= 100 {
                let r = UInt8(truncatingIfNeeded: v % 100)
                v /= 100
                n -= 2
                d[n] = 0x30 + r / 10
                d[n + 1] = 0x30 + r % 10
            }
            if v >= 10 {
                n -= 2
                d[n] = 0x30 + UInt8(truncatingIfNeeded: v / 10)
                d[n + 1] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
            } else {
                n -= 1
                d[n] = 0x30 + UInt8(truncatingIfNeeded: v)
            }
            out.append(UnsafeBufferPointer(rebasing: d.bindMemory(to: UInt8.self)[n..<20]))
        }
    }

    /// Swift's shortest round-trip form, as `JSONEncoder` writes it: "37" not "37.0", "1e-07".
    private static func double(_ d: Double?, _ out: inout ByteBuffer) {
        guard let d else { return out.append("null") }
        if shortDecimal(d, &out) { return }
        var s = d.description
        let written: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            let whole = n >= 2 && bytes[n - 2] == 0x2E && bytes[n - 1] == 0x30  // ".0"
            out.append(UnsafeBufferPointer(rebasing: bytes[0..<(whole ? n - 2 : n)]))
            return true
        }
        guard written == nil else { return }
        if s.hasSuffix(".0") { s.removeLast(2) }
        for b in s.utf8 { out.append(b) }
    }

    /// Writes `d` as `description` does (less a final ".0") when it lies between 0.001 and a million
    /// and reads back from at most eight decimals (coordinates, confidences): its digits are worked
    /// out directly, not through a `String`. False (nothing written) otherwise.
    ///
    /// Why this is `description`'s form: the fewest decimals `k` whose rounding `m` of d·10^k reads
    /// back as `d` (m / 10^k is correctly rounded, as parsing is) give the shortest digits. Below a
    /// million a k-decimal form that reads back lies within 2^-52 of d, so the rounding finds it
    /// (d·10^k is under 2^47: its own error is at most 1/32), and only one such form exists at
    /// that `k` (10^-8 exceeds d's ulp). In this range `description` writes no exponent.
    static func shortDecimal(_ d: Double, _ out: inout ByteBuffer) -> Bool {
        let a = d.magnitude
        guard a >= 0.001, a < 1_000_000 else { return false }
        var scale = 1.0
        var scaleInt: UInt64 = 1
        for k in 0...8 {
            let m = (a * scale).rounded()
            if m / scale == a {
                let digits = UInt64(m)
                if d < 0 { out.append(0x2D) }
                decimal(Int(digits / scaleInt), &out)
                if k > 0 {
                    out.append(0x2E)
                    var fraction = digits % scaleInt
                    out.reserve(k)
                    // the k decimals, leading zeros kept, written from the last
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { buffer in
                        for n in stride(from: k - 1, through: 0, by: -1) {
                            buffer[n] = 0x30 + UInt8(fraction % 10)
                            fraction /= 10
                        }
                        out.append(UnsafeBufferPointer(rebasing: buffer[0..<k]))
                    }
                }
                return true
            }
            scale *= 10
            scaleInt *= 10
        }
        return false
    }

    private static func spans(_ spans: [String: SpanList], _ out: inout ByteBuffer) {
        out.append(0x7B)
        // sorted by UTF-8 bytes, as `.sortedKeys` sorts (the keys are distinct: any correct sort
        // gives this order), through their dictionary indices on the stack: no array per event
        withUnsafeTemporaryAllocation(of: SpanKey.self, capacity: spans.count) { keys in
            var n = 0
            var index = spans.startIndex
            while index != spans.endIndex {
                let key = SpanKey(prefix: SpanKey.prefix(spans[index].key), index: index)
                // insertion sort: a few keys per event
                var k = n
                while k > 0, key.precedes(keys[k - 1], in: spans) {
                    (keys.baseAddress! + k).initialize(to: (keys.baseAddress! + k - 1).move())
                    k -= 1
                }
                (keys.baseAddress! + k).initialize(to: key)
                n += 1
                index = spans.index(after: index)
            }
            for k in 0..<n {
                let (name, list) = spans[keys[k].index]
                if k > 0 { out.append(0x2C) }
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
            _ = keys.baseAddress.map { $0.deinitialize(count: n) }
        }
        out.append(0x7D)
    }

    /// A span list's key while the keys are sorted: its first eight UTF-8 bytes read as a big-endian
    /// number (zeros past its end), which orders most keys alone, and where it sits in the dictionary.
    private struct SpanKey {
        var prefix: UInt64
        var index: Dictionary<String, SpanList>.Index

        static func prefix(_ key: String) -> UInt64 {
            let read: UInt64? = key.utf8.withContiguousStorageIfAvailable { bytes in
                var p: UInt64 = 0
                for k in 0..<8 { p = p << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
                return p
            }
            if let read { return read }
            var p: UInt64 = 0
            var n = 0
            for b in key.utf8.prefix(8) {
                p = p << 8 | UInt64(b)
                n += 1
            }
            return n == 0 ? 0 : p << (8 * UInt64(8 - n))
        }

        /// Whether this key's bytes come before `other`'s (equal prefixes: the whole keys compared).
        func precedes(_ other: SpanKey, in spans: [String: SpanList]) -> Bool {
            if prefix != other.prefix { return prefix < other.prefix }
            return spans[index].key.utf8.lexicographicallyPrecedes(spans[other.index].key.utf8)
        }
    }

    private static func pair(_ s: ByteSpan, _ out: inout ByteBuffer) {
        out.append(0x5B)
        decimal(s.start, &out)
        out.append(0x2C)
        decimal(s.end, &out)
        out.append(0x5D)
    }
}
