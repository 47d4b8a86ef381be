import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Kinds of news snippets whose event or sub-event type turned on one reading (issue 10, h-snips4),
/// read with no event assumed. Every sentence here is written for the test.
@Suite struct SnippetKindTests2 {
    static func sub(_ text: String) -> String? { NewsSubTypeTests.sub(text) }
}

extension SnippetKindTests2 {
    /// The stem of "site" is "sit": a site named before "in" is a place, not a sit-in.
    @Test(arguments: [
        "Investigators began exhuming a burial site in a forest near Lyman on Tuesday, the prosecutor said.",
        "Engineers inspected the damaged site in Kherson on Monday, the regional governor said.",
    ])
    func aSiteInIsNoSitIn(text: String) {
        #expect(Self.sub(text) != "Peaceful protest")
    }

    @Test func aSitInIsStillAProtest() {
        #expect(Self.sub("Hundreds of teachers staged a sit-in outside the education ministry on Monday to demand unpaid wages.") == "Peaceful protest")
    }
}

extension SnippetKindTests2 {
    /// Toxic chemicals named as such, and a cloud that smells of bleach (chlorine's smell), are a
    /// chemical weapon whatever dropped them.
    @Test(arguments: [
        "Rebels said junta aircraft dropped bombs containing a toxic chemical on villages in Sagaing, leaving dozens vomiting.",
        "Doctors said they treated 25 people for breathing difficulties after a helicopter dropped a barrel that released a cloud with a strong smell of bleach.",
        "The brigade said enemy drones dropped canisters of a toxic substance on its trenches near Toretsk on Friday, wounding three soldiers.",
    ])
    func toxicChemicalsAndTheirSmellAreChemicalWeapons(text: String) {
        #expect(Self.sub(text) == "Chemical weapon")
    }
}

extension SnippetKindTests2 {
    /// Police named by their riot gear ("riot officers", "the riot squad") are police: the word
    /// "riot" in their name tells no riot.
    @Test(arguments: [
        "Riot officers dispersed a march of pensioners in central Minsk on Sunday and detained 12 people, a rights group said.",
        "The riot squad broke up a rally of students outside the parliament in Tbilisi and detained nine, the ministry said.",
    ])
    func riotPoliceWhoDisperseAProtestIntervene(text: String) {
        #expect(Self.sub(text) == "Protest with intervention")
    }
}
