import SitrepModel
import Foundation

/// Equirectangular projection with longitudes scaled by the cosine of the view's middle latitude
/// (so shapes near that latitude keep their proportions), fitted to a width × height picture: the
/// requested box is grown in one direction to the picture's aspect, and `box` is what is drawn.
/// Pixel ↔ degree is linear in both axes, so a client can pan and zoom from `box` alone.
struct MapProjection: Sendable {
    let box: MapBox
    let width: Double
    let height: Double
    let pixelsPerLon: Double
    let pixelsPerLat: Double

    /// The smallest span drawn, in degrees (about 1 km).
    static let minimumSpan = 0.01

    init(fitting requested: MapBox, width: Int, height: Int) {
        let width = Double(max(width, 1)), height = Double(max(height, 1))
        var box = requested.withMinimumSpan(MapProjection.minimumSpan)
        for _ in 0..<2 {
            let scale = max(cos(min(max(box.midLat, -80), 80) * .pi / 180), 0.2)
            let projectedWidth = box.lonSpan * scale, projectedHeight = box.latSpan
            if projectedWidth / projectedHeight > width / height {
                let half = projectedWidth * height / width / 2
                box.minLat = box.midLat - half
                box.maxLat = box.minLat + 2 * half
            } else {
                let half = projectedHeight * width / height / scale / 2
                box.minLon = box.midLon - half
                box.maxLon = box.minLon + 2 * half
            }
            box = MapProjection.shiftedIntoWorld(box)
        }
        self.box = box
        self.width = width
        self.height = height
        pixelsPerLon = width / box.lonSpan
        pixelsPerLat = height / box.latSpan
    }

    @inline(__always) func x(_ lon: Double) -> Double { (lon - box.minLon) * pixelsPerLon }
    @inline(__always) func y(_ lat: Double) -> Double { (box.maxLat - lat) * pixelsPerLat }

    func lon(x: Double) -> Double { box.minLon + x / pixelsPerLon }
    func lat(y: Double) -> Double { box.maxLat - y / pixelsPerLat }

    var degreesPerPixel: Double { box.lonSpan / width }

    /// Kilometres per pixel across, at the middle latitude.
    var kilometresPerPixel: Double { degreesPerPixel * 111.32 * cos(box.midLat * .pi / 180) }

    /// Moved (never shrunk) to lie within the world where it fits; a box larger than the world in
    /// one direction is centred on the equator or the prime meridian that way.
    private static func shiftedIntoWorld(_ box: MapBox) -> MapBox {
        var box = box
        if box.lonSpan > 360 { let half = box.lonSpan / 2; box.minLon = -half; box.maxLon = half }
        else if box.minLon < -180 { box.maxLon += -180 - box.minLon; box.minLon = -180 }
        else if box.maxLon > 180 { box.minLon -= box.maxLon - 180; box.maxLon = 180 }
        if box.latSpan > 180 { let half = box.latSpan / 2; box.minLat = -half; box.maxLat = half }
        else if box.minLat < -90 { box.maxLat += -90 - box.minLat; box.minLat = -90 }
        else if box.maxLat > 90 { box.minLat -= box.maxLat - 90; box.maxLat = 90 }
        return box
    }
}

/// An SVG path `d` built into bytes: coordinates with one decimal, points closer than a third of a
/// pixel to the previous one skipped.
struct SVGPath {
    private(set) var bytes: [UInt8] = []
    private var lastX = Double.nan, lastY = Double.nan
    private var inLine = false

    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    init() { bytes.reserveCapacity(4096) }

    mutating func move(_ x: Double, _ y: Double) {
        bytes.append(UInt8(ascii: "M"))
        SVGPath.append(x, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        SVGPath.append(y, to: &bytes)
        lastX = x; lastY = y
        inLine = false
    }

    mutating func line(_ x: Double, _ y: Double) {
        if abs(x - lastX) < 0.34 && abs(y - lastY) < 0.34 { return }
        bytes.append(inLine ? UInt8(ascii: " ") : UInt8(ascii: "L"))
        inLine = true
        SVGPath.append(x, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        SVGPath.append(y, to: &bytes)
        lastX = x; lastY = y
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "Z"))
        inLine = false
    }

    /// A polygon given as flat projected pairs.
    mutating func polygon(_ xy: [Double]) {
        guard xy.count >= 6 else { return }
        move(xy[0], xy[1])
        var index = 2
        while index + 1 < xy.count {
            line(xy[index], xy[index + 1])
            index += 2
        }
        close()
    }

    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        var tenths = Int((min(max(value, -1e9), 1e9) * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")); tenths = -tenths }
        appendDigits(tenths / 10, to: &bytes)
        let decimal = tenths % 10
        if decimal != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(decimal))
        }
    }

    private static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// A number as an attribute value, with at most one decimal.
    static func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A screen rectangle, for culling and for keeping labels apart.
struct PixelRect: Sendable {
    var minX, minY, maxX, maxY: Double

    func intersects(_ other: PixelRect) -> Bool {
        minX < other.maxX && maxX > other.minX && minY < other.maxY && maxY > other.minY
    }

    func contains(x: Double, y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }

    /// Sutherland–Hodgman clipping of a polygon (flat projected pairs) to this rectangle.
    func clip(polygon xy: [Double]) -> [Double] {
        var current = xy
        for edge in 0..<4 {
            guard current.count >= 6 else { return [] }
            var output: [Double] = []
            output.reserveCapacity(current.count + 8)
            let count = current.count / 2
            var px = current[2 * count - 2], py = current[2 * count - 1]
            var previousInside = inside(px, py, edge)
            for index in 0..<count {
                let cx = current[2 * index], cy = current[2 * index + 1]
                let currentInside = inside(cx, cy, edge)
                if currentInside != previousInside {
                    let (ix, iy) = intersection(px, py, cx, cy, edge)
                    output.append(ix); output.append(iy)
                }
                if currentInside { output.append(cx); output.append(cy) }
                px = cx; py = cy
                previousInside = currentInside
            }
            current = output
        }
        return current.count >= 6 ? current : []
    }

    @inline(__always) private func inside(_ x: Double, _ y: Double, _ edge: Int) -> Bool {
        switch edge {
        case 0: x >= minX
        case 1: x <= maxX
        case 2: y >= minY
        default: y <= maxY
        }
    }

    private func intersection(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ edge: Int) -> (Double, Double) {
        switch edge {
        case 0, 1:
            let x = edge == 0 ? minX : maxX
            return (x, y1 + (y2 - y1) * (x - x1) / (x2 - x1))
        default:
            let y = edge == 2 ? minY : maxY
            return (x1 + (x2 - x1) * (y - y1) / (y2 - y1), y)
        }
    }
}
