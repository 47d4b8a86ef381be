import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepRecord
import SitrepStore

/// `sitrep export`: the record as files analysts load (offline, from the database).
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the record's incidents to standard output: ACLED's 31-column CSV, or every claim as CSV.",
        discussion: "Filters are those of /api/v1/incidents. Incidents are read 500 at a time: memory stays flat whatever the size."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case acledCSV = "acled-csv", claimsCSV = "claims-csv" }

    @OptionGroup var store: StoreOptions
    @Option(help: "acled-csv (one row per incident) or claims-csv (one row per claim).") var format: Format = .acledCSV
    @Option(help: "published (default), proposed, rejected, merged or all.") var status = "published"
    @Option(help: "First date, YYYY-MM-DD.") var from: String?
    @Option(help: "Last date, YYYY-MM-DD.") var to: String?
    @Option(help: "Country name, as the gazetteer writes it.") var country: String?
    @Option(help: "Story slug.") var story: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, FieldRules.problem(field: "date", value: value) != nil { throw ValidationError("\(name) must be a date like 2016-05-05.") }
        }
        if status != "all", IncidentStatus(rawValue: status) == nil {
            throw ValidationError("--status must be published, proposed, rejected, merged or all.")
        }
    }

    func run() async throws {
        let store = try self.store.open()
        var query = IncidentQuery(statuses: status == "all" ? nil : [IncidentStatus(rawValue: status)!], country: country,
                                  from: from, to: to, limit: 500)
        if let story {
            guard let slug = Slug(rawValue: story), let found = try await store.story(slug) else { throw ValidationError("There is no story \"\(story)\".") }
            query.storyID = found.id
        }
        let export = ACLEDExport(interCodes: try Extractor.bundled().actorInterCodes())
        FileHandle.standardOutput.write(Data((format == .acledCSV ? ACLEDExport.header : ClaimsExport.header).utf8))
        while true {
            let incidents = try await store.incidents(query)
            var chunk = ""
            for file in try await store.incidentFiles(ids: incidents.map(\.id)) {
                switch format {
                case .acledCSV: chunk += ACLEDExport.line(export.row(file))
                case .claimsCSV: chunk += ClaimsExport.rows(file).map(ACLEDExport.line).joined()
                }
            }
            FileHandle.standardOutput.write(Data(chunk.utf8))
            guard incidents.count == query.limit, let last = incidents.last else { break }
            query.cursor = IncidentCursor(after: last)
        }
    }
}
