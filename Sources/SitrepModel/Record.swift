import Foundation

// The record: claims (one source asserting one thing about one happening), incidents (the
// happening, with fields derived from its claims) and their history. Value types only; the rules
// that derive one from the other live in SitrepRecord, persistence in SitrepStore.

/// Airwars' grading scale for how well an incident is established.
public enum Grade: String, Codable, Sendable, CaseIterable, Comparable {
    case confirmed, fair, weak, contested, discounted

    /// Strongest first: the order a reader scans a list in.
    public static func < (a: Grade, b: Grade) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where an incident stands in review. `merged` is a tombstone: the incident lives on in `mergedInto`.
public enum IncidentStatus: String, Codable, Sendable, CaseIterable {
    case proposed, published, rejected, merged
}

// MARK: - Sources

/// A source in the registry: who speaks, what kind of voice it is and whose side it leans to.
public struct SourceInfo: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var aliases: [String]
    /// state_media, state_official, pro_government, opposition, monitor, international, wire,
    /// local (activists), armed_group, social_media, own_reporting, party.
    public var kind: String
    /// regime, opposition, kurdish, russian_state, turkish_state, islamic_state, coalition,
    /// independent ... ; empty when unknown.
    public var affiliation: String
    public var note: String
    /// Created because a claim named it; an admin has not classified it yet.
    public var draft: Bool
    public var updatedAt: Date

    public init(id: Int64 = 0, name: String, aliases: [String] = [], kind: String, affiliation: String = "",
                note: String = "", draft: Bool = false, updatedAt: Date = Date(timeIntervalSince1970: 0)) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.affiliation = affiliation
        self.note = note
        self.draft = draft
        self.updatedAt = updatedAt
    }

    public static let kinds = [
        "state_media", "state_official", "pro_government", "opposition", "monitor", "international",
        "wire", "local", "armed_group", "social_media", "own_reporting", "party",
    ]
}
