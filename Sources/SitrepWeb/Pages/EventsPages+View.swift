import Foundation
import SitrepModel
import SitrepRecord

extension EventsList {
    func render(layout: Layout) -> String {
        var head = Layout.Head(title: "Events", description: "Conflict incidents in the record: each graded, with every source's figures.", canonical: .events(""))
        head.noindex = values.values.contains { !$0.isEmpty }
        head.scripts = ["map.js", "explorer.js"]
        return layout.render(head, bodyClass: "events") {
            el("h1") { "Events" }
            el("p", ["class": "meta"]) {
                "Incidents read from the coverage, reviewed by the desk, graded on Airwars' scale. Also as "
                el("a", ["href": "/api/v1/incidents"]) { "JSON" }
                "."
            }
            filterForm(action: SiteRoute.events("").path)
            el("p", ["id": "explorer-live", "class": "live-bar", "data-stream": SiteRoute.eventsLive.path, "hidden": "", "role": "status"]) {
                el("span", ["data-count": ""]) { "0" }
                " incidents were published or changed since this page loaded. "
                el("a", ["href": SiteRoute.events(filterQuery).path]) { "Show them" }
            }
            el("p", ["class": "downloads"]) {
                "Download what is shown: "
                el("a", ["href": SiteRoute.exportACLED(filterQuery).path]) { "ACLED CSV" }
                " · "
                el("a", ["href": SiteRoute.exportGeoJSON(filterQuery).path]) { "GeoJSON" }
                " · "
                el("a", ["href": SiteRoute.exportJSONL(filterQuery).path]) { "JSON Lines" }
                " · "
                el("a", ["href": SiteRoute.exportClaims(filterQuery).path]) { "every claim (CSV)" }
            }
            if let map, !rows.isEmpty {
                el("figure", ["class": "map", "data-src": SiteRoute.mapSVG(filterQuery).path]) {
                    map
                    el("figcaption") { el("a", ["href": SiteRoute.map(filterQuery).path]) { "A bigger map of these incidents" } }
                }
            }
            if !days.isEmpty {
                el("section", ["class": "charts", "aria-label": "Charts of the incidents shown"]) {
                    Charts.perDay(days, measure: .incidents, id: "chart-incidents")
                    Charts.perDay(days, measure: .fatalities, id: "chart-fatalities")
                    Charts.band(days, id: "chart-band", note: "Low and high are the lowest and highest tolls the sources give; best is UCDP's best estimate.")
                    Charts.fatalitiesByActor(actors, id: "chart-actors", note: "Fatalities are counted against actor 1, the perpetrator.")
                }
            }
            if !indicators.isEmpty {
                el("section", ["class": "charts", "aria-label": "Indicators quoted in the coverage"]) {
                    el("h2") { "Indicators" }
                    HTML.group(IndicatorCharts.charts(indicators, idPrefix: "chart-indicator"))
                }
            }
            if rows.isEmpty {
                el("p", ["class": "empty"]) { "No incidents match." }
            } else {
                el("table", ["class": "events"]) {
                    el("thead") {
                        el("tr") {
                            el("th") { "Date" }; el("th") { "What" }; el("th") { "Where" }; el("th") { "Who" }
                            el("th") { "Killed" }; el("th") { "Grade" }; el("th") { "Sources" }; el("th") { "Story" }
                        }
                    }
                    el("tbody") {
                        for row in rows { self.row(row) }
                    }
                }
            }
            if let nextQuery {
                el("p") { el("a", ["href": SiteRoute.events(nextQuery).path, "rel": "next"]) { "Older" } }
            }
        }
    }

    /// The filter form: a plain GET form, so every view is a shareable link and works without
    /// JavaScript. `/events` and `/map` share it.
    func filterForm(action: String) -> HTML {
        el("form", ["method": "get", "action": action, "class": "filters"]) {
            field("from", "From", type: "date")
            field("to", "To", type: "date")
            el("label") {
                "Type "
                el("select", ["name": "event_type"]) {
                    el("option", ["value": ""]) { "Any" }
                    for type in ACLEDTaxonomy.eventTypes {
                        el("option", ["value": type, "selected": values["event_type"] == type ? "" : nil]) { type }
                    }
                }
            }
            el("label") {
                "Sub-type "
                el("select", ["name": "sub_event_type"]) {
                    el("option", ["value": ""]) { "Any" }
                    for type in ACLEDTaxonomy.eventTypes {
                        el("optgroup", ["label": type]) {
                            for sub in ACLEDTaxonomy.subEventTypes where sub.eventType == type {
                                el("option", ["value": sub.name, "selected": values["sub_event_type"] == sub.name ? "" : nil]) { sub.name }
                            }
                        }
                    }
                }
            }
            el("label") {
                "Grade "
                el("select", ["name": "grade"]) {
                    el("option", ["value": ""]) { "Any" }
                    for grade in Grade.allCases {
                        el("option", ["value": grade.rawValue, "selected": values["grade"] == grade.rawValue ? "" : nil]) { grade.rawValue }
                    }
                }
            }
            field("actor", "Actor")
            field("country", "Country")
            field("admin1", "Province")
            field("location", "Place")
            field("source", "Source")
            field("story", "Story")
            field("q", "Evidence has", type: "search")
            field("bbox", "Box (W,S,E,N)")
            el("label") {
                "Sort "
                el("select", ["name": "sort"]) {
                    for (value, label) in [("date", "date"), ("fatalities", "fatalities"), ("updated", "latest change")] {
                        el("option", ["value": value == "date" ? "" : value, "selected": (values["sort"].flatMap { $0.isEmpty ? nil : $0 } ?? "date") == value ? "" : nil]) { label }
                    }
                }
            }
            if staff {
                el("label") {
                    "Status "
                    el("select", ["name": "status"]) {
                        for status in ["published", "proposed", "rejected", "all"] {
                            el("option", ["value": status, "selected": (values["status"] ?? "published") == status ? "" : nil]) { status }
                        }
                    }
                }
            }
            el("button", ["type": "submit"]) { "Show" }
        }
    }

    /// The filters as a query string (empty ones left out), for the download links.
    var filterQuery: String {
        IncidentFilter.names.compactMap { name in values[name].flatMap { $0.isEmpty ? nil : "\(name)=\(SiteRoute.percentEncode($0))" } }
            .joined(separator: "&")
    }

    func field(_ name: String, _ label: String, type: String = "text") -> HTML {
        el("label") {
            "\(label) "
            el("input", ["type": type, "name": name, "value": values[name] ?? "", "size": type == "date" ? nil : "12"])
        }
    }

    private func row(_ row: Row) -> HTML {
        let i = row.listing, f = i.row.fields
        return el("tr") {
            el("td", ["class": "date"]) { el("a", ["href": SiteRoute.event(i.row.id).path]) { f.date } }
            el("td") { f.subEventType == "Other" ? f.eventType : f.subEventType }
            el("td") { [f.location, f.admin1 == f.location ? nil : f.admin1, f.country].compactMap { $0 }.joined(separator: ", ") }
            el("td") { [f.actor1, f.actor2].compactMap { $0 }.joined(separator: " v ") }
            el("td") { EventViews.killed(i.fatalityFigures) }
            el("td") { ReviewViews.gradeBadge(i.row.grade, reason: i.gradeReason) }
            el("td") { String(row.voices) }
            el("td") {
                for (index, story) in row.stories.enumerated() {
                    if index > 0 { ", " }
                    el("a", ["href": SiteRoute.story(story.slug).path]) { story.title }
                }
            }
        }
    }
}

extension EventPage {
    func render(layout: Layout) -> String {
        var head = Layout.Head(title: "\(incident.id): \(incident.summaryLine)", description: incident.gradeReason, canonical: .event(incident.id))
        head.jsonLD = jsonLD
        head.noindex = incident.status != .published
        return layout.render(head, bodyClass: "events") {
            el("p", ["class": "meta"]) { el("a", ["href": SiteRoute.events("").path]) { "All events" } }
            el("h1") { incident.summaryLine }
            el("p", ["class": "grade-line"]) {
                ReviewViews.gradeBadge(incident)
                incident.gradeReason
                if incident.status != .published { " "; ReviewViews.statusBadge(incident.status) }
                if let merged = incident.mergedInto { " Merged into "; el("a", ["href": SiteRoute.event(merged).path]) { merged } }
            }
            el("dl", ["class": "incident-facts"]) {
                el("dt") { "Incident" }; el("dd") { incident.id }
                el("dt") { "Type" }; el("dd") { "\(incident.fields.eventType) · \(incident.fields.subEventType)" }
                el("dt") { "Date" }; el("dd") { incident.fields.date }
                el("dt") { "Place" }
                el("dd") {
                    [incident.fields.location, incident.fields.admin1, incident.fields.country].compactMap { $0 }.joined(separator: ", ")
                    if let lat = incident.fields.latitude, let lon = incident.fields.longitude {
                        el("span", ["class": "meta"]) { String(format: " (%.4f, %.4f; geo precision %d)", lat, lon, incident.fields.geoPrecision ?? 3) }
                    }
                }
                el("dt") { "Actors" }; el("dd") { [incident.fields.actor1, incident.fields.actor2].compactMap { $0 }.joined(separator: " v ") }
                el("dt") { "Killed" }; el("dd") { ReviewViews.estimate(incident.figures.fatalities, incident.figures.fatalitiesLow, incident.figures.fatalitiesBest, incident.figures.fatalitiesHigh) }
                el("dt") { "Injured" }; el("dd") { ReviewViews.estimate(nil, incident.figures.injuredLow, incident.figures.injuredBest, incident.figures.injuredHigh) }
            }
            if let point {
                el("figure", ["class": "map inset"]) {
                    MapView.inset([point])
                    el("figcaption") {
                        el("a", ["href": SiteRoute.map("bbox=\(GeoBox(minLon: max(-180, point.longitude - 2), minLat: max(-90, point.latitude - 1.5), maxLon: min(180, point.longitude + 2), maxLat: min(90, point.latitude + 1.5)).text)").path]) {
                            "Incidents around it on the map"
                        }
                    }
                }
            }
            el("h2") { "Every account" }
            el("table", ["class": "claims"]) {
                el("thead") { el("tr") { el("th") { "Source" }; el("th") { "Says" }; el("th") { "Certainty" }; el("th") { "Evidence" }; el("th") { "Reported" } } }
                el("tbody") {
                    for row in claims where !row.claim.withdrawn { claimRow(row) }
                }
            }
            el("h2") { "History" }
            el("ol", ["class": "history"]) {
                for entry in history.reversed() { ReviewViews.historyItem(entry) }
            }
        }
    }

    private func claimRow(_ row: ClaimRow) -> HTML {
        let c = row.claim
        return el("tr") {
            el("td") {
                el("strong") { c.source ?? "Own reporting" }
                if let kind = row.source?.kind ?? c.sourceKind { el("br"); el("span", ["class": "meta"]) { kind.replacingOccurrences(of: "_", with: " ") } }
                if let affiliation = row.source?.affiliation ?? c.affiliation, !affiliation.isEmpty { el("span", ["class": "meta"]) { " · \(affiliation)" } }
            }
            el("td") {
                if c.denial { el("span", ["class": "badge denial"]) { "denies" } }
                (c.killed.text.map { "\($0) killed" } ?? (c.denial ? "" : "no toll"))
                if let injured = c.injured.text { ", \(injured) injured" }
            }
            el("td") { c.certainty }
            el("td") {
                el("q") { c.text }
                if let story = row.story {
                    " "
                    el("a", ["href": SiteRoute.story(story.slug).path + (c.isFromEntry ? "" : "#update-\(c.updateID)")]) { "in \(story.title)" }
                }
            }
            el("td") {
                let at = row.reportedAt ?? c.createdAt
                el("time", ["datetime": ISO8601.string(at)]) { "\(Stamp.day(at, zone: "UTC")), \(Stamp.clock(at, zone: "UTC"))" }
                if c.fields.date != incident.fields.date { el("br"); el("span", ["class": "meta"]) { "says it happened \(c.fields.date)" } }
            }
        }
    }
}

enum EventViews {
    /// "30" or "30 (30–100 by source)".
    static func killed(_ f: Figures) -> String {
        guard let high = f.fatalitiesHigh, high > f.fatalities else { return f.fatalities > 0 ? String(f.fatalities) : "–" }
        return "\(f.fatalities) (\(f.fatalitiesLow ?? f.fatalities)–\(high))"
    }
}
