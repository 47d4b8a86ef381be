import Foundation

/// Country name (as the gazetteer writes it) → ISO 3166-1 alpha-3 (the prefix of incident ids)
/// and numeric code (ACLED's `iso` column). Read once from `Resources/countries.tsv` (built by
/// scripts/record/countries.py).
public struct CountryCodes: Sendable {
    private let codes: [String: (alpha3: String, numeric: Int?)]

    public init(_ codes: [String: String]) { self.codes = codes.mapValues { ($0, nil) } }

    init(table: [String: (alpha3: String, numeric: Int?)]) { codes = table }

    /// The bundled table.
    public static let bundled: CountryCodes = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return CountryCodes([:]) }
        var codes: [String: (alpha3: String, numeric: Int?)] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            if cols.count >= 2 { codes[String(cols[0])] = (String(cols[1]), cols.count > 2 ? Int(cols[2]) : nil) }
        }
        return CountryCodes(table: codes)
    }()

    /// "SYR" for "Syria"; "XXX" when the country is unknown.
    public func prefix(for country: String?) -> String {
        country.flatMap { codes[$0]?.alpha3 } ?? "XXX"
    }

    /// 760 for "Syria"; nil when unknown.
    public func numeric(for country: String?) -> Int? {
        country.flatMap { codes[$0]?.numeric }
    }
}
