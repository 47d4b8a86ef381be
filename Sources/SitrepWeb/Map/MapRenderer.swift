import SitrepModel
import Foundation

/// One incident to draw.
struct MapPoint: Sendable {
    var id: String
    var latitude: Double
    var longitude: Double
    var eventType: String
    var fatalities: Int
    /// The location's name, for labels.
    var place: String?
    /// Hover text (goes in `<title>`).
    var title: String
    /// The incident's page, e.g. "/events/SYR12".
    var href: String
}

/// Draws incidents over the Natural Earth basemap as one `<svg>` (server-side; no script needed to
/// see it). The projection is `MapProjection` (equirectangular, cos-scaled). Colours are SVG
/// presentation attributes, never `style=` (the site's CSP is `style-src 'self'`).
enum MapRenderer {
    static let seaColor = "#d6e6f2"
    static let landColor = "#f4f1ea"
    static let borderColor = "#968d7a"
    static let coastColor = "#86a9c4"
    static let provinceColor = "#c8c0ae"
    static let labelColor = "#2b2b2b"
    static let countryLabelColor = "#8a8272"

    /// Degrees per pixel below which province borders are drawn.
    static let provinceThreshold = 0.03

    /// A point's radius in pixels: sqrt of fatalities, at least 3.5.
    static func radius(fatalities: Int, inset: Bool = false) -> Double {
        let r = 3.5 + 1.6 * Double(max(fatalities, 0)).squareRoot()
        return min(r, inset ? 14 : 20)
    }

    /// The view drawn for `box`, or (nil) around the points: padded, at least 1.5° across; the world
    /// without points.
    static func view(points: [MapPoint], box: MapBox?, width: Int, height: Int) -> MapProjection {
        let requested = box ?? MapBox.fitting(points.lazy.map { (lon: $0.longitude, lat: $0.latitude) }) ?? .world
        return MapProjection(fitting: requested, width: width, height: height)
    }

    static func render(
        points: [MapPoint], box: MapBox?, width: Int, height: Int,
        clusterHref: (MapBox) -> String?, inset: Bool
    ) -> HTML {
        let projection = view(points: points, box: box, width: width, height: height)
        let basemap = Basemap.shared
        let level = basemap.level(Basemap.levelNumber(degreesPerPixel: projection.degreesPerPixel))
        let frame = PixelRect(minX: 0, minY: 0, maxX: projection.width, maxY: projection.height)
        let id = "map" + (inset ? "i" : "") + "-" + fnv(projection.box.text + "\(points.count)")

        var obstacles: [PixelRect] = []
        let legend = inset ? HTML.empty : legendGroup(points: points, projection: projection, obstacles: &obstacles)
        let scaleBar = scaleBarGroup(projection: projection, inset: inset, obstacles: &obstacles)
        let groups = clusters(points: points, projection: projection, inset: inset)
        let visibleCount = groups.reduce(0) { $0 + $1.members.count }
        let fatalities = groups.reduce(0) { $0 + $1.members.reduce(0) { $0 + max(points[$1].fatalities, 0) } }
        let placeLabels = placeLabelGroup(points: points, groups: groups, projection: projection, inset: inset, obstacles: &obstacles)
        let countryLabels = countryLabelGroup(basemap: basemap, projection: projection, inset: inset, obstacles: &obstacles)

        let title = visibleCount == 1 ? "Map of 1 incident" : "Map of \(visibleCount) incidents"
        let outside = points.count - visibleCount
        var description = "Circles are incidents, coloured by event type and sized by fatalities (\(fatalities) in all); overlapping ones are grouped with their count. Area \(projection.box.text) (min lon, min lat, max lon, max lat)."
        if outside > 0 { description += " \(outside) more outside this view." }

        return el("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 \(Int(projection.width)) \(Int(projection.height))",
            "width": "\(Int(projection.width))", "height": "\(Int(projection.height))",
            "class": inset ? "map-svg map-inset" : "map-svg",
            "role": "img", "aria-labelledby": "\(id)-title \(id)-desc",
            "data-bbox": projection.box.text,
            "font-family": "system-ui, sans-serif",
        ]) {
            el("title", ["id": "\(id)-title"]) { title }
            el("desc", ["id": "\(id)-desc"]) { description }
            el("rect", ["class": "map-sea", "width": "100%", "height": "100%", "fill": seaColor])
            basemapGroups(level: level, basemap: basemap, projection: projection, frame: frame)
            countryLabels
            pointGroup(points: points, groups: groups, projection: projection, clusterHref: clusterHref, inset: inset)
            placeLabels
            legend
            scaleBar
        }
    }

    // MARK: - Basemap

    private static func basemapGroups(level: Basemap.Level, basemap: Basemap, projection: MapProjection, frame: PixelRect) -> HTML {
        let margin = 4.0
        let clipRect = PixelRect(minX: -margin, minY: -margin, maxX: frame.maxX + margin, maxY: frame.maxY + margin)
        let margins = margin * projection.degreesPerPixel * 2
        let view = MapBox(minLon: projection.box.minLon - margins, minLat: projection.box.minLat - margins,
                          maxLon: projection.box.maxLon + margins, maxLat: projection.box.maxLat + margins)
        let countries = basemap.countries

        var lands: [HTML] = []
        var ring: [Double] = []
        for shape in level.shapes where shape.box.intersects(view) {
            var path = SVGPath()
            for (refs, ringBox) in zip(shape.rings, shape.ringBoxes) where ringBox.intersects(view) {
                ring.removeAll(keepingCapacity: true)
                for reference in refs {
                    let coordinates = level.arcs[reference >= 0 ? reference : ~reference].coordinates
                    let count = coordinates.count / 2
                    for step in (ring.isEmpty ? 0 : 1)..<count {
                        let index = reference >= 0 ? step : count - 1 - step
                        ring.append(projection.x(coordinates[2 * index]))
                        ring.append(projection.y(coordinates[2 * index + 1]))
                    }
                }
                let inside = ringBox.minLon >= view.minLon && ringBox.maxLon <= view.maxLon
                    && ringBox.minLat >= view.minLat && ringBox.maxLat <= view.maxLat
                path.polygon(inside ? ring : clipRect.clip(polygon: ring))
            }
            if !path.isEmpty {
                let iso = shape.countryIndex < countries.count ? countries[shape.countryIndex].iso3 : nil
                lands.append(el("path", ["data-iso": iso, "d": path.string]))
            }
        }

        // Coastlines are the land's own outline (its stroke); land borders (arcs two countries share)
        // are drawn again on top in their colour. The land's stroke along a clipped edge lies
        // outside the picture (the clip rectangle has a margin).
        var borders = SVGPath(), provinces = SVGPath()
        for (index, arc) in level.arcs.enumerated() where level.arcUses[index] > 1 && arc.box.intersects(view) {
            stroke(arc.coordinates, projection: projection, rect: clipRect, into: &borders)
        }
        if projection.degreesPerPixel < provinceThreshold {
            for province in level.provinces where province.line.box.intersects(view) {
                stroke(province.line.coordinates, projection: projection, rect: clipRect, into: &provinces)
            }
        }
        let fine = projection.degreesPerPixel < 0.12
        return .group([
            el("g", [
                "class": "map-land", "fill": landColor, "fill-rule": "evenodd", "stroke": coastColor,
                "stroke-width": fine ? "0.9" : "0.6", "stroke-linejoin": "round",
            ]) { HTML.group(lands) },
            provinces.isEmpty ? .empty : el("path", [
                "class": "map-admin1", "fill": "none", "stroke": provinceColor, "stroke-width": "0.7",
                "stroke-dasharray": "3 2", "d": provinces.string,
            ]),
            borders.isEmpty ? .empty : el("path", [
                "class": "map-borders", "fill": "none", "stroke": borderColor, "stroke-width": fine ? "1.1" : "0.6",
                "stroke-linejoin": "round", "d": borders.string,
            ]),
        ])
    }

    /// The parts of a polyline whose segments touch `rect`.
    private static func stroke(_ coordinates: [Double], projection: MapProjection, rect: PixelRect, into path: inout SVGPath) {
        let count = coordinates.count / 2
        guard count >= 2 else { return }
        var px = projection.x(coordinates[0]), py = projection.y(coordinates[1])
        var drawing = false
        for index in 1..<count {
            let x = projection.x(coordinates[2 * index]), y = projection.y(coordinates[2 * index + 1])
            let visible = min(px, x) <= rect.maxX && max(px, x) >= rect.minX && min(py, y) <= rect.maxY && max(py, y) >= rect.minY
            if visible {
                if !drawing { path.move(px, py); drawing = true }
                path.line(x, y)
            } else {
                drawing = false
            }
            px = x; py = y
        }
    }

    // MARK: - Points and clusters

    struct Group {
        var members: [Int]
        /// Where the symbol is drawn: the point itself, or the members' centroid for a cluster.
        var x: Double
        var y: Double
        var radius: Double
        var sumX: Double
        var sumY: Double
    }

    static func clusterRadius(count: Int, inset: Bool) -> Double {
        min(9 + 2.2 * Double(count).squareRoot(), inset ? 16 : 24)
    }

    /// Clusters in screen space. First a greedy pass: points, most fatal first, join the first group
    /// whose first symbol they overlap (looked up in a grid), else start their own. Then groups whose
    /// drawn circles still overlap are merged, a few rounds, until none do. A group of one is drawn
    /// as the point itself.
    static func clusters(points: [MapPoint], projection: MapProjection, inset: Bool) -> [Group] {
        let order = points.indices.filter {
            let point = points[$0]
            return point.longitude.isFinite && point.latitude.isFinite
                && projection.box.contains(lon: point.longitude, lat: point.latitude)
        }.sorted {
            points[$0].fatalities != points[$1].fatalities ? points[$0].fatalities > points[$1].fatalities : points[$0].id < points[$1].id
        }
        let maxRadius = max(radius(fatalities: Int.max / 4, inset: inset), clusterRadius(count: Int.max / 4, inset: inset))
        let cell = 2 * maxRadius
        func key(_ x: Double, _ y: Double) -> (Int, Int) { (Int((x / cell).rounded(.down)), Int((y / cell).rounded(.down))) }

        var grid: [Int: [Int]] = [:]
        var groups: [Group] = []
        for index in order {
            let point = points[index]
            let x = projection.x(point.longitude), y = projection.y(point.latitude)
            let r = radius(fatalities: point.fatalities, inset: inset)
            let (cx, cy) = key(x, y)
            var joined: Int?
            search: for dx in -1...1 {
                for dy in -1...1 {
                    for candidate in grid[(cx + dx) &* 100_003 &+ (cy + dy)] ?? [] {
                        let group = groups[candidate]
                        let distance = ((group.x - x) * (group.x - x) + (group.y - y) * (group.y - y)).squareRoot()
                        if distance < max((group.radius + r) * 0.85, 5) {
                            joined = candidate
                            break search
                        }
                    }
                }
            }
            if let joined {
                groups[joined].members.append(index)
                groups[joined].sumX += x
                groups[joined].sumY += y
            } else {
                grid[cx &* 100_003 &+ cy, default: []].append(groups.count)
                groups.append(Group(members: [index], x: x, y: y, radius: r, sumX: x, sumY: y))
            }
        }

        func settle(_ group: inout Group) {
            guard group.members.count > 1 else { return }
            let count = Double(group.members.count)
            group.x = group.sumX / count
            group.y = group.sumY / count
            group.radius = clusterRadius(count: group.members.count, inset: inset)
        }
        for index in groups.indices { settle(&groups[index]) }

        for _ in 0..<8 {
            var grid: [Int: [Int]] = [:]
            for (index, group) in groups.enumerated() {
                let (cx, cy) = key(group.x, group.y)
                grid[cx &* 100_003 &+ cy, default: []].append(index)
            }
            var absorbed = Array(repeating: false, count: groups.count)
            var merged = false
            let bySize = groups.indices.sorted { groups[$0].members.count > groups[$1].members.count }
            for index in bySize where !absorbed[index] {
                let (cx, cy) = key(groups[index].x, groups[index].y)
                for dx in -1...1 {
                    for dy in -1...1 {
                        for other in grid[(cx + dx) &* 100_003 &+ (cy + dy)] ?? [] where other != index && !absorbed[other] {
                            let a = groups[index], b = groups[other]
                            let distance = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
                            guard distance < (a.radius + b.radius) * 0.8 else { continue }
                            groups[index].members += b.members
                            groups[index].sumX += b.sumX
                            groups[index].sumY += b.sumY
                            absorbed[other] = true
                            merged = true
                        }
                    }
                }
            }
            guard merged else { break }
            groups = groups.indices.filter { !absorbed[$0] }.map { groups[$0] }
            for index in groups.indices { settle(&groups[index]) }
        }
        return groups
    }

    private static func pointGroup(points: [MapPoint], groups: [Group], projection: MapProjection,
                                   clusterHref: (MapBox) -> String?, inset: Bool) -> HTML {
        var singles: [HTML] = []
        var clustered: [HTML] = []
        // Largest first, so small symbols stay on top and clickable.
        for group in groups.sorted(by: { $0.radius > $1.radius }) {
            if group.members.count == 1 {
                let point = points[group.members[0]]
                let style = EventTypeStyle.style(point.eventType)
                singles.append(el("a", ["href": point.href, "class": "map-point"]) {
                    el("title") { point.title }
                    el("circle", [
                        "cx": SVGPath.number(group.x), "cy": SVGPath.number(group.y), "r": SVGPath.number(group.radius),
                        "fill": style.color, "fill-opacity": "0.85", "stroke": "#ffffff", "stroke-width": "0.8",
                    ])
                })
            } else {
                clustered.append(cluster(group, points: points, clusterHref: clusterHref))
            }
        }
        return el("g", ["class": "map-points"]) {
            HTML.group(singles)
            HTML.group(clustered)
        }
    }

    private static func cluster(_ group: Group, points: [MapPoint], clusterHref: (MapBox) -> String?) -> HTML {
        var byType: [String: Int] = [:]
        var fatalities = 0
        var box = MapBox(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
        for member in group.members {
            let point = points[member]
            byType[EventTypeStyle.style(point.eventType).eventType, default: 0] += 1
            fatalities += max(point.fatalities, 0)
            box.minLon = min(box.minLon, point.longitude); box.maxLon = max(box.maxLon, point.longitude)
            box.minLat = min(box.minLat, point.latitude); box.maxLat = max(box.maxLat, point.latitude)
        }
        let types = (EventTypeStyle.all + [EventTypeStyle.other]).compactMap { style in
            byType[style.eventType].map { (style, $0) }
        }
        let dominant = types.max { $0.1 < $1.1 }?.0 ?? EventTypeStyle.other
        let breakdown = types.sorted { $0.1 > $1.1 }.map { "\($0.1) \($0.0.short)" }.joined(separator: ", ")
        let fatalityText = fatalities == 1 ? "1 fatality" : "\(fatalities) fatalities"
        let zoomBox = box.padded(0.25).withMinimumSpan(0.1)
        let href = clusterHref(zoomBox)
        let title = "\(group.members.count) incidents (\(breakdown)); \(fatalityText)" + (href == nil ? "" : ". Zoom in to see them.")
        let body = HTML.group([
            el("title") { title },
            el("circle", [
                "cx": SVGPath.number(group.x), "cy": SVGPath.number(group.y), "r": SVGPath.number(group.radius),
                "fill": dominant.color, "fill-opacity": "0.9", "stroke": "#ffffff", "stroke-width": "2",
            ]),
            el("text", [
                "x": SVGPath.number(group.x), "y": SVGPath.number(group.y), "dy": "0.35em",
                "text-anchor": "middle", "font-size": group.members.count >= 1000 ? "9" : "11",
                "font-weight": "bold", "fill": "#ffffff",
            ]) { "\(group.members.count)" },
        ])
        if let href {
            return el("a", ["href": href, "class": "map-cluster"]) { body }
        }
        return el("g", ["class": "map-cluster"]) { body }
    }

    // MARK: - Labels

    private static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.58
    }

    private static func placeLabelGroup(points: [MapPoint], groups: [Group], projection: MapProjection,
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

    private static func countryLabelGroup(basemap: Basemap, projection: MapProjection, inset: Bool,
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

    private static func legendGroup(points: [MapPoint], projection: MapProjection, obstacles: inout [PixelRect]) -> HTML {
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

    private static func scaleBarGroup(projection: MapProjection, inset: Bool, obstacles: inout [PixelRect]) -> HTML {
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
    private static func fnv(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(hash, radix: 36)
    }
}
