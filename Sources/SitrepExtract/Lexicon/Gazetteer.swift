import Dispatch
import Foundation
import Synchronization
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

    /// A copy of the file (names are read from it on demand), made during the build on the core
    /// with time to spare: `data` may be a mapping of the file (`Extractor.load`), which is then
    /// released once loading ends, so a file replaced in place later cannot fault a running extractor.
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

    /// Builds the gazetteer on two cores: the file's two halves (cut at a line end) are read and
    /// keyed at once and joined in file order (the second half's ids follow the first's), then the
    /// main phrase table, province spreads and capitals are built on one core while the exact table
    /// and `alongside` (other loading that needs no gazetteer) are built, and the file copied, on
    /// the other. The result is the same as reading the file in one pass: every key depends on its
    /// row's bytes alone, and the rows keep their order.
    init(data: Data, articles: Set<UInt64>, alongside: @Sendable () -> Void = {}) {
        // ownership: each half's rows are built by one thread into its own Mutex and read after the
        // concurrentPerform returns (each lock is taken twice, uncontended)
        let cut = data.withUnsafeBytes { Gazetteer.middleLineStart($0.bindMemory(to: UInt8.self)) }
        let head = Mutex<Rows?>(nil), tail = Mutex<Rows?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            data.withUnsafeBytes { raw in
                let buf = raw.bindMemory(to: UInt8.self)
                if half == 0 {
                    let rows = Rows(buf, 0..<cut, articles: articles, capacityBytes: buf.count)
                    head.withLock { $0 = rows }
                } else {
                    let rows = Rows(buf, cut..<buf.count, articles: articles, capacityBytes: buf.count - cut)
                    tail.withLock { $0 = rows }
                }
            }
        }
        var first = head.withLock { $0.take() } ?? Rows()
        let second = tail.withLock { $0.take() } ?? Rows()
        // the second half's ids follow the first's places (its pairs are renumbered by the tables)
        let base = UInt32(first.places.count)
        let pairs = [(first.pairs, 0), (second.pairs, base)], exactPairs = [(first.exactPairs, 0), (second.exactPairs, base)]
        let prefixes = [first.prefixes, second.prefixes]
        let maxTokens = min(max(first.maxTokens, second.maxTokens), 8)
        first.pairs = []
        first.exactPairs = []
        first.prefixes = []
        first.places += second.places
        first.primary += second.primary
        first.curated += second.curated
        let places = first.places
        self.places = places
        kinds = places.map(\.kind)
        iso2s = places.map(\.iso2)
        primaryKeys = first.primary
        curated = first.curated
        // the main table and the spreads on one core, the exact table and `alongside` on the other
        // (about as long); each result is written once by its thread and read after both are done
        let main = Mutex<(PhraseTable, [UInt64: Spread], [UInt64: UInt32])?>(nil)
        let spelled = Mutex<(PhraseTable, [UInt8])?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let built = (PhraseTable(parts: pairs, maxTokens: maxTokens, prefixes: prefixes), Gazetteer.spreads(places), Gazetteer.capitals(places))
                main.withLock { $0 = built }
            } else {
                let built = (PhraseTable(parts: exactPairs, maxTokens: 1, prefixes: []), [UInt8](data))
                spelled.withLock { $0 = built }
                alongside()
            }
        }
        let (table, spreads, capitals) = main.withLock { $0.take() } ?? (PhraseTable(pairs: [], maxTokens: 1), [:], [:])
        let (exact, bytes) = spelled.withLock { $0.take() } ?? (PhraseTable(pairs: [], maxTokens: 1), [])
        self.bytes = bytes
        self.table = table
        self.exact = exact
        self.spreads = spreads
        self.capitals = capitals
    }

    /// Where the second half of the file starts: the start of the first line at or after the
    /// middle byte (the file's length when there is none).
    static func middleLineStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = bytes.count / 2
        while i < bytes.count, i > 0, bytes[i - 1] != 0x0A { i += 1 }
        return i
    }

    /// What the rows of one stretch of the file give: places, the names' keys and their prefixes.
    /// Ids are positions in `places` (the tables renumber a later stretch's: `PhraseTable(parts:)`).
    struct Rows: Sendable {
        var places: [Place] = []
        var pairs: [(hash: UInt64, id: UInt32)] = []
        var exactPairs: [(hash: UInt64, id: UInt32)] = []
        var prefixes: [UInt64] = []
        var primary: [UInt64] = []
        var curated: [Bool] = []
        var maxTokens = 1

        init() {}

        /// Reads the rows of `buf[range]` (`range` starts a line). `capacityBytes`: how many bytes
        /// of rows the per-place arrays are sized for (the whole file for the first half, which the
        /// second's places are appended to).
        init(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, articles: Set<UInt64>, capacityBytes: Int) {
            // built in locals, stored at the end: appends to a property of `self` inside the row
            // closure cost a uniqueness check and an exclusivity check each
            var places: [Place] = [], pairs: [(hash: UInt64, id: UInt32)] = [], exactPairs: [(hash: UInt64, id: UInt32)] = []
            var prefixes: [UInt64] = [], primary: [UInt64] = [], curated: [Bool] = []
            var maxTokens = 1
            places.reserveCapacity(capacityBytes / 80)
            pairs.reserveCapacity(range.count / 25)
            exactPairs.reserveCapacity(range.count / 25)
            primary.reserveCapacity(capacityBytes / 80)
            curated.reserveCapacity(capacityBytes / 80)
            var keys = KeyBuilder(articles: articles, cachingWords: true)
            // admin1/country strings repeat (about 4,000 distinct in 139,000 rows): their keys are
            // cached by a cheap byte hash, in an open-addressing array (no SipHash per row)
            var keyCache = AreaKeyCache()
            let kindTable = Kind.byHash
            func areaKey(_ r: Range<Int>) -> UInt64 {
                guard !r.isEmpty else { return 0 }
                var h = Fold.fnvOffset
                for k in r { h = Fold.hash(h, buf[k]) }
                return keyCache.key(h) { keys.key(UnsafeBufferPointer(rebasing: buf[r]), mode: .geo)?.hash ?? 0 }
            }
            TSV.forEachRow(buf, in: range, maxFields: 10) { f, _ in
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
                curated.append(isCurated)
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
            (self.places, self.pairs, self.exactPairs, self.prefixes) = (places, pairs, exactPairs, prefixes)
            (self.primary, self.curated, self.maxTokens) = (primary, curated, maxTokens)
        }
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
