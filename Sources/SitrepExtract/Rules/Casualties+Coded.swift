// MARK: - ACLED's own statement of the coded figure

extension CasualtyReader {
    /// The figure an ACLED-style note says it codes: "3 fatalities.", "Fatalities coded as 10",
    /// "Unknown fatalities coded as 10 and split between 3 locations". ACLED codes an unknown toll
    /// as a fixed figure and shares one report's toll evenly between the events it codes from it, so
    /// when the note states the figure, that statement — not the prose before it — is the event's
    /// toll, and a split gives each event its share (rounded: 18 over five locations is 4 each).
    /// The last statement of the sentences wins (the closing formula).
    func codedFigure(in doc: Document, sentences: [Range<Int>]) -> (value: Int, range: Range<Int>)? {
        var found: (value: Int, range: Range<Int>)? = nil
        for s in sentences {
            guard let stated = codedStatement(doc, in: s) else { continue }
            var share = stated.value
            if let parts = splitParts(doc, from: stated.range.upperBound, in: s), parts > 1 {
                share = (2 * stated.value + parts) / (2 * parts)
            }
            found = (share, stated.range)
        }
        return found
    }

    /// "… fatalities coded as N" / "coded to N" (a kill word before "coded"), or a sentence that
    /// opens with "N fatalities" ("1 fatality.", "Total 3 fatalities"); the number and its span.
    private func codedStatement(_ doc: Document, in s: Range<Int>) -> (value: Int, range: Range<Int>)? {
        var killWord = false
        // (a statement of the first kind needs a kill word: a sentence with none is not scanned)
        var t = !s.isEmpty && Self.sentencesHave(doc, s, .kill) ? s.lowerBound : s.upperBound
        while t < s.upperBound {
            if doc.lexAt[t] >= 0, what(doc, t) == .killed { killWord = true }
            if killWord, doc.tokens[t].lex == Self.codedHash, t + 2 < s.upperBound,
               DateResolver.isWord(doc, t + 1, "as") || DateResolver.isWord(doc, t + 1, "to"),
               let n = numbers.read(doc, at: t + 2, limit: s.upperBound), !n.vague {
                return (n.value, n.range)
            }
            t = doc.lexRange(at: t)?.upperBound ?? t + 1
        }
        var start = s.lowerBound
        if DateResolver.isWord(doc, start, "total") { start += 1 }
        guard start < s.upperBound, let n = numbers.read(doc, at: start, limit: s.upperBound), !n.vague,
              n.range.upperBound < s.upperBound, Self.fatalityWords.contains(doc.tokens[n.range.upperBound].lex) else { return nil }
        return (n.value, n.range)
    }

    /// "split between 3 locations", "spread across two events", "split between both locations":
    /// how many events share the figure.
    private func splitParts(_ doc: Document, from i: Int, in s: Range<Int>) -> Int? {
        var t = i
        while t < s.upperBound, !(doc.tokens[t].kind == .word && Self.splitWords.contains(doc.tokens[t].lex)) { t += 1 }
        var k = t + 1
        while k < min(s.upperBound, t + 6) {
            if DateResolver.isWord(doc, k, "both") { return 2 }
            if let n = numbers.read(doc, at: k, limit: s.upperBound), !n.vague, n.value > 1 { return n.value }
            k += 1
        }
        return nil
    }

    static var codedHash: UInt64 { DateResolver.lexHash("coded" as StaticString) }
    static let fatalityWords = WordSet(hashes: ["fatality", "fatalities"].map { DateResolver.lexHash($0) })
    static let splitWords = WordSet(hashes: ["split", "spread", "divided", "distributed", "shared"].map { DateResolver.lexHash($0) })
}
