import Foundation

/// Country name (as the gazetteer writes it) → ISO 3166-1 alpha-3 (the prefix of incident ids),
/// numeric code (ACLED's `iso` column) and ACLED region (its `region` column). Read once from
/// `Resources/countries.tsv` (built by scripts/record/countries.py).
public struct CountryCodes: Sendable {
    struct Entry: Sendable {
        var alpha3: String
        var numeric: Int?
        var region: String?
    }

    private let codes: [String: Entry]

    public init(_ codes: [String: String]) { self.codes = codes.mapValues { Entry(alpha3: $0) } }

    init(table: [String: Entry]) { codes = table }

    /// The bundled table.
    public static let bundled: CountryCodes = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return CountryCodes([:]) }
        return CountryCodes(table: parse(text))
    }()

    /// Rows of `name<TAB>alpha-3[<TAB>numeric[<TAB>region]]`; `#` lines are comments.
    static func parse(_ text: String) -> [String: Entry] {
        var codes: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2, !cols[0].isEmpty else { continue }
            codes[cols[0]] = Entry(alpha3: cols[1], numeric: cols.count > 2 ? Int(cols[2]) : nil,
                                   region: cols.count > 3 && !cols[3].isEmpty ? cols[3] : nil)
        }
        return codes
    }

    /// The whole entry of a country (one lookup for the export's `iso` and `region` columns).
    func entry(_ country: String) -> Entry? { codes[country] }

    /// "SYR" for "Syria"; "XXX" when the country is unknown.
    public func prefix(for country: String?) -> String {
        country.flatMap { codes[$0]?.alpha3 } ?? "XXX"
    }

    /// 760 for "Syria"; nil when unknown.
    public func numeric(for country: String?) -> Int? {
        country.flatMap { codes[$0]?.numeric }
    }

    /// ACLED's region: "Middle East" for "Syria", "Caucasus and Central Asia" for "Armenia"; nil
    /// when unknown. Derived from the UN M49 sub-region by a rule that approximates ACLED's
    /// regions (scripts/record/countries.py).
    public func region(for country: String?) -> String? {
        country.flatMap { codes[$0]?.region }
    }
}
