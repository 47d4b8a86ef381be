import Foundation
import SitrepModel
import Testing
@testable import SitrepRecord

@Suite struct PlannerTests {
    /// The Sarmada strike as a live blog tells it: the headline and paragraphs of one update,
    /// then a monitor with another toll, then a denial by the accused, then the denial deleted.
    @Test func sarmadaStory_oneIncident_regradedAsSourcesArrive() throws {
        var record = MemoryRecord()
        record.reread("u1", [
            claim("u1", source: "Local Coordination Committees", affiliation: "opposition",
                  fields: fields(place: Place.camp), killed: fig(30, nil), injured: fig(24, nil), certainty: "verified"),
            claim("u1", position: 1, fields: fields(place: Place.sarmada)), // the photo caption
        ])
        #expect(record.open.count == 1)
        var incident = try #require(record.open.first).incident
        #expect(incident.id == "SYR1")
        #expect(incident.grade == .weak)
        #expect(incident.figures.fatalities == 30)

        record.reread("u2", [claim("u2", source: "Syrian Observatory for Human Rights", affiliation: "independent",
                                   fields: fields(place: Place.sarmada), killed: fig(28, 28))])
        incident = try #require(record.files["SYR1"]).incident
        #expect(record.open.count == 1)
        #expect(incident.grade == .confirmed) // verified by LCC + an independent monitor
        #expect(incident.figures.fatalities == 28)
        #expect(incident.figures.fatalitiesLow == 28)
        #expect(incident.figures.fatalitiesBest == 30)

        record.reread("u3", [claim("u3", source: "Russian Defence Ministry", affiliation: "russian_state",
                                   fields: fields(place: Place.sarmada), denial: true)])
        incident = try #require(record.files["SYR1"]).incident
        #expect(incident.grade == .contested)
        #expect(incident.gradeReason == "Russian Defence Ministry denies it.")

        record.reread("u3", []) // the update is deleted
        incident = try #require(record.files["SYR1"]).incident
        #expect(incident.grade == .confirmed)
        #expect(record.files["SYR1"]!.claims.filter(\.withdrawn).count == 1)
        #expect(record.history.contains { $0.action == "claim_withdrawn" && $0.incidentID == "SYR1" })
    }

    @Test func otherPlaceAndDay_startOtherIncidents() {
        var record = MemoryRecord()
        record.reread("u1", [
            claim("u1", fields: fields()),
            claim("u1", position: 1, fields: fields("Remote explosive/landmine/IED", place: Place.homs)),
            claim("u1", position: 2, fields: fields(date: "2016-05-04")),
        ])
        #expect(record.open.map(\.incident.id) == ["SYR1", "SYR2", "SYR3"])
    }

    /// A newer extractor reading the same revision differently: the new claim gets an id of its
    /// own, so withdrawing the old one does not overwrite it.
    @Test func sameRevisionReadDifferently_keepsBothClaims() {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA", killed: fig(8, 8))])
        record.reread("u1", [claim("u1", source: "SANA", killed: fig(9, 9))])
        let claims = record.files["SYR1"]!.claims
        #expect(claims.count == 2)
        #expect(claims.filter { !$0.withdrawn }.map(\.killed) == [fig(9, 9)])
        #expect(Set(claims.map(\.id)).count == 2)
    }

    @Test func rereadingUnchangedText_changesNothing() {
        var record = MemoryRecord()
        let claims = [claim("u1", source: "SANA", killed: fig(8, 8))]
        record.reread("u1", claims)
        let change = planner.reread(claims: claims, existing: record.files["SYR1"]!.claims, incidents: record.open)
        #expect(change.isEmpty)
    }

    @Test func editedFigure_replacesTheClaim() {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA", killed: fig(8, 8))])
        var edited = claim("u1", source: "SANA", killed: fig(12, 12))
        edited = Claim(storyID: 1, updateID: "u1", revision: 2, position: 0, source: "SANA", sourceKind: nil,
                       fields: edited.fields, killed: edited.killed, span: edited.span, text: "new text")
        record.reread("u1", [edited])
        let file = record.files["SYR1"]!
        #expect(file.activeClaims.map { short($0.id) } == ["u1.2.0"])
        #expect(file.incident.figures.fatalities == 12)
    }

    @Test func deletingTheOnlyUpdate_rejectsAProposedIncident() {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA")])
        record.reread("u1", [])
        #expect(record.files["SYR1"]!.incident.status == .rejected)
        #expect(record.files["SYR1"]!.incident.grade == .discounted)
    }

    @Test func publishedIncident_isLocked_butTakesClaimsAndRegrades() throws {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA", fields: fields(place: Place.camp))])
        let reviewer = RecordPlanner(actor: "user:rita", now: day0, countries: CountryCodes(["Syria": "SYR"]))
        record.apply(try reviewer.correct(record.files["SYR1"]!, fields: ["location": "Kamuna camp"], reason: "name as locals use it"))
        record.apply(try reviewer.accept(record.files["SYR1"]!, reason: nil))
        record.reread("u2", [claim("u2", source: "Reuters", fields: fields("Shelling/artillery/missile attack", place: Place.sarmada))])
        let incident = record.files["SYR1"]!.incident
        #expect(incident.status == .published)
        #expect(incident.fields.location == "Kamuna camp")
        #expect(incident.fields.subEventType == "Air/drone strike") // fields stay: only a reviewer changes them
        #expect(incident.grade == .fair)
        #expect(record.history.contains { $0.action == "corrected" && $0.actor == "user:rita" })
    }

    @Test func merge_andSplit_moveClaimsWithHistory() throws {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA", fields: fields(place: Place.homs))])
        record.reread("u2", [claim("u2", source: "LCC", fields: fields(place: Place.sarmada))])
        let reviewer = RecordPlanner(actor: "user:rita", now: day0, countries: CountryCodes(["Syria": "SYR"]))
        record.apply(try reviewer.merge(record.files["SYR2"]!, into: record.files["SYR1"]!, reason: "same strike"))
        #expect(record.files["SYR2"]!.incident.status == .merged)
        #expect(record.files["SYR2"]!.incident.mergedInto == "SYR1")
        #expect(record.files["SYR1"]!.activeClaims.count == 2)
        #expect(record.files["SYR1"]!.incident.grade == .fair)

        record.apply(try reviewer.split(record.files["SYR1"]!, claims: [record.claimID("u2.1.0")], reason: "not the same"))
        #expect(record.files["SYR3"]!.activeClaims.map { short($0.id) } == ["u2.1.0"])
        #expect(record.files["SYR1"]!.activeClaims.map { short($0.id) } == ["u1.1.0"])
        #expect(record.history.contains { $0.action == "split" && $0.newValue == "SYR3" })
    }

    @Test func refusals() {
        var record = MemoryRecord()
        record.reread("u1", [claim("u1", source: "SANA", fields: fields(place: Place.homs))])
        record.reread("u2", [claim("u2", source: "LCC")])
        let one = record.files["SYR1"]!, two = record.files["SYR2"]!
        #expect(throws: RecordError.self) { try planner.merge(one, into: one, reason: nil) }
        #expect(throws: RecordError.self) { try planner.split(one, claims: [record.claimID("u1.1.0")], reason: nil) }
        #expect(throws: RecordError.self) { try planner.split(one, claims: ["nope"], reason: nil) }
        #expect(throws: RecordError.self) { try planner.reject(one, reason: " ") }
        #expect(throws: RecordError.self) { try planner.correct(one, fields: ["date": "yesterday"], reason: nil) }
        var rejected = two
        rejected.incident.status = .rejected
        #expect(throws: RecordError.self) { try planner.merge(one, into: rejected, reason: nil) }
    }
}

@Suite struct ClaimReadingTests {
    @Test func eachAccount_isAClaimOfItsOwnSource_aboutTheSameHappening() {
        var event = ExtractedEvent(eventType: "Explosions/Remote violence", subEventType: "Air/drone strike", date: "2016-05-05",
                                   location: "Sarmada", country: "Syria", fatalities: 30, fatalitiesMin: 100, fatalitiesMax: 100,
                                   source: "SANA", sourceKind: "state_media", certainty: "claimed", text: "State media said 100…",
                                   spans: ["location": SpanList(ByteSpan(40, 47)), "fatalities": SpanList(ByteSpan(16, 19))])
        event.accounts = [Account(source: "activists", sourceKind: "opposition", fatalitiesMin: 30, fatalitiesMax: 30, span: ByteSpan(50, 80)),
                          Account(source: "Russian Defence Ministry", certainty: "disputed", denial: true, span: ByteSpan(81, 120))]
        let directory = SourceDirectory([SourceInfo(name: "SANA", aliases: ["Syrian Arab News Agency"], kind: "state_media", affiliation: "regime")])
        let claims = ClaimReading.claims(from: [event], storyID: 7, updateID: "u9", revision: 2, sources: directory, now: day0)

        #expect(claims.map { short($0.id) } == ["u9.2.0", "u9.2.1", "u9.2.2"])
        #expect(Set(claims.map(\.id)).count == 3)
        #expect(claims.map(\.source) == ["SANA", "activists", "Russian Defence Ministry"])
        #expect(claims.map(\.killed) == [fig(100, 100), fig(30, 30), .none])
        #expect(claims.map(\.denial) == [false, false, true])
        #expect(claims[0].affiliation == "regime")
        #expect(claims[0].span == ByteSpan(16, 47))
        #expect(claims[1].span == ByteSpan(50, 80))
        #expect(claims.allSatisfy { $0.fields.location == "Sarmada" && $0.storyID == 7 })
        #expect(ClaimReading.unknownSources(claims, in: directory, now: day0).map(\.name) == ["activists", "Russian Defence Ministry"])

        // one incident, figures side by side, contested by the denial
        let change = planner.reread(claims: claims, existing: [], incidents: [])
        #expect(change.incidents.count == 1)
        #expect(change.incidents[0].incident.figures.fatalities == 30)
        #expect(change.incidents[0].incident.figures.fatalitiesHigh == 100)
        #expect(change.incidents[0].incident.grade == .contested)
    }
}

@Suite struct DenialPlanningTests {
    @Test func aDenialAlone_makesNoIncident_butJoinsOneItDisputes() {
        let planner = RecordPlanner(actor: "extractor:test", now: Date(timeIntervalSince1970: 0), countries: CountryCodes(["Syria": "SYR"]))
        let alone = planner.reread(claims: [claim("u1", source: "Russian MoD", denial: true)], existing: [], incidents: [])
        #expect(alone.incidents.isEmpty && alone.claims.isEmpty)
        let both = planner.reread(claims: [claim("u1", source: "LCC", killed: fig(30, nil)), claim("u1", position: 1, source: "Russian MoD", denial: true)],
                                  existing: [], incidents: [])
        #expect(both.incidents.count == 1)
        #expect(both.claims.count == 2)
        #expect(both.incidents.first?.incident.grade == .contested)
    }
}
