/// Numbers in digits and words ("8", "thirty-two", "a dozen", "two hundred", "30+") with their
/// qualifiers ("more than", "up to", "about"), and vague words ("dozens" → ACLED's 12).
struct NumberReader {
    let lexicon: Lexicon

    static var aHash: UInt64 { DateResolver.lexHash("a" as StaticString) }
    static var anHash: UInt64 { DateResolver.lexHash("an" as StaticString) }
    struct Number {
        var value: Int
        var min: Int?
        var max: Int?
        var range: Range<Int>
        var vague: Bool
        /// The value as written, fractions kept ("27.5", "1.5 million"): a rate is no head count.
        var amount: Double
    }

    /// Reads a number phrase starting at `i` (qualifier included), or nil.
    ///
    /// Rules call this at every token: the test that rules most tokens out is inlined into them,
    /// and only a token that may start a number calls the reader proper.
    @inline(__always) func read(_ doc: Document, at i: Int, limit: Int) -> Number? {
        // a phrase starts with a digit, a qualifier, a number word or a vague word: most tokens are none
        if doc.tokens[i].kind != .number {
            let c = doc.lexClasses(at: i)
            guard c.contains(.qualifier) || c.contains(.number) || c.contains(.vague) else { return nil }
        }
        return readPhrase(doc, at: i, limit: limit)
    }

    /// `read` past its first test.
    private func readPhrase(_ doc: Document, at i: Int, limit: Int) -> Number? {
        var k = i
        var qualifier = ""
        for id in doc.lexEntries(at: k, having: .qualifier) where lexicon.classes[Int(id)] == .qualifier {
            qualifier = lexicon.firstFields[Int(id)]
            k = doc.lexRange(at: k)!.upperBound
            break
        }
        guard k < limit else { return nil }
        var value = 0.0
        var end = k
        var vague: (Int, Int?, Int?)? = nil
        var any = false
        while end < limit {
            let t = doc.tokens[end]
            if t.kind == .number {
                if any && value >= 1 && !(value < 100 && t.value < 10) { break }
                // "8-10": a range, read by the caller, not one number
                if any, end > k, doc.tokens[end - 1].flags.contains(.hyphenNext) { break }
                if t.length > 9 { return nil }
                value += t.value
                any = true
                end += 1
                continue
            }
            guard t.kind == .word else { break }
            var handled = false
            let ids = doc.lexEntries(at: end)
            // "dozens" (vague) and "dozen" (12) share a stem: the written form decides
            let pluralVague = doc.lexHas(end, .vague) && ids.contains { lexicon.classes[Int($0)] == .vague && lexicon.phraseLex[Int($0)] == t.lex }
            for id in ids {
                // class and value from the unboxed arrays: no `Entry` copy per entry at every number word
                let cls = lexicon.classes[Int(id)]
                if pluralVague, cls == .number { continue }
                let r = doc.lexRange(at: end)!
                switch cls {
                case .number:
                    let v = lexicon.numbers0[Int(id)]
                    // "a"/"an" count one person only right before a person ("a civilian"), not "a car bomb"
                    if !any, lexicon.entries[Int(id)].tokens == 1, lexicon.phraseLex[Int(id)] == NumberReader.aHash || lexicon.phraseLex[Int(id)] == NumberReader.anHash,
                       !(r.upperBound < limit && doc.lexHas(r.upperBound, .victim)) {
                        handled = false
                        break
                    }
                    if any, value >= 20, value.truncatingRemainder(dividingBy: 10) == 0, v < 10 { value += v }  // thirty-two
                    else if any { handled = false; break }
                    else { value = v }
                    any = true
                    end = r.upperBound
                    handled = true
                case .multiplier where any:
                    value = (value == 0 ? 1 : value) * lexicon.numbers0[Int(id)]
                    end = r.upperBound
                    handled = true
                case .vague where !any:
                    let mx = lexicon.entries[Int(id)].field(2)
                    vague = (Int(lexicon.numbers0[Int(id)]), Int(lexicon.numbers1[Int(id)]), mx.isEmpty ? nil : Int(mx))
                    end = r.upperBound
                    any = true
                    handled = true
                default: continue
                }
                if handled { break }
            }
            if !handled { break }
            if vague != nil { break }
        }
        guard any else { return nil }
        // "of" after a vague word or "dozen(s) of" is part of the phrase
        if let (v, mn, mx) = vague {
            return Number(value: v, min: mn, max: mx, range: i..<end, vague: true, amount: Double(v))
        }
        let n = Int(value)
        guard n >= 0, n < 10_000_000 else { return nil }
        var mn: Int? = n, mx: Int? = n
        if doc.tokens[end - 1].flags.contains(.plus) { qualifier = "more" }
        switch qualifier {
        case "more": mn = n + 1; mx = nil
        case "min": mx = nil
        case "max": mn = nil
        case "about": break
        default: break
        }
        return Number(value: n, min: mn, max: mx, range: i..<end, vague: false, amount: value)
    }
}
