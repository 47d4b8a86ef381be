#!/usr/bin/env python3
"""Write Sources/SitrepExtract/Resources/actors.tsv from the hand-written tables below.

Format (contract, 6 tab-separated columns, '#' comment lines first):
    canonical  type  country  aliases  cameo  flags
type is one of state, rebel, political_militia, identity_militia, rioters,
protesters, civilians, external (ACLED inter codes 1-8 in that order).

All entries are written by the Sitrep team from general knowledge of the conflicts.
Usage: python3 scripts/gazetteer/make_actors.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "SitrepExtract", "Resources", "actors.tsv")

TYPES = ["state", "rebel", "political_militia", "identity_militia", "rioters",
         "protesters", "civilians", "external"]

# ---------------------------------------------------------------------------
# Per-country generic actors.
# country ; demonym(s) comma-separated ; ISO3 (CAMEO) ; period label for state forces
#   [; the day a new state took over: the rows end there (`until=`), and its successor's rows are in DATED]
COUNTRIES = """
Syria;syrian;SYR;2000-2024;2024-12-08
Iraq;iraqi;IRQ;2018-
Yemen;yemeni;YEM;2012-
Lebanon;lebanese;LBN;2021-
Israel;israeli;ISR;2022-
Palestine;palestinian;PSE;2006-
Turkey;turkish,turkiye's;TUR;2002-
Libya;libyan;LBY;2014-
Sudan;sudanese;SDN;2019-
South Sudan;south sudanese;SSD;2011-
Ukraine;ukrainian;UKR;2019-
Russia;russian;RUS;2000-
Belarus;belarusian;BLR;1994-
Myanmar;myanmar,burmese;MMR;2021-
Iran;iranian;IRN;1989-
Afghanistan;afghan;AFG;2004-2021;2021-08-15
Pakistan;pakistani;PAK;2022-
India;indian;IND;2014-
Bangladesh;bangladeshi;BGD;2024-
Somalia;somali;SOM;2022-
Mali;malian;MLI;2021-
Burkina Faso;burkinabe,burkinabè;BFA;2022-
Niger;nigerien;NER;2023-
Nigeria;nigerian;NGA;2023-
Chad;chadian;TCD;2021-
Cameroon;cameroonian;CMR;1982-
Democratic Republic of Congo;congolese;COD;2019-
Central African Republic;central african;CAF;2016-
Ethiopia;ethiopian;ETH;2018-
Eritrea;eritrean;ERI;1993-
Kenya;kenyan;KEN;2022-
Uganda;ugandan;UGA;1986-
Rwanda;rwandan;RWA;2000-
Burundi;burundian;BDI;2020-
Mozambique;mozambican;MOZ;2015-
Saudi Arabia;saudi;SAU;2015-
United Arab Emirates;emirati,uae;ARE;2004-
Jordan;jordanian;JOR;1999-
Egypt;egyptian;EGY;2014-
Tunisia;tunisian;TUN;2019-
Algeria;algerian;DZA;2019-
Morocco;moroccan;MAR;1999-
Azerbaijan;azerbaijani,azeri;AZE;2003-
Armenia;armenian;ARM;2018-
Georgia;georgian;GEO;2013-
United States;us,american,u.s.;USA;2021-
United Kingdom;british,uk;GBR;2024-
France;french;FRA;2017-
Germany;german;DEU;2021-
China;chinese;CHN;2012-
Venezuela;venezuelan;VEN;2013-
Colombia;colombian;COL;2022-
Mexico;mexican;MEX;2024-
Brazil;brazilian;BRA;2023-
El Salvador;salvadoran;SLV;2019-
Honduras;honduran;HND;2022-
Guatemala;guatemalan;GTM;2024-
Haiti;haitian;HTI;2021-
Ecuador;ecuadorian;ECU;2023-
Peru;peruvian;PER;2022-
Indonesia;indonesian;IDN;2024-
Philippines;philippine,filipino;PHL;2022-
Thailand;thai;THA;2023-
Sri Lanka;sri lankan;LKA;2024-
Nepal;nepali,nepalese;NPL;2022-
Kazakhstan;kazakh;KAZ;2019-
Tajikistan;tajik;TJK;1994-
Kyrgyzstan;kyrgyz;KGZ;2021-
Ghana;ghanaian;GHA;2025-
Sierra Leone;sierra leonean;SLE;2018-
Senegal;senegalese;SEN;2024-
Guinea;guinean;GIN;2021-
Benin;beninese;BEN;2016-
Togo;togolese;TGO;2005-
Cote d'Ivoire;ivorian;CIV;2011-
Zimbabwe;zimbabwean;ZWE;2017-
South Africa;south african;ZAF;2024-
Comoros;comorian;COM;2016-
Cyprus;cypriot;CYP;2023-
Jamaica;jamaican;JAM;2016-
Czech Republic;czech;CZE;2021-
Australia;australian;AUS;2022-
Kuwait;kuwaiti;KWT;2006-
Qatar;qatari;QAT;2013-
Bahrain;bahraini;BHR;1999-
Oman;omani;OMN;2020-
""".strip()

COUNTRY_EXTRA_MIL = {
    "Syria": "regime|assad regime|regime forces|regime troops|regime army|syrian army|syrian arab army|saa|government forces|pro-assad forces|pro-regime forces|assad forces|syrian regime|regime warplanes|regime helicopters|regime aircraft|regime artillery|barrel bombs|barrel bomb|tiger forces|25th division|4th division|fourth division|republican guard|syrian republican guard|air force intelligence|military intelligence|syrian air defence|syrian air defense|national defence forces|ndf",
    "Iraq": "iraqi forces|iraqi army|iraqi security forces|isf|iraqi military|iraqi troops|counter-terrorism service|counter terrorism service|cts|golden division|iraqi federal police|federal police|iraqi air force|iraqi aircraft|iraqi f-16|joint operations command|security media cell|iraqi intelligence",
    "Yemen": "pro-hadi forces|pro-hadi|hadi loyalists|pro-government troops|government troops|pro-plc forces|plc forces|yemeni government forces|pro-government forces|government forces|hadi forces|yemeni army|national army|legitimate government forces|presidential leadership council forces|army of the legitimate government|giants brigades loyal to the government|homeland shield forces|nation's shield forces",
    "Israel": "idf|israel defense forces|israel defence forces|israeli army|israeli forces|israeli military|israeli troops|israeli soldiers|israeli occupation forces|iof|occupation forces|occupation army|israeli warplanes|israeli jets|israeli aircraft|israeli drone|israeli airstrike|israeli airstrikes|israeli air force|iaf|israeli navy|israeli naval forces|israeli artillery|israeli tanks|golani brigade|givati brigade|shin bet|shabak|israeli special forces",
    "Russia": "russian warplanes|russian jets|russian airstrikes|russian aircraft|russian forces|russian army|russian troops|russian military|russian air force|russian aerospace forces|russian navy|russian black sea fleet|russian artillery|russian drones|russian missiles|russian occupation forces|occupiers|russian occupiers|russian shelling|russian strikes|moscow's forces",
    "Ukraine": "ukrainian forces|ukrainian army|ukrainian military|ukrainian troops|armed forces of ukraine|afu|zsu|kyiv forces|ukrainian armed formations|ukrainian drones|ukrainian militants|kyiv regime|ukrainian air force|territorial defence|territorial defense|azov brigade|azov regiment|sbu|security service of ukraine|hur|gur|ukrainian military intelligence|ukrainian navy",
    "Turkey": "turkish army|turkish forces|turkish military|turkish troops|turkish armed forces|tsk|turkish warplanes|turkish jets|turkish drones|turkish drone|turkish airstrikes|turkish artillery|turkish occupation forces|turkish occupation|bayraktar|turkish mit|mit|turkish intelligence",
    "Iran": "irgc|islamic revolutionary guard corps|revolutionary guards|revolutionary guard|pasdaran|quds force|iranian forces|iranian army|artesh|iranian military|iranian drones|iranian missiles|basij|basij militia",
    "Lebanon": "lebanese army|lebanese armed forces|laf|lebanese military|lebanese soldiers|lebanese troops",
    "Saudi Arabia": "saudi-led coalition|saudi coalition|arab coalition|coalition warplanes|coalition aircraft|coalition airstrikes|saudi warplanes|saudi jets|saudi airstrikes|saudi forces|saudi army|saudi border guards|saudi artillery|royal saudi air force",
    "United Arab Emirates": "emirati forces|uae forces|uae warplanes|emirati warplanes|uae drones",
    "United States": "us forces|u.s. forces|us military|u.s. military|american forces|us troops|u.s. troops|american troops|us army|pentagon|centcom|us central command|us-led coalition|u.s.-led coalition|international coalition|global coalition|coalition forces|operation inherent resolve|us warplanes|us airstrikes|u.s. airstrikes|us drone|u.s. drone|americans|africom|us navy|us marines",
    "Myanmar": "tatmadaw|myanmar military|myanmar army|junta|military junta|junta forces|junta troops|regime troops|sac|state administration council|military council|burmese army|myanmar air force|junta airstrikes|junta warplanes|junta artillery|light infantry battalion|lib",
    "Sudan": "saf|sudanese armed forces|sudanese army|sudan army|burhan's forces|sudanese air force",
    "Libya": "lna|libyan national army|haftar forces|haftar's forces|khalifa haftar forces|libyan arab armed forces|laaf|gna forces|gnu forces|government of national accord forces|government of national unity forces|tripoli forces|forces loyal to tripoli",
    "Somalia": "snaf|somali national army|sna|somali army|danab|somali special forces|somali government forces|ssf",
    "Ethiopia": "endf|ethiopian national defense force|ethiopian national defence force|ethiopian army|federal forces|ethiopian federal forces|ethiopian air force|ethiopian drone",
    "Democratic Republic of Congo": "fardc|congolese army|armed forces of the drc|drc army|congolese armed forces",
    "Mali": "fama|malian armed forces|malian army",
    "Burkina Faso": "burkinabe army|burkina army|burkinabe armed forces|defence and security forces|fds",
    "Nigeria": "nigerian army|nigerian military|nigerian troops|nigerian air force|naf|operation hadin kai|operation lafiya dole|operation safe haven|joint task force|jtf|dss|department of state services",
    "Niger": "nigerien army|fan|niger army",
    "Egypt": "egyptian army|egyptian forces|egyptian military",
    "Jordan": "jordanian army|jordanian forces|jordan armed forces|jaf|arab army|jordanian border guards|jordanian air force",
    "Pakistan": "pakistani army|pakistan army|pakistani military|pakistani forces|ispr|frontier corps|fc|pakistan air force|paf",
    "India": "indian army|indian forces|indian military|indian security forces|crpf|central reserve police force|bsf|border security force|assam rifles|itbp|indian air force",
    "Palestine": "palestinian authority security forces|pa security forces|pa forces|palestinian security forces|palestinian security services|pass|preventive security|palestinian police",
    "Venezuela": "fanb|venezuelan army|bolivarian national armed forces|gnb|national guard|bolivarian national guard|sebin",
    "Azerbaijan": "azerbaijani army|azerbaijani forces|azeri forces",
    "Armenia": "armenian army|armenian forces",
}

COUNTRY_EXTRA_POL = {
    "Iraq": "iraqi police|police forces|local police|iraqi federal police",
    "Israel": "israeli police|border police|israeli border police|magav|yamam|israel police",
    "Turkey": "turkish police|turkish gendarmerie|jandarma|gendarmerie|riot police",
    "Iran": "iranian police|faraja|naja|law enforcement command|morality police|guidance patrol|iranian security forces|iranian border guards",
    "Syria": "syrian police|regime police|criminal security|political security|state security|general security directorate",
    "Lebanon": "lebanese police|internal security forces|isf|general security|state security",
    "Myanmar": "myanmar police|myanmar police force|junta police",
    "Palestine": "palestinian police|pa police",
    "Egypt": "egyptian police|central security forces",
    "Pakistan": "pakistani police|ctd|counter terrorism department|levies",
    "Nigeria": "nigerian police|nigeria police force|npf|mopol|sars",
    "Mexico": "mexican police|guardia nacional|national guard",
    # Burundi's intelligence service (Service National de Renseignement) acts as political police
    "Burundi": "snr|national intelligence service|service national de renseignement|burundian intelligence",
}


GOVERNORSHIP = "governorship|provincial governor|district governor|governor's office|governor office"


def country_rows():
    rows = []
    for line in COUNTRIES.splitlines():
        name, dems, iso3, period, *ended = line.split(";")
        # a state that fell: its rows name events before that day only
        until = f"until={ended[0]}" if ended else ""
        dems = [d.strip() for d in dems.split(",") if d.strip()]
        low = name.lower()
        mil = []
        for d in dems:
            mil += [f"{d} army", f"{d} military", f"{d} forces", f"{d} troops", f"{d} soldiers",
                    f"{d} armed forces", f"{d} air force", f"{d} warplanes", f"{d} airstrikes",
                    f"{d} navy", f"{d} security forces", f"{d} servicemen", f"{d} military forces",
                    f"{d} military personnel",
                    # the weapons and movements of a state's forces name them ("Turkish shelling",
                    # "a Russian convoy"); abroad, ACLED's stand-in name applies (see `for=`)
                    f"{d} artillery", f"{d} shelling", f"{d} bombardment", f"{d} drones", f"{d} drone",
                    f"{d} drone strike", f"{d} drone strikes", f"{d} airstrike", f"{d} air strike", f"{d} air strikes",
                    f"{d} jets", f"{d} fighter jets", f"{d} warplane", f"{d} helicopters", f"{d} helicopter",
                    f"{d} missiles", f"{d} missile", f"{d} missile strike", f"{d} strike", f"{d} strikes",
                    f"{d} bomb", f"{d} bombs", f"{d} glide bomb", f"{d} glide bombs", f"{d} rockets", f"{d} tanks", f"{d} warships",
                    f"{d} gunboats", f"{d} column", f"{d} convoy", f"{d} military convoy", f"{d} patrol",
                    f"{d} patrols", f"{d} reinforcements", f"{d} military reinforcements", f"{d} special forces",
                    f"{d} air defence", f"{d} air defense", f"{d} air defences", f"{d} air defenses",
                    f"{d} air defence systems", f"{d} air defense systems"]
        # ACLED's own wording, which reports copy ("Military Forces of Russia kidnapped ...")
        mil += [f"{low} army", f"{low}'s army", f"{low}'s military", f"{low}'s forces", f"{low}'s troops",
                f"{low}'s shelling", f"{low}'s strikes", f"{low}'s airstrikes", f"{low}'s bombardment", f"military of {low}",
                f"armed forces of {low}", f"military forces of {low}", f"military forces of the {low}"]
        if name in COUNTRY_EXTRA_MIL:
            mil += COUNTRY_EXTRA_MIL[name].split("|")
        pol = []
        for d in dems:
            pol += [f"{d} police", f"{d} police forces", f"{d} policemen", f"{d} border guards"]
        pol += [f"{low} police", f"police forces of {low}", f"police forces of the {low}"]
        if name in COUNTRY_EXTRA_POL:
            pol += COUNTRY_EXTRA_POL[name].split("|")
        mil_name = f"Military Forces of {name} ({period})"
        pol_name = f"Police Forces of {name} ({period})"
        if name == "Palestine":
            mil_name = "Military Forces of Palestine (2006-)"
            pol_name = "Police Forces of Palestine (2006-)"
        rows.append((mil_name, "state", name, uniq(mil), iso3 + "MIL", until))
        rows.append((pol_name, "state", name, uniq(pol), iso3 + "COP", until))
        rows.append((f"Government of {name} ({period})", "state", name,
                     uniq([f"{d} government" for d in dems] + [f"{low} government",
                          f"government of {low}", f"{d} authorities" if dems else ""]),
                     iso3 + "GOV", until))
        # a governorship's measures are the government's (curfews, bans, closures); not a bare
        # "governor", who is as often a target or a candidate
        rows.append((f"Government of {name} ({period})", "state", name, GOVERNORSHIP,
                     iso3 + "GOV", ",".join(f for f in ["generic", until] if f)))
        prot = [f"{d} protesters" for d in dems] + [f"{d} demonstrators" for d in dems]
        rows.append((f"Protesters ({name})", "protesters", name,
                     uniq(["protesters", "protestors", "demonstrators", "demonstration",
                           "protest", "protests", "rally", "sit-in", "march", "marchers",
                           "strikers", "activists"] + prot), iso3 + "OPP", "generic"))
        rows.append((f"Rioters ({name})", "rioters", name,
                     uniq(["rioters", "riot", "rioting", "mob", "angry mob", "violent demonstrators",
                           "stone-throwers", "stone throwers", "youths threw stones", "clashes with protesters"]),
                     "", "generic"))
        rows.append((f"Civilians ({name})", "civilians", name,
                     uniq(["civilians", "civilian", "residents", "villagers", "farmers", "farmer",
                           "shepherd", "shepherds", "children", "child", "women", "woman", "man",
                           "men", "family", "families", "journalist", "journalists", "worker",
                           "workers", "students", "displaced people", "idps", "refugees",
                           "passers-by", "passersby", "teacher", "doctor", "medics", "paramedics",
                           "aid workers", "fishermen", "herders", "local residents", "inhabitants"]
                          + [f"{d} civilians" for d in dems] + [f"{d} civilian" for d in dems]),
                     iso3 + "CVL", "generic"))
        rows.append((f"Unidentified Armed Group ({name})", "political_militia", name,
                     uniq(["unidentified gunmen", "gunmen", "unknown gunmen", "armed men",
                           "unidentified armed men", "unidentified assailants", "unknown assailants",
                           "unknown attackers", "masked gunmen", "armed group", "unidentified armed group",
                           "militants", "unidentified militants", "attackers", "assailants",
                           "unknown persons", "unidentified persons", "armed assailants",
                           "unidentified gunman", "unknown gunman", "unidentified assailant", "unknown assailant",
                           "armed individuals", "unidentified individuals", "unknown individuals",
                           "unidentified armed individuals", "unknown armed men", "unidentified men", "unknown men",
                           "armed persons", "unidentified armed persons", "unknown perpetrators",
                           "unidentified perpetrators", "suspected militants",
                           "unidentified ied", "ied", "roadside bomb", "landmine", "explosive device",
                           "car bomb", "vbied", "sticky bomb", "unidentified drone"]),
                     "", "generic"))
        rows.append((f"Unidentified Communal Group ({name})", "identity_militia", name,
                     uniq(["tribesmen", "tribal gunmen", "clan militia", "clan members",
                           "communal militia", "villagers armed", "armed villagers", "family members",
                           "relatives"]), "", "generic"))
        rows.append((f"Private Security Forces ({name})", "external", name,
                     uniq(["private security", "security guards", "bodyguards", "guards"]), "", "generic"))
    return rows


def uniq(items):
    seen, out = set(), []
    # the tokenizer reads "Russia's" as "Russia" marked possessive: the alias without "'s" is the
    # key that text matches
    items = list(items) + [i.replace("'s ", " ") for i in items if "'s " in i]
    for i in items:
        i = i.strip().lower()
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return "|".join(out)


# ---------------------------------------------------------------------------
# Named actors: canonical ; type ; country ; aliases ; cameo ; flags
NAMED = r"""
# ---- Syria ----
# The US-led coalition against the Islamic State, and US forces operating with it in Syria and Iraq.
Global Coalition Against Daesh;external;Syria;global coalition|global coalition against daesh|global coalition forces|international coalition|international coalition forces|us-led coalition|u.s.-led coalition|us-led international coalition|anti-isis coalition|anti-is coalition|coalition forces|coalition troops|coalition warplanes|coalition aircraft|coalition helicopters|coalition patrol|operation inherent resolve|cjtf-oir|american forces|american troops|american patrol;USAMIL;for=United States
Global Coalition Against Daesh;external;Syria;coalition;USAMIL;generic
Global Coalition Against Daesh;external;Iraq;coalition;USAMIL;generic
Global Coalition Against Daesh;external;Iraq;global coalition|global coalition against daesh|global coalition forces|international coalition|international coalition forces|us-led coalition|u.s.-led coalition|us-led international coalition|anti-isis coalition|anti-is coalition|coalition forces|coalition troops|coalition warplanes|coalition aircraft|coalition helicopters|operation inherent resolve|cjtf-oir;USAMIL;for=United States
# Turkish forces and the Syrian factions fighting with them in the north-east since October 2019.
Operation Peace Spring;external;Syria;operation peace spring|peace spring|peace spring operation|peace spring area|peace spring forces;TURMIL;
Operation Peace Spring;external;Syria;OPS;TURMIL;case
Islamic State (Syria);rebel;Syria;islamic state|isis|isil|daesh|daish|da'esh|so-called islamic state|islamic state group|is militants|is fighters|isis militants|isis fighters|isis cells|is cells|isis sleeper cells|sleeper cells|islamic state militants|khalifa cells|wilayat al-sham|wilayat al-khayr|wilayat al-barakah|wilayat al-raqqa|wilayat halab|badia cells;SYRREB;
Islamic State (Syria);rebel;Syria;IS;SYRREB;case
Hayat Tahrir al-Sham;rebel;Syria;hts|hayat tahrir al-sham|hayat tahrir al sham|hay'at tahrir al-sham|tahrir al-sham|tahrir al sham|levant liberation committee|organization for the liberation of the levant|hts militants|hts fighters|al-fateh al-mubin operations room|fateh al-mubin|al-fath al-mubin|military operations command|deterrence of aggression|operation deterrence of aggression;SYRREB;
Jabhat al-Nusra;rebel;Syria;nusra|al-nusra|nusra front|al-nusra front|jabhat al-nusra|jabhat al nusra|jabhat fatah al-sham|jabhat fateh al-sham|jfs|al-qaeda in syria|al qaeda in syria;SYRREB;
Hurras al-Din;rebel;Syria;hurras al-din|hurras al din|hurras ad-din|hurras al-deen|guardians of religion|guardians of religion organization|tanzim hurras al-din;SYRREB;
Turkistan Islamic Party;rebel;Syria;tip|turkistan islamic party|turkestan islamic party|uyghur fighters|uighur fighters|east turkestan islamic movement|etim;SYRREB;
Ansar al-Tawhid;rebel;Syria;ansar al-tawhid|ansar al tawhid;SYRREB;
Free Syrian Army;rebel;Syria;fsa|free syrian army|free army;SYRREB;generic
# ACLED's name for Syrian rebels the report does not name
Opposition Rebels (Syria);rebel;Syria;opposition rebels|opposition fighters|rebel fighters|rebels|syrian rebels|armed opposition|opposition factions|rebel factions|opposition forces|insurgents|armed factions|militants|syrian opposition;SYRREB;generic
Syrian National Army;rebel;Syria;sna|jws|al-jaysh al-watani|al-jaysh al-watani al-suri|syrian national army|turkish-backed factions|turkish-backed forces|turkish-backed rebels|turkish-backed syrian national army|turkey-backed factions|ankara-backed factions|pro-turkish factions|pro-turkey factions|turkish-backed militias|tfsa|turkish-backed free syrian army|national army;SYRREB;
NLF: National Liberation Front;rebel;Syria;nlf|national liberation front|al-jabha al-wataniya lil-tahrir;SYRREB;
Ahrar al-Sham;rebel;Syria;aas|ahrar al-sham|ahrar al sham|harakat ahrar al-sham|ahrar al-sham islamic movement;SYRREB;
Faylaq al-Sham;rebel;Syria;faylaq al-sham|sham legion|failaq al-sham|al-sham corps|sham corps;SYRREB;
Jaysh al-Islam;rebel;Syria;jaysh al-islam|jaish al-islam|army of islam;SYRREB;
Jaysh al-Izza;rebel;Syria;jaysh al-izza|jaish al-izza|jaish al-ezza;SYRREB;
Nour al-Din al-Zenki Movement;rebel;Syria;zenki|nour al-din al-zenki|nour al-din zenki|nur al-din al-zenki;SYRREB;
Sultan Murad Division;rebel;Syria;sultan murad division|sultan murad brigade|sultan murad;SYRREB;
Hamza Division;rebel;Syria;hamza division|al-hamza division|hamzat division|firqat al-hamza;SYRREB;
Sultan Suleiman Shah Division;rebel;Syria;amshat|al-amshat|sultan suleiman shah|suleiman shah division;SYRREB;
Levant Front;rebel;Syria;levant front|al-jabha al-shamiya|jabha shamiya|shamiya front;SYRREB;
Ahrar al-Sharqiya;rebel;Syria;ahrar al-sharqiya|ahrar al-sharqiyah|ahrar sharqiya;SYRREB;
Jaysh al-Sharqiya;rebel;Syria;jaysh al-sharqiya|jaish al-sharqiya|sharqiya army|army of the east;SYRREB;
Faylaq al-Rahman;rebel;Syria;faylaq al-rahman|failaq al-rahman|al-rahman legion;SYRREB;
Southern Front;rebel;Syria;southern front|southern operations room|southern operation room;SYRREB;
Eighth Brigade;rebel;Syria;eighth brigade|8th brigade|al-liwa al-thamin|ahmad al-awda forces|awda's forces;SYRREB;
Syrian Free Army;rebel;Syria;syrian free army|maghawir al-thawra|revolutionary commando army|jaysh maghawir al-thawra|al-tanf rebels;SYRREB;
QSD: Syrian Democratic Forces;rebel;Syria;sdf|qsd|syrian democratic forces|kurdish-led forces|kurdish-led sdf|us-backed sdf|u.s.-backed sdf|kurdish-led syrian democratic forces|us-backed kurdish-led forces|kurdish forces|kurdish fighters|kurdish militia;SYRREB;
YPG: People's Protection Units;rebel;Syria;ypg|people's protection units|peoples protection units|kurdish ypg|ypg militia;SYRREB;
YPJ: Women's Protection Units;rebel;Syria;ypj|women's protection units|womens protection units;SYRREB;
Asayish;political_militia;Syria;asayish|asayesh|asayis|kurdish internal security|internal security forces of north and east syria|kurdish security forces|asayish forces;SYRREB;
Deir ez-Zor Military Council;rebel;Syria;deir ez-zor military council|deir ezzor military council|dmc|deir al-zour military council;SYRREB;
Manbij Military Council;rebel;Syria;manbij military council|mmc;SYRREB;
Syriac Military Council;identity_militia;Syria;syriac military council|mfs;SYRREB;
Arab Tribal Forces (Syria);identity_militia;Syria;tribal forces|arab tribal forces|tribal fighters|arab tribes|tribal militias|arab tribal militias|shaitat tribe|agidat tribe|ougaidat|baggara tribe|bedouin tribes|bedouin fighters|bedouin gunmen|tribal gunmen|clan fighters;SYRIMG;generic
Druze Militia (Syria);identity_militia;Syria;druze militia|druze fighters|druze gunmen|local druze factions|druze factions|men of dignity|rijal al-karama|men of dignity movement|sheikh al-karama forces|suwayda military council|sweida military council|druze armed groups;SYRIMG;
Alawite Militia (Syria);identity_militia;Syria;alawite militia|alawite gunmen|remnants of the former regime|regime remnants|former regime remnants|assad loyalists|pro-assad insurgents|coastal shield brigade|fulul;SYRIMG;
National Defence Forces;political_militia;Syria;national defence forces|national defense forces|ndf|popular committees|shabiha|shabbiha|pro-government militia|pro-regime militia|pro-government militias|pro-regime militias|loyalist militias;SYRPRO;
Liwa al-Quds;political_militia;Syria;liwa al-quds|al-quds brigade|quds brigade;SYRPRO;
Liwa Fatemiyoun;political_militia;Syria;fatemiyoun|fatimiyoun|liwa fatemiyoun|fatemiyoun brigade|afghan militia|afghan militias|afghan fighters;IRNPRO;
Liwa Zainebiyoun;political_militia;Syria;zainebiyoun|zeinabiyoun|liwa zainebiyoun|pakistani militia;IRNPRO;
Iran-backed militias (Syria);political_militia;Syria;iran-backed militias|iranian-backed militias|iranian militias|pro-iranian militias|pro-iran militias|iran-aligned militias|iranian-backed groups|iranian proxies|shiite militias|shia militias|foreign militias;IRNPRO;generic
Wagner Group;external;Russia;wagner|wagner group|pmc wagner|wagner mercenaries|russian mercenaries|wagnerites|africa corps|russia's africa corps|russian africa corps;RUSMIL;
Military Forces of Russia (2000-) Military Police;state;Russia;russian military police|russian patrol|russian patrols|russian military police patrol;RUSMIL;
Kurdish Youth;political_militia;Syria;revolutionary youth|ciwanen soresger|kurdish youth movement;SYRREB;
White Helmets;external;Syria;white helmets|syria civil defence|syrian civil defence|syria civil defense|syrian civil defense|civil defence team|civil defense team;SYRNGO;
# ---- Iraq ----
Islamic State (Iraq);rebel;Iraq;islamic state|isis|isil|daesh|daish|so-called islamic state|islamic state group|is militants|isis militants|isis remnants|daesh remnants|daesh terrorists|isis terrorists|terrorists|terrorist cells|is remnants|wilayat iraq|wilayat kirkuk|wilayat salahuddin|wilayat diyala|wilayat anbar|wilayat ninawa|isis cells|sleeper cells;IRQREB;
Islamic State (Iraq);rebel;Iraq;IS;IRQREB;case
Military Forces of Iraq (2018-) Popular Mobilization Forces;state;Iraq;pmf|pmu|popular mobilization forces|popular mobilisation forces|popular mobilization units|popular mobilisation units|hashd|hashd al-shaabi|al-hashd al-shaabi|hashd al-sha'bi|popular mobilization|popular mobilisation|popular crowd|hashd forces;IRQMIL;
Military Forces of Iraq (2018-) Tribal Mobilization Forces;state;Iraq;tmf|tribal mobilization|tribal mobilisation|tribal mobilization forces|hashd al-asha'iri|tribal hashd|sunni tribal fighters;IRQMIL;
Military Forces of Iraq (2018-) Kurdish Peshmerga;state;Iraq;peshmerga|pesh merga|kurdish peshmerga|peshmerga forces|kurdistan region forces|krg forces|kurdish regional government forces|zeravani|kurdish security forces|kurdistan region security council;IRQMIL;
Police Forces of Iraq (2018-) Asayish;state;Iraq;asayish|asayesh|kurdish asayish|kurdish security|sulaymaniyah asayish|erbil asayish;IRQCOP;
Government of Kurdistan Regional Government (Iraq);state;Iraq;krg|kurdistan regional government|kurdistan region government|erbil government;IRQGOV;
Kataib Hezbollah;political_militia;Iraq;kataib hezbollah|kata'ib hezbollah|kataib hizbollah|kh|hezbollah brigades;IRQPRO;
Asaib Ahl al-Haq;political_militia;Iraq;asaib ahl al-haq|asa'ib ahl al-haq|aah|ahl al-haq|khazali network|league of the righteous;IRQPRO;
Harakat Hezbollah al-Nujaba;political_militia;Iraq;nujaba|al-nujaba|harakat al-nujaba|harakat hezbollah al-nujaba|nujaba movement;IRQPRO;
Kataib Sayyid al-Shuhada;political_militia;Iraq;kataib sayyid al-shuhada|kata'ib sayyid al-shuhada|ksas;IRQPRO;
Badr Organization;political_militia;Iraq;badr|badr organization|badr organisation|badr brigades|badr corps;IRQPRO;
Saraya al-Salam;political_militia;Iraq;saraya al-salam|saraya al salam|peace brigades|peace companies|mahdi army|jaysh al-mahdi|sadrist militia|sadrists|sadr supporters|sadr movement;IRQPRO;
Islamic Resistance in Iraq;political_militia;Iraq;islamic resistance in iraq|iraqi islamic resistance|iraqi resistance|islamic resistance of iraq|iran-backed iraqi militias|iraqi militias|iran-backed militias|iranian-backed militias|rocket launchers|katyusha;IRQPRO;
Saraya Awliya al-Dam;political_militia;Iraq;saraya awliya al-dam|awliya al-dam|guardians of blood brigade;IRQPRO;
Ashab al-Kahf;political_militia;Iraq;ashab al-kahf|people of the cave|qasim al-jabbarin|rab'allah|usbat al-thaireen;IRQPRO;
Kataib Imam Ali;political_militia;Iraq;kataib imam ali|imam ali brigades;IRQPRO;
Shiite Tribal Militia (Iraq);identity_militia;Iraq;tribal clashes|tribal dispute|clan clashes|tribal conflict|tribal fighting|tribesmen|clan members|tribal gunmen;IRQIMG;generic
Yazidi Militia (Iraq);identity_militia;Iraq;ybs|sinjar resistance units|yazidi militia|yezidi militia|ezidkhan asayish|yazidi fighters;IRQIMG;
Al-Qaeda in Iraq;rebel;Iraq;al-qaeda in iraq|aqi|islamic state of iraq;IRQREB;
# ---- Turkey / PKK ----
PKK: Kurdistan Workers Party;rebel;Turkey;pkk|kurdistan workers' party|kurdistan workers party|pkk militants|pkk terrorists|separatist terrorist organization|terrorist organization pkk|hpg|people's defence forces|peoples defense forces|kck|pkk/kck|pkk/ypg|pkk/pyd|pkk terrorists neutralized|neutralized terrorists|terrorists were neutralized|kurdish militants|kurdish rebels|yja star;TURREB;
HBDH: Peoples' United Revolutionary Movement;rebel;Turkey;hbdh|peoples' united revolutionary movement|peoples united revolutionary movement|halklarin birlesik devrim hareketi;TURREB;
TAK: Kurdistan Freedom Falcons;rebel;Turkey;tak|kurdistan freedom falcons|kurdistan freedom hawks;TURREB;
PJAK: Free Life Party of Kurdistan;rebel;Iran;pjak|party of free life of kurdistan|free life party of kurdistan|kurdistan free life party;IRNREB;
DHKP-C: Revolutionary People's Liberation Party-Front;rebel;Turkey;dhkp-c|dhkpc|revolutionary people's liberation party-front;TURREB;
FETO: Gulen Movement;political_militia;Turkey;feto|gulenists|gulen movement|fethullah terrorist organization|fethullahist terrorist organization|hizmet;TUROPP;
Military Forces of Turkey (2002-) Gendarmerie;state;Turkey;jandarma|turkish gendarmerie|turkish gendarmes|village guards|korucu;TURMIL;
# ---- Yemen ----
# Saudi-led coalition operations in Yemen carry the operation's name in ACLED; flags for=COUNTRY:
# in this row's country the entry stands in for that foreign country's state forces.
# "the coalition" alone, where a coalition fights: a weaker mention than its full name
Operation Restoring Hope;external;Yemen;coalition;SAUMIL;generic
Operation Restoring Hope;external;Yemen;saudi-led coalition|saudi coalition|arab coalition|coalition warplanes|coalition aircraft|coalition airstrikes|coalition air raids|coalition jets|coalition drones|coalition forces|saudi-led coalition forces|saudi-led coalition warplanes|saudi-led coalition airstrikes|saudi-emirati coalition|coalition to restore legitimacy|operation restoring hope|operation decisive storm|saudi warplanes|saudi jets|saudi airstrikes|saudi forces|saudi army|saudi artillery|saudi military|saudi troops|royal saudi air force|saudi drones|emirati forces|uae forces|emirati warplanes|uae warplanes;SAUMIL;for=Saudi Arabia,for=United Arab Emirates
Military Forces of Yemen (2012-) Security Belt Forces;state;Yemen;security belt|security belt forces|security belt brigades|hizam al-amni;YEMMIL;
# ACLED codes the Houthi-run state forces since the Supreme Political Council (2016) as Yemen's
# military under that authority, not as a rebel group.
Military Forces of Yemen (2016-) Supreme Political Council;state;Yemen;houthis|houthi|houthi rebels|houthi militia|houthi militias|houthi forces|houthi fighters|ansar allah|ansarullah|ansar-allah|al-houthi|al-houthis|huthis|huthi|houthi group|iran-backed houthis|iranian-backed houthis|sanaa authorities|sanaa-based authorities|de facto authorities|supreme political council|spc|houthi-led|houthi drone|houthi drones|houthi missile|houthi missiles|houthi snipers|houthi sniper|houthi shelling|houthi gunmen|houthi supervisors|houthi militants|yemeni armed forces in sanaa|sanaa forces|houthi-run|pro-houthi forces|pro-houthi elements|houthi-affiliated forces|houthi-controlled army|sanaa government forces|houthi-affiliated army|houthi artillery|houthi army|houthi troops|houthi security forces|houthi police;YEMREB;
Southern Transitional Council;political_militia;Yemen;stc|southern transitional council|southern separatists|separatists|southern forces|southern resistance|southern armed forces|shabwani elite forces|shabwa defence forces|shabwa defense forces|shabwani elite|southern giants|uae-backed separatists|uae-backed stc|transitional council;YEMPRO;
Giants Brigades;political_militia;Yemen;giants brigades|al-amaliqa|amaliqa|amalika|al-amalika|giants brigade|southern giants brigades;YEMPRO;
National Resistance Forces;political_militia;Yemen;national resistance|national resistance forces|tareq saleh forces|tariq saleh forces|guards of the republic|republican guard|west coast forces|joint forces|joint forces on the west coast|tihama resistance|tihamah resistance;YEMPRO;
Popular Resistance (Yemen);political_militia;Yemen;popular resistance|popular resistance forces|resistance fighters|muqawama|pro-hadi militia|pro-government militia|tribal fighters loyal to the government;YEMPRO;generic
Islah Party Militia;political_militia;Yemen;islah militia|islah party militia|islah-affiliated forces|islah fighters|al-islah militia;YEMPRO;
AQAP: Al Qaeda in the Arabian Peninsula;rebel;Yemen;aqap|al-qaeda in the arabian peninsula|al qaeda in the arabian peninsula|al-qaida in the arabian peninsula|ansar al-sharia|al-qaeda|al qaeda|al-qaida|qaeda militants|al-qaeda militants|al-qaeda gunmen|al-qaeda fighters;YEMREB;
Islamic State (Yemen);rebel;Yemen;islamic state|isis|isil|daesh|is-yemen|islamic state in yemen|wilayat al-bayda|wilayat aden-abyan;YEMREB;
Islamic State (Yemen);rebel;Yemen;IS|IS militants|IS fighters;YEMREB;case
Tribal Militia (Yemen);identity_militia;Yemen;tribesmen|tribal gunmen|armed tribesmen|tribal militia|tribal fighters|tribal clashes|tribal dispute|murad tribe|abidah tribe|bani hushaysh|hashid tribesmen|bakil tribesmen|tribes;YEMIMG;generic
Hadrami Tribal Alliance;identity_militia;Yemen;hadramawt tribal alliance|hadrami tribal alliance|hadramawt tribes alliance|hadramout tribal confederation;YEMIMG;
# ---- Lebanon ----
Hezbollah;political_militia;Lebanon;hezbollah|hizbollah|hizballah|hizbullah|hizb allah|hezbollah fighters|hezbollah militants|hezbollah operatives|islamic resistance|islamic resistance in lebanon|the resistance|radwan force|radwan forces|radwan unit|hezbollah's radwan force|lebanese resistance|hezbollah drone|hezbollah drones|hezbollah rockets|hezbollah anti-tank|iran-backed hezbollah|party of god;LBNPRO;
Amal Movement;political_militia;Lebanon;amal|amal movement|harakat amal|afwaj al-muqawama al-lubnaniya|amal militia;LBNPRO;
Lebanese Forces Party;political_militia;Lebanon;lebanese forces|lebanese forces party|lf supporters|geagea supporters;LBNPRO;
Free Patriotic Movement;political_militia;Lebanon;free patriotic movement|fpm|aounists;LBNPRO;
Future Movement;political_militia;Lebanon;future movement|tayyar al-mustaqbal|hariri supporters;LBNPRO;
Progressive Socialist Party;political_militia;Lebanon;progressive socialist party|psp|jumblatt supporters;LBNPRO;
Al-Jamaa al-Islamiya;political_militia;Lebanon;al-jamaa al-islamiya|jamaa islamiya|islamic group|fajr forces|quwat al-fajr|al-fajr forces;LBNPRO;
Fatah al-Islam;rebel;Lebanon;fatah al-islam;LBNREB;
Syrian Social Nationalist Party;political_militia;Lebanon;ssnp|syrian social nationalist party;LBNPRO;
Lebanese Clan Militia;identity_militia;Lebanon;clan gunmen|clansmen|jaafar clan|zeaiter clan|tribal clashes|family dispute|family feud|revenge killing|blood feud|clan clashes;LBNIMG;generic
UNIFIL: United Nations Interim Force in Lebanon;external;Lebanon;unifil|un peacekeepers|un peacekeeping force|united nations interim force in lebanon|peacekeepers|blue helmets;UNO;
# ---- Israel / Palestine ----
Hamas Movement;political_militia;Palestine;hamas|hamas movement|islamic resistance movement|hamas militants|hamas fighters|hamas gunmen|hamas operatives|hamas terrorists|hamas police|hamas-run;PSEPRO;
Al-Qassam Brigades;political_militia;Palestine;qassam|al-qassam|qassam brigades|al-qassam brigades|izz ad-din al-qassam brigades|izz al-din al-qassam|ezzedine al-qassam brigades|ezzedeen al-qassam|hamas armed wing|hamas's armed wing|hamas military wing|nukhba|nukhba forces;PSEPRO;
PIJ: Palestinian Islamic Jihad;political_militia;Palestine;pij|islamic jihad|palestinian islamic jihad|islamic jihad movement|harakat al-jihad al-islami;PSEPRO;
Al-Quds Brigades;political_militia;Palestine;al-quds brigades|saraya al-quds|quds brigades|islamic jihad armed wing|jenin brigade|jenin battalion|tulkarm battalion|nablus battalion|balata battalion|nur shams battalion|qabatiya battalion;PSEPRO;
Fatah Movement;political_militia;Palestine;fatah|fatah movement|fatah party|fatah supporters;PSEPRO;
Al-Aqsa Martyrs' Brigades;political_militia;Palestine;al-aqsa martyrs brigades|al-aqsa martyrs' brigades|aqsa martyrs brigades|al-aqsa brigades|kataib shuhada al-aqsa|fatah armed wing;PSEPRO;
Lions' Den;political_militia;Palestine;lions' den|lions den|areen al-osud|arin al-usud|areen al-usud;PSEPRO;
PFLP: Popular Front for the Liberation of Palestine;political_militia;Palestine;pflp|popular front for the liberation of palestine|abu ali mustafa brigades;PSEPRO;
DFLP: Democratic Front for the Liberation of Palestine;political_militia;Palestine;dflp|democratic front for the liberation of palestine|national resistance brigades|omar al-qasim forces;PSEPRO;
Al-Nasser Salah al-Deen Brigades;political_militia;Palestine;popular resistance committees|prc|al-nasser salah al-deen brigades|nasser salah al-din brigades;PSEPRO;
Mujahideen Brigades;political_militia;Palestine;mujahideen brigades|mujahideen battalions;PSEPRO;
Palestinian Armed Factions;political_militia;Palestine;palestinian militants|palestinian gunmen|militants in gaza|gaza militants|palestinian factions|armed palestinians|palestinian armed groups|palestinian resistance|resistance factions|resistance fighters|rocket fire from gaza|rockets from gaza|joint operations room|joint operations room of the palestinian resistance factions|terrorists|terrorist cell|armed men|wanted men;PSEPRO;generic
Popular Forces (Gaza);political_militia;Palestine;popular forces|abu shabab|yasser abu shabab|abu shabab militia|abu shabab gang|counter-terrorism service gaza|israeli-backed militia;PSEPRO;
Settlers (Israel);identity_militia;Israel;settlers|israeli settlers|jewish settlers|extremist settlers|settler|settler militia|colonists|israeli colonists|hilltop youth|settler attack|armed settlers|settler gangs|settler rampage|price tag|jewish extremists|israeli extremists;ISRIMG;
Military Forces of Israel (2022-) Border Police;state;Israel;border police|israeli border police|magav|mag'av|border police officers;ISRCOP;
Military Forces of Israel (2022-) Shin Bet;state;Israel;shin bet|shabak|israel security agency|isa;ISRSPY;
Government of Israel (2022-) Civil Administration;state;Israel;civil administration|israeli civil administration|bulldozers|israeli bulldozers|demolition crews|israeli authorities|cogat;ISRGOV;
Protesters (Palestine);protesters;Palestine;palestinian protesters|palestinian demonstrators|protesters|demonstrators|marchers|great march of return|friday prayers protest|weekly protest|weekly demonstration|kafr qaddum protest;PSEOPP;generic
Rioters (Palestine);rioters;Palestine;palestinian rioters|rioters|stone-throwers|stone throwers|youths threw stones|palestinian youths|molotov cocktails|firebombs|palestinians threw stones|confrontations|clashes erupted;PSE;generic
Rioters (Israel);rioters;Israel;israeli rioters|rioters|jewish rioters|far-right israelis|right-wing israelis|lehava;ISR;generic
# ---- Iran ----
Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps;state;Iran;irgc|islamic revolutionary guard corps|revolutionary guards|revolutionary guard corps|guards|sepah|pasdaran|irgc ground forces|irgc navy|irgc aerospace force|irgc-qf|quds force|quds forces;IRNMIL;
Military Forces of Iran (1989-) Basij;state;Iran;basij|basij militia|basijis|basij forces|plainclothes forces|plainclothes agents|plainclothes security;IRNMIL;
Jaish al-Adl;rebel;Iran;jaish al-adl|jaysh al-adl|army of justice|jundallah|jaish ul-adl;IRNREB;
KDPI: Kurdistan Democratic Party of Iran;rebel;Iran;kdpi|pdki|kurdistan democratic party of iran|democratic party of iranian kurdistan;IRNREB;
Komala;rebel;Iran;komala|komalah|komala party of iranian kurdistan;IRNREB;
PAK: Kurdistan Freedom Party;rebel;Iran;pak|kurdistan freedom party|parti azadi kurdistan;IRNREB;
MEK: Mujahedin-e Khalq;rebel;Iran;mek|mko|mujahedin-e khalq|people's mojahedin|pmoi|monafeqin|hypocrites;IRNREB;
Ansar al-Furqan;rebel;Iran;ansar al-furqan;IRNREB;
Arab Struggle Movement for the Liberation of Ahwaz;rebel;Iran;asmla|arab struggle movement for the liberation of ahvaz|ahwazi militants|al-ahwaziya;IRNREB;
Smugglers (Iran);identity_militia;Iran;kolbar|kolbars|kulbars|porters|fuel carriers|sukhtbar|sukhtbars|smugglers|fuel smugglers;IRN;generic
# ---- Afghanistan / Pakistan ----
# The Taliban are rebels until they take Kabul (15 August 2021); ACLED codes them as the state after (see DATED).
Taliban;rebel;Afghanistan;taliban|afghan taliban|taliban insurgents|taliban forces|taliban fighters|taliban militants;AFGREB;until=2021-08-15
Islamic State Khorasan Province;rebel;Afghanistan;iskp|is-k|isis-k|iskp militants|islamic state khorasan|islamic state khorasan province|islamic state-khorasan|wilayat khorasan|daesh-khorasan|islamic state;AFGREB;
Islamic State Khorasan Province;rebel;Afghanistan;ISK|IS|IS militants|IS fighters;AFGREB;case
NRF: National Resistance Front;rebel;Afghanistan;nrf|national resistance front|national resistance front of afghanistan|panjshir resistance|massoud's forces|resistance forces;AFGREB;
AFF: Afghanistan Freedom Front;rebel;Afghanistan;aff|afghanistan freedom front;AFGREB;
Haqqani Network;rebel;Afghanistan;haqqani network|haqqanis;AFGREB;
TTP: Tehrik-i-Taliban Pakistan;rebel;Pakistan;ttp|tehrik-i-taliban pakistan|tehreek-e-taliban pakistan|pakistani taliban|fitna al-khawarij|khawarij|khwarij|khariji|kharijis;PAKREB;
BLA: Balochistan Liberation Army;rebel;Pakistan;bla|balochistan liberation army|baloch liberation army|majeed brigade|fitna al-hindustan|baloch separatists|baloch insurgents;PAKREB;
BRA: Baloch Republican Army;rebel;Pakistan;bra|baloch republican army|balochistan republican army;PAKREB;
BLF: Balochistan Liberation Front;rebel;Pakistan;blf|balochistan liberation front|baloch liberation front;PAKREB;
Lashkar-e-Taiba;rebel;Pakistan;let|lashkar-e-taiba|lashkar-e-toiba|the resistance front|trf;PAKREB;
Jaish-e-Mohammed;rebel;Pakistan;jem|jaish-e-mohammed|jaish-e-muhammad|people's anti-fascist front|paff;PAKREB;
Hizbul Mujahideen;rebel;India;hizbul mujahideen|hizb-ul-mujahideen|hm;INDREB;
CPI (Maoist);rebel;India;maoists|naxals|naxalites|cpi (maoist)|cpi-maoist|communist party of india (maoist)|plga|red rebels|left-wing extremists;INDREB;
# ---- Libya ----
Military Forces of Libya (2014-) Libyan National Army;state;Libya;lna|libyan national army|haftar forces|haftar's forces|forces loyal to haftar|libyan arab armed forces|laaf|eastern forces|east-based forces|tariq bin ziyad brigade|tareq ben zeyad brigade|saiqa forces|al-saiqa;LBYMIL;
Military Forces of Libya (2021-) Government of National Unity;state;Libya;gnu forces|government of national unity|gna|government of national accord|gna forces|tripoli government forces|forces of the tripoli government|volcano of rage|burkan al-ghadab|dbeibah forces|presidential council forces;LBYMIL;
Radaa Special Deterrence Force;political_militia;Libya;rada|radaa|special deterrence force|deterrence force|deterrence apparatus for combating organized crime and terrorism|kara militia;LBYPRO;
Stability Support Authority;political_militia;Libya;ssa|stability support apparatus|stability support authority|ghneiwa militia|ghnewa;LBYPRO;
444th Brigade;political_militia;Libya;444 brigade|444th brigade|444th combat brigade;LBYPRO;
Nawasi Brigade;political_militia;Libya;nawasi brigade|nawasi;LBYPRO;
Tripoli Revolutionaries Brigade;political_militia;Libya;tripoli revolutionaries brigade|trb;LBYPRO;
Zawiya Militias;political_militia;Libya;zawiya militias|zawiya militia|zawiya armed groups|al-zawiya militias;LBYPRO;generic
Misrata Militias;political_militia;Libya;misrata militias|misratan forces|misrata brigades|al-mahjoub brigade|halbus brigade;LBYPRO;
Zintan Militias;political_militia;Libya;zintan militias|zintani forces|zintan brigades;LBYPRO;
Al-Kaniyat Militia;political_militia;Libya;kaniyat|al-kaniyat|kani brigade|kaniat;LBYPRO;
Tebu Militia (Libya);identity_militia;Libya;tebu|toubou|tubu|tebu militia|toubou fighters;LBYIMG;
Tuareg Militia (Libya);identity_militia;Libya;tuareg militia|libyan tuareg;LBYIMG;
Islamic State (Libya);rebel;Libya;islamic state|isis|isil|daesh|is-libya|wilayat barqa|wilayat tarabulus|wilayat fezzan;LBYREB;
Islamic State (Libya);rebel;Libya;IS|IS militants|IS fighters;LBYREB;case
Ansar al-Sharia (Libya);rebel;Libya;ansar al-sharia|benghazi revolutionaries shura council|shura council of benghazi revolutionaries|derna mujahideen shura council;LBYREB;
Chadian Rebels;rebel;Chad;fact|front for change and concord in chad|chadian rebels|chadian opposition fighters|ccmsr|ufr|union of resistance forces;TCDREB;
# ---- Sudan / South Sudan ----
RSF: Rapid Support Forces;political_militia;Sudan;rsf|rapid support forces|rapid support|janjaweed|janjawid|hemedti forces|hemeti forces|hemedti's forces|dagalo forces|paramilitary rsf|paramilitary rapid support forces|paramilitaries|rsf militia|rsf fighters|rsf militiamen|rsf drone|rsf drones;SDNPRO;
Sudan Shield Forces;political_militia;Sudan;sudan shield forces|dir al-sudan|shield forces|abu aqla keikal forces|keikal forces;SDNPRO;
Al-Baraa bin Malik Brigade;political_militia;Sudan;al-baraa bin malik|baraa bin malik brigade|al-bara ibn malik|baraa ibn malik battalion|islamist brigades|islamist militias|popular resistance|mobilized fighters|mustanfareen|mustanfarin|popular mobilization|armed popular resistance;SDNPRO;
SLM/A-MM: Sudan Liberation Movement/Army-Minni Minawi;rebel;Sudan;slm-mm|sla-mm|slm/a-mm|minni minawi|minawi faction|sudan liberation movement-minni minawi;SDNREB;
SLM/A-AW: Sudan Liberation Movement/Army-Abdul Wahid;rebel;Sudan;slm-aw|sla-aw|slm/a-aw|abdel wahid|abdul wahid faction|sudan liberation movement-abdel wahid|sudan liberation army;SDNREB;
JEM: Justice and Equality Movement;rebel;Sudan;jem|justice and equality movement|justice and equality movement (jem);SDNREB;
Joint Darfur Forces;rebel;Sudan;joint forces|joint force|darfur joint forces|joint protection force|armed movements|darfur armed movements|armed struggle movements|joint forces of the armed struggle movements;SDNREB;
SPLM-N: Sudan People's Liberation Movement-North;rebel;Sudan;splm-n|splm-north|spla-n|sudan people's liberation movement-north|abdelaziz al-hilu|al-hilu faction|splm-n (al-hilu);SDNREB;
Tribal Militia (Sudan);identity_militia;Sudan;arab militias|arab militiamen|arab tribal militias|misseriya|rizeigat|masalit|masalit militia|fur militia|zaghawa|nuba|hawazma|kenana|hausa|beja|beni amer|nuer|dinka|tribal clashes|tribal fighting|herders|nomads|armed herders;SDNIMG;generic
Military Forces of South Sudan (2011-);state;South Sudan;sspdf|south sudan people's defence forces|south sudan people's defense forces|spla|sudan people's liberation army|south sudanese army|government troops;SSDMIL;
SPLM/A-IO: Sudan People's Liberation Movement/Army in Opposition;rebel;South Sudan;splm-io|spla-io|splm/a-io|machar forces|riek machar forces|riek machar's forces|opposition forces|spla-io forces;SSDREB;
NAS: National Salvation Front;rebel;South Sudan;nas|national salvation front|thomas cirillo forces|nsf;SSDREB;
White Army;identity_militia;South Sudan;white army|nuer white army|jiech mabor;SSDIMG;
Dinka Ethnic Militia (South Sudan);identity_militia;South Sudan;dinka militia|dinka youth|mathiang anyoor|gelweng|titweng|cattle keepers|cattle raiders|cattle raid|armed youth;SSDIMG;generic
Murle Ethnic Militia (South Sudan);identity_militia;South Sudan;murle|murle youth|murle militia|murle raiders;SSDIMG;
UNMISS: United Nations Mission in South Sudan;external;South Sudan;unmiss|un mission in south sudan|un peacekeepers;UNO;
# ---- Ukraine / Russia ----
Military Forces of Russia (2000-) Rosgvardia;state;Russia;rosgvardia|rosgvardiya|national guard of russia|russian national guard|omon|sobr;RUSMIL;
Military Forces of Russia (2000-) FSB;state;Russia;fsb|federal security service|russian border guards|fsb border service;RUSSPY;
Akhmat Forces;state;Russia;akhmat|akhmat battalion|akhmat special forces|kadyrovites|kadyrovtsy|chechen forces|chechen fighters|kadyrov's forces;RUSMIL;
Military Forces of Russia (2000-) Donetsk People's Republic;state;Russia;dpr|dnr|donetsk people's republic|dpr forces|dpr militia|donetsk militia|people's militia of the dpr|dpr army|pro-russian separatists|separatists|russian-backed separatists|russian proxy forces|donetsk separatists;RUSMIL;
Military Forces of Russia (2000-) Luhansk People's Republic;state;Russia;lpr|lnr|luhansk people's republic|lpr forces|lpr militia|luhansk militia|people's militia of the lpr|luhansk separatists;RUSMIL;
Russian Volunteer Corps;rebel;Russia;rdk|russian volunteer corps|freedom of russia legion|legion freedom of russia|lsr|sibir battalion|polish volunteer corps|pro-ukrainian russian fighters;RUSREB;
Partisans (Ukraine);rebel;Ukraine;partisans|ukrainian partisans|atesh|atesh movement|resistance movement|underground resistance|yellow ribbon;UKRREB;
Military Forces of Ukraine (2019-) Territorial Defence;state;Ukraine;territorial defence forces|territorial defense forces|tro|volunteer battalions|international legion|georgian legion|kraken;UKRMIL;
Military Forces of Belarus (1994-);state;Belarus;belarusian army|belarusian forces|belarusian troops|belarus military;BLRMIL;
Military Forces of North Korea (2011-);state;North Korea;north korean troops|north korean soldiers|north korean forces|dprk troops|kpa|korean people's army;PRKMIL;
# ---- Myanmar ----
Military Forces of Myanmar (2021-) Pyu Saw Htee;political_militia;Myanmar;pyu saw htee|pyusawhtee|pro-junta militia|pro-military militia|junta-backed militia|junta-allied militia|people's militia|militia forces|border guard force|bgf|karen border guard force;MMRPRO;
PDF: People's Defense Force;rebel;Myanmar;pdf|people's defense force|people's defence force|peoples defence force|pdfs|local defense force|local defence force|ldf|resistance forces|resistance fighters|anti-junta forces|anti-regime forces|revolutionary forces|pro-democracy fighters|anti-coup fighters|nug forces|nug-led pdf|pa ka pha|pakapha|urban guerrillas|resistance groups;MMRREB;
NUG: National Unity Government;rebel;Myanmar;nug|national unity government|shadow government|parallel government;MMRREB;
KIA: Kachin Independence Army;rebel;Myanmar;kia|kio|kachin independence army|kachin independence organization|kachin rebels;MMRREB;
AA: Arakan Army;rebel;Myanmar;aa|arakan army|ula|united league of arakan|rakhine rebels;MMRREB;
MNDAA: Myanmar National Democratic Alliance Army;rebel;Myanmar;mndaa|myanmar national democratic alliance army|kokang army|kokang rebels;MMRREB;
TNLA: Ta'ang National Liberation Army;rebel;Myanmar;tnla|ta'ang national liberation army|taang national liberation army|palaung rebels;MMRREB;
Three Brotherhood Alliance;rebel;Myanmar;three brotherhood alliance|brotherhood alliance|northern alliance|operation 1027;MMRREB;
KNLA: Karen National Liberation Army;rebel;Myanmar;knla|knu|karen national union|karen national liberation army|karen rebels|knu/knla|kndo|karen national defense organization|karen national defence organisation;MMRREB;
KNDF: Karenni Nationalities Defense Force;rebel;Myanmar;kndf|karenni nationalities defense force|karenni nationalities defence force|karenni army|ka|karenni national progressive party|knpp|karenni rebels|karenni forces;MMRREB;
CNF/CNA: Chin National Front/Army;rebel;Myanmar;cnf|cna|chin national front|chin national army|chinland defense force|cdf|chin defense force|chin brotherhood|chinland council;MMRREB;
DKBA: Democratic Karen Buddhist Army;rebel;Myanmar;dkba|democratic karen buddhist army|democratic karen benevolent army;MMRREB;
SSPP/SSA: Shan State Progress Party/Shan State Army;rebel;Myanmar;sspp|ssa-n|shan state progress party|shan state army-north;MMRREB;
RCSS/SSA: Restoration Council of Shan State/Shan State Army;rebel;Myanmar;rcss|ssa-s|restoration council of shan state|shan state army-south;MMRREB;
UWSA: United Wa State Army;rebel;Myanmar;uwsa|united wa state army|wa army|uwsp;MMRREB;
ABSDF: All Burma Students' Democratic Front;rebel;Myanmar;absdf|all burma students' democratic front;MMRREB;
BPLA: Bamar People's Liberation Army;rebel;Myanmar;bpla|bamar people's liberation army;MMRREB;
PNLO: Pa-O National Liberation Organization;rebel;Myanmar;pnlo|pnla|pa-o national liberation organization|pa-o national liberation army;MMRREB;
PNO: Pa-O National Organization;political_militia;Myanmar;pno|pna|pa-o national organization|pa-o national army;MMRPRO;
ARSA: Arakan Rohingya Salvation Army;rebel;Myanmar;arsa|arakan rohingya salvation army|harakah al-yaqin;MMRREB;
RSO: Rohingya Solidarity Organization;rebel;Myanmar;rso|rohingya solidarity organization|rohingya solidarity organisation;MMRREB;
# ---- Sahel / West Africa ----
JNIM: Group for Support of Islam and Muslims;rebel;Mali;jnim|gsim|jama'at nusrat al-islam wal-muslimin|jamaat nusrat al-islam wal muslimin|group for the support of islam and muslims|support group for islam and muslims|al-qaeda affiliate|al qaeda affiliate|al-qaida affiliate|katiba macina|macina liberation front|ansar dine|al-mourabitoun|jihadists|jihadis|islamists|armed terrorist groups|terrorists|hany|hommes armés non identifiés;MLIREB;
Islamic State Sahel Province;rebel;Mali;is sahel|is-sahel|islamic state sahel|islamic state sahel province|issp|isgs|islamic state in the greater sahara|eigs|islamic state in greater sahara|islamic state;MLIREB;
Islamic State Sahel Province;rebel;Mali;IS|IS militants|IS fighters;MLIREB;case
CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad;rebel;Mali;csp|csp-psd|csp-dpa|fla|azawad liberation front|front de liberation de l'azawad|strategic framework|cma|coordination of azawad movements|mnla|hcua|tuareg rebels|azawad rebels|separatist rebels;MLIREB;
Dan Na Ambassagou;identity_militia;Mali;dan na ambassagou|dozo|dozos|dogon militia|dogon hunters|donso|donsos|traditional hunters;MLIIMG;
Fulani Ethnic Militia (Mali);identity_militia;Mali;fulani militia|peul militia|fulani|peul|fulani herders|fulani gunmen|armed fulani|fulbe;MLIIMG;generic
Military Forces of Burkina Faso (2022-) VDP;state;Burkina Faso;vdp|volunteers for the defense of the homeland|volunteers for the defence of the homeland|volontaires pour la défense de la patrie|homeland defense volunteers|army auxiliaries|civilian auxiliaries|bir|rapid intervention battalion;BFAMIL;
Koglweogo;identity_militia;Burkina Faso;koglweogo|kogl-weogo|self-defense group|self-defence group|self-defense militia|vigilantes;BFAIMG;generic
Islamic State West Africa Province;rebel;Nigeria;iswap|islamic state west africa province|islamic state west africa|iswa|isis west africa|daesh west africa|wilayat gharb afriqiya;NGAREB;
Islamic State West Africa Province;rebel;Nigeria;IS|IS militants|IS fighters;NGAREB;case
Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad;rebel;Nigeria;boko haram|jas|jama'atu ahlis sunna lidda'awati wal-jihad|shekau faction|bakura faction|boko haram terrorists|bhts|boko haram insurgents|insurgents|jihadists|terrorists;NGAREB;
Ansaru;rebel;Nigeria;ansaru|jama'atu ansarul muslimina fi biladis sudan;NGAREB;
Lakurawa;rebel;Nigeria;lakurawa|lakurawas;NGAREB;
# ACLED codes Nigeria's bandit gangs as an unidentified armed group, never as a named actor
Unidentified Armed Group (Nigeria);political_militia;Nigeria;bandits|armed bandits|bandit|bandit gang|bandit groups|bandit kingpin|gunmen|kidnappers|kidnap gang|cattle rustlers|rustlers|bello turji|turji's gang|dogo gide;NGAPRO;generic
Fulani Ethnic Militia (Nigeria);identity_militia;Nigeria;fulani herdsmen|fulani militia|herdsmen|armed herdsmen|suspected herdsmen|fulani gunmen|fulani bandits|fulani herders|herders;NGAIMG;generic
Civilian JTF;political_militia;Nigeria;cjtf|civilian jtf|civilian joint task force|yan gora|hunters|vigilantes|vigilante group|vigilance group|local vigilantes|community guards|hisbah|amotekun|western nigeria security network|ebube agu|forest guards|katsina community watch corps;NGAPRO;generic
IPOB: Indigenous People of Biafra;political_militia;Nigeria;ipob|indigenous people of biafra|esn|eastern security network|unknown gunmen|biafra separatists|biafran agitators|nnamdi kanu supporters;NGAPRO;
Niger Delta Militants;rebel;Nigeria;niger delta avengers|nda|mend|movement for the emancipation of the niger delta|niger delta militants|oil militants|sea pirates|pirates|cultists|cult groups|black axe|eiye|vikings;NGAREB;generic
Ambazonian Separatists;rebel;Cameroon;ambazonia|ambazonian separatists|ambazonia defence forces|ambazonia defense forces|adf cameroon|amba boys|amba fighters|separatist fighters|anglophone separatists|restoration forces;CMRREB;
# ---- Somalia / Horn ----
Al Shabaab;rebel;Somalia;al-shabaab|al shabaab|al-shabab|al shabab|shabaab|shabab|harakat al-shabaab al-mujahideen|hsm|khawarij|al-shabaab militants|al-shabaab fighters|islamist militants|jihadists|militants;SOMREB;
Islamic State (Somalia);rebel;Somalia;islamic state somalia|isis-somalia|is-somalia|islamic state in somalia|islamic state somalia province|isis somalia|daesh somalia;SOMREB;
Islamic State (Somalia);rebel;Somalia;IS|IS militants|IS fighters;SOMREB;case
Macawisley;identity_militia;Somalia;macawisley|ma'awisley|maawisley|clan militia|clan militias|clan fighters|local militias|community defense forces;SOMIMG;generic
Puntland Security Forces;state;Somalia;puntland forces|puntland security force|psf|puntland dervish force|darawiish|puntland army|puntland maritime police force|pmpf;SOMMIL;
Jubaland Security Forces;state;Somalia;jubaland forces|jubaland security forces|jubaland army|jubaland dervish;SOMMIL;
Military Forces of Somaliland;state;Somalia;somaliland army|somaliland forces|somaliland national army|somaliland troops;SOMMIL;
SSC-Khatumo;identity_militia;Somalia;ssc-khatumo|ssc khatumo|khatumo|dhulbahante militia|sool sanaag cayn;SOMIMG;
Hawiye Clan Militia (Somalia);identity_militia;Somalia;hawiye militia|habar gidir militia|abgaal militia|murusade militia|duduble militia|clan clashes|clan fighting|clan revenge;SOMIMG;generic
AUSSOM: African Union Support and Stabilization Mission in Somalia;external;Somalia;aussom|atmis|amisom|african union troops|au troops|african union mission|african union peacekeepers|au peacekeepers|ugandan troops|burundian troops|kenyan troops|ethiopian troops in somalia;AFR;
Fano Militia;identity_militia;Ethiopia;fano|fano militia|amhara militia|amhara fano|fano fighters|amhara special forces|amhara militiamen;ETHIMG;
OLA: Oromo Liberation Army;rebel;Ethiopia;ola|oromo liberation army|olf-sha|shene|shane|olf-ola|oromo rebels;ETHREB;
TPLF: Tigray People's Liberation Front;rebel;Ethiopia;tplf|tigray people's liberation front|tdf|tigray defense forces|tigray defence forces|tigrayan forces|tigrayan fighters|woyane;ETHREB;
Afar Regional Special Forces;state;Ethiopia;afar special forces|afar regional forces|afar militia;ETHMIL;
Somali Regional Special Forces;state;Ethiopia;liyu police|somali special police|somali region special police;ETHMIL;
Oromia Regional Special Forces;state;Ethiopia;oromia special forces|oromia police|oromia special police;ETHMIL;
Military Forces of Eritrea (1993-);state;Eritrea;eritrean forces|eritrean army|eritrean troops|eritrean defence forces|edf|eritrean soldiers;ERIMIL;
# ---- DRC / Great Lakes ----
M23: March 23 Movement;rebel;Democratic Republic of Congo;m23|march 23 movement|mouvement du 23 mars|m23 rebels|afc/m23|afc|congo river alliance|alliance fleuve congo|rwanda-backed m23|rwandan-backed m23;CODREB;
ADF: Allied Democratic Forces;rebel;Democratic Republic of Congo;adf|allied democratic forces|adf-nalu|iscap|islamic state central africa province|islamic state central africa|iscap fighters|madina at tauheed wau mujahedeen|mtm|islamic state congo|isis congo;CODREB;
CODECO: Cooperative for the Development of Congo;identity_militia;Democratic Republic of Congo;codeco|cooperative for the development of congo|codeco militia|urdpc|lendu militia;CODIMG;
Zaire Militia;identity_militia;Democratic Republic of Congo;zaire militia|zaïre|self-defense group zaire|hema militia;CODIMG;
Wazalendo;political_militia;Democratic Republic of Congo;wazalendo|vdp|volunteers for the defence of the homeland|pro-government militias|patriotic militias|resistants wazalendo;CODPRO;
Mai-Mai Militia;identity_militia;Democratic Republic of Congo;mai-mai|mai mai|mayi-mayi|mayi mayi|mai-mai militia|mai-mai yakutumba|mai-mai mazembe|mai-mai kifuafua|nyatura|apcls|ndc-r|nduma defence of congo|raia mutomboki|twa militia|mobondo|mobondo militia|luba militia;CODIMG;generic
FDLR: Democratic Forces for the Liberation of Rwanda;rebel;Democratic Republic of Congo;fdlr|democratic forces for the liberation of rwanda|fdlr-foca|hutu rebels|hutu militia;CODREB;
CRP: Convention for the Popular Revolution;rebel;Democratic Republic of Congo;crp|convention for the popular revolution|thomas lubanga militia;CODREB;
FRPI: Patriotic Resistance Force in Ituri;rebel;Democratic Republic of Congo;frpi|patriotic resistance force of ituri;CODREB;
Red Tabara;rebel;Burundi;red-tabara|red tabara|resistance for the rule of law in burundi;BDIREB;
MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo;external;Democratic Republic of Congo;monusco|un mission in congo|un peacekeepers|blue helmets;UNO;
Imbonerakure;political_militia;Burundi;imbonerakure|cndd-fdd youth wing|ruling party youth;BDIPRO;
Islamic State Mozambique Province;rebel;Mozambique;ismp|islamic state mozambique|al-shabaab mozambique|ahlu sunnah wal jamaa|ansar al-sunna|cabo delgado insurgents|mashababos|insurgents;MOZREB;
Islamic State Mozambique Province;rebel;Mozambique;IS|IS militants|IS fighters;MOZREB;case
# ---- Central Africa / other ----
UPC: Union for Peace in the Central African Republic;rebel;Central African Republic;upc|union for peace in central africa;CAFREB;
3R: Return, Reclamation, Rehabilitation;rebel;Central African Republic;3r|return reclamation rehabilitation;CAFREB;
CPC: Coalition of Patriots for Change;rebel;Central African Republic;cpc|coalition of patriots for change|coalition des patriotes pour le changement;CAFREB;
Anti-Balaka;identity_militia;Central African Republic;anti-balaka|antibalaka|anti balaka;CAFIMG;
Wagner Group Central African Republic;external;Central African Republic;russian instructors|russian paramilitaries;RUSMIL;
# ---- Gulf / other Middle East ----
Muslim Brotherhood (Egypt);political_militia;Egypt;muslim brotherhood|ikhwan|brotherhood supporters|hasm|hasm movement;EGYOPP;
Islamic State Sinai Province;rebel;Egypt;wilayat sinai|islamic state sinai|islamic state sinai province|ansar beit al-maqdis|sinai province;EGYREB;
Islamic State Sinai Province;rebel;Egypt;IS|IS militants|IS fighters;EGYREB;case
Union of Sinai Tribes;identity_militia;Egypt;union of sinai tribes|sinai tribes union|tarabin tribe militia;EGYIMG;
Tribal Militia (Jordan);identity_militia;Jordan;smugglers|drug smugglers|captagon smugglers|armed smugglers|weapons smugglers|infiltrators;JORIMG;generic
# ---- Latin America (generic gangs) ----
Gang (El Salvador);political_militia;El Salvador;ms-13|mara salvatrucha|barrio 18|18th street gang|gang members|pandilleros|maras|gangs;SLVPRO;generic
CJNG: Jalisco New Generation Cartel;political_militia;Mexico;cjng|jalisco cartel|jalisco new generation cartel|cartel jalisco nueva generacion;MEXPRO;
Sinaloa Cartel;political_militia;Mexico;sinaloa cartel|cartel de sinaloa|chapitos|los chapitos|la mayiza|mayos;MEXPRO;
# ACLED's name for a criminal group the report does not name
Unidentified Gang (Mexico);political_militia;Mexico;cartel members|cartel gunmen|sicarios|hitmen|organized crime|criminal group|criminal groups|drug traffickers|narcos|armed commando|commando;MEXPRO;generic
Gulf Cartel;political_militia;Mexico;gulf cartel|cartel del golfo|metros|escorpiones;MEXPRO;
Los Zetas;political_militia;Mexico;los zetas|zetas|zetas vieja escuela;MEXPRO;
Northeast Cartel;political_militia;Mexico;cartel del noreste|northeast cartel|cdn|tropa del infierno;MEXPRO;
La Familia Michoacana;political_militia;Mexico;la familia michoacana|familia michoacana|la nueva familia michoacana;MEXPRO;
Knights Templar Cartel;political_militia;Mexico;knights templar|caballeros templarios|los caballeros templarios;MEXPRO;
Beltran Leyva Organization;political_militia;Mexico;beltran leyva|beltran leyva organization|beltran-leyva cartel|blo;MEXPRO;
Juarez Cartel;political_militia;Mexico;juarez cartel|cartel de juarez|la linea;MEXPRO;
Santa Rosa de Lima Cartel;political_militia;Mexico;santa rosa de lima cartel|cartel de santa rosa de lima|csrl;MEXPRO;
Carteles Unidos;political_militia;Mexico;carteles unidos|united cartels|los viagras|viagras;MEXPRO;
Guerreros Unidos;political_militia;Mexico;guerreros unidos;MEXPRO;
Tijuana Cartel;political_militia;Mexico;tijuana cartel|cartel de tijuana|arellano felix organization;MEXPRO;
# Brazil's prison-born factions
CV: Red Command;political_militia;Brazil;comando vermelho|red command|cv;BRAPRO;
PCC: First Capital Command;political_militia;Brazil;primeiro comando da capital|first capital command|pcc;BRAPRO;
TCP: Pure Third Command;political_militia;Brazil;terceiro comando puro|pure third command|tcp;BRAPRO;
ADA: Friends of Friends;political_militia;Brazil;amigos dos amigos|friends of friends;BRAPRO;
# ---- United States: militias and white-supremacist groups ----
Patriot Front;political_militia;United States;patriot front;USAPRO;
Proud Boys;political_militia;United States;proud boys;USAPRO;
Oath Keepers;political_militia;United States;oath keepers;USAPRO;
Three Percenters;political_militia;United States;three percenters|3 percenters|iii%ers|three percent militia;USAPRO;
GDL: Goyim Defense League;political_militia;United States;goyim defense league|gdl;USAPRO;
NSC: Nationalist Social Club;political_militia;United States;nationalist social club|nsc-131|nsc 131;USAPRO;
KKK: Ku Klux Klan;political_militia;United States;ku klux klan|kkk|klan;USAPRO;
Atomwaffen Division;political_militia;United States;atomwaffen|atomwaffen division|national socialist order;USAPRO;
Boogaloo Bois;political_militia;United States;boogaloo bois|boogaloo boys|boogaloo movement;USAPRO;
Tren de Aragua;political_militia;Venezuela;tren de aragua|tda;VENPRO;
Colectivos (Venezuela);political_militia;Venezuela;colectivos|armed colectivos|pro-government colectivos|colectivo members;VENPRO;
ELN: National Liberation Army;rebel;Colombia;eln|national liberation army|ejercito de liberacion nacional;COLREB;
FARC Dissidents;rebel;Colombia;farc dissidents|emc|estado mayor central|segunda marquetalia|farc-ep dissidents|dissidents;COLREB;
Clan del Golfo;political_militia;Colombia;clan del golfo|gulf clan|agc|autodefensas gaitanistas|ejercito gaitanista de colombia|egc|urabeños;COLPRO;
Gangs (Haiti);political_militia;Haiti;g9|g-9|g-pep|gpep|barbecue|jimmy cherizier|gang members|armed gangs|gangs;HTIPRO;generic
# Haiti's named gangs and their coalition, as ACLED names them
Viv Ansanm;political_militia;Haiti;viv ansanm|viv ansanm coalition|viv ansanm gang coalition;HTIPRO;
400 Mawozo;political_militia;Haiti;400 mawozo|400 mawozo gang;HTIPRO;
Gran Grif;political_militia;Haiti;gran grif|gran grif gang;HTIPRO;
5 Segonn;political_militia;Haiti;5 segonn|5 segonn gang;HTIPRO;
Bwa Kale Vigilantes;identity_militia;Haiti;bwa kale|bwa kale movement|vigilantes|self-defense brigades;HTIIMG;generic
# ---- more Syria ----
Jaysh al-Fateh;rebel;Syria;jaysh al-fateh|jaish al-fatah|army of conquest|jaish al-fateh;SYRREB;
Jund al-Aqsa;rebel;Syria;jund al-aqsa|jund al aqsa|liwa al-aqsa;SYRREB;
Ajnad al-Sham;rebel;Syria;ajnad al-sham|ajnad al sham;SYRREB;
Jaysh al-Nasr;rebel;Syria;jaysh al-nasr|jaish al-nasr|army of victory;SYRREB;
Jaysh al-Ahrar;rebel;Syria;jaysh al-ahrar|jaish al-ahrar;SYRREB;
Fastaqim Kama Umirt;rebel;Syria;fastaqim|fastaqim kama umirt|fastaqim union;SYRREB;
Liwa al-Tawhid;rebel;Syria;liwa al-tawhid|tawhid brigade|al-tawhid brigade;SYRREB;
Suqour al-Sham;rebel;Syria;suqour al-sham|suqur al-sham|sham falcons;SYRREB;
Jaysh al-Mujahideen;rebel;Syria;jaysh al-mujahideen|jaish al-mujahideen|army of mujahideen;SYRREB;
Harakat Hazm;rebel;Syria;harakat hazm|hazm movement;SYRREB;
Jaysh al-Thuwar;rebel;Syria;jaysh al-thuwar|jaish al-thuwar|army of revolutionaries;SYRREB;
Jaysh al-Sunna;rebel;Syria;jaysh al-sunna|jaish al-sunna;SYRREB;
Mutasim Division;rebel;Syria;mutasim division|al-mutasim brigade|firqat al-mutasim;SYRREB;
Failaq al-Majd;rebel;Syria;failaq al-majd|faylaq al-majd|glory corps;SYRREB;
Jabhat Ansar al-Din;rebel;Syria;jabhat ansar al-din|ansar al-din front;SYRREB;
Saraya Ansar al-Sunna;rebel;Syria;saraya ansar al-sunna|ansar al-sunna brigades;SYRREB;
Liwa Shuhada al-Islam;rebel;Syria;liwa shuhada al-islam|martyrs of islam brigade|shuhada al-islam;SYRREB;
Lions of the East Army;rebel;Syria;usud al-sharqiya|lions of the east|jaysh usud al-sharqiya;SYRREB;
Desert Hawks Brigade;political_militia;Syria;desert hawks|suqour al-sahra|suqur al-sahara;SYRPRO;
Liwa al-Baqir;political_militia;Syria;liwa al-baqir|baqir brigade|al-baqir brigade;SYRPRO;
Qaterji Militia;political_militia;Syria;qaterji|qaterji militia|katerji;SYRPRO;
Ba'ath Brigades;political_militia;Syria;baath brigades|kataib al-baath|baath battalions;SYRPRO;
Military Forces of Syria (2000-2024) Military Security;state;Syria;military security|military security branch|branch 215|branch 235|palestine branch;SYRSPY;
Military Forces of Syria (2000-2024) Air Force Intelligence;state;Syria;air force intelligence|air force intelligence directorate|air intelligence;SYRSPY;
Hezbollah (Syria);political_militia;Syria;hezbollah in syria|lebanese hezbollah in syria|hezbollah fighters in syria;LBNPRO;
Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps (Syria);state;Syria;iranian advisers|iranian advisors|irgc advisers|iranian military advisers;IRNMIL;
Sutoro;political_militia;Syria;sootoro|sutoro police|syriac security office;SYRPRO;
Al-Bab Military Council;rebel;Syria;al-bab military council;SYRREB;
Northern Democratic Brigade;rebel;Syria;northern democratic brigade|liwa al-shamal al-dimuqrati;SYRREB;
Jabhat al-Akrad;rebel;Syria;jabhat al-akrad|kurdish front;SYRREB;
# ---- more Iraq ----
Kataib Jund al-Imam;political_militia;Iraq;kataib jund al-imam|jund al-imam;IRQPRO;
Saraya al-Khorasani;political_militia;Iraq;saraya al-khorasani|khorasani brigades|talia al-khorasani;IRQPRO;
Ansar Allah al-Awfiya;political_militia;Iraq;ansar allah al-awfiya|harakat ansar allah al-awfiya;IRQPRO;
Rapid Response Division;state;Iraq;rapid response division|rapid response forces|al-rad al-sari;IRQMIL;
KDP: Kurdistan Democratic Party;political_militia;Iraq;kdp|kurdistan democratic party|barzani's party|kdp peshmerga|unit 80;IRQPRO;
PUK: Patriotic Union of Kurdistan;political_militia;Iraq;puk|patriotic union of kurdistan|talabani's party|puk peshmerga|unit 70|counter-terrorism group|ctg;IRQPRO;
Tishreen Protest Movement;protesters;Iraq;tishreen protesters|october protesters|tishreen movement|october revolution protesters;IRQOPP;
Coordination Framework;political_militia;Iraq;coordination framework|shiite coordination framework|al-itar al-tansiqi;IRQPRO;
# ---- more Yemen ----
Abu al-Abbas Brigades;political_militia;Yemen;abu al-abbas brigades|kataib abu al-abbas|abu al-abbas;YEMPRO;
Hadrami Elite Forces;political_militia;Yemen;hadrami elite forces|nukhba al-hadramiya|hadramawt elite;YEMPRO;
Homeland Shield Forces;political_militia;Yemen;homeland shield forces|dir al-watan|nation's shield|dera al-watan;YEMPRO;
Military Forces of Yemen (2012-) 35th Armoured Brigade;state;Yemen;35th armoured brigade|35th brigade|35th armored brigade;YEMMIL;
# ---- more Israel/Palestine ----
Kahanists;identity_militia;Israel;kahanists|kach|lehava activists|jewish power supporters;ISRIMG;
Tubas Battalion;political_militia;Palestine;tubas battalion|tubas brigade|tammun battalion;PSEPRO;
Tulkarm Battalion;political_militia;Palestine;tulkarm battalion|rapid response tulkarm|tulkarem battalion;PSEPRO;
Palestinian Authority;state;Palestine;palestinian authority|pa|ramallah authorities|abbas government;PSEGOV;
Hamas Government (Gaza);state;Palestine;hamas-run government|gaza authorities|hamas authorities|de facto authorities in gaza|gaza interior ministry|gaza police|sahm unit|arrow unit|rade'a force;PSEGOV;
# ---- more Turkey ----
MLKP: Marxist-Leninist Communist Party;rebel;Turkey;mlkp|marxist-leninist communist party;TURREB;
TKP/ML: Communist Party of Turkey/Marxist-Leninist;rebel;Turkey;tkp/ml|tikko|tkp-ml;TURREB;
Islamic State (Turkey);rebel;Turkey;islamic state|isis|isil|daesh|deas|is cell in turkey;TURREB;
Islamic State (Turkey);rebel;Turkey;IS|IS militants|IS fighters;TURREB;case
Grey Wolves;political_militia;Turkey;grey wolves|bozkurtlar|ulkucu;TURPRO;
DEM Party Supporters;protesters;Turkey;dem party supporters|hdp supporters|hdp protesters|kurdish protesters|pro-kurdish protesters;TUROPP;
# ---- more Iran ----
Ansar Hezbollah (Iran);political_militia;Iran;ansar-e hezbollah|ansar hezbollah;IRNPRO;
Baluch Militants (Iran);rebel;Iran;baluch militants|baloch militants|baluchi gunmen|sunni baluch militants;IRNREB;
Islamic State (Iran);rebel;Iran;islamic state|isis-k|iskp|daesh;IRNREB;
Islamic State (Iran);rebel;Iran;IS|IS militants|IS fighters;IRNREB;case
# ---- more Afghanistan ----
Hizb-e-Islami;political_militia;Afghanistan;hizb-e-islami|hezb-e-islami|hizb-i-islami|hekmatyar's party;AFGPRO;
# ---- more Sahel / West Africa ----
Ansarul Islam;rebel;Burkina Faso;ansarul islam|ansaroul islam|ansar ul islam;BFAREB;
GATIA: Imghad Tuareg Self-Defense Group and Allies;political_militia;Mali;gatia|imghad tuareg self-defense group|imghad self-defence group;MLIPRO;
MSA: Movement for the Salvation of Azawad;political_militia;Mali;msa|movement for the salvation of azawad|mouvement pour le salut de l'azawad;MLIPRO;
Katiba Serma;rebel;Mali;katiba serma|serma brigade;MLIREB;
Yan Sakai;identity_militia;Nigeria;yan sakai|yansakai|hausa vigilantes;NGAIMG;
Miyetti Allah;political_militia;Nigeria;miyetti allah|macban|miyetti allah kautal hore;NGAPRO;
Mahmuda;rebel;Nigeria;mahmuda|mahmuda group;NGAREB;
# ---- more DRC / Great Lakes / Horn ----
Twirwaneho;identity_militia;Democratic Republic of Congo;twirwaneho|banyamulenge militia|gumino;CODIMG;
Raia Mutomboki;identity_militia;Democratic Republic of Congo;raia mutomboki|raia mutomboki militia;CODIMG;
Nyatura;identity_militia;Democratic Republic of Congo;nyatura|nyatura cmc|cmc/fdp|nyatura militia;CODIMG;
Bakata Katanga;identity_militia;Democratic Republic of Congo;bakata katanga|kata katanga;CODIMG;
FPIC: Patriotic and Integrationist Front of Congo;rebel;Democratic Republic of Congo;fpic|chini ya kilima|patriotic and integrationist front of congo;CODREB;
Military Forces of Rwanda (2000-) in DRC;state;Democratic Republic of Congo;rwandan troops|rwanda defence force|rdf|rwandan army|rwandan soldiers;RWAMIL;
Ahlu Sunna Wal Jama'a;identity_militia;Somalia;aswj|ahlu sunna wal jama'a|ahlu sunnah wal jamaa|ahlu sunna;SOMIMG;
Danab Brigade;state;Somalia;danab|danab brigade|danab special forces|lightning brigade;SOMMIL;
Gorgor Brigade;state;Somalia;gorgor|gorgor brigade|eagle brigade|haram'ad;SOMMIL;
# ---- more Sudan ----
SPLM-N (Agar);rebel;Sudan;splm-n agar|malik agar faction|splm-n (agar);SDNREB;
Sudan Liberation Forces Alliance;rebel;Sudan;sudan liberation forces alliance|slfa|tahir hajar;SDNREB;
Beja Congress;political_militia;Sudan;beja congress|beja nazirs|beja council|high council of beja nazirs;SDNPRO;
Misseriya Ethnic Militia (Sudan);identity_militia;Sudan;misseriya militia|misseriya tribesmen|messiria|misseriya arabs;SDNIMG;
Masalit Ethnic Militia (Sudan);identity_militia;Sudan;masalit militia|masalit fighters|masalit self-defence|masalit armed men;SDNIMG;
# ---- more Myanmar ----
ZRA: Zomi Revolutionary Army;rebel;Myanmar;zra|zomi revolutionary army;MMRREB;
KNA: Kuki National Army;rebel;Myanmar;kna|kuki national army|kuki militants;MMRREB;
MDA: Mandalay People's Defence Force;rebel;Myanmar;mandalay pdf|mdy-pdf|mandalay people's defence force;MMRREB;
# ---- South Asia parties and armed groups ----
BJP: Bharatiya Janata Party;political_militia;India;bjp|bharatiya janata party|bjp supporters|bjp workers|bjp activists;INDPTY;
INC: Indian National Congress;political_militia;India;congress party|indian national congress|congress workers|congress supporters;INDPTY;
AITC: All India Trinamool Congress;political_militia;India;tmc|trinamool|trinamool congress|all india trinamool congress|tmc workers|tmc supporters;INDPTY;
CPI(M): Communist Party of India (Marxist);political_militia;India;cpi(m)|cpm|communist party of india (marxist)|cpi-m|cpm workers;INDPTY;
AAP: Aam Aadmi Party;political_militia;India;aap|aam aadmi party|aap workers;INDPTY;
RSS: Rashtriya Swayamsevak Sangh;political_militia;India;rss|rashtriya swayamsevak sangh|rss workers;INDPTY;
Bajrang Dal;political_militia;India;bajrang dal|bajrang dal activists;INDPTY;
VHP: Vishva Hindu Parishad;political_militia;India;vhp|vishva hindu parishad|vishwa hindu parishad;INDPTY;
Meitei Ethnic Militia (India);identity_militia;India;meitei militia|meitei armed groups|arambai tenggol|meitei leepun|meitei mob;INDIMG;
Kuki Ethnic Militia (India);identity_militia;India;kuki militants|kuki militia|kuki-zo militants|kuki armed groups|village volunteers;INDIMG;
PTI: Pakistan Tehreek-e-Insaf;political_militia;Pakistan;pti|pakistan tehreek-e-insaf|pakistan tehreek-i-insaf|pti supporters|pti workers|imran khan supporters;PAKPTY;
PML-N: Pakistan Muslim League (Nawaz);political_militia;Pakistan;pml-n|pakistan muslim league-nawaz|pml(n);PAKPTY;
PPP: Pakistan Peoples Party;political_militia;Pakistan;ppp|pakistan peoples party|pakistan people's party;PAKPTY;
TLP: Tehreek-e-Labbaik Pakistan;political_militia;Pakistan;tlp|tehreek-e-labbaik pakistan|tehreek-i-labbaik;PAKPTY;
Awami League;political_militia;Bangladesh;awami league|awami league supporters|awami league activists|chhatra league|bangladesh chhatra league|bcl|jubo league;BGDPTY;
BNP: Bangladesh Nationalist Party;political_militia;Bangladesh;bnp|bangladesh nationalist party|bnp activists|chhatra dal|jatiyatabadi chhatra dal|jubo dal;BGDPTY;
Jamaat-e-Islami (Bangladesh);political_militia;Bangladesh;jamaat-e-islami|jamaat|shibir|islami chhatra shibir;BGDPTY;
# ---- Southeast Asia ----
NPA: New People's Army;rebel;Philippines;npa|new people's army|communist rebels|cpp-npa|red fighters;PHLREB;
MILF: Moro Islamic Liberation Front;rebel;Philippines;milf|moro islamic liberation front;PHLREB;
Abu Sayyaf Group;rebel;Philippines;abu sayyaf|asg|abu sayyaf group;PHLREB;
BIFF: Bangsamoro Islamic Freedom Fighters;rebel;Philippines;biff|bangsamoro islamic freedom fighters;PHLREB;
Dawlah Islamiyah;rebel;Philippines;dawlah islamiyah|maute group|maute|islamic state east asia;PHLREB;
TPNPB: West Papua National Liberation Army;rebel;Indonesia;tpnpb|west papua national liberation army|opm|free papua movement|papuan rebels|kkb|armed criminal group;IDNREB;
PULO: Patani United Liberation Organization;rebel;Thailand;pulo|patani united liberation organization|pattani united liberation organisation;THAREB;
BRN: Barisan Revolusi Nasional;rebel;Thailand;brn|barisan revolusi nasional|southern insurgents|malay muslim insurgents;THAREB;
# ---- Latin America ----
Chavistas;political_militia;Venezuela;chavistas|psuv supporters|psuv|pro-maduro|maduro supporters;VENPRO;
Venezuelan Opposition;protesters;Venezuela;opposition supporters|machado supporters|vente venezuela|plataforma unitaria;VENOPP;
# ---- Transnational / external / generic ----
Islamic State (International);rebel;;islamic state|isis|isil|daesh|so-called islamic state|islamic state group|islamic state central command;ISL;
Al Qaeda;rebel;;al-qaeda|al qaeda|al-qaida|al qaida|aq|al-qaeda central|aqim|al-qaeda in the islamic maghreb;ISL;
Unidentified Armed Group (International);political_militia;;unidentified gunmen|gunmen|unknown gunmen|armed men|militants|unidentified armed group|unidentified drone|unidentified aircraft|unknown aircraft|mystery airstrike|unidentified airstrike|unknown warplanes;;generic
Unidentified Military Forces;state;;unidentified warplanes|unidentified jets|unidentified military aircraft|unknown military aircraft|unidentified drone strike|foreign warplanes;;generic
Protesters (International);protesters;;protesters|protestors|demonstrators|activists|rally|march|strikers|students;;generic
Rioters (International);rioters;;rioters|mob|angry mob|looters|hooligans|football fans|supporters clashed;;generic
Civilians (International);civilians;;civilians|residents|villagers|aid workers|humanitarian workers|journalists|medical staff|health workers;;generic
Unidentified Criminal Group;political_militia;;criminals|criminal gang|robbers|armed robbers|thieves|drug dealers|smugglers|kidnappers|carjackers|bandits|gang;;generic
Sole Perpetrator;political_militia;;lone gunman|lone attacker|assailant|stabber|knife attacker|shooter|suicide bomber|suicide attacker|suicide car bomber|lone wolf;;generic
Labor Group;protesters;;workers|employees|labourers|laborers|trade union|union members|teachers|doctors|nurses|drivers|truckers|taxi drivers|farmers|retirees|pensioners;;generic
Prisoners;civilians;;prisoners|detainees|inmates|prison riot|captives|hostages|abductees;;generic
Refugees/IDPs;civilians;;refugees|displaced|idps|internally displaced|internally displaced persons|displaced persons|displaced families|camp residents|asylum seekers|migrants;;generic
Health Workers;civilians;;health workers|medical staff|medics|paramedics|doctors|nurses|ambulance crew|hospital staff;;generic
Journalists;civilians;;journalist|journalists|reporter|reporters|photojournalist|cameraman|media workers|press;;generic
Aid Workers;civilians;;aid workers|humanitarian workers|aid convoy|ngo staff|un staff|wfp staff|unrwa staff|humanitarian convoy;;generic
United Nations;external;;united nations|un|un agencies|un convoy|un staff;UNO;
UNDOF: United Nations Disengagement Observer Force;external;;undof|un disengagement observer force;UNO;
UNRWA: United Nations Relief and Works Agency;external;Palestine;unrwa|un relief and works agency|unrwa school|unrwa staff|unrwa facility;UNO;
NATO: North Atlantic Treaty Organization;external;;nato|north atlantic treaty organization|nato forces|alliance forces;NATO;
Private Security Contractors;external;;contractors|private military contractors|pmc|military contractors|security contractors|mercenaries|foreign mercenaries;;generic
Smugglers (International);political_militia;;smugglers|drug smugglers|human traffickers|traffickers|people smugglers;;generic
Pirates (Somalia);political_militia;Somalia;pirates|somali pirates|piracy|sea bandits|hijackers;SOMPRO;generic
"""


# Names that change side with a date: one more row of an actor generated above (so not in NAMED,
# whose canonical names replace the generated rows), valid from `since=` (inclusive) or up to
# `until=` (exclusive). Written from general knowledge of the conflicts.
DATED = r"""
# Syria after the fall of the Assad government (8 December 2024): the transitional government's
# forces, police and government. The demonym names the state of the day.
Military Forces of Syria (2024-);state;Syria;new syrian army|syrian transitional government forces|transitional government forces|interim government forces|new government forces|syrian government forces|ministry of defence forces|ministry of defense forces|mod forces|general security|general security service|general security forces|public security|internal security forces|hts-led government forces|caretaker government forces|syrian security forces|syrian army|syrian military|syrian forces|syrian troops|syrian soldiers|syrian armed forces|syrian air force|syrian military forces|syrian security forces|syrian artillery|syrian shelling|syrian drones|syrian drone strike|syrian airstrikes|syrian helicopters|syrian convoy|syrian patrol|syrian reinforcements|syria army|syria's army|syria's forces|military forces of syria|army of syria|government forces;SYRMIL;since=2024-12-08
Government of Syria (2024-);state;Syria;syrian transitional government|transitional government|syrian interim government|caretaker government|al-sharaa government|sharaa government|new syrian authorities|syrian authorities|damascus authorities|syrian government|government of syria|syria government;SYRGOV;since=2024-12-08
Government of Syria (2024-);state;Syria;GOVERNORSHIP;SYRGOV;generic,since=2024-12-08
Police Forces of Syria (2024-);state;Syria;syrian police|internal security|ministry of interior forces|interior ministry forces|general security|public security|syrian police forces|syrian policemen|syrian border guards|police forces of syria;SYRCOP;since=2024-12-08
# Afghanistan under the Taliban from the fall of Kabul (15 August 2021).
Military Forces of Afghanistan (2021-);state;Afghanistan;taliban|taliban forces|taliban fighters|taliban militants|taliban security forces|taliban government|taliban authorities|afghan taliban|islamic emirate|islamic emirate of afghanistan|iea|islamic emirate fighters|islamic emirate forces|afghan army|afghan military|afghan forces|afghan troops|afghan soldiers|afghan armed forces|afghan air force|afghan military forces|afghan security forces|afghan artillery|afghan shelling|afghan drones|afghan drone strike|afghan airstrikes|afghan helicopters|afghan convoy|afghan patrol|afghan reinforcements|afghanistan army|afghanistan's army|afghanistan's forces|military forces of afghanistan|army of afghanistan;AFGMIL;since=2021-08-15
Police Forces of Afghanistan (2021-);state;Afghanistan;afghan police|afghan police forces|afghan policemen|afghan border guards|afghanistan police|police forces of afghanistan|taliban police;AFGCOP;since=2021-08-15
Government of Afghanistan (2021-);state;Afghanistan;afghan government|afghanistan government|government of afghanistan|afghan authorities|taliban-led government|taliban administration;AFGGOV;since=2021-08-15
Government of Afghanistan (2021-);state;Afghanistan;GOVERNORSHIP;AFGGOV;generic,since=2021-08-15
"""


def named_rows(table=None):
    rows = []
    for line in (table or NAMED).strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split(";")
        if len(parts) != 6:
            sys.exit(f"bad row ({len(parts)} fields): {line}")
        canon, typ, country, aliases, cameo, flags = [p.strip() for p in parts]
        aliases = aliases.replace("GOVERNORSHIP", GOVERNORSHIP)
        if "case" in flags:
            rows.append((canon, typ, country, "|".join(a.strip() for a in aliases.split("|")), cameo, flags))
        else:
            rows.append((canon, typ, country, uniq(aliases.split("|")), cameo, flags))
    return rows


# Short aliases that are also ordinary words (or too short to match safely) are moved
# to a second row of the same actor flagged `case`, in the casing news copy uses.
# Catch-all words that many actors share: moved to a second row of the same actor
# flagged `generic`, so the engine can treat them as weaker evidence.
GENERIC_ALIASES = {"terrorists", "terrorist cells", "terrorist cell", "militants", "insurgents",
                   "jihadists", "jihadis", "islamists", "islamist militants", "armed terrorist groups",
                   "separatists", "rebels", "gunmen", "the resistance", "resistance fighters",
                   "resistance forces", "resistance groups", "tribesmen", "smugglers", "bandits",
                   "herders", "herdsmen", "junta", "military junta", "occupiers", "government forces",
                   "pro-government forces", "security forces", "federal forces", "joint forces",
                   "joint force", "popular resistance", "sleeper cells", "armed men", "wanted men",
                   "paramilitaries", "hunters", "vigilantes", "guards", "opposition forces",
                   "nomads", "armed youth", "pirates", "dissidents", "gangs", "gang members",
                   "armed gangs", "commando", "armed commando", "infiltrators", "kidnappers",
                   "the army", "army", "regime troops", "terrorists were neutralized",
                   "neutralized terrorists", "pkk terrorists neutralized", "tribal forces",
                   "islamic resistance", "cultists", "cult groups", "unknown gunmen"}
KEEP_INSENSITIVE = {"man", "men", "mob", "ied", "war", "tda"}
TITLE_CASE = {"amal": "Amal", "fano": "Fano", "atesh": "Atesh", "ansaru": "Ansaru"}
RISKY = {"mend", "pass", "hany", "afu", "zsu", "gur", "hur", "lib", "sac", "isa"}


def split_case_sensitive(rows):
    out = []
    for canon, typ, country, aliases, cameo, flags in rows:
        if "case" not in flags and "generic" not in flags:
            al = aliases.split("|")
            gen = [a for a in al if a in GENERIC_ALIASES]
            if gen and len(gen) < len(al):
                aliases = "|".join(a for a in al if a not in GENERIC_ALIASES)
                gflags = ",".join(["generic"] + [f for f in flags.split(",") if f])
                out.extend(split_case_sensitive([(canon, typ, country, "|".join(gen), cameo, gflags)]))
        if "case" in flags:
            out.append((canon, typ, country, aliases, cameo, flags))
            continue
        keep, case = [], []
        for a in aliases.split("|"):
            if a in TITLE_CASE:
                case.append(TITLE_CASE[a])
            elif a in RISKY or (len(a) <= 3 and " " not in a and a not in KEEP_INSENSITIVE):
                case.append(a.upper())
            else:
                keep.append(a)
        if keep:
            out.append((canon, typ, country, "|".join(keep), cameo, flags))
        if case:
            cflags = ",".join(["case"] + [f for f in flags.split(",") if f])
            out.append((canon, typ, country, "|".join(case), cameo, cflags))
    return out


# The Islamic State's names in news copy, shared by its country branches: ACLED codes the branch
# of the event's country (the engine picks the row of the event's country among an alias's rows),
# so every branch row carries them, and a country with no row of its own gets the International row.
ISLAMIC_STATE_NAMES = ("islamic state|isis|isil|daesh|daish|so-called islamic state|islamic state group|"
                       "is militants|is fighters|isis militants|isis fighters|islamic state militants|"
                       "islamic state fighters|islamic state jihadists|is jihadists|isis jihadists|"
                       "isis cells|is cells")
# country ; the branch ACLED names there (from general knowledge of the conflicts): ISWAP around
# Lake Chad, the Sahel Province in the tri-border area (Niger: its west, the larger share of its
# events), the Democratic Republic of Congo's branch under its older name, ADF; no country: the
# International row
ISLAMIC_STATE_BRANCHES = """
Syria;Islamic State (Syria)
Iraq;Islamic State (Iraq)
Yemen;Islamic State (Yemen)
Afghanistan;Islamic State Khorasan Province
Libya;Islamic State (Libya)
Mali;Islamic State Sahel Province
Burkina Faso;Islamic State Sahel Province
Niger;Islamic State Sahel Province
Nigeria;Islamic State West Africa Province
Cameroon;Islamic State West Africa Province
Chad;Islamic State West Africa Province
Somalia;Islamic State (Somalia)
Democratic Republic of Congo;ADF: Allied Democratic Forces
Mozambique;Islamic State Mozambique Province
Egypt;Islamic State Sinai Province
Turkey;Islamic State (Turkey)
Iran;Islamic State (Iran)
;Islamic State (International)
"""


def with_islamic_state_branches(rows):
    """Adds the shared Islamic State names to each branch's main row (a new row where the branch
    has none in that country), so the event's country picks the branch."""
    iso3 = {line.split(";")[0]: line.split(";")[2] for line in COUNTRIES.strip().splitlines()}
    rows = list(rows)
    for line in ISLAMIC_STATE_BRANCHES.strip().splitlines():
        country, canon = line.split(";")
        k = next((i for i, r in enumerate(rows) if r[0] == canon and r[2] == country and not r[5]), None)
        if k is None:
            rows.append((canon, "rebel", country, uniq(ISLAMIC_STATE_NAMES.split("|")), iso3[country] + "REB", ""))
        else:
            c, typ, ctry, aliases, cameo, flags = rows[k]
            rows[k] = (c, typ, ctry, uniq(aliases.split("|") + ISLAMIC_STATE_NAMES.split("|")), cameo, flags)
    return rows


def main():
    named = with_islamic_state_branches(named_rows())
    gen = country_rows()
    named_canon = {r[0] for r in named}
    # an alias given to a named actor is not also kept on the generated per-country rows
    named_alias = {(a, r[2]) for r in named for a in r[3].split("|")}
    gen2 = []
    for canon, typ, country, aliases, cameo, flags in gen:
        if canon in named_canon:
            # a hand-written row under a generated name ("Unidentified Armed Group (Nigeria)" for
            # bandits, "Military Forces of South Sudan (2011-)" for the SSPDF) keeps the generated
            # row's aliases too ("south sudan's army": without it, "Sudan's army" inside it named Sudan's)
            k = next((i for i, r in enumerate(named) if r[0] == canon and r[2] == country and (canon.startswith("Unidentified ") or not r[5])), None)
            if k is not None:
                c, t, ctry, al, cam, fl = named[k]
                named[k] = (c, t, ctry, uniq(al.split("|") + [a for a in aliases.split("|") if (a, country) not in named_alias]), cam, fl)
            continue
        kept = [a for a in aliases.split("|") if (a, country) not in named_alias]
        gen2.append((canon, typ, country, "|".join(kept), cameo, flags))
    rows = named + gen2 + named_rows(DATED)
    rows = split_case_sensitive(rows)
    out, seen = [], set()
    for canon, typ, country, aliases, cameo, flags in rows:
        if typ not in TYPES:
            sys.exit(f"bad type {typ} for {canon}")
        key = (canon, country, flags)
        if key in seen:
            sys.exit(f"duplicate canonical {canon}")
        seen.add(key)
        out.append("\t".join([canon, typ, country, aliases, cameo, flags]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Sitrep actor lexicon. Hand-written by the Sitrep team from general knowledge.\n")
        f.write("# Columns: canonical\ttype\tcountry\taliases\tcameo\tflags\n")
        f.write("# type: state|rebel|political_militia|identity_militia|rioters|protesters|civilians|external (ACLED inter 1-8)\n")
        f.write("# aliases are |-separated, lowercase, matched case-insensitively unless flags contains 'case'.\n")
        f.write("# flags: case = match aliases case-sensitively; generic = catch-all actor;\n")
        f.write("#   for=COUNTRY = in this row's country, the entry stands in for COUNTRY's state forces\n")
        f.write("#   (ACLED names the operation, e.g. Saudi forces in Yemen are Operation Restoring Hope);\n")
        f.write("#   since=YYYY-MM-DD / until=YYYY-MM-DD = the row names events on or after / before that day only.\n")
        f.write("# A canonical name may appear on more than one row (e.g. an extra case-sensitive 'IS' row).\n")
        for line in out:
            f.write(line + "\n")
    print(f"wrote {OUT}: {len(out)} rows")


if __name__ == "__main__":
    main()
