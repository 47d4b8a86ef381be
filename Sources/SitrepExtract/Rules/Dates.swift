import SitrepModel
/// A calendar day as days since 1970-01-01 (UTC), with civil-calendar conversions.
struct Day: Hashable, Comparable, Sendable {
    var ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    init(year: Int, month: Int, day: Int) {
        ordinal = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    var civil: (year: Int, month: Int, day: Int) { CivilCalendar.civil(ordinal) }

    /// 1 = Sunday ... 7 = Saturday (1970-01-01 was a Thursday).
    var weekday: Int { ((ordinal % 7 + 7) % 7 + 4) % 7 + 1 }

    var iso: String {
        let (y, m, d) = civil
        if (0...9999).contains(y) {
            // YYYY-MM-DD written as bytes: ten ASCII bytes make a small string, with no allocation
            return String(unsafeUninitializedCapacity: 10) { buf in
                func digit(_ v: Int) -> UInt8 { 0x30 + UInt8(v % 10) }
                buf[0] = digit(y / 1000); buf[1] = digit(y / 100); buf[2] = digit(y / 10); buf[3] = digit(y)
                buf[4] = 0x2D
                buf[5] = digit(m / 10); buf[6] = digit(m)
                buf[7] = 0x2D
                buf[8] = digit(d / 10); buf[9] = digit(d)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysIn(month: month, year: year) }
}

/// A date expression found in text, resolved against the publication day.
struct DateMention {
    var day: Day
    /// ACLED time precision: 1 day, 2 week, 3 month.
    var precision: Int
    var range: Range<Int>
    /// "since April 21": the start of a period.
    var isPeriodStart: Bool
    /// "said on Tuesday", "told reporters on Friday": the day something was said, not the event's
    /// (set by the assembler; such a day dates an incident only when it tells no other).
    var isSaid = false
}

/// Resolves dates in a token range: explicit ("4 May 2016", "May 4", "On 7 May 2020"), weekdays
/// ("on Wednesday" → the latest Wednesday not after publication), relative days, months.
struct DateResolver {
    let lexicon: Lexicon
    let published: Day

    func mentions(in doc: Document, range: Range<Int>) -> [DateMention] {
        var out: [DateMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = doc.tokens[i]
            if t.kind != .number {
                // only month, weekday and relative-day words start a date here
                let c = doc.lexClasses(at: i)
                if !(c.contains(.month) || c.contains(.weekday) || c.contains(.relday)) {
                    i = doc.lexRange(at: i)?.upperBound ?? i + 1
                    continue
                }
            }
            let entries = doc.lexEntries(at: i)
            let span = doc.lexRange(at: i) ?? i..<(i + 1)
            let since = i > range.lowerBound && doc.tokens[i - 1].kind == .word && Self.isWord(doc, i - 1, "since")
            if t.kind == .number, t.length <= 2, t.value >= 1, t.value <= 31, i + 1 < range.upperBound,
               let month = monthValue(doc, i + 1) {
                // 4 May [2016]
                let mr = doc.lexRange(at: i + 1) ?? (i + 1)..<(i + 2)
                var end = mr.upperBound
                var year: Int? = nil
                if end < range.upperBound, doc.tokens[end].kind == .number, doc.tokens[end].length == 4 { year = Int(doc.tokens[end].value); end += 1 }
                if let d = make(year: year, month: month, day: Int(t.value)) {
                    out.append(DateMention(day: d, precision: 1, range: i..<end, isPeriodStart: since))
                }
                i = end
                continue
            }
            if let month = monthValue(doc, i) {
                var end = span.upperBound
                if end < range.upperBound, doc.tokens[end].kind == .number, doc.tokens[end].length <= 2,
                   doc.tokens[end].value >= 1, doc.tokens[end].value <= 31 {
                    // May 4[, 2016]
                    let dayValue = Int(doc.tokens[end].value)
                    end += 1
                    var year: Int? = nil
                    var k = end
                    if k < range.upperBound, doc.tokens[k].isPunct(0x2C) { k += 1 }
                    if k < range.upperBound, doc.tokens[k].kind == .number, doc.tokens[k].length == 4 { year = Int(doc.tokens[k].value); end = k + 1 }
                    if let d = make(year: year, month: month, day: dayValue) {
                        out.append(DateMention(day: d, precision: 1, range: i..<end, isPeriodStart: since))
                    }
                    i = end
                    continue
                }
                // a bare month needs a cue: "in April", "late April", "since April", "April 2016"
                let prev = i > range.lowerBound ? i - 1 : -1
                let cue = prev >= 0 && (Self.isWord(doc, prev, "in") || Self.isWord(doc, prev, "late") || Self.isWord(doc, prev, "early")
                    || Self.isWord(doc, prev, "mid") || Self.isWord(doc, prev, "since") || Self.isWord(doc, prev, "of"))
                var year: Int? = nil
                if end < range.upperBound, doc.tokens[end].kind == .number, doc.tokens[end].length == 4 { year = Int(doc.tokens[end].value); end += 1 }
                let capitalized = t.flags.contains(.capitalized)
                if capitalized, cue || year != nil {
                    var dayValue = 15
                    var precision = 3
                    if prev >= 0, Self.isWord(doc, prev, "late") { dayValue = 25; precision = 2 }
                    if prev >= 0, Self.isWord(doc, prev, "early") { dayValue = 5; precision = 2 }
                    if let d = make(year: year, month: month, day: dayValue) {
                        out.append(DateMention(day: min(d, published), precision: precision, range: (prev >= 0 && cue ? prev : i)..<end, isPeriodStart: since))
                    }
                }
                i = end
                continue
            }
            for id in entries {
                let cls = lexicon.classes[Int(id)]
                if cls == .weekday, t.flags.contains(.capitalized) {
                    // "ahead of Sunday's vote", "before next Friday's talks": a day to come, not the event's
                    if i >= range.lowerBound + 2, Self.isWord(doc, i - 1, "of") && Self.isWord(doc, i - 2, "ahead")
                        || Self.isWord(doc, i - 1, "next") || Self.isWord(doc, i - 1, "upcoming") || Self.isWord(doc, i - 1, "coming") {
                        break
                    }
                    let wd = Int(lexicon.numbers0[Int(id)])
                    var back = (published.weekday - wd + 7) % 7
                    // "next Friday" or a future tense speaks of the future; we code the past
                    if back == 0, i > range.lowerBound, Self.isWord(doc, i - 1, "last") { back = 7 }
                    // "overnight Wednesday to Thursday": the night ends on the second day, the day ACLED codes
                    if i >= range.lowerBound + 2, Self.isWord(doc, i - 1, "to") || Self.isWord(doc, i - 1, "into"),
                       let prev = out.last, prev.range.upperBound == i - 1, doc.lexHas(i - 2, .weekday) { out.removeLast() }
                    out.append(DateMention(day: Day(ordinal: published.ordinal - back), precision: 1, range: span, isPeriodStart: since))
                    break
                }
                // "overnight Wednesday", "overnight into Thursday": the weekday after it says which night
                if cls == .relday, Self.isWord(doc, i, "overnight"), nightNamed(after: span.upperBound, in: range, doc) { break }
                if cls == .relday {
                    // "last week", "a week ago": a day of that week (ACLED's week precision)
                    let offset = Int(lexicon.numbers0[Int(id)])
                    out.append(DateMention(day: Day(ordinal: published.ordinal + offset), precision: offset <= -7 ? 2 : 1, range: span, isPeriodStart: false))
                    break
                }
            }
            i = span.upperBound
        }
        return out
    }

    /// A weekday right after "overnight", maybe after "into", "on" or "from" ("overnight into Thursday").
    private func nightNamed(after j: Int, in range: Range<Int>, _ doc: Document) -> Bool {
        var k = j
        if k < range.upperBound, Self.isWord(doc, k, "into") || Self.isWord(doc, k, "on") || Self.isWord(doc, k, "from") { k += 1 }
        return k < range.upperBound && doc.tokens[k].flags.contains(.capitalized) && doc.lexHas(k, .weekday)
    }

    private func monthValue(_ doc: Document, _ i: Int) -> Int? {
        guard doc.tokens[i].kind == .word, doc.tokens[i].flags.contains(.capitalized), doc.lexHas(i, .month) else { return nil }
        for id in doc.lexEntries(at: i) where lexicon.classes[Int(id)] == .month {
            // "May" is a month only before/after a day number or with a cue; "may" lowercase never
            return Int(lexicon.numbers0[Int(id)])
        }
        return nil
    }

    /// A day in the given month; without a year, the latest such day not after publication (+1 day slack).
    private func make(year: Int?, month: Int, day: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        if let year {
            guard (1900...2200).contains(year), day <= Day.daysIn(month: month, year: year) else { return nil }
            return Day(year: year, month: month, day: day)
        }
        let py = published.civil.year
        for y in [py, py - 1] where day <= Day.daysIn(month: month, year: y) {
            let d = Day(year: y, month: month, day: day)
            if d.ordinal <= published.ordinal + 1 { return d }
        }
        return nil
    }

    /// Inlined, so that the literal's hash folds to a constant at each call.
    /// (A number's or a mark's `lex` is 0, which no word's hash is: the one compare also tells
    /// that the token is a word.)
    @inline(__always) static func isWord(_ doc: Document, _ i: Int, _ word: StaticString) -> Bool {
        guard i >= 0, i < doc.tokens.count else { return false }
        return doc.tokens[i].lex == lexHash(word)
    }

    /// FNV-1a of an ASCII literal, straight from its bytes (no String machinery on hot paths).
    /// A rule's word hash is a `static var` returning this: it folds to a constant where read,
    /// where a `static let` ran its once-check at every read.
    @inline(__always) static func lexHash(_ word: StaticString) -> UInt64 {
        word.withUTF8Buffer { buf in
            var h = Fold.fnvOffset
            for b in buf { h = Fold.hash(h, b) }
            return h
        }
    }

    static func lexHash(_ word: String) -> UInt64 {
        var h = Fold.fnvOffset
        for b in word.utf8 { h = Fold.hash(h, b) }
        return h
    }
}
