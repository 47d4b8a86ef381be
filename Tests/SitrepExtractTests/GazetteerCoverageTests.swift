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

    @Test(arguments: [
        // a name given with its province is read inside that province, not where it is bigger
        ("Gendarmes detained four men in Bozkir, Aksaray.", "Bozkir", "Aksaray"),
        ("Coalition aircraft struck a house in Shibam, Al Mahwit.", "Shibam", "Al Mahwit"),
        ("Coalition aircraft struck a house in Shibam (Al Mahwit).", "Shibam", "Al Mahwit"),
        ("Coalition aircraft struck a house in Shibam, Hadramawt.", "Shibam", "Hadramawt"),
        // a look-alike elsewhere in the country gives way to the anchored place
        ("Arsonists set fire to a shop in the Baglar quarter of Esenler, Istanbul.", "Esenler", "Istanbul"),
        // a list of provinces is a list, not one place inside the next
        ("Regime aircraft struck targets in Aleppo, Idleb and Hama.", "Aleppo", "Aleppo"),
    ])
    func aProvinceAfterANameAnchorsIt(text: String, place: String, admin1: String) throws {
        let e = try #require(Self.event(text, hint: nil))
        #expect(e.location == place)
        #expect(e.admin1 == admin1)
    }

    @Test func aProvinceClosingAParenthesisAnchorsAnUnknownPlace() throws {
        // "Wadi Qurun" is not in the gazetteer; the sentence is still in Marib, so "Sadah" (a city
        // and province far north) is not read as the place of the strike
        let e = try #require(Self.event("Coalition aircraft struck Wadi Qurun (Raghwan, Marib), and fighters from Sadah were killed.", hint: nil))
        #expect(e.admin1 == "Marib")
        // the parenthesis also places the name before it: this Sadah is a fort in Shabwah, not the northern city
        let fort = try #require(Self.event("Fighters fired rockets at the Sadah fort (Wadi Jirdan, Shabwah) overnight.", hint: nil))
        #expect(fort.admin1 == "Shabwah")
    }

    @Test(arguments: [
        // a word glued to a lowercase word by a hyphen is a prefix, not a place ("Non" is an old name of Nyons)
        ("Non-violent activity: On 3 March 2022, militants set up a checkpoint near Djibo.", "Djibo"),
        // two names joined by a hyphen name a road between two places
        ("Rioters blocked the Zahle-Chtaura road with burning tyres.", "Zahle"),
        // a curated name keeps its qualifier out of the key: "Ur (Baghdad)" is not every "Baghdad"
        ("A car bomb exploded in a market in Baghdad.", "Baghdad"),
        // the place called what the text says beats one that lists the name among other languages' names
        ("Security forces fired into the air to disperse a crowd at the port of El Mina.", "El Mina"),
    ])
    func namesAreReadAsWritten(text: String, place: String) throws {
        let e = try #require(Self.event(text, hint: nil))
        #expect(e.location == place)
    }

    @Test func aTransliterationVariantCountsWhenItsProvinceIsNamed() throws {
        // "Hajjin" is not a listed spelling of Hajin; with its province in the sentence it is Hajin ...
        let named = try #require(Self.event("Gunmen killed a shepherd near Hajjin in the Deir ez-Zor countryside.", hint: nil))
        #expect(named.location == "Hajin")
        #expect(named.admin1 == "Deir-ez-Zor")
        // ... alone it could be any of its look-alikes, so it is not read as a place
        #expect(Self.event("Gunmen killed a shepherd near Hajjin.", hint: nil)?.location == nil)
        // and names written in Latin script at home are not transliterated: "Kanak" is neither Konak nor Kinik
        #expect(Self.event("Police detained protesters in Kanak, Izmir.", hint: nil)?.location == "Izmir")
    }

    @Test(arguments: [
        // districts come from GeoNames' second-level units, placed at a place inside them
        ("Houthi forces shelled villages in As Sawd district of Amran.", "As Sawd", "Amran"),
        ("Coalition aircraft struck a farm in Al Qabbaytah district (Lahij).", "Al Qabbaytah", "Lahij"),
    ])
    func yemeniDistrictsAreKnown(text: String, place: String, admin1: String) throws {
        let e = try #require(Self.event(text, hint: nil))
        #expect(e.location == place)
        #expect(e.admin1 == admin1)
    }
}
