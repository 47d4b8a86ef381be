import Foundation

// MARK: - Claims

/// What a claim says happened: the event fields in `sitrep extract`'s vocabulary.
public struct EventFields: Codable, Hashable, Sendable {
    public var eventType: String
    public var subEventType: String
    public var date: String
    public var timePrecision: Int
    public var location: String?
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: Int?
    public var actor1: String?
    public var actor2: String?
    public var civilianTargeting: Bool

    public init(eventType: String, subEventType: String, date: String, timePrecision: Int = 1,
                location: String? = nil, admin1: String? = nil, country: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, geoPrecision: Int? = nil,
                actor1: String? = nil, actor2: String? = nil, civilianTargeting: Bool = false) {
        self.eventType = eventType
        self.subEventType = subEventType
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
        self.civilianTargeting = civilianTargeting
    }

    /// The names of the fields, as the API and the history write them.
    public static let names = [
        "event_type", "sub_event_type", "date", "time_precision", "location", "admin1", "country",
        "latitude", "longitude", "geo_precision", "actor1", "actor2", "civilian_targeting",
    ]

    /// A field's value as text (nil when unset), for history and corrections.
    public func value(of name: String) -> String? {
        switch name {
        case "event_type": eventType
        case "sub_event_type": subEventType
        case "date": date
        case "time_precision": String(timePrecision)
        case "location": location
        case "admin1": admin1
        case "country": country
        case "latitude": latitude.map { String($0) }
        case "longitude": longitude.map { String($0) }
        case "geo_precision": geoPrecision.map(String.init)
        case "actor1": actor1
        case "actor2": actor2
        case "civilian_targeting": civilianTargeting ? "true" : "false"
        default: nil
        }
    }
}

/// A figure as a source gives it, bounds as the extractor reads the qualifier: "more than 30" is
/// min 31, max nil; "up to 300" is min nil, max 300; "8" is 8 and 8.
public struct Figure: Codable, Hashable, Sendable {
    public var min: Int?
    public var max: Int?

    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }

    public static let none = Figure(min: nil, max: nil)
    public var isEmpty: Bool { min == nil && max == nil }

    /// "8", "more than 30", "up to 300", "30–100".
    public var text: String? {
        switch (min, max) {
        case let (lo?, hi?) where lo == hi: String(lo)
        case let (lo?, hi?): "\(lo)–\(hi)"
        case let (lo?, nil): "more than \(lo)"
        case let (nil, hi?): "up to \(hi)"
        case (nil, nil): nil
        }
    }
}

/// One source asserting one thing about one happening, read from one revision of one update.
public struct Claim: Codable, Hashable, Sendable, Identifiable {
    /// "<update id>.<revision>.<position>.<fingerprint of what it says>": stable, known before
    /// the claim is stored, and different whenever the claim says something else (a re-read of
    /// the same revision by a newer extractor never overwrites the claim it replaces).
    public var id: String
    public var incidentID: String
    public var storyID: Int64
    public var updateID: String
    public var revision: Int
    /// Order of the claim in its update's extraction.
    public var position: Int
    public var source: String?
    public var sourceKind: String?
    public var affiliation: String?
    public var fields: EventFields
    public var killed: Figure
    public var injured: Figure
    public var certainty: String
    /// The source denies the event or its own part in it.
    public var denial: Bool
    /// Evidence: bytes of the revision's text (headline, a blank line, then the body), the
    /// whole claim and field by field (`event_type`, `location`, `fatalities`, `source`...).
    public var span: ByteSpan
    public var fieldSpans: [String: [ByteSpan]]
    /// The evidence sentences.
    public var text: String
    /// Withdrawn when its update was deleted or re-read without it; kept for history.
    public var withdrawn: Bool
    public var createdAt: Date

    public init(incidentID: String = "", storyID: Int64, updateID: String, revision: Int, position: Int,
                source: String?, sourceKind: String?, affiliation: String? = nil, fields: EventFields,
                killed: Figure = .none, injured: Figure = .none, certainty: String = "reported",
                denial: Bool = false, span: ByteSpan, fieldSpans: [String: [ByteSpan]] = [:], text: String, withdrawn: Bool = false,
                createdAt: Date = Date(timeIntervalSince1970: 0)) {
        self.id = ""
        self.incidentID = incidentID
        self.storyID = storyID
        self.updateID = updateID
        self.revision = revision
        self.position = position
        self.source = source
        self.sourceKind = sourceKind
        self.affiliation = affiliation
        self.fields = fields
        self.killed = killed
        self.injured = injured
        self.certainty = certainty
        self.denial = denial
        self.span = span
        self.fieldSpans = fieldSpans
        self.text = text
        self.withdrawn = withdrawn
        self.createdAt = createdAt
        self.id = "\(updateID).\(revision).\(position).\(fingerprint)"
    }

    /// 32 bits of FNV-1a over everything `says(sameAs:)` compares, as 8 hex digits.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x1f) &* 0x0000_0100_0000_01b3
        }
        mix(source ?? "")
        for name in EventFields.names { mix(fields.value(of: name) ?? "") }
        for n in [killed.min, killed.max, injured.min, injured.max] { mix(n.map(String.init) ?? "") }
        mix(certainty)
        mix(denial ? "1" : "0")
        mix(text)
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        return String(folded, radix: 16).leftPadded(to: 8)
    }

    /// A story's original entry is read into the record like an update with this id.
    public static func entryID(storyID: Int64) -> String { "entry-\(storyID)" }

    /// Read from the story's original entry, not from an update.
    public var isFromEntry: Bool { updateID.hasPrefix("entry-") }

    /// The same assertion (what re-reading an edited update compares): everything but ids,
    /// revision and time.
    public func says(sameAs other: Claim) -> Bool {
        source == other.source && fields == other.fields && killed == other.killed && injured == other.injured
            && certainty == other.certainty && denial == other.denial && text == other.text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
