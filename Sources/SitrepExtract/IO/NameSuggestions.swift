import Foundation

/// Place and actor names by prefix, for the review desk's correction form: the gazetteer's
/// places (with province, country and coordinates) and the actor list's canonical names.
/// Built once from the bundled resources; a look-up is a binary search over folded names.
public final class NameSuggestions: Sendable {
    public struct Entry: Sendable {
        public var label: String
        public var fields: [String: String]
        let key: String
        let rank: Int
    }

    let places: [Entry]
    let actors: [Entry]

    init(gazetteer: String, actors actorText: String) {
        var places: [Entry] = []
        for line in gazetteer.split(separator: "\n") where !line.hasPrefix("#") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard c.count >= 9 else { continue }
            let (name, kind, admin1, country) = (String(c[1]), String(c[2]), String(c[3]), String(c[4]))
            let label = [name, admin1 == name ? "" : admin1, country].filter { !$0.isEmpty }.joined(separator: ", ")
            let precision = kind == "province" || kind == "country" ? "3" : "1"
            places.append(Entry(label: label, fields: ["location": name, "admin1": admin1, "country": country, "latitude": String(c[6]),
                                                       "longitude": String(c[7]), "geo_precision": precision],
                                key: NameSuggestions.fold(name), rank: -(Int(c[8]) ?? 0)))
        }
        var actors: [Entry] = []
        var seen = Set<String>()
        for line in actorText.split(separator: "\n") where !line.hasPrefix("#") {
            let c = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let name = c.first.map(String.init), !name.isEmpty, seen.insert(name).inserted else { continue }
            actors.append(Entry(label: name, fields: [:], key: NameSuggestions.fold(name), rank: 0))
        }
        self.places = places.sorted { ($0.key, $0.rank) < ($1.key, $1.rank) }
        self.actors = actors.sorted { $0.key < $1.key }
    }

    /// The bundled gazetteer and actor list.
    public static func bundled() throws -> NameSuggestions {
        func text(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "tsv") else {
                throw ExtractError(code: .missingResource, message: "The bundled resource \(name).tsv is missing.")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return NameSuggestions(gazetteer: try text("gazetteer"), actors: try text("actors"))
    }

    /// Every gazetteer place (kind "place"), most populous first, or every actor (kind "actor").
    public func all(kind: String) -> [Entry] { kind == "place" ? places.sorted { $0.rank < $1.rank } : actors }

    /// Up to `limit` names starting with `prefix` (case and accents ignored): places most
    /// populous first among equal names, actors alphabetically. Actors also match inside the
    /// name ("Russia" finds "Military Forces of Russia").
    public func find(kind: String, prefix: String, limit: Int) -> [Entry] {
        let key = NameSuggestions.fold(prefix)
        guard !key.isEmpty else { return [] }
        let list = kind == "place" ? places : actors
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        var found: [Entry] = []
        var i = lo
        while i < list.count, found.count < limit * 4, list[i].key.hasPrefix(key) { found.append(list[i]); i += 1 }
        if kind == "place" { found.sort { $0.rank < $1.rank } }
        if kind == "actor", found.count < limit {
            for entry in list where found.count < limit && entry.key.contains(key) && !entry.key.hasPrefix(key) { found.append(entry) }
        }
        return Array(found.prefix(limit))
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
