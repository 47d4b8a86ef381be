import SitrepModel
/// Fatalities by actor: horizontal bars, most first, the top few by name and the rest summed as
/// "Others". Long names are cut on the axis; the row's `<title>` and the table keep them whole.
struct ActorChart: Sendable {
    struct Row: Sendable, Equatable {
        var name: String
        var fatalities: Int
        var incidents: Int
        /// How many actors the row stands for (more than one only for "Others").
        var actors: Int = 1
    }

    var rows: [Row]
    var actorCount: Int

    static let labelLimit = 24

    /// Nil for no actors. `top` actors by fatalities (then incidents, then name) are drawn by
    /// name; the rest are one "Others" row, unless that would be a single actor, who is then shown.
    init?(_ actors: [ActorTally], top: Int = 10) {
        guard !actors.isEmpty else { return nil }
        let sorted = actors.sorted {
            ($0.fatalities, $0.incidents) != ($1.fatalities, $1.incidents)
                ? ($0.fatalities, $0.incidents) > ($1.fatalities, $1.incidents)
                : $0.actor < $1.actor
        }
        let keep = sorted.count <= max(1, top) + 1 ? sorted.count : max(1, top)
        rows = sorted.prefix(keep).map { Row(name: $0.actor, fatalities: $0.fatalities, incidents: $0.incidents) }
        let rest = sorted.dropFirst(keep)
        if !rest.isEmpty {
            rows.append(Row(name: "Others (\(ChartFormat.counted(rest.count, "actor", "actors")))",
                            fatalities: rest.reduce(0) { $0 + $1.fatalities }, incidents: rest.reduce(0) { $0 + $1.incidents },
                            actors: rest.count))
        }
        actorCount = actors.count
    }

    var total: Int { rows.reduce(0) { $0 + $1.fatalities } }

    var title: String { "Fatalities by actor" }

    /// "Fatalities by actor, 25 actors: 2,345 in all; most by Syrian Army (1,234), then ISIS (567) and FSA (300)."
    var summary: String {
        let head = "\(title), \(ChartFormat.counted(actorCount, "actor", "actors"))"
        guard total > 0 else { return "\(head): none recorded." }
        let named = rows.filter { $0.actors == 1 && $0.fatalities > 0 }.prefix(3).map { "\($0.name) (\(ChartFormat.integer($0.fatalities)))" }
        var text = "\(head): \(ChartFormat.integer(total)) in all"
        if let first = named.first {
            text += "; most by \(first)"
            let more = Array(named.dropFirst())
            if !more.isEmpty { text += ", then " + (more.count == 1 ? more[0] : "\(more[0]) and \(more[1])") }
        }
        return text + "."
    }

    var caption: String {
        var text = "\(title), most first."
        if let others = rows.last, others.actors > 1 {
            text += " The \(ChartFormat.integer(others.actors)) actors after the top \(rows.count - 1) are summed as “Others”."
        }
        return text
    }

    var table: ChartParts.NumbersTable {
        ChartParts.NumbersTable(columns: ["Actor", "Fatalities", "Incidents"],
                                rows: rows.map { .init(header: $0.name, cells: [ChartFormat.integer($0.fatalities), ChartFormat.integer($0.incidents)]) })
    }

    func render(id: String, note: String? = nil) -> HTML {
        let rowHeight = 22.0, barHeight = 14.0
        let scale = NiceScale.zeroBased(max: Double(rows.map(\.fatalities).max() ?? 0))
        let valueRoom = ChartFormat.estimatedWidth(ChartFormat.integer(rows.map(\.fatalities).max() ?? 0)) + 12
        let plot = PlotArea(x: 178, y: 8, width: ChartParts.width - 178 - max(24, valueRoom), height: Double(rows.count) * rowHeight)
        let caption = [caption, note].compactMap { $0 }.joined(separator: " ")
        return ChartParts.figure(id: id, kind: "chart-actors", title: title, desc: summary, height: plot.bottom + 24,
                                 caption: caption, table: table) {
            ChartParts.horizontalValueAxis(scale, plot: plot)
            el("g", ["class": "bars"]) {
                for (i, row) in rows.enumerated() {
                    let y = plot.y + Double(i) * rowHeight + (rowHeight - barHeight) / 2
                    let end = plot.x(Double(max(0, row.fatalities)), on: scale)
                    el("g", ["class": row.actors > 1 ? "others" : nil]) {
                        el("title") { "\(row.name): \(ChartMeasure.fatalities.counted(row.fatalities)) in \(ChartMeasure.incidents.counted(row.incidents))" }
                        el("text", ["x": ChartFormat.coord(plot.x - 6), "y": ChartFormat.coord(y + barHeight / 2), "dy": "0.32em",
                                    "text-anchor": "end", "fill": "currentColor"]) { ChartFormat.truncated(row.name, to: ActorChart.labelLimit) }
                        el("rect", ["x": ChartFormat.coord(plot.x), "y": ChartFormat.coord(y), "width": ChartFormat.coord(end - plot.x),
                                    "height": ChartFormat.coord(barHeight), "fill": row.actors > 1 ? "#6F6F6F" : "#D55E00",
                                    "data-value": String(row.fatalities)])
                        el("text", ["x": ChartFormat.coord(end + 4), "y": ChartFormat.coord(y + barHeight / 2), "dy": "0.32em",
                                    "fill": "currentColor"]) { ChartFormat.integer(row.fatalities) }
                    }
                }
            }
        }
    }
}
