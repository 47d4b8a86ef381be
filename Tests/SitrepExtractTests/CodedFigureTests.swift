import Testing
@testable import SitrepExtract
import SitrepModel

/// Figures an ACLED-style note states itself ("2 fatalities.", "fatalities coded as 10 and split
/// between 2 locations"), ranges, the agents of a killing counted apart from its victims, and
/// news-prose tolls (issue 10, casualty figures). Every sentence here is written for the test.
@Suite struct CodedFigureTests {
    static func killed(_ text: String) -> Int? {
        VictimCountTests.killed(text)
    }

    @Test(arguments: [
        // the note's own closing formula is the figure
        ("On 4 June 2022, two gunmen on a motorcycle shot at a shop in Sinaloa, killing the owner. 1 fatality.", 1),
        ("On 4 June 2022, rival clans fought near Marka, resulting in several deaths. Unknown fatalities coded as 3.", 3),
        ("On 4 June 2022, drones struck positions near Hama, killing dozens of fighters. Fatalities coded to 12 and split between 2 locations.", 6),
        ("On 4 June 2022, army and rebels exchanged fire on three fronts near Taiz. Unclear fatalities coded as 10 and spread across three locations.", 3),
        ("On 4 June 2022, an airstrike hit a depot near Homs, killing 4 guards. Fatalities coded to 0.", 0),
    ])
    func acledsStatedFigure_isTheToll(text: String, killed: Int) {
        #expect(Self.killed(text) == killed, "\(text)")
    }

    @Test(arguments: [
        // a range: ACLED codes the lower bound
        ("On 4 June 2022, gunmen attacked a village near Katsina and killed 6-9 villagers.", 6),
        ("On 4 June 2022, a truck bomb exploded in Mogadishu. Between 12 and 20 people were killed.", 12),
        // the number counts the attackers, not the dead
        ("On 4 June 2022, four masked men shot and killed a shopkeeper in Acapulco.", 1),
        ("On 4 June 2022, two gunmen killed three farmers near Jos.", 3),
        // a kill phrase before the number, and an injury after it
        ("On 4 June 2022, gunmen shot and killed two guards and injured another near Daraa.", 2),
        // "unknown" names the killer, it denies no death
        ("On 4 June 2022, unknown gunmen shot dead a police lieutenant in Dar'a.", 1),
        ("On 4 June 2022, the body of a farmer was found near Qamishli, killed by an unknown armed group.", 1),
        ("On 4 June 2022, an airstrike hit a camp near Marib, killing an unknown number of fighters.", 0),
        // victims named as people
        ("On 4 June 2022, militiamen opened fire on a car near Taiz, killing a woman and her son.", 2),
        ("On 4 June 2022, a bomb hit the convoy of a commander near Afrin, killing him and 3 of his bodyguards.", 4),
        ("On 4 June 2022, a farmer and his nephew were shot dead in their orchard near Daraa.", 2),
        ("On 4 June 2022, 6 passengers (3 men, 2 women and 1 girl) were killed when a mine hit their bus near Kandahar.", 6),
        // a pronoun for people numbered before
        ("On 4 June 2022, militants seized 4 truck drivers near Gao. They later killed them and burned the trucks.", 4),
        // the wounded who later die, one person who later dies
        ("On 4 June 2022, a grenade hit a school yard near Taiz, injuring 3 pupils, 1 of whom later died.", 1),
        ("On 4 June 2022, a sniper shot a shepherd near Hodeidah. The shepherd later died in hospital.", 1),
        // a death told as the reason for a protest is no toll of the protest
        ("On 4 June 2022, hundreds marched in Nairobi protesting the killing of a street vendor by police.", 0),
        ("On 4 June 2022, residents blocked a road in Recife to demand justice for a boy who was shot dead by police.", 0),
    ])
    func rangesAgentsAndPeople_areCountedRight(text: String, killed: Int) {
        #expect(Self.killed(text) == killed, "\(text)")
    }

    @Test(arguments: [
        ("Heavy shelling of the port claimed the lives of 14 people on Sunday, officials said.", 14),
        ("An ambush on the highway left nine soldiers dead and five wounded.", 9),
        ("Rescue workers said 23 bodies were recovered from the rubble after the air strike.", 23),
        ("Eleven people died and 30 were wounded when a car bomb exploded outside a bank in Kabul.", 11),
        ("A truck bomb tore through a crowded bus station in Mogadishu, leaving 17 dead and dozens wounded.", 17),
        ("A drone strike killed a local commander of the militia and his two brothers on Friday.", 3),
        ("Three soldiers were killed and four wounded when their patrol hit a mine near Gao, the army said.", 3),
        ("The death toll from Tuesday's car bombing in Mogadishu stands at 26, hospital officials said.", 26),
        ("A suicide bomber struck a checkpoint in Quetta, killing 5 policemen, two of whom were officers.", 5),
        ("Insurgents overran an army post near Menaka, killing a total of 9 soldiers.", 9),
        ("A teacher and her three daughters were killed when a missile struck their house in Zaporizhzhia.", 4),
    ])
    func newsProseTolls_areRead(text: String, killed: Int) {
        #expect(ReportingTests.events(text, assumeEvent: false).first?.fatalities == killed, "\(text)")
    }
}
