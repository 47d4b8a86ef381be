import Testing
import SitrepModel
@testable import SitrepExtract

/// One rule at a time, on lines written for these tests.
struct PageRulesTests {
    @Test(arguments: [
        ("UPDATE 1345 GMT: The talks resumed.", 13, 45, "The talks resumed."),
        ("UPDATE 0905 GMT:", 9, 5, ""),
        ("UPDATE 13:45 GMT: Colon in the time.", 13, 45, "Colon in the time."),
        ("Update, 1345 GMT – A dash instead.", 13, 45, "A dash instead."),
        ("UPDATE 745 UTC: Three digits.", 7, 45, "Three digits."),
        ("UPDATE 2575 GMT: Out of range, still a marker.", 25, 75, "Out of range, still a marker."),
    ])
    func updateMarker_readsTimeAndText(_ line: String, _ hour: Int, _ minute: Int, _ rest: String) throws {
        let marker = try #require(PageRules.updateMarker(line))
        #expect(marker.hour == hour)
        #expect(marker.minute == minute)
        #expect(marker.rest == rest)
    }

    @Test(arguments: ["Update: no time here", "UPDATED 1345 GMT: no", "The UPDATE 1345 GMT: mid-line", "UPDATE 1345 GMT no colon"])
    func updateMarker_needsTheWholeShape(_ line: String) {
        #expect(PageRules.updateMarker(line) == nil)
    }

    @Test(arguments: [
        ("ORIGINAL ENTRY: Talks began.", "Talks began."),
        ("Original Entry:", ""),
        ("ORIGINAL ENTRY — Talks began.", "Talks began."),
    ])
    func originalEntryMarker_readsText(_ line: String, _ rest: String) {
        #expect(PageRules.originalEntryMarker(line) == rest)
    }

    @Test(arguments: [
        ("PHOTO: Smoke over a river town (Jane Roe/Agency)", Photo(caption: "Smoke over a river town", credit: "Jane Roe/Agency")),
        ("PHOTO: A market at dawn", Photo(caption: "A market at dawn")),
        ("Photo:  A (small) market  (J. Doe)", Photo(caption: "A (small) market", credit: "J. Doe")),
    ])
    func leadPhoto_splitsCaptionAndCredit(_ line: String, _ photo: Photo) {
        #expect(PageRules.leadPhoto(line) == photo)
    }

    @Test(arguments: [
        ("RIVER TOWN STRIKE 01-02-17", true),
        ("DAM MAP 2", true),
        ("O'NEILL AT THE BORDER", true),
        ("LATEST NEWS.", false),
        ("SUNDAY FEATURE", false),
        ("A Headline Not In Caps", false),
        ("X", false),
        ("NOTE: SEE BELOW:", false),
    ])
    func caption_isAnAllCapsLine(_ line: String, _ expected: Bool) {
        #expect(PageRules.isCaption(line) == expected)
    }

    @Test(arguments: [
        ("12 Hurt as Storm Hits Coastal Towns", true),
        ("Talks Stall — Will the Ceasefire Hold?", true),
        ("Analysis: Why the Bridge Matters to Both Sides", true),
        ("Mayor Says “We Will Rebuild” After Flood", true),
        ("The council met on Monday and agreed a plan.", false),
        ("Pictures of the flooded square:", false),
        ("the mayor spoke briefly", false),
        ("A statement from the mayor was read out in the square", false),
        ("FLOODED SQUARE 01-02-17", false),
        ("See Floods Daily: Rivers Rise Again", false),
        ("Op-Ed: A Town That Will Not Drown", false),
        ("Short", false),
    ])
    func headline_isShortTitleCaseWithoutFinalPeriod(_ line: String, _ expected: Bool) {
        #expect(PageRules.isHeadline(line) == expected)
    }

    @Test(arguments: [
        ("See Floods Daily, March 3: Rivers Rise", "Floods Daily, March 3: Rivers Rise"),
        ("See also: Floods Feature", "Floods Feature"),
        ("See “The Long Wait”", "“The Long Wait”"),
    ])
    func seeAlso_takesTheTitle(_ line: String, _ title: String) {
        #expect(PageRules.seeAlso(line) == title)
    }

    @Test(arguments: ["See you at the square.", "Seen from the bridge, the river rose.", "Also See Floods"])
    func seeAlso_needsACapitalisedTitle(_ line: String) {
        #expect(PageRules.seeAlso(line) == nil)
    }

    @Test(arguments: [
        ("LATEST", true), ("Jump to Original Entry", true), ("Advertisement", true), ("Read more…", true),
        ("Latest figures show a rise.", false),
    ])
    func noise_isPageFurniture(_ line: String, _ expected: Bool) {
        #expect(PageRules.isNoise(line) == expected)
    }

    @Test(arguments: [("MONDAY FEATURE", true), ("FEATURES", true), ("FEATURE FILM NIGHT", false), ("Monday Feature", false)])
    func featureMarker_endsWithFeature(_ line: String, _ expected: Bool) {
        #expect(PageRules.isFeatureMarker(line) == expected)
    }

    @Test(arguments: [
        ("Footage of the flood:", "Footage of the flood"),
        ("Watch the bridge collapse:", "Watch the bridge collapse"),
        ("Pictures of the flood:", nil),
        ("Footage of the flood.", nil),
    ])
    func videoIntroduction_namesALostEmbed(_ line: String, _ expected: String?) {
        #expect(PageRules.videoIntroduction(line) == expected)
    }
}
