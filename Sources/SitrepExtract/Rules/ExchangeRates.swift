/// An exchange rate read from a sentence, dated and attributed.
struct ExchangeRate {
    var currency: String
    var base: String
    /// Units of `currency` per one unit of `base`.
    var value: Double
    var market: String?
    var day: Day
    var precision: Int
    var source: (name: String, kind: String)?
    /// The rate phrase, in tokens ("pound traded at 620 to the dollar").
    var range: Range<Int>
    var sentence: Int
}

/// Finds exchange rates quoted in a document's sentences. Three shapes, each a number with a
/// currency and a base (the currency quoted "to the dollar", or the base "buying" the currency):
/// - "620 Syrian pounds to the dollar", "42,000 rials per US dollar", "1,500 pounds = $1";
/// - "the hryvnia weakened to 27.5 against the dollar" (the currency named earlier in the sentence);
/// - "one dollar now buys 1,500 Lebanese pounds", "the dollar rose to 90,000 pounds".
/// A rate quoted the other way ("one dinar is worth 3.3 dollars") is inverted. Counts of money
/// ("5 dollars", "$2 billion in aid"), percentages ("fell 3%"), dates and numbers with no
/// currency and base around them are no rates.
struct ExchangeRateReader {
    let lexicon: Lexicon
    let currencies: CurrencyLexicon
    let actors: ActorLexicon
    let published: Day
    let countryHint: String?

    /// A currency or a base named in the text, its code resolved.
    struct Unit {
        var range: Range<Int>
        var code: String
        var isBase: Bool
        var factor: Double = 1
        /// Names one unit itself ("$1").
        var isOne = false
    }

    /// What the currency lexicon found in a document, indexed by token.
    struct Mentions {
        var units: [Unit] = []
        /// Per token: the unit starting there (-1 when none).
        var unitAt: [Int32]
        /// Per token: the first token of the rate verb ending there ("buys", "rose to"), -1 when none.
        var verbEndingAt: [Int32]
        /// Market words ("black market") with the market they name, in order; per token, the one starting there.
        var markets: [(range: Range<Int>, market: String)] = []
        var marketAt: [Int32]

        /// The nearest unit within `window` tokens before `t` (ending by `t`) or from `t` on, in `range`, that `accepts`.
        func unit(before t: Int, window: Int, in range: Range<Int>, _ accepts: (Unit) -> Bool) -> Unit? {
            var j = t - 1
            while j >= max(range.lowerBound, t - window) {
                if unitAt[j] >= 0, case let u = units[Int(unitAt[j])], u.range.upperBound <= t, accepts(u) { return u }
                j -= 1
            }
            return nil
        }
        func unit(from t: Int, window: Int, in range: Range<Int>, _ accepts: (Unit) -> Bool) -> Unit? {
            var j = max(t, range.lowerBound)
            while j < min(range.upperBound, t + window) {
                if unitAt[j] >= 0, accepts(units[Int(unitAt[j])]) { return units[Int(unitAt[j])] }
                j += 1
            }
            return nil
        }
    }

    /// How far (in tokens) a rate's parts may lie from its number: bounds every look-up, so a long
    /// hostile sentence costs linear time.
    static let window = 24

    /// A rate before it is dated and attributed: its phrase and its number, in tokens.
    private struct Quote {
        var currency: String
        var base: String
        var value: Double
        var range: Range<Int>
    }

    func rates(in doc: Document) -> [ExchangeRate] {
        let matches = currencies.matches(in: doc.tokens)
        guard matches.contains(where: { currencies.entries[Int($0.entries[0])].cls == .base }) || hasDollarOne(doc),
              matches.contains(where: { isCurrency($0) }) else { return [] }
        let m = mentions(doc, matches)
        var out: [ExchangeRate] = []
        let numbers = NumberReader(lexicon: lexicon)
        let dateResolver = DateResolver(lexicon: lexicon, published: published)
        // date mentions per sentence, read when a rate needs them (at most once each)
        var dates: [Int: [DateMention]] = [:]
        func datesOf(_ k: Int) -> [DateMention] {
            if let d = dates[k] { return d }
            let d = doc.sentenceHas(k, .month) || doc.sentenceHas(k, .weekday) || doc.sentenceHas(k, .relday)
                ? dateResolver.mentions(in: doc, range: doc.sentences[k].range) : []
            dates[k] = d
            return d
        }
        for (k, s) in doc.sentences.enumerated() {
            let range = s.range
            // a rate names a currency and a base in one sentence
            var bases = 0, named = 0
            for t in range where m.unitAt[t] >= 0 { if m.units[Int(m.unitAt[t])].isBase { bases += 1 } else { named += 1 } }
            guard bases > 0, named > 0 else { continue }
            var source: (String, String, Range<Int>)?? = nil
            var i = range.lowerBound
            while i < range.upperBound {
                guard let num = numbers.read(doc, at: i, limit: range.upperBound), !num.vague else { i += 1; continue }
                i = num.range.upperBound
                guard isRateNumber(doc, num.range, in: range, dates: datesOf(k)), let q = quote(doc, m, num, range) else { continue }
                let (day, precision) = date(of: q.range, sentence: k, doc, datesOf)
                if source == nil {
                    var found = doc.attributedSource(in: range, lexicon: lexicon, actors: actors)
                    // "the official rate" names a market, not its source ("officials")
                    if let s = found, s.2.contains(where: { m.marketAt[$0] >= 0 }) { found = nil }
                    source = .some(found)
                }
                out.append(ExchangeRate(currency: q.currency, base: q.base, value: q.value, market: market(near: q.range, in: range, m),
                                        day: day, precision: precision, source: source!.map { ($0.0, $0.1) }, range: q.range, sentence: k))
                i = max(i, q.range.upperBound)
            }
        }
        return out
    }

    // MARK: - Date and market

    /// The date the sentence gives nearest before the phrase, else the first after it; else the
    /// last date of the nearest earlier sentence of its paragraph that gives one; else publication.
    private func date(of phrase: Range<Int>, sentence k: Int, _ doc: Document, _ datesOf: (Int) -> [DateMention]) -> (Day, Int) {
        let own = datesOf(k).filter { !$0.isPeriodStart }
        if let d = own.last(where: { $0.range.upperBound <= phrase.lowerBound }) ?? own.first(where: { $0.range.lowerBound >= phrase.upperBound }) {
            return (d.day, d.precision)
        }
        var j = k - 1
        while j >= 0, doc.sentences[j].paragraph == doc.sentences[k].paragraph {
            if let d = datesOf(j).last(where: { !$0.isPeriodStart }) { return (d.day, d.precision) }
            j -= 1
        }
        return (published, 1)
    }

    /// The market word of the sentence that qualifies the phrase: one right after it ("... to the
    /// dollar on the black market"), else the nearest ("On the black market, the pound ...").
    private func market(near phrase: Range<Int>, in range: Range<Int>, _ m: Mentions) -> String? {
        let lo = max(range.lowerBound, phrase.lowerBound - Self.window), hi = min(range.upperBound, phrase.upperBound + Self.window)
        let cues = (lo..<hi).compactMap { m.marketAt[$0] >= 0 ? m.markets[Int(m.marketAt[$0])] : nil }
        if let after = cues.first(where: { $0.range.lowerBound >= phrase.upperBound && $0.range.lowerBound - phrase.upperBound <= 4 }) {
            return after.market
        }
        func distance(_ r: Range<Int>) -> Int {
            r.upperBound <= phrase.lowerBound ? phrase.lowerBound - r.upperBound : max(0, r.lowerBound - phrase.upperBound)
        }
        return cues.min { distance($0.range) < distance($1.range) }?.market
    }

    // MARK: - Shapes

    private func quote(_ doc: Document, _ m: Mentions, _ num: NumberReader.Number, _ range: Range<Int>) -> Quote? {
        // "sank to 580:1", "47:1 vs. the US dollar": a ratio to one, the currency and the base named in the sentence
        if let end = ratioEnd(doc, num.range, range) {
            let w = Self.window, t = num.range.lowerBound
            let after = connector(doc, end, range).flatMap { unitPhrase(doc, m, at: $0, range) }
            guard let base = after?.isBase == true ? after : m.unit(before: t, window: w, in: range, { $0.isBase }),
                  let currency = m.unit(before: t, window: w, in: range, { !$0.isBase }) ?? m.unit(from: end, window: w, in: range, { !$0.isBase })
            else { return nil }
            let lo = min(currency.range.lowerBound, base.range.lowerBound, num.range.lowerBound)
            let hi = max(currency.range.upperBound, base.range.upperBound, end)
            return make(quoted: currency, per: base, num.amount, range: lo..<hi)
        }
        let after = num.range.upperBound < range.upperBound ? unit(m, at: num.range.upperBound) : nil
        // "620 pounds to the dollar": the number's own unit, then the other
        if let first = after, let c = connector(doc, first.range.upperBound, range),
           let second = unitPhrase(doc, m, at: c, range), !(first.isBase && second.isBase) {
            return make(quoted: first, per: second, num.amount, range: num.range.lowerBound..<second.range.upperBound)
        }
        // "the pound traded at 620 to the dollar": a bare number, the currency named before (or soon after)
        if after == nil, let c = connector(doc, num.range.upperBound, range), let base = unitPhrase(doc, m, at: c, range), base.isBase {
            let before = m.unit(before: num.range.lowerBound, window: Self.window, in: range) { !$0.isBase }
            let later = m.unit(from: base.range.upperBound, window: 8, in: range) { !$0.isBase }
            if let currency = before ?? later {
                let lo = min(currency.range.lowerBound, num.range.lowerBound), hi = max(currency.range.upperBound, base.range.upperBound)
                return make(quoted: currency, per: base, num.amount, range: lo..<hi)
            }
        }
        // "one dollar now buys 1,500 pounds": a unit, a rate verb, the number (and its unit)
        let t = num.range.lowerBound
        let verbStart = [t - 1, t - 2].first { $0 >= range.lowerBound && m.verbEndingAt[$0] >= 0 }.map { Int(m.verbEndingAt[$0]) }
        if let verbStart, verbStart >= range.lowerBound, let buyer = unitBefore(doc, m, verbStart, range) {
            let quoted = after ?? (buyer.isBase
                ? m.unit(before: buyer.range.lowerBound, window: Self.window, in: range, { !$0.isBase })
                    ?? m.unit(from: num.range.upperBound, window: Self.window, in: range, { !$0.isBase })
                : nil)
            if let quoted, quoted.isBase != buyer.isBase {
                let hi = max(num.range.upperBound, after?.range.upperBound ?? 0)
                return make(quoted: quoted, per: buyer, num.amount, range: buyer.range.lowerBound..<hi)
            }
        }
        return nil
    }

    /// `amount` of `quoted` buys one `per`: a rate of a currency per base, inverted when quoted the other way.
    private func make(quoted: Unit, per: Unit, _ amount: Double, range: Range<Int>) -> Quote? {
        guard amount > 0, quoted.isBase != per.isBase else { return nil }
        let value = quoted.isBase ? 1 / (amount * quoted.factor) * per.factor : amount * quoted.factor / per.factor
        let currency = quoted.isBase ? per : quoted, base = quoted.isBase ? quoted : per
        return Quote(currency: currency.code, base: base.code, value: value, range: range)
    }

    /// A number that can be a rate: not part of a date, not a percentage, a duration ("48-hour") or
    /// an ordinal, not "a dozen".
    private func isRateNumber(_ doc: Document, _ r: Range<Int>, in range: Range<Int>, dates: [DateMention]) -> Bool {
        if dates.contains(where: { $0.range.overlaps(r) }) { return false }
        let last = doc.tokens[r.upperBound - 1]
        if last.flags.contains(.hyphenNext) { return false }
        guard r.upperBound < range.upperBound else { return true }
        let next = doc.tokens[r.upperBound]
        if next.kind == .punct, next.mark == 0x25 { return false }  // %
        if DateResolver.isWord(doc, r.upperBound, "percent") { return false }
        return true
    }

    /// ":1" right after a number ("580:1"): the token after it, else nil.
    private func ratioEnd(_ doc: Document, _ r: Range<Int>, _ range: Range<Int>) -> Int? {
        let c = r.upperBound
        guard c + 1 < range.upperBound, doc.tokens[c].isPunct(0x3A), doc.tokens[c].start == doc.tokens[c - 1].end,
              doc.tokens[c + 1].kind == .number, doc.tokens[c + 1].value == 1, doc.tokens[c + 1].length == 1,
              doc.tokens[c + 1].start == doc.tokens[c].end else { return nil }
        return c + 2
    }

    /// "to", "per", "against", "for", "versus", "=" at `t`: the token after it, else nil. An article
    /// alone ("1,500 pounds a dollar") reads as "per".
    private func connector(_ doc: Document, _ t: Int, _ range: Range<Int>) -> Int? {
        guard t < range.upperBound else { return nil }
        if doc.tokens[t].isPunct(0x3D) { return t + 1 }
        for w: StaticString in ["to", "per", "against", "for", "versus", "vs"] where DateResolver.isWord(doc, t, w) {
            // "vs. the dollar"
            return t + 1 < range.upperBound && doc.tokens[t + 1].isPunct(0x2E) ? t + 2 : t + 1
        }
        if DateResolver.isWord(doc, t, "a") || DateResolver.isWord(doc, t, "an") { return t }
        return nil
    }

    /// A unit at `t`, after at most a determiner or the number one ("the dollar", "one US dollar",
    /// "each euro", "$1"). A unit of something ("a dollar's worth") is not one.
    private func unitPhrase(_ doc: Document, _ m: Mentions, at t: Int, _ range: Range<Int>) -> Unit? {
        guard t < range.upperBound else { return nil }
        var j = t
        if isDeterminer(doc, j) { j += 1 }
        guard j < range.upperBound, var u = unit(m, at: j), !doc.tokens[u.range.upperBound - 1].flags.contains(.possessive) else { return nil }
        u.range = t..<u.range.upperBound
        return u
    }

    /// The unit phrase ending at most two words before `t` ("one dollar [now] buys"). It names one
    /// unit ("one dollar", "the dollar", "$1", or a headline's "Dollar ..."): "pounds worth 1,500
    /// dollars" is a sum of money, not a rate.
    private func unitBefore(_ doc: Document, _ m: Mentions, _ t: Int, _ range: Range<Int>) -> Unit? {
        guard var u = m.unit(before: t, window: 6, in: range, { t - $0.range.upperBound <= 2 }) else { return nil }
        for g in u.range.upperBound..<t where doc.tokens[g].kind != .word { return nil }
        let p = u.range.lowerBound - 1
        if p >= range.lowerBound, isDeterminer(doc, p) {
            u.range = p..<u.range.upperBound
        } else if !u.isOne, u.range.lowerBound != range.lowerBound {
            return nil
        }
        return u
    }

    private func isDeterminer(_ doc: Document, _ j: Int) -> Bool {
        let t = doc.tokens[j]
        if t.kind == .number { return t.value == 1 && t.length == 1 }
        for w: StaticString in ["the", "a", "an", "one", "each", "every", "single"] where DateResolver.isWord(doc, j, w) { return true }
        return false
    }

    private func unit(_ m: Mentions, at t: Int) -> Unit? {
        m.unitAt[t] >= 0 ? m.units[Int(m.unitAt[t])] : nil
    }
}
