import Foundation
import SitrepModel
import Testing
@testable import SitrepRecord

@Suite struct ACLEDExportTests {
    static let export = ACLEDExport(countries: .bundled, interCodes: ["Military Forces of Russia (2000-)": 8, "Jabhat al-Nusra": 2])

    @Test func header_isACLEDs31ColumnsInOrder() {
        #expect(ACLEDExport.columns.count == 31)
        #expect(ACLEDExport.header.hasPrefix("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"))
        #expect(ACLEDExport.header.hasSuffix(",source,source_scale,notes,fatalities,tags,timestamp\r\n"))
    }

    @Test func row_followsACLEDsConventions() throws {
        var record = MemoryRecord()
        record.reread("u1", [
            claim("u1", source: "Local Coordination Committees", kind: "monitor", fields: fields(actor1: "Military Forces of Russia (2000-)", actor2: "Civilians (Syria)"),
                  killed: fig(30, nil), certainty: "verified"),
            claim("u1", position: 1, source: "SANA, the state agency", kind: "state_media", fields: fields(actor1: "Military Forces of Russia (2000-)"), killed: fig(12, 12)),
        ])
        let file = try #require(record.files["SYR1"])
        let row = Self.export.row(file)
        let named = Dictionary(uniqueKeysWithValues: zip(ACLEDExport.columns, row))
        #expect(row.count == 31)
        #expect(named["event_id_cnty"] == "SYR1")
        #expect(named["year"] == "2016")
        #expect(named["disorder_type"] == "Political violence")
        #expect(named["inter1"] == "8")
        #expect(named["inter2"] == "7")      // "Civilians (...)" by convention
        #expect(named["interaction"] == "78")
        #expect(named["iso"] == "760")
        #expect(named["region"] == "Middle East")
        #expect(named["source_scale"] == "National-Other")
        #expect(named["source"] == "Local Coordination Committees; SANA, the state agency")
        #expect(named["fatalities"] == "12")
        #expect(named["notes"]?.contains("Local Coordination Committees: more than 30 killed; SANA, the state agency: 12 killed.") == true)
        #expect(named["latitude"] == "36.1847")
        let line = ACLEDExport.line(row)
        #expect(line.contains(",\"Local Coordination Committees; SANA, the state agency\","))
        #expect(line.hasSuffix("\r\n"))
    }

    @Test(arguments: [(1, 7, 17), (7, 1, 17), (2, nil, 20), (6, 1, 16), (3, 3, 33)] as [(Int, Int?, Int)])
    func interaction_isTheTwoCodesSmallerFirst(a: Int, b: Int?, expected: Int) {
        #expect(ACLEDExport.interaction(a, b) == expected)
    }

    @Test(arguments: [
        ("Syria", "Middle East"), ("Ukraine", "Europe"), ("Nigeria", "Western Africa"), ("Armenia", "Caucasus and Central Asia"),
        ("Iran", "Middle East"), ("Afghanistan", "South Asia"), ("Mexico", "Central America"), ("Sudan", "Northern Africa"),
    ])
    func region_isACLEDsRegionOfTheCountry(country: String, region: String) {
        #expect(CountryCodes.bundled.region(for: country) == region)
    }

    @Test func region_isEmptyForAnUnknownCountry() throws {
        #expect(CountryCodes.bundled.region(for: "Atlantis") == nil)
        #expect(CountryCodes.bundled.region(for: nil) == nil)
        #expect(CountryCodes(["Syria": "SYR"]).region(for: "Syria") == nil)
        var record = MemoryRecord()
        var unplaced = fields()
        unplaced.country = "Atlantis"
        record.reread("u1", [claim("u1", source: "Reuters", kind: "wire", fields: unplaced)])
        let row = Self.export.row(try #require(record.files.values.first))
        let named = Dictionary(uniqueKeysWithValues: zip(ACLEDExport.columns, row))
        #expect(row.count == 31)
        #expect(named["region"] == "")
        #expect(named["iso"] == "")
        #expect(named["source_scale"] == "International")
    }

    @Test func table_readsRowsWithAndWithoutARegion() {
        #expect(CountryCodes.bundled.prefix(for: "Syria") == "SYR")
        #expect(CountryCodes.bundled.numeric(for: "Ukraine") == 804)
        let parsed = CountryCodes.parse("# comment\nSyria\tSYR\t760\tMiddle East\nOld\tOLD\t1\nBare\tBAR\n")
        #expect(parsed["Syria"]?.region == "Middle East")
        #expect(parsed["Old"]?.numeric == 1 && parsed["Old"]?.region == nil)
        #expect(parsed["Bare"]?.alpha3 == "BAR" && parsed["Bare"]?.numeric == nil)
    }

    @Test(arguments: [
        ([], ""),
        ([nil], ""),
        (["wire"], "International"),
        (["wire", "international", nil], "International"),
        (["international", "state_media"], "National-International"),
        (["social_media", "local"], "Subnational-New media"),
        (["monitor", "local", "pro_government", "wire"], "Subnational-National-International-Other"),
        (["opposition", "state_media", "pro_government"], "National"),
        (["something_new"], "Other"),
    ] as [([String?], String)])
    func sourceScale_isTheDistinctScalesOfTheKindsInACLEDsOrder(kinds: [String?], expected: String) {
        let claims = kinds.enumerated().map { claim(position: $0.offset, source: "s\($0.offset)", kind: $0.element) }
        #expect(ACLEDExport.sourceScale(claims) == expected)
    }

    @Test func sourceScaleTable_coversEveryKindOfSource() {
        // The kinds allowed by scripts/gazetteer/check.py (SOURCE_KINDS) and used in sources.tsv.
        let kinds = ["state_media", "pro_government", "opposition", "monitor", "international", "wire", "social_media", "local"]
        #expect(Set(ACLEDExport.sourceScaleOfKind.keys) == Set(kinds))
        #expect(Set(ACLEDExport.sourceScaleOfKind.values).isSubset(of: ACLEDExport.sourceScales))
    }

    @Test(arguments: [
        IncidentRow(id: "SYR1", status: .published, fields: fields(actor1: "Military Forces of Russia (2000-)", actor2: "Civilians (Syria)"),
                    fatalities: 12, grade: .fair, updatedAt: Date(timeIntervalSince1970: 1_700_000_000.999), digest: nil),
        IncidentRow(id: "XXX7", status: .proposed,
                    fields: EventFields(eventType: "Protests", subEventType: "Excessive force against protesters", date: "2016-05-05",
                                        timePrecision: 3, location: "Ḩarastā, \"old\" town", admin1: "Rif Dimashq\r\nline", country: "Atlantis",
                                        latitude: -0.00004, longitude: -179.99995, geoPrecision: 2, actor1: "Protesters, students",
                                        actor2: nil, civilianTargeting: true),
                    fatalities: 0, grade: .discounted, updatedAt: Date(timeIntervalSince1970: -1.5), digest: nil),
        IncidentRow(id: "UKR10234", status: .rejected,
                    fields: EventFields(eventType: "Strategic developments", subEventType: "Other", date: "2024-12-31", location: nil,
                                        admin1: nil, country: nil, latitude: 48.123449, longitude: 37.00005, actor1: nil, actor2: "Jabhat al-Nusra"),
                    fatalities: 1_234_567, grade: .contested, updatedAt: Date(timeIntervalSince1970: 0), digest: nil),
    ])
    func bytes_areTheStringRowsBytes(row: IncidentRow) {
        for digest in [IncidentDigest(), IncidentDigest(sources: "SANA; SOHR", sourceScale: "National-Other", notes: "On 2016-05-05, \"x\", y.\nGrade fair: two voices")] {
            var out = CSVBytes()
            Self.export.append(row, digest: digest, to: &out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == ACLEDExport.line(Self.export.row(row, digest: digest)))
        }
    }

    @Test func bytes_writeEveryGradeAndStatusAsTheStringRowDoes() {
        for grade in Grade.allCases {
            for status in IncidentStatus.allCases {
                let row = IncidentRow(id: "SYR2", status: status, fields: fields(), fatalities: -3, grade: grade,
                                      updatedAt: Date(timeIntervalSince1970: 1_600_000_000), digest: nil)
                var out = CSVBytes()
                Self.export.append(row, digest: IncidentDigest(), to: &out)
                #expect(out.bytes == Array(ACLEDExport.line(Self.export.row(row, digest: IncidentDigest())).utf8))
            }
        }
    }

    @Test func bytesScan_findsWhatNeedsQuotingAtEveryOffset() {
        // every special byte at every position of fields shorter and longer than one 8-byte word
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            let plain = Array(repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer(CSVBytes.scan) == (false, false))
            for position in 0..<length {
                for special in [",", "\"", "\n", "\r"].map({ UInt8(ascii: Unicode.Scalar($0)!) }) {
                    var field = plain
                    field[position] = special
                    let found = field.withUnsafeBufferPointer(CSVBytes.scan)
                    #expect(found == (true, special == UInt8(ascii: "\"")), "\(special) at \(position) of \(length)")
                }
            }
        }
        // bytes next to the special ones (0x21, 0x23, 0x2B, 0x2D, 0x09, 0x0B, 0x0C, 0x0E) and UTF-8 need nothing
        let near = Array("!#+-\t\u{0B}\u{0C}\u{0E}ḨarastāĦ".utf8)
        #expect(near.withUnsafeBufferPointer(CSVBytes.scan) == (false, false))
    }

    @Test func csvQuotesWhatNeedsIt() {
        #expect(ACLEDExport.line(["a", "b,c", "say \"no\"", "two\nlines"]) == "a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\"\r\n")
    }
}
