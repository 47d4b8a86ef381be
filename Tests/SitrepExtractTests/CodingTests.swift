import Foundation
import Testing
@testable import SitrepExtract
import SitrepModel

/// Which ACLED sub-event type a report gets: the codebook's distinctions between riots, protests,
/// battles, violence against civilians and strategic developments (issue 10). Every sentence here
/// is written for the test.
@Suite struct CodingTests {
    static let extractor = Support.bundled
    static let published = Support.day("2022-03-10")

    struct Case: Sendable, CustomStringConvertible {
        var rule: String
        var sub: String
        var text: String
        var description: String { "\(rule): \(text)" }
    }

    static let cases: [Case] = [
        // demonstrators who clash or destroy riot; a protest the police only disperse is a protest with intervention
        Case(rule: "demonstrators clash with police", sub: "Violent demonstration",
             text: "On 3 March 2022, hundreds of teachers demonstrated in Nakuru over unpaid salaries. The demonstrators clashed with police near the county offices."),
        Case(rule: "clashes break out at a rally", sub: "Violent demonstration",
             text: "Clashes broke out between police and supporters of the opposition during a rally in Lusaka on Saturday."),
        Case(rule: "barricades of burning objects", sub: "Violent demonstration",
             text: "On 5 March 2022, residents blocked the main road in Soweto with barricades of burning objects to protest against power cuts."),
        Case(rule: "dispersed without violence of their own", sub: "Protest with intervention",
             text: "On 4 March 2022, police fired tear gas to disperse students who had gathered outside the university in Kampala to protest fee increases."),
        Case(rule: "protesters who block a road are not stopped by anyone", sub: "Peaceful protest",
             text: "On 6 March 2022, protesters angry at the rising price of fuel blocked the coastal highway near Jounieh."),
        Case(rule: "police who beat demonstrators and fire tear gas intervene", sub: "Protest with intervention",
             text: "On 2 March 2022, nurses demonstrated over unpaid wages in Khartoum. Police pushed back the demonstrators, and fired tear gas at them."),
        Case(rule: "an arrest for an earlier protest is an arrest", sub: "Arrests",
             text: "On 7 March 2022, police arrested 12 students in Harare who were accused of taking part in a protest the previous week."),
        // an event named again to say why it happened is not a second act
        Case(rule: "a beating and detention whose reason is not given", sub: "Attack",
             text: "On 8 March 2022, police beat two students and then detained them near the university in Lusaka. No reason for the arrest was given."),
        Case(rule: "the motive for a detention after a beating", sub: "Attack",
             text: "On 8 March 2022, soldiers beat a shopkeeper and detained him in Hpakant. The motive for the detention is unclear."),
        Case(rule: "an arrest whose reason is unknown stays an arrest", sub: "Arrests",
             text: "On 8 March 2022, police arrested two men in Lusaka. The reason for the arrest is unknown."),
        // violence done to the arrested by those who arrest is part of the event, not its reason
        Case(rule: "arrested after beating them", sub: "Attack",
             text: "On 8 March 2022, police arrested two journalists after beating them in Nakuru."),
        Case(rule: "detained after beating him up", sub: "Attack",
             text: "On 8 March 2022, soldiers detained a farmer in Hpakant after beating him up."),
        Case(rule: "arrested after an explosion stays an arrest", sub: "Arrests",
             text: "On 8 March 2022, police arrested three men in Nakuru after the explosion at the market."),
        // violence by an unorganised crowd is mob violence; by an organised armed group a battle or an attack
        Case(rule: "two groups of villagers clash", sub: "Mob violence",
             text: "On 8 March 2022, a clash broke out between two groups of villagers in Sitapur over a land dispute, injuring five people."),
        Case(rule: "locals beat a suspected thief", sub: "Mob violence",
             text: "On 8 March 2022, locals beat a suspected cattle thief with sticks in Kakamega town."),
        Case(rule: "beaten by residents", sub: "Mob violence",
             text: "On 8 March 2022, a man accused of theft was beaten by residents in Manaus."),
        Case(rule: "gunmen shoot villagers", sub: "Attack",
             text: "On 8 March 2022, gunmen shot dead six villagers in Zamfara."),
        Case(rule: "villagers shot by gunmen", sub: "Attack",
             text: "On 8 March 2022, six villagers were shot dead by gunmen near Gusau."),
        Case(rule: "factions of an armed group clash", sub: "Armed clash",
             text: "On 8 March 2022, clashes erupted between two factions of pro-government forces in Taizz city."),
        Case(rule: "an armed group named only in background is no side", sub: "Attack",
             text: "On 8 March 2022, unidentified gunmen shot and wounded a tribal elder in Jasim. The elder had mediated between the army and local families."),
        // overtaking territory needs territory
        Case(rule: "gunmen seize a vehicle", sub: "Looting/property destruction",
             text: "On 8 March 2022, gunmen stopped a truck near Djibo and seized the vehicle and its cargo."),
        Case(rule: "rebels seize a town", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, rebels seized the town of Bunagana after government troops withdrew."),
        Case(rule: "militants take control of an airfield", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, militants took control of an airfield outside Mocimboa da Praia."),
        Case(rule: "a seizure of weapons told at length", sub: "Disrupted weapons use",
             text: "On 8 March 2022, soldiers seized a total of 40 automatic rifles in a raid on a warehouse in Nuevo Laredo."),
        Case(rule: "state forces capture a town", sub: "Government regains territory",
             text: "On 8 March 2022, government forces captured the town of Kafr Nabl after days of fighting."),
        Case(rule: "militants recapture a village", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, Islamic State militants recaptured the village of Kashma from the army."),
        // named agents and force
        Case(rule: "a shell filled with poisonous gas", sub: "Chemical weapon",
             text: "On 8 March 2022, dozens of people were treated for breathing problems in Douma after shells carrying poisonous gas hit the town."),
        Case(rule: "a protest violently dispersed", sub: "Excessive force against protesters",
             text: "On 8 March 2022, police violently dispersed a march of opposition supporters in Nairobi."),
        Case(rule: "forces set up observation posts", sub: "Headquarters or base established",
             text: "On 8 March 2022, Turkish forces set up two new observation posts near Saraqib."),
        Case(rule: "forces established a base", sub: "Headquarters or base established",
             text: "On 8 March 2022, US forces established a new military base near Qamishli."),
        Case(rule: "reinforcements sent to existing posts", sub: "Change to group/activity",
             text: "On 8 March 2022, the army deployed reinforcements to its observation points near Saraqib."),
        Case(rule: "students rioted", sub: "Violent demonstration",
             text: "On 8 March 2022, students rioted on the university campus in Dhaka, smashing windows and setting fire to a car."),
        Case(rule: "riot police are no riot", sub: "Mob violence",
             text: "On 8 March 2022, villagers beat a suspected thief in Kisoro until riot police arrived."),
        Case(rule: "militia attack a village", sub: "Attack",
             text: "On 8 March 2022, suspected militiamen attacked a village near Bankass and burned granaries. Casualties unknown."),
        Case(rule: "gunmen attack hospital staff", sub: "Attack",
             text: "On 8 March 2022, gunmen attacked the staff of a hospital in Taizz city. No injuries were reported."),
        Case(rule: "an attack on soldiers is a clash", sub: "Armed clash",
             text: "On 8 March 2022, militants attacked soldiers at a checkpoint near Kismayo."),
        Case(rule: "one riot act in a much-told demonstration", sub: "Violent demonstration",
             text: "On 8 March 2022, hundreds of graduates demonstrated in Nasiriyah. The demonstrators demanded jobs and the demonstrators blocked a bridge with burning tires."),
        Case(rule: "party activists arrested", sub: "Arrests",
             text: "On 8 March 2022, nine BNP activists were arrested near Dhaka University."),
        Case(rule: "people taken by an armed group", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, Al Shabaab militants detained two traders near Jowhar."),
        Case(rule: "gunmen attack a hotel", sub: "Attack",
             text: "On 8 March 2022, gunmen attacked a hotel in Grand-Bassam popular with foreigners."),
        Case(rule: "a man found dead", sub: "Attack",
             text: "On 8 March 2022, a man was found dead with gunshot wounds on the road outside Culiacan. 1 fatality."),
        Case(rule: "shellings", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, the army conducted shellings on militant positions in the hills near Amadiya."),
        Case(rule: "an arrest after an explosion", sub: "Arrests",
             text: "On 8 March 2022, soldiers arrested three young men in Hakha in connection with an explosion at a government office."),
        Case(rule: "an explosion that kills is the event", sub: "Remote explosive/landmine/IED",
             text: "On 8 March 2022, a roadside bomb exploded near a police patrol in Hakha, killing two officers. Soldiers arrested three men."),
        Case(rule: "forces destroy seized mines", sub: "Disrupted weapons use",
             text: "On 8 March 2022, army engineers destroyed 40 landmines and 12 improvised explosive devices found near Tal Abyad."),
        Case(rule: "explosives destroy a bridge", sub: "Remote explosive/landmine/IED",
             text: "On 8 March 2022, militants set off explosives and destroyed a bridge near Bandiagara."),
        Case(rule: "sides exchange prisoners", sub: "Agreement",
             text: "On 8 March 2022, rebels and government forces exchanged prisoners near Aleppo."),
        Case(rule: "suicide bombers blew themselves up", sub: "Suicide bomb",
             text: "On 8 March 2022, two suicide attackers blew themselves up outside a mosque in Kabul."),
        Case(rule: "ground taken without resistance", sub: "Non-violent transfer of territory",
             text: "On 8 March 2022, militants seized the border crossing at Qaim without resistance after the army withdrew."),
        Case(rule: "militants gained ground", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, militants gained ground in the northern districts of Palma after a week of fighting."),
        // a toll with no act named is violence, by who died
        Case(rule: "soldiers killed, no act named", sub: "Armed clash",
             text: "On 8 March 2022, five soldiers were killed in Quetta."),
        Case(rule: "farmers killed, no act named", sub: "Attack",
             text: "On 8 March 2022, two farmers were killed near Gao. Their families buried them the same day."),
        Case(rule: "a patrol attacked, with deaths", sub: "Armed clash",
             text: "On 8 March 2022, militants attacked a patrol near Mandalay, killing two soldiers."),
        Case(rule: "a patrol attacked", sub: "Armed clash",
             text: "On 8 March 2022, militants attacked an army patrol near Mopti."),
        Case(rule: "a patrol alone", sub: "Change to group/activity",
             text: "On 8 March 2022, soldiers conducted a patrol in the villages around Mopti."),
        // held where no one knows: a forced disappearance, not an arrest
        Case(rule: "arrested, whereabouts unknown", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, soldiers arrested a teacher in Monywa. His whereabouts remain unknown."),
        Case(rule: "taken to an unknown location", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, soldiers took a journalist from his home in Hpakant to an unknown location."),
        Case(rule: "held in an unknown location", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, soldiers took a village head away and held him in an unknown location near Kherson."),
        Case(rule: "kidnapped, then found beaten", sub: "Attack",
             text: "On 8 March 2022, a trader who had been kidnapped near Monterrey was found beaten and handcuffed on the highway. One injured."),
        Case(rule: "an arrest alone", sub: "Arrests",
             text: "On 8 March 2022, soldiers arrested a teacher in Monywa."),
        // heavy weapons and firing back
        Case(rule: "medium weapons fired", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, rebels fired medium weapons at army positions east of Hays."),
        Case(rule: "fire returned", sub: "Armed clash",
             text: "On 8 March 2022, gunmen opened fire on a checkpoint near Arish and soldiers fired back."),
        // an interception disrupts weapons only when a weapon is stopped
        Case(rule: "people intercepted", sub: "Arrests",
             text: "On 8 March 2022, coast guards intercepted a boat carrying 60 people off Zuwara."),
        Case(rule: "drones intercepted", sub: "Disrupted weapons use",
             text: "On 8 March 2022, air defences intercepted two drones over Abha."),
        // barricades make a demonstration violent
        Case(rule: "a road blocked with rocks", sub: "Violent demonstration",
             text: "On 8 March 2022, residents blocked the highway near Cusco with rocks and tree trunks to protest fuel prices."),
        Case(rule: "obstacles set on fire", sub: "Violent demonstration",
             text: "On 8 March 2022, about 40 people blocked an avenue in Recife by setting obstacles on fire to demand water."),
        Case(rule: "sides exchange artillery fire", sub: "Armed clash",
             text: "On 8 March 2022, rebels and the army exchanged artillery fire along the front north of Marib."),
        Case(rule: "shelled, and the other side fired back", sub: "Armed clash",
             text: "On 8 March 2022, the army shelled rebel positions north of Marib. The rebels fired back, killing two soldiers."),
        Case(rule: "responded to shelling", sub: "Armed clash",
             text: "On 8 March 2022, government forces responded to shelling by the rebels near Marib, killing several fighters."),
        Case(rule: "one side shells", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, the army shelled rebel positions north of Marib."),
        Case(rule: "settlers throw stones", sub: "Mob violence",
             text: "On 8 March 2022, Israeli settlers threw stones at passing cars near Huwara."),
        Case(rule: "residents burn tires over power cuts", sub: "Violent demonstration",
             text: "On 8 March 2022, residents burned tires in the streets of Cotonou to reject the power cuts."),
        Case(rule: "fire at fishermen of a people with armed factions", sub: "Attack",
             text: "On 8 March 2022, Israeli forces opened fire on Palestinian fishermen off the coast of Beit Lahia."),
        Case(rule: "logs used to block a road", sub: "Violent demonstration",
             text: "On 8 March 2022, residents used tree logs to block the main road near Kindia in a demonstration against power cuts."),
        Case(rule: "a road blocked", sub: "Peaceful protest",
             text: "On 8 March 2022, drivers blocked the highway near Cusco to protest fuel prices."),
        // who acts on whom: hedged crowds, unknown motives, fighters as victims
        Case(rule: "a hedge between the crowd and its act", sub: "Mob violence",
             text: "On 8 March 2022, ruling party supporters allegedly beat two opposition agents at a polling station in Lilongwe."),
        Case(rule: "unknown reasons are no unknown attackers", sub: "Mob violence",
             text: "On 8 March 2022, a group of men beat two traders with sticks at a market in Shillong for unknown reasons."),
        Case(rule: "a motive said to be unknown", sub: "Mob violence",
             text: "On 8 March 2022, a group of men beat two traders with sticks at a market in Shillong. The motive is unknown."),
        Case(rule: "settlers named with their people", sub: "Mob violence",
             text: "On 8 March 2022, Israeli settlers beat and injured a shepherd near Yatta."),
        Case(rule: "members of a military unit shot", sub: "Armed clash",
             text: "On 8 March 2022, gunmen shot dead two members of the 4th Armored Division near Daraa."),
        Case(rule: "a unit opens fire on a civilian", sub: "Attack",
             text: "On 8 March 2022, fighters of the 35th Infantry Brigade opened fire on a civilian in Taizz city, wounding him."),
        Case(rule: "one armed side that kills, no one fighting back", sub: "Attack",
             text: "On 8 March 2022, Boko Haram fighters attacked Gwoza town, killing two."),
        Case(rule: "a raid on a base where fighters die is a battle", sub: "Armed clash",
             text: "On 8 March 2022, militants raided an army base near Kismayo. At least 20 members of the group were killed."),
        Case(rule: "warning shots hit no one", sub: "Other",
             text: "On 8 March 2022, Kyrgyz border guards fired warning shots near a village in Batken as herders crossed the line."),
        Case(rule: "a shot at the sentence's end", sub: "Attack", text: "Gunmen opened fire."),
        // a curfew imposed is a change to the activity of those who impose it (ACLED), and to combat an epidemic is no combat
        Case(rule: "to combat an epidemic is no combat", sub: "Change to group/activity",
             text: "On 8 March 2022, the governor imposed a curfew in Mukalla and closed the port to combat the spread of cholera."),
        // people driven out by fighting told only as the cause: the displacement is the event (ACLED: other)
        Case(rule: "fighting forced villagers to flee", sub: "Other",
             text: "On 8 March 2022, clashes between the army and a rebel faction forced some 300 villagers to flee towards Kalemie."),
        Case(rule: "families evacuated following hostilities", sub: "Other",
             text: "On 8 March 2022, about 120 families from two hamlets near Datu Piang evacuated after an outbreak of fighting between armed clans."),
        Case(rule: "residents displaced by shelling", sub: "Other",
             text: "On 8 March 2022, hundreds of residents of Marinka were displaced following heavy shelling of the town."),
        Case(rule: "a capture that made people flee is a capture", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, Al Shabaab militants captured the town of Bulo Burde, forcing thousands of residents to flee."),
        Case(rule: "fighting that killed is a battle even if people fled", sub: "Armed clash",
             text: "On 8 March 2022, fighting between the army and rebels killed six soldiers near Bunia and forced villagers to flee."),
        Case(rule: "a lockdown declared by an armed movement", sub: "Change to group/activity",
             text: "On 8 March 2022, the rebel administration announced a two-week lockdown of the northern districts of Idlib to slow an outbreak of measles."),
        Case(rule: "a ban on travel", sub: "Change to group/activity",
             text: "On 8 March 2022, the regional governor instituted a ban on all bus travel into Garissa county."),
        Case(rule: "a protest against a curfew is a protest", sub: "Peaceful protest",
             text: "On 8 March 2022, about 200 traders demonstrated in Kano against the night curfew imposed by the state government."),
        // weapons only moved or flown, nothing fired: a movement of forces (ACLED: change to group/activity)
        Case(rule: "a convoy carrying artillery", sub: "Change to group/activity",
             text: "On 8 March 2022, a convoy of trucks transporting artillery and ammunition reached the army garrison in Kidal."),
        Case(rule: "missile batteries pulled out", sub: "Change to group/activity",
             text: "On 8 March 2022, the defence ministry began withdrawing three missile batteries from the northern border region near Erbil."),
        Case(rule: "jets on a surveillance flight", sub: "Change to group/activity",
             text: "On 8 March 2022, Turkish jets carried out surveillance flights over the Qandil mountains."),
        Case(rule: "artillery brought up and then fired", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, the army deployed artillery near Kharkiv and shelled the outskirts of the city."),
        // the crime a victim was accused of is why they were attacked, not the event
        Case(rule: "beaten for a kidnapping he was suspected of", sub: "Mob violence",
             text: "On 8 March 2022, a man suspected of kidnapping a schoolgirl was beaten up by a crowd of residents in Kisii."),
        Case(rule: "a relative clause hangs the accusation on the victim", sub: "Mob violence",
             text: "On 8 March 2022, a crowd of villagers beat a man who was accused of rape in Ayacucho."),
        Case(rule: "an accusation hedging the agent keeps the act", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, members of a local militia are accused of abducting two traders near Beni."),
        Case(rule: "demonstrators' violence in a second verb", sub: "Violent demonstration",
             text: "On 8 March 2022, stranded travellers protested and smashed ticket counters at the bus terminal in Mombasa."),
        Case(rule: "a second verb that is no violence", sub: "Peaceful protest",
             text: "On 8 March 2022, nurses demonstrated and set up a tent outside the health ministry in Lilongwe."),
        // a riot told with the arrests that caused or ended it is the riot (violence outranks a strategic development)
        Case(rule: "arrests of demonstrators who burned tyres", sub: "Violent demonstration",
             text: "On 8 March 2022, police arrested 15 traders in Lusaka who were demanding lower market fees. The traders had burned tyres on the main road."),
        Case(rule: "troops deployed amid fighting", sub: "Change to group/activity",
             text: "On 8 March 2022, army units were deployed to the port city amid fighting between rival factions."),
        Case(rule: "a clash between relatives and staff", sub: "Mob violence",
             text: "On 8 March 2022, a clash broke out between relatives of a patient and nurses at the district hospital in Khulna."),
        Case(rule: "beaten and killed by residents", sub: "Mob violence",
             text: "On 8 March 2022, a man suspected of stealing a phone was beaten up and killed by residents in Manaus."),
        Case(rule: "a lynching is a mob's", sub: "Mob violence",
             text: "On 8 March 2022, villagers lynched a man suspected of stealing goats near Kisumu."),
        Case(rule: "a quarrel that turned violent", sub: "Mob violence",
             text: "On 8 March 2022, a quarrel over grazing land between two families turned violent near Ghazni, injuring three people."),
        Case(rule: "the month of March is no march", sub: "Mob violence",
             text: "On 8 March 2022, rioters clashed with soldiers at the entrance of a village near Hebron."),
        // demonstrators: arrested, violent, or protesting violence done elsewhere
        Case(rule: "residents detained while protesting", sub: "Protest with intervention",
             text: "On 8 March 2022, police detained five residents who were taking part in a sit-in against the closure of a clinic in Tver."),
        Case(rule: "demonstrators who stab riot", sub: "Violent demonstration",
             text: "On 8 March 2022, protesters stabbed a passer-by during a demonstration against fuel prices in Accra."),
        Case(rule: "demonstrators who storm an office riot", sub: "Violent demonstration",
             text: "On 8 March 2022, hundreds of farmers demonstrated in Quito against fuel prices. The demonstrators stormed the offices of the governor."),
        Case(rule: "a protest against an offensive", sub: "Peaceful protest",
             text: "On 8 March 2022, hundreds of students staged a protest in Ankara against the military offensive in the north."),
        Case(rule: "a protest against a planned demolition", sub: "Peaceful protest",
             text: "On 8 March 2022, villagers demonstrated in Hebron against the decision to demolish their homes."),
        Case(rule: "protesters peacefully removed by the police", sub: "Protest with intervention",
             text: "On 8 March 2022, about 60 vendors demonstrated outside the town hall in Puebla against new stall fees. The protesters were peacefully removed by the police."),
        Case(rule: "the police interrupt a rally", sub: "Protest with intervention",
             text: "On 8 March 2022, pensioners protested outside the parliament in Budapest. Police interrupted the rally and recorded the names of the organisers."),
        Case(rule: "force used against protesters", sub: "Protest with intervention",
             text: "On 8 March 2022, police used force against residents protesting in Srinagar against water shortages."),
        Case(rule: "a demand is no intervention", sub: "Peaceful protest",
             text: "On 8 March 2022, traders protested in Aden against new market fees and called on the governor to remove the checkpoints."),
        Case(rule: "students who block a road against an arrest", sub: "Peaceful protest",
             text: "On 8 March 2022, students blocked a main road in Tunis in protest against the arrest of a fellow student."),
        Case(rule: "a release demanded, an arrest called for", sub: "Peaceful protest",
             text: "On 8 March 2022, families gathered outside the court in Beirut and demanded the release of activists who were detained last month, calling for the judiciary to arrest corrupt officials."),
        Case(rule: "heavy and medium machine guns", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, rebels fired heavy and medium machine guns at army positions near Hays."),
        Case(rule: "a die-in kills no one", sub: "Protest with intervention",
             text: "On 8 March 2022, about thirty activists staged a die-in outside the ministry in Lisbon. Police arrested nine protesters who refused to leave."),
        Case(rule: "projectiles thrown at the police", sub: "Violent demonstration",
             text: "On 8 March 2022, police arrested 20 people in Leeds after projectiles were thrown at officers during a demonstration against a new policing law."),
        // force on a demonstration: lethal or hurting is excessive force, else an intervention
        Case(rule: "soldiers shoot demonstrators dead", sub: "Excessive force against protesters",
             text: "On 8 March 2022, soldiers shot dead two demonstrators during a rally against fuel prices in Bamako."),
        Case(rule: "live rounds fired at people protesting, some wounded", sub: "Excessive force against protesters",
             text: "On 8 March 2022, police fired live rounds at people protesting against the vote count in Conakry, wounding six."),
        Case(rule: "rubber bullets that hurt no one", sub: "Protest with intervention",
             text: "On 8 March 2022, police fired rubber bullets at protesters in Valparaiso to disperse them."),
        // property destroyed by no crowd; a bomb is no bombing raid
        Case(rule: "soldiers torch houses", sub: "Looting/property destruction",
             text: "On 8 March 2022, soldiers torched eight houses in a village near Rathedaung."),
        Case(rule: "arsonists set fire to a car", sub: "Looting/property destruction",
             text: "On 8 March 2022, unidentified arsonists set fire to a car belonging to a journalist in Thessaloniki."),
        Case(rule: "villagers torch a house", sub: "Mob violence",
             text: "On 8 March 2022, villagers torched the house of a man accused of witchcraft near Kisii."),
        Case(rule: "a mast burned: a verb of destruction and a thing people own", sub: "Looting/property destruction",
             text: "On 8 March 2022, insurgents burned a telecom mast outside Garissa."),
        Case(rule: "a phone tower destroyed", sub: "Looting/property destruction",
             text: "On 8 March 2022, armed men destroyed a mobile phone tower near Kajiado."),
        Case(rule: "livestock stolen", sub: "Looting/property destruction",
             text: "On 8 March 2022, bandits rustled over a hundred cattle from herders near Birnin Gwari."),
        Case(rule: "homes torched and villagers killed", sub: "Attack",
             text: "On 8 March 2022, gunmen torched homes and killed seven villagers near Bankass."),
        Case(rule: "a tank destroyed is part of the fighting", sub: "Armed clash",
             text: "On 8 March 2022, rebels clashed with the army near Kidal and destroyed an army tank."),
        // vigilantes are a militia where the actor list says so (Nigeria), a mob elsewhere
        Case(rule: "bandits attack a vigilante group in Nigeria", sub: "Armed clash",
             text: "On 8 March 2022, bandits attacked members of a vigilante group near Gummi, killing 10 of them."),
        Case(rule: "vigilantes beat suspected thieves in Malawi", sub: "Mob violence",
             text: "On 8 March 2022, vigilantes beat two men accused of theft in Blantyre."),
        Case(rule: "residents set upon a woman and burn her alive", sub: "Mob violence",
             text: "On 8 March 2022, residents set upon a woman accused of witchcraft near Mwanza and burned her alive."),
        // what a protest is about is a noun; the clause's own past-tense verb is its act
        Case(rule: "protesters denouncing a price rise torch a car", sub: "Violent demonstration",
             text: "On 8 March 2022, protesters denouncing the price rise torched a police car in Thies."),
        Case(rule: "residents protesting a killing set fire to a post", sub: "Violent demonstration",
             text: "On 8 March 2022, residents protesting the killing of a youth set fire to a police post in Kakamega."),
        Case(rule: "a protest against a killing and a demolition", sub: "Peaceful protest",
             text: "On 8 March 2022, residents demonstrated against the demolition and looting of their homes in Chitungwiza."),
        // a party's member is a civilian; ground handed over under a deal is a transfer
        Case(rule: "a party member shot dead", sub: "Attack",
             text: "On 8 March 2022, unknown gunmen shot dead a member of the Kurdistan Democratic Party in Duhok."),
        Case(rule: "a town handed over under a deal", sub: "Non-violent transfer of territory",
             text: "On 8 March 2022, the SDF handed over the town of Tal Tamr to regime forces under a Russian-brokered deal."),
        // security forces off duty are attacked, not fought; a person taken from home is abducted
        Case(rule: "an off-duty police officer killed", sub: "Attack",
             text: "On 8 March 2022, armed men killed a police officer who was off duty at a food stall in Celaya."),
        Case(rule: "a journalist taken from his home", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, armed men took him from his home in Chilpancingo, and the reporter has not been seen since."),
        // the detained a protest is about are no intervention in it; arrests at the protest are
        Case(rule: "relatives of men who have been detained hold a sit-in", sub: "Peaceful protest",
             text: "On 8 March 2022, relatives of men who have been detained for years held a sit-in outside the prison in Diyarbakir to demand their release."),
        Case(rule: "a sit-in dispersed and protesters detained", sub: "Protest with intervention",
             text: "On 8 March 2022, police dispersed a sit-in in Amman and 12 protesters were detained."),
        // words between the verb and its object: prisoners exchanged, drones brought down
        Case(rule: "prisoners exchanged, a number between", sub: "Agreement",
             text: "On 8 March 2022, the two sides exchanged 150 prisoners near Taiz under the auspices of the Red Cross."),
        Case(rule: "air defences destroy a drone", sub: "Disrupted weapons use",
             text: "On 8 March 2022, air defences destroyed a Houthi drone over Abha."),
        Case(rule: "two drones downed", sub: "Disrupted weapons use",
             text: "On 8 March 2022, the army downed two Turkish drones near Tal Tamr."),
        // what a verb of taking takes: ground, civilians (abducted), fighters (a battle's prisoners) or goods
        Case(rule: "aid workers seized near a town", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, militants seized two aid workers near Beledweyne."),
        Case(rule: "traders captured on a road", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, insurgents captured three traders on the road between Damboa and Maiduguri."),
        Case(rule: "a chief taken away", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, armed men took away a village chief from his home near Djugu."),
        Case(rule: "a town taken and civilians led off", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, rebels captured the town of Kitchanga and took away 20 civilians."),
        Case(rule: "rebels captured in a clash", sub: "Armed clash",
             text: "On 8 March 2022, soldiers clashed with rebels near Walikale and captured 12 rebels."),
        Case(rule: "a town captured, in the passive", sub: "Non-state actor overtakes territory",
             text: "On 8 March 2022, the town of Rutshuru was captured by rebels after heavy fighting."),
        Case(rule: "vehicles captured near a town", sub: "Looting/property destruction",
             text: "On 8 March 2022, militants captured two police vehicles near Wajir."),
        Case(rule: "a bomb planted", sub: "Remote explosive/landmine/IED",
             text: "On 8 March 2022, a bomb planted by the Taliban wounded two soldiers in Khost."),
        // weapons that did not go off
        Case(rule: "a grenade that failed to explode", sub: "Disrupted weapons use",
             text: "On 8 March 2022, militants threw a grenade at a police post in Srinagar but it failed to explode."),
        Case(rule: "a found device that went off and hurt", sub: "Remote explosive/landmine/IED",
             text: "On 8 March 2022, two shepherds were seriously injured when an explosive device they found near Idil detonated."),
        // a weapon aimed at civilians, less lethal ones included, is an attack on them
        Case(rule: "tear gas fired at farmers", sub: "Attack",
             text: "On 8 March 2022, Israeli forces fired tear gas canisters at Palestinian shepherds near Yatta. No injuries were reported."),
        Case(rule: "rubber bullets fired at them, the civilians named before", sub: "Attack",
             text: "On 8 March 2022, Israeli naval forces chased fishermen off the coast of Rafah and fired rubber bullets at them."),
        // an act marked "(coded separately)" is another note's event
        Case(rule: "a killing coded separately before an arrest", sub: "Arrests",
             text: "On 8 March 2022, after gunmen killed a trader in the market (coded separately), police arrested four suspects in Kisumu."),
        // heavy machine guns fire from a distance: shelling, however the heaviness is told
        Case(rule: "machine guns said to be heavy after the noun", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, Houthi forces fired machine guns, presumably heavy, at government positions south of Hays."),
        Case(rule: "a heavy calibre before machine guns", sub: "Shelling/artillery/missile attack",
             text: "On 8 March 2022, Houthi forces fired 14.5mm machine guns at farms east of Hays."),
        Case(rule: "machine guns not said to be heavy", sub: "Armed clash",
             text: "On 8 March 2022, Houthi forces and government troops fought with machine guns near Hays."),
        // ACLED's crowd-size tag marks a demonstration or a crowd's violence, whatever the verbs
        Case(rule: "a crowd-size tag on an assault by people not named", sub: "Mob violence",
             text: "On 8 March 2022, a shopkeeper was attacked and injured over a land dispute in Jaunpur (UP). [size=no report]"),
        Case(rule: "a crowd-size tag on a blockade with a demand and arrests", sub: "Protest with intervention",
             text: "On 8 March 2022, about 60 farmers blocked a bridge near Oaxaca demanding water rights; police detained nine of them. [size=about 60]"),
        Case(rule: "a crowd-size tag keeps a group's handing out of aid", sub: "Change to group/activity",
             text: "On 8 March 2022, members of a cartel handed out food parcels to families in Culiacan. [size=no report]"),
        Case(rule: "an armed group gives boxes of food", sub: "Change to group/activity",
             text: "On 8 March 2022, members of a cartel gave boxes of food to families in Culiacan."),
        // a group's ties and forces' deployment change its activity
        Case(rule: "a group ends its affiliation", sub: "Change to group/activity",
             text: "On 8 March 2022, the Suqur al-Jabal brigade ended its affiliation with the Fatah Mubin operations room in Idlib."),
        // a civilian by what they do (clergy, reporters, tourists): seized, they are abducted
        Case(rule: "a missionary captured", sub: "Abduction/forced disappearance",
             text: "On 8 March 2022, militants captured a missionary near Beni."),
        // property destroyed: plantations, public works, vehicles
        Case(rule: "plantations destroyed", sub: "Looting/property destruction",
             text: "On 8 March 2022, unidentified men destroyed tea plantations belonging to villagers near Kericho."),
        Case(rule: "a stadium stand burned", sub: "Looting/property destruction",
             text: "On 8 March 2022, unknown people burnt the main tribune of the municipal stadium in Oyem."),
        // what is shot down or dismantled must be a weapon for its disruption; else property is destroyed
        Case(rule: "a reconnaissance drone shot down", sub: "Looting/property destruction",
             text: "On 8 March 2022, government forces shot down a surveillance drone over the Sirwah front in Marib."),
        Case(rule: "a drug lab dismantled", sub: "Looting/property destruction",
             text: "On 8 March 2022, federal police dismantled a methamphetamine lab near Culiacan."),
        Case(rule: "an armed drone shot down", sub: "Disrupted weapons use",
             text: "On 8 March 2022, government forces shot down an explosive-laden drone over the Sirwah front in Marib."),
        Case(rule: "bombs recovered", sub: "Disrupted weapons use",
             text: "On 8 March 2022, police recovered 20 crude bombs from an abandoned house in Bankura."),
    ]

    @Test(arguments: cases)
    func codesTheSubEventType(_ c: Case) {
        let events = Self.extractor.extract(text: c.text, published: Self.published, context: .init(docID: "t", assumeEvent: true))
        #expect(events.first?.subEventType == c.sub)
    }

    /// A crime foiled is police work: no battle is reported ("thwarted" is a clash word otherwise).
    @Test func aThwartedSmugglingIsNoBattle() {
        #expect(Self.newsSubType("Coast guards have thwarted an attempt to smuggle 30 migrants to Lampedusa, the navy said.") == nil)
        #expect(Self.newsSubType("Soldiers thwarted an attack by militants on a checkpoint near Gao.") == "Armed clash")
    }

    /// "Deal" as a truce is the noun as written: "dealing drugs" and "drug dealers" share its stem
    /// but make no agreement.
    @Test func dealingDrugsIsNoAgreement() {
        let text = "On 8 March 2022, soldiers detained a man accused of dealing drugs in Recife."
        let events = Self.extractor.extract(text: text, published: Self.published, context: .init(docID: "t", assumeEvent: true))
        #expect(events.first?.subEventType != "Agreement")
        let deal = "On 8 March 2022, the two sides signed a deal to exchange prisoners in Marib."
        #expect(Self.extractor.extract(text: deal, published: Self.published, context: .init(docID: "t", assumeEvent: true)).first?.subEventType == "Agreement")
    }

    /// "people protested" is also the protesters' actor word: the longer phrase must still be read
    /// as a protest in news prose (no `assumeEvent`), not only name its actor.
    @Test func peopleWhoProtested_makeAProtest() {
        let text = "Hundreds of people protested in Dakar on Friday against the rising price of bread."
        #expect(Self.newsSubType(text) == "Peaceful protest")
    }

    /// Fires and storms destroy houses too: in news prose a destruction with no armed actor named
    /// is no event.
    @Test func aFireThatDestroysShelters_isNoEvent() {
        let text = "A fire destroyed more than 200 shelters in a camp near Cox's Bazar on Sunday."
        #expect(Self.newsSubType(text) == nil)
    }

    /// A war's count told over its whole length is no event (ACLED codes events, not counts): the
    /// period that names the war ("since fighting erupted") is no act either. A recent period
    /// ("since Monday") still tells the event.
    @Test(arguments: [
        ("Since fighting broke out in March, more than 4,000 people have been killed across the country, the UN said.", nil),
        ("Since the coup, soldiers have killed more than 900 people in the country, a monitoring group said.", nil),
        ("The fighting has killed at least 200 civilians in the province so far this year, according to a rights group.", nil),
        ("Since Monday, clashes between rival militias have killed 30 people in Misrata, medics said.", "Armed clash"),
    ] as [(String, String?)])
    func aCumulativeToll_isNoEvent(_ text: String, _ sub: String?) {
        #expect(Self.newsSubType(text) == sub)
    }

    /// What a protest asks for is no event, a rally to come has not happened, a crowd dispersed
    /// was gathered (news prose, no `assumeEvent`).
    @Test(arguments: [
        ("Thousands of people marched through Madrid on Saturday to demand a ceasefire in Gaza.", "Peaceful protest"),
        ("Students held a rally in Colombo calling for a peace deal with the rebels.", "Peaceful protest"),
        ("Police in Dhaka arrested 25 opposition activists ahead of a rally planned for Saturday.", "Arrests"),
        ("Police fired tear gas to disperse a crowd of opposition supporters in Kampala on Monday.", "Protest with intervention"),
    ] as [(String, String)])
    func aProtestsDemandAndItsDispersal(_ text: String, _ sub: String) {
        #expect(Self.newsSubType(text) == sub)
    }

    /// Not conflict events in news prose: "a fire at" is a blaze (not "fired at", which the
    /// lexicon's stems would match), a missile test-fired hits no one.
    @Test(arguments: [
        "A fire at a fuel depot in Lagos killed three workers on Sunday.",
        "North Korea test-fired two cruise missiles off its east coast on Wednesday, Seoul said.",
    ])
    func aBlazeOrAWeaponsTest_isNoEvent(_ text: String) {
        #expect(Self.newsSubType(text) == nil)
    }

    /// The words of war in politics, courts and business are no event in news prose; a ceasefire
    /// between states and real fighting with no actor named still are.
    @Test(arguments: [
        ("The opposition leader attacked the government's economic policy in a speech on Tuesday.", nil),
        ("The company is locked in a legal battle with regulators over the merger.", nil),
        ("Ministers clashed over the budget at a cabinet meeting on Wednesday.", nil),
        ("The two companies signed a deal to build a gas pipeline.", nil),
        ("Heavy fighting was reported on the outskirts of Bakhmut on Tuesday.", "Armed clash"),
        ("Armenia and Azerbaijan agreed to a ceasefire on Saturday after two days of fighting.", "Agreement"),
    ] as [(String, String?)])
    func aFigureOfSpeech_isNoEvent(_ text: String, _ sub: String?) {
        #expect(Self.newsSubType(text) == sub)
    }

    /// A fight that ends with a whole town taken is coded as the taking; positions, checkpoints or
    /// parts of a place taken in a fight are the fight (ACLED). A storm is weather.
    @Test(arguments: [
        ("Jihadists attacked the army and captured the town of Mahas after hours of fighting, residents said.", "Non-state actor overtakes territory"),
        ("The army retook the village of Kashma after fierce clashes with militants on Sunday.", "Government regains territory"),
        ("Militants attacked and overran two army checkpoints near Ghazni on Monday, killing eight soldiers.", "Armed clash"),
        ("Rebels captured parts of the city after heavy fighting with government troops.", "Armed clash"),
        ("A tropical storm destroyed dozens of homes along the coast of Mozambique on Monday.", nil),
    ] as [(String, String?)])
    func groundTakenInAFight(_ text: String, _ sub: String?) {
        #expect(Self.newsSubType(text) == sub)
    }

    /// The sub-event type of a news text's first event (no `assumeEvent`: it may report none).
    static func newsSubType(_ text: String) -> String? {
        extractor.extract(text: text, published: published, context: .init(docID: "t", assumeEvent: false)).first?.subEventType
    }

    /// A text in capitals is read, and there one actor's mention may overlap another's ("ISRAELI
    /// SOLDIERS" and "SOLDIERS"): choosing the agent must not fail on them.
    @Test func aTextInCapitalsWithOverlappingMentions_isCoded() {
        let text = "THE VILLAGER TRIED TO STOP ISRAELI SOLDIERS FROM DEMOLISHING HIS HOUSE. ALSO, SOLDIERS"
        #expect(Self.extractor.extract(text: text, published: Self.published, context: .init(docID: "t", assumeEvent: true)).count == 1)
    }

    /// The toll of a report with no act named counts (a strategic development would drop it).
    @Test func aTollWithNoActNamed_keepsItsDead() {
        let events = Self.extractor.extract(text: "On 8 March 2022, five soldiers were killed in Quetta.", published: Self.published,
                                            context: .init(docID: "t", assumeEvent: true))
        #expect(events.first?.fatalities == 5)
    }
}
