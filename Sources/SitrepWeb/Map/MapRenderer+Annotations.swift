import SitrepModel
import Foundation

/// What the map writes over the incidents: place and country labels that keep clear of each
/// other and of the symbols, the legend and the scale bar.
extension MapRenderer {
    // MARK: - Labels

    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }

    static func placeLabelGroup(points: [MapPoint], groups: [Group], projection: MapProjection,
                                        inset: Bool, obstacles: inout [PixelRect]) -> HTML {
        var counts: [String: (count: Int, x: Double, y: Double, r: Double)] = [:]
        for group in groups {
            for member in group.members {
                guard let place = points[member].place?.trimmingCharacters(in: .whitespacesAndNewlines), !place.isEmpty else { continue }
                if let existing = counts[place] {
                    counts[place] = (existing.count + 1, existing.x, existing.y, existing.r)
                } else {
                    // The first member seen is the group's most fatal: label at the symbol drawn.
                    counts[place] = (1, group.x, group.y, group.radius)
                }
            }
        }
        let ranked = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        let limit = inset ? 3 : 8
        let fontSize = inset ? 10.0 : 11.5
        var labels: [HTML] = []
        // Labels keep clear of each other, the legend and the scale bar (not of symbols: they have a halo).
        var placed: [PixelRect] = []
        for (place, entry) in ranked.prefix(limit * 3) where labels.count < limit {
            let text = place.count > 40 ? String(place.prefix(39)) + "…" : place
            let width = estimatedWidth(text, fontSize: fontSize)
            for side in [1.0, -1.0] {
                let x = side > 0 ? entry.x + entry.r + 3 : entry.x - entry.r - 3 - width
                let rect = PixelRect(minX: x, minY: entry.y - fontSize * 0.7, maxX: x + width, maxY: entry.y + fontSize * 0.5)
                guard rect.minX >= 0, rect.maxX <= projection.width, rect.minY >= 0, rect.maxY <= projection.height,
                      !placed.contains(where: { $0.intersects(rect) }), !obstacles.contains(where: { $0.intersects(rect) }) else { continue }
                placed.append(rect)
                labels.append(el("text", [
                    "x": SVGPath.number(side > 0 ? x : x + width), "y": SVGPath.number(entry.y), "dy": "0.35em",
                    "text-anchor": side > 0 ? "start" : "end", "font-size": SVGPath.number(fontSize),
                    "fill": labelColor, "stroke": "#ffffff", "stroke-width": "3", "stroke-linejoin": "round",
                    "paint-order": "stroke",
                ]) { text })
                break
            }
        }
        obstacles.append(contentsOf: placed)
        return labels.isEmpty ? .empty : el("g", ["class": "map-place-labels"]) { HTML.group(labels) }
    }

    static func countryLabelGroup(basemap: Basemap, projection: MapProjection, inset: Bool,
                                          obstacles: inout [PixelRect]) -> HTML {
        let fontSize = inset ? 9.0 : 11.0
        let candidates = basemap.countries.compactMap { country -> (Basemap.Country, Double, Double, Double)? in
            guard projection.box.contains(lon: country.labelLon, lat: country.labelLat) else { return nil }
            let width = (country.bbox.lonSpan) * projection.pixelsPerLon
            let height = (country.bbox.latSpan) * projection.pixelsPerLat
            return (country, projection.x(country.labelLon), projection.y(country.labelLat), width * height)
        }.sorted { $0.3 > $1.3 }
        var labels: [HTML] = []
        let limit = inset ? 3 : 12
        for (country, x, y, area) in candidates where labels.count < limit {
            let text = country.name.uppercased()
            let width = Double(text.count) * (fontSize * 0.7 + 1)
            guard area > width * width * 0.5 else { continue }
            let rect = PixelRect(minX: x - width / 2, minY: y - fontSize * 0.7, maxX: x + width / 2, maxY: y + fontSize * 0.5)
            guard rect.minX >= 0, rect.maxX <= projection.width, rect.minY >= 0, rect.maxY <= projection.height,
                  !obstacles.contains(where: { $0.intersects(rect) }) else { continue }
            obstacles.append(rect)
            labels.append(el("text", [
                "x": SVGPath.number(x), "y": SVGPath.number(y), "dy": "0.35em", "text-anchor": "middle",
                "font-size": SVGPath.number(fontSize), "letter-spacing": "1", "fill": countryLabelColor,
            ]) { text })
        }
        return labels.isEmpty ? .empty : el("g", ["class": "map-country-labels"]) { HTML.group(labels) }
    }

    // MARK: - Legend and scale bar

    static func legendGroup(points: [MapPoint], projection: MapProjection, obstacles: inout [PixelRect]) -> HTML {
        let visible = points.filter { projection.box.contains(lon: $0.longitude, lat: $0.latitude) }
        guard !visible.isEmpty else { return .empty }
        let present = Set(visible.map { EventTypeStyle.style($0.eventType).eventType })
        let styles = (EventTypeStyle.all + [EventTypeStyle.other]).filter { present.contains($0.eventType) }
        let maxFatalities = visible.map(\.fatalities).max() ?? 0
        let sizes = [1, 10, 100].filter { $0 == 1 || $0 <= max(maxFatalities, 1) }
        let rowHeight = 16.0
        let sizeRow = 2 * radius(fatalities: sizes.last ?? 1) + 16
        let boxWidth = 150.0
        let boxHeight = Double(styles.count) * rowHeight + sizeRow + 12
        let left = 8.0, top = projection.height - boxHeight - 8
        obstacles.append(PixelRect(minX: left, minY: top, maxX: left + boxWidth, maxY: top + boxHeight))
        var rows: [HTML] = []
        for (index, style) in styles.enumerated() {
            let y = top + 12 + Double(index) * rowHeight
            rows.append(el("circle", ["cx": SVGPath.number(left + 12), "cy": SVGPath.number(y), "r": "5", "fill": style.color]))
            rows.append(el("text", ["x": SVGPath.number(left + 24), "y": SVGPath.number(y), "dy": "0.35em", "font-size": "11", "fill": labelColor]) { style.short })
        }
        var x = left + 8
        let baseline = top + 6 + Double(styles.count) * rowHeight + sizeRow - 10
        for size in sizes {
            let r = radius(fatalities: size)
            rows.append(el("circle", [
                "cx": SVGPath.number(x + r), "cy": SVGPath.number(baseline - r), "r": SVGPath.number(r),
                "fill": "none", "stroke": "#555555", "stroke-width": "1",
            ]))
            rows.append(el("text", ["x": SVGPath.number(x + r), "y": SVGPath.number(baseline + 9), "text-anchor": "middle", "font-size": "9", "fill": labelColor]) { "\(size)" })
            x += 2 * r + 10
        }
        rows.append(el("text", ["x": SVGPath.number(x), "y": SVGPath.number(baseline + 9), "font-size": "9", "fill": labelColor]) { "killed" })
        return el("g", ["class": "map-legend"]) {
            el("rect", [
                "x": SVGPath.number(left), "y": SVGPath.number(top), "width": SVGPath.number(boxWidth), "height": SVGPath.number(boxHeight),
                "rx": "4", "fill": "#ffffff", "fill-opacity": "0.88", "stroke": "#cccccc",
            ])
            HTML.group(rows)
        }
    }

    static func scaleBarGroup(projection: MapProjection, inset: Bool, obstacles: inout [PixelRect]) -> HTML {
        guard projection.box.latSpan <= 70 else { return .empty }
        let kmPerPixel = projection.kilometresPerPixel
        guard kmPerPixel > 0, kmPerPixel.isFinite else { return .empty }
        let target = projection.width / (inset ? 4 : 6) * kmPerPixel
        let magnitude = pow(10, (log10(target)).rounded(.down))
        let km = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= target } ?? magnitude
        let length = km / kmPerPixel
        let right = projection.width - 10, bottom = projection.height - 10
        let left = right - length
        obstacles.append(PixelRect(minX: left - 4, minY: bottom - 18, maxX: right + 4, maxY: bottom + 4))
        let label = km >= 1 ? "\(Int(km)) km" : "\(Int(km * 1000)) m"
        return el("g", ["class": "map-scale"]) {
            el("path", [
                "d": "M\(SVGPath.number(left)) \(SVGPath.number(bottom - 5))V\(SVGPath.number(bottom))H\(SVGPath.number(right))V\(SVGPath.number(bottom - 5))",
                "fill": "none", "stroke": "#333333", "stroke-width": "1.5",
            ])
            el("text", [
                "x": SVGPath.number(left + length / 2), "y": SVGPath.number(bottom - 8), "text-anchor": "middle",
                "font-size": inset ? "9" : "10", "fill": labelColor, "stroke": "#ffffff", "stroke-width": "3",
                "paint-order": "stroke",
            ]) { label }
        }
    }

    /// A short stable id (FNV-1a) so several maps on a page keep distinct `aria-labelledby` targets.
}
