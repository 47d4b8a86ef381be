import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Tolls as whole news articles and live blogs tell them (ACLED: the latest figure of a toll that
/// grows, every death of the event on both sides, a lone death counted): a toll given by a later
/// update or at a later hour, both sides' dead, a victim beaten to death, a slogan's kill word, and
/// an earlier act's dead told after "came ... after". Read as the desk reads them (no event
/// assumed). Texts written for these tests.
@Suite struct ArticleTollTests {
    static func main(_ text: String, published: String = "2024-06-12") -> ExtractedEvent? {
        NewsReportTests.main(text, published: published)
    }

    // MARK: - Live blogs

    /// An update with no event of its own that names no place tells the toll of the story the
    /// update before told; a later "has risen to" raises every event of that place, the
    /// headline's among them.
    @Test func anUpdatesTollNamingNoPlaceIsTheStorysToll() {
        let text = """
        Yemen live: Drone strike hits fuel depot in Hodeidah

        UPDATE 06:10 GMT: A drone strike set a fuel depot in the port city of Hodeidah ablaze before dawn, residents say.

        UPDATE 07:45 GMT: The city's health office says four workers were killed and nine wounded.

        UPDATE 10:20 GMT: The toll in Hodeidah has risen to seven, the health office says.
        """
        #expect(Self.main(text)?.fatalities == 7)
    }

    @Test func aRevisionNamingNoPlaceRaisesTheUpdateBeforesToll() {
        let text = """
        Ukraine live: Missile strikes apartment block in Zaporizhzhia

        UPDATE 05:50 GMT: A Russian missile struck a nine-storey apartment block in Zaporizhzhia early on Wednesday, the governor said, adding that two people were killed.

        UPDATE 07:15 GMT: The governor says the death toll has risen to six, including a child.
        """
        #expect(Self.main(text)?.fatalities == 6)
    }

    /// "UPDATE 16:40 GMT: The death toll ... has risen to six": the minutes of the update's time
    /// count no dead.
    @Test func anUpdatesTimeIsNoCount() {
        let text = "Ukraine live\n\nUPDATE 16:40 GMT: The death toll from this morning's missile strike on Zaporizhzhia has risen to six, the governor says. Rescuers pulled two more bodies from the rubble."
        #expect(Self.main(text)?.fatalities == 6)
    }

    /// "Rescuers pulled two more bodies from the rubble": the figure adds to the toll, it is no
    /// rival source's lower count.
    @Test func bodiesFoundSinceAreNoRivalCount() {
        let text = "UPDATE 11:20 GMT: The death toll from this morning's missile strike on Zaporizhzhia has risen to six, regional governor Ivan Fedorov says. Rescuers pulled two more bodies from the rubble of a nine-storey block."
        #expect(Self.main(text)?.fatalities == 6)
    }

    /// A past year's toll told in a later update is no revision of today's.
    @Test func aPastActsTollInALaterUpdateIsNoRevision() {
        let text = """
        Ukraine live: Missile strikes apartment block in Zaporizhzhia

        UPDATE 05:50 GMT: A Russian missile struck a nine-storey apartment block in Zaporizhzhia early on Wednesday, killing three people, the governor said.

        UPDATE 11:30 GMT: Zaporizhzhia has often been hit. In October 2022 a missile strike on a block of flats in the city killed 13 people.
        """
        #expect(Self.main(text)?.fatalities == 3)
    }

    // MARK: - A count given at a later hour

    /// "By Sunday evening ... 20 bodies had been recovered": the count as it stood later, no rival
    /// source for the lowest-figure rule.
    @Test(arguments: [
        "Gunmen attacked the town of Kanyabayonga before dawn on Saturday, shooting residents in their homes, local officials said.\n\nOn Saturday afternoon the village chief put the toll at nine. By Sunday evening the district health office said 14 bodies had been recovered from burned houses.",
        "Gunmen attacked the town of Kanyabayonga before dawn on Saturday, shooting residents in their homes, local officials said.\n\nOn Saturday afternoon the village chief put the toll at nine. By Sunday evening 14 bodies had been recovered from burned houses.",
    ])
    func aCountByALaterTimeIsTheTollAsItGrew(text: String) {
        #expect(Self.main(text, published: "2024-06-10")?.fatalities == 14)
    }

    /// "killed 12 villagers in an overnight attack ..., the army said on Friday" (published on
    /// Saturday): the night is the one before the day of saying, not before publication.
    @Test func anOvernightActCountsFromTheDayOfSaying() {
        let text = "Suspected ADF rebels killed at least 12 villagers in an overnight attack near the town of Kanyabayonga, the army said on Friday."
        #expect(Self.main(text, published: "2024-06-08")?.date == "2024-06-07")
    }

    /// "Local groups put the toll at 22, saying some bodies were found on Friday": the day tells
    /// when the bodies were found, not that the count came later; it is one more source's figure,
    /// and the lowest stands.
    @Test func aDayAfterTheCountsClauseMakesNoRevision() {
        let text = "Suspected ADF rebels killed at least 12 villagers in an overnight attack near the town of Kanyabayonga, the army said on Friday.\n\nLocal civil society groups put the toll at 16, saying some bodies were found in fields on Friday afternoon."
        #expect(Self.main(text, published: "2024-06-08")?.fatalities == 12)
    }

    /// "The dead included six women and a baby, said the official": part of the toll, no rival
    /// source's lower count of it.
    @Test func theDeadIncludedIsPartOfTheToll() {
        let text = "Fourteen villagers were killed when rebels raided farms near Kanyabayonga on Friday, a local official said.\n\nThe dead included four women and a baby, said the official. On Saturday, a civil society group said soldiers had found three more bodies, bringing the toll to 17."
        #expect(Self.main(text, published: "2024-06-08")?.fatalities == 17)
    }

    // MARK: - Both sides and lone deaths

    /// "Five rebels and a jawan were killed": the one soldier joined to the count is counted.
    @Test(arguments: [
        "Five rebels and a jawan were killed in a gunfight in the forests of Sukma district on Tuesday, police said.",
        "Five rebels and a constable of the Special Task Force were killed in a gunfight in the forests of Sukma district on Tuesday, police said.",
    ])
    func bothSidesDeadAreSummed(text: String) {
        #expect(Self.main(text)?.fatalities == 6)
    }


    /// "Eleven soldiers and members of the Volunteers for the Defence of the Homeland were killed":
    /// a long name on the way to the verb is one step, and the attackers' dead add to the toll.
    @Test func aLongNameOnTheWayToTheVerbKeepsTheToll() {
        let text = "Hundreds of jihadists attacked army positions in the town of Djibo on Saturday, security sources said.\n\nNine soldiers and members of the Volunteers for the Defence of the Homeland were killed, one of the sources said. The army said its troops had killed 25 assailants."
        #expect(Self.main(text)?.fatalities == 34)
    }

    /// "A mob beat a man to death": one death told with no number ("sentenced to death" is none).
    @Test func aVictimBeatenToDeathIsOneDeath() {
        #expect(Self.main("A mob beat a man to death in a village near Puebla on Monday after accusing him of stealing a motorbike, prosecutors said.")?.fatalities == 1)
        #expect(Self.main("A court in Kano sentenced a man to death on Monday for a bombing that killed nobody, prosecutors said.")?.fatalities ?? 0 == 0)
    }

    // MARK: - Figures that are no toll

    /// A kill word quoted from a placard counts no one: "many waving placards reading 'Don't kill
    /// our jobs'".
    @Test func aSlogansKillWordIsNoToll() {
        let text = "Police fired tear gas on Tuesday to disperse hundreds of dockworkers protesting against job cuts in Mombasa, witnesses said.\n\nThe protesters, many carrying placards reading \"Don't kill our jobs\", blocked the port gate."
        #expect(Self.main(text)?.fatalities == 0)
    }

    // MARK: - Another act's dead and the type

    /// "The attack came two days after gunmen ambushed a bus ..., killing four traders": the
    /// earlier act's dead are none of this event's, whoever tells them.
    @Test func anEarlierActsDeadToldAfterCameAfterAreNotThisEvents() {
        let text = "Suspected rebels killed at least 12 villagers in an overnight attack near the town of Kanyabayonga, the army said on Friday.\n\nThe attackers moved from house to house with machetes, an army spokesman said.\n\nThe attack came two days after gunmen ambushed a bus on the road to Lubero, killing four traders, according to local officials."
        #expect(Self.main(text, published: "2024-06-08")?.fatalities == 12)
    }

    /// "Suspected ADF rebels killed ...": a hedge on who acted names an armed group all the same; its
    /// killing of villagers is an attack, no mob's violence.
    @Test(arguments: [
        "Suspected ADF rebels killed at least 12 villagers in an overnight attack near the town of Kanyabayonga, the army said on Friday.",
        "BENI, DR Congo — Suspected ADF rebels killed at least 12 villagers in an overnight attack near the town of Kanyabayonga, the army said on Friday.",
    ])
    func suspectedRebelsWhoKillAreNoMob(text: String) {
        #expect(Self.main(text, published: "2024-06-08")?.subEventType == "Attack")
    }

    /// South Asian official phrasing of deaths: soldiers who "embraced martyrdom" or "shahadat",
    /// militants "sent to hell". Both sides count.
    @Test func martyrdomEmbracedAndMilitantsSentToHellAreDeaths() throws {
        let e = try #require(Self.main("Militants attacked a checkpoint in Lakki Marwat on Tuesday. Two soldiers embraced shahadat while four terrorists were sent to hell in the exchange of fire, the military said."))
        #expect(e.fatalities == 6)
    }
}
