// MARK: - Mentions: the currencies, bases, rate verbs, market words and countries a text names

extension ExchangeRateReader {
    func isCurrency(_ match: CurrencyLexicon.Match) -> Bool {
        match.entries.contains { let c = currencies.entries[Int($0)].cls; return c == .currency || c == .bare }
    }

    /// "$1" ("US$1"): the dollar as a unit of one.
    func hasDollarOne(_ doc: Document) -> Bool {
        doc.tokens.indices.contains { dollarOne(doc, at: $0) != nil }
    }

    func dollarOne(_ doc: Document, at t: Int) -> Range<Int>? {
        guard doc.tokens[t].isPunct(0x24), t + 1 < doc.tokens.count, doc.tokens[t + 1].kind == .number,
              doc.tokens[t + 1].value == 1, doc.tokens[t + 1].start == doc.tokens[t].end else { return nil }
        // "$1 billion" is money, not a unit
        if t + 2 < doc.tokens.count, doc.lexHas(t + 2, .multiplier) { return nil }
        let us = t > 0 && doc.tokens[t - 1].end == doc.tokens[t].start && DateResolver.isWord(doc, t - 1, "us")
        return (us ? t - 1 : t)..<(t + 2)
    }

    func mentions(_ doc: Document, _ matches: [CurrencyLexicon.Match]) -> Mentions {
        let none = [Int32](repeating: -1, count: doc.tokens.count)
        var m = Mentions(unitAt: none, verbEndingAt: none, marketAt: none)
        let countries = countryMentions(doc, matches)
        func add(_ u: Unit) {
            m.unitAt[u.range.lowerBound] = Int32(m.units.count)
            m.units.append(u)
        }
        var dollars = doc.tokens.indices.compactMap { dollarOne(doc, at: $0) }.makeIterator()
        var nextDollar = dollars.next()
        for match in matches {
            while let d = nextDollar, d.lowerBound < match.range.lowerBound {
                add(Unit(range: d, code: "USD", isBase: true, isOne: true))
                nextDollar = dollars.next()
            }
            let e = currencies.entries[Int(match.entries[0])]
            switch e.cls {
            case .currency: add(Unit(range: match.range, code: e.code, isBase: false, factor: e.factor))
            case .base: add(Unit(range: match.range, code: e.code, isBase: true))
            case .bare:
                if let e = resolve(match, countries: countries, doc) { add(Unit(range: match.range, code: e.code, isBase: false, factor: e.factor)) }
            case .verb: m.verbEndingAt[match.range.upperBound - 1] = Int32(match.range.lowerBound)
            case .market:
                m.marketAt[match.range.lowerBound] = Int32(m.markets.count)
                m.markets.append((match.range, e.code))
            case .country: break
            }
        }
        while let d = nextDollar {
            add(Unit(range: d, code: "USD", isBase: true, isOne: true))
            nextDollar = dollars.next()
        }
        return m
    }

    /// Countries named in the text, in order: the currency rows' countries ("Syria") and the rule
    /// lexicon's demonyms ("Lebanese").
    func countryMentions(_ doc: Document, _ matches: [CurrencyLexicon.Match]) -> [(token: Int, country: String)] {
        var out: [(token: Int, country: String)] = []
        for match in matches {
            let e = currencies.entries[Int(match.entries[0])]
            if e.cls == .country { out.append((match.range.lowerBound, e.country)) }
        }
        for t in doc.tokens.indices where doc.lexHas(t, .demonym) {
            for id in doc.lexEntries(at: t) where lexicon.classes[Int(id)] == .demonym {
                out.append((t, lexicon.firstFields[Int(id)]))
                break
            }
        }
        out.sort { $0.token < $1.token }
        return out
    }

    /// A word several currencies share ("pound") as the currency of the country in context: the
    /// country named nearest in its sentence, else the text's country (`countryHint`), else the
    /// country named last before it in the text, else first after it. A word listed for one
    /// currency only needs no country; one no country settles is left out.
    func resolve(_ match: CurrencyLexicon.Match, countries: [(token: Int, country: String)], _ doc: Document) -> CurrencyLexicon.Entry? {
        let candidates = match.entries.map { currencies.entries[Int($0)] }.filter { $0.cls == .bare }
        if candidates.count == 1 { return candidates[0] }
        func named(_ country: String) -> CurrencyLexicon.Entry? { candidates.first { $0.country == country } }
        let t = match.range.lowerBound
        let sentence = doc.sentences[Int(doc.sentenceOf[t])].range
        // the mentions around `t` (a binary search), read outwards at most `reach` each way
        var lo = 0, hi = countries.count
        while lo < hi { let mid = (lo + hi) / 2; if countries[mid].token < t { lo = mid + 1 } else { hi = mid } }
        let reach = 64
        let before = countries[max(0, lo - reach)..<lo].reversed().filter { named($0.country) != nil }
        let after = countries[lo..<min(countries.count, lo + reach)].filter { named($0.country) != nil }
        let near = [before.first, after.first].compactMap { $0 }.filter { sentence.contains($0.token) }
        if let n = near.min(by: { abs($0.token - t) < abs($1.token - t) }) { return named(n.country) }
        if let hint = countryHint, let e = named(hint) { return e }
        if let b = before.first { return named(b.country) }
        if let a = after.first { return named(a.country) }
        return nil
    }
}
