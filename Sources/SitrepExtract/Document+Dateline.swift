/// Wire datelines: "BEIRUT (Reuters) -", "KYIV, Ukraine, March 4 (AP) —", "Gaza (AFP) -", "Bangui, 6 November 2025 —",
/// "7 February 2024 -", "QUETTA:".
extension Document {
    /// The token ranges of the datelines that open paragraphs, in order, each ending at its dash.
    /// A dateline says where the reporter filed from and on which day, not where or when the event
    /// happened ("BEIRUT (Reuters) - Air strikes in Idlib ...", "AMMAN - Syrian forces shelled ..."):
    /// its place and date are not the event's.
    ///
    /// The form is strict, so that an ordinary sentence never reads as one: at a line's start, a
    /// place in capitals (one to four words), or a capitalized one when an agency follows in
    /// parentheses or a whole date with its year follows (a press release's "Bangui, 6 November
    /// 2025 —"); then any of ", Region or Country", ", Month Day", "(Agency)"; then a dash.
    static func findDatelines(_ tokens: [Token], _ classesAt: [Lexicon.Classes]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices where tokens[i].flags.contains(.lineStart) && (tokens[i].isWord || tokens[i].kind == .number) {
            if let end = tokens[i].isWord ? datelineEnd(from: i, tokens, classesAt) ?? dateOnlyDatelineEnd(from: i, tokens, classesAt)
                : dateOnlyDatelineEnd(from: i, tokens, classesAt) { out.append(i..<end) }
        }
        return out
    }

    /// The end (after the dash) of a press release's dateline of a whole date alone, opening a
    /// line: "7 February 2024 -", "February 7, 2024 —".
    private static func dateOnlyDatelineEnd(from i: Int, _ tokens: [Token], _ classesAt: [Lexicon.Classes]) -> Int? {
        let n = tokens.count
        func isMonth(_ k: Int) -> Bool { k < n && tokens[k].isWord && classesAt[k].contains(.month) && tokens[k].flags.contains(.capitalized) }
        func isDay(_ k: Int) -> Bool { k < n && tokens[k].kind == .number && tokens[k].length <= 2 }
        func isYear(_ k: Int) -> Bool { k < n && tokens[k].kind == .number && tokens[k].length == 4 }
        var j: Int
        if isDay(i), isMonth(i + 1), isYear(i + 2) {
            j = i + 3
        } else if isMonth(i), isDay(i + 1), i + 2 < n, tokens[i + 2].isPunct(0x2C), isYear(i + 3) {
            j = i + 4
        } else {
            return nil
        }
        guard j < n, tokens[j].isPunct(0x2D), !tokens[j].flags.contains(.lineStart) else { return nil }
        j += 1
        return j
    }

    /// The end (after the dash) of a dateline starting at token `i`, if one does.
    private static func datelineEnd(from i: Int, _ tokens: [Token], _ classesAt: [Lexicon.Classes]) -> Int? {
        let n = tokens.count, limit = min(n, i + 24)
        // the place: words in capitals ("THE HAGUE", "DEIR AL-BALAH"), else one to three capitalized words
        var j = i
        while j < limit, j - i < 4, tokens[j].isWord, tokens[j].flags.contains(.allCaps), tokens[j].length >= 2 || tokens[j].flags.contains(.hyphenNext) {
            j += 1
        }
        let inCapitals = j > i
        if !inCapitals {
            while j < limit, j - i < 3, tokens[j].isWord, tokens[j].flags.contains(.capitalized) { j += 1 }
            // (a day is no place: "Monday, 6 November - a day of talks")
            guard j > i, !classesAt[i].contains(.weekday), !classesAt[i].contains(.month) else { return nil }
        }
        // ", Ukraine", ", Democratic Republic of Congo", ", March 4", ", Sept. 16", ", 6 November 2025",
        // ", November 6, 2025"
        var dated = false  // a day: with a capitalized place, a press release's dateline ("Bangui, 6 November 2025 —")
        while j + 1 < limit, tokens[j].isPunct(0x2C) {
            var k = j + 1
            if tokens[k].isWord, classesAt[k].contains(.month), tokens[k].flags.contains(.capitalized) {
                k += 1
                if k < limit, tokens[k].isPunct(0x2E) { k += 1 }
                guard k < limit, tokens[k].kind == .number, tokens[k].length <= 2 else { return nil }
                k += 1
                dated = true
            } else if dated, tokens[k].kind == .number, tokens[k].length == 4 {
                // the year after "Month Day": ", November 6, 2025"
                k += 1
            } else if tokens[k].kind == .number, tokens[k].length <= 2, k + 1 < limit, tokens[k + 1].isWord, classesAt[k + 1].contains(.month),
                      tokens[k + 1].flags.contains(.capitalized) {
                // "6 November", "6 November 2025"
                dated = true
                k += 2
                if k < limit, tokens[k].kind == .number, tokens[k].length == 4 { k += 1 }
            } else {
                let start = k
                while k < limit, k - start < 6, tokens[k].isWord,
                      tokens[k].flags.contains(.capitalized) || k > start && (tokens[k].flags.contains(.stop) || tokens[k].flags.contains(.article)) {
                    k += 1
                }
                guard k > start, tokens[k - 1].flags.contains(.capitalized) else { return nil }
            }
            j = k
        }
        // "(Reuters)", "(AP)", "(Al Jazeera)"
        var agency = false
        if j < limit, tokens[j].isPunct(0x28) {
            var k = j + 1
            while k < limit, k - j <= 4, tokens[k].isWord { k += 1 }
            guard k > j + 1, k < limit, tokens[k].isPunct(0x29) else { return nil }
            agency = true
            j = k + 1
        }
        guard inCapitals || agency || dated, j < limit, !tokens[j].flags.contains(.lineStart) else { return nil }
        if tokens[j].isPunct(0x2D) { return j + 1 }
        // South Asian papers' colon: "QUETTA:", "IMPHAL, Nov 11:" (a place in capitals, the report on the same line)
        guard inCapitals, tokens[j].isPunct(0x3A), j + 1 < n, !tokens[j + 1].flags.contains(.lineStart) else { return nil }
        return j + 1
    }

    /// Whether token `t` lies in a dateline (`datelines` is sorted and holds one or a few ranges).
    func inDateline(_ t: Int) -> Bool {
        var lo = 0, hi = datelines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if datelines[mid].upperBound <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo < datelines.count && datelines[lo].contains(t)
    }

    /// Whether the text in `r` speaks of "the capital" ("hit the capital", "the capital's suburbs";
    /// not "the capital of X", which names its country): with a dateline, the capital it was filed from.
    func saysTheCapital(in r: Range<Int>) -> Bool {
        for t in r where t > r.lowerBound && DateResolver.isWord(self, t, "capital") && DateResolver.isWord(self, t - 1, "the") {
            if t + 1 < r.upperBound, DateResolver.isWord(self, t + 1, "of") { continue }
            return true
        }
        return false
    }
}
