import Foundation
import SitrepModel

/// An incident's fields from its claims. Denials and withdrawn claims do not say where or what
/// happened, so they are left out; a reviewer's correction wins over every claim.
public enum FieldRules {
    /// Sub-event types in the order that decides a tie between claims (most claims first): the
    /// means of attack a source names most specifically comes first, as ACLED codes the event by
    /// its most specific form of violence (an air strike in a battle is coded as the strike).
    public static let precedence = [
        "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade", "Chemical weapon", "Armed clash", "Government regains territory",
        "Non-state actor overtakes territory", "Attack", "Abduction/forced disappearance", "Sexual violence",
        "Mob violence", "Violent demonstration", "Excessive force against protesters",
        "Protest with intervention", "Peaceful protest",
    ]

    /// The incident's fields and, per field, the ids of the claims it came from.
    public static func derive(_ claims: [Claim], corrections: [String: String] = [:], fallback: EventFields)
        -> (EventFields, [String: [String]])
    {
        let speaking = claims.filter { !$0.withdrawn && !$0.denial }
        let pool = speaking.isEmpty ? claims.filter { !$0.withdrawn } : speaking
        guard !pool.isEmpty else { return (apply(corrections, to: fallback), [:]) }
        var fields = pool[0].fields
        var from: [String: [String]] = [:]

        // Type: the sub-type most claims give; ties by `precedence`, then the first claim.
        let subType = vote(pool, { $0.fields.subEventType }, tieBreak: { rank($0) })
        fields.subEventType = subType.value
        fields.eventType = pool.first { $0.fields.subEventType == subType.value }!.fields.eventType
        from["event_type"] = subType.ids
        from["sub_event_type"] = subType.ids

        // Date: the most precise, then the earliest.
        let dated = pool.min { ($0.fields.timePrecision, $0.fields.date) < ($1.fields.timePrecision, $1.fields.date) }!
        fields.date = dated.fields.date
        fields.timePrecision = dated.fields.timePrecision
        from["date"] = pool.filter { $0.fields.date == dated.fields.date }.map(\.id)

        // Place: the most specific (lowest geo precision, coordinates before none), then the
        // place most claims name, then the first.
        let bestPrecision = pool.map { placeRank($0.fields) }.min()!
        let precise = pool.filter { placeRank($0.fields) == bestPrecision }
        let place = vote(precise, { $0.fields.location ?? $0.fields.admin1 ?? $0.fields.country ?? "" }, tieBreak: { _ in 0 })
        let chosen = precise.first { ($0.fields.location ?? $0.fields.admin1 ?? $0.fields.country ?? "") == place.value }!.fields
        fields.location = chosen.location
        fields.admin1 = chosen.admin1
        fields.country = chosen.country ?? pool.lazy.compactMap(\.fields.country).first
        fields.latitude = chosen.latitude
        fields.longitude = chosen.longitude
        fields.geoPrecision = chosen.geoPrecision
        for name in ["location", "admin1", "latitude", "longitude", "geo_precision"] { from[name] = place.ids }
        from["country"] = pool.filter { $0.fields.country == fields.country }.map(\.id)

        // Actors: the actor most claims name (claims naming none do not vote).
        let a1 = vote(pool.filter { $0.fields.actor1 != nil }, { $0.fields.actor1! }, tieBreak: { _ in 0 })
        fields.actor1 = a1.value.isEmpty ? nil : a1.value
        from["actor1"] = a1.ids
        let a2 = vote(pool.filter { $0.fields.actor2 != nil }, { $0.fields.actor2! }, tieBreak: { _ in 0 })
        fields.actor2 = a2.value.isEmpty ? nil : a2.value
        from["actor2"] = a2.ids

        // Civilian targeting: when most claims say civilians were the target.
        let civilian = pool.filter(\.fields.civilianTargeting)
        fields.civilianTargeting = civilian.count * 2 > pool.count
        from["civilian_targeting"] = (fields.civilianTargeting ? civilian : pool.filter { !$0.fields.civilianTargeting }).map(\.id)

        for name in corrections.keys { from[name] = [] }
        return (apply(corrections, to: fields), from.filter { !$0.value.isEmpty || corrections[$0.key] != nil })
    }

    /// Lower is more specific: a place with coordinates at its precision, then province, then country.
    static func placeRank(_ f: EventFields) -> Int {
        if f.latitude != nil, f.longitude != nil { return f.geoPrecision ?? 3 }
        if f.admin1 != nil { return 4 }
        return f.country != nil ? 5 : 6
    }

    static func rank(_ subType: String) -> Int { precedence.firstIndex(of: subType) ?? precedence.count }

    /// The value most claims give; ties by `tieBreak` (lower first), then first appearance.
    static func vote(_ claims: [Claim], _ value: (Claim) -> String, tieBreak: (String) -> Int) -> (value: String, ids: [String]) {
        var order: [String] = []
        var ids: [String: [String]] = [:]
        for claim in claims {
            let v = value(claim)
            if ids[v] == nil { order.append(v) }
            ids[v, default: []].append(claim.id)
        }
        guard let first = order.first else { return ("", []) }
        var best = first
        for v in order.dropFirst() {
            let (n, m) = (ids[v]!.count, ids[best]!.count)
            if n > m || (n == m && tieBreak(v) < tieBreak(best)) { best = v }
        }
        return (best, ids[best]!)
    }

    // MARK: - Corrections

    /// The fields a reviewer may correct, with a check of each value; nil when the value is fine.
    public static func problem(field: String, value: String) -> String? {
        switch field {
        case "event_type", "sub_event_type", "location", "admin1", "country", "actor1", "actor2":
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if field == "event_type" || field == "sub_event_type" || field == "country" {
                if trimmed.isEmpty { return "must not be empty" }
            }
            return trimmed.count > 200 ? "must be at most 200 characters" : nil
        case "date":
            return isDate(value) ? nil : "must be a date as YYYY-MM-DD"
        case "time_precision":
            return ["1", "2", "3"].contains(value) ? nil : "must be 1 (day), 2 (week) or 3 (month)"
        case "geo_precision":
            return ["1", "2", "3"].contains(value) ? nil : "must be 1, 2 or 3"
        case "latitude":
            return Double(value).map { abs($0) <= 90 } == true ? nil : "must be a number from -90 to 90"
        case "longitude":
            return Double(value).map { abs($0) <= 180 } == true ? nil : "must be a number from -180 to 180"
        case "civilian_targeting":
            return value == "true" || value == "false" ? nil : "must be true or false"
        default:
            return "is not a field of an incident"
        }
    }

    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1900...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    /// `fields` with the corrections applied (values already checked by `problem`).
    public static func apply(_ corrections: [String: String], to fields: EventFields) -> EventFields {
        var f = fields
        for (name, value) in corrections {
            let v: String? = value.isEmpty ? nil : value
            switch name {
            case "event_type": f.eventType = value
            case "sub_event_type": f.subEventType = value
            case "date": f.date = value
            case "time_precision": f.timePrecision = Int(value) ?? f.timePrecision
            case "location": f.location = v
            case "admin1": f.admin1 = v
            case "country": f.country = v
            case "latitude": f.latitude = v.flatMap(Double.init)
            case "longitude": f.longitude = v.flatMap(Double.init)
            case "geo_precision": f.geoPrecision = v.flatMap(Int.init)
            case "actor1": f.actor1 = v
            case "actor2": f.actor2 = v
            case "civilian_targeting": f.civilianTargeting = value == "true"
            default: break
            }
        }
        return f
    }
}
