package main

import (
	"io"
	"regexp"
	"strings"
	"testing"
)

// TestExpandNames checks the table's {a/b/} alternatives.
func TestExpandNames(t *testing.T) {
	for in, want := range map[string]string{
		"Home Office":                          "Home Office",
		"{US /U.S. /}Department of Justice":    "US Department of Justice|U.S. Department of Justice|Department of Justice",
		"{ABD/Amerikan} Kongresi":              "ABD Kongresi|Amerikan Kongresi",
		"Ulusal Okyanus ve Atmosfer {İdaresi}": "Ulusal Okyanus ve Atmosfer İdaresi",
		"{ABD /}Senato {a/b}":                  "ABD Senato a|ABD Senato b|Senato a|Senato b",
		"unclosed {a/b":                        "unclosed {a/b",
	} {
		if got := strings.Join(expandNames(in), "|"); got != want {
			t.Errorf("expandNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// ambiguousAlone are names that several countries' bodies have (PP,
// Spain's and Brazil's parties; PPP, Pakistan's and Indonesia's) or a body
// and a country's code (PT, PAN, PRI): the table gives only their
// country-qualified forms (see its header).
var ambiguousAlone = []string{"Senate", "House of Representatives", "House", "Congress", "Parliament", "Treasury",
	"Supreme Court", "Ministry of Defence", "Ministry of Defense", "Defence Ministry", "Foreign Ministry",
	"Interior Ministry", "Finance Ministry", "Government", "Army", "Navy", "Air Force", "Coast Guard", "National Guard",
	"Secret Service", "Constitutional Court", "Central Bank", "Labour", "Labor Party", "Green Party", "The Left",
	"Meclis", "Senato", "Parlamento", "Hükümet", "Anayasa Mahkemesi", "Yüksek Mahkeme", "Merkez Bankası",
	"Dışişleri Bakanlığı", "Savunma Bakanlığı", "Сенат", "Парламент", "Правительство", "МИД", "Минобороны",
	"Минфин", "Центробанк", "Генпрокуратура", "СК", "ICE", "CPS", "AFP", "AAP", "LDP", "Vox",
	"National Assembly", "National Congress", "Chamber of Deputies", "Shura Council", "Workers' Party", "Liberal Party",
	"Democrat Party", "Justice Party", "PT", "PAN", "PRI", "PP", "PPP", "Ulusal Meclis",
	"Национальное собрание", "Палата депутатов"}

// TestGovernmentTable checks curated/government.tsv: every kind and
// country known, no name in two rows, none of the names that are
// ambiguous alone, and whole lists where the table claims them: the
// fifteen US executive departments, the standing committees of the 116th
// Congress (Senate 16, House 20, and each chamber's intelligence
// committee), the UK's 45 territorial police forces and three special
// ones, the police of the 30 largest US cities, the state police or
// highway patrol of each state but Hawaii, Canada's three police forces
// of the table and Australia's federal, state and territory ones (1 + 8),
// the 27 institutes and centers of the NIH, the eighteen standing
// committees of the Turkish parliament, the eight parties of Mexico's LXIV
// Legislature, New Zealand's five of 2017, North Korea's three, no party
// of the countries whose deputies sit without parties (Iran, Afghanistan)
// or that have none (Saudi Arabia, the UAE, Qatar), and the block of
// twenty-four European countries: each its central bank, 136 ministries
// (the six news names most, where the country has one) and 189 parties;
// and a central bank for every UN member that has one (unMembersBanks),
// none for the others, and 58 stock exchanges.
func TestGovernmentTable(t *testing.T) {
	rows, err := readGovernment()
	if err != nil {
		t.Fatal(err)
	}
	ambiguous := map[string]bool{}
	for _, n := range ambiguousAlone {
		ambiguous[foldKey(n)] = true
	}
	europe := map[string]bool{}
	for _, c := range strings.Fields("PL NL BE SE NO DK FI GR IE AT CH PT HU CZ RO BG RS HR SK AZ GE AM BY KZ") {
		europe[c] = true
	}
	banks := map[string]int{}
	states := map[string]int{} // a state's name → its state police rows
	nih := map[string]bool{}   // the US agencies' preferred names
	country := regexp.MustCompile(`^[A-Z]{2}$`)
	seen := map[string]string{}
	count := map[string]int{}
	for _, r := range rows {
		if !country.MatchString(r.country) {
			t.Errorf("%s: country %q", r.names["en"][0], r.country)
		}
		count[r.country+" "+r.kind]++
		if r.country == "US" && r.kind == "committee" {
			count["US "+strings.Fields(r.names["en"][0])[0]]++
		}
		if r.country == "GB" && r.kind == "police" {
			if ukSpecialPolice[r.names["en"][0]] {
				count["GB special police"]++
			} else {
				count["GB territorial police"]++
			}
		}
		if r.country == "US" && r.kind == "police" {
			if usCityPolice.MatchString(r.names["en"][0]) {
				count["US city police"]++
			} else if m := usStatePolice.FindStringSubmatch(r.names["en"][0]); m != nil {
				count["US state police"]++
				states[m[1]]++
			}
		}
		if r.country == "US" && r.kind == "agency" {
			nih[r.names["en"][0]] = true
		}
		if europe[r.country] {
			count["Europe "+r.kind]++
			if r.kind == "bank" {
				banks[r.country]++
			}
		}
		for l, ns := range r.names {
			for _, n := range ns {
				if n == "" || n != strings.TrimSpace(n) || strings.ContainsAny(n, "{}") {
					t.Errorf("%s: bad %s name %q", r.names["en"][0], l, n)
				}
				if ambiguous[foldKey(n)] {
					t.Errorf("%s: %s name %q is ambiguous alone", r.names["en"][0], l, n)
				}
				if k := foldKey(n); seen[k] != "" && seen[k] != r.names["en"][0] {
					t.Errorf("%q in rows %q and %q", n, seen[k], r.names["en"][0])
				} else {
					seen[k] = r.names["en"][0]
				}
			}
		}
	}
	for k, want := range map[string]int{"US ministry": 15, "US Senate": 17, "US House": 20, "US Committee": 1,
		"GB territorial police": 45, "GB special police": 3, "US city police": 30, "US state police": 49,
		"CA police": 3, "AU police": 9, "TR committee": 18, "MX party": 8, "NZ party": 5, "KP party": 3, "IR party": 0,
		"AF party": 0, "SA party": 0, "AE party": 0, "QA party": 0, "Europe ministry": 136, "Europe party": 189} {
		if count[k] != want {
			t.Errorf("%s: %d rows, want %d", k, count[k], want)
		}
	}
	for c := range europe {
		if banks[c] != 1 {
			t.Errorf("%s: %d central banks, want 1", c, banks[c])
		}
	}
	if count["ZZ bank"] != 3 {
		t.Errorf("%d monetary unions' banks, want 3", count["ZZ bank"])
	}
	exchanges := 0
	for _, r := range rows {
		if r.kind == "exchange" {
			exchanges++
		}
	}
	if exchanges != 58 {
		t.Errorf("%d stock exchanges, want 58", exchanges)
	}
	for _, c := range strings.Fields(unMembersBanks) {
		if count[c+" bank"] == 0 {
			t.Errorf("%s: no central bank", c)
		}
	}
	for _, c := range strings.Fields(unMembersNoBank) {
		if count[c+" bank"] != 0 {
			t.Errorf("%s: %d central banks, want none of its own", c, count[c+" bank"])
		}
	}
	if n := len(strings.Fields(unMembersBanks)) + len(strings.Fields(unMembersNoBank)); n != 193-2 {
		t.Errorf("%d UN members, want 191 (193 less Turkey and the UK, whose banks curated/orgs.tsv has)", n)
	}
	for _, st := range usStates {
		if want := map[bool]int{true: 0, false: 1}[st == "Hawaii"]; states[st] != want {
			t.Errorf("%s: %d state police rows, want %d", st, states[st], want)
		}
	}
	for _, n := range nihInstitutes {
		if !nih[n] {
			t.Errorf("NIH: no US agency row %q", n)
		}
	}
}

// unMembersBanks are the UN members of 2019 with a central bank of their
// own in the table (Turkey's and the UK's are curated/orgs.tsv's), and
// unMembersNoBank the others: those with none (Andorra, Liechtenstein,
// Monaco, Panama and six Pacific states) and the members of the West
// African, Central African and Eastern Caribbean monetary unions, whose
// banks are rows of country ZZ.
const (
	unMembersBanks = `AF AL DZ AO AR AM AU AT AZ BS BH BD BB BY BE BZ BT BO BA BW BR BN BG BI CV KH CA CL CN CO KM
		CD CR HR CU CY CZ KP DK DJ DO EC EG SV ER EE SZ ET FJ FI FR GM GE DE GH GR GT GN GY HT HN HU IS IN ID IR IQ
		IE IL IT JM JP JO KZ KE KW KG LA LV LB LS LR LY LT LU MG MW MY MV MT MR MU MX MD MN ME MA MZ MM NA NP NL NZ
		NI NG MK NO OM PK PG PY PE PH PL PT QA KR RO RU RW WS SM ST SA RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE
		CH SY TJ TZ TH TL TO TT TN TM UG UA AE US UY UZ VU VE VN YE ZM ZW`
	unMembersNoBank = `AD LI MC PA KI NR TV MH FM PW BJ BF CI GW ML NE SN TG CM CF TD CG GQ GA AG DM GD KN LC VC`
)

// ukSpecialPolice are the UK's special police forces of the table (not
// territorial: they police a network or a kind of site across Britain).
var ukSpecialPolice = map[string]bool{"British Transport Police": true, "Ministry of Defence Police": true,
	"Civil Nuclear Constabulary": true}

// usCityPolice matches the preferred names of the US cities' police rows
// (Jacksonville's is its sheriff's office, Columbus's a division),
// usStatePolice those of the states', the state's name first.
var (
	usCityPolice  = regexp.MustCompile(`Police Department|Police Bureau|Sheriff's Office|Division of Police`)
	usStatePolice = regexp.MustCompile(`^(.+?) (State Police|State Patrol|State Highway Patrol|Highway Patrol|State Troopers|Department of Public Safety|Law Enforcement Agency)$`)
)

// usStates are the fifty states; Hawaii had no state police in 2019.
var usStates = []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
	"Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
	"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
	"Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
	"Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"}

// nihInstitutes are the 27 institutes and centers of the National
// Institutes of Health in 2019, by the table's preferred names.
var nihInstitutes = []string{"National Cancer Institute", "National Eye Institute",
	"National Heart, Lung, and Blood Institute", "National Human Genome Research Institute",
	"National Institute on Aging", "National Institute on Alcohol Abuse and Alcoholism",
	"National Institute of Allergy and Infectious Diseases",
	"National Institute of Arthritis and Musculoskeletal and Skin Diseases",
	"National Institute of Biomedical Imaging and Bioengineering",
	"Eunice Kennedy Shriver National Institute of Child Health and Human Development",
	"National Institute on Deafness and Other Communication Disorders",
	"National Institute of Dental and Craniofacial Research",
	"National Institute of Diabetes and Digestive and Kidney Diseases", "National Institute on Drug Abuse",
	"National Institute of Environmental Health Sciences", "National Institute of General Medical Sciences",
	"National Institute of Mental Health", "National Institute on Minority Health and Health Disparities",
	"National Institute of Neurological Disorders and Stroke", "National Institute of Nursing Research",
	"National Library of Medicine", "NIH Center for Information Technology", "Center for Scientific Review",
	"Fogarty International Center", "National Center for Advancing Translational Sciences",
	"National Center for Complementary and Integrative Health", "NIH Clinical Center"}

// TestGovernmentNames checks the rules buildGovernment applies to the
// table's names: a place, a given name, a frequent Turkish word, another
// entry's name or a name of two rows is dropped; a row merges into the
// organization of its country that has one of its names, which keeps its
// ID; the others become entries of their own.
func TestGovernmentNames(t *testing.T) {
	city := newEntry("geonames:1", "LOCATION", "city", 0.5)
	city.addName("en", "Westminster")
	other := newEntry("varlik:org:x", "ORGANIZATION", "company", 0.7)
	other.addName("en", "Home Office Ltd")
	pentagon := newEntry("varlik:org:pentagon", "ORGANIZATION", "institution", 0.7)
	pentagon.addName("en", "Pentagon")
	pentagon.attrs["country"] = "Q30"
	g := gazetteerOf(t, city, other, pentagon)
	rows := []governmentRow{
		{names: map[string][]string{"en": {"Defense Department", "Pentagon"}, "ru": {"Пентагон"}}},
		{names: map[string][]string{"en": {"Home Office", "Westminster", "Home Office Ltd", "Jordan", "Shared"}, "tr": {"Evet"}}},
		{names: map[string][]string{"en": {"Other Body", "Shared"}}},
	}
	owners := indexNames(g, "ORGANIZATION")
	taken := map[string][]*entry{}
	for _, e := range g.sorted() {
		for _, ns := range e.names {
			for _, n := range ns {
				taken[foldKey(n)] = append(taken[foldKey(n)], e)
			}
		}
	}
	inRows := map[string]int{foldKey("Shared"): 2}
	lx := &lexicon{given: map[string]bool{foldKey("Jordan"): true}}
	freq := turkishFreq{}
	if e := ofCountry(owners, rows[0].allNames(), "Q30"); e != pentagon {
		t.Errorf("the Defense Department's row merges into %v, want the Pentagon", e)
	}
	if e := ofCountry(owners, rows[0].allNames(), "Q145"); e != nil {
		t.Errorf("a body of another country merges into %s", e.id)
	}
	want := map[string]string{"Home Office": "", "Westminster": "a place", "Home Office Ltd": "another entry's name",
		"Jordan": "a given name", "Shared": "a name of two rows"}
	for n, why := range want {
		if got := governmentNameClash(n, "en", nil, taken, placeNames(g), inRows, lx, freq); got != why {
			t.Errorf("%q: %q, want %q", n, got, why)
		}
	}
	if got := governmentNameClash("Pentagon", "en", pentagon, taken, placeNames(g), inRows, lx, freq); got != "" {
		t.Errorf("the Pentagon's own name: %q", got)
	}
	if got := governmentNameClash("Pentagon", "en", nil, taken, placeNames(g), inRows, lx, freq); got == "" {
		t.Error("a new body takes the Pentagon's name")
	}
}

// TestClubsYield checks that a listed club gives up the aliases that are
// names of a government row of its country (openfootball's "Metropolitan
// Police" for Metropolitan Police FC is the Met's name) and keeps its own
// first name, while a club of another country and a curated club keep
// theirs; and that a row merges into no club, only into another
// organization of its country.
func TestClubsYield(t *testing.T) {
	club := func(id, country, source string, names ...string) *entry {
		e := newEntry(id, "ORGANIZATION", "club", 0)
		e.attrs["country"], e.attrs["source"] = country, source
		for _, n := range names {
			e.addName("en", n)
		}
		return e
	}
	met := club("varlik:org:metropolitan-police-fc", "Q145", "openfootball", "Metropolitan Police FC", "Metropolitan Police", "Met Police FC")
	own := club("varlik:org:met-police", "Q145", "openfootball", "Met Police")
	abroad := club("varlik:org:x-fc", "Q30", "openfootball", "X FC", "Metropolitan Police")
	curated := club("varlik:org:y-fc", "Q145", "curated", "Y FC", "Met Police")
	body := newEntry("varlik:org:met-police-authority", "ORGANIZATION", "institution", 0)
	body.attrs["country"] = "Q145"
	body.addName("en", "Met Police Authority")
	g := gazetteerOf(t, met, own, abroad, curated, body)
	countries := map[string]*country{"GB": {iso2: "GB", entry: newEntry("Q145", "LOCATION", "country", 0.9)}}
	rows := []governmentRow{{country: "GB", kind: "police", names: map[string][]string{
		"en": {"Metropolitan Police", "Met Police"}, "tr": {"Metropolitan Polisi"}}}}
	clubsYield(g, rows, countries, io.Discard)
	for e, want := range map[*entry]string{met: "Metropolitan Police FC|Met Police FC", own: "Met Police",
		abroad: "X FC|Metropolitan Police", curated: "Y FC|Met Police"} {
		if got := strings.Join(e.names["en"], "|"); got != want {
			t.Errorf("%s: %q, want %q", e.id, got, want)
		}
	}
	owners := governmentOwners(g)
	if e := ofCountry(owners, []string{"Met Police"}, "Q145"); e != nil {
		t.Errorf("a row named Met Police merges into %s", e.id)
	}
	if e := ofCountry(owners, []string{"Met Police Authority"}, "Q145"); e != body {
		t.Errorf("a row named Met Police Authority merges into %v, want %s", e, body.id)
	}
}

// TestGovernmentInGazetteer reads the generated gazetteer: a body's names
// in the three languages are one entry's, and the rows that merge keep the
// entry the gazetteer had (the Pentagon is the Defense Department; the
// curated Fidesz and Borsa İstanbul, the listed HKEX and SupraVerden's
// European Commission and BCEAO take the table's names), the new bodies
// of the police and public bodies block are institutions of their country,
// and the Met is one of them, not openfootball's Metropolitan Police FC,
// which keeps only its club name (clubsYield).
func TestGovernmentInGazetteer(t *testing.T) {
	rows := loadDefault(t)
	byName := orgsByName(rows)
	for _, c := range []struct {
		id    string
		names []string
	}{
		{"varlik:org:national-weather-service", []string{"en:National Weather Service", "tr:Ulusal Hava Tahmini Kurumu", "ru:Национальная метеорологическая служба"}},
		{"varlik:org:pentagon", []string{"en:Pentagon", "en:US Department of Defense", "tr:ABD Savunma Bakanlığı", "ru:Минобороны США"}},
		{"varlik:org:united-states-department-of-justice", []string{"en:Justice Department", "tr:ABD Adalet Bakanlığı", "ru:Министерство юстиции США"}},
		{"varlik:org:senate-judiciary-committee", []string{"en:Senate Judiciary Committee", "tr:ABD Senatosu Yargı Komitesi", "ru:Юридический комитет Сената США"}},
		{"varlik:org:crown-prosecution-service", []string{"en:Crown Prosecution Service", "tr:Kraliyet Savcılığı", "ru:Королевская прокурорская служба"}},
		{"varlik:org:plaid-cymru", []string{"en:Plaid Cymru", "tr:Plaid Cymru", "ru:Плайд Камри"}},
		{"varlik:org:state-duma", []string{"en:State Duma", "tr:Rusya Devlet Duması", "ru:Госдума"}},
		{"varlik:org:law-and-justice", []string{"en:Law and Justice", "tr:Hukuk ve Adalet Partisi", "ru:Право и справедливость"}},
		{"varlik:org:national-bank-of-poland", []string{"en:NBP", "tr:Polonya Merkez Bankası", "ru:Национальный банк Польши"}},
		{"varlik:org:fidesz", []string{"en:Fidesz", "ru:Фидес"}},
		{"Q8880", []string{"en:European Commission", "tr:AB Komisyonu", "ru:Еврокомиссия"}},
		{"varlik:org:bank-of-slovenia", []string{"en:Bank of Slovenia", "tr:Slovenya Merkez Bankası", "ru:Банк Словении"}},
		{"varlik:org:hong-kong-monetary-authority", []string{"en:HKMA", "tr:Hong Kong Merkez Bankası"}},
		{"Q620942", []string{"en:BCEAO", "tr:Batı Afrika Devletleri Merkez Bankası"}},
		{"varlik:org:new-york-stock-exchange", []string{"en:NYSE", "tr:New York Borsası", "ru:Нью-Йоркская фондовая биржа"}},
		{"varlik:org:hkex", []string{"en:HKEX", "en:Hong Kong Stock Exchange", "tr:Hong Kong Borsası"}},
		{"varlik:org:borsa-istanbul", []string{"tr:Borsa İstanbul", "tr:İstanbul Borsası", "en:Istanbul Stock Exchange"}},
		{"varlik:org:new-york-city-police-department", []string{"en:NYPD", "en:New York Police Department", "tr:New York Polis Departmanı", "ru:Департамент полиции Нью-Йорка"}},
		{"varlik:org:ontario-provincial-police", []string{"en:OPP", "tr:Ontario Eyalet Polisi", "ru:Провинциальная полиция Онтарио"}},
		{"varlik:org:new-south-wales-police-force", []string{"en:NSW Police", "tr:Yeni Güney Galler Polisi", "ru:Полиция Нового Южного Уэльса"}},
		{"varlik:org:water-services-regulation-authority", []string{"en:Ofwat", "ru:Ofwat"}},
		{"varlik:org:national-cancer-institute", []string{"en:NCI", "en:U.S. National Cancer Institute", "tr:ABD Ulusal Kanser Enstitüsü", "ru:Национальный институт рака США"}},
		{"varlik:org:peace-corps", []string{"en:Peace Corps", "tr:Peace Corps", "ru:Корпус мира"}},
		{"varlik:org:metropolitan-police", []string{"en:Metropolitan Police", "en:Scotland Yard", "tr:Metropolitan Polisi", "ru:Столичная полиция"}},
		{"varlik:org:metropolitan-police-fc", []string{"en:Metropolitan Police FC"}},
	} {
		for _, n := range c.names {
			lang, name, _ := strings.Cut(n, ":")
			if got := byName[lang+":"+foldKey(name)]; len(got) != 1 || got[0] != c.id {
				t.Errorf("%s: organizations %v, want %s", n, got, c.id)
			}
		}
	}
	for id, country := range map[string]string{"varlik:org:new-york-city-police-department": "Q30",
		"varlik:org:ontario-provincial-police": "Q16", "varlik:org:new-south-wales-police-force": "Q408",
		"varlik:org:water-services-regulation-authority": "Q145", "varlik:org:ministry-of-defence-police": "Q145",
		"varlik:org:metropolitan-police": "Q145"} {
		if r := rows[id]; r == nil || r[2] != "institution" || !strings.Contains(";"+r[5]+";", ";country="+country+";") {
			t.Errorf("%s: %v, want an institution of %s", id, r, country)
		}
	}
}

// TestGovernmentPlace checks a row's country and subtype: a country's body
// takes the country's entry and its kind's subtype; an EU body no country
// and the subtype igo, unless it is a party; an unknown country is an
// error.
func TestGovernmentPlace(t *testing.T) {
	pl := &country{iso2: "PL", entry: newEntry("Q36", "LOCATION", "country", 0.9)}
	countries := map[string]*country{"PL": pl}
	for _, c := range []struct {
		country, kind, wantID, wantSubtype string
	}{
		{"PL", "bank", "Q36", "institution"},
		{"PL", "party", "Q36", "party"},
		{"EU", "government", "", "igo"},
		{"EU", "party", "", "party"},
		{"ZZ", "bank", "", "igo"},
		{"PL", "exchange", "Q36", "institution"},
	} {
		r := governmentRow{country: c.country, kind: c.kind, names: map[string][]string{"en": {"X"}}}
		id, subtype, err := governmentPlace(r, countries)
		if err != nil || id != c.wantID || subtype != c.wantSubtype {
			t.Errorf("%s %s: %q %q %v, want %q %q", c.country, c.kind, id, subtype, err, c.wantID, c.wantSubtype)
		}
	}
	if _, _, err := governmentPlace(governmentRow{country: "XX", kind: "bank", names: map[string][]string{"en": {"X"}}}, countries); err == nil {
		t.Error("unknown country XX: no error")
	}
}
