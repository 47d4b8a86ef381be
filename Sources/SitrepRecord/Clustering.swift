import Foundation
import SitrepModel

/// Which claims can be about the same happening. Each rule is one small function; `compatible`
/// is their conjunction and `bestIncident` picks among the compatible ones.
public enum Clustering {
    // MARK: - Type

    /// Event types that can describe one happening: "a shelling claim and an airstrike claim
    /// about one attack can be one incident; a protest and an airstrike cannot." Political
    /// violence (battles, explosions/remote violence, violence against civilians) is one family,
    /// demonstrations (protests, riots) another; strategic developments only match themselves.
    public static func family(_ eventType: String) -> String {
        switch eventType {
        case "Battles", "Explosions/Remote violence", "Violence against civilians": "violence"
        case "Protests", "Riots": "demonstrations"
        default: eventType
        }
    }

    public static func typesCompatible(_ a: EventFields, _ b: EventFields) -> Bool {
        family(a.eventType) == family(b.eventType)
    }

    // MARK: - Day

    /// ACLED: "events are atomic per day": a multi-day campaign is several incidents. Claims of
    /// the same day only; a week- or month-precise claim joins an incident of its first day.
    public static func sameDay(_ a: EventFields, _ b: EventFields) -> Bool {
        a.date == b.date
    }

    // MARK: - Place

    /// How far apart two readings of one place may be, by the coarser geo precision: the same
    /// town or within 10 km for two precise places (precision 1), 25 km when one is only "near"
    /// or part of a place (2). A province-level claim (3, or no coordinates) attaches to anything
    /// in its province.
    public static func radiusKm(_ a: Int?, _ b: Int?) -> Double? {
        switch Swift.max(a ?? 3, b ?? 3) {
        case 1: 10
        case 2: 25
        default: nil
        }
    }

    public static func placesCompatible(_ a: EventFields, _ b: EventFields) -> Bool {
        if let ca = a.country, let cb = b.country, ca != cb { return false }
        if let la = a.latitude, let oa = a.longitude, let lb = b.latitude, let ob = b.longitude,
           let radius = radiusKm(a.geoPrecision, b.geoPrecision) {
            return distanceKm(la, oa, lb, ob) <= radius
        }
        // one side knows only the province (or nothing below the country)
        if let pa = a.admin1, let pb = b.admin1 { return pa == pb }
        return a.country != nil && a.country == b.country
    }

    /// Great-circle distance (haversine, mean Earth radius 6,371 km).
    public static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = Double.pi / 180
        let dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371 * asin(Swift.min(1, h.squareRoot()))
    }

    // MARK: - Actors

    /// Claims may disagree on who did it (that makes an incident contested, not two incidents),
    /// so actors keep claims apart only when both name both sides and share no one. An
    /// "Unidentified ..." actor names no one.
    public static func actorsCompatible(_ a: EventFields, _ b: EventFields) -> Bool {
        func named(_ actor: String?) -> String? { actor.flatMap { $0.hasPrefix("Unidentified") ? nil : $0 } }
        guard let a1 = named(a.actor1), let a2 = named(a.actor2), let b1 = named(b.actor1), let b2 = named(b.actor2) else { return true }
        return Set([a1, a2]).isDisjoint(with: [b1, b2]) == false
    }

    // MARK: - Together

    /// A denial is about a happening someone else reported: its actors are the ones it denies,
    /// so they do not keep it apart (`denial: true` skips the actor rule).
    public static func compatible(_ claim: EventFields, _ incident: EventFields, denial: Bool = false) -> Bool {
        sameDay(claim, incident) && typesCompatible(claim, incident) && placesCompatible(claim, incident)
            && (denial || actorsCompatible(claim, incident))
    }

    /// The incident a new claim belongs to: the nearest compatible one (by distance when both
    /// have coordinates; a province-level match counts as far), then the one with more claims,
    /// then the older id. Rejected and merged incidents take no new claims.
    public static func bestIncident(for claim: EventFields, denial: Bool = false,
                                    among candidates: [(incident: Incident, claims: Int)]) -> Incident? {
        var best: (Incident, Double, Int)? = nil
        for (incident, count) in candidates where incident.status == .proposed || incident.status == .published {
            guard compatible(claim, incident.fields, denial: denial) else { continue }
            let d = distance(claim, incident.fields)
            if let b = best, (b.1, -b.2, b.0.createdAt) <= (d, -count, incident.createdAt) { continue }
            best = (incident, d, count)
        }
        return best?.0
    }

    static func distance(_ a: EventFields, _ b: EventFields) -> Double {
        if let la = a.latitude, let oa = a.longitude, let lb = b.latitude, let ob = b.longitude,
           radiusKm(a.geoPrecision, b.geoPrecision) != nil {
            return distanceKm(la, oa, lb, ob)
        }
        return 1_000
    }
}
