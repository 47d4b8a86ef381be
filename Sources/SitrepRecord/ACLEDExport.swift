import Foundation
import SitrepModel

/// Incidents as rows of ACLED's export: its 31 columns in its order, with its conventions.
public struct ACLEDExport: Sendable {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    public var countries: CountryCodes
    /// Inter codes of the actor list by canonical name (`Extractor.actorInterCodes`).
    public var interCodes: [String: Int]

    public init(countries: CountryCodes = .bundled, interCodes: [String: Int]) {
        self.countries = countries
        self.interCodes = interCodes
    }

    /// The header line, CRLF-terminated (RFC 4180).
    public static var header: String { line(columns) }

    /// One incident's row.
    public func row(_ file: IncidentFile) -> [String] {
        let i = file.incident
        return row(IncidentRow(id: i.id, status: i.status, fields: i.fields, fatalities: i.figures.fatalities, grade: i.effectiveGrade,
                               updatedAt: i.updatedAt, digest: nil), digest: Self.digest(i, file.activeClaims))
    }

    /// One incident's row from its columns and digest (what the store keeps beside it; the
    /// export of a big record reads only these).
    public func row(_ r: IncidentRow, digest: IncidentDigest) -> [String] {
        let f = r.fields
        let inter1 = inter(f.actor1), inter2 = inter(f.actor2)
        return [
            r.id, f.date, String(f.date.prefix(4)), String(f.timePrecision), Self.disorderType(f), f.eventType, f.subEventType,
            f.actor1 ?? "", "", inter1.map(String.init) ?? "", f.actor2 ?? "", "", inter2.map(String.init) ?? "",
            Self.interaction(inter1, inter2).map(String.init) ?? "", f.civilianTargeting ? "Civilian targeting" : "",
            countries.numeric(for: f.country).map(String.init) ?? "", countries.region(for: f.country) ?? "",
            f.country ?? "", f.admin1 ?? "", "", "", f.location ?? "",
            f.latitude.map(Self.fixed4) ?? "", f.longitude.map(Self.fixed4) ?? "",
            f.geoPrecision.map(String.init) ?? "", digest.sources, digest.sourceScale,
            digest.notes, String(r.fatalities),
            "sitrep grade=\(r.grade.rawValue); status=\(r.status.rawValue)",
            String(Int64(r.updatedAt.timeIntervalSince1970)),
        ]
    }

    /// What the row says of the incident's active claims: their sources in order of first
    /// appearance ("SANA; SOHR"), their scale, and the notes.
    public static func digest(_ incident: Incident, _ activeClaims: [Claim]) -> IncidentDigest {
        var sources: [String] = []
        for claim in activeClaims { if let s = claim.source, !sources.contains(s) { sources.append(s) } }
        return IncidentDigest(sources: sources.joined(separator: "; "), sourceScale: sourceScale(activeClaims),
                              notes: notes(incident, activeClaims))
    }

    /// A coordinate with four decimals (about 11 m), as "%.4f" writes it but without Foundation's
    /// formatter, which costs more than the rest of a row.
    static func fixed4(_ value: Double) -> String {
        let scaled = Int64((value * 10_000).rounded())
        let magnitude = scaled.magnitude
        let fraction = String(magnitude % 10_000)
        return (scaled < 0 ? "-" : "") + String(magnitude / 10_000) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// ACLED's inter code: the actor list's, else by the conventional names of stand-in actors.
    public func inter(_ actor: String?) -> Int? {
        guard let actor else { return nil }
        if let code = interCodes[actor] { return code }
        let base = actor.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? actor
        if let code = interCodes[base] { return code }
        for (prefix, code) in [("Military Forces of", 1), ("Police Forces of", 1), ("Government of", 1), ("Unidentified Armed Group", 3),
                               ("Rioters", 5), ("Protesters", 6), ("Civilians", 7)] where actor.hasPrefix(prefix) {
            return code
        }
        return nil
    }

    /// ACLED: the two inter codes as one number, the smaller first ("17": state forces and civilians);
    /// a one-sided event is the code times ten.
    static func interaction(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return nil }
        guard let b, b > 0 else { return a * 10 }
        return min(a, b) * 10 + max(a, b)
    }

    /// ACLED's disorder type: political violence, demonstrations, or strategic developments;
    /// violence against demonstrators and mob violence are both of the first two.
    static func disorderType(_ f: EventFields) -> String {
        if f.subEventType == "Excessive force against protesters" || f.subEventType == "Mob violence" {
            return "Political violence; Demonstrations"
        }
        switch f.eventType {
        case "Protests", "Riots": return "Demonstrations"
        case "Strategic developments": return "Strategic developments"
        default: return "Political violence"
        }
    }

    /// Notes written from the claims: what happened, then each source's figure and grade.
    static func notes(_ i: Incident, _ claims: [Claim]) -> String {
        var parts = ["On \(i.fields.date), \(i.summaryPhrase)."]
        let figures = FigureRules.sideBySide(claims).map { row in
            "\(row.source): " + (row.denial ? "denies it" : row.killed.text.map { "\($0) killed" } ?? "no toll")
        }
        if !figures.isEmpty { parts.append("Sources: " + figures.joined(separator: "; ") + ".") }
        parts.append("Grade \(i.effectiveGrade.rawValue): \(i.gradeReason)")
        return parts.joined(separator: " ")
    }

    /// One CSV line: fields quoted when they hold a comma, quote or line break (RFC 4180), CRLF.
    public static func line(_ fields: [String]) -> String {
        var out = ""
        append(fields, to: &out)
        return out
    }

    /// Whether a field must be quoted (a comma, quote or line break) and whether it holds quotes.
    private static func needsQuoting(_ bytes: some Collection<UInt8>) -> (Bool, Bool) {
        var quote = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { return (true, true) }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { quote = true }
        }
        return (quote, false)
    }

    /// Appends one CSV line to `out` (the exporter's chunk), scanning bytes rather than
    /// characters: a big export spends its time here.
    public static func append(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(",") }
            let (quote, quotes) = field.utf8.withContiguousStorageIfAvailable(Self.needsQuoting) ?? Self.needsQuoting(Array(field.utf8))
            if !quote {
                out.append(field)
            } else if !quotes {
                out.append("\"")
                out.append(field)
                out.append("\"")
            } else {
                out.append("\"")
                out.append(field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\""))
                out.append("\"")
            }
        }
        out.append("\r\n")
    }
}

extension Incident {
    /// "an air/drone strike in Sarmada, Idlib (Syria)".
    var summaryPhrase: String {
        let f = fields
        let what = (f.subEventType == "Other" ? f.eventType : f.subEventType).lowercased()
        let place = [f.location, f.admin1 == f.location ? nil : f.admin1].compactMap { $0 }.joined(separator: ", ")
        let country = f.country.map { place.isEmpty ? $0 : " (\($0))" } ?? ""
        return "\(what) in \(place)\(country)"
    }
}

/// Every claim of the incidents as one CSV row: the figures side by side, each with its source,
/// certainty and evidence (`/exports/claims.csv`).
public enum ClaimsExport {
    public static let columns = [
        "event_id_cnty", "claim_id", "source", "source_kind", "affiliation", "certainty", "denial", "killed_min",
        "killed_max", "injured_min", "injured_max", "event_type", "sub_event_type", "event_date", "location", "admin1",
        "country", "actor1", "update_id", "revision", "span_start", "span_end", "evidence", "withdrawn",
    ]

    public static var header: String { ACLEDExport.line(columns) }

    /// One row per claim, active claims first (the incident file's order).
    public static func rows(_ file: IncidentFile) -> [[String]] {
        file.claims.map { c in
            [
                file.incident.id, c.id, c.source ?? "", c.sourceKind ?? "", c.affiliation ?? "", c.certainty, c.denial ? "true" : "false",
                c.killed.min.map(String.init) ?? "", c.killed.max.map(String.init) ?? "",
                c.injured.min.map(String.init) ?? "", c.injured.max.map(String.init) ?? "",
                c.fields.eventType, c.fields.subEventType, c.fields.date, c.fields.location ?? "", c.fields.admin1 ?? "",
                c.fields.country ?? "", c.fields.actor1 ?? "", c.updateID, String(c.revision), String(c.span.start), String(c.span.end),
                c.text, c.withdrawn ? "true" : "false",
            ]
        }
    }
}
