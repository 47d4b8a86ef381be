import SitrepModel
/// The drawing area inside a chart's margins, in SVG units.
struct PlotArea: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var right: Double { x + width }
    var bottom: Double { y + height }

    /// The y of `value` on a vertical `scale` (up is more).
    func y(_ value: Double, on scale: NiceScale) -> Double {
        guard scale.span > 0 else { return bottom }
        return bottom - (value - scale.lower) / scale.span * height
    }

    /// The x of `value` on a horizontal `scale`.
    func x(_ value: Double, on scale: NiceScale) -> Double {
        guard scale.span > 0 else { return x }
        return x + (value - scale.lower) / scale.span * width
    }

    /// The centre of slot `index` of `count` equal slots across the width.
    func slotCentre(_ index: Int, of count: Int) -> Double {
        x + (Double(index) + 0.5) * width / Double(max(1, count))
    }
}

/// Where the bars and their segments go: pure geometry, no markup, so tests can check it.
struct StackedBarLayout: Sendable, Equatable {
    struct Segment: Sendable, Equatable {
        var series: Int
        var value: Int
        var y: Double
        var height: Double
    }

    struct Bar: Sendable, Equatable {
        var index: Int
        var x: Double
        var width: Double
        var total: Int
        /// Bottom to top in series order; zero values have no segment.
        var segments: [Segment]
        /// The top of the stack (the plot's bottom for an empty bar).
        var top: Double
    }

    var scale: NiceScale
    var bars: [Bar]

    /// `values[bin][series]`; negative values count as zero (counts never are).
    init(values: [[Int]], plot: PlotArea) {
        let totals = values.map { $0.reduce(0) { $0 + max(0, $1) } }
        let scale = NiceScale.zeroBased(max: Double(totals.max() ?? 0))
        self.scale = scale
        let slot = plot.width / Double(max(1, values.count))
        let width = slot >= 4 ? min(slot * 0.8, 48) : slot
        bars = values.enumerated().map { index, row in
            var base = 0
            var segments: [Segment] = []
            for (series, raw) in row.enumerated() where raw > 0 {
                let top = plot.y(Double(base + raw), on: scale)
                segments.append(Segment(series: series, value: raw, y: top, height: plot.y(Double(base), on: scale) - top))
                base += raw
            }
            return Bar(index: index, x: plot.slotCentre(index, of: values.count) - width / 2, width: width,
                       total: totals[index], segments: segments, top: plot.y(Double(base), on: scale))
        }
    }
}
