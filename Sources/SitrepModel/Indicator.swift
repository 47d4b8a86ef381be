/// An exchange rate quoted in a text ("the Syrian pound traded at 620 to the dollar"): how many
/// units of `currency` one unit of `base` buys. Its JSON form uses snake_case keys, nulls kept,
/// like `ExtractedEvent`.
public struct Indicator: Codable, Hashable, Sendable {
    public var docID: String?
    /// "SYP per USD".
    public var name: String
    /// ISO 4217 code of the quoted currency ("SYP").
    public var currency: String
    /// ISO 4217 code of the currency it is quoted against ("USD", "EUR").
    public var base: String
    /// Units of `currency` per one unit of `base` (a rate quoted the other way round, "one dinar
    /// buys 3.3 dollars", is inverted).
    public var value: Double
    /// "official" or "unofficial" (black, parallel or street market) when the sentence says; nil otherwise.
    public var market: String?
    /// YYYY-MM-DD: the date the text gives the rate, else the publication day.
    public var date: String
    /// ACLED time precision of `date`: 1 day, 2 week, 3 month.
    public var timePrecision: Int
    public var source: String?
    public var sourceKind: String?
    /// The sentence the rate was read from (only the rate phrase when the sentence is very long).
    public var text: String
    /// UTF-8 byte range of the rate phrase in the input text ("pound traded at 620 to the dollar").
    public var span: ByteSpan

    enum CodingKeys: String, CodingKey, CaseIterable {
        case docID = "doc_id", name, currency, base, value, market, date, timePrecision = "time_precision"
        case source, sourceKind = "source_kind", text, span
    }

    public init(
        docID: String? = nil, currency: String, base: String, value: Double, market: String? = nil,
        date: String, timePrecision: Int = 1, source: String? = nil, sourceKind: String? = nil,
        text: String = "", span: ByteSpan
    ) {
        self.docID = docID
        name = "\(currency) per \(base)"
        self.currency = currency
        self.base = base
        self.value = value
        self.market = market
        self.date = date
        self.timePrecision = timePrecision
        self.source = source
        self.sourceKind = sourceKind
        self.text = text
        self.span = span
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docID = try c.decodeIfPresent(String.self, forKey: .docID)
        name = try c.decode(String.self, forKey: .name)
        currency = try c.decode(String.self, forKey: .currency)
        base = try c.decode(String.self, forKey: .base)
        value = try c.decode(Double.self, forKey: .value)
        market = try c.decodeIfPresent(String.self, forKey: .market)
        date = try c.decode(String.self, forKey: .date)
        timePrecision = try c.decodeIfPresent(Int.self, forKey: .timePrecision) ?? 1
        source = try c.decodeIfPresent(String.self, forKey: .source)
        sourceKind = try c.decodeIfPresent(String.self, forKey: .sourceKind)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        span = try c.decode(ByteSpan.self, forKey: .span)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // nulls kept, as in the events' JSON Lines
        try c.encode(docID, forKey: .docID)
        try c.encode(name, forKey: .name)
        try c.encode(currency, forKey: .currency)
        try c.encode(base, forKey: .base)
        try c.encode(value, forKey: .value)
        try c.encode(market, forKey: .market)
        try c.encode(date, forKey: .date)
        try c.encode(timePrecision, forKey: .timePrecision)
        try c.encode(source, forKey: .source)
        try c.encode(sourceKind, forKey: .sourceKind)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
    }
}
