import SitrepModel
import Foundation
import Testing
@testable import SitrepWeb

@Suite("Map")
struct MapTests {
    // MARK: - Helpers

    static func point(_ id: String, _ lat: Double, _ lon: Double, type: String = "Battles", fatalities: Int = 0,
                      place: String? = nil, title: String? = nil) -> MapPoint {
        MapPoint(id: id, latitude: lat, longitude: lon, eventType: type, fatalities: fatalities,
                 place: place, title: title ?? "Incident \(id)", href: "/events/\(id)")
    }

    static func render(_ points: [MapPoint], box: MapBox? = nil, width: Int = 800, height: Int = 600, inset: Bool = false) -> String {
        MapRenderer.render(points: points, box: box, width: width, height: height,
                           clusterHref: { "/map?bbox=\($0.text)" }, inset: inset).render()
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The value of `name="..."` on the first element whose text contains `marker`.
    static func attribute(_ name: String, after marker: String, in svg: String) -> String? {
        guard let start = svg.range(of: marker) else { return nil }
        let rest = svg[start.upperBound...]
        guard let attribute = rest.range(of: " \(name)=\"") else { return nil }
        let value = rest[attribute.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }

    static let syria = [
        point("SYR1", 36.2021, 37.1343, place: "Aleppo"),   // Aleppo
        point("SYR2", 33.5138, 36.2765, place: "Damascus"), // Damascus
        point("SYR3", 35.3359, 40.1408, place: "Deir ez-Zor"),
        point("SYR4", 35.9306, 36.6339, place: "Idlib"),
    ]

    // MARK: - Polyline

    @Test func polylineDecodesGooglesExample() {
        // Google's documented example: (38.5, -120.2), (40.7, -120.95), (43.252, -126.453).
        let values = Polyline.decode("_p~iF~ps|U_ulLnnqC_mqNvxq`@", precision: 1e5)
        #expect(values == [38.5, -120.2, 40.7, -120.95, 43.252, -126.453])
    }

    @Test func polylineRoundTrips() {
        let values = [0, 0, -179.9999, 89.5, 180, -90, 35.1234, 36.0001, 35.1234, 36.0001]
        let encoded = Polyline.encode(values, precision: 1e4)
        #expect(Polyline.encode([38.5, -120.2, 40.7, -120.95, 43.252, -126.453], precision: 1e5) == "_p~iF~ps|U_ulLnnqC_mqNvxq`@")
        let decoded = Polyline.decode(encoded, precision: 1e4)
        #expect(decoded.count == values.count)
        for (a, b) in zip(decoded, values) { #expect(abs(a - b) < 1e-9) }
        // A truncated number stops the decoding instead of reading garbage.
        #expect(Polyline.decode("_p~iF~ps|U_", precision: 1e5) == [38.5, -120.2])
    }

    // MARK: - MapBox

    @Test func boxParsesAndPrints() throws {
        let box = try MapBox(parsing: "35.7, 32.3,42.4,37.35")
        #expect(box == MapBox(minLon: 35.7, minLat: 32.3, maxLon: 42.4, maxLat: 37.35))
        #expect(box.text == "35.7,32.3,42.4,37.35")
        #expect(MapBox(minLon: -180, minLat: -90, maxLon: 180, maxLat: 90).text == "-180,-90,180,90")
        #expect(MapBox(text: box.text) == box)
    }

    @Test(arguments: ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "1,2,,4", "nan,0,1,1", "inf,0,1,1",
                      "-181,0,10,10", "0,0,181,10", "0,-91,10,10", "0,0,10,90.5",
                      "10,0,5,10", "0,10,10,5", "5,5,5,6", "1e400,0,1,1", "0,0,10,10;drop"])
    func boxRejectsMalformedOrOutOfRange(text: String) {
        #expect(MapBox(text: text) == nil)
        #expect(throws: MapBox.ParseError.self) { try MapBox(parsing: text) }
    }

    @Test func boxErrorsSayWhatIsWrong() {
        #expect(throws: MapBox.ParseError(description: "bbox: latitudes must be within -90 and 90")) {
            try MapBox(parsing: "0,-95,10,10")
        }
    }

    // MARK: - Basemap

    @Test func basemapFindsCountries() throws {
        let byCode = try #require(Basemap.shared.country(iso3: "syr"))
        #expect(byCode.name == "Syria")
        #expect(byCode.bbox.contains(lon: 36.2765, lat: 33.5138))          // Damascus
        #expect(!byCode.bbox.contains(lon: 35.2137, lat: 31.7683))         // Jerusalem
        #expect(Basemap.shared.country(named: "syrian arab republic")?.iso3 == "SYR")
        #expect(Basemap.shared.country(named: "UKRAINE")?.iso3 == "UKR")
        #expect(Basemap.shared.bbox(country: "Sudan") == Basemap.shared.country(iso3: "SDN")?.bbox)
        #expect(Basemap.shared.country(named: "Atlantis") == nil)
        #expect(Basemap.shared.bbox(country: "Atlantis") == nil)
        #expect(Basemap.shared.bbox(country: "XYZ") == nil)
        // France's box is metropolitan France, not French Guiana too.
        let france = try #require(Basemap.shared.country(iso3: "FRA"))
        #expect(france.bbox.minLon > -10 && france.bbox.minLat > 40)
    }

    @Test func levelFollowsTheViewSpan() {
        #expect(Basemap.levelNumber(degreesPerPixel: 360.0 / 800) == 0)
        #expect(Basemap.levelNumber(degreesPerPixel: 40.0 / 800) == 1)
        #expect(Basemap.levelNumber(degreesPerPixel: 7.0 / 800) == 2)
        let world = Basemap.shared.level(0), local = Basemap.shared.level(2)
        #expect(world.arcs.count > 500)
        #expect(world.provinces.isEmpty)
        #expect(!local.provinces.isEmpty)
        let points = { (level: Basemap.Level) in level.arcs.reduce(0) { $0 + $1.coordinates.count } }
        #expect(points(local) > 5 * points(world))
    }

    // MARK: - Fitting and projection

    @Test func fittingSyrianPointsGivesABoxAroundSyria() throws {
        let box = try #require(MapBox.fitting(Self.syria.map { (lon: $0.longitude, lat: $0.latitude) }))
        for point in Self.syria { #expect(box.contains(lon: point.longitude, lat: point.latitude)) }
        #expect(box.minLon > 34 && box.maxLon < 42 && box.minLat > 32 && box.maxLat < 37.5)
        // The drawn view contains the fitted box and has the picture's aspect.
        let projection = MapRenderer.view(points: Self.syria, box: nil, width: 800, height: 600)
        #expect(projection.box.minLon <= box.minLon && projection.box.maxLon >= box.maxLon)
        #expect(projection.box.minLat <= box.minLat && projection.box.maxLat >= box.maxLat)
        let aspect = projection.box.lonSpan * cos(projection.box.midLat * .pi / 180) / projection.box.latSpan
        #expect(abs(aspect - 800.0 / 600) < 0.02)
    }

    @Test func oneOrNoPointsGiveSensibleViews() {
        let single = MapRenderer.view(points: [Self.syria[0]], box: nil, width: 400, height: 400)
        #expect(single.box.latSpan >= 1.5 - 1e-9 && single.box.lonSpan >= 1.5 - 1e-9)
        #expect(single.box.contains(lon: 37.1343, lat: 36.2021))
        let none = MapRenderer.view(points: [], box: nil, width: 900, height: 450)
        #expect(none.box.lonSpan >= 359.99 && none.box.latSpan >= 179.99)
    }

    // MARK: - Rendering

    @Test func threePointsAreThreeLinksWithTitles() {
        let svg = Self.render(Array(Self.syria.prefix(3)))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(Self.count("<a href=\"/events/", in: svg) == 3)
        for id in ["SYR1", "SYR2", "SYR3"] {
            #expect(svg.contains("<a href=\"/events/\(id)\" class=\"map-point\"><title>Incident \(id)</title><circle "))
        }
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains(">Map of 3 incidents</title>"))
        #expect(svg.contains("data-bbox=\""))
        #expect(svg.contains("class=\"map-legend\""))
        #expect(!svg.contains("style="))
    }

    @Test func overlappingPointsBecomeOneCluster() throws {
        var points = (0..<7).map { Self.point("SYR\($0)", 36.2 + Double($0) * 0.001, 37.13, type: $0 < 4 ? "Battles" : "Protests", fatalities: 1) }
        points.append(Self.point("SYR99", 33.51, 36.28)) // far away: Damascus
        let syria: MapBox = try #require(Basemap.shared.bbox(country: "SYR"))
        let svg = Self.render(points, box: syria)
        #expect(Self.count("class=\"map-cluster\"", in: svg) == 1)
        #expect(svg.contains(">7</text>"))
        #expect(svg.contains("<title>7 incidents (4 Battles, 3 Protests); 7 fatalities. Zoom in to see them.</title>"))
        #expect(svg.contains("<a href=\"/events/SYR99\""))
        #expect(Self.count("<a href=\"/events/", in: svg) == 1)
        // The cluster links to a box around its members.
        let href = try #require(Self.attribute("href", after: "<g class=\"map-points\">", in: svg.replacingOccurrences(of: "<a href=\"/events/SYR99\"", with: "")))
        let box = try #require(MapBox(text: String(href.dropFirst("/map?bbox=".count))))
        #expect(box.contains(lon: 37.13, lat: 36.2) && box.contains(lon: 37.13, lat: 36.206))
        #expect(!box.contains(lon: 36.28, lat: 33.51))
    }

    @Test func aPointIsDrawnWhereItLies() throws {
        let syria = try #require(Basemap.shared.bbox(country: "SYR"))
        let damascus = Self.point("SYR2", 33.5138, 36.2765)
        let svg = Self.render([damascus], box: syria, width: 800, height: 600)
        let drawn = try #require(Self.attribute("data-bbox", after: "<svg", in: svg).flatMap { MapBox(text: $0) })
        #expect(drawn.contains(lon: syria.minLon, lat: syria.minLat) && drawn.contains(lon: syria.maxLon, lat: syria.maxLat))
        let expectedX = (36.2765 - drawn.minLon) / drawn.lonSpan * 800
        let expectedY = (drawn.maxLat - 33.5138) / drawn.latSpan * 600
        let cx = try #require(Self.attribute("cx", after: "/events/SYR2", in: svg).flatMap(Double.init))
        let cy = try #require(Self.attribute("cy", after: "/events/SYR2", in: svg).flatMap(Double.init))
        #expect(abs(cx - expectedX) <= 0.6 && abs(cy - expectedY) <= 0.6)
        // Damascus is in the south-west of Syria's view.
        #expect(cx < 400 && cy > 300)
    }

    @Test func aCountryViewDrawsOnlyWhatItShows() throws {
        let syria: MapBox = try #require(Basemap.shared.bbox(country: "Syria"))
        let svg = Self.render([], box: syria)
        for iso in ["SYR", "TUR", "IRQ", "LBN", "JOR"] { #expect(svg.contains("data-iso=\"\(iso)\""), "\(iso)") }
        for iso in ["BRA", "USA", "CHN", "FRA"] { #expect(!svg.contains("data-iso=\"\(iso)\""), "\(iso)") }
        #expect(svg.contains("class=\"map-borders\""))
        #expect(svg.contains("class=\"map-admin1\""))
        #expect(svg.contains(">SYRIA</text>"))
        #expect(svg.contains("class=\"map-scale\""))
        // The world view has no province lines, and Brazil.
        let world = Self.render([])
        #expect(world.contains("data-iso=\"BRA\""))
        #expect(!world.contains("class=\"map-admin1\""))
    }

    @Test func mostFrequentPlacesAreLabelled() {
        var points: [MapPoint] = []
        for index in 0..<5 { points.append(Self.point("A\(index)", 36.2 + Double(index) * 0.3, 37.1, place: "Aleppo")) }
        points.append(Self.point("B1", 33.5, 36.3, place: "Damascus"))
        let inset = Self.render(points, width: 320, height: 220, inset: true)
        #expect(inset.contains(">Aleppo</text>"))
        #expect(!inset.contains("class=\"map-legend\""))
        #expect(Self.count(">Aleppo</text>", in: Self.render(points)) == 1)
    }

    @Test func hostileTextIsEscaped() {
        let hostile = Self.point("X1", 35, 38, place: "<script>alert(1)</script>\"'",
                                 title: "</title><script>alert(\"x\")</script> & 'quotes'")
        var weird = Self.point("X2", 34, 37)
        weird.href = "/events/X2\"><script>alert(2)</script>"
        let svg = Self.render([hostile, weird])
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;/title&gt;&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes'"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("href=\"/events/X2&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))
    }

    @Test func tenThousandPointsRenderAtAll() throws {
        var generator = SystemRandomNumberGenerator()
        let types = EventTypeStyle.all.map(\.eventType)
        let points = (0..<10_000).map { index in
            Self.point("P\(index)", Double.random(in: 32.5...37.2, using: &generator), Double.random(in: 35.8...42.2, using: &generator),
                       type: types[index % types.count], fatalities: index % 40, place: "Place \(index % 12)")
        }
        let syria: MapBox = try #require(Basemap.shared.bbox(country: "SYR"))
        let svg = Self.render(points, box: syria)
        #expect(svg.contains(">Map of 10000 incidents</title>"))
        #expect(svg.hasSuffix("</svg>"))
    }
}
