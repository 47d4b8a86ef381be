import SitrepModel
/// Incidents (or fatalities) per day, stacked by event type: the data, filled and grouped, and its
/// drawing. Days with nothing between the first and last day are bars of zero; a long range is
/// drawn a bar a week or a month (`DayBins`).
struct PerDayChart: Sendable {
    var measure: ChartMeasure
    var bins: DayBins
    /// The event types present, in `EventTypeStyle.all` order (types outside it last, as "Other").
    var series: [EventTypeStyle.Style]
    /// `values[bin][series]`.
    var values: [[Int]]
    /// Rows whose date could not be read (left out, and said so in the caption).
    var unreadable: Int

    /// Nil when there is nothing to draw (no rows, or none with a readable date).
    init?(_ tallies: [DayTypeTally], measure: ChartMeasure, maxBars: Int = DayBins.maxBars) {
        let dated = tallies.compactMap { t in ChartDay(t.date).map { (day: $0, tally: t) } }
        guard let first = dated.map(\.day).min(), let last = dated.map(\.day).max() else { return nil }
        self.measure = measure
        unreadable = tallies.count - dated.count
        bins = DayBins(from: first, to: last, maxBars: maxBars)
        let present = Set(dated.map { EventTypeStyle.style($0.tally.eventType).eventType })
        series = (EventTypeStyle.all + [EventTypeStyle.other]).filter { present.contains($0.eventType) }
        let column = Dictionary(uniqueKeysWithValues: series.enumerated().map { ($1.eventType, $0) })
        var values = Array(repeating: Array(repeating: 0, count: series.count), count: bins.bins.count)
        for (day, tally) in dated {
            guard let bin = bins.index(of: day), let s = column[EventTypeStyle.style(tally.eventType).eventType] else { continue }
            values[bin][s] += measure.value(of: tally)
        }
        self.values = values
    }

    var totals: [Int] { values.map { $0.reduce(0, +) } }
    var seriesTotals: [Int] { series.indices.map { s in values.reduce(0) { $0 + $1[s] } } }
    var total: Int { totals.reduce(0, +) }

    var title: String { "\(measure.title) per \(bins.size.noun)" + (series.count > 1 ? ", by event type" : "") }

    /// "Incidents per day, 1–5 May 2016: 41 in all, most on 5 May 2016 (12). By type: Battles 20, Explosions 21."
    var summary: String {
        let range = ChartDay.rangeLabel(bins.first, bins.last)
        guard total > 0 else { return "\(measure.title) per \(bins.size.noun), \(range): none." }
        let totals = totals
        let peak = totals.indices.max { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 > $1) }!
        var text = "\(measure.title) per \(bins.size.noun), \(range): \(ChartFormat.integer(total)) in all, most \(bins.when(bins.bins[peak])) (\(ChartFormat.integer(totals[peak])))."
        if series.count > 1 {
            let parts = zip(series, seriesTotals).map { "\($0.short) \(ChartFormat.integer($1))" }
            text += " By type: \(parts.joined(separator: ", "))."
        }
        return text
    }

    var caption: String {
        var parts = ["\(title)."]
        if let note = bins.groupingNote { parts.append(note) }
        if bins.size == .day, bins.dayCount > 1 { parts.append("Days with none are drawn as zero.") }
        if unreadable > 0 { parts.append("\(ChartFormat.counted(unreadable, "row", "rows")) with an unreadable date left out.") }
        return parts.joined(separator: " ")
    }

    var table: ChartParts.NumbersTable {
        let header = bins.size == .day ? "Date" : bins.size == .week ? "Week" : "Month"
        let withTotal = series.count > 1
        return ChartParts.NumbersTable(
            columns: [header] + series.map(\.short) + (withTotal ? ["Total"] : []),
            rows: zip(bins.bins, values).map { bin, row in
                ChartParts.NumbersTable.Row(header: bins.name(bin),
                                            cells: (row + (withTotal ? [row.reduce(0, +)] : [])).map(ChartFormat.integer))
            })
    }

    // MARK: - Drawing

    func render(id: String, note: String? = nil) -> HTML {
        let legend = series.count > 1
            ? ChartParts.legend(series.map { .init(label: $0.short, color: $0.color) }, x: 8, y: 6)
            : (html: HTML.empty, height: 0)
        let top = 8 + legend.height + 8
        let scale = StackedBarLayout(values: values, plot: PlotArea(x: 0, y: 0, width: 1, height: 1)).scale
        let left = ChartParts.leftMargin(for: scale)
        let plot = PlotArea(x: left, y: top, width: ChartParts.width - left - 12, height: 170)
        let layout = StackedBarLayout(values: values, plot: plot)
        let slot = plot.width / Double(bins.bins.count)
        let labelWidth = bins.bins.map { ChartFormat.estimatedWidth(bins.axisLabel($0)) }.max() ?? 0
        let labelled = ChartParts.labelledSlots(count: bins.bins.count, slotWidth: slot, labelWidth: labelWidth)
        let caption = [caption, note].compactMap { $0 }.joined(separator: " ")
        return ChartParts.figure(id: id, kind: "chart-per-day", title: title, desc: summary, height: plot.bottom + 26,
                                 caption: caption, table: table) {
            legend.html
            ChartParts.valueAxis(layout.scale, plot: plot)
            el("g", ["class": "bars"]) {
                for bar in layout.bars {
                    let name = bins.name(bins.bins[bar.index])
                    el("g") {
                        el("title") { "\(name): \(measure.counted(bar.total))" }
                        // The whole column answers hover, so a day of zero still says so.
                        el("rect", ["x": ChartFormat.coord(plot.x + slot * Double(bar.index)), "y": ChartFormat.coord(plot.y),
                                    "width": ChartFormat.coord(slot), "height": ChartFormat.coord(plot.height),
                                    "fill": "currentColor", "fill-opacity": "0", "class": "hit"])
                        for segment in bar.segments {
                            let style = series[segment.series]
                            el("rect", ["x": ChartFormat.coord(bar.x), "y": ChartFormat.coord(segment.y),
                                        "width": ChartFormat.coord(bar.width), "height": ChartFormat.coord(segment.height),
                                        "fill": style.color, "data-series": style.short, "data-value": String(segment.value)]) {
                                el("title") { "\(name) · \(style.eventType): \(measure.counted(segment.value))" }
                            }
                        }
                    }
                }
            }
            ChartParts.baseline(plot)
            ChartParts.categoryAxis(labelled.map { (plot.slotCentre($0, of: bins.bins.count), bins.axisLabel(bins.bins[$0])) }, plot: plot)
        }
    }
}
