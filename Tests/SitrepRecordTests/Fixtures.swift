import Foundation
import SitrepModel
@testable import SitrepRecord

let day0 = Date(timeIntervalSince1970: 1_462_406_400)

/// Sarmada, Idlib (36.18 N, 36.72 E) and places around it.
enum Place {
    static let sarmada = (name: "Sarmada", admin1: "Idlib", lat: 36.1847, lon: 36.7222)
    /// Kamuna camp, ~3 km from Sarmada.
    static let camp = (name: "Kamuna", admin1: "Idlib", lat: 36.1950, lon: 36.7480)
    /// Idlib city, ~30 km away.
    static let idlib = (name: "Idlib", admin1: "Idlib", lat: 35.9306, lon: 36.6339)
    static let homs = (name: "Homs", admin1: "Homs", lat: 34.7324, lon: 36.7137)
}

func fields(_ sub: String = "Air/drone strike", type: String = "Explosions/Remote violence", date: String = "2016-05-05",
            place: (name: String, admin1: String, lat: Double, lon: Double)? = Place.sarmada, precision: Int = 1,
            actor1: String? = nil, actor2: String? = nil) -> EventFields {
    EventFields(eventType: type, subEventType: sub, date: date, location: place?.name, admin1: place?.admin1,
                country: "Syria", latitude: place?.lat, longitude: place?.lon, geoPrecision: place == nil ? nil : precision,
                actor1: actor1, actor2: actor2)
}

func claim(_ update: String = "u1", position: Int = 0, source: String? = nil, kind: String? = nil, affiliation: String? = nil,
           fields f: EventFields = fields(), killed: Figure = .none, injured: Figure = .none,
           certainty: String = "reported", denial: Bool = false, story: Int64 = 1) -> Claim {
    Claim(storyID: story, updateID: update, revision: 1, position: position, source: source, sourceKind: kind,
          affiliation: affiliation, fields: f, killed: killed, injured: injured, certainty: certainty, denial: denial,
          span: ByteSpan(0, 10), text: "evidence of \(update)")
}

func fig(_ min: Int?, _ max: Int?) -> Figure { Figure(min: min, max: max) }

let planner = RecordPlanner(actor: "extractor:test", now: day0, countries: CountryCodes(["Syria": "SYR"]))

/// Applies a change the way a store would: new incidents get ids "SYR1", "SYR2"...; returns the
/// files after the change.
struct MemoryRecord {
    var files: [String: IncidentFile] = [:]
    var history: [HistoryEntry] = []
    var next = 1

    mutating func apply(_ change: RecordChange) {
        var names: [String: String] = [:]
        for write in change.incidents where write.expectedVersion == nil && write.incident.id.hasPrefix("new:") {
            names[write.incident.id] = "\(write.prefix)\(next)"
            next += 1
        }
        func resolve(_ id: String) -> String { names[id] ?? id }
        for write in change.incidents {
            var incident = write.incident
            incident.id = resolve(incident.id)
            incident.mergedInto = incident.mergedInto.map(resolve)
            incident.version += 1
            let claims = files[incident.id]?.claims ?? []
            files[incident.id] = IncidentFile(incident: incident, claims: claims)
        }
        for var claim in change.claims {
            claim.incidentID = resolve(claim.incidentID)
            for key in files.keys { files[key]!.claims.removeAll { $0.id == claim.id } }
            files[claim.incidentID]!.claims.append(claim)
        }
        for var entry in change.history {
            entry.incidentID = resolve(entry.incidentID)
            entry.newValue = entry.newValue.map(resolve)
            history.append(entry)
        }
    }

    /// Re-reads an update as the keeper does: its existing claims, and every open incident as a candidate.
    mutating func reread(_ update: String, _ claims: [Claim]) {
        let existing = files.values.flatMap(\.claims).filter { $0.updateID == update && !$0.withdrawn }
        let all = files.keys.sorted().map { files[$0]! }
        apply(planner.reread(claims: claims, existing: existing, incidents: all))
    }

    var open: [IncidentFile] {
        files.keys.sorted().map { files[$0]! }.filter { $0.incident.status == .proposed || $0.incident.status == .published }
    }
}

/// "u1.2.0" for "u1.2.0.<fingerprint>": the id without what the claim says.
func short(_ id: String) -> String { id.split(separator: ".").prefix(3).joined(separator: ".") }
func short(_ ids: [String]?) -> [String]? { ids?.map { short($0) } }

extension MemoryRecord {
    /// The full id of the claim whose short id is `id`.
    func claimID(_ id: String) -> String { files.values.flatMap(\.claims).first { short($0.id) == id }?.id ?? id }
}
