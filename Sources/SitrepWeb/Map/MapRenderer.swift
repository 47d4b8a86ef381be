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

    private static func fnv(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return String(hash, radix: 36)
    }
}
