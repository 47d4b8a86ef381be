import Foundation
import SitrepModel

/// The source registry as the record reads it: names and aliases, case-insensitively.
public struct SourceDirectory: Sendable {
    private var byName: [String: SourceInfo] = [:]

    public init(_ sources: [SourceInfo]) {
        for source in sources {
            for name in [source.name] + source.aliases { byName[name.lowercased(), default: source] = source }
        }
    }

    public func source(named name: String) -> SourceInfo? { byName[name.lowercased()] }
}

/// Turns the extractor's events for one revision of an update into claims: one claim per event
/// for its attributed source (or the newsroom's own reporting when none is named).
public enum ClaimReading {
    public static func claims(
        from events: [ExtractedEvent], storyID: Int64, updateID: String, revision: Int,
        sources: SourceDirectory, now: Date
    ) -> [Claim] {
        var claims: [Claim] = []
        for event in events {
            var fieldSpans: [String: [ByteSpan]] = [:]
            for (name, list) in event.spans { fieldSpans[name] = list.spans }
            let all = fieldSpans.values.flatMap { $0 }
            let span = ByteSpan(all.map(\.start).min() ?? 0, all.map(\.end).max() ?? 0)
            let fields = fields(event)
            func claim(source: String?, kind: String?, killed: Figure, injured: Figure, certainty: String, denial: Bool,
                       span: ByteSpan, fieldSpans: [String: [ByteSpan]]) -> Claim {
                let registered = source.flatMap(sources.source(named:))
                return Claim(
                    storyID: storyID, updateID: updateID, revision: revision, position: claims.count,
                    source: registered?.name ?? source, sourceKind: registered?.kind ?? kind,
                    affiliation: registered.map(\.affiliation).flatMap { $0.isEmpty ? nil : $0 },
                    fields: fields, killed: killed, injured: injured, certainty: certainty, denial: denial,
                    span: span, fieldSpans: fieldSpans, text: event.text, createdAt: now
                )
            }
            claims.append(claim(source: event.source, kind: event.sourceKind, killed: killed(event), injured: injured(event.injured),
                                certainty: event.certainty, denial: event.denial, span: span, fieldSpans: fieldSpans))
            // each other source in the event's sentences is a claim of its own about the same happening
            for account in event.accounts {
                let figure = account.fatalitiesMin == nil && account.fatalitiesMax == nil
                    ? Figure.none : Figure(min: account.fatalitiesMin, max: account.fatalitiesMax)
                claims.append(claim(source: account.source, kind: account.sourceKind, killed: figure, injured: injured(account.injured),
                                    certainty: account.certainty, denial: account.denial, span: account.span,
                                    fieldSpans: ["source": [account.span]]))
            }
        }
        return claims
    }

    public static func fields(_ e: ExtractedEvent) -> EventFields {
        EventFields(
            eventType: e.eventType, subEventType: e.subEventType, date: e.date, timePrecision: e.timePrecision,
            location: e.location, admin1: e.admin1, country: e.country, latitude: e.latitude, longitude: e.longitude,
            geoPrecision: e.geoPrecision, actor1: e.actor1, actor2: e.actor2, civilianTargeting: e.civilianTargeting
        )
    }

    /// The event's own source's figure: `fatalities_min`/`_max` as the text qualifies it ("more
    /// than 30": 31 and none; "8": 8 and 8). The event's `fatalities` is the lowest over every
    /// account, so it is the figure only when the text gives no range.
    static func killed(_ e: ExtractedEvent) -> Figure {
        if e.fatalitiesMin != nil || e.fatalitiesMax != nil { return Figure(min: e.fatalitiesMin, max: e.fatalitiesMax) }
        return e.fatalities > 0 ? Figure(min: e.fatalities, max: e.fatalities) : .none
    }

    static func injured(_ n: Int?) -> Figure {
        guard let n, n > 0 else { return .none }
        return Figure(min: n, max: n)
    }

    /// Sources the claims name that the registry does not know: drafts for an admin to classify.
    public static func unknownSources(_ claims: [Claim], in sources: SourceDirectory, now: Date) -> [SourceInfo] {
        var seen = Set<String>()
        return claims.compactMap { claim in
            guard let name = claim.source, sources.source(named: name) == nil, seen.insert(name.lowercased()).inserted else { return nil }
            return SourceInfo(name: name, kind: claim.sourceKind ?? "local", draft: true, updatedAt: now)
        }
    }
}
