import Foundation
import SitrepModel
import Testing
@testable import SitrepRecord

@Suite struct ClusteringTests {
    @Test(arguments: [
        ("Explosions/Remote violence", "Battles", true),       // shelling vs clash at one attack
        ("Explosions/Remote violence", "Violence against civilians", true),
        ("Protests", "Riots", true),
        ("Protests", "Explosions/Remote violence", false),      // a protest and an airstrike
        ("Strategic developments", "Battles", false),
    ])
    func typesCompatible_byFamily(a: String, b: String, expected: Bool) {
        #expect(Clustering.typesCompatible(fields(type: a), fields(type: b)) == expected)
    }

    @Test func samePlaceWithinTenKm_isOneIncident() {
        #expect(Clustering.compatible(fields(place: Place.camp), fields(place: Place.sarmada)))
        #expect(!Clustering.compatible(fields(place: Place.idlib), fields(place: Place.sarmada)))
    }

    @Test func nearPrecision_widensRadiusTo25Km() {
        let far = (name: "Somewhere", admin1: "Idlib", lat: 36.35, lon: 36.72) // ~18 km north
        #expect(!Clustering.compatible(fields(place: far), fields(place: Place.sarmada)))
        #expect(Clustering.compatible(fields(place: far, precision: 2), fields(place: Place.sarmada)))
    }

    @Test func provinceLevelClaim_attachesToPreciseIncidentInItsProvince() {
        let province = EventFields(eventType: "Explosions/Remote violence", subEventType: "Air/drone strike",
                                   date: "2016-05-05", admin1: "Idlib", country: "Syria", geoPrecision: 3)
        #expect(Clustering.compatible(province, fields(place: Place.sarmada)))
        #expect(!Clustering.compatible(province, fields(place: Place.homs)))
    }

    @Test func otherDay_isAnotherIncident() {
        #expect(!Clustering.compatible(fields(date: "2016-05-06"), fields()))
    }

    @Test func actors_keepApartOnlyWhenBothSidesDiffer() {
        #expect(Clustering.compatible(fields(actor1: "A", actor2: "B"), fields(actor1: "C", actor2: "B")))
        #expect(Clustering.compatible(fields(actor1: "A"), fields(actor1: "C")))
        #expect(!Clustering.compatible(fields(actor1: "A", actor2: "B"), fields(actor1: "C", actor2: "D")))
        #expect(Clustering.compatible(fields(actor1: "Unidentified Armed Group (Syria)", actor2: "B"), fields(actor1: "C", actor2: "D")))
        #expect(Clustering.compatible(fields(actor1: "A", actor2: "B"), fields(actor1: "C", actor2: "D"), denial: true))
    }
}

@Suite struct FigureTests {
    @Test(arguments: [
        // (figures with certainty, fatalities, low, best, high)
        ([(fig(30, nil), "verified")], 30, 30, 30, 30),
        ([(fig(30, nil), "verified"), (fig(100, 100), "unverified")], 30, 30, 30, 100),
        ([(fig(nil, 300), "reported")], 0, 300, 300, 300),                 // "up to 300": no lower bound
        ([(fig(8, 8), "claimed"), (fig(10, 12), "reported")], 8, 8, 10, 12), // best from the more certain
        ([(fig(5, 5), "disputed"), (fig(9, 9), "claimed")], 9, 5, 9, 9),   // disputed is not conservative
        ([(fig(10, 10), "reported"), (fig(20, 20), "reported"), (fig(40, 40), "reported")], 10, 10, 20, 40),
    ] as [([(Figure, String)], Int, Int?, Int?, Int?)])
    func lowBestHigh(claims: [(Figure, String)], fatalities: Int, low: Int?, best: Int?, high: Int?) {
        let all = claims.enumerated().map { i, c in claim(position: i, killed: c.0, certainty: c.1) }
        let f = FigureRules.figures(all)
        #expect(f.fatalities == fatalities)
        #expect(f.fatalitiesLow == low)
        #expect(f.fatalitiesBest == best)
        #expect(f.fatalitiesHigh == high)
    }

    @Test func denialsAndWithdrawnClaims_giveNoFigure() {
        var gone = claim(position: 1, killed: fig(3, 3))
        gone.withdrawn = true
        let f = FigureRules.figures([claim(killed: fig(30, nil)), gone, claim(position: 2, killed: fig(1, 1), denial: true)])
        #expect(f.fatalities == 30)
        #expect(f.fatalitiesLow == 30)
    }

    @Test func noToll_isZeroAndNil() {
        let f = FigureRules.figures([claim()])
        #expect(f == Figures(fatalities: 0))
    }

    @Test func sideBySide_oneEntryPerSource() {
        let rows = FigureRules.sideBySide([
            claim(source: "SANA", killed: fig(100, 100)), claim(position: 1, source: "LCC", killed: fig(30, nil)),
        ])
        #expect(rows.map(\.source) == ["SANA", "LCC"])
        #expect(rows.map { $0.killed.text } == ["100", "more than 30"])
    }
}

@Suite struct GradingTests {
    static let monitor = claim(source: "Syrian Observatory", certainty: "verified")

    @Test(arguments: [
        // (claims, grade, reason starts with)
        ([claim(source: "SANA")], Grade.weak, "A single source: SANA."),
        ([claim(source: "SANA", affiliation: "regime"), claim(position: 1, source: "Al-Watan", affiliation: "regime")],
         .weak, "Only sources of one affiliation (regime)"),
        ([claim(source: "Reuters"), claim(position: 1, source: "LCC", affiliation: "opposition")], .fair, "2 independent sources agree"),
        ([claim(source: "LCC", certainty: "verified"), claim(position: 1, source: "Reuters")], .confirmed, "LCC verified it on the ground"),
        ([claim(source: "LCC", certainty: "verified")], .weak, "A single source: LCC."),
        ([claim(source: "Islamic State", fields: fields(actor1: "Islamic State"))], .confirmed, "Islamic State acknowledged it."),
        ([claim(source: "Free Syrian Army", fields: fields(actor1: "Free Syrian Army"), certainty: "disputed")], .weak, "A single source"),
        ([claim(source: "LCC"), claim(position: 1, source: "Russian Defence Ministry", denial: true)], .contested, "Russian Defence Ministry denies it."),
        ([claim(source: "LCC", fields: fields(actor1: "Military Forces of Russia")),
          claim(position: 1, source: "SANA", fields: fields(actor1: "Jabhat al-Nusra"))], .contested, "Sources disagree on who did it"),
        ([claim(source: "LCC", fields: fields(actor1: "Military Forces of Syria (2000-2024)")),
          claim(position: 1, source: "Reuters", fields: fields(actor1: "Military Forces of Syria"))], .fair, "2 independent sources agree"),
        ([claim(source: "LCC", fields: fields(actor1: "Unidentified Armed Group (Syria)")),
          claim(position: 1, source: "Reuters", fields: fields(actor1: "Jabhat al-Nusra"))], .fair, "2 independent sources agree"),
    ] as [([Claim], Grade, String)])
    func grade(claims: [Claim], grade: Grade, reason: String) {
        let (g, r) = Grading.grade(claims)
        #expect(g == grade)
        #expect(r.hasPrefix(reason), "\(r)")
    }

    @Test func everyClaimWithdrawn_isDiscounted() {
        var c = claim(source: "SANA")
        c.withdrawn = true
        #expect(Grading.grade([c]).0 == .discounted)
    }

    @Test func ownReporting_isOneVoice() {
        #expect(Grading.voices([claim(), claim(position: 1)]).count == 1)
        #expect(Grading.independent(claim(source: "A", affiliation: "regime"), claim(source: "B", affiliation: "regime")) == false)
        #expect(Grading.independent(claim(source: "A", affiliation: "independent"), claim(source: "B", affiliation: "independent")))
    }
}

@Suite struct FieldRuleTests {
    @Test func mostSpecificPlace_andMajoritySubType_andCorrectionsWin() {
        let province = EventFields(eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack",
                                   date: "2016-05-05", admin1: "Idlib", country: "Syria", geoPrecision: 3)
        let claims = [
            claim(fields: province),
            claim(position: 1, fields: fields("Air/drone strike", place: Place.camp)),
            claim(position: 2, fields: fields("Air/drone strike", place: Place.camp, actor1: "Military Forces of Russia")),
        ]
        let (f, from) = FieldRules.derive(claims, fallback: province)
        #expect(f.location == "Kamuna")
        #expect(f.subEventType == "Air/drone strike")
        #expect(f.actor1 == "Military Forces of Russia")
        #expect(short(from["location"]) == ["u1.1.1", "u1.1.2"])
        let (corrected, from2) = FieldRules.derive(claims, corrections: ["location": "Sarmada"], fallback: province)
        #expect(corrected.location == "Sarmada")
        #expect(from2["location"] == [])
    }

    @Test func tieOnSubType_goesByPrecedence() {
        let claims = [claim(fields: fields("Shelling/artillery/missile attack")), claim(position: 1, fields: fields("Air/drone strike"))]
        #expect(FieldRules.derive(claims, fallback: fields()).0.subEventType == "Air/drone strike")
    }

    @Test(arguments: [("date", "2016-13-01", false), ("date", "2016-05-05", true), ("latitude", "91", false),
                      ("geo_precision", "2", true), ("status", "x", false), ("civilian_targeting", "yes", false)])
    func correctionValues_areChecked(field: String, value: String, ok: Bool) {
        #expect((FieldRules.problem(field: field, value: value) == nil) == ok)
    }
}
