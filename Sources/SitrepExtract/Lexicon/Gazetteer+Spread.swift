import Foundation

/// Where a province's settlements lie around the province's own point (its capital, where the
/// province row sits). A village that a report puts only "in the countryside of Idlib" or "in
/// northern Aleppo" is, on average, nearer the middle of the province's settlements (in that
/// direction) than the provincial capital.
extension Gazetteer {
    struct Spread: Sendable {
        /// The province row's point.
        var centre: SIMD2<Float>
        /// Mean position of the province's settlements: all of them (index 0), then those lying
        /// within 60° of north, northeast, east, ... northwest of the centre (1...8); nil with fewer than 3.
        var means: [SIMD2<Float>?]
    }

    /// Unit vectors (north, east components) of the eight directions, clockwise from north.
    static let directions: [SIMD2<Float>] = {
        let d: Float = 0.7071
        return [SIMD2(1, 0), SIMD2(d, d), SIMD2(0, 1), SIMD2(-d, d), SIMD2(-1, 0), SIMD2(-d, -d), SIMD2(0, -1), SIMD2(d, -d)]
    }()

    /// A key for one province of one country (admin1 names repeat across countries: Punjab).
    @inline(__always) static func provinceKey(_ admin1: UInt64, _ country: UInt64) -> UInt64 {
        admin1 ^ (country &* 0x9E37_79B9_7F4A_7C15)
    }

    /// One pass over the places at load (a few milliseconds): sums per province and direction.
    static func spreads(_ places: [Place]) -> [UInt64: Spread] {
        var centres: [UInt64: SIMD2<Float>] = [:]
        for p in places where p.kind == .province { centres[provinceKey(p.admin1Key, p.countryKey)] = SIMD2(p.lat, p.lon) }
        var sums: [UInt64: [SIMD3<Float>]] = [:]  // (lat, lon, count) for all, then each direction
        for p in places where p.kind == .city || p.kind == .town || p.kind == .village {
            let key = provinceKey(p.admin1Key, p.countryKey)
            guard let c = centres[key] else { continue }
            let point = SIMD3<Float>(p.lat, p.lon, 1)
            // offsets in comparable units: a degree of longitude shrinks with latitude
            let v = SIMD2<Float>(p.lat - c.x, (p.lon - c.y) * Float(cos(Double(c.x) * .pi / 180)))
            let norm = (v * v).sum().squareRoot()
            // the sums are added to in place (a copy taken out and stored back was an array per place)
            func add(to acc: inout [SIMD3<Float>]) {
                acc[0] += point
                if norm > 0 {
                    for (i, u) in directions.enumerated() where (v * u).sum() > 0.5 * norm { acc[i + 1] += point }
                }
            }
            add(to: &sums[key, default: [SIMD3<Float>](repeating: .zero, count: 9)])
        }
        var out: [UInt64: Spread] = [:]
        for (key, acc) in sums {
            guard let c = centres[key] else { continue }
            out[key] = Spread(centre: c, means: acc.map { $0.z >= 3 ? SIMD2($0.x / $0.z, $0.y / $0.z) : nil })
        }
        return out
    }
}
