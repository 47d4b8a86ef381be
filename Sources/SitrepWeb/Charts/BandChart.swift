import SitrepModel
/// Fatalities per day as a range: the low–high band of the estimates (summed over event types)
/// shaded, the best estimate as a line with a point per day. Gaps are zero; long ranges are
/// grouped like `PerDayChart`.
struct BandChart: Sendable {
    struct Estimate: Sendable, Equatable {
        var low = 0
        var best = 0
        var high = 0
    }

    var bins: DayBins
    var estimates: [Estimate]
    var unreadable: Int

    static let color = "#0072B2"

    init?(_ tallies: [DayTypeTally], maxBars: Int = DayBins.maxBars) {
        let dated = tallies.compactMap { t in ChartDay(t.date).map { (day: $0, tally: t) } }
        guard let first = dated.map(\.day).min(), let last = dated.map(\.day).max() else { return nil }
        bins = DayBins(from: first, to: last, maxBars: maxBars)
        unreadable = tallies.count - dated.count
        var estimates = Array(repeating: Estimate(), count: bins.bins.count)
        for (day, tally) in dated {
            guard let i = bins.index(of: day) else { continue }
            estimates[i].low += tally.low
            estimates[i].best += tally.best
            estimates[i].high += tally.high
        }
        self.estimates = estimates
    }

    var total: Estimate {
        estimates.reduce(into: Estimate()) { sum, e in
            sum.low += e.low
            sum.best += e.best
            sum.high += e.high
        }
    }

    var title: String { "Fatalities per \(bins.size.noun): best estimate and range" }

    /// "Fatalities per day, 1–5 May 2016: best estimate 120 in all (range 80–200); highest on 5 May 2016, 40 (30–55)."
    var summary: String {
        let range = ChartDay.rangeLabel(bins.first, bins.last)
        let t = total
        guard t.high > 0 || t.best > 0 else { return "Fatalities per \(bins.size.noun), \(range): none." }
        let peak = estimates.indices.max { (estimates[$0].best, -$0) < (estimates[$1].best, -$1) }!
        let p = estimates[peak]
        return "Fatalities per \(bins.size.noun), \(range): best estimate \(ChartFormat.integer(t.best)) in all "
            + "(range \(ChartFormat.integer(t.low))–\(ChartFormat.integer(t.high))); highest \(bins.when(bins.bins[peak])), "
            + "\(ChartFormat.integer(p.best)) (\(ChartFormat.integer(p.low))–\(ChartFormat.integer(p.high)))."
    }

    var caption: String {
        var parts = ["Fatalities per \(bins.size.noun), all event types: the line is the best estimate, the shading runs from the lowest to the highest estimate."]
        if let note = bins.groupingNote { parts.append(note) }
        if unreadable > 0 { parts.append("\(ChartFormat.counted(unreadable, "row", "rows")) with an unreadable date left out.") }
        return parts.joined(separator: " ")
    }

    var table: ChartParts.NumbersTable {
        ChartParts.NumbersTable(
            columns: [bins.size == .day ? "Date" : bins.size == .week ? "Week" : "Month", "Low", "Best", "High"],
            rows: zip(bins.bins, estimates).map { bin, e in
                .init(header: bins.name(bin), cells: [e.low, e.best, e.high].map(ChartFormat.integer))
            })
    }

    func render(id: String, note: String? = nil) -> HTML {
        let legend = ChartParts.legend([
            .init(label: "Best estimate", color: BandChart.color, mark: .line),
            .init(label: "Low–high range", color: BandChart.color, mark: .band),
        ], x: 8, y: 6)
        let top = 8 + legend.height + 8
        let peak = estimates.map { max($0.low, $0.best, $0.high) }.max() ?? 0
        let scale = NiceScale.zeroBased(max: Double(peak))
        let left = ChartParts.leftMargin(for: scale)
        let plot = PlotArea(x: left, y: top, width: ChartParts.width - left - 12, height: 170)
        let n = estimates.count
        let xs = (0..<n).map { plot.slotCentre($0, of: n) }
        let slot = plot.width / Double(n)
        // A single day is a narrow column rather than a band with no width.
        let edges: [(x: Double, i: Int)] = n == 1 ? [(xs[0] - 8, 0), (xs[0] + 8, 0)] : xs.enumerated().map { ($1, $0) }
        let area = ChartParts.path(edges.map { ($0.x, plot.y(Double(estimates[$0.i].high), on: scale)) }
            + edges.reversed().map { ($0.x, plot.y(Double(estimates[$0.i].low), on: scale)) }) + " Z"
        let line = ChartParts.path(xs.enumerated().map { ($1, plot.y(Double(estimates[$0].best), on: scale)) })
        let radius = max(1.5, min(3.5, slot / 3))
        let labelWidth = bins.bins.map { ChartFormat.estimatedWidth(bins.axisLabel($0)) }.max() ?? 0
        let labelled = ChartParts.labelledSlots(count: n, slotWidth: slot, labelWidth: labelWidth)
        let caption = [caption, note].compactMap { $0 }.joined(separator: " ")
        return ChartParts.figure(id: id, kind: "chart-band", title: title, desc: summary, height: plot.bottom + 26,
                                 caption: caption, table: table) {
            legend.html
            ChartParts.valueAxis(scale, plot: plot)
            el("path", ["class": "band", "d": area, "fill": BandChart.color, "fill-opacity": "0.25", "stroke": "none"])
            if n > 1 {
                el("path", ["class": "best", "d": line, "fill": "none", "stroke": BandChart.color, "stroke-width": "2",
                            "stroke-linejoin": "round"])
            }
            el("g", ["class": "points"]) {
                for (i, e) in estimates.enumerated() {
                    el("circle", ["cx": ChartFormat.coord(xs[i]), "cy": ChartFormat.coord(plot.y(Double(e.best), on: scale)),
                                  "r": ChartFormat.coord(radius), "fill": BandChart.color, "data-value": String(e.best)]) {
                        el("title") {
                            "\(bins.name(bins.bins[i])) · \(ChartMeasure.fatalities.counted(e.best)), best estimate (low \(ChartFormat.integer(e.low)), high \(ChartFormat.integer(e.high)))"
                        }
                    }
                }
            }
            ChartParts.categoryAxis(labelled.map { (xs[$0], bins.axisLabel(bins.bins[$0])) }, plot: plot)
        }
    }
}
