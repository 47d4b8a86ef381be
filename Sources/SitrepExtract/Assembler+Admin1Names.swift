import SitrepModel

// MARK: - Place names as coders write them

extension Assembler {
    /// A gazetteer name as a coder writes it: without the country that tells namesakes apart in
    /// the gazetteer ("Tripoli (Lebanon)", "Plateau (Nigeria)" are Tripoli, Plateau).
    static func displayName(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        var head = name[..<open]
        while head.last == " " { head.removeLast() }
        return head.isEmpty ? name : String(head)
    }

    /// The first-level unit under ACLED's name for it where the gazetteer's (which the resolver
    /// reads provinces by) differs: Palestine's governorates lie in ACLED's West Bank and Gaza
    /// Strip, and some units go by another spelling (Suqutra, Nord-Kivu, Maysan, the full names of
    /// two Mexican states, Cameroon's regions in French, Greece's in English, China's without "Sheng").
    static func acledAdmin1(_ admin1: String?, country: String?) -> String? {
        guard let admin1, let country else { return admin1 }
        if country == "Palestine" { return gazaGovernorates.contains(admin1) ? "Gaza Strip" : "West Bank" }
        // (the joined key is made and hashed only for the few countries the table names)
        if renamingCountries.contains(country), let name = acledAdmin1Names[country + "|" + admin1] { return name }
        // China: GeoNames' "Sichuan Sheng", "Xinjiang Uygur Zizhiqu" are Sichuan, Xinjiang
        if country == "China" {
            for suffix in [" Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Sheng", " Shi"] where admin1.hasSuffix(suffix) {
                return String(admin1.dropLast(suffix.count))
            }
        }
        return admin1
    }

    /// The countries `acledAdmin1Names` renames units of (its keys' part before "|").
    private static let renamingCountries = Set(acledAdmin1Names.keys.map { String($0.prefix { $0 != "|" }) })
    private static let gazaGovernorates: Set<String> = ["North Gaza", "Gaza City", "Gaza", "Deir El Balah", "Khan Yunis", "Rafah", "Gaza Strip"]
    private static let acledAdmin1Names: [String: String] = [
        "Yemen|Socotra": "Suqutra",
        "Democratic Republic of Congo|North Kivu": "Nord-Kivu",
        "Democratic Republic of Congo|South Kivu": "Sud-Kivu",
        "Iraq|Missan": "Maysan",
        "Mexico|Veracruz": "Veracruz de Ignacio de la Llave",
        "Mexico|Coahuila": "Coahuila de Zaragoza",
        // Cameroon's regions by their French names
        "Cameroon|Far North": "Extreme-Nord", "Cameroon|North": "Nord", "Cameroon|North-West": "Nord-Ouest",
        "Cameroon|South-West": "Sud-Ouest", "Cameroon|South": "Sud", "Cameroon|East": "Est", "Cameroon|West": "Ouest",
        // Greece's regions by their English names
        "Greece|Attiki": "Attica", "Greece|Anatoliki Makedonia kai Thraki": "East Macedonia and Thrace",
        "Greece|Kentriki Makedonia": "Central Macedonia", "Greece|Dytiki Makedonia": "West Macedonia",
        "Greece|Ipeiros": "Epirus", "Greece|Thessalia": "Thessaly", "Greece|Ionia Nisia": "Ionian Islands",
        "Greece|Dytiki Ellada": "West Greece", "Greece|Sterea Ellada": "Central Greece", "Greece|Peloponnisos": "Peloponnese",
        "Greece|Voreio Aigaio": "North Aegean", "Greece|Notio Aigaio": "South Aegean", "Greece|Kriti": "Crete",
        "China|Nei Mongol Zizhiqu": "Inner Mongolia", "China|Xizang Zizhiqu": "Tibet",
    ]
}
