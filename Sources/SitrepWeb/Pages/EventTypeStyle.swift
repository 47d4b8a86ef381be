/// How each ACLED event type is drawn, on the map, in the charts and in legends: one colour per
/// type (the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies) and a
/// short label. Colours go into SVG `fill`/`stroke` attributes (the CSP forbids inline styles).
enum EventTypeStyle {
    struct Style: Sendable {
        var eventType: String
        var short: String
        var color: String
    }

    /// ACLED's six event types in ACLED's order.
    static let all: [Style] = [
        Style(eventType: "Battles", short: "Battles", color: "#D55E00"),
        Style(eventType: "Explosions/Remote violence", short: "Explosions", color: "#E69F00"),
        Style(eventType: "Violence against civilians", short: "Against civilians", color: "#CC79A7"),
        Style(eventType: "Protests", short: "Protests", color: "#0072B2"),
        Style(eventType: "Riots", short: "Riots", color: "#56B4E9"),
        Style(eventType: "Strategic developments", short: "Strategic", color: "#009E73"),
    ]

    /// For a type outside ACLED's six (never expected; drawn grey rather than dropped).
    static let other = Style(eventType: "Other", short: "Other", color: "#6F6F6F")

    static func style(_ eventType: String) -> Style {
        all.first { $0.eventType == eventType } ?? other
    }
}
