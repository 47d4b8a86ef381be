/// Byte-level reading of the resource TSV files: `#` comment lines, no header, tab-separated.
enum TSV {
    /// Calls `row` with the byte ranges of each line's fields (at most `maxFields`).
    static func forEachRow(_ bytes: UnsafeBufferPointer<UInt8>, maxFields: Int,
                           _ row: (_ fields: UnsafeBufferPointer<Range<Int>>, _ line: Int) -> Void) {
        forEachRow(bytes, in: 0..<bytes.count, maxFields: maxFields, row)
    }

    /// Calls `row` with the fields of each line of `bytes[range]` (`range` starts a line; the line
    /// numbers count from its start). Field ranges are offsets in `bytes`.
    static func forEachRow(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, maxFields: Int,
                           _ row: (_ fields: UnsafeBufferPointer<Range<Int>>, _ line: Int) -> Void) {
        var fields = [Range<Int>](repeating: 0..<0, count: maxFields)
        var i = range.lowerBound
        let n = range.upperBound
        var line = 0
        // skip a UTF-8 byte-order mark
        if i == 0, n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < n {
            line += 1
            // one pass over the line: its fields end at tabs, the line at a newline (the gazetteer
            // is 12 MB: a second pass for the tabs was a tenth of the loading)
            var count = 0
            var start = i
            var end = i
            while end < n {
                let c = bytes[end]
                if c == 0x0A { break }
                if c == 0x09 {
                    if count < maxFields { fields[count] = start..<end; count += 1 }
                    start = end + 1
                }
                end += 1
            }
            var lineEnd = end
            if lineEnd > i, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > i, bytes[i] != 0x23 {
                if count < maxFields { fields[count] = start..<lineEnd; count += 1 }
                for f in count..<maxFields { fields[f] = lineEnd..<lineEnd }
                fields.withUnsafeBufferPointer { row($0, line) }
            }
            i = end + 1
        }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
        var i = r.lowerBound
        guard i < r.upperBound else { return nil }
        var sign = 1.0
        if bytes[i] == 0x2D { sign = -1; i += 1 } else if bytes[i] == 0x2B { i += 1 }
        var value = 0.0
        var scale = 0.0
        var any = false
        while i < r.upperBound {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                any = true
                if scale == 0 { value = value * 10 + Double(c - 0x30) } else { value += Double(c - 0x30) * scale; scale /= 10 }
            } else if c == 0x2E, scale == 0 {
                scale = 0.1
            } else {
                break
            }
            i += 1
        }
        return any ? sign * value : nil
    }

    static func int(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        double(bytes, r).map { Int($0) }
    }

    /// Splits a field on `|` and calls `body` with each non-empty part.
    static func forEachAlternate(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, separator: UInt8 = 0x7C,
                                 _ body: (Range<Int>) -> Void) {
        var start = r.lowerBound
        var k = r.lowerBound
        while k <= r.upperBound {
            if k == r.upperBound || bytes[k] == separator {
                var a = start, b = k
                while a < b, bytes[a] == 0x20 { a += 1 }
                while b > a, bytes[b - 1] == 0x20 { b -= 1 }
                if b > a { body(a..<b) }
                start = k + 1
            }
            k += 1
        }
    }
}
