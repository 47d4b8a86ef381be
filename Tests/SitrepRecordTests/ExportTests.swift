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
            claim("u1", source: "Local Coordination Committees", fields: fields(actor1: "Military Forces of Russia (2000-)", actor2: "Civilians (Syria)"),
                  killed: fig(30, nil), certainty: "verified"),
            claim("u1", position: 1, source: "SANA, the state agency", fields: fields(actor1: "Military Forces of Russia (2000-)"), killed: fig(12, 12)),
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

    @Test func csvQuotesWhatNeedsIt() {
        #expect(ACLEDExport.line(["a", "b,c", "say \"no\"", "two\nlines"]) == "a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\"\r\n")
    }
}
