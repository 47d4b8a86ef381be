import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Every rule reads words around a cue; a text may end right at the cue ("Thousands of people
/// gathered", "Q&A"). Each of these texts, and every one of their word prefixes, is extracted as
/// news and as a note without a crash. Texts written for these tests, with the cue words of the
/// news rules at their ends.
@Suite struct TruncatedTextTests {
    static let texts = [
        "Thousands of people gathered",
        "Q&A",
        "Analysis: Q&A",
        "Explainer -",
        "Hundreds of families gathered at the old academy near Tikrit on Wednesday to mark ten years since militants massacred cadets there.",
        "A federal court on Wednesday adjourned the trial of five men accused over the 2022 attack on a church in Owo.",
        "Four soldiers killed in a clash with militants earlier this month were laid to rest on Wednesday.",
        "Mourners filled the streets for the funeral of a commander who was killed in a drone strike.",
        "Residents gathered to collect the spilled petrol when the tanker exploded, killing 60 people.",
        "Gunmen attacked the village on Monday, killing seven people and setting fire to dozens of houses.",
        "Air defence units intercepted five Ukrainian drones over Kursk region on Monday, the governor said.",
        "Israel's Iron Dome intercepted rockets fired by Hezbollah over the Galilee.",
        "Families of hostages rallied to demand a deal to bring home the hostages held in Gaza.",
        "Mediators said the truce talks would resume once the truce takes effect, until a ceasefire is agreed.",
        "MALAYBALAY CITY, Bukidnon - Police arrested a rebel commander during a raid on a house in this city.",
        "Rebels of the March 23 Movement captured the town of Sake on Thursday.",
        "UPDATE 09:10 GMT: A missile struck Kharkiv.\n\nUPDATE 11:30 GMT: The Russian military hit Kharkiv with S-300 missiles.",
        "Police fired live rounds at the march, and drones dropped canisters that released a choking gas.",
        "Troops took back the town of Kidal, which insurgents had held for two years, after protesters blocked the road.",
        "The governor raised the toll to 12; a bomber killed nine people in addition to himself before troops repelled the attack.",
        "A bus plunged into a ravine and a tanker overturned and exploded, killing a man and wounding his wife.",
        // the ninth round's cues: titles, frames, milestones, robberies, names with numbers, "here"
        "Kenya remembers victims of Garissa attack\n\nStudents gathered on Thursday to mark ten years since gunmen killed 148 people.",
        "The UN Security Council met on Monday to discuss the fighting, where rebels have seized towns.",
        "The death toll in the war has passed 30,000, a monitoring group said on Monday, the ministry's figures show.",
        "A convoy of trucks carrying food and supplies crossed into Darfur through the Adre border post.",
        "Police are hunting three men who shot dead a shopkeeper during a robbery, and two robbery suspects",
        "Members of the 400 Mawozo gang and the 5 Segonn gang killed six people.",
        "At least nine villagers were killed in an attack by Allied Democratic Forces (ADF) rebels. The assailants",
        "COTABATO CITY — Soldiers arrested two men in a raid on a house in Barangay Rosary Heights here",
        "Bangui, 6 November 2025 — Armed men attacked women near Bambari. Goma, March 5 —",
        "Rioters set fire to a police post after a student died in a road accident, killing 10 policemen, officials",
        // the tenth round's cues: burials, tallies over weeks and months, days of saying, kin,
        // blamed groups, names opening with a number, fighting between
        "Nine officers killed in an ambush last week were buried with honours on Friday, and villagers buried",
        "The army said in a statement on Thursday that it had killed dozens in recent weeks, over the past nine months, in the first three",
        "At least 40 people were killed in protests between June and August, the group said today, from March to",
        "Relatives and supporters of hostages held in Gaza rallied in Hostages Square; families of people who disappeared",
        "No group has claimed responsibility, but officials blamed",
        "Fighters of the 3R rebel group and the 444th Brigade clashed; fighting between",
    ]

    @Test(arguments: texts)
    func everyPrefixIsRead(text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        for n in 1...words.count {
            let prefix = words.prefix(n).joined(separator: " ")
            for assume in [false, true] {
                let events = Support.bundled.extract(text: prefix, published: Support.day("2024-06-12"),
                                                     context: .init(docID: "t", assumeEvent: assume))
                #expect(events.allSatisfy { $0.date.count == 10 })
            }
        }
    }
}
