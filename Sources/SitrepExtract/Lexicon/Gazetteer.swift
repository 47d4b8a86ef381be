import SitrepModel

/// Places loaded from `gazetteer.tsv` (`id name kind admin1 country iso2 lat lon population alternates`)
/// into flat arrays over the file's bytes, with a phrase table over the transliteration-folded keys
/// of every name and alternate name.
final class Gazetteer: Sendable {
    enum Kind: UInt8, Sendable, CaseIterable {
        case country, province, region, city, town, village, district, neighbourhood, camp, base
        case airport, field, crossing, landmark, other

        /// Parses a kind from bytes without building a String (this runs once per gazetteer row):
        /// `table` is `Kind.byHash`, bound once by the caller.
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, table: [(hash: UInt64, kind: Kind)]) {
            var h = Fold.fnvOffset
            for k in r { h = Fold.hash(h, bytes[k] | 0x20) }
            // eighteen names, the common ones first: a scan costs less than hashing for a Dictionary
            self = table.first { $0.hash == h }?.kind ?? .other
        }

        static let byHash: [(hash: UInt64, kind: Kind)] = {
            func key(_ s: String) -> UInt64 { var h = Fold.fnvOffset; for b in s.utf8 { h = Fold.hash(h, b | 0x20) }; return h }
            let names: [(String, Kind)] = [
                ("town", .town), ("village", .village), ("city", .city), ("province", .province), ("country", .country),
                ("region", .region), ("district", .district), ("neighbourhood", .neighbourhood), ("neighborhood", .neighbourhood),
                ("camp", .camp), ("base", .base), ("airport", .airport), ("field", .field), ("crossing", .crossing),
                ("landmark", .landmark), ("governorate", .province), ("state", .province), ("admin1", .province),
            ]
            return names.map { (key($0.0), $0.1) }
        }()

        /// An administrative area rather than a point-like place.
        var isArea: Bool { self == .country || self == .province || self == .region }
    }

    /// 64 bytes: the fields the resolver reads for every candidate first, the file's byte ranges
    /// (32-bit offsets) after them, so a candidate costs one cache line.
    struct Place: Sendable {
        /// Phrase keys of the admin1 and country names, for disambiguation by context.
        var admin1Key: UInt64
        var countryKey: UInt64
        var population: UInt32
        var lat: Float
        var lon: Float
        var iso2: UInt16
        var kind: Kind
        var name: Range<Int32>
        var admin1: Range<Int32>
        var country: Range<Int32>
        var alternates: Range<Int32>
    }

    private let bytes: [UInt8]
    let places: [Place]
    /// `places[i].kind`, one byte per place: loops over a common name's many readings test the
    /// kind of each from this small array (it stays in cache) instead of missing on a `Place`.
    let kinds: [Kind]
    /// `places[i].iso2`, likewise (the resolver's transliteration test reads it for many readings).
    let iso2s: [UInt16]
    /// Names and alternates, their proper prefixes marked, so that matching stops as soon as no
    /// name can continue.
    let table: PhraseTable
    /// Names and alternates keyed as written (no transliteration folding), for the spelling check.
    let exact: PhraseTable
    /// Per place: the key of its own name as written (no alternates), so that a place called what
    /// the text says beats one that merely lists it among other languages' names ("el Mina" is the
    /// Lebanese town, not Minot, North Dakota, whose alternates include "Mina").
    let primaryKeys: [UInt64]
    /// Per place: whether it comes from the team's curated supplement of conflict sites.
    let curated: [Bool]
    /// Per province (`provinceKey`): where its settlements lie around its point.
    let spreads: [UInt64: Spread]
    /// For each country (by country key), the most populous settlement at the country row's point:
    /// its capital, whose admin1 a country-level event is coded in.
    let capitals: [UInt64: UInt32]

    init(data: [UInt8], articles: Set<UInt64>) {
        bytes = data
        var places: [Place] = []
        places.reserveCapacity(data.count / 80)
        var pairs: [(hash: UInt64, id: UInt32)] = []
        pairs.reserveCapacity(data.count / 25)
        var maxTokens = 1
        var prefixes: [UInt64] = []
        var exactPairs: [(hash: UInt64, id: UInt32)] = []
        exactPairs.reserveCapacity(data.count / 25)
        var keys = KeyBuilder(articles: articles, cachingWords: true)
        var primary: [UInt64] = []
        primary.reserveCapacity(data.count / 80)
        var curatedRows: [Bool] = []
        curatedRows.reserveCapacity(data.count / 80)
        // admin1/country strings repeat (about 4,000 distinct in 139,000 rows): their keys are
        // cached by a cheap byte hash, in an open-addressing array (no SipHash per row)
        var keyCache = AreaKeyCache()
        let kindTable = Kind.byHash
        data.withUnsafeBufferPointer { buf in
            func areaKey(_ r: Range<Int>) -> UInt64 {
                guard !r.isEmpty else { return 0 }
                var h = Fold.fnvOffset
                for k in r { h = Fold.hash(h, buf[k]) }
                return keyCache.key(h) { keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .geo)?.hash ?? 0 }
            }
            TSV.forEachRow(buf, maxFields: 10) { f, _ in
                guard !f[1].isEmpty, let lat = TSV.double(buf, f[6]), let lon = TSV.double(buf, f[7]) else { return }
                var iso: UInt16 = 0
                if f[5].count == 2 { iso = UInt16(buf[f[5].lowerBound] | 0x20) << 8 | UInt16(buf[f[5].lowerBound + 1] | 0x20) }
                let id = UInt32(places.count)
                places.append(Place(
                    admin1Key: areaKey(f[3]), countryKey: areaKey(f[4]), population: UInt32(clamping: TSV.int(buf, f[8]) ?? 0),
                    lat: Float(lat), lon: Float(lon), iso2: iso, kind: Kind(buf, f[2], table: kindTable),
                    name: Gazetteer.offsets(f[1]), admin1: Gazetteer.offsets(f[3]), country: Gazetteer.offsets(f[4]),
                    alternates: Gazetteer.offsets(f[9])
                ))
                let isCurated = f[0].count > 2 && buf[f[0].lowerBound] == 0x63 && buf[f[0].lowerBound + 1] == 0x3A  // "c:"
                curatedRows.append(isCurated)
                if let k = keys.key(UnsafeBufferPointer(rebasing: buf[isCurated ? Gazetteer.unqualified(buf, f[1]) : f[1]]), mode: .geo) {
                    pairs.append((k.hash, id))
                    maxTokens = max(maxTokens, k.tokens)
                    prefixes += keys.prefixes
                    exactPairs.append((keys.lastLexHash, id))
                    primary.append(keys.lastLexHash)
                } else {
                    primary.append(0)
                }
                TSV.forEachAlternate(buf, f[9]) { r in
                    if let k = keys.key(UnsafeBufferPointer(rebasing: buf[isCurated ? Gazetteer.unqualified(buf, r) : r]), mode: .geo), k.tokens <= 8 {
                        pairs.append((k.hash, id))
                        maxTokens = max(maxTokens, k.tokens)
                        prefixes += keys.prefixes
                        exactPairs.append((keys.lastLexHash, id))
                    }
                }
            }
        }
        self.places = places
        kinds = places.map(\.kind)
        iso2s = places.map(\.iso2)
        primaryKeys = primary
        curated = curatedRows
        table = PhraseTable(pairs: pairs, maxTokens: min(maxTokens, 8), prefixes: prefixes)
        exact = PhraseTable(pairs: exactPairs, maxTokens: 1)
        spreads = Gazetteer.spreads(places)
        capitals = Gazetteer.capitals(places)
    }

    /// A curated name without its trailing qualifier: "Ur (Baghdad)" is written "Ur" in text; the
    /// parenthesis only tells it apart from other places of that name. (GeoNames rows keep theirs:
    /// "Centre (Burkina Faso)" must not match every "Centre".)
    static func unqualified(_ buf: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        guard r.count > 3, buf[r.upperBound - 1] == 0x29 else { return r }
        var i = r.upperBound - 2
        while i > r.lowerBound, buf[i] != 0x28 { i -= 1 }
        guard buf[i] == 0x28 else { return r }
        var end = i
        while end > r.lowerBound, buf[end - 1] == 0x20 { end -= 1 }
        return end > r.lowerBound ? r.lowerBound..<end : r
    }

    /// Whether `lexKey` is the place's own name as written.
    func isPrimaryName(_ id: UInt32, lexKey: UInt64) -> Bool { primaryKeys[Int(id)] == lexKey }

    func name(_ id: UInt32) -> String { string(places[Int(id)].name) }
    func admin1(_ id: UInt32) -> String? { let r = places[Int(id)].admin1; return r.isEmpty ? nil : string(r) }
    func country(_ id: UInt32) -> String? { let r = places[Int(id)].country; return r.isEmpty ? nil : string(r) }

    private func string(_ r: Range<Int32>) -> String {
        bytes.withUnsafeBufferPointer { TSV.string($0, Int(r.lowerBound)..<Int(r.upperBound)) }
    }

    /// Phrase keys by a byte hash of the string they key (the hash stands for the string, as it
    /// did in the `Dictionary` this replaces): an open-addressing table of fixed size that stops
    /// caching when half full.
    private struct AreaKeyCache {
        private var hashes = [UInt64](repeating: 0, count: 1 << 14)
        private var keys = [UInt64](repeating: 0, count: 1 << 14)
        private var count = 0

        mutating func key(_ byteHash: UInt64, _ compute: () -> UInt64) -> UInt64 {
            let h = byteHash == 0 ? 1 : byteHash
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == h { return keys[slot] }
                slot = (slot + 1) & mask
            }
            let key = compute()
            if count < hashes.count / 2 {
                hashes[slot] = h
                keys[slot] = key
                count += 1
            }
            return key
        }
    }

    /// A byte range of the file as 32-bit offsets (the file is far below 2 GB).
    private static func offsets(_ r: Range<Int>) -> Range<Int32> { Int32(r.lowerBound)..<Int32(r.upperBound) }
}

extension Gazetteer {
    /// One pass at load: the country rows' points, then the most populous city or town within
    /// about a kilometre of its country's point.
    static func capitals(_ places: [Place]) -> [UInt64: UInt32] {
        var points: [UInt64: SIMD2<Float>] = [:]
        for p in places where p.kind == .country { points[p.countryKey] = SIMD2(p.lat, p.lon) }
        var best: [UInt64: UInt32] = [:]
        for (i, p) in places.enumerated() where p.kind == .city || p.kind == .town {
            guard let c = points[p.countryKey], abs(c.x - p.lat) < 0.01, abs(c.y - p.lon) < 0.01 else { continue }
            if let b = best[p.countryKey], places[Int(b)].population >= p.population { continue }
            best[p.countryKey] = UInt32(i)
        }
        return best
    }
}
