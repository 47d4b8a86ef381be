import Foundation
import SitrepModel

/// Airwars' grades, computed from an incident's active claims, always with a one-line reason.
/// The rules are tried in this order; the first that holds gives the grade.
///
/// 1. **discounted**: no claim is left (every one was withdrawn). A reviewer discounts an
///    incident that is false or not an incident by overriding the grade or rejecting it.
/// 2. **contested**: a source denies it ("the accused party denies"), or claims name different
///    perpetrators ("conflicting attributions").
/// 3. **confirmed**: the perpetrator acknowledged it (a claim whose source is its actor 1, not
///    itself disputed), or a
///    monitor or NGO documented it on the ground (certainty "verified") and at least one other
///    independent voice reports it.
/// 4. **fair**: two or more independent voices report it.
/// 5. **weak**: a single source, or only sources of one affiliation.
///
/// Independence: two claims are independent only when their sources differ and do not share an
/// affiliation (two pro-regime outlets echoing each other are one voice). A claim with no named
/// source is the newsroom relaying what it has: it is a voice only when no source is named at
/// all (a live blog restating a monitor's toll in a caption does not corroborate the monitor).
public enum Grading {
    public static func grade(_ claims: [Claim]) -> (Grade, String) {
        let active = claims.filter { !$0.withdrawn }
        guard !active.isEmpty else { return (.discounted, "Every claim about it was withdrawn.") }

        if let denial = active.first(where: \.denial) {
            return (.contested, "\(denial.source ?? "A source") denies it.")
        }
        // an unidentified group is no attribution
        let perpetrators = orderedUnique(active.compactMap(\.fields.actor1).filter { !$0.hasPrefix("Unidentified") }.map(party))
        if perpetrators.count > 1 {
            return (.contested, "Sources disagree on who did it: \(perpetrators.prefix(3).joined(separator: " vs "))." )
        }
        if let own = active.first(where: { claim in
            guard let source = claim.source, let actor = claim.fields.actor1, claim.certainty != "disputed" else { return false }
            return sameParty(source, actor)
        }) {
            return (.confirmed, "\(own.source!) acknowledged it.")
        }
        let voices = self.voices(active)
        if let verified = active.first(where: { $0.certainty == "verified" }), voices.count >= 2 {
            return (.confirmed, "\(verified.source ?? "A monitor") verified it on the ground and \(voices.count - 1) other independent source\(voices.count == 2 ? "" : "s") report\(voices.count == 2 ? "s" : "") it.")
        }
        if voices.count >= 2 {
            return (.fair, "\(voices.count) independent sources agree: \(voices.map(\.name).prefix(4).joined(separator: ", ")).")
        }
        let voice = voices[0]
        if voice.sources > 1 {
            return (.weak, "Only sources of one affiliation (\(voice.key.dropFirst(4))) report it.")
        }
        return (.weak, "A single source: \(voice.name).")
    }

    /// The independent voices among the claims, in order of first appearance.
    public static func voices(_ claims: [Claim]) -> [(key: String, name: String, sources: Int)] {
        voices(claims.map { ClaimSpeaker(source: $0.source, affiliation: $0.affiliation) })
    }

    /// The independent voices among the claims' speakers (what a listing knows of its claims).
    public static func voices(_ speakers: [ClaimSpeaker]) -> [(key: String, name: String, sources: Int)] {
        let named = speakers.filter { $0.source != nil }
        let speakers = named.isEmpty ? speakers : named
        var order: [String] = []
        var names: [String: String] = [:]
        var sources: [String: Set<String>] = [:]
        for speaker in speakers {
            let name = speaker.source ?? "own reporting"
            let key = voiceKey(speaker)
            if names[key] == nil { order.append(key); names[key] = name }
            sources[key, default: []].insert(name)
        }
        return order.map { ($0, names[$0]!, sources[$0]!.count) }
    }

    /// Claims with the same key are one voice.
    public static func voiceKey(_ claim: Claim) -> String {
        voiceKey(ClaimSpeaker(source: claim.source, affiliation: claim.affiliation))
    }

    static func voiceKey(_ speaker: ClaimSpeaker) -> String {
        if let a = speaker.affiliation, !a.isEmpty, a != "independent" { return "aff:\(a)" }
        return "src:\(speaker.source?.lowercased() ?? "")"
    }

    /// Two claims are independent: different sources, not of one affiliation.
    public static func independent(_ a: Claim, _ b: Claim) -> Bool {
        voiceKey(a) != voiceKey(b)
    }

    /// "Islamic State" claiming an incident coded with actor "Islamic State" (a source named
    /// like the actor, or the actor's name starting with the source's: "Military Forces of
    /// Syria" and "Military Forces of Syria (2000-)").
    static func sameParty(_ source: String, _ actor: String) -> Bool {
        let s = source.lowercased(), a = actor.lowercased()
        return s == a || (s.count >= 4 && a.hasPrefix(s))
    }

    /// An actor without ACLED's period qualifier: "Military Forces of Syria (2000-2024)" and
    /// "Military Forces of Syria" are one party.
    static func party(_ actor: String) -> String {
        guard actor.hasSuffix(")"), let open = actor.lastIndex(of: "(") else { return actor }
        let inside = actor[actor.index(after: open)..<actor.index(before: actor.endIndex)]
        guard !inside.isEmpty, inside.allSatisfy({ $0.isNumber || $0 == "-" }) else { return actor }
        return actor[..<open].trimmingCharacters(in: .whitespaces)
    }

    static func orderedUnique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
