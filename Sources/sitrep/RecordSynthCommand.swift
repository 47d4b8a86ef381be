import ArgumentParser
import Foundation
import SitrepExtract
import SitrepModel
import SitrepRecord
import SitrepStore

/// `sitrep record bench synth`: a big, realistic record for Benchmarks/explorer.sh, written
/// through the same planner and store calls as the desk (not for users).
///
/// Incidents fall on places of the bundled gazetteer in twelve countries at war (more populous
/// places more often), over `days` days, with ACLED's sub-event types in proportions like a
/// conflict dataset's, actors from the actor list, fatalities from a heavy-tailed distribution
/// (most incidents kill no one or a few), and one to three claims each from the source
/// registry, whose evidence sentences are written from a few templates. Seeded: the same
/// arguments write the same record.
struct RecordSynthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "synth", abstract: "Write N synthetic published incidents with claims.")

    @OptionGroup var store: StoreOptions
    @Option(help: "How many incidents.") var count = 1_000_000
    @Option(help: "Over how many days, ending on --last-day.") var days = 1_095
    @Option(help: "The last day, YYYY-MM-DD.") var lastDay = "2026-12-04"
    @Option(help: "Random seed.") var seed: UInt64 = 42

    static let countries = ["Syria", "Iraq", "Yemen", "Ukraine", "Afghanistan", "Somalia", "Nigeria", "Sudan", "Myanmar", "Mali",
                            "Democratic Republic of the Congo", "Lebanon"]
    /// Sub-event type and weight (per 1,000), roughly as conflict data distributes them.
    static let subTypes: [(String, Int)] = [
        ("Armed clash", 260), ("Shelling/artillery/missile attack", 180), ("Air/drone strike", 120), ("Attack", 90),
        ("Peaceful protest", 110), ("Remote explosive/landmine/IED", 40), ("Abduction/forced disappearance", 25),
        ("Arrests", 25), ("Government regains territory", 15), ("Non-state actor overtakes territory", 15),
        ("Violent demonstration", 25), ("Mob violence", 15), ("Looting/property destruction", 15), ("Protest with intervention", 15),
        ("Suicide bomb", 5), ("Grenade", 5), ("Disrupted weapons use", 15), ("Change to group/activity", 10), ("Agreement", 5),
        ("Headquarters or base established", 5), ("Sexual violence", 5), ("Chemical weapon", 1), ("Excessive force against protesters", 4),
        ("Non-violent transfer of territory", 5), ("Other", 5),
    ]

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func run() async throws {
        let store = try await self.store.openSeeded()
        var random = Generator(state: seed)
        let names = try NameSuggestions.bundled()
        let wanted = Set(Self.countries)
        let places = names.all(kind: "place").filter { entry in
            wanted.contains(entry.fields["country"] ?? "") && entry.fields["geo_precision"] == "1"
                && Double(entry.fields["latitude"] ?? "") != nil && Double(entry.fields["longitude"] ?? "") != nil
        }
        guard !places.isEmpty else { throw ValidationError("The gazetteer has no places in \(Self.countries).") }
        // populous places first, and drawn more often: index = n * u^3
        let ranked = places
        let actors = names.all(kind: "actor").map(\.label)
        let sources = try await store.sources().filter { !$0.draft }
        guard !actors.isEmpty, !sources.isEmpty else { throw ValidationError("No actors or sources to draw from.") }
        let subTypeTable = Self.subTypes.flatMap { Array(repeating: $0.0, count: $0.1) }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: "UTC")
        day.dateFormat = "yyyy-MM-dd"
        guard let last = day.date(from: lastDay) else { throw ValidationError("--last-day must be YYYY-MM-DD.") }
        // one story per country and month, as a newsroom's live coverage is organised
        var stories: [String: Int64] = [:]
        func story(country: String, month: Substring) async throws -> Int64 {
            let key = "\(country)-\(month)"
            if let id = stories[key] { return id }
            let slug = Slug(rawValue: "synth-\(seed)-\((Slug.derived(from: country)?.rawValue ?? "x"))-\(month)") ?? Slug(rawValue: "synth-\(seed)-\(stories.count)")!
            var found = try await store.story(slug)
            if found == nil {
                found = try await store.createStory(StoryDraft(slug: slug, title: "\(country) live, \(month) (synthetic)", summary: ""), now: Date())
            }
            stories[key] = found!.id
            return found!.id
        }
        let countries = CountryCodes.bundled
        let clock = ContinuousClock()
        let start = clock.now
        var written = 0
        var batch: [Claim] = []
        let now = Date()
        for n in 0..<count {
            let place = ranked[min(ranked.count - 1, Int(Double(ranked.count) * pow(Double.random(in: 0..<1, using: &random), 3)))]
            let subType = subTypeTable[Int.random(in: 0..<subTypeTable.count, using: &random)]
            let type = ACLEDTaxonomy.eventType(ofSubEventType: subType)!
            let violent = ["Battles", "Explosions/Remote violence", "Violence against civilians"].contains(type)
            let u = Double.random(in: 0..<1, using: &random)
            let killed = violent ? (u < 0.45 ? 0 : Int(pow(1 / max(1 - u, 0.0005), 1.1))) : 0
            let date = day.string(from: last.addingTimeInterval(-Double(Int.random(in: 0..<days, using: &random)) * 86_400))
            let fields = EventFields(eventType: type, subEventType: subType, date: date, location: place.fields["location"],
                                     admin1: place.fields["admin1"], country: place.fields["country"],
                                     latitude: Double(place.fields["latitude"]!)! + Double.random(in: -0.01...0.01, using: &random),
                                     longitude: Double(place.fields["longitude"]!)! + Double.random(in: -0.01...0.01, using: &random),
                                     geoPrecision: 1, actor1: actors[Int.random(in: 0..<actors.count, using: &random)],
                                     actor2: u < 0.5 ? actors[Int.random(in: 0..<actors.count, using: &random)] : nil,
                                     civilianTargeting: type == "Violence against civilians")
            let storyID = try await story(country: fields.country ?? "World", month: date.prefix(7))
            for position in 0..<Int.random(in: 1...3, using: &random) {
                let source = sources[Int.random(in: 0..<sources.count, using: &random)]
                let figure = killed == 0 ? Figure.none : Figure(min: killed + position * Int.random(in: 0...2, using: &random), max: nil)
                let text = switch position {
                case 0: "\(source.name) said \(killed) people were killed in \(subType.lowercased()) in \(fields.location ?? "the area") on \(date)."
                case 1: "According to \(source.name), the toll in \(fields.location ?? "the area") rose to \(figure.min ?? 0)."
                default: "\(source.name) reported \(subType.lowercased()) near \(fields.location ?? "the area"), \(fields.admin1 ?? "")."
                }
                batch.append(Claim(storyID: storyID, updateID: "synth-\(seed)-\(n)", revision: 1, position: position, source: source.name,
                                   sourceKind: source.kind, affiliation: source.affiliation, fields: fields, killed: figure,
                                   certainty: position == 0 ? "reported" : "claimed", span: ByteSpan(0, text.utf8.count),
                                   text: text, createdAt: now))
            }
            if batch.count >= 300 || n == count - 1 {
                let planner = RecordPlanner(actor: "bench:synth", now: now, countries: countries)
                var change = planner.reread(claims: batch, existing: [], incidents: [])
                for index in change.incidents.indices {
                    change.incidents[index].incident.status = .published
                    change.incidents[index].incident.firstPublishedAt = now
                }
                let names = try await store.applyRecord(change, now: now)
                written += names.count
                batch.removeAll(keepingCapacity: true)
                if n / 300 % 200 == 0 {
                    let seconds = (clock.now - start).milliseconds / 1000
                    FileHandle.standardError.write(Data(String(format: "%d incidents, %.0f s\n", written, seconds).utf8))
                }
            }
        }
        let seconds = (clock.now - start).milliseconds / 1000
        print(String(format: "Wrote %d incidents from %d generated in %.1f s (%.0f incidents/s).", written, count, seconds, Double(written) / seconds))
    }
}
