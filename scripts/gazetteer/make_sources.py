#!/usr/bin/env python3
"""Write Sources/SitrepExtract/Resources/sources.tsv from the hand-written table below.

Format (contract, 3 tab-separated columns, '#' comment lines first):
    name  kind  aliases
kind is one of state_media, pro_government, opposition, monitor, international,
wire, social_media, local.  Aliases are |-separated surface forms.
Usage: python3 scripts/gazetteer/make_sources.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "SitrepExtract", "Resources", "sources.tsv")
KINDS = {"state_media", "pro_government", "opposition", "monitor", "international",
         "wire", "social_media", "local"}

# name ; kind ; aliases ; affiliation (the side a source speaks for; see the header written below)
SOURCES = r"""
# ---- wires and international media ----
Reuters;wire;reuters|thomson reuters|reuters news agency;independent
Agence France-Presse;wire;afp|agence france-presse|agence france presse|france presse;independent
Associated Press;wire;ap|associated press|the associated press|(ap);independent
Deutsche Presse-Agentur;wire;dpa|deutsche presse-agentur|german press agency;independent
Anadolu Agency;state_media;anadolu|anadolu agency|anadolu ajansi;turkish_state
Xinhua;state_media;xinhua|xinhua news agency;chinese_state
TASS;state_media;tass|itar-tass|russian news agency tass;russian_state
RIA Novosti;state_media;ria novosti|ria-novosti;russian_state
Sputnik;state_media;sputnik|sputnik news|sputnik arabic;russian_state
RT (Russia Today);state_media;russia today|rt arabic|rt news;russian_state
Interfax;wire;interfax|interfax-ukraine;
# ---- national news agencies (general knowledge; only aliases that are no common word) ----
Press Trust of India;wire;pti|press trust of india;independent
Asian News International;wire;ani|asian news international;independent
Indo-Asian News Service;wire;ians|indo-asian news service;independent
Associated Press of Pakistan;state_media;associated press of pakistan;pakistani_state
Kuwait News Agency;state_media;kuna|kuwait news agency;gulf_state
Middle East News Agency;state_media;middle east news agency;egyptian_state
News Agency of Nigeria;state_media;news agency of nigeria;nigerian_state
Bernama;state_media;bernama;malaysian_state
Antara;state_media;antara news agency;indonesian_state
Yonhap;wire;yonhap|yonhap news agency;independent
Kyodo;wire;kyodo|kyodo news;independent
Qatar News Agency;state_media;qna|qatar news agency;gulf_state
Saudi Press Agency;state_media;saudi press agency;gulf_state
Emirates News Agency;state_media;wam|emirates news agency;gulf_state
Algerie Presse Service;state_media;algerie presse service|algeria press service;algerian_state
Philippine News Agency;state_media;philippine news agency;philippine_state
EFE;wire;agencia efe|efe news agency;independent
ANSA;wire;ansa;independent
Kenya News Agency;state_media;kenya news agency;kenyan_state
Ethiopian News Agency;state_media;ethiopian news agency;ethiopian_state
Bakhtar News Agency;state_media;bakhtar news agency;afghan_state
Ukrinform;state_media;ukrinform;ukrainian_state
UNIAN;local;unian;independent
BBC;international;bbc|bbc news|bbc arabic|bbc persian|bbc monitoring|bbc world service;independent
Al Jazeera;international;al jazeera|al-jazeera|aljazeera|al jazeera english|al jazeera arabic|aje;gulf_state
Al Arabiya;international;al arabiya|al-arabiya|alarabiya|al hadath|al-hadath;gulf_state
Sky News Arabia;international;sky news arabia|sky news arabiya;gulf_state
CNN;international;cnn|cnn arabic;independent
France 24;international;france 24|france24;independent
The New York Times;international;new york times|the new york times;independent
The Washington Post;international;washington post|the washington post;independent
The Guardian;international;the guardian newspaper|guardian newspaper;independent
Al-Monitor;international;al-monitor|al monitor;independent
Middle East Eye;international;middle east eye;
The National (UAE);international;the national news|abu dhabi-based the national;gulf_state
Asharq Al-Awsat;international;asharq al-awsat|asharq alawsat|al-sharq al-awsat;gulf_state
Al-Quds Al-Arabi;international;al-quds al-arabi|al quds al arabi;
The New Arab;international;the new arab|al-araby al-jadeed|al araby al jadeed|new arab;gulf_state
Voice of America;international;voa|voice of america;us_government
Radio Free Europe/Radio Liberty;international;rfe/rl|radio free europe|radio liberty|radio farda|radio azadi;us_government
Radio Free Asia;international;rfa|radio free asia;us_government
Kyiv Independent;local;kyiv independent|the kyiv independent;independent
Meduza;international;meduza;independent
Long War Journal;monitor;long war journal|fdd's long war journal;independent
Institute for the Study of War;monitor;isw|institute for the study of war|critical threats;independent
ACLED;monitor;acled|armed conflict location & event data project|armed conflict location and event data;independent
Airwars;monitor;airwars;independent
Bellingcat;monitor;bellingcat;independent
# ---- international organisations ----
United Nations;international;un|united nations|un spokesperson|un secretary-general|un security council;un
OCHA;international;ocha|un ocha|un office for the coordination of humanitarian affairs|office for the coordination of humanitarian affairs|reliefweb;un
World Health Organization;international;world health organization|world health organisation|who director-general|who chief;un
UNICEF;international;unicef|un children's fund;un
UNHCR;international;unhcr|un refugee agency|un high commissioner for refugees;un
UNRWA;international;unrwa|un relief and works agency;un
OHCHR;international;ohchr|un human rights office|un human rights|un human rights commissioner|office of the high commissioner for human rights;un
UN Human Rights Monitoring Mission in Ukraine;international;hrmmu|un human rights monitoring mission in ukraine;un
WFP;international;wfp|world food programme|world food program;un
IOM;international;iom|international organization for migration|displacement tracking matrix|dtm;un
ICRC;international;icrc|international committee of the red cross|red cross;independent
IFRC;international;ifrc|red crescent|international federation of red cross;independent
Syrian Arab Red Crescent;local;sarc|syrian arab red crescent;
Palestine Red Crescent Society;local;prcs|palestine red crescent|palestinian red crescent|palestinian red crescent society;
Magen David Adom;local;mda|magen david adom;
Medecins Sans Frontieres;international;msf|doctors without borders|medecins sans frontieres|médecins sans frontières;independent
Amnesty International;monitor;amnesty|amnesty international;independent
Human Rights Watch;monitor;hrw|human rights watch;independent
UNAMI;international;unami|un assistance mission for iraq;un
UNAMA;international;unama|un assistance mission in afghanistan;un
UNSMIL;international;unsmil|un support mission in libya;un
UNMISS;international;unmiss;un
MONUSCO;international;monusco;un
UNIFIL;international;unifil;un
OSCE Special Monitoring Mission;international;osce|osce smm|special monitoring mission;independent
# ---- Syria ----
SANA;state_media;sana|syrian arab news agency|syrian state news agency|syrian state media|state news agency sana;regime
Syrian TV;state_media;syrian tv|syrian state tv|syrian television|al-ikhbariya|ikhbariya|al ikhbariya syria;regime
Al-Watan (Syria);pro_government;al-watan|al watan|watan online;regime
Sham FM;pro_government;sham fm;regime
Al-Mayadeen;pro_government;al-mayadeen|al mayadeen|almayadeen;hezbollah
Al-Masdar News;pro_government;al-masdar news|al masdar news|amn;regime
Syrian Observatory for Human Rights;monitor;sohr|syrian observatory for human rights|syrian observatory|the observatory|uk-based syrian observatory|britain-based syrian observatory|war monitor;opposition
Syrian Network for Human Rights;monitor;snhr|syrian network for human rights;opposition
Local Coordination Committees;monitor;lcc|lccs|local coordination committees|local coordination committees of syria;opposition
Violations Documentation Center;monitor;vdc|violations documentation center;opposition
Syria Civil Defence;local;white helmets|syria civil defence|syrian civil defence|syria civil defense|syrian civil defense;opposition
Deir ez-Zor 24;local;deir ez-zor 24|deirezzor24|deir ezzor 24|deir ez zor 24;opposition
Euphrates Post;local;euphrates post;opposition
Raqqa is Being Slaughtered Silently;local;rbss|raqqa is being slaughtered silently;opposition
Step News Agency;opposition;step news|step news agency|step agency;opposition
Orient News;opposition;orient news|orient tv|orient net;opposition
Syria TV;opposition;syria tv|television syria|tv syria;opposition
Enab Baladi;opposition;enab baladi;opposition
Smart News Agency;opposition;smart news|smart news agency;opposition
Baladi News;opposition;baladi news;opposition
Nedaa Syria;opposition;nedaa syria;opposition
Ebaa News Agency;opposition;ebaa|ebaa news agency|ibaa;opposition
Amjad Foundation (HTS media);opposition;amjad foundation|amjad media;opposition
Suwayda 24;local;suwayda 24|sweida 24|suwayda24;
Horan Free League;local;horan free league|houran free league|tajammu ahrar horan;opposition
Daraa 24;local;daraa 24;
North Press Agency;local;north press|north press agency;kurdish
Hawar News Agency;local;hawar|hawar news|anha|hawar news agency;kurdish
Rudaw;local;rudaw|rudaw media network;kurdish
Kurdistan 24;local;kurdistan 24|k24;kurdish
SDF Press Center;local;sdf press center|sdf media center|sdf media office;kurdish
Syrian Defense Ministry;state_media;syrian defense ministry|syrian defence ministry|syrian interior ministry|syrian ministry of defense|syrian ministry of interior;regime
Amaq;state_media;amaq|amaq news agency|a'maq|al-naba|naba|is media|islamic state media;islamic_state
# ---- Iraq ----
Iraqi News Agency;state_media;iraqi news agency|ina news agency;iraqi_state
Al Iraqiya;state_media;al iraqiya|al-iraqiya|iraqiya tv;iraqi_state
Security Media Cell;state_media;security media cell|iraqi security media cell;iraqi_state
Joint Operations Command (Iraq);state_media;joint operations command|iraqi joint operations command;iraqi_state
Al Sumaria;local;al sumaria|al sumaria tv|alsumaria|sumaria news|alsumaria news;independent
Shafaq News;local;shafaq|shafaq news;independent
Baghdad Today;local;baghdad today;
Al Maloomah;pro_government;al maloomah|al-maalouma|almaalomah|al maalomah;iraqi_militia
Al Mada;local;al mada|al-mada|almada press;independent
Kurdistan Region Security Council;state_media;krsc|kurdistan region security council;kurdish
Sabereen News;pro_government;sabereen|sabereen news;iraqi_militia
Iraqi Observatory for Human Rights;monitor;iraqi observatory for human rights|iohr;independent
# ---- Yemen ----
Saba News Agency (Sanaa);state_media;saba|saba news|saba news agency|sabanews|houthi-run saba|houthi-run saba news agency|saba net;houthi
Saba News Agency (Aden);state_media;sabanew.net|saba (aden)|government-run saba|saba government;yemen_government
Al Masirah;pro_government;al masirah|al-masirah|almasirah|houthi-run al masirah|masirah tv;houthi
Yemen Today;pro_government;yemen today;
Al Mashhad Al Yemeni;local;al mashhad al yemeni;
Aden al-Ghad;local;aden al-ghad|aden al ghad|aden alghad;
Al Ayyam;local;al ayyam|al-ayyam;
26 September newspaper (Yemen);state_media;26sept|september net|26 september net|26 september newspaper|26sep.net;
Al Masdar Online;local;al masdar online|almasdar online;independent
South24;local;south24|south 24;stc
Aden Independent Channel;local;aic|aden independent channel;stc
Yemen Data Project;monitor;yemen data project|ydp;independent
Mwatana;monitor;mwatana|mwatana for human rights;independent
Civilian Impact Monitoring Project;monitor;cimp|civilian impact monitoring project;independent
Houthi Military Spokesman;pro_government;yahya saree|yahya sarea|houthi military spokesman;houthi
# ---- Palestine / Israel ----
WAFA;state_media;wafa|wafa news agency|palestinian news agency|palestine news and information agency;palestinian_authority
Gaza Health Ministry;local;gaza health ministry|hamas-run health ministry|health ministry in gaza|palestinian health ministry|ministry of health in gaza|gaza ministry of health;hamas
Gaza Government Media Office;local;government media office|gaza government media office|media office in gaza;hamas
Gaza Civil Defence;local;gaza civil defence|palestinian civil defence|civil emergency service;hamas
Al-Aqsa TV;pro_government;al-aqsa tv|al aqsa tv|al-aqsa;hamas
Palestinian Information Center;pro_government;palestinian information center|palinfo;hamas
Shehab News Agency;pro_government;shehab|shehab news|shehab news agency;hamas
Quds News Network;local;quds news network|qnn|quds news;
Ma'an News Agency;local;ma'an news agency|maan news|ma'an news;independent
Palestinian Centre for Human Rights;monitor;pchr|palestinian centre for human rights|palestinian center for human rights;independent
Al Mezan;monitor;al mezan|al-mezan|al mezan center for human rights;independent
B'Tselem;monitor;b'tselem|btselem;independent
Peace Now;monitor;peace now;independent
Yesh Din;monitor;yesh din;independent
Palestinian Prisoners' Society;monitor;palestinian prisoners' society|prisoners society|palestinian prisoners society;
Palestinian Commission of Detainees' Affairs;local;commission of detainees' affairs|detainees commission;palestinian_authority
Colonization and Wall Resistance Commission;local;colonization and wall resistance commission|cwrc|wall and settlement resistance commission;palestinian_authority
Euro-Med Monitor;monitor;euro-med monitor|euro-mediterranean human rights monitor|euromed monitor;
Israel Defense Forces (Spokesperson);state_media;idf spokesperson|idf spokesman|israeli military said|israeli army said|idf said|army spokesperson|avichay adraee;israeli_state
Times of Israel;local;times of israel;independent
Haaretz;local;haaretz;independent
Jerusalem Post;local;jerusalem post|jpost;independent
Ynet;local;ynet|ynetnews|yedioth ahronoth;independent
Kan (Israel);state_media;kan news|kan 11|israeli public broadcaster|public broadcaster kan;israeli_state
Channel 12 (Israel);local;channel 12|n12|keshet 12;independent
Israel Hayom;pro_government;israel hayom;israeli_state
# ---- Lebanon ----
National News Agency (Lebanon);state_media;nna|national news agency|lebanon's national news agency|lebanese state news agency;lebanese_state
L'Orient-Le Jour;local;l'orient-le jour|l'orient today|lorient today;independent
Al Manar;pro_government;al-manar|al manar|hezbollah's al-manar;hezbollah
Al Akhbar;pro_government;al-akhbar|al akhbar;hezbollah
Naharnet;local;naharnet;independent
LBCI;local;lbci|lbc;independent
MTV Lebanon;local;mtv lebanon;independent
Al Jadeed;local;al jadeed|al-jadeed|new tv;independent
Lebanese Army Command;state_media;lebanese army command|lebanese army statement;lebanese_state
Lebanese Health Ministry;state_media;lebanese health ministry|lebanon's health ministry|ministry of public health;lebanese_state
# ---- Turkey ----
Turkish Ministry of National Defense;state_media;turkish defense ministry|turkish defence ministry|turkish ministry of national defense|msb|national defense ministry;turkish_state
Turkish Interior Ministry;state_media;turkish interior ministry;turkish_state
TRT;state_media;trt|trt world|trt haber;turkish_state
Daily Sabah;pro_government;daily sabah|sabah newspaper;turkish_state
Hurriyet;local;hurriyet|hürriyet|hurriyet daily news;
Bianet;local;bianet;independent
Firat News Agency;opposition;anf|firat news agency|firat news|anf news;kurdish
Mezopotamya Agency;opposition;mezopotamya agency|mezopotamya ajansi;kurdish
Duvar;local;duvar|duvar english|gazete duvar;independent
Ihlas News Agency;local;iha news|ihlas news agency|ihlas;
Demiroren News Agency;local;dha news|demiroren news agency|dogan news agency;
# ---- Iran ----
IRNA;state_media;irna|islamic republic news agency;iranian_state
Tasnim News Agency;state_media;tasnim|tasnim news|tasnim news agency;iranian_state
Fars News Agency;state_media;fars news|fars news agency;iranian_state
Mehr News Agency;state_media;mehr news|mehr news agency;iranian_state
ISNA;state_media;isna|iranian students news agency;iranian_state
Press TV;state_media;press tv|presstv;iranian_state
IRIB;state_media;irib|iranian state tv|iranian state television;iranian_state
Iran International;opposition;iran international;
HRANA;monitor;hrana|human rights activists news agency|human rights activists in iran;independent
Hengaw;monitor;hengaw|hengaw organization for human rights;independent
Kurdistan Human Rights Network;monitor;khrn|kurdistan human rights network;independent
Haalvsh;monitor;haalvsh|halvash|baluch activists campaign;independent
Iran Human Rights;monitor;ihr|iran human rights|ihrngo;independent
# ---- Myanmar ----
Myanmar Now;opposition;myanmar now;independent
The Irrawaddy;opposition;irrawaddy|the irrawaddy;independent
Mizzima;opposition;mizzima;independent
Democratic Voice of Burma;opposition;dvb|democratic voice of burma;independent
Radio Free Asia Burmese;international;rfa burmese;us_government
Global New Light of Myanmar;state_media;global new light of myanmar|gnlm|new light of myanmar|myawaddy|mrtv;myanmar_state
Khit Thit Media;opposition;khit thit|khit thit media;
Assistance Association for Political Prisoners;monitor;aapp|assistance association for political prisoners;independent
Kachin News Group;local;kachin news group|kng;independent
Karen Information Center;local;karen information center|kic;independent
Shan Herald Agency for News;local;shan herald|shan herald agency for news|shan news;independent
Narinjara;local;narinjara;independent
Development Media Group;local;development media group|dmg;independent
BNI Online;local;bni|burma news international;independent
# ---- Ukraine / Russia ----
Ukrainian General Staff;state_media;general staff of the armed forces of ukraine|ukrainian general staff|general staff of ukraine's armed forces;ukrainian_state
Ukrainian Air Force;state_media;ukrainian air force said|air force of ukraine;ukrainian_state
Russian Ministry of Defence;state_media;russian defence ministry|russian defense ministry|russian ministry of defence|russian ministry of defense|russian mod;russian_state
Ukrainska Pravda;local;ukrainska pravda;independent
Suspilne;local;suspilne|suspilne news;independent
Oblast Military Administration;state_media;regional military administration|oblast military administration|city military administration;ukrainian_state
DeepState;monitor;deepstate|deepstatemap|deep state map;
Rybar;pro_government;rybar;russian_state
Telegram channels;social_media;telegram|telegram channel|telegram channels;
# ---- Africa ----
Garowe Online;local;garowe online;independent
Hiiraan Online;local;hiiraan|hiiraan online;independent
Radio Dalsan;local;radio dalsan|dalsan;independent
Shabelle Media Network;local;shabelle|radio shabelle|shabelle media network;independent
Somali National News Agency;state_media;sonna|somali national news agency;somali_state
Calamada;pro_government;calamada|somalimemo|al-kataib|shahada news;al_shabaab
Sudan Tribune;local;sudan tribune;independent
Radio Dabanga;local;dabanga|radio dabanga;independent
Sudan Doctors Network;monitor;sudan doctors network|sudanese doctors network|sudan doctors union|central committee of sudan doctors|sudanese doctors union;independent
Emergency Lawyers (Sudan);monitor;emergency lawyers|sudan emergency lawyers;independent
Sudan News Agency;state_media;suna|sudan news agency;sudanese_state
Premium Times;local;premium times|premium times nigeria;independent
Punch (Nigeria);local;punch newspapers|punch newspaper|punch nigeria;independent
Vanguard (Nigeria);local;vanguard nigeria|vanguard newspaper;independent
Daily Trust;local;daily trust;independent
Sahara Reporters;local;sahara reporters;independent
HumAngle;local;humangle;independent
Zagazola Makama;pro_government;zagazola|zagazola makama;nigerian_state
Radio Okapi;local;radio okapi;un
Actualite.cd;local;actualite.cd|actualite cd;independent
Kivu Security Tracker;monitor;kivu security tracker|kst;independent
Studio Tamani;local;studio tamani;independent
Menastream;monitor;menastream;independent
Wamaps;monitor;wamaps;independent
Addis Standard;local;addis standard;independent
# ---- Afghanistan / South Asia ----
Tolo News;local;tolo|tolonews|tolo news;independent
Pajhwok Afghan News;local;pajhwok|pajhwok afghan news;independent
Amu TV;opposition;amu tv;independent
Afghanistan International;opposition;afghanistan international;
Khaama Press;local;khaama|khaama press;independent
Dawn (Pakistan);local;dawn news|dawn newspaper|dawn.com;independent
The Express Tribune;local;express tribune|the express tribune;independent
Greater Kashmir;local;greater kashmir;independent
# ---- Latin America ----
El Universal;local;el universal;independent
Milenio;local;milenio;independent
La Prensa Grafica;local;la prensa grafica|la prensa gráfica;independent
El Tiempo;local;el tiempo;independent
Efecto Cocuyo;local;efecto cocuyo;independent
Observatorio Venezolano de Conflictividad Social;monitor;ovcs|observatorio venezolano de conflictividad social;independent
# ---- social media and generic ----
X (Twitter);social_media;twitter|tweet|tweeted|posted on x|wrote on x|said on x;
Facebook;social_media;facebook|facebook page|facebook post;
Telegram app;social_media;telegram messaging app;
YouTube;social_media;youtube;
TikTok;social_media;tiktok;
Instagram;social_media;instagram;
WhatsApp;social_media;whatsapp;
Activists (unspecified);social_media;activists said|local activists|activists reported|opposition activists;
Local sources (unspecified);local;local sources|local source|residents said|eyewitnesses|witnesses|medical sources|security sources|a security source|military source|tribal sources|local media|media reports;
"""


def main():
    rows, seen = [], set()
    for line in SOURCES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) != 4:
            sys.exit(f"bad row: {line}")
        name, kind, aliases, affiliation = parts
        if kind not in KINDS:
            sys.exit(f"bad kind {kind}: {line}")
        if name in seen:
            sys.exit(f"duplicate source {name}")
        seen.add(name)
        al, s = [], set()
        for a in aliases.split("|"):
            a = a.strip()
            if a and a.lower() not in s:
                s.add(a.lower())
                al.append(a)
        rows.append("\t".join([name, kind, "|".join(al), affiliation]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Sitrep news sources, monitors and claimants. Hand-written by the Sitrep team.\n")
        f.write("# Columns: name\tkind\taliases\taffiliation\n")
        f.write("# kind: state_media|pro_government|opposition|monitor|international|wire|social_media|local\n")
        f.write("# aliases are |-separated surface forms, matched case-insensitively.\n")
        f.write('# affiliation: regime|opposition|kurdish|russian_state|turkish_state|iranian_state|israeli_state|gulf_state|islamic_state|hezbollah|houthi|yemen_government|ukrainian_state|chinese_state|us_government|coalition|un|independent, or another <side> token (e.g. iraqi_state, iraqi_militia, hamas, palestinian_authority, stc); empty = unknown/unsure.\n')
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
