import SitrepModel
/// An indicator over time (e.g. Syrian pounds per US dollar): a line through the readings on a
/// true time axis (uneven gaps stay uneven), a point per reading with its source in its `<title>`.
struct IndicatorChart: Sendable {
    struct Reading: Sendable, Equatable {
        var day: ChartDay
        var value: Double
        var source: String?
    }

    var name: String
    var unit: String
    /// In date order (readings on the same day keep their given order).
    var readings: [Reading]
    /// Readings left out for an unreadable date or a value that is not a number.
    var unusable: Int

    static let color = "#0072B2"

    init?(_ points: [IndicatorPoint], name: String, unit: String) {
        let readings = points.enumerated().compactMap { i, p in
            ChartDay(p.date).flatMap { p.value.isFinite ? (i, Reading(day: $0, value: p.value, source: p.source)) : nil }
        }
        guard !readings.isEmpty else { return nil }
        self.name = name
        self.unit = unit
        self.readings = readings.sorted { ($0.1.day, $0.0) < ($1.1.day, $1.0) }.map(\.1)
        unusable = points.count - readings.count
    }

    var first: Reading { readings[0] }
    var last: Reading { readings[readings.count - 1] }
    var spansYears: Bool { first.day.year != last.day.year }

    func amount(_ value: Double) -> String { "\(ChartFormat.value(value)) \(unit)" }

    /// "SYP per USD, 1 May – 5 Jun 2016: 12 readings, from 620 to 650 SYP per USD; lowest 600 on 3 May 2016, highest 660 on 1 Jun 2016."
    var summary: String {
        guard readings.count > 1 else { return "\(name) on \(first.day.label()): \(amount(first.value))." }
        let low = readings.indices.min { readings[$0].value < readings[$1].value }!
        let high = readings.indices.max { readings[$0].value < readings[$1].value }!
        return "\(name), \(ChartDay.rangeLabel(first.day, last.day)): \(ChartFormat.counted(readings.count, "reading", "readings")), "
            + "from \(ChartFormat.value(first.value)) to \(amount(last.value)); "
            + "lowest \(ChartFormat.value(readings[low].value)) on \(readings[low].day.label()), "
            + "highest \(ChartFormat.value(readings[high].value)) on \(readings[high].day.label())."
    }

    var caption: String {
        var text = "\(name), in \(unit)."
        if unusable > 0 { text += " \(ChartFormat.counted(unusable, "reading", "readings")) with an unreadable date or value left out." }
        return text
    }

    var table: ChartParts.NumbersTable {
        ChartParts.NumbersTable(columns: ["Date", "Value (\(unit))", "Source"],
                                rows: readings.map { .init(header: $0.day.label(), cells: [ChartFormat.value($0.value), $0.source ?? "—"]) },
                                textCells: [1])
    }

    /// Dates for the time axis, at most `maxTicks`: every day, every 2 or 3 days, Mondays every 1 or
    /// 2 weeks, firsts of every 1, 2, 3, 6 or 12 months, or whole years.
    static func dateTicks(from a: ChartDay, to b: ChartDay, maxTicks: Int) -> [ChartDay] {
        let span = b.number - a.number
        for step in [1, 2, 3] where span / step + 1 <= maxTicks {
            return stride(from: a.number, through: b.number, by: step).map(ChartDay.init(number:))
        }
        for weeks in [1, 2] where span / (7 * weeks) + 1 <= maxTicks {
            let start = a.weekday == 0 ? a : a.monday.adding(days: 7)
            return stride(from: start.number, through: b.number, by: 7 * weeks).map(ChartDay.init(number:))
        }
        let (ay, am, _) = a.civil, (by, bm, _) = b.civil
        let months = (by - ay) * 12 + (bm - am)
        for step in [1, 2, 3, 6, 12, 24, 60, 120, 600] where months / step + 1 <= maxTicks {
            var ticks: [ChartDay] = []
            var index = ay * 12 + (am - 1)
            while index % step != 0 { index += 1 }
            while true {
                let day = ChartDay(year: index / 12, month: index % 12 + 1, day: 1)
                if day > b { break }
                if day >= a { ticks.append(day) }
                index += step
            }
            return ticks
        }
        return [a, b]
    }

    func render(id: String, note: String? = nil) -> HTML {
        let values = readings.map(\.value)
        let scale = NiceScale.spanning(min: values.min()!, max: values.max()!)
        let left = ChartParts.leftMargin(for: scale)
        let plot = PlotArea(x: left, y: 24, width: ChartParts.width - left - 16, height: 170)
        // A single day sits in the middle of a three-day axis.
        let d0 = first.day.number == last.day.number ? first.day.number - 1 : first.day.number
        let d1 = first.day.number == last.day.number ? last.day.number + 1 : last.day.number
        let days = NiceScale(lower: Double(d0), upper: Double(d1), step: 1)
        let inset = PlotArea(x: plot.x + 6, y: plot.y, width: plot.width - 12, height: plot.height)
        let points = readings.map { (x: inset.x(Double($0.day.number), on: days), y: plot.y($0.value, on: scale)) }
        let labelWidth = ChartFormat.estimatedWidth(ChartDay(number: d1).label(year: true))
        let ticks = IndicatorChart.dateTicks(from: ChartDay(number: d0), to: ChartDay(number: d1),
                                             maxTicks: max(2, Int(plot.width / (labelWidth + 16))))
        let caption = [caption, note].compactMap { $0 }.joined(separator: " ")
        return ChartParts.figure(id: id, kind: "chart-indicator", title: "\(name) (\(unit))", desc: summary,
                                 height: plot.bottom + 26, caption: caption, table: table) {
            el("text", ["x": ChartFormat.coord(plot.x), "y": "14", "fill": "currentColor", "class": "unit"]) { unit }
            ChartParts.valueAxis(scale, plot: plot)
            if points.count > 1 {
                el("path", ["class": "line", "d": ChartParts.path(points), "fill": "none", "stroke": IndicatorChart.color,
                            "stroke-width": "2", "stroke-linejoin": "round"])
            }
            el("g", ["class": "points"]) {
                for (reading, point) in zip(readings, points) {
                    el("circle", ["cx": ChartFormat.coord(point.x), "cy": ChartFormat.coord(point.y), "r": readings.count > 150 ? "1.5" : "3",
                                  "fill": IndicatorChart.color]) {
                        el("title") {
                            "\(reading.day.label()) · \(amount(reading.value))" + (reading.source.map { " · source: \($0)" } ?? "")
                        }
                    }
                }
            }
            ChartParts.categoryAxis(ticks.map { (inset.x(Double($0.number), on: days), $0.label(year: spansYears)) }, plot: plot)
        }
    }
}
