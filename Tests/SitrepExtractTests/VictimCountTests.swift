import Foundation
import Testing
@testable import SitrepExtract
import SitrepModel

/// Tolls told as people rather than numbers (issue 10, casualty figures): one person named in the
/// singular, lists of victims, numbers joined by "and", and numbers that count things or days.
/// Every sentence here is written for the test.
@Suite struct VictimCountTests {
    static func killed(_ text: String) -> Int? {
        ReportingTests.events(text, assumeEvent: true).first?.fatalities
    }

    @Test(arguments: [
        // one person, no number
        ("On 3 March 2022, a roadside bomb went off near Kirkuk, killing an off-duty police officer.", 1),
        ("On 3 March 2022, a mine exploded near Raqqa, killing a rebel fighter.", 1),
        ("On 3 March 2022, gunmen attacked a minibus near Gao, killing the driver.", 1),
        ("On 3 March 2022, a bomb went off under a car in Mogadishu. The trader was killed and three bystanders were hurt.", 1),
        ("On 3 March 2022, unknown assailants fired at a councillor in Peshawar. He was reportedly killed on the spot.", 1),
        ("On 3 March 2022, militants ambushed soldiers near Mopti, killing one of them.", 1),
        // a number right after the kill word is its object, the whole toll, "of them" after it or not
        ("On 3 March 2022, gunmen stopped a bus near Gao, took the travellers off and shot dead 14 of them.", 14),
        ("On 3 March 2022, gunmen stormed a wedding near Jos and killed at least 9 of the guests.", 9),
        ("On 3 March 2022, gunmen attacked a bus near Gao, killing 12 people, two of them children.", 12),
        // lists of victims after the kill word
        ("On 3 March 2022, attackers set fire to a farmhouse near Jos, killing his wife and two daughters.", 3),
        ("On 3 March 2022, shelling hit a market in Idlib, killing a shopkeeper and four customers.", 5),
        // who tells of the dead after a comma is none of them
        ("On 3 March 2022, gunmen attacked a post near Bosaso, killing three soldiers, a military official said.", 3),
        ("On 3 March 2022, a drone strike hit a square in Gondar, killing 26 people, a hospital official and two residents said.", 26),
        // a person told "among them" is one of the dead before it, not one more
        ("On 3 March 2022, shelling hit a market in Idlib, killing five people, a 10-year-old boy among them.", 5),
        ("On 3 March 2022, militiamen attacked a village near Beni, killing a chief and 2 of his relatives.", 3),
        // numbers joined by "and" share one verb
        ("On 3 March 2022, 4 soldiers and 1 officer were killed when a bomb hit their patrol near Quetta.", 5),
        ("On 3 March 2022, an ambush near Tillaberi left 6 soldiers and 2 gendarmes dead.", 8),
    ])
    func aTollToldAsPeople_isCounted(text: String, killed: Int) {
        #expect(Self.killed(text) == killed, "\(text)")
    }

    @Test(arguments: [
        // things, days and hours are not people
        ("On 3 March 2022, raiders drove off cattle near Nyala, killing eleven camels.", 0),
        ("On 3 March 2022, militants seized three herders and killed a dozen of their goats near Baidoa.", 0),
        ("On 3 March 2022, at around 7 am, militants attacked an army post near Mandalay, killing one soldier.", 1),
        ("On 3 March 2022, a hostage taken near Fada was executed on 9 March.", 1),
        // the object of another verb is not the toll
        ("On 3 March 2022, gunmen abducted five farmers and killed a guard near Zamfara.", 1),
        // an attempt kills no one
        ("On 3 March 2022, gunmen made an attempt to assassinate the governor of Kandahar. He escaped unhurt.", 0),
    ])
    func numbersThatCountSomethingElse_areNoToll(text: String, killed: Int) {
        #expect(Self.killed(text) == killed, "\(text)")
    }

    /// News prose: officials named by their office, a toll "put at" a figure later, and dead added
    /// with "also".
    @Test(arguments: [
        ("A car bomb killed the deputy governor of Kunduz and two of his bodyguards on Tuesday.", 3),
        ("Gunmen stormed a wedding near Kaduna, killing several guests. The police later put the death toll at 17.", 17),
        ("Troops killed nine insurgents in a raid near Bannu. Three soldiers also died in the gunfight.", 12),
        ("Troops killed nine insurgents in a raid near Bannu. Officials also said nine insurgents were killed.", 9),
        // an age is no count: one person
        ("Gunmen on a motorbike shot and killed a 52-year-old trader near Maiduguri on Friday.", 1),
    ])
    func newsTolls(text: String, killed: Int) {
        #expect(Self.killed(text) == killed)
    }
}
