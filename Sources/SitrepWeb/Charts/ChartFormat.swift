import SitrepModel
/// Numbers for people (thousands separators, never the server's locale) and for SVG coordinates
/// (one decimal, never NaN).
enum ChartFormat {
    /// "12,345", "-1,000".
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    /// A decimal with exactly `fractionDigits` digits after the point: "1,234.50". Non-finite
    /// values render as "–"; magnitudes beyond what an Int holds fall back to Swift's own form.
    static func decimal(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return "–" }
        let digits = max(0, min(fractionDigits, 6))
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let n = Int(scaled)
        let sign = value < 0 && n != 0 ? "-" : ""
        var out = sign + integer(n / scale)
        if digits > 0 {
            let fraction = String(n % scale)
            out += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return out
    }

    /// A decimal with at most `maxFractionDigits` digits, trailing zeros dropped: "620.5", "1,000".
    static func trimmed(_ value: Double, maxFractionDigits: Int) -> String {
        var text = decimal(value, fractionDigits: maxFractionDigits)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// An indicator value, with as many decimals as its size warrants: "12,345.6", "620.25", "0.0042".
    static func value(_ value: Double) -> String {
        let size = value.magnitude
        return trimmed(value, maxFractionDigits: size >= 1000 ? 1 : size >= 1 ? 2 : 4)
    }

    /// An SVG coordinate or length: at most one decimal, "0" for anything non-finite.
    static func coord(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = tenths.magnitude / 10, fraction = tenths.magnitude % 10
        let sign = tenths < 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// "1 incident", "2,000 incidents".
    static func counted(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(integer(n)) \(n == 1 ? singular : plural)"
    }

    /// `text` cut to `limit` characters with an ellipsis, whole characters only.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        var cut = String(text.prefix(limit - 1))
        while cut.last?.isWhitespace == true { cut.removeLast() }
        return cut + "…"
    }

    /// Roughly how wide `text` is in SVG units at `fontSize` (for laying out labels and legends).
    static func estimatedWidth(_ text: String, fontSize: Double = 11) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
