import Foundation
import SitrepModel
import SitrepRecord

/// `/events`: the record's published incidents, filtered by the URL's query (the API's filters).
struct EventsList: Sendable {
    struct Row: Sendable {
        var listing: IncidentListing
        /// Independent voices among its active claims.
        var voices: Int
        var stories: [Story]
    }

    /// The filter values as the reader typed them, echoed in the form.
    var values: [String: String]
    var rows: [Row]
    /// The query of the next page, nil at the end.
    var nextQuery: String?
    var staff: Bool
    /// The filtered incidents per day and type, and per actor, for the charts.
    var days: [RecordTally.Day] = []
    var actors: [RecordTally.Actor] = []
    /// The map of the filtered incidents (an `<svg>`), drawn by the server.
    var map: HTML?
    /// Indicators quoted in the coverage over the same stories and dates, by name.
    var indicators: [IndicatorReading] = []
}

/// Indicator readings as charts, one per indicator ("SYP per USD"), in name order.
enum IndicatorCharts {
    static func charts(_ readings: [IndicatorReading], idPrefix: String) -> [HTML] {
        Dictionary(grouping: readings, by: \.indicator.name).sorted { $0.key < $1.key }.enumerated().map { index, entry in
            let first = entry.value[0].indicator
            let points = entry.value.map { IndicatorPoint(date: $0.indicator.date, value: $0.indicator.value, source: $0.indicator.source) }
            let market = Set(entry.value.compactMap(\.indicator.market)).sorted().joined(separator: " and ")
            return Charts.indicator(points, name: "\(first.currency) per \(first.base)", unit: "\(first.currency) per 1 \(first.base)",
                                    id: "\(idPrefix)-\(index)",
                                    note: "Rates quoted in the coverage\(market.isEmpty ? "" : " (\(market) market)"), each with its source.")
        }
    }
}

/// `/events/{id}`: one incident with every claim side by side.
struct EventPage: Sendable {
    struct ClaimRow: Sendable {
        var claim: Claim
        var source: SourceInfo?
        var story: Story?
        /// When the update (or the story's original entry) that says it was published.
        var reportedAt: Date?
    }

    var incident: Incident
    var claims: [ClaimRow]
    var history: [HistoryEntry]
    var baseURL: String

    /// The incident as the map inset draws it (nil without coordinates).
    var point: IncidentPoint? {
        let f = incident.fields
        guard let lat = f.latitude, let lon = f.longitude else { return nil }
        return IncidentPoint(id: incident.id, date: f.date, eventType: f.eventType, subEventType: f.subEventType, location: f.location,
                             admin1: f.admin1, latitude: lat, longitude: lon, fatalities: incident.figures.fatalities)
    }

    /// schema.org `Event` for the incident.
    var jsonLD: String {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": incident.summaryLine,
            "startDate": incident.fields.date, "url": SiteRoute.event(incident.id).absoluteURL(base: baseURL),
            "eventStatus": incident.status == .published ? "https://schema.org/EventScheduled" : "https://schema.org/EventCancelled",
        ]
        var place: [String: Any] = ["@type": "Place", "name": [incident.fields.location, incident.fields.admin1, incident.fields.country].compactMap { $0 }.joined(separator: ", ")]
        if let lat = incident.fields.latitude, let lon = incident.fields.longitude {
            place["geo"] = ["@type": "GeoCoordinates", "latitude": lat, "longitude": lon]
        }
        object["location"] = place
        if let actor = incident.fields.actor1 { object["organizer"] = ["@type": "Organization", "name": actor] }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
