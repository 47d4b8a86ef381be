import SitrepModel

/// An incident's figures from its claims' figures. Denials and withdrawn claims give no figure.
///
/// - `fatalities` (ACLED): "the most conservative reported figure": the lowest lower bound of
///   any claim not disputed ("more than 30" counts 30; "up to 300" alone counts nothing), 0 when
///   no toll is reported.
/// - `low` (UCDP): the lowest figure any claim gives: its lower bound, or its upper bound when it
///   gives only one ("up to 300" is 300).
/// - `high` (UCDP): the highest figure any claim gives (either bound).
/// - `best` (UCDP): the most reliable estimate: the claims of the highest certainty present
///   (verified, then reported, then claimed and unverified, then disputed) give each a point
///   figure (lower bound, else upper), and best is their median (the lower one of two middles).
public enum FigureRules {
    public static func figures(_ claims: [Claim]) -> Figures {
        let speaking = claims.filter { !$0.withdrawn && !$0.denial }
        let killed = estimate(speaking.map { ($0.killed, $0.certainty) })
        let injured = estimate(speaking.map { ($0.injured, $0.certainty) })
        return Figures(
            fatalities: conservative(speaking.map { ($0.killed, $0.certainty) }),
            fatalitiesLow: killed.low, fatalitiesBest: killed.best, fatalitiesHigh: killed.high,
            injuredLow: injured.low, injuredBest: injured.best, injuredHigh: injured.high
        )
    }

    /// ACLED's conservative figure.
    public static func conservative(_ figures: [(Figure, String)]) -> Int {
        figures.filter { $0.1 != "disputed" }.compactMap { $0.0.min }.min() ?? 0
    }

    /// UCDP's low / best / high.
    public static func estimate(_ figures: [(Figure, String)]) -> (low: Int?, best: Int?, high: Int?) {
        let given = figures.filter { !$0.0.isEmpty }
        guard !given.isEmpty else { return (nil, nil, nil) }
        let low = given.map { $0.0.min ?? $0.0.max! }.min()
        let high = given.map { $0.0.max ?? $0.0.min! }.max()
        let topRank = given.map { certaintyRank($0.1) }.min()!
        let points = given.filter { certaintyRank($0.1) == topRank }.map { $0.0.min ?? $0.0.max! }.sorted()
        return (low, points[(points.count - 1) / 2], high)
    }

    /// Lower is more reliable.
    public static func certaintyRank(_ certainty: String) -> Int {
        switch certainty {
        case "verified": 0
        case "reported": 1
        case "claimed", "unverified": 2
        default: 3
        }
    }

    /// "State media: about 100 · Local Coordination Committees: more than 30": each source's
    /// figure, in claim order, one entry per source (its latest claim).
    public static func sideBySide(_ claims: [Claim]) -> [(source: String, killed: Figure, injured: Figure, denial: Bool)] {
        var order: [String] = []
        var latest: [String: Claim] = [:]
        for claim in claims where !claim.withdrawn {
            let name = claim.source ?? "Unattributed"
            if latest[name] == nil { order.append(name) }
            latest[name] = claim
        }
        return order.map { ($0, latest[$0]!.killed, latest[$0]!.injured, latest[$0]!.denial) }
    }
}
