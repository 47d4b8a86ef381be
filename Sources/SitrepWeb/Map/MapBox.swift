import Foundation

import SitrepModel

/// A rectangle of the map in degrees: the record's `GeoBox` (the form of
/// `?bbox=minLon,minLat,maxLon,maxLat`), with what drawing needs.
typealias MapBox = GeoBox

extension GeoBox {
    static let world = MapBox(minLon: -180, minLat: -90, maxLon: 180, maxLat: 90)

    var lonSpan: Double { maxLon - minLon }
    var latSpan: Double { maxLat - minLat }
    var midLon: Double { (minLon + maxLon) / 2 }
    var midLat: Double { (minLat + maxLat) / 2 }

    func contains(lon: Double, lat: Double) -> Bool {
        lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat
    }

    func intersects(_ other: MapBox) -> Bool {
        minLon <= other.maxLon && maxLon >= other.minLon && minLat <= other.maxLat && maxLat >= other.minLat
    }

    /// The box grown by `fraction` of its span on every side.
    func padded(_ fraction: Double) -> MapBox {
        let dx = lonSpan * fraction, dy = latSpan * fraction
        return MapBox(minLon: minLon - dx, minLat: minLat - dy, maxLon: maxLon + dx, maxLat: maxLat + dy)
    }

    /// The box with each span at least `span` degrees (around the same centre), kept inside the world.
    func withMinimumSpan(_ span: Double) -> MapBox {
        let halfLon = max(lonSpan, span) / 2, halfLat = max(latSpan, span) / 2
        return MapBox(minLon: midLon - halfLon, minLat: midLat - halfLat,
                      maxLon: midLon + halfLon, maxLat: midLat + halfLat).clampedToWorld()
    }

    /// Shifted (not shrunk, unless larger than the world) so that it lies within -180...180, -90...90.
    func clampedToWorld() -> MapBox {
        var box = self
        if box.lonSpan >= 360 { box.minLon = -180; box.maxLon = 180 }
        else if box.minLon < -180 { box.maxLon += -180 - box.minLon; box.minLon = -180 }
        else if box.maxLon > 180 { box.minLon -= box.maxLon - 180; box.maxLon = 180 }
        if box.latSpan >= 180 { box.minLat = -90; box.maxLat = 90 }
        else if box.minLat < -90 { box.maxLat += -90 - box.minLat; box.minLat = -90 }
        else if box.maxLat > 90 { box.minLat -= box.maxLat - 90; box.maxLat = 90 }
        return box
    }

    /// The box around points (lon, lat), padded by 10% and at least `minimumSpan` degrees each way;
    /// nil without points.
    static func fitting(_ coordinates: some Sequence<(lon: Double, lat: Double)>, minimumSpan: Double = 1.5) -> MapBox? {
        var box: MapBox?
        for (lon, lat) in coordinates where lon.isFinite && lat.isFinite {
            if var current = box {
                current.minLon = min(current.minLon, lon); current.maxLon = max(current.maxLon, lon)
                current.minLat = min(current.minLat, lat); current.maxLat = max(current.maxLat, lat)
                box = current
            } else {
                box = MapBox(minLon: lon, minLat: lat, maxLon: lon, maxLat: lat)
            }
        }
        return box?.padded(0.1).withMinimumSpan(minimumSpan)
    }
}
