import SitrepModel
/// The pieces every chart shares: the accessible figure around the SVG, the numbers table, axes,
/// gridlines, the legend and the empty state. Everything goes through `el`, so text and attribute
/// values are escaped; colours and sizes are SVG presentation attributes (the CSP allows no inline
/// styles), text and rules use `currentColor` so they follow the page's colours.
enum ChartParts {
    static let width = 640.0
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', sans-serif"
    static let fontSize = 11.0
    static let muted = "0.18"  // gridline opacity

    // MARK: - Figure

    /// The rows under "Numbers": a header row, then one row per bar or point.
    struct NumbersTable: Sendable {
        var columns: [String]
        var rows: [Row]
        /// Cells (by index after the row header) that hold words, not numbers (not right-aligned).
        var textCells: Set<Int> = []

        struct Row: Sendable {
            var header: String
            var cells: [String]
        }
    }

    /// `<figure class="chart …">`: the caption, the SVG (`role="img"`, labelled by its `<title>`
    /// and described by its `<desc>`), then the numbers in a `<details>`.
    static func figure(
        id: String, kind: String, title: String, desc: String, height: Double,
        caption: String, table: NumbersTable?, @HTMLBuilder body: () -> HTML
    ) -> HTML {
        el("figure", ["class": "chart \(kind)", "id": id]) {
            el("figcaption") { caption }
            el("svg", [
                "xmlns": "http://www.w3.org/2000/svg",
                "viewBox": "0 0 \(ChartFormat.coord(width)) \(ChartFormat.coord(height))",
                "width": "100%",
                "preserveAspectRatio": "xMidYMid meet",
                "role": "img",
                "aria-labelledby": "\(id)-title",
                "aria-describedby": "\(id)-desc",
                "font-family": fontFamily,
                "font-size": ChartFormat.coord(fontSize),
            ]) {
                el("title", ["id": "\(id)-title"]) { title }
                el("desc", ["id": "\(id)-desc"]) { desc }
                body()
            }
            if let table {
                numbers(table)
            }
        }
    }

    /// The figure for no data: the same frame with the message in the middle and said in the `desc`.
    static func empty(id: String, kind: String, title: String, message: String, caption: String, height: Double = 120) -> HTML {
        figure(id: id, kind: "\(kind) chart-empty", title: title, desc: message, height: height, caption: caption, table: nil) {
            el("rect", ["x": "0.5", "y": "0.5", "width": ChartFormat.coord(width - 1), "height": ChartFormat.coord(height - 1),
                        "fill": "none", "stroke": "currentColor", "stroke-opacity": muted])
            el("text", ["x": ChartFormat.coord(width / 2), "y": ChartFormat.coord(height / 2), "dy": "0.35em",
                        "text-anchor": "middle", "fill": "currentColor", "font-size": "14"]) { message }
        }
    }

    /// `<details><summary>Numbers</summary><table>…</table></details>`.
    static func numbers(_ table: NumbersTable) -> HTML {
        el("details", ["class": "chart-numbers"]) {
            el("summary") { "Numbers" }
            el("table") {
                el("thead") {
                    el("tr") {
                        for column in table.columns {
                            el("th", ["scope": "col"]) { column }
                        }
                    }
                }
                el("tbody") {
                    for row in table.rows {
                        el("tr") {
                            el("th", ["scope": "row"]) { row.header }
                            for (i, cell) in row.cells.enumerated() {
                                el("td", ["class": table.textCells.contains(i) ? nil : "num"]) { cell }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Axes

    /// How much room the labels of a vertical `scale` need left of the plot.
    static func leftMargin(for scale: NiceScale, minimum: Double = 30) -> Double {
        let widest = scale.ticks.map { ChartFormat.estimatedWidth(scale.label($0)) }.max() ?? 0
        return max(minimum, (widest + 12).rounded(.up))
    }

    /// Horizontal gridlines at each tick of a vertical `scale`, the tick labels left of the plot and
    /// the baseline.
    static func valueAxis(_ scale: NiceScale, plot: PlotArea) -> HTML {
        el("g", ["class": "axis axis-y", "aria-hidden": "true"]) {
            for tick in scale.ticks {
                let y = ChartFormat.coord(plot.y(tick, on: scale))
                el("line", ["x1": ChartFormat.coord(plot.x), "x2": ChartFormat.coord(plot.right), "y1": y, "y2": y,
                            "stroke": "currentColor", "stroke-opacity": muted])
                el("text", ["x": ChartFormat.coord(plot.x - 6), "y": y, "dy": "0.32em", "text-anchor": "end",
                            "fill": "currentColor"]) { scale.label(tick) }
            }
            baseline(plot)
        }
    }

    /// Vertical gridlines at each tick of a horizontal `scale`, with the tick labels under the plot.
    static func horizontalValueAxis(_ scale: NiceScale, plot: PlotArea) -> HTML {
        el("g", ["class": "axis axis-x", "aria-hidden": "true"]) {
            for tick in scale.ticks {
                let x = ChartFormat.coord(plot.x(tick, on: scale))
                el("line", ["x1": x, "x2": x, "y1": ChartFormat.coord(plot.y), "y2": ChartFormat.coord(plot.bottom),
                            "stroke": "currentColor", "stroke-opacity": muted])
                el("text", ["x": x, "y": ChartFormat.coord(plot.bottom + 14), "text-anchor": "middle",
                            "fill": "currentColor"]) { scale.label(tick) }
            }
            el("line", ["x1": ChartFormat.coord(plot.x), "x2": ChartFormat.coord(plot.x), "y1": ChartFormat.coord(plot.y),
                        "y2": ChartFormat.coord(plot.bottom), "stroke": "currentColor"])
        }
    }

    /// Labels under the plot at the given x positions, with a short tick mark each. A label that
    /// would run off either edge is nudged inside; its tick stays put.
    static func categoryAxis(_ labels: [(x: Double, text: String)], plot: PlotArea) -> HTML {
        el("g", ["class": "axis axis-x", "aria-hidden": "true"]) {
            for label in labels {
                let x = ChartFormat.coord(label.x)
                let half = ChartFormat.estimatedWidth(label.text) / 2
                el("line", ["x1": x, "x2": x, "y1": ChartFormat.coord(plot.bottom), "y2": ChartFormat.coord(plot.bottom + 4),
                            "stroke": "currentColor"])
                el("text", ["x": ChartFormat.coord(min(max(label.x, half + 2), width - half - 2)), "y": ChartFormat.coord(plot.bottom + 16),
                            "text-anchor": "middle", "fill": "currentColor"]) { label.text }
            }
        }
    }

    static func baseline(_ plot: PlotArea) -> HTML {
        el("line", ["x1": ChartFormat.coord(plot.x), "x2": ChartFormat.coord(plot.right),
                    "y1": ChartFormat.coord(plot.bottom), "y2": ChartFormat.coord(plot.bottom), "stroke": "currentColor"])
    }

    /// Which of `count` equal slots `slotWidth` wide get a label `labelWidth` wide without
    /// overlapping: every one, every second, every seventh… (always the first).
    static func labelledSlots(count: Int, slotWidth: Double, labelWidth: Double) -> [Int] {
        guard count > 0 else { return [] }
        let needed = labelWidth + 8
        let every = slotWidth >= needed ? 1 : [2, 3, 4, 5, 7, 10, 14, 15, 20, 25, 30, 50, 100].first { Double($0) * slotWidth >= needed }
            ?? Int((needed / max(slotWidth, 0.01)).rounded(.up))
        return Array(stride(from: 0, to: count, by: every))
    }

    // MARK: - Legend

    struct LegendItem: Sendable {
        enum Mark: Sendable { case box, line, band }
        var label: String
        var color: String
        var mark: Mark = .box
    }

    /// Legend items in rows from `x`, wrapping before `maxX`; returns the markup and its height.
    static func legend(_ items: [LegendItem], x: Double, y: Double, maxX: Double = width - 8) -> (html: HTML, height: Double) {
        let rowHeight = 18.0
        var placed: [(item: LegendItem, x: Double, y: Double)] = []
        var cx = x, cy = y
        for item in items {
            let itemWidth = 18 + ChartFormat.estimatedWidth(item.label) + 16
            if cx > x, cx + itemWidth > maxX {
                cx = x
                cy += rowHeight
            }
            placed.append((item, cx, cy))
            cx += itemWidth
        }
        let html = el("g", ["class": "legend", "aria-hidden": "true"]) {
            for p in placed {
                switch p.item.mark {
                case .box:
                    el("rect", ["x": ChartFormat.coord(p.x), "y": ChartFormat.coord(p.y + 2), "width": "12", "height": "12", "fill": p.item.color])
                case .band:
                    el("rect", ["x": ChartFormat.coord(p.x), "y": ChartFormat.coord(p.y + 2), "width": "12", "height": "12",
                                "fill": p.item.color, "fill-opacity": "0.25"])
                case .line:
                    el("line", ["x1": ChartFormat.coord(p.x), "x2": ChartFormat.coord(p.x + 12), "y1": ChartFormat.coord(p.y + 8),
                                "y2": ChartFormat.coord(p.y + 8), "stroke": p.item.color, "stroke-width": "2"])
                }
                el("text", ["x": ChartFormat.coord(p.x + 17), "y": ChartFormat.coord(p.y + 8), "dy": "0.32em",
                            "fill": "currentColor"]) { p.item.label }
            }
        }
        return (html, items.isEmpty ? 0 : cy - y + rowHeight)
    }

    // MARK: - Paths

    /// An SVG path through `points` ("M x y L x y …").
    static func path(_ points: [(x: Double, y: Double)]) -> String {
        points.enumerated().map { i, p in "\(i == 0 ? "M" : "L")\(ChartFormat.coord(p.x)) \(ChartFormat.coord(p.y))" }
            .joined(separator: " ")
    }
}
