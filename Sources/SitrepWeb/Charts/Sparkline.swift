import SitrepModel
/// A word-sized line (120×24) for inline use, e.g. incidents per hour today. It carries its numbers
/// in its `aria-label` and `<title>` rather than a table.
struct Sparkline: Sendable {
    var name: String
    var labels: [String]
    var values: [Int]

    static let width = 120.0, height = 24.0, pad = 2.5

    init(_ counts: [(label: String, value: Int)], name: String) {
        self.name = name
        labels = counts.map(\.label)
        values = counts.map(\.value)
    }

    /// "Incidents per hour: 41 in all, most at 05 (12). 00 3, 01 0, …" or "Incidents per hour: none."
    var summary: String {
        let total = values.reduce(0, +)
        guard !values.isEmpty else { return "\(name): none." }
        guard values.contains(where: { $0 != 0 }) else { return "\(name): none (\(ChartFormat.counted(values.count, "period", "periods")) of zero)." }
        let peak = values.indices.max { (values[$0], -$0) < (values[$1], -$1) }!
        let each = zip(labels, values).map { "\($0) \(ChartFormat.integer($1))" }.joined(separator: ", ")
        return "\(name): \(ChartFormat.integer(total)) in all, most at \(labels[peak]) (\(ChartFormat.integer(values[peak]))). \(each)."
    }

    /// The points, in SVG units: spread across the width, 0 at the bottom, the largest value at the top.
    var points: [(x: Double, y: Double)] {
        let top = Double(max(1, values.max() ?? 0))
        let inner = Sparkline.width - 2 * Sparkline.pad
        return values.enumerated().map { i, v in
            let x = values.count == 1 ? Sparkline.width / 2 : Sparkline.pad + inner * Double(i) / Double(values.count - 1)
            return (x, Sparkline.height - Sparkline.pad - Double(max(0, v)) / top * (Sparkline.height - 2 * Sparkline.pad))
        }
    }

    func render() -> HTML {
        let summary = summary
        let points = points
        return el("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "class": "sparkline",
            "viewBox": "0 0 \(ChartFormat.coord(Sparkline.width)) \(ChartFormat.coord(Sparkline.height))",
            "width": ChartFormat.coord(Sparkline.width), "height": ChartFormat.coord(Sparkline.height),
            "role": "img", "aria-label": summary,
        ]) {
            el("title") { summary }
            el("line", ["x1": "0", "x2": ChartFormat.coord(Sparkline.width),
                        "y1": ChartFormat.coord(Sparkline.height - Sparkline.pad), "y2": ChartFormat.coord(Sparkline.height - Sparkline.pad),
                        "stroke": "currentColor", "stroke-opacity": ChartParts.muted])
            if points.count > 1 {
                el("path", ["d": ChartParts.path(points), "fill": "none", "stroke": "currentColor", "stroke-width": "1.5",
                            "stroke-linejoin": "round", "stroke-linecap": "round"])
            }
            if let last = points.last {
                el("circle", ["cx": ChartFormat.coord(last.x), "cy": ChartFormat.coord(last.y), "r": "2", "fill": "#D55E00"])
            }
        }
    }
}
