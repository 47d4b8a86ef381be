import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepRecord
import SitrepStore
import SitrepWeb

/// `sitrep export`: the record as files analysts load (offline, from the database).
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the record's incidents to standard output: ACLED's 31-column CSV, every claim as CSV, GeoJSON or JSON Lines.",
        discussion: """
            Filters are those of /events and /api/v1/incidents, and the output is the same as /exports/... \
            Incidents are read 500 at a time: memory stays flat whatever the size. The data's attribution goes to standard error.
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "acled-csv (one row per incident), claims-csv (one row per claim), geojson or jsonl.")
    var format: RecordExport.Format = .acledCSV
    @Option(help: "published (default), proposed, rejected, merged or all.") var status = "published"
    @Option(help: "First date, YYYY-MM-DD.") var from: String?
    @Option(help: "Last date, YYYY-MM-DD.") var to: String?
    @Option(help: "ACLED event type, e.g. Battles.") var eventType: String?
    @Option(help: "ACLED sub-event type, e.g. \"Air/drone strike\".") var subEventType: String?
    @Option(help: "Actor 1 or actor 2.") var actor: String?
    @Option(help: "Country name, as the gazetteer writes it.") var country: String?
    @Option(help: "Province (admin 1).") var admin1: String?
    @Option(help: "Place name.") var location: String?
    @Option(help: "confirmed, fair, weak, contested or discounted.") var grade: String?
    @Option(help: "A source with an active claim (its registry name).") var source: String?
    @Option(name: .customLong("text"), help: "Words that must all occur in one claim's evidence sentence.") var text: String?
    @Option(help: "west,south,east,north in degrees.") var bbox: String?
    @Option(help: "date (latest events first; the default), fatalities or updated (latest changes first).") var sort = "date"
    @Option(help: "Story slug.") var story: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, FieldRules.problem(field: "date", value: value) != nil { throw ValidationError("\(name) must be a date like 2016-05-05.") }
        }
        if status != "all", IncidentStatus(rawValue: status) == nil {
            throw ValidationError("--status must be published, proposed, rejected, merged or all.")
        }
        if let eventType, !ACLEDTaxonomy.eventTypes.contains(eventType) {
            throw ValidationError("--event-type must be one of \(ACLEDTaxonomy.eventTypes.joined(separator: ", ")).")
        }
        if let subEventType, ACLEDTaxonomy.eventType(ofSubEventType: subEventType) == nil {
            throw ValidationError("--sub-event-type must be one of ACLED's sub-event types, e.g. \"Air/drone strike\".")
        }
        if let grade, Grade(rawValue: grade) == nil { throw ValidationError("--grade must be confirmed, fair, weak, contested or discounted.") }
        if let bbox, GeoBox(text: bbox) == nil { throw ValidationError("--bbox must be west,south,east,north in degrees, west < east and south < north.") }
        if IncidentSort(rawValue: sort) == nil { throw ValidationError("--sort must be updated, date or fatalities.") }
    }

    func run() async throws {
        let store = try await self.store.open()
        var query = IncidentQuery(statuses: status == "all" ? nil : [IncidentStatus(rawValue: status)!], grade: grade.flatMap(Grade.init),
                                  eventType: eventType, subEventType: subEventType, country: country, admin1: admin1, actor: actor,
                                  from: from, to: to, limit: 500)
        query.location = location
        query.source = source
        query.text = text
        query.box = bbox.flatMap(GeoBox.init(text:))
        query.sort = IncidentSort(rawValue: sort) ?? .updated
        if let story {
            guard let slug = Slug(rawValue: story), let found = try await store.story(slug) else { throw ValidationError("There is no story \"\(story)\".") }
            query.storyID = found.id
        }
        let export = RecordExport(store: store, interCodes: try Extractor.bundledActorInterCodes(), baseURL: "")
        FileHandle.standardError.write(Data("Data: \(RecordExport.attribution).\n".utf8))
        try await export.write(format, query: query) { chunk in try FileHandle.standardOutput.write(contentsOf: chunk) }
    }
}

extension RecordExport.Format: ExpressibleByArgument {}
