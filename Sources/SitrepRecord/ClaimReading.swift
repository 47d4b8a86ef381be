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
        events.enumerated().map { position, event in
            let registered = event.source.flatMap(sources.source(named:))
            var fieldSpans: [String: [ByteSpan]] = [:]
            for (name, list) in event.spans { fieldSpans[name] = list.spans }
            let all = fieldSpans.values.flatMap { $0 }
            let span = ByteSpan(all.map(\.start).min() ?? 0, all.map(\.end).max() ?? 0)
            return Claim(
                storyID: storyID, updateID: updateID, revision: revision, position: position,
                source: registered?.name ?? event.source, sourceKind: registered?.kind ?? event.sourceKind,
                affiliation: registered.map(\.affiliation).flatMap { $0.isEmpty ? nil : $0 },
                fields: fields(event), killed: killed(event), injured: injured(event),
                certainty: event.certainty, denial: false,
                span: span, fieldSpans: fieldSpans, text: event.text, createdAt: now
            )
        }
    }

    public static func fields(_ e: ExtractedEvent) -> EventFields {
        EventFields(
            eventType: e.eventType, subEventType: e.subEventType, date: e.date, timePrecision: e.timePrecision,
            location: e.location, admin1: e.admin1, country: e.country, latitude: e.latitude, longitude: e.longitude,
            geoPrecision: e.geoPrecision, actor1: e.actor1, actor2: e.actor2, civilianTargeting: e.civilianTargeting
        )
    }

    /// The extractor's `fatalities` is its conservative figure; `fatalities_min`/`_max` the
    /// range the text gives ("more than 30": 30 and none; "8": 8 and 8).
    static func killed(_ e: ExtractedEvent) -> Figure {
        guard e.fatalities > 0 || e.fatalitiesMin != nil || e.fatalitiesMax != nil else { return .none }
        return Figure(min: e.fatalitiesMin ?? e.fatalities, max: e.fatalitiesMax)
    }

    static func injured(_ e: ExtractedEvent) -> Figure {
        guard let n = e.injured, n > 0 else { return .none }
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
