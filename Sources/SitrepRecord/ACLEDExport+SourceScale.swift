import SitrepModel

extension ACLEDExport {
    /// ACLED's source scales, from local to international: the order in which a combination
    /// ("National-International") names them.
    public static let sourceScales = ["Local partner", "Subnational", "National", "Regional", "International", "New media", "Other"]

    /// ACLED's scale of each kind of source (`kind` in SitrepExtract's sources.tsv).
    ///
    /// ACLED codes "the scale of the sources used": local partner, subnational, national, regional,
    /// international, new media, other. Sitrep knows a source's kind, not its reach, so the scale
    /// is the kind's usual one:
    /// - `local` (local outlets, residents, medics) → Subnational;
    /// - `state_media`, `pro_government`, `opposition` (a country's official, loyal or opposition
    ///   outlets, in exile too) → National;
    /// - `international` (foreign broadcasters, UN agencies, NGOs), `wire` → International;
    /// - `social_media` → New media;
    /// - `monitor` (observatories, rights groups, conflict trackers) → Other: they are not news
    ///   media of any reach.
    ///
    /// Sitrep has no local partners and no regional kind (Al Jazeera is `international`), so it
    /// never writes those two. A kind not in this table is Other.
    public static let sourceScaleOfKind: [String: String] = [
        "local": "Subnational",
        "state_media": "National", "pro_government": "National", "opposition": "National",
        "international": "International", "wire": "International",
        "social_media": "New media",
        "monitor": "Other",
    ]

    /// The distinct scales of the claims' source kinds in ACLED's order, joined with "-"
    /// ("Subnational-National-International"); empty when no claim names a kind.
    public static func sourceScale(_ claims: [Claim]) -> String {
        let scales = Set(claims.compactMap { claim in claim.sourceKind.map { sourceScaleOfKind[$0] ?? "Other" } })
        return sourceScales.filter(scales.contains).joined(separator: "-")
    }
}
