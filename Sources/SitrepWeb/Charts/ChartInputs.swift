import SitrepModel

/// What the charts draw. The integrator fills these from SQL; the charts never query anything.

/// One day's incidents of one event type (the store's `dayTallies`).
typealias DayTypeTally = RecordTally.Day

/// One actor's incidents and fatalities over the period charted (the store's `actorTallies`,
/// asked for enough actors that it needs no row of its own for the rest).
typealias ActorTally = RecordTally.Actor

/// One reading of an indicator (an exchange rate, a price) on a day, with where it came from.
struct IndicatorPoint: Sendable, Hashable {
    var date: String  // YYYY-MM-DD
    var value: Double
    var source: String?
}

/// Which count of a `DayTypeTally` a per-day chart draws.
enum ChartMeasure: Sendable, Hashable {
    case incidents
    case fatalities

    func value(of tally: DayTypeTally) -> Int {
        switch self {
        case .incidents: tally.incidents
        case .fatalities: tally.fatalities
        }
    }

    /// "Incidents", "Fatalities".
    var title: String {
        switch self {
        case .incidents: "Incidents"
        case .fatalities: "Fatalities"
        }
    }

    /// "1 incident", "4 incidents", "1 fatality".
    func counted(_ n: Int) -> String {
        switch self {
        case .incidents: ChartFormat.counted(n, "incident", "incidents")
        case .fatalities: ChartFormat.counted(n, "fatality", "fatalities")
        }
    }
}
