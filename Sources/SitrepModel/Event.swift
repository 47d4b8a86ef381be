import Foundation

/// A half-open range of UTF-8 byte offsets into an extractor's input text.
public struct ByteSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        start = try container.decode(Int.self)
        end = try container.decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}

/// The evidence of one field: one span (`[start, end]` on the wire) or several (`[[s, e], ...]`).
/// Most fields have exactly one span, kept inline: an event carries a dozen of these, and an array
/// each was a dozen allocations per event.
public struct SpanList: Codable, Hashable, Sendable {
    private var head: ByteSpan?
    private var tail: [ByteSpan] = []

    public var spans: [ByteSpan] {
        get { head.map { [$0] + tail } ?? [] }
        set {
            head = newValue.first
            tail = Array(newValue.dropFirst())
        }
    }

    /// The first span, without building an array.
    public var first: ByteSpan? { head }

    /// How many spans, without building an array.
    public var count: Int { head == nil ? 0 : 1 + tail.count }

    public init(_ spans: [ByteSpan]) { self.spans = spans }

    public init(_ one: ByteSpan) { head = one }

    /// Each span passed through `transform`, in order: no array built for the usual single span.
    public func map(_ transform: (ByteSpan) -> ByteSpan) -> SpanList {
        var out = SpanList()
        out.head = head.map(transform)
        if !tail.isEmpty { out.tail = tail.map(transform) }
        return out
    }

    private init() {}

    public init(from decoder: any Decoder) throws {
        if let one = try? ByteSpan(from: decoder) {
            head = one
        } else {
            spans = try [ByteSpan](from: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if count == 1, let head { try head.encode(to: encoder) } else { try spans.encode(to: encoder) }
    }
}

/// One conflict event found in a text, coded in ACLED's vocabulary.
/// Its JSON form is the `sitrep extract` JSON Lines contract (snake_case keys, nulls kept).
public struct ExtractedEvent: Codable, Hashable, Sendable {
    public var docID: String?
    public var eventType: String
    public var subEventType: String
    /// CAMEO root code ("19" fight, "18" assault, "14" protest...).
    public var cameoRoot: String?
    /// YYYY-MM-DD.
    public var date: String
    /// ACLED time precision: 1 day, 2 week, 3 month.
    public var timePrecision: Int
    public var location: String?
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    /// ACLED geo precision: 1 the place, 2 near / part of it, 3 only the province or region.
    public var geoPrecision: Int?
    public var actor1: String?
    public var actor2: String?
    /// ACLED's conservative figure; 0 when no deaths are reported.
    public var fatalities: Int
    public var fatalitiesMin: Int?
    public var fatalitiesMax: Int?
    public var injured: Int?
    public var civilianTargeting: Bool
    public var source: String?
    public var sourceKind: String?
    /// verified, reported, claimed, unverified, disputed.
    public var certainty: String
    /// The event's own source denies the event or its part in it ("the army denied targeting civilians").
    public var denial: Bool
    /// Other sources' versions of the event (their figures, their denials), in text order; the
    /// event's own source is not among them. `fatalities` is the lowest credible toll over the
    /// event's source and these (ACLED's conservative rule).
    public var accounts: [Account]
    /// In [0, 1].
    public var confidence: Double
    /// The evidence sentences.
    public var text: String
    /// Field name → evidence byte spans into the input text.
    public var spans: [String: SpanList]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case docID = "doc_id", eventType = "event_type", subEventType = "sub_event_type"
        case cameoRoot = "cameo_root", date, timePrecision = "time_precision", location, admin1, country
        case latitude, longitude, geoPrecision = "geo_precision", actor1, actor2, fatalities
        case fatalitiesMin = "fatalities_min", fatalitiesMax = "fatalities_max", injured
        case civilianTargeting = "civilian_targeting", source, sourceKind = "source_kind", certainty
        case denial, accounts, confidence, text, spans
    }

    public init(
        docID: String? = nil, eventType: String, subEventType: String, cameoRoot: String? = nil,
        date: String, timePrecision: Int = 1, location: String? = nil, admin1: String? = nil,
        country: String? = nil, latitude: Double? = nil, longitude: Double? = nil, geoPrecision: Int? = nil,
        actor1: String? = nil, actor2: String? = nil, fatalities: Int = 0, fatalitiesMin: Int? = nil,
        fatalitiesMax: Int? = nil, injured: Int? = nil, civilianTargeting: Bool = false,
        source: String? = nil, sourceKind: String? = nil, certainty: String = "reported",
        denial: Bool = false, accounts: [Account] = [],
        confidence: Double = 0.5, text: String = "", spans: [String: SpanList] = [:]
    ) {
        self.docID = docID
        self.eventType = eventType
        self.subEventType = subEventType
        self.cameoRoot = cameoRoot
        self.date = date
        self.timePrecision = timePrecision
        self.location = location
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.actor1 = actor1
        self.actor2 = actor2
        self.fatalities = fatalities
        self.fatalitiesMin = fatalitiesMin
        self.fatalitiesMax = fatalitiesMax
        self.injured = injured
        self.civilianTargeting = civilianTargeting
        self.source = source
        self.sourceKind = sourceKind
        self.certainty = certainty
        self.denial = denial
        self.accounts = accounts
        self.confidence = confidence
        self.text = text
        self.spans = spans
    }

    // Explicit so that events written before `denial` and `accounts` existed (stored proposals)
    // still decode: both default to none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docID = try c.decodeIfPresent(String.self, forKey: .docID)
        eventType = try c.decode(String.self, forKey: .eventType)
        subEventType = try c.decode(String.self, forKey: .subEventType)
        cameoRoot = try c.decodeIfPresent(String.self, forKey: .cameoRoot)
        date = try c.decode(String.self, forKey: .date)
        timePrecision = try c.decode(Int.self, forKey: .timePrecision)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        admin1 = try c.decodeIfPresent(String.self, forKey: .admin1)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        latitude = try c.decodeIfPresent(Double.self, forKey: .latitude)
        longitude = try c.decodeIfPresent(Double.self, forKey: .longitude)
        geoPrecision = try c.decodeIfPresent(Int.self, forKey: .geoPrecision)
        actor1 = try c.decodeIfPresent(String.self, forKey: .actor1)
        actor2 = try c.decodeIfPresent(String.self, forKey: .actor2)
        fatalities = try c.decode(Int.self, forKey: .fatalities)
        fatalitiesMin = try c.decodeIfPresent(Int.self, forKey: .fatalitiesMin)
        fatalitiesMax = try c.decodeIfPresent(Int.self, forKey: .fatalitiesMax)
        injured = try c.decodeIfPresent(Int.self, forKey: .injured)
        civilianTargeting = try c.decode(Bool.self, forKey: .civilianTargeting)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        sourceKind = try c.decodeIfPresent(String.self, forKey: .sourceKind)
        certainty = try c.decode(String.self, forKey: .certainty)
        denial = try c.decodeIfPresent(Bool.self, forKey: .denial) ?? false
        accounts = try c.decodeIfPresent([Account].self, forKey: .accounts) ?? []
        confidence = try c.decode(Double.self, forKey: .confidence)
        text = try c.decode(String.self, forKey: .text)
        spans = try c.decode([String: SpanList].self, forKey: .spans)
    }

    // Explicit so that unknown fields are written as null: the CLI contract lists every key.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(docID, forKey: .docID)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(subEventType, forKey: .subEventType)
        try c.encode(cameoRoot, forKey: .cameoRoot)
        try c.encode(date, forKey: .date)
        try c.encode(timePrecision, forKey: .timePrecision)
        try c.encode(location, forKey: .location)
        try c.encode(admin1, forKey: .admin1)
        try c.encode(country, forKey: .country)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(geoPrecision, forKey: .geoPrecision)
        try c.encode(actor1, forKey: .actor1)
        try c.encode(actor2, forKey: .actor2)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(fatalitiesMin, forKey: .fatalitiesMin)
        try c.encode(fatalitiesMax, forKey: .fatalitiesMax)
        try c.encode(injured, forKey: .injured)
        try c.encode(civilianTargeting, forKey: .civilianTargeting)
        try c.encode(source, forKey: .source)
        try c.encode(sourceKind, forKey: .sourceKind)
        try c.encode(certainty, forKey: .certainty)
        try c.encode(denial, forKey: .denial)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(text, forKey: .text)
        try c.encode(spans, forKey: .spans)
    }

    /// The one-line desk rendering: "Air/drone strike · Sarmada, Idlib · 30+ killed · Local Coordination Committees, verified".
    public var summary: String {
        var parts = [subEventType == "Other" ? eventType : subEventType]
        if let location {
            if let admin1, admin1 != location { parts.append("\(location), \(admin1)") } else { parts.append(location) }
        } else if let country {
            parts.append(country)
        }
        if fatalities > 0 {
            let more = (fatalitiesMin ?? fatalities) > fatalities
            parts.append("\(fatalities)\(more ? "+" : "") killed")
        }
        if let injured, injured > 0 { parts.append("\(injured) injured") }
        if let source { parts.append("\(source), \(certainty)") } else { parts.append(certainty) }
        return parts.joined(separator: " · ")
    }
}
