import SitrepModel
import Foundation
import Synchronization

/// The Natural Earth basemap in `Map/Basemap/` (made by `scripts/map/basemap.py`; the format is
/// described there): countries with a label point and a bounding box, and per simplification level
/// their outlines as shared arcs, plus province (admin-1) border lines at the finer levels.
///
/// `shared` reads `countries.tsv` on first use and each level's file the first time a view needs it,
/// once; all of it is immutable after loading, so it is safe to use from any task.
final class Basemap: Sendable {
    struct Country: Sendable {
        var iso3: String
        var name: String
        var otherNames: [String]
        var labelLon: Double
        var labelLat: Double
        /// The country's main landmass and what lies near it (France without its Guiana).
        var bbox: MapBox
    }

    /// A polyline in degrees, flat `[lon0, lat0, lon1, lat1, ...]`, with its bounding box.
    struct Line: Sendable {
        var coordinates: [Double]
        var box: MapBox

        init(coordinates: [Double]) {
            self.coordinates = coordinates
            var box = MapBox(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
            var index = 0
            while index + 1 < coordinates.count {
                box.minLon = min(box.minLon, coordinates[index]); box.maxLon = max(box.maxLon, coordinates[index])
                box.minLat = min(box.minLat, coordinates[index + 1]); box.maxLat = max(box.maxLat, coordinates[index + 1])
                index += 2
            }
            self.box = box
        }
    }

    /// A country's outline at one level: rings of arc references (`i` is arc i, `~i` arc i reversed).
    struct Shape: Sendable {
        var countryIndex: Int
        var rings: [[Int]]
        var ringBoxes: [MapBox]
        var box: MapBox
    }

    struct Province: Sendable {
        var iso3: String
        var line: Line
    }

    struct Level: Sendable {
        var number: Int
        var tolerance: Double
        var arcs: [Line]
        /// How many rings use each arc: 1 for a coastline, 2 for a land border.
        var arcUses: [UInt8]
        var shapes: [Shape]
        var provinces: [Province]

        static let empty = Level(number: 0, tolerance: 0, arcs: [], arcUses: [], shapes: [], provinces: [])
    }

    static let shared = Basemap(directory: Bundle.module.url(forResource: "Basemap", withExtension: nil))

    /// Degrees per pixel at or above which each level is used (coarsest first).
    static let levelThresholds: [Double] = [0.12, 0.025, 0]

    let directory: URL?
    private let loadedCountries: Mutex<Countries?> = Mutex(nil)
    private let loadedLevels: Mutex<[Int: Level]> = Mutex([:])

    private struct Countries: Sendable {
        var list: [Country]
        var byISO: [String: Int]
        var byName: [String: Int]
    }

    init(directory: URL?) {
        self.directory = directory
    }

    // MARK: - Countries

    var countries: [Country] { countryTable.list }

    func country(iso3: String) -> Country? {
        let table = countryTable
        return table.byISO[iso3.uppercased()].map { table.list[$0] }
    }

    /// By its name or one of its other names (Natural Earth's long, formal and alternative names),
    /// ignoring case and diacritics.
    func country(named name: String) -> Country? {
        let table = countryTable
        return table.byName[Basemap.nameKey(name)].map { table.list[$0] }
    }

    /// The bbox of a country given by ISO3 code or by name.
    func bbox(country: String) -> MapBox? {
        if country.count == 3, let found = self.country(iso3: country) { return found.bbox }
        return self.country(named: country)?.bbox
    }

    private static func nameKey(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }

    private var countryTable: Countries {
        loadedCountries.withLock { cached in
            if let cached { return cached }
            let table = loadCountries()
            cached = table
            return table
        }
    }

    private func loadCountries() -> Countries {
        var table = Countries(list: [], byISO: [:], byName: [:])
        guard let text = read("countries.tsv") else { return table }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { continue }
            let label = fields[2].split(separator: ",").compactMap { Double($0) }
            guard label.count == 2, let bbox = MapBox(text: String(fields[3])) else { continue }
            let others = fields.count > 4 ? fields[4].split(separator: "|").map(String.init) : []
            let country = Country(iso3: String(fields[0]), name: String(fields[1]), otherNames: others,
                                  labelLon: label[0], labelLat: label[1], bbox: bbox)
            let index = table.list.count
            table.list.append(country)
            table.byISO[country.iso3] = index
            for name in [country.name] + others {
                let key = Basemap.nameKey(name)
                if table.byName[key] == nil { table.byName[key] = index }
            }
        }
        // A country's own short name wins over another's alternative name.
        for (index, country) in table.list.enumerated() {
            table.byName[Basemap.nameKey(country.name)] = index
        }
        return table
    }

    // MARK: - Levels

    /// The simplification level for a view drawn at `degreesPerPixel`.
    static func levelNumber(degreesPerPixel: Double) -> Int {
        levelThresholds.firstIndex { degreesPerPixel >= $0 } ?? levelThresholds.count - 1
    }

    func level(_ number: Int) -> Level {
        let number = min(max(number, 0), Basemap.levelThresholds.count - 1)
        if let level = loadedLevels.withLock({ $0[number] }) { return level }
        // Parsed outside the lock (two tasks may both parse a level the first time; one result is kept).
        let level = loadLevel(number)
        return loadedLevels.withLock { levels in
            if let existing = levels[number] { return existing }
            levels[number] = level
            return level
        }
    }

    private func loadLevel(_ number: Int) -> Level {
        guard let text = read("level\(number).txt") else { return .empty }
        let table = countryTable
        var level = Level(number: number, tolerance: 0, arcs: [], arcUses: [], shapes: [], provinces: [])
        var precision = 1.0
        for line in text.split(separator: "\n") {
            guard let kind = line.utf8.first, line.utf8.count > 2 else { continue }
            let rest = line.dropFirst(2)
            switch kind {
            case UInt8(ascii: "T"):
                let fields = rest.split(separator: " ")
                if fields.count == 2, let tolerance = Double(fields[0]), let factor = Double(fields[1]) {
                    level.tolerance = tolerance
                    precision = factor
                }
            case UInt8(ascii: "A"):
                level.arcs.append(Line(coordinates: Polyline.decode(rest.utf8, precision: precision)))
            case UInt8(ascii: "C"):
                let fields = rest.split(separator: " ", maxSplits: 1)
                guard fields.count == 2, let countryIndex = table.byISO[String(fields[0])] else { continue }
                let rings = fields[1].split(separator: ";").map { $0.split(separator: ",").compactMap { Int($0) } }
                level.shapes.append(Shape(countryIndex: countryIndex, rings: rings, ringBoxes: [], box: .world))
            case UInt8(ascii: "L"):
                let fields = rest.split(separator: " ", maxSplits: 1)
                guard fields.count == 2 else { continue }
                let line = Line(coordinates: Polyline.decode(fields[1].utf8, precision: precision))
                if line.coordinates.count >= 4 { level.provinces.append(Province(iso3: String(fields[0]), line: line)) }
            default:
                continue
            }
        }
        // Drop references to arcs that are not there (a damaged file draws less, it does not crash).
        level.arcUses = Array(repeating: 0, count: level.arcs.count)
        for index in level.shapes.indices {
            var shape = level.shapes[index]
            shape.rings = shape.rings.map { ring in ring.filter { ($0 >= 0 ? $0 : ~$0) < level.arcs.count } }.filter { !$0.isEmpty }
            shape.ringBoxes = shape.rings.map { ring in union(ring.map { level.arcs[$0 >= 0 ? $0 : ~$0].box }) }
            shape.box = union(shape.ringBoxes)
            for ring in shape.rings {
                for reference in ring {
                    let arc = reference >= 0 ? reference : ~reference
                    level.arcUses[arc] = level.arcUses[arc] &+ 1
                }
            }
            level.shapes[index] = shape
        }
        return level
    }

    private func read(_ name: String) -> String? {
        guard let url = directory?.appendingPathComponent(name),
              let data = try? Data(contentsOf: url) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The box around boxes (an empty box, inside out, for none).
private func union(_ boxes: [MapBox]) -> MapBox {
    var result = MapBox(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
    for box in boxes {
        result.minLon = min(result.minLon, box.minLon); result.minLat = min(result.minLat, box.minLat)
        result.maxLon = max(result.maxLon, box.maxLon); result.maxLat = max(result.maxLat, box.maxLat)
    }
    return result
}
