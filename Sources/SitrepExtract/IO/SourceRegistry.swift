import Foundation
import SitrepModel

extension Extractor {
    /// The bundled `sources.tsv` as source-registry entries (name, kind, aliases, affiliation):
    /// what the record's registry is seeded with, so the registry and the extractor know the
    /// same sources.
    public static func bundledSources() throws -> [SourceInfo] {
        guard let url = Bundle.module.url(forResource: "sources", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "sources", withExtension: "tsv") else {
            throw ExtractError(code: .missingResource, message: "The bundled resource sources.tsv is missing.")
        }
        return sources(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// Rows of `name<TAB>kind<TAB>aliases[<TAB>affiliation]`; comments (`#`) and blank lines skipped.
    public static func sources(tsv: String) -> [SourceInfo] {
        tsv.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2, !cols[0].isEmpty else { return nil }
            let aliases = cols.count > 2 ? cols[2].split(separator: "|").map(String.init).filter { $0.lowercased() != cols[0].lowercased() } : []
            return SourceInfo(name: cols[0], aliases: aliases, kind: cols[1], affiliation: cols.count > 3 ? cols[3] : "")
        }
    }
}
