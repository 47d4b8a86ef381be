import SitrepModel
/// Server-drawn, accessible SVG charts. Each returns one `<figure class="chart">` (or, for the
/// sparkline, one inline `<svg>`): a `<title>` and a `<desc>` summarising the numbers, axes,
/// gridlines, a legend where there are several series, hover text on every bar and point, and the
/// numbers again as a table under "Numbers". No data draws an honest empty figure.
///
/// `id` must be unique on the page (it anchors `aria-labelledby`); `note` is appended to the
/// caption (e.g. the source and filters).
enum Charts {
    typealias Measure = ChartMeasure

    static let noIncidents = "No incidents match."

    /// Incidents (or fatalities) per day, stacked by event type; missing days are zero bars, and a
    /// long range becomes a bar a week or a month, as the caption says.
    static func perDay(_ tallies: [DayTypeTally], measure: Measure = .incidents, id: String = "chart-per-day", note: String? = nil) -> HTML {
        guard let chart = PerDayChart(tallies, measure: measure) else {
            return ChartParts.empty(id: id, kind: "chart-per-day", title: "\(measure.title) per day", message: noIncidents,
                                    caption: ["\(measure.title) per day.", note].compactMap { $0 }.joined(separator: " "))
        }
        return chart.render(id: id, note: note)
    }

    /// Fatalities by actor, most first: the `top` actors by name and the rest as "Others".
    static func fatalitiesByActor(_ actors: [ActorTally], top: Int = 10, id: String = "chart-actors", note: String? = nil) -> HTML {
        guard let chart = ActorChart(actors, top: top) else {
            return ChartParts.empty(id: id, kind: "chart-actors", title: "Fatalities by actor", message: noIncidents,
                                    caption: ["Fatalities by actor.", note].compactMap { $0 }.joined(separator: " "))
        }
        return chart.render(id: id, note: note)
    }

    /// Fatalities per day as the low–high range of estimates with the best estimate as a line.
    static func band(_ tallies: [DayTypeTally], id: String = "chart-band", note: String? = nil) -> HTML {
        guard let chart = BandChart(tallies) else {
            return ChartParts.empty(id: id, kind: "chart-band", title: "Fatalities per day: best estimate and range", message: noIncidents,
                                    caption: ["Fatalities per day.", note].compactMap { $0 }.joined(separator: " "))
        }
        return chart.render(id: id, note: note)
    }

    /// A 120×24 inline line of counts (e.g. incidents per hour today), its numbers in `aria-label`.
    static func sparkline(_ counts: [(label: String, value: Int)], name: String = "Incidents per hour") -> HTML {
        Sparkline(counts, name: name).render()
    }

    /// An indicator series (e.g. name "Syrian pound", unit "SYP per USD") as a line on a time axis.
    static func indicator(_ points: [IndicatorPoint], name: String, unit: String, id: String = "chart-indicator", note: String? = nil) -> HTML {
        guard let chart = IndicatorChart(points, name: name, unit: unit) else {
            return ChartParts.empty(id: id, kind: "chart-indicator", title: "\(name) (\(unit))", message: "No readings match.",
                                    caption: ["\(name), in \(unit).", note].compactMap { $0 }.joined(separator: " "))
        }
        return chart.render(id: id, note: note)
    }
}
