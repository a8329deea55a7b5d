"""Country names as data: ISO3 | names | adjectives and demonyms | capitals | other major cities.

One line per country, fields separated by '|', alternatives by ';'. Matching is
case-sensitive (proper nouns), so 'turkey' the bird or 'china' the porcelain never match.
Central Asia, its neighbours and main trade partners carry old names, spellings and
big cities too; elsewhere capitals that are common words or names (Male, Victoria,
Wellington, Kingston ...) are left out on purpose.
"""

COUNTRY_TABLE = """
KAZ|Kazakhstan;Kazakstan;Qazaqstan;Republic of Kazakhstan|Kazakh;Kazakhstani;Kazakhstanis;Kazakhs;Qazaq|Astana;Nur-Sultan;Nursultan;Akmola;Akorda|Almaty;Alma-Ata;Shymkent;Karaganda;Aktau;Atyrau;Aktobe;Pavlodar;Kostanay;Turkistan;Taraz;Oskemen;Semey;Khorgos
UZB|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbekistani;Uzbeks|Tashkent|Samarkand;Bukhara;Termez;Andijan;Namangan;Fergana;Navoi;Nukus;Karakalpakstan;Surkhandarya;Kashkadarya;Khorezm
KGZ|Kyrgyzstan;Kyrgyz Republic;Kirghizia;Kirgizia;Kyrgyzia|Kyrgyz;Kyrgyzstani;Kirghiz;Kirgiz|Bishkek;Frunze|Osh;Batken;Jalal-Abad;Naryn;Karakol;Issyk-Kul
TJK|Tajikistan;Tadjikistan;Republic of Tajikistan|Tajik;Tajikistani;Tajiks;Tadjik|Dushanbe|Khujand;Bokhtar;Kulob;Khatlon;Sughd;Panji Poyon;Istaravshan
TKM|Turkmenistan;Turkmenia|Turkmen;Turkmenistani;Turkmens|Ashgabat;Ashkhabad|Turkmenbashi
AFG|Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghans;Afghani|Kabul|Herat;Kandahar;Mazar-i-Sharif;Mazar-e-Sharif;Hairatan;Jalalabad;Kunduz;Torghundi;Towrgondi;Turgundi;Balkh;Baghlan;Nangarhar;Helmand;Faryab;Jowzjan;Takhar;Paktika;Samangan
CHN|China;People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking|Shanghai;Urumqi;Xinjiang;Guangzhou;Xi'an;Lianyungang;Kashgar
RUS|Russia;Russian Federation|Russian;Russians|Moscow;Kremlin|St. Petersburg;Saint Petersburg;Novosibirsk;Omsk;Orenburg;Astrakhan
TUR|Turkey;Türkiye;Turkiye;Republic of Türkiye|Turkish;Turks|Ankara|Istanbul
IRN|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran;Teheran|Bandar Abbas;Mashhad
AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis|Baku
GEO|Georgia|Georgian;Georgians|Tbilisi|Batumi;Poti
ARM|Armenia|Armenian;Armenians|Yerevan
BLR|Belarus;Byelorussia|Belarusian;Belarusians;Byelorussian|Minsk
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev|Odesa;Odessa
MDA|Moldova;Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău
PAK|Pakistan|Pakistani;Pakistanis|Islamabad|Karachi;Lahore;Gwadar;Peshawar
IND|India;Republic of India|Indian;Indians|New Delhi|Delhi;Mumbai;Chennai;Kolkata;Bengaluru
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
KOR|South Korea;Republic of Korea;Korea|South Korean;Korean;Koreans|Seoul|Busan
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
JPN|Japan|Japanese|Tokyo|Osaka
USA|United States;United States of America;USA;U.S.;U.S.A.;US;America|American;Americans|Washington
GBR|United Kingdom;UK;U.K.;Britain;Great Britain|British;Briton;Britons|London
DEU|Germany;Federal Republic of Germany|German;Germans|Berlin|Hamburg;Frankfurt;Munich
FRA|France|French|Paris
ITA|Italy|Italian;Italians|Rome|Milan
ESP|Spain|Spanish;Spaniards|Madrid|Barcelona
NLD|Netherlands;the Netherlands;Holland|Dutch|Amsterdam;The Hague|Rotterdam
BEL|Belgium|Belgian;Belgians|Antwerp
CHE|Switzerland|Swiss|Bern|Geneva;Zurich
AUT|Austria|Austrian;Austrians|Vienna
POL|Poland|Polish;Poles|Warsaw
CZE|Czech Republic;Czechia|Czech;Czechs|Prague
SVK|Slovakia;Slovak Republic|Slovak;Slovakian|Bratislava
HUN|Hungary|Hungarian;Hungarians|Budapest
ROU|Romania|Romanian;Romanians|Bucharest
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
GRC|Greece|Greek;Greeks|Athens
SRB|Serbia|Serbian;Serbs|Belgrade
HRV|Croatia|Croatian;Croats|Zagreb
SVN|Slovenia|Slovenian;Slovene;Slovenes|Ljubljana
BIH|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
MNE|Montenegro|Montenegrin|Podgorica
MKD|North Macedonia;Macedonia|Macedonian|Skopje
ALB|Albania|Albanian;Albanians|Tirana
XKX|Kosovo|Kosovar;Kosovan|Pristina
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius|Klaipeda
LVA|Latvia|Latvian;Latvians|Riga
EST|Estonia|Estonian;Estonians|Tallinn
FIN|Finland|Finnish;Finns|Helsinki
SWE|Sweden|Swedish;Swedes|Stockholm
NOR|Norway|Norwegian;Norwegians|Oslo
DNK|Denmark|Danish;Danes|Copenhagen
ISL|Iceland|Icelandic;Icelanders|Reykjavik
IRL|Ireland;Republic of Ireland|Irish|Dublin
PRT|Portugal|Portuguese|Lisbon
LUX|Luxembourg|Luxembourgish;Luxembourger|
MLT|Malta|Maltese|Valletta
CYP|Cyprus|Cypriot;Cypriots|Nicosia
MCO|Monaco|Monegasque|
LIE|Liechtenstein|Liechtensteiner|Vaduz
AND|Andorra|Andorran|Andorra la Vella
SMR|San Marino|Sammarinese|
VAT|Holy See;Vatican|Vatican|Vatican City
SAU|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudis|Riyadh|Jeddah
ARE|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi|Dubai
QAT|Qatar|Qatari;Qataris|Doha
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
BHR|Bahrain|Bahraini;Bahrainis|Manama
OMN|Oman|Omani;Omanis|Muscat
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a|Aden
IRQ|Iraq|Iraqi;Iraqis|Baghdad|Basra;Erbil
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus|Aleppo
LBN|Lebanon|Lebanese|Beirut
JOR|Jordan|Jordanian;Jordanians|Amman
ISR|Israel|Israeli;Israelis|Jerusalem|Tel Aviv
PSE|Palestine;State of Palestine;Gaza;West Bank|Palestinian;Palestinians|Ramallah
EGY|Egypt|Egyptian;Egyptians|Cairo|Alexandria
LBY|Libya|Libyan;Libyans|Tripoli|Benghazi
TUN|Tunisia|Tunisian;Tunisians|Tunis
DZA|Algeria|Algerian;Algerians|Algiers
MAR|Morocco|Moroccan;Moroccans|Rabat|Casablanca
MRT|Mauritania|Mauritanian|Nouakchott
SDN|Sudan|Sudanese|Khartoum
SSD|South Sudan|South Sudanese|Juba
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
ERI|Eritrea|Eritrean|Asmara
DJI|Djibouti|Djiboutian|
SOM|Somalia|Somali;Somalis|Mogadishu
KEN|Kenya|Kenyan;Kenyans|Nairobi|Mombasa
UGA|Uganda|Ugandan;Ugandans|Kampala
TZA|Tanzania;United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma|Dar es Salaam
RWA|Rwanda|Rwandan;Rwandans|Kigali
BDI|Burundi|Burundian|Gitega|Bujumbura
COD|Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
COG|Republic of the Congo;Congo-Brazzaville;Congo|Congolese|Brazzaville
GAB|Gabon|Gabonese|Libreville
GNQ|Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé|Douala
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian|N'Djamena
NGA|Nigeria|Nigerian;Nigerians|Abuja|Lagos
NER|Niger|Nigerien|Niamey
MLI|Mali|Malian;Malians|Bamako
BFA|Burkina Faso|Burkinabe;Burkinabé|Ouagadougou
SEN|Senegal|Senegalese|Dakar
GMB|Gambia;The Gambia|Gambian|Banjul
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GIN|Guinea|Guinean|Conakry
SLE|Sierra Leone|Sierra Leonean|Freetown
LBR|Liberia|Liberian;Liberians|Monrovia
CIV|Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian;Ivorians|Yamoussoukro|Abidjan
GHA|Ghana|Ghanaian;Ghanaians|Accra
TGO|Togo|Togolese|Lome;Lomé
BEN|Benin|Beninese|Porto-Novo|Cotonou
CPV|Cabo Verde;Cape Verde|Cape Verdean|Praia
STP|Sao Tome and Principe;São Tomé and Príncipe|Santomean|
AGO|Angola|Angolan;Angolans|Luanda
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
MWI|Malawi|Malawian|Lilongwe
MOZ|Mozambique|Mozambican|Maputo
NAM|Namibia|Namibian|Windhoek
BWA|Botswana|Botswanan;Motswana|Gaborone
ZAF|South Africa;Republic of South Africa|South African;South Africans|Pretoria|Johannesburg;Cape Town
LSO|Lesotho|Basotho;Mosotho|Maseru
SWZ|Eswatini;Swaziland|Swazi|Mbabane
MDG|Madagascar|Malagasy|Antananarivo
MUS|Mauritius|Mauritian|Port Louis
SYC|Seychelles|Seychellois|
COM|Comoros|Comorian|Moroni
CAN|Canada|Canadian;Canadians|Ottawa|Toronto
MEX|Mexico|Mexican;Mexicans|Mexico City
GTM|Guatemala|Guatemalan|Guatemala City
BLZ|Belize|Belizean|Belmopan
SLV|El Salvador|Salvadoran;Salvadorean|San Salvador
HND|Honduras|Honduran|Tegucigalpa
NIC|Nicaragua|Nicaraguan|Managua
CRI|Costa Rica|Costa Rican|San José;San Jose
PAN|Panama|Panamanian|Panama City
CUB|Cuba|Cuban;Cubans|Havana
JAM|Jamaica|Jamaican|
HTI|Haiti|Haitian|Port-au-Prince
DOM|Dominican Republic|Dominican|Santo Domingo
DMA|Dominica|Dominican|Roseau
BHS|Bahamas;The Bahamas|Bahamian|Nassau
BRB|Barbados|Barbadian;Bajan|Bridgetown
TTO|Trinidad and Tobago|Trinidadian;Tobagonian|Port of Spain
GRD|Grenada|Grenadian|
LCA|Saint Lucia;St. Lucia|Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown
KNA|Saint Kitts and Nevis;St. Kitts and Nevis|Kittitian|Basseterre
ATG|Antigua and Barbuda|Antiguan|
COL|Colombia|Colombian;Colombians|Bogotá;Bogota
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
GUY|Guyana|Guyanese|
SUR|Suriname|Surinamese|Paramaribo
ECU|Ecuador|Ecuadorian;Ecuadorean|Quito
PER|Peru|Peruvian;Peruvians|Lima
BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre
BRA|Brazil|Brazilian;Brazilians|Brasília;Brasilia|São Paulo;Sao Paulo;Rio de Janeiro
PRY|Paraguay|Paraguayan|Asunción;Asuncion
URY|Uruguay|Uruguayan|Montevideo
ARG|Argentina|Argentine;Argentinian;Argentines|Buenos Aires
CHL|Chile|Chilean;Chileans|Santiago
AUS|Australia|Australian;Australians|Canberra|Sydney;Melbourne
NZL|New Zealand|New Zealander|
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
FJI|Fiji|Fijian|Suva
SLB|Solomon Islands|Solomon Islander|Honiara
VUT|Vanuatu|Ni-Vanuatu|Port Vila
WSM|Samoa|Samoan|Apia
TON|Tonga|Tongan|Nuku'alofa
KIR|Kiribati|I-Kiribati|Tarawa
TUV|Tuvalu|Tuvaluan|Funafuti
NRU|Nauru|Nauruan|
MHL|Marshall Islands|Marshallese|Majuro
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
PLW|Palau|Palauan|Ngerulmud
IDN|Indonesia|Indonesian;Indonesians|Jakarta
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
SGP|Singapore|Singaporean;Singaporeans|
THA|Thailand|Thai|Bangkok
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi|Ho Chi Minh City
PHL|Philippines;the Philippines|Philippine;Filipino;Filipinos|Manila
MMR|Myanmar;Burma|Myanmar;Burmese|Naypyidaw|Yangon
KHM|Cambodia|Cambodian;Cambodians|Phnom Penh
LAO|Laos;Lao PDR|Lao;Laotian|Vientiane
BRN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
TLS|Timor-Leste;East Timor|Timorese|Dili
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka|Chittagong
NPL|Nepal|Nepalese;Nepali|Kathmandu
BTN|Bhutan|Bhutanese|Thimphu
LKA|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
MDV|Maldives|Maldivian|
TWN|Taiwan|Taiwanese|Taipei
HKG|Hong Kong|Hongkonger|
"""

# State-owned and national companies that stand for their country as traders and investors
# ("Barqi Tojik sold Afghanistan electricity worth ...", "Gazprom bought Turkmen gas"): ISO3 | names
NATIONAL_COMPANIES = """
KAZ|KazMunayGas;KazMunaiGas;KEGOC;Kazatomprom;QazaqGaz;Samruk-Kazyna;Kazakhstan Temir Zholy;KTZ;Food Corporation of Kazakhstan
UZB|Uzbekenergo;Uzbekneftegaz;Uztransgaz;Uzbekistan Railways;Uzbekistan Temir Yollari;Almalyk MMC;Navoiyuran
KGZ|Kyrgyzneftegaz;Kyrgyzaltyn;Kyrgyz Temir Jolu
TJK|Barqi Tojik;TALCO;Tajik Aluminium Company;Tajik Railways
TKM|Turkmengaz;Turkmennebit;Turkmenenergo;Turkmen Railways
AFG|Da Afghanistan Breshna Sherkat;DABS;Afghan Railway Authority
RUS|Gazprom;Rosneft;Lukoil;Rosatom;Russian Railways;Transneft;Inter RAO
CHN|CNPC;China National Petroleum Corporation;Sinopec;CITIC;COSCO;China Railway
"""

# Groupings, regions and multilateral lenders: a figure whose partner is one of these is an aggregate, not a
# bilateral figure. Listed so that "Latin America" is not read as the USA, "Central Asian"
# not as nothing at all.
AGGREGATE_NAMES = """
Central Asia;Central Asian;CIS;Commonwealth of Independent States;EAEU;EAEU countries;Eurasian Economic Union;EAEU member states;Eurasian Union;Customs Union
EU;European Union;Europe;European;Eurozone;ASEAN;SCO;Shanghai Cooperation Organization;Shanghai Cooperation Organisation;BRICS;GCC;Gulf Cooperation Council
Middle East;Africa;African;Asia;Asian;South Asia;Southeast Asia;East Asia;Asia-Pacific;Latin America;Latin American;South America;North America;Central America;Caribbean
Caucasus;South Caucasus;Caspian;Caspian Sea;Organization of Turkic States;Turkic;Turkic States;OTS;Eurasia;Eurasian;Central Asia plus;C5+1;Gulf;Persian Gulf;Scandinavia;Balkans;Baltic;Baltic States;Western Europe;Eastern Europe
EBRD;European Bank for Reconstruction and Development;ADB;Asian Development Bank;World Bank;IFC;International Finance Corporation;AIIB;Asian Infrastructure Investment Bank;Eurasian Development Bank;EDB;Islamic Development Bank;IsDB;CAREC;IMF;International Monetary Fund
"""
