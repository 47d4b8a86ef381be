import Testing
import SitrepModel
@testable import SitrepExtract

/// A news report whose lead opens with a frame of news that is no act (a court, sanctions, talks,
/// a funeral, an election, the economy, a tally) reports no event, though it names the acts the
/// frame is about; after such a lead only an act of the last week is news of its own. Read as
/// the desk reads them (no event assumed). Texts written for these tests.
@Suite struct FramedLeadTests {
    @Test(arguments: [
        // a court and the act it tries, retold with its old day in the next paragraph
        "A military court in Goma on Tuesday adjourned the trial of eleven soldiers accused over the 2023 killing of protesters in the city.\n\nTroops opened fire on a crowd during a Sunday rally on August 30, 2023, killing more than 50 people.",
        // sanctions, and the group's record
        "The European Union on Monday imposed sanctions on six commanders it accused of directing the militia's attacks on villages in Darfur.\n\nThe militia killed hundreds of people in El Geneina in 2023, rights groups say.",
        // talks frozen after an attack of last month
        "Negotiators said on Thursday that talks with the rebels would stay suspended until the group stops attacking soldiers.\n\nThe government froze the talks last month after a rebel ambush killed nine soldiers in Arauca.",
        // the economy, told through the attacks that hurt it
        "Egypt's canal revenue fell by half last year as attacks on merchant ships in the Red Sea forced shipping lines to sail around Africa, the canal authority said on Sunday.",
        // a funeral
        "Thousands of mourners attended the funeral on Friday of a commander who was killed in a drone strike on Wednesday.",
    ])
    func aFramedLeadIsNoEvent(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") == nil)
    }

    /// "the 2022 attack": an earlier year as the act's own modifier dates it to the story's past.
    @Test func anActOfAnEarlierYearNamedWithItsYearIsThePast() {
        #expect(NewsReportTests.main("Relatives of the victims of the 2022 attack on the church in Owo called for justice on Wednesday.", published: "2024-06-12") == nil)
    }

    /// A lead that tells its act first is news, whatever frame follows it; and after a framed lead,
    /// an act of the last few days told with its day is news of its own.
    @Test func actsToldAsNewsStay() {
        #expect(NewsReportTests.main("Gunmen killed seven villagers in Zamfara state on Tuesday, a day before the state's election.", published: "2024-06-12") != nil)
        #expect(NewsReportTests.main("The United Nations said on Wednesday that talks on a truce would resume next week.\n\nOn Tuesday, shelling killed four civilians in the town of Kadugli, residents said.", published: "2024-06-12") != nil)
    }

    /// A report of several events leads with its news: the event its first sentences tell is its
    /// main one, its confidence raised above what the same telling gets alone.
    @Test func theLeadsEventIsTheMainOne() throws {
        let lead = "Gunmen stormed a village in Zamfara state and abducted 30 women, residents said."
        let other = "In a separate incident on Monday, Nigerian troops killed nine militants and lost two soldiers in a clash near Damboa in Borno state, the army said."
        let alone = try #require(NewsReportTests.main(lead, published: "2024-06-14"))
        let both = NewsReportTests.events(lead + "\n\n" + other, published: "2024-06-14")
        #expect(both.count == 2)
        let main = try #require(NewsReportTests.main(lead + "\n\n" + other, published: "2024-06-14"))
        #expect(main.location == "Zamfara")
        #expect(main.confidence > alone.confidence)
    }

    /// A piece labelled as analysis ("Analysis:", "Explainer -", "Q&A:") tells the story so far;
    /// only an act of the last week told in it with its day is news of its own.
    @Test func anAnalysisIsNoEvent() {
        let body = "When the army seized power in 2021, it promised to end the insurgency within months.\n\nRebels took the town of Hpakant late last month, and an air strike on a village in Sagaing killed 40 people on May 20, according to local media."
        #expect(NewsReportTests.main("Analysis: Why Myanmar's army is losing the war\n\n" + body, published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("Explainer - Why Myanmar's army is losing the war\n\n" + body, published: "2024-06-12") == nil)
        #expect(NewsReportTests.main("Why Myanmar's army is losing the war\n\n" + body, published: "2024-06-12") != nil)
    }

    /// A span measured from the act ("Ten years after ..."), a gathering to commemorate, a burial,
    /// and mourners at the funeral of someone killed are frames; mourners struck, or protesters
    /// gathered at a court, are acts.
    @Test(arguments: [
        "Ten years after militants abducted 276 schoolgirls from their school in Chibok, parents gathered on Sunday to pray for their return.",
        "Hundreds of families gathered at the old air academy near Tikrit on Wednesday to mark ten years since militants massacred the cadets there.",
        "Hundreds of families gathered at the former Camp Speicher air academy near Tikrit on Wednesday to mark ten years since militants massacred the cadets there.",
        "Four soldiers killed in a clash with militants earlier this month were laid to rest on Wednesday in their home towns.",
        "Thousands of mourners filled the streets of the city on Thursday for the funeral of a commander who was killed in a drone strike last week.",
    ])
    func moreFramesAreNoEvent(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") == nil)
    }

    /// A meeting to discuss a war, and a council's statement about an attack, are diplomacy: the
    /// acts they are about are named in a phrase of the frame.
    @Test(arguments: [
        "The UN Security Council met on Monday to discuss the escalating violence in eastern Congo, where rebels have seized large areas of North Kivu.",
        "Regional leaders gathered in Addis Ababa on Tuesday to discuss the fighting in Sudan, which has killed tens of thousands of people.",
        "The town council of Beni on Tuesday condemned the killing of 12 villagers by rebels near Oicha on Sunday.",
    ])
    func meetingsAndCouncilsAreNoEvent(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") == nil)
    }

    @Test(arguments: [
        "Mourners were killed on Monday when a bomb exploded at a funeral in the town of Baquba, police said.",
        "Hundreds of protesters gathered outside the court in Dakar on Monday to demand the release of the opposition leader.",
    ])
    func actsOnAFramesPeopleStay(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") != nil)
    }

    /// A title in sentence case, a bare first line, is a headline: the lead after it is read for
    /// its frame, and the title's act is the frame's story. A frame told again after the lead, a
    /// count of the war so far, and a day inside a quotation vouch for no act.
    @Test(arguments: [
        // a title that names the old act, and a gathering to commemorate it
        "Kenya remembers victims of 2015 Garissa university attack\n\nGARISSA — Hundreds of students gathered at the university on Thursday to mark ten years since gunmen stormed the campus and killed 148 people.",
        // a framed title, and a lead framed again
        "Nation marks 9th anniversary of Quetta hospital bombing\n\nQUETTA: Prayers were offered across the province on Tuesday to mark the ninth anniversary of the suicide bombing at the civil hospital in which 74 people were killed.",
        // a count of the war so far
        "Sudan war death toll passes 30,000, monitors say\n\nThe number of people killed in Sudan since the war began has passed 30,000, a monitoring group said on Wednesday, as fighting spreads in Kordofan.",
        // a running total's milestone
        "KHARTOUM, June 3 — The death toll in Sudan's war has passed 30,000, a monitoring group said on Monday, as aid agencies warned of famine in Kordofan.",
        // an aid delivery
        "A first convoy of 20 trucks carrying food and medical supplies crossed into North Darfur on Wednesday through the Tine border post, the World Food Programme said.",
        // a day in a quotation is the speaker's
        "A court in Maiduguri on Monday sentenced three men to death over the 2022 bombing of a market in the town.\n\n\"Today the families have some justice,\" said a trader who lost his brother in the attack.",
    ])
    func titlesFramesAndTalliesAreNoEvent(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") == nil)
    }

    @Test(arguments: [
        // a title that tells no act, and a lead that tells a looting with its day
        "Market town counts its losses\n\nFighters of an armed group looted shops and a health post in the town of Bozoum on Sunday afternoon before withdrawing into the bush, residents said.",
        // a title that tells a looting, and the goods the lead says were taken
        "Soldiers loot market in Torit\n\nTORIT - Soldiers broke into shops around the main market in Torit town on Monday night, carrying away sacks of food and cash, traders said.",
        // a toll that passes a number, of an act the lead names
        "The death toll from Saturday's truck bombing in Mogadishu passed 100 on Monday, officials said.",
        // a strike of the day, with the war's count
        "An air strike on a market in El Fasher on Monday killed 12 people, bringing the number killed in the war since April 2023 to more than 30,000, medics said.",
    ])
    func actsAfterATitleOrBesideATallyStay(text: String) {
        #expect(NewsReportTests.main(text, published: "2024-06-12") != nil)
    }

    /// Aid is what may be struck or looted: an act of violence or looting on it is news ("An aid
    /// convoy came under fire ..., killing two drivers"); told as its past or setting ("weeks
    /// after gunmen looted a warehouse", "as fighting continues") it still frames the lead.
    @Test(arguments: [
        "Gunmen broke into aid warehouses in Nyala on Monday and looted food, the agency said.",
        "An aid convoy came under fire near Kutum on Monday, killing two drivers, the UN said.",
    ])
    func anActOnAidIsNews(text: String) {
        #expect(!NewsReportTests.events(text, published: "2024-06-12").isEmpty)
    }

    @Test func anActBehindAidIsItsPast() {
        #expect(NewsReportTests.events("A convoy of trucks carrying food and supplies crossed into Darfur on Monday, weeks after gunmen looted a warehouse in Nyala.", published: "2024-06-12").isEmpty)
    }
}
