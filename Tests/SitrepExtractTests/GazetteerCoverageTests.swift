import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// The curated supplement covers towns GeoNames' small-places table misses (Lebanon first), and
/// their common spellings, in the bundled gazetteer.
@Suite struct GazetteerCoverageTests {
    static let published = Support.day("2022-03-10")

    static func event(_ text: String, hint: String?) -> ExtractedEvent? {
        Support.bundled.extract(text: text, published: published, context: .init(countryHint: hint, docID: "t"))
            .max { $0.confidence < $1.confidence }
    }

    @Test(arguments: [
        ("Protesters blocked the main road in Bikfaya with burning tyres.", "Lebanon", "Bikfaya", "Mount Lebanon"),
        ("Demonstrators gathered in front of the municipality building in Halba.", "Lebanon", "Halba", "Akkar"),
        ("Rioters threw stones at the army in Bar Elias.", "Lebanon", "Bar Elias", "Bekaa"),
        ("Protesters closed the highway at Zgharta.", "Lebanon", "Zgharta", "North"),
        ("Gunmen opened fire on a car in Busaira in the Deir ez-Zor countryside.", "Syria", "Busayrah", "Deir-ez-Zor"),
    ])
    func curatedTownsResolveToTheirProvince(text: String, hint: String, place: String, admin1: String) throws {
        let e = try #require(Self.event(text, hint: hint))
        #expect(e.location == place)
        #expect(e.admin1 == admin1)
    }

    @Test(arguments: [
        ("Gunmen shot a man near the Victoria bakery in Saraqib in Idlib countryside.", "Saraqib", "Syria"),
        ("An IED exploded near the Boston restaurant in Taftanaz in the countryside of Idleb.", "Taftanaz", "Syria"),
    ])
    func aForeignLookAlikeDoesNotOutvoteTheNamedProvince(text: String, place: String, country: String) throws {
        let e = try #require(Self.event(text, hint: nil))
        #expect(e.location == place)
        #expect(e.country == country)
    }

    @Test(arguments: [
        // a region or plain beats the city that names its province
        ("Regime forces shelled several villages in Sahl al-Ghab in Hama.", "Syria", "Sahl al-Ghab"),
        // "Sagaing region" is the province, not the town of Sagaing: the township is coded
        ("In a village (Kale township, Kale district, Sagaing region), soldiers arrested two villagers.", "Myanmar", "Kale"),
        // a city alone is still the city
        ("Clashes erupted in Aleppo city.", "Syria", "Aleppo"),
    ])
    func theMostSpecificNamedPlaceIsCoded(text: String, hint: String, place: String) throws {
        let e = try #require(Self.event(text, hint: hint))
        #expect(e.location == place)
    }

    @Test(arguments: [
        // a known name at the start of a longer unknown one is not that place
        ("In Nyaung Pin Wun village (Sagaing township, Sagaing region), soldiers arrested two men.", "Sagaing"),
        ("Soldiers arrested two men in Nyaung Pin, Yangon.", "Yangon"),
    ])
    func aLongerUnknownNameIsNotItsKnownPrefix(text: String, admin1: String) throws {
        let e = try #require(Self.event(text, hint: "Myanmar"))
        #expect(e.admin1 == admin1)
    }
}
