import Foundation

/// Country name (as the gazetteer writes it) → ISO 3166-1 alpha-3, the prefix of incident ids.
/// Read once from `Resources/countries.tsv` (built by scripts/record/countries.py).
public struct CountryCodes: Sendable {
    private let codes: [String: String]

    public init(_ codes: [String: String]) { self.codes = codes }

    /// The bundled table.
    public static let bundled: CountryCodes = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return CountryCodes([:]) }
        var codes: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t")
            if cols.count == 2 { codes[String(cols[0])] = String(cols[1]) }
        }
        return CountryCodes(codes)
    }()

    /// "SYR" for "Syria"; "XXX" when the country is unknown.
    public func prefix(for country: String?) -> String {
        country.flatMap { codes[$0] } ?? "XXX"
    }
}
