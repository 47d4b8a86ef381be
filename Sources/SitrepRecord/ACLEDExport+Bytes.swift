import Foundation
import SitrepModel

/// CSV written as UTF-8 bytes into one reusable buffer: what a big export appends its rows to
/// (a million rows built as Swift strings spent a fifth of their time growing strings).
/// Fields are quoted by the rule of `ACLEDExport.append(_:to:)` (RFC 4180), byte for byte.
public struct CSVBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Empties the buffer and keeps its memory for the next chunk.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends bytes as they are (a header, a line already written).
    public mutating func append(raw text: String) { bytes.append(contentsOf: text.utf8) }

    // MARK: - Fields (each but the first of a line is preceded by `comma()`)

    mutating func comma() { bytes.append(UInt8(ascii: ",")) }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A text field, quoted when it holds a comma, quote or line break.
    mutating func text(_ field: String) {
        if field.utf8.withContiguousStorageIfAvailable({ appendField($0, field) }) == nil {
            let copy = Array(field.utf8)
            copy.withUnsafeBufferPointer { appendField($0, field) }
        }
    }

    mutating func text(_ field: String?) {
        if let field { text(field) }
    }

    private mutating func appendField(_ stored: UnsafeBufferPointer<UInt8>, _ field: String) {
        let (quote, quotes) = Self.scan(stored)
        if !quote {
            bytes.append(contentsOf: stored)
        } else if !quotes {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: stored)
            bytes.append(UInt8(ascii: "\""))
        } else {
            // rare: the string writer's own doubling (it splits on characters), so the bytes stay the same
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"").utf8)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Whether a field must be quoted (a comma, quote or line break) and whether it holds quotes.
    /// Eight bytes at a time (the notes are long): a word holds byte `c` when `word ^ c…c` has a
    /// zero byte, which `(x - 0x01…01) & ~x & 0x80…80` detects exactly.
    static func scan(_ stored: UnsafeBufferPointer<UInt8>) -> (quote: Bool, quotes: Bool) {
        var quote = false
        var offset = 0
        if let base = stored.baseAddress, stored.count >= 8 {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= stored.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if holds(word, UInt8(ascii: "\"")) { return (true, true) }
                if holds(word, UInt8(ascii: ",")) || holds(word, UInt8(ascii: "\n")) || holds(word, UInt8(ascii: "\r")) { quote = true }
                offset += 8
            }
        }
        while offset < stored.count {
            let byte = stored[offset]
            if byte == UInt8(ascii: "\"") { return (true, true) }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { quote = true }
            offset += 1
        }
        return (quote, false)
    }

    @inline(__always)
    private static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// An integer in decimal, as `String(value)` writes it.
    mutating func int<T: BinaryInteger>(_ value: T) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(UInt64(value.magnitude), minimum: 1)
    }

    /// `magnitude` in decimal, left-padded with zeros to `minimum` digits.
    private mutating func digits(_ magnitude: UInt64, minimum: Int) {
        var count = 1
        var rest = magnitude
        while rest >= 10 { rest /= 10; count += 1 }
        count = max(count, minimum)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        bytes.withUnsafeMutableBufferPointer { out in
            var index = start + count - 1
            rest = magnitude
            while rest > 0 {
                out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                index -= 1
            }
        }
    }

    /// A coordinate with four decimals, as `ACLEDExport.fixed4` writes it.
    mutating func fixed4(_ value: Double) {
        let scaled = Int64((value * 10_000).rounded())
        let magnitude = scaled.magnitude
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(UInt64(magnitude / 10_000), minimum: 1)
        bytes.append(UInt8(ascii: "."))
        digits(UInt64(magnitude % 10_000), minimum: 4)
    }
}

extension ACLEDExport {
    /// Appends one incident's row to `out`: the same bytes as `append(row(r, digest: digest), to:)`,
    /// written field by field without building the row's strings.
    public func append(_ r: IncidentRow, digest: IncidentDigest, to out: inout CSVBytes) {
        let f = r.fields
        let inter1 = inter(f.actor1), inter2 = inter(f.actor2)
        let country = f.country.flatMap(countries.entry)
        out.text(r.id); out.comma()
        out.text(f.date); out.comma()
        out.text(String(f.date.prefix(4))); out.comma()
        out.int(f.timePrecision); out.comma()
        out.text(Self.disorderType(f)); out.comma()
        out.text(f.eventType); out.comma()
        out.text(f.subEventType); out.comma()
        out.text(f.actor1); out.comma()
        out.comma()
        if let inter1 { out.int(inter1) }
        out.comma()
        out.text(f.actor2); out.comma()
        out.comma()
        if let inter2 { out.int(inter2) }
        out.comma()
        if let interaction = Self.interaction(inter1, inter2) { out.int(interaction) }
        out.comma()
        if f.civilianTargeting { out.text("Civilian targeting") }
        out.comma()
        if let numeric = country?.numeric { out.int(numeric) }
        out.comma()
        out.text(country?.region); out.comma()
        out.text(f.country); out.comma()
        out.text(f.admin1); out.comma()
        out.comma()
        out.comma()
        out.text(f.location); out.comma()
        if let latitude = f.latitude { out.fixed4(latitude) }
        out.comma()
        if let longitude = f.longitude { out.fixed4(longitude) }
        out.comma()
        if let geoPrecision = f.geoPrecision { out.int(geoPrecision) }
        out.comma()
        out.text(digest.sources); out.comma()
        out.text(digest.sourceScale); out.comma()
        out.text(digest.notes); out.comma()
        out.int(r.fatalities); out.comma()
        // "sitrep grade=fair; status=published": both are fixed words, never quoted
        out.append(raw: "sitrep grade=")
        out.append(raw: r.grade.rawValue)
        out.append(raw: "; status=")
        out.append(raw: r.status.rawValue)
        out.comma()
        out.int(Int64(r.updatedAt.timeIntervalSince1970))
        out.endLine()
    }
}
