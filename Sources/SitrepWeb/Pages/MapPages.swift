import Foundation
import SitrepModel

/// The record on the map: `/map` (a page with the explorer's filters), `/map.svg` (the picture
/// alone, which `map.js` asks for when the reader pans or zooms), and the insets on incident and
/// story pages. Every picture is drawn by `MapRenderer` on the server.
enum MapView {
    /// The most incidents one map draws (the ones with most fatalities); the page says when more match.
    static let limit = 20_000
    static let size = (width: 960, height: 560)
    static let insetSize = (width: 360, height: 240)

    static func points(_ points: [IncidentPoint]) -> [MapPoint] {
        points.map { point in
            let place = [point.location, point.admin1 == point.location ? nil : point.admin1].compactMap { $0 }.joined(separator: ", ")
            let killed = point.fatalities > 0 ? " · \(point.fatalities) killed" : ""
            return MapPoint(id: point.id, latitude: point.latitude, longitude: point.longitude, eventType: point.eventType,
                            fatalities: point.fatalities, place: point.location,
                            title: "\(point.date) · \(point.subEventType) · \(place.isEmpty ? "unnamed place" : place)\(killed) (\(point.id))",
                            href: SiteRoute.event(point.id).path)
        }
    }

    /// The whole map for a filtered view; clusters link to the same filters in the cluster's box.
    /// Without a box, the view fits the incidents, or the named country when none has coordinates.
    static func svg(_ incidents: [IncidentPoint], box: GeoBox?, country: String?, filterQuery: String) -> HTML {
        // a named country is shown whole; otherwise the view fits the incidents with room for their symbols
        let view = box ?? country.flatMap { Basemap.shared.bbox(country: $0)?.padded(0.05) }
            ?? MapBox.fitting(incidents.lazy.map { (lon: $0.longitude, lat: $0.latitude) })?.padded(0.08)
        let base = filterQuery.split(separator: "&").filter { !$0.hasPrefix("bbox=") }.joined(separator: "&")
        return MapRenderer.render(points: points(incidents), box: view, width: size.width, height: size.height,
                                  clusterHref: { cluster in SiteRoute.map(base.isEmpty ? "bbox=\(cluster.text)" : "\(base)&bbox=\(cluster.text)").path },
                                  inset: false)
    }

    /// A small map of a few incidents (an incident page, a story's record box).
    static func inset(_ incidents: [IncidentPoint]) -> HTML {
        MapRenderer.render(points: points(incidents), box: nil, width: insetSize.width, height: insetSize.height,
                           clusterHref: { _ in nil }, inset: true)
    }
}

/// `/map`: the filtered incidents on the map, with the explorer's form.
struct MapPage: Sendable {
    var filters: EventsList
    var map: HTML
    /// How many incidents match (more than drawn when above `MapView.limit`).
    var drawn: Int
    var matching: Int?

    func render(layout: Layout) -> String {
        var head = Layout.Head(title: "Map", description: "The record's incidents on a map drawn by the server: no tiles, no internet needed.",
                               canonical: .map(""))
        head.noindex = filters.values.values.contains { !$0.isEmpty }
        head.scripts = ["map.js", "explorer.js"]
        let query = filters.filterQuery
        return layout.render(head, bodyClass: "events map-page") {
            el("h1") { "Map" }
            el("p", ["class": "meta"]) {
                "Each circle is an incident, coloured by type and sized by fatalities; overlapping ones are grouped. "
                el("a", ["href": SiteRoute.events(query).path]) { "The same incidents as a table" }
                "."
            }
            filters.filterForm(action: SiteRoute.map("").path)
            el("p", ["id": "explorer-live", "class": "live-bar", "data-stream": SiteRoute.eventsLive.path, "hidden": "", "role": "status"]) {
                el("span", ["data-count": ""]) { "0" }
                " incidents were published or changed since this map was drawn. "
                el("a", ["href": SiteRoute.map(query).path]) { "Draw it again" }
            }
            if let matching, matching > drawn {
                el("p", ["class": "notice"]) { "\(drawn) of \(matching) matching incidents are drawn (those with most fatalities). Narrow the filters or zoom in to see the rest." }
            }
            el("figure", ["class": "map", "data-src": SiteRoute.mapSVG(query).path]) {
                map
            }
            el("p", ["class": "downloads"]) {
                "Download what is shown: "
                el("a", ["href": SiteRoute.exportGeoJSON(query).path]) { "GeoJSON" }
                " · "
                el("a", ["href": SiteRoute.exportACLED(query).path]) { "ACLED CSV" }
            }
            el("p", ["class": "meta attribution"]) {
                "Borders: Natural Earth (public domain). Coordinates: GeoNames (CC BY 4.0) and the gazetteer's curated places."
            }
        }
    }
}
