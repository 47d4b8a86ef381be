import SitrepModel
/// The Google encoded-polyline algorithm (as written by `scripts/map/basemap.py`): each number is
/// the difference from the previous one of its kind, times the precision, zig-zag signed, in 5-bit
/// groups as ASCII 63...126 (low group first, 0x20 set on every group but the last).
///
/// The basemap writes pairs as (lon, lat); Google's own examples are (lat, lon). The codec does not
/// care: it decodes pairs in the order they were written.
enum Polyline {
    /// Flat pairs `[a0, b0, a1, b1, ...]` divided by `precision` (100 000 for Google's examples).
    /// Stops at the first byte outside the alphabet or a truncated number.
    static func decode(_ text: Substring.UTF8View, precision: Double) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(text.count / 2)
        var a = 0, b = 0
        var iterator = text.makeIterator()
        while true {
            guard let da = next(&iterator), let db = next(&iterator) else { break }
            a += da
            b += db
            values.append(Double(a) / precision)
            values.append(Double(b) / precision)
        }
        return values
    }

    static func decode(_ text: String, precision: Double) -> [Double] {
        decode(text[...].utf8, precision: precision)
    }

    private static func next(_ iterator: inout Substring.UTF8View.Iterator) -> Int? {
        var result = 0
        var shift = 0
        while let byte = iterator.next() {
            guard byte >= 63, byte <= 126, shift <= 60 else { return nil }
            let chunk = Int(byte) - 63
            result |= (chunk & 0x1F) << shift
            shift += 5
            if chunk < 0x20 {
                return (result & 1) != 0 ? ~(result >> 1) : result >> 1
            }
        }
        return nil
    }

    /// Encodes flat pairs (the inverse of `decode`, rounding each value to the precision).
    static func encode(_ values: [Double], precision: Double) -> String {
        var out: [UInt8] = []
        var previous = [0, 0]
        for (index, value) in values.enumerated() {
            let scaled = Int((value * precision).rounded())
            var delta = scaled - previous[index % 2]
            previous[index % 2] = scaled
            delta = delta < 0 ? ~(delta << 1) : delta << 1
            while delta >= 0x20 {
                out.append(UInt8((0x20 | (delta & 0x1F)) + 63))
                delta >>= 5
            }
            out.append(UInt8(delta + 63))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
