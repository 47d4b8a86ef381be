import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

/// Whole articles that report no event of their own (ACLED codes acts, not pieces about them): an
/// analysis that recounts the week's attacks as its argument, a killing over a neighbour's
/// boundary, a month's tally of a war's dead. Read as the desk reads them (no event assumed).
/// Texts written for these tests.
@Suite struct ArticleKindTests {
    static func events(_ text: String, published: String = "2024-06-14") -> [ExtractedEvent] {
        NewsReportTests.events(text, published: published)
    }

    // MARK: - Analysis pieces

    /// An analysis recounts acts, even one of this week, to make its argument: it is no report of them.
    @Test func anAnalysisRecountingThisWeeksAttackReportsNoEvent() {
        let text = """
        Analysis: Why the coastal insurgency keeps spreading south

        Three years after the first raids on fishing villages, the insurgents who once held a few islands now roam the mainland.

        On Tuesday, fighters of the group stormed a police post in the district capital, killing four officers, the latest in a string of assaults that officials had said would not happen.

        Researchers say the army's focus on the northern border has left the coast to the militants. "The state is absent," said a researcher at a university in the capital.
        """
        #expect(Self.events(text).isEmpty)
    }

    /// The same act told as news is an event.
    @Test func theSameAttackToldAsNewsIsAnEvent() {
        let text = """
        Insurgents storm police post, kill four officers

        On Tuesday, fighters of the group stormed a police post in the district capital, killing four officers, officials said.
        """
        #expect(!Self.events(text).isEmpty)
    }

    // MARK: - Ordinary crime

    /// A killing over the boundary between two neighbours' plots is ordinary crime.
    @Test func aKillingOverABoundaryBetweenNeighboursIsNoEvent() {
        let text = """
        A 60-year-old man was hacked to death by a neighbour after a quarrel over a boundary between their fields in a village on Saturday, police said on Sunday.

        The suspect fled and a search for him is under way, police said.
        """
        #expect(Self.events(text, published: "2024-06-16").isEmpty)
    }

    // MARK: - Tolls named across a long name

    /// "Eleven soldiers and members of the Volunteers for the Defence of the Homeland (VDP) were
    /// killed": the count reaches its verb past a group's long name.
    @Test func aCountReachesItsVerbPastALongGroupName() {
        let text = "Gunmen attacked an army post in the town of Djibo on Saturday, sources said on Monday. Nine soldiers and members of the Civilian Joint Task Force (CJTF) were killed, one of the sources said."
        #expect(Self.events(text, published: "2024-05-13").first?.fatalities == 9)
    }

    // MARK: - Tallies of a month

    /// A month's attacks counted together, by a monitor, are no act.
    @Test func aMonthsAttacksCountedTogetherAreNoEvent() {
        let text = """
        Air strikes killed at least 90 civilians and wounded more than 200 across the country in May, a monitoring group said on Thursday.

        The group said the figures were higher than in April, and that most of the dead were in the north.
        """
        #expect(Self.events(text).isEmpty)
    }

    /// One attack dated only to its month is still an act (its toll is told).
    @Test func oneAttackOfAMonthIsStillAnAct() {
        let text = "An air strike on a market killed 40 people in the town of Kalima in May, residents said on Thursday."
        #expect(Self.events(text).contains { $0.fatalities == 40 })
    }

    // MARK: - Live blogs

    /// The blog's opening names its story: its event ranks above an update's interceptions.
    @Test func aLiveBlogsOpeningEventIsItsMainOne() {
        let text = """
        War live: rocket hits market in Kharkiv

        UPDATE 06:10 GMT: A rocket struck a crowded market in Kharkiv on Friday morning, the regional governor said. He said four people were killed.

        UPDATE 08:20 GMT: The air force says 40 drones were shot down overnight over the Poltava and Sumy regions.
        """
        let main = NewsReportTests.main(text, published: "2024-06-14")
        #expect(main?.location?.contains("Kharkiv") == true)
        #expect(main?.fatalities == 4)
    }


    // MARK: - Losses

    /// "The army said it lost 12 soldiers": a side's loss of its men is a count of its dead.
    @Test func aSideThatLostItsMenCountsItsDead() {
        let text = "Fighters attacked an army base near the town of Djibo on Saturday, sources said on Monday. The army said it lost 12 soldiers in the fighting."
        #expect(Self.events(text, published: "2024-05-13").first?.fatalities == 12)
    }

    /// "lost 40 percent of its positions": a loss of ground or of a share counts no dead.
    @Test func aLossOfGroundCountsNoDead() {
        let text = "Rebels seized the town of Djibo on Saturday after the army lost 40 percent of its positions in the district, residents said."
        #expect(Self.events(text, published: "2024-05-13").first?.fatalities == 0)
    }

    // MARK: - Both sides' dead

    /// A battle's toll given for one side, then the other side's dead in a later sentence: ACLED sums them.
    @Test func theOtherSidesDeadToldLaterAddToTheToll() {
        let text = "Five rebels were killed in a gunfight with security forces in a forest near the town of Tumbes on Tuesday, police said.\n\nOne police constable was killed and two others were injured, police said."
        #expect(Self.events(text, published: "2024-06-12").first?.fatalities == 6)
    }

    /// The same side's dead told again are no more dead.
    @Test func theSameSidesDeadToldAgainAddNothing() {
        let text = "Five rebels were killed in a gunfight with security forces in a forest near the town of Tumbes on Tuesday, police said.\n\nThree rebels were killed in the first hour of the gunfight, police said."
        #expect(Self.events(text, published: "2024-06-12").first?.fatalities == 5)
    }

    /// A source's dead, then others' dead told with "also": the second adds, it is no rival
    /// (lower) version of the first.
    @Test func deadToldWithAlsoAddToASourcesDead() {
        let text = "Rebels attacked an army position near the town of Dembi late on Sunday, residents said. A local official said four soldiers died. Residents said at least two civilians caught in the crossfire were also killed."
        #expect(Self.events(text, published: "2024-05-07").first?.fatalities == 6)
    }

    /// Two sources' versions of the same dead: the lowest stands (ACLED).
    @Test func twoSourcesVersionsKeepTheLowest() {
        let text = "Rebels attacked an army position near the town of Dembi late on Sunday, residents said. A local official said four soldiers died. Residents said two soldiers died."
        #expect(Self.events(text, published: "2024-05-07").first?.fatalities == 2)
    }

    /// A live blog's first update tells the shelling before its dead; a later update tells the
    /// shells that killed, a few kilometres off: the first update's event takes that toll.
    @Test func anEarlyUpdatesActTakesTheDeadToldLaterNearby() {
        let text = """
        UPDATE 06:30 GMT: Heavy shelling has been reported since dawn in Gaza City, residents told reporters. Tanks have pushed into its eastern districts this week.

        UPDATE 08:15 GMT: Shells hit a school sheltering displaced families in Jabalia on Sunday morning, killing at least five people, medics said.

        UPDATE 10:00 GMT: The army says it is looking into the reports.
        """
        let shelling = Self.events(text, published: "2024-06-16").filter { $0.subEventType == "Shelling/artillery/missile attack" }
        #expect(shelling.count == 2)
        #expect(shelling.allSatisfy { $0.fatalities == 5 })
    }

    // MARK: - Weapons seized so far

    /// Devices seized over months are a tally, not a seizure of the day.
    @Test func weaponsSeizedOverMonthsAreNoEvent() {
        #expect(Self.events("Police have seized more than 300 explosive devices over the past nine months, the ministry said on Thursday.", published: "2024-04-04").isEmpty)
    }

    /// A seizure of the day is an event.
    @Test func weaponsSeizedInARaidAreAnEvent() {
        let text = "Police seized 12 explosive devices in a raid on a house in the town of Kalima on Wednesday, the ministry said on Thursday."
        #expect(Self.events(text, published: "2024-04-04").first?.subEventType == "Disrupted weapons use")
    }
}

