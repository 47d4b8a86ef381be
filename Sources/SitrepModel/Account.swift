/// Another source's version of an event, found in the event's own sentences: "activists put the
/// toll at 30" next to state media's 100, or a ministry that "denied its jets were involved".
/// The event's own source is never repeated here. Its JSON form is part of the `sitrep extract`
/// contract (snake_case keys, nulls kept).
public struct Account: Codable, Hashable, Sendable {
    public var source: String
    public var sourceKind: String?
    /// verified, reported, claimed, unverified, disputed.
    public var certainty: String
    /// This source's own killed figure, as the text qualifies it (nil when it gives none).
    public var fatalitiesMin: Int?
    public var fatalitiesMax: Int?
    public var injured: Int?
    /// The source denies the event or its own part in it.
    public var denial: Bool
    /// The clause (or sentence) that carries the account: UTF-8 bytes of the input text.
    public var span: ByteSpan

    enum CodingKeys: String, CodingKey, CaseIterable {
        case source, sourceKind = "source_kind", certainty, fatalitiesMin = "fatalities_min"
        case fatalitiesMax = "fatalities_max", injured, denial, span
    }

    public init(
        source: String, sourceKind: String? = nil, certainty: String = "reported", fatalitiesMin: Int? = nil,
        fatalitiesMax: Int? = nil, injured: Int? = nil, denial: Bool = false, span: ByteSpan
    ) {
        self.source = source
        self.sourceKind = sourceKind
        self.certainty = certainty
        self.fatalitiesMin = fatalitiesMin
        self.fatalitiesMax = fatalitiesMax
        self.injured = injured
        self.denial = denial
        self.span = span
    }

    // Explicit so that unknown fields are written as null, as the event writes its own.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(sourceKind, forKey: .sourceKind)
        try c.encode(certainty, forKey: .certainty)
        try c.encode(fatalitiesMin, forKey: .fatalitiesMin)
        try c.encode(fatalitiesMax, forKey: .fatalitiesMax)
        try c.encode(injured, forKey: .injured)
        try c.encode(denial, forKey: .denial)
        try c.encode(span, forKey: .span)
    }
}
