import SitrepModel
import Foundation

/// An axis range with round tick steps (1, 2 or 5 × 10ⁿ) covering the data.
struct NiceScale: Sendable, Equatable {
    var lower: Double
    var upper: Double
    var step: Double

    /// The tick values from `lower` to `upper` inclusive (computed as multiples of `step`, so no
    /// drift accumulates).
    var ticks: [Double] {
        guard step > 0, upper >= lower else { return [lower] }
        let first = (lower / step).rounded()
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { (first + Double($0)) * step }
    }

    var span: Double { upper - lower }

    /// The smallest step of the form 1, 2 or 5 × 10ⁿ that is at least `raw`.
    static func niceStep(atLeast raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, floor(log10(raw)))
        let normalized = raw / magnitude
        let nice: Double = normalized <= 1.000_000_1 ? 1 : normalized <= 2.000_000_1 ? 2 : normalized <= 5.000_000_1 ? 5 : 10
        return nice * magnitude
    }

    /// 0 up to at least `max`, in at most `targetTicks` steps; whole-number steps for counts.
    /// An all-zero (or empty) series gets 0…1 so nothing divides by zero.
    static func zeroBased(max: Double, targetTicks: Int = 5, integers: Bool = true) -> NiceScale {
        guard max.isFinite, max > 0 else { return NiceScale(lower: 0, upper: 1, step: 1) }
        var step = niceStep(atLeast: max / Double(Swift.max(1, targetTicks)))
        if integers { step = Swift.max(1, step) }
        return NiceScale(lower: 0, upper: (max / step).rounded(.up) * step, step: step)
    }

    /// From at most `min` to at least `max` (not necessarily from zero: an exchange rate between
    /// 600 and 650 gets 600…650). A single value is given some room either side.
    static func spanning(min: Double, max: Double, targetTicks: Int = 5) -> NiceScale {
        guard min.isFinite, max.isFinite, max >= min else { return NiceScale(lower: 0, upper: 1, step: 1) }
        var low = min, high = max
        if high == low {
            let pad = Swift.max(1, low.magnitude * 0.1)
            low -= pad
            high += pad
        }
        let step = niceStep(atLeast: (high - low) / Double(Swift.max(1, targetTicks)))
        return NiceScale(lower: (low / step).rounded(.down) * step, upper: (high / step).rounded(.up) * step, step: step)
    }

    /// How many decimals the tick labels need (0 for a step of 1 or more, 1 for 0.5, 2 for 0.05).
    var fractionDigits: Int {
        step >= 1 ? 0 : Int(-floor(log10(step) + 1e-9))
    }

    func label(_ value: Double) -> String {
        ChartFormat.decimal(value, fractionDigits: fractionDigits)
    }
}
