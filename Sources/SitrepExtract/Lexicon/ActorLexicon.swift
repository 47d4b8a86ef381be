/// Actor types, as in ACLED's inter codes.
enum ActorType: String, Sendable {
    case state, rebel, politicalMilitia = "political_militia", identityMilitia = "identity_militia"
    case rioters, protesters, civilians, external
}

/// Conflict actors from `actors.tsv` (`canonical type country aliases cameo flags`).
final class ActorLexicon: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var type: ActorType
        var country: String
        var cameo: String
        /// Alias must be written capitalized (short all-caps aliases: all caps) to match ("IS").
        var caseSensitive: Bool
        /// A generic word ("regime", "rebels"): a weaker mention.
        var generic: Bool
        /// Countries (lowercased) whose state forces this entry names when they act in `country`
        /// (flag `for=Saudi Arabia`: Saudi forces in Yemen are Operation Restoring Hope).
        var standsFor: [String] = []
        /// The days (`Day.ordinal`) the row names events on: flags `since=YYYY-MM-DD` (inclusive) and
        /// `until=YYYY-MM-DD` (exclusive). The Taliban are rebels before 15 August 2021 and the state after.
        var validFrom = Int.min
        var validUntil = Int.max

        func isValid(on day: Day) -> Bool { day.ordinal >= validFrom && day.ordinal < validUntil }
    }

    let entries: [Entry]
    /// Canonical names whose first entry is a political party (CAMEO code ending in "PTY"), for
    /// `Assembler.isParty`: one hash instead of a scan of every entry per mention.
    let partyNames: Set<String>
    /// `entries[i].caseSensitive` and `.generic`, unboxed for the matcher (no String copies per word).
    let caseSensitive: [Bool]
    let generic: [Bool]
    /// "event country|acting country" (lowercased) → the entry ACLED uses for that country's forces there.
    let standIns: [String: UInt32]
    /// ACLED's dated names of one state's military and police ("Military Forces of Turkey (2002-)"),
    /// and the days they name (a state that fell has two: Syria's "(2000-2024)" and "(2024-)").
    struct StateForces {
        var military: String
        var police: String?
        var validFrom: Int
        var validUntil: Int
    }
    /// Country (lowercased) → its states' forces, for forces named by a demonym or a generic word.
    let stateForces: [String: [StateForces]]
    // stored, not computed: matching reads these for every word
    /// Alias keys, their proper prefixes marked.
    let table: PhraseTable
    /// Alias keys without transliteration folding: a lowercase word must match one exactly
    /// ("days" is not "Daesh"; folding is for names, which are capitalized).
    let exact: PhraseTable
    /// The words of the aliases as written (see `AliasIndex.words`).
    let aliasWords: PhraseTable
    /// The whole numbers that begin an alias ("400 Mawozo", "5 Segonn"), sorted: the matcher tries
    /// an alias at a number token only when its value is one of these (numbers are common, such
    /// aliases few).
    let leadingNumbers: [Double]

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var index = AliasIndex.Builder(articles: articles)
        var leading = Set<Double>()
        data.withUnsafeBufferPointer { buf in
            // a group listed on a generic row (its generic words: "militants") and on a named one: its
            // own name is the named row's, so the name itself reads as specific ("Al Shabaab claimed
            // the attack"), whichever row comes first
            var named = Set<String>()
            TSV.forEachRow(buf, maxFields: 6) { f, _ in
                guard !f[0].isEmpty, !TSV.string(buf, f[5]).lowercased().containsASCII("generic") else { return }
                named.insert(TSV.string(buf, f[0]))
            }
            TSV.forEachRow(buf, maxFields: 6) { f, _ in
                guard !f[0].isEmpty else { return }
                let flags = TSV.string(buf, f[5]).lowercased()
                let id = UInt32(entries.count)
                var validFrom = Int.min, validUntil = Int.max
                for f in flags.split(separator: ",") {
                    if f.hasPrefix("since="), let d = Self.day(f.dropFirst(6)) { validFrom = d.ordinal }
                    if f.hasPrefix("until="), let d = Self.day(f.dropFirst(6)) { validUntil = d.ordinal }
                }
                entries.append(Entry(
                    canonical: TSV.string(buf, f[0]),
                    type: ActorType(rawValue: TSV.string(buf, f[1]).lowercased()) ?? .external,
                    country: TSV.string(buf, f[2]), cameo: TSV.string(buf, f[4]),
                    caseSensitive: flags.containsASCII("case"), generic: flags.containsASCII("generic"),
                    standsFor: flags.split(separator: ",").compactMap { f in
                        f.hasPrefix("for=") ? String(f.dropFirst(4).drop { $0 == " " }) : nil
                    },
                    validFrom: validFrom, validUntil: validUntil
                ))
                if !(entries[Int(id)].generic && named.contains(entries[Int(id)].canonical)) {
                    index.add(UnsafeBufferPointer(rebasing: buf[f[0]]), id: id)
                }
                TSV.forEachAlternate(buf, f[3]) {
                    index.add(UnsafeBufferPointer(rebasing: buf[$0]), id: id)
                    if let v = Self.leadingNumber(buf, $0) { leading.insert(v) }
                }
            }
        }
        self.entries = entries
        var firstSeen = Set<String>(), parties = Set<String>()
        for e in entries where firstSeen.insert(e.canonical).inserted && e.cameo.hasSuffix("PTY") { parties.insert(e.canonical) }
        partyNames = parties
        caseSensitive = entries.map(\.caseSensitive)
        generic = entries.map(\.generic)
        var standIns: [String: UInt32] = [:]
        for (id, e) in entries.enumerated() {
            for acting in e.standsFor where standIns[Self.standInKey(e.country, acting)] == nil {
                standIns[Self.standInKey(e.country, acting)] = UInt32(id)
            }
        }
        self.standIns = standIns
        var forces: [String: [StateForces]] = [:]
        for e in entries where e.type == .state && !e.country.isEmpty && e.canonical.hasSuffix(")") && !e.generic
            && e.canonical.hasPrefix("Military Forces of \(e.country) (") {
            // one state per name and period: the generated per-country row comes after a named one
            // of the same days, and the last one wins
            var list = forces[e.country.lowercased(), default: []]
            list.removeAll { $0.validFrom == e.validFrom && $0.validUntil == e.validUntil }
            list.append(StateForces(military: e.canonical, police: nil, validFrom: e.validFrom, validUntil: e.validUntil))
            forces[e.country.lowercased()] = list
        }
        for e in entries where e.type == .state && !e.country.isEmpty && e.canonical.hasSuffix(")") && !e.generic
            && e.canonical.hasPrefix("Police Forces of \(e.country) (") {
            let key = e.country.lowercased()
            if let i = forces[key]?.firstIndex(where: { $0.validFrom == e.validFrom && $0.validUntil == e.validUntil }) {
                forces[key]![i].police = e.canonical
            }
        }
        stateForces = forces
        let aliases = index.build()
        table = aliases.table
        exact = aliases.exact
        aliasWords = aliases.words
        leadingNumbers = leading.sorted()
    }

    /// The whole number an alias begins with ("400 mawozo" → 400, "3R" → 3: the tokenizer reads a
    /// number and a word), nil when it begins with a letter.
    private static func leadingNumber(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
        var v = 0.0, j = r.lowerBound
        while j < r.upperBound, buf[j] >= 0x30, buf[j] <= 0x39 { v = v * 10 + Double(buf[j] - 0x30); j += 1 }
        // (not a number with a fraction or a separator: "1.5" is no alias's start)
        return j > r.lowerBound && (j == r.upperBound || buf[j] != 0x2E && buf[j] != 0x2C) ? v : nil
    }

    /// "2021-08-15" → that day; nil when malformed.
    private static func day(_ s: Substring) -> Day? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func standInKey(_ eventCountry: String, _ acting: String) -> String {
        eventCountry.lowercased() + "|" + acting.lowercased()
    }

    /// ACLED's name of a country's military (or police) on `day`: the state of that day, dated where
    /// the list has it, else plain.
    func forcesName(of country: String, police: Bool = false, on day: Day) -> String {
        let list = stateForces[country.lowercased()]
        let f = list?.last { day.ordinal >= $0.validFrom && day.ordinal < $0.validUntil } ?? list?.last
        if police { return f?.police ?? "Police Forces of \(country)" }
        return f?.military ?? "Military Forces of \(country)"
    }

    /// ACLED's name of a country's government on `day`: its state's dated name, as the military's
    /// ("Government of Turkey (2002-)" beside "Military Forces of Turkey (2002-)").
    func governmentName(of country: String, on day: Day) -> String {
        let military = forcesName(of: country, on: day)
        let prefix = "Military Forces of "
        return military.hasPrefix(prefix) ? "Government of " + military.dropFirst(prefix.count) : "Government of \(country)"
    }

    /// The entry that names `acting`'s state forces when they operate in `eventCountry`, if ACLED
    /// gives them another name there.
    func standIn(for acting: String, in eventCountry: String?) -> UInt32? {
        guard let eventCountry, !standIns.isEmpty, acting != eventCountry else { return nil }
        return standIns[Self.standInKey(eventCountry, acting)]
    }
}

/// Named sources from `sources.tsv` (`name kind aliases`).
final class SourceLexicon: Sendable {
    struct Entry: Sendable {
        var name: String
        var kind: String
    }

    let entries: [Entry]
    let table: PhraseTable
    let exact: PhraseTable

    init(data: [UInt8], articles: Set<UInt64>) {
        var entries: [Entry] = []
        var index = AliasIndex.Builder(articles: articles)
        data.withUnsafeBufferPointer { buf in
            TSV.forEachRow(buf, maxFields: 3) { f, _ in
                guard !f[0].isEmpty else { return }
                let id = UInt32(entries.count)
                entries.append(Entry(name: TSV.string(buf, f[0]), kind: TSV.string(buf, f[1])))
                index.add(UnsafeBufferPointer(rebasing: buf[f[0]]), id: id)
                TSV.forEachAlternate(buf, f[2]) { index.add(UnsafeBufferPointer(rebasing: buf[$0]), id: id) }
            }
        }
        self.entries = entries
        let aliases = index.build()
        table = aliases.table
        exact = aliases.exact
    }
}
