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
        // provinces by number (a settlement costs one hash, not two), their centres and sums side by side
        var province: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var centres: [SIMD2<Float>] = []
        for p in places where p.kind == .province {
            let key = provinceKey(p.admin1Key, p.countryKey)
            if let k = province[key] {
                centres[k] = SIMD2(p.lat, p.lon)
            } else {
                province[key] = keys.count
                keys.append(key)
                centres.append(SIMD2(p.lat, p.lon))
            }
        }
        // (lat, lon, count) for all, then each direction: nine per province
        var sums = [SIMD3<Float>](repeating: .zero, count: keys.count * 9)
        let directions = Gazetteer.directions
        // a degree of longitude shrinks with latitude: the factor of each province's centre, once
        // per province (not per settlement)
        let shrink = centres.map { Float(cos(Double($0.x) * .pi / 180)) }
        for p in places where p.kind == .city || p.kind == .town || p.kind == .village {
            guard let k = province[provinceKey(p.admin1Key, p.countryKey)] else { continue }
            let c = centres[k]
            let point = SIMD3<Float>(p.lat, p.lon, 1)
            // offsets in comparable units
            let v = SIMD2<Float>(p.lat - c.x, (p.lon - c.y) * shrink[k])
            let norm = (v * v).sum().squareRoot()
            sums[k * 9] += point
            if norm > 0 {
                for (i, u) in directions.enumerated() where (v * u).sum() > 0.5 * norm { sums[k * 9 + i + 1] += point }
            }
        }
        var out: [UInt64: Spread] = [:]
        // a province with a settlement (its count is at least one)
        for (k, key) in keys.enumerated() where sums[k * 9].z > 0 {
            out[key] = Spread(centre: centres[k], means: sums[(k * 9)..<(k * 9 + 9)].map { $0.z >= 3 ? SIMD2($0.x / $0.z, $0.y / $0.z) : nil })
        }
        return out
    }
}
