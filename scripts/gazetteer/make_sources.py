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

# name ; kind ; aliases
SOURCES = r"""
# ---- wires and international media ----
Reuters;wire;reuters|thomson reuters|reuters news agency
Agence France-Presse;wire;afp|agence france-presse|agence france presse|france presse
Associated Press;wire;ap|associated press|the associated press|(ap)
Deutsche Presse-Agentur;wire;dpa|deutsche presse-agentur|german press agency
Anadolu Agency;state_media;anadolu|anadolu agency|anadolu ajansi
Xinhua;state_media;xinhua|xinhua news agency
TASS;state_media;tass|itar-tass|russian news agency tass
RIA Novosti;state_media;ria novosti|ria-novosti
Sputnik;state_media;sputnik|sputnik news|sputnik arabic
RT (Russia Today);state_media;russia today|rt arabic|rt news
Interfax;wire;interfax|interfax-ukraine
Ukrinform;state_media;ukrinform
UNIAN;local;unian
BBC;international;bbc|bbc news|bbc arabic|bbc persian|bbc monitoring|bbc world service
Al Jazeera;international;al jazeera|al-jazeera|aljazeera|al jazeera english|al jazeera arabic|aje
Al Arabiya;international;al arabiya|al-arabiya|alarabiya|al hadath|al-hadath
Sky News Arabia;international;sky news arabia|sky news arabiya
CNN;international;cnn|cnn arabic
France 24;international;france 24|france24
The New York Times;international;new york times|the new york times
The Washington Post;international;washington post|the washington post
The Guardian;international;the guardian newspaper|guardian newspaper
Al-Monitor;international;al-monitor|al monitor
Middle East Eye;international;middle east eye
The National (UAE);international;the national news|abu dhabi-based the national
Asharq Al-Awsat;international;asharq al-awsat|asharq alawsat|al-sharq al-awsat
Al-Quds Al-Arabi;international;al-quds al-arabi|al quds al arabi
The New Arab;international;the new arab|al-araby al-jadeed|al araby al jadeed|new arab
Voice of America;international;voa|voice of america
Radio Free Europe/Radio Liberty;international;rfe/rl|radio free europe|radio liberty|radio farda|radio azadi
Radio Free Asia;international;rfa|radio free asia
Kyiv Independent;local;kyiv independent|the kyiv independent
Meduza;international;meduza
Long War Journal;monitor;long war journal|fdd's long war journal
Institute for the Study of War;monitor;isw|institute for the study of war|critical threats
ACLED;monitor;acled|armed conflict location & event data project|armed conflict location and event data
Airwars;monitor;airwars
Bellingcat;monitor;bellingcat
# ---- international organisations ----
United Nations;international;un|united nations|un spokesperson|un secretary-general|un security council
OCHA;international;ocha|un ocha|un office for the coordination of humanitarian affairs|office for the coordination of humanitarian affairs|reliefweb
World Health Organization;international;world health organization|world health organisation|who director-general|who chief
UNICEF;international;unicef|un children's fund
UNHCR;international;unhcr|un refugee agency|un high commissioner for refugees
UNRWA;international;unrwa|un relief and works agency
OHCHR;international;ohchr|un human rights office|un human rights|un human rights commissioner|office of the high commissioner for human rights
UN Human Rights Monitoring Mission in Ukraine;international;hrmmu|un human rights monitoring mission in ukraine
WFP;international;wfp|world food programme|world food program
IOM;international;iom|international organization for migration|displacement tracking matrix|dtm
ICRC;international;icrc|international committee of the red cross|red cross
IFRC;international;ifrc|red crescent|international federation of red cross
Syrian Arab Red Crescent;local;sarc|syrian arab red crescent
Palestine Red Crescent Society;local;prcs|palestine red crescent|palestinian red crescent|palestinian red crescent society
Magen David Adom;local;mda|magen david adom
Medecins Sans Frontieres;international;msf|doctors without borders|medecins sans frontieres|médecins sans frontières
Amnesty International;monitor;amnesty|amnesty international
Human Rights Watch;monitor;hrw|human rights watch
UNAMI;international;unami|un assistance mission for iraq
UNAMA;international;unama|un assistance mission in afghanistan
UNSMIL;international;unsmil|un support mission in libya
UNMISS;international;unmiss
MONUSCO;international;monusco
UNIFIL;international;unifil
OSCE Special Monitoring Mission;international;osce|osce smm|special monitoring mission
# ---- Syria ----
SANA;state_media;sana|syrian arab news agency|syrian state news agency|syrian state media|state news agency sana
Syrian TV;state_media;syrian tv|syrian state tv|syrian television|al-ikhbariya|ikhbariya|al ikhbariya syria
Al-Watan (Syria);pro_government;al-watan|al watan|watan online
Sham FM;pro_government;sham fm
Al-Mayadeen;pro_government;al-mayadeen|al mayadeen|almayadeen
Al-Masdar News;pro_government;al-masdar news|al masdar news|amn
Syrian Observatory for Human Rights;monitor;sohr|syrian observatory for human rights|syrian observatory|the observatory|uk-based syrian observatory|britain-based syrian observatory|war monitor
Syrian Network for Human Rights;monitor;snhr|syrian network for human rights
Local Coordination Committees;monitor;lcc|lccs|local coordination committees|local coordination committees of syria
Violations Documentation Center;monitor;vdc|violations documentation center
Syria Civil Defence;local;white helmets|syria civil defence|syrian civil defence|syria civil defense|syrian civil defense
Deir ez-Zor 24;local;deir ez-zor 24|deirezzor24|deir ezzor 24|deir ez zor 24
Euphrates Post;local;euphrates post
Raqqa is Being Slaughtered Silently;local;rbss|raqqa is being slaughtered silently
Step News Agency;opposition;step news|step news agency|step agency
Orient News;opposition;orient news|orient tv|orient net
Syria TV;opposition;syria tv|television syria|tv syria
Enab Baladi;opposition;enab baladi
Smart News Agency;opposition;smart news|smart news agency
Baladi News;opposition;baladi news
Nedaa Syria;opposition;nedaa syria
Ebaa News Agency;opposition;ebaa|ebaa news agency|ibaa
Amjad Foundation (HTS media);opposition;amjad foundation|amjad media
Suwayda 24;local;suwayda 24|sweida 24|suwayda24
Horan Free League;local;horan free league|houran free league|tajammu ahrar horan
Daraa 24;local;daraa 24
North Press Agency;local;north press|north press agency
Hawar News Agency;local;hawar|hawar news|anha|hawar news agency
Rudaw;local;rudaw|rudaw media network
Kurdistan 24;local;kurdistan 24|k24
SDF Press Center;local;sdf press center|sdf media center|sdf media office
Syrian Defense Ministry;state_media;syrian defense ministry|syrian defence ministry|syrian interior ministry|syrian ministry of defense|syrian ministry of interior
Amaq;state_media;amaq|amaq news agency|a'maq|al-naba|naba|is media|islamic state media
# ---- Iraq ----
Iraqi News Agency;state_media;iraqi news agency|ina news agency
Al Iraqiya;state_media;al iraqiya|al-iraqiya|iraqiya tv
Security Media Cell;state_media;security media cell|iraqi security media cell
Joint Operations Command (Iraq);state_media;joint operations command|iraqi joint operations command
Al Sumaria;local;al sumaria|al sumaria tv|alsumaria|sumaria news|alsumaria news
Shafaq News;local;shafaq|shafaq news
Baghdad Today;local;baghdad today
Al Maloomah;pro_government;al maloomah|al-maalouma|almaalomah|al maalomah
Al Mada;local;al mada|al-mada|almada press
Kurdistan Region Security Council;state_media;krsc|kurdistan region security council
Sabereen News;pro_government;sabereen|sabereen news
Iraqi Observatory for Human Rights;monitor;iraqi observatory for human rights|iohr
# ---- Yemen ----
Saba News Agency (Sanaa);state_media;saba|saba news|saba news agency|sabanews|houthi-run saba|houthi-run saba news agency|saba net
Saba News Agency (Aden);state_media;sabanew.net|saba (aden)|government-run saba|saba government
Al Masirah;pro_government;al masirah|al-masirah|almasirah|houthi-run al masirah|masirah tv
Yemen Today;pro_government;yemen today
Al Mashhad Al Yemeni;local;al mashhad al yemeni
Aden al-Ghad;local;aden al-ghad|aden al ghad|aden alghad
Al Ayyam;local;al ayyam|al-ayyam
26 September newspaper (Yemen);state_media;26sept|september net|26 september net|26 september newspaper|26sep.net
Al Masdar Online;local;al masdar online|almasdar online
South24;local;south24|south 24
Aden Independent Channel;local;aic|aden independent channel
Yemen Data Project;monitor;yemen data project|ydp
Mwatana;monitor;mwatana|mwatana for human rights
Civilian Impact Monitoring Project;monitor;cimp|civilian impact monitoring project
Houthi Military Spokesman;pro_government;yahya saree|yahya sarea|houthi military spokesman
# ---- Palestine / Israel ----
WAFA;state_media;wafa|wafa news agency|palestinian news agency|palestine news and information agency
Gaza Health Ministry;local;gaza health ministry|hamas-run health ministry|health ministry in gaza|palestinian health ministry|ministry of health in gaza|gaza ministry of health
Gaza Government Media Office;local;government media office|gaza government media office|media office in gaza
Gaza Civil Defence;local;gaza civil defence|palestinian civil defence|civil emergency service
Al-Aqsa TV;pro_government;al-aqsa tv|al aqsa tv|al-aqsa
Palestinian Information Center;pro_government;palestinian information center|palinfo
Shehab News Agency;pro_government;shehab|shehab news|shehab news agency
Quds News Network;local;quds news network|qnn|quds news
Ma'an News Agency;local;ma'an news agency|maan news|ma'an news
Palestinian Centre for Human Rights;monitor;pchr|palestinian centre for human rights|palestinian center for human rights
Al Mezan;monitor;al mezan|al-mezan|al mezan center for human rights
B'Tselem;monitor;b'tselem|btselem
Peace Now;monitor;peace now
Yesh Din;monitor;yesh din
Palestinian Prisoners' Society;monitor;palestinian prisoners' society|prisoners society|palestinian prisoners society
Palestinian Commission of Detainees' Affairs;local;commission of detainees' affairs|detainees commission
Colonization and Wall Resistance Commission;local;colonization and wall resistance commission|cwrc|wall and settlement resistance commission
Euro-Med Monitor;monitor;euro-med monitor|euro-mediterranean human rights monitor|euromed monitor
Israel Defense Forces (Spokesperson);state_media;idf spokesperson|idf spokesman|israeli military said|israeli army said|idf said|army spokesperson|avichay adraee
Times of Israel;local;times of israel
Haaretz;local;haaretz
Jerusalem Post;local;jerusalem post|jpost
Ynet;local;ynet|ynetnews|yedioth ahronoth
Kan (Israel);state_media;kan news|kan 11|israeli public broadcaster|public broadcaster kan
Channel 12 (Israel);local;channel 12|n12|keshet 12
Israel Hayom;pro_government;israel hayom
# ---- Lebanon ----
National News Agency (Lebanon);state_media;nna|national news agency|lebanon's national news agency|lebanese state news agency
L'Orient-Le Jour;local;l'orient-le jour|l'orient today|lorient today
Al Manar;pro_government;al-manar|al manar|hezbollah's al-manar
Al Akhbar;pro_government;al-akhbar|al akhbar
Naharnet;local;naharnet
LBCI;local;lbci|lbc
MTV Lebanon;local;mtv lebanon
Al Jadeed;local;al jadeed|al-jadeed|new tv
Lebanese Army Command;state_media;lebanese army command|lebanese army statement
Lebanese Health Ministry;state_media;lebanese health ministry|lebanon's health ministry|ministry of public health
# ---- Turkey ----
Turkish Ministry of National Defense;state_media;turkish defense ministry|turkish defence ministry|turkish ministry of national defense|msb|national defense ministry
Turkish Interior Ministry;state_media;turkish interior ministry
TRT;state_media;trt|trt world|trt haber
Daily Sabah;pro_government;daily sabah|sabah newspaper
Hurriyet;local;hurriyet|hürriyet|hurriyet daily news
Bianet;local;bianet
Firat News Agency;opposition;anf|firat news agency|firat news|anf news
Mezopotamya Agency;opposition;mezopotamya agency|mezopotamya ajansi
Duvar;local;duvar|duvar english|gazete duvar
Ihlas News Agency;local;iha news|ihlas news agency|ihlas
Demiroren News Agency;local;dha news|demiroren news agency|dogan news agency
# ---- Iran ----
IRNA;state_media;irna|islamic republic news agency
Tasnim News Agency;state_media;tasnim|tasnim news|tasnim news agency
Fars News Agency;state_media;fars news|fars news agency
Mehr News Agency;state_media;mehr news|mehr news agency
ISNA;state_media;isna|iranian students news agency
Press TV;state_media;press tv|presstv
IRIB;state_media;irib|iranian state tv|iranian state television
Iran International;opposition;iran international
HRANA;monitor;hrana|human rights activists news agency|human rights activists in iran
Hengaw;monitor;hengaw|hengaw organization for human rights
Kurdistan Human Rights Network;monitor;khrn|kurdistan human rights network
Haalvsh;monitor;haalvsh|halvash|baluch activists campaign
Iran Human Rights;monitor;ihr|iran human rights|ihrngo
# ---- Myanmar ----
Myanmar Now;opposition;myanmar now
The Irrawaddy;opposition;irrawaddy|the irrawaddy
Mizzima;opposition;mizzima
Democratic Voice of Burma;opposition;dvb|democratic voice of burma
Radio Free Asia Burmese;international;rfa burmese
Global New Light of Myanmar;state_media;global new light of myanmar|gnlm|new light of myanmar|myawaddy|mrtv
Khit Thit Media;opposition;khit thit|khit thit media
Assistance Association for Political Prisoners;monitor;aapp|assistance association for political prisoners
Kachin News Group;local;kachin news group|kng
Karen Information Center;local;karen information center|kic
Shan Herald Agency for News;local;shan herald|shan herald agency for news|shan news
Narinjara;local;narinjara
Development Media Group;local;development media group|dmg
BNI Online;local;bni|burma news international
# ---- Ukraine / Russia ----
Ukrainian General Staff;state_media;general staff of the armed forces of ukraine|ukrainian general staff|general staff of ukraine's armed forces
Ukrainian Air Force;state_media;ukrainian air force said|air force of ukraine
Russian Ministry of Defence;state_media;russian defence ministry|russian defense ministry|russian ministry of defence|russian ministry of defense|russian mod
Ukrainska Pravda;local;ukrainska pravda
Suspilne;local;suspilne|suspilne news
Oblast Military Administration;state_media;regional military administration|oblast military administration|city military administration
DeepState;monitor;deepstate|deepstatemap|deep state map
Rybar;pro_government;rybar
Telegram channels;social_media;telegram|telegram channel|telegram channels
# ---- Africa ----
Garowe Online;local;garowe online
Hiiraan Online;local;hiiraan|hiiraan online
Radio Dalsan;local;radio dalsan|dalsan
Shabelle Media Network;local;shabelle|radio shabelle|shabelle media network
Somali National News Agency;state_media;sonna|somali national news agency
Calamada;pro_government;calamada|somalimemo|al-kataib|shahada news
Sudan Tribune;local;sudan tribune
Radio Dabanga;local;dabanga|radio dabanga
Sudan Doctors Network;monitor;sudan doctors network|sudanese doctors network|sudan doctors union|central committee of sudan doctors|sudanese doctors union
Emergency Lawyers (Sudan);monitor;emergency lawyers|sudan emergency lawyers
Sudan News Agency;state_media;suna|sudan news agency
Premium Times;local;premium times|premium times nigeria
Punch (Nigeria);local;punch newspapers|punch newspaper|punch nigeria
Vanguard (Nigeria);local;vanguard nigeria|vanguard newspaper
Daily Trust;local;daily trust
Sahara Reporters;local;sahara reporters
HumAngle;local;humangle
Zagazola Makama;pro_government;zagazola|zagazola makama
Radio Okapi;local;radio okapi
Actualite.cd;local;actualite.cd|actualite cd
Kivu Security Tracker;monitor;kivu security tracker|kst
Studio Tamani;local;studio tamani
Menastream;monitor;menastream
Wamaps;monitor;wamaps
Addis Standard;local;addis standard
# ---- Afghanistan / South Asia ----
Tolo News;local;tolo|tolonews|tolo news
Pajhwok Afghan News;local;pajhwok|pajhwok afghan news
Amu TV;opposition;amu tv
Afghanistan International;opposition;afghanistan international
Khaama Press;local;khaama|khaama press
Dawn (Pakistan);local;dawn news|dawn newspaper|dawn.com
The Express Tribune;local;express tribune|the express tribune
Greater Kashmir;local;greater kashmir
# ---- Latin America ----
El Universal;local;el universal
Milenio;local;milenio
La Prensa Grafica;local;la prensa grafica|la prensa gráfica
El Tiempo;local;el tiempo
Efecto Cocuyo;local;efecto cocuyo
Observatorio Venezolano de Conflictividad Social;monitor;ovcs|observatorio venezolano de conflictividad social
# ---- social media and generic ----
X (Twitter);social_media;twitter|tweet|tweeted|posted on x|wrote on x|said on x
Facebook;social_media;facebook|facebook page|facebook post
Telegram app;social_media;telegram messaging app
YouTube;social_media;youtube
TikTok;social_media;tiktok
Instagram;social_media;instagram
WhatsApp;social_media;whatsapp
Activists (unspecified);social_media;activists said|local activists|activists reported|opposition activists
Local sources (unspecified);local;local sources|local source|residents said|eyewitnesses|witnesses|medical sources|security sources|a security source|military source|tribal sources|local media|media reports
"""


def main():
    rows, seen = [], set()
    for line in SOURCES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) != 3:
            sys.exit(f"bad row: {line}")
        name, kind, aliases = parts
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
        rows.append("\t".join([name, kind, "|".join(al)]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Sitrep news sources, monitors and claimants. Hand-written by the Sitrep team.\n")
        f.write("# Columns: name\tkind\taliases\n")
        f.write("# kind: state_media|pro_government|opposition|monitor|international|wire|social_media|local\n")
        f.write("# aliases are |-separated surface forms, matched case-insensitively.\n")
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {OUT}: {len(rows)} rows")


if __name__ == "__main__":
    main()
