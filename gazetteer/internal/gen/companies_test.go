package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// companyIndexSizes is how many rows of curated/companies.tsv each index
// has: its members at the end of 2019, a company counted once for its share
// classes (Atlas Copco A and B in the OMX Stockholm 30). Short of the
// index's size: FTSE MIB 39 (Juventus is the club the gazetteer has), OMX
// Stockholm 30 29 companies, Hang Seng 49 (a member not known for certain
// left out); Nikkei 225 and KOSPI hold fifty and thirty large members.
// G500 holds the Fortune Global 500 members of 2019 that have a row, not
// those only the S&P 500 or curated/orgs.tsv names (Walmart, Huawei);
// STAR, ONEWORLD and SKYTEAM are the alliances whole, LCC ten low-cost
// carriers. BGB19 holds the Best Global Brands of 2019 that name a company
// and have a row (not the product names, nor Apple or Google, which the
// gazetteer has with nothing to add), GPR19 the fifty largest retailers of
// the Global Powers of Retailing 2019 that have a row (not the S&P 500's
// Walmart or Costco), GPRB19 their store banners. SP500_2019 and
// FTSE100_2019 hold the members during 2019 that the current S&P 500 list
// and the 31 December rows lack, not those the gazetteer has already.
// UNICORN19 holds twenty-seven of CB Insights' fifty most valuable start-ups at
// the end of 2019 (not those the gazetteer has with nothing to add: SpaceX,
// Airbnb, DoorDash), CLOUD19 the first five of the Forbes Cloud 100 of
// 2019, IPO2019 the companies of 2019's listings the gazetteer lacked.
var companyIndexSizes = map[string]int{
	"FTSE100": 100, "DAX": 30, "CAC40": 40, "SX5E": 50, "SMI": 20, "AEX": 25,
	"IBEX35": 35, "FTSEMIB": 39, "OMXS30": 29, "N225": 50, "HSI": 49,
	"KOSPI": 30, "BIST30": 30, "MOEX": 42, "TSX60": 60, "ASX50": 50,
	"G500": 348, "STAR": 26, "ONEWORLD": 13, "SKYTEAM": 19, "LCC": 10,
	"BGB19": 53, "GPR19": 38, "GPRB19": 28, "SP500_2019": 70, "FTSE100_2019": 4,
	"UNICORN19": 27, "CLOUD19": 5, "IPO2019": 4,
}

// legalFormOnly matches a name that ends in a legal form: such a name may
// be an alias, never a company's only name.
var legalFormOnly = regexp.MustCompile(`\b(plc|AG|SA|S\.A\.|SE|NV|N\.V\.|S\.p\.A\.|Inc\.|Ltd\.|Limited|AB|KGaA)$`)

// shortNameHeldElsewhere lists the rows whose short name the table leaves
// out because a better-known entity holds it, so that their legal form is
// their only name: a bare "Prudential" is as often the American Prudential
// Financial (an S&P 500 entry) as the British Prudential plc, "Metro"
// is the Canadian grocer's row (and a word), "CHS" is as often the
// hospital operator Community Health Systems as the farm cooperative, and
// "Gap" is a word and, in Turkish news, the GAP project of the south-east.
var shortNameHeldElsewhere = map[string]bool{"Prudential plc": true, "Metro AG": true, "CHS Inc.": true, "Gap Inc.": true}

// TestCompaniesTable checks curated/companies.tsv: every index whole (as
// companyIndexSizes has it), one row a company (no name in two rows), a
// short name beside the legal forms, a country code the gazetteer knows the
// form of.
func TestCompaniesTable(t *testing.T) {
	rows, err := readCurated("companies.tsv", 5)
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{}
	seen := map[string]string{}
	country := regexp.MustCompile(`^[A-Z]{2}$`)
	for _, r := range rows {
		for _, ix := range strings.Split(r[0], ",") {
			if _, ok := companyIndexSizes[ix]; !ok {
				t.Errorf("%q: unknown index %q", r[1], ix)
			}
			sizes[ix]++
		}
		short := false
		for _, n := range splitNames(r[1]) {
			short = short || !legalFormOnly.MatchString(n)
		}
		if !short && !shortNameHeldElsewhere[r[1]] {
			t.Errorf("%q: no name without its legal form", r[1])
		}
		for _, col := range r[1:4] {
			if col == "" {
				continue
			}
			for _, n := range strings.Split(col, "|") {
				if n == "" || n != strings.TrimSpace(n) {
					t.Errorf("%q: empty or padded name %q", r[1], n)
				}
				if k := foldKey(n); seen[k] != "" && seen[k] != r[1] {
					t.Errorf("%q in rows %q and %q", n, seen[k], r[1])
				} else {
					seen[k] = r[1]
				}
			}
		}
		if !country.MatchString(r[4]) {
			t.Errorf("%q: country %q", r[1], r[4])
		}
	}
	for ix, want := range companyIndexSizes {
		if sizes[ix] != want {
			t.Errorf("%s: %d rows, want %d", ix, sizes[ix], want)
		}
	}
}

func TestCompanyNameCollides(t *testing.T) {
	for n, want := range map[string]bool{
		"Next": true, "Sage": true, "Kingfisher": true, "Leonardo": true, "Сони": true, // a word, a given name
		"Next plc": false, "Tesco": false, "Sainsbury's": false, "Barclays": false,
		"SAP": false, "Сбербанк": false, "Тойота": false, // an acronym; brands the Russian dictionary lists
		"Casino": true, "IndiGo": true, "Reliance": true, "Wilmar": true, "ANA": true, // a word; a given name, capitals or not
		"Groupe Casino": false, "Sinopec": false, "Ryanair": false, "Lufthansa": false,
	} {
		if got := companyNameCollides(n); got != want {
			t.Errorf("companyNameCollides(%q) = %v, want %v", n, got, want)
		}
	}
}

// TestAddCompanyNames checks that a one-word name that is a word or a
// given name is left out and logged, in every language, and the row's
// other names kept.
func TestAddCompanyNames(t *testing.T) {
	e := newEntry("varlik:org:casino", "ORGANIZATION", "company", 0)
	var log strings.Builder
	addCompanyNames(e, map[string][]string{
		"en": {"Casino", "Groupe Casino"}, "tr": {"Casino", "Groupe Casino"}, "ru": {"Casino", "Groupe Casino"},
	}, &log)
	want := map[string][]string{"en": {"Groupe Casino"}, "tr": {"Groupe Casino"}, "ru": {"Groupe Casino"}}
	for l, ns := range want {
		if strings.Join(e.names[l], "|") != strings.Join(ns, "|") {
			t.Errorf("%s names %q, want %q", l, e.names[l], ns)
		}
	}
	if got, line := log.String(), "company name left out, a word or given name: varlik:org:casino \"Casino\"\n"; got != strings.Repeat(line, 3) {
		t.Errorf("log %q, want the line for Casino three times (en, tr, ru)", got)
	}
}

// TestCompaniesGenerated checks the companies in the generated file: new
// ones rank as listed organizations, known ones keep their entry and
// standing, and a one-word name that is a word is left out.
func TestCompaniesGenerated(t *testing.T) {
	rows := loadDefault(t)
	tests := []struct {
		id       string
		names    []string // substrings of the names column
		attrs    []string // substrings of subtype and attrs
		prior    float64
		notNames []string // must not be among the names
	}{
		{"varlik:org:sainsbury-s", []string{"en=Sainsbury's|J Sainsbury|Sainsbury"}, []string{"company", "country=Q145", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:barclays", []string{"en=Barclays", "ru=Барклайс"}, []string{"country=Q145"}, priorListedOrg, nil},
		{"varlik:org:next", []string{"en=Next plc"}, nil, priorListedOrg, []string{"=Next;", "=Next|", "|Next;", "|Next|"}},
		{"varlik:org:siemens", []string{"Siemens AG", "ru=Сименс|Siemens"}, []string{"source=curated,companies"}, 0.70, nil},
		{"varlik:org:turkish-airlines", []string{"tr=Türk Hava Yolları|THY"}, []string{"curated,companies"}, 0.70, nil},
		{"varlik:org:linde", []string{"Linde plc", "Линде"}, []string{"sp500,companies"}, priorListedOrg, nil},
		{"varlik:org:sberbank", []string{"ru=Сбербанк|Сбер"}, []string{"country=Q159"}, 0.70, nil},
		// Fortune Global 500 and airlines: new entries, and rows merged into
		// the S&P 500's and curated/orgs.tsv's, which keep their standing.
		{"varlik:org:state-grid", []string{"en=State Grid|", "ru=Государственная электросетевая корпорация Китая"}, []string{"company", "country=Q148", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:china-national-petroleum", []string{"en=China National Petroleum|CNPC", "Китайская национальная нефтегазовая корпорация"}, []string{"country=Q148"}, priorListedOrg, nil},
		{"varlik:org:wizz-air", []string{"en=Wizz Air"}, []string{"country=Q28"}, priorListedOrg, nil},
		{"varlik:org:qatar-airways", []string{"tr=Qatar Airways|Katar Havayolları", "ru=Катарские авиалинии"}, []string{"source=curated,companies"}, 0.70, nil},
		{"varlik:org:united-airlines-holdings", []string{"en=United Airlines Holdings|United Airlines"}, []string{"source=sp500,companies"}, priorListedOrg, nil},
		{"varlik:org:indigo", []string{"en=InterGlobe Aviation"}, nil, priorListedOrg, []string{"IndiGo"}},                      // the word indigo
		{"varlik:org:gol", []string{"en=Gol Linhas Aéreas"}, nil, priorListedOrg, []string{"=GOL;", "|GOL;", "=GOL|", "|GOL|"}}, // Turkish gol
		{"varlik:org:southwest-airlines", []string{"en=Southwest Airlines"}, nil, priorListedOrg, []string{"|Southwest;", "=Southwest;"}},
		// Brands and retailers: a fashion house beside its group, a marque
		// whose short name is a given name, banners of their own, and
		// names and Russian names added to the S&P 500's entries.
		{"varlik:org:louis-vuitton", []string{"en=Louis Vuitton;"}, []string{"company", "country=Q142", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:lvmh", []string{"en=LVMH|LVMH Moët Hennessy Louis Vuitton"}, nil, priorListedOrg, []string{"en=Louis Vuitton", "|Louis Vuitton|", "|Louis Vuitton;"}},
		{"varlik:org:ikea", []string{"en=IKEA|Ikea", "ru=IKEA|ИКЕА|Икеа"}, []string{"country=Q55"}, priorListedOrg, nil},
		{"varlik:org:audi", []string{"en=Audi AG", "ru=Ауди"}, []string{"country=Q183"}, priorListedOrg, []string{"=Audi;", "=Audi|", "|Audi;", "|Audi|"}},
		{"varlik:org:lidl", []string{"en=Lidl"}, []string{"company", "country=Q183", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:primark", []string{"en=Primark"}, []string{"country=Q27"}, priorListedOrg, nil},
		{"varlik:org:walt-disney", []string{"en=Walt Disney|Walt Disney Company;", "ru=Дисней"}, []string{"source=sp500,companies"}, priorListedOrg, []string{"|Disney;", "=Disney|"}}, // lower-case "disney" in chat text
		{"varlik:org:mcdonald-s", []string{"ru=McDonald's|Макдоналдс"}, []string{"source=sp500,companies"}, priorListedOrg, nil},
		// Members during 2019 gone since: entries of their own, a 2019 name
		// merged into the S&P 500's entry under its later name, and a word
		// left out.
		{"varlik:org:marks-spencer", []string{"en=Marks & Spencer|M&S|Marks and Spencer", "ru=Marks & Spencer"}, []string{"company", "country=Q145", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:celgene", []string{"en=Celgene"}, []string{"company", "country=Q30"}, priorListedOrg, nil},
		{"varlik:org:rtx", []string{"en=RTX|RTX Corporation|United Technologies"}, []string{"source=sp500,companies"}, priorListedOrg, nil},
		{"varlik:org:gap-inc", []string{"en=Gap Inc."}, nil, priorListedOrg, []string{"=Gap;", "=Gap|", "|Gap;", "|Gap|"}},
		// Start-ups of 2019: entries of their own with their longer names
		// where the short one is a word, and a short name merged into the
		// S&P 500's entry.
		{"varlik:org:bytedance", []string{"en=ByteDance|", "ru=ByteDance"}, []string{"company", "country=Q148", "source=companies"}, priorListedOrg, nil},
		{"varlik:org:stripe", []string{"en=Stripe Inc."}, []string{"country=Q30"}, priorListedOrg, []string{"=Stripe;", "=Stripe|", "|Stripe;", "|Stripe|"}},
		{"varlik:org:grab", []string{"en=Grab Holdings"}, []string{"country=Q334"}, priorListedOrg, []string{"=Grab;", "=Grab|", "|Grab;", "|Grab|"}},
		{"varlik:org:oyo-rooms", []string{"en=OYO Rooms|"}, []string{"country=Q668"}, priorListedOrg, []string{"=OYO;", "=OYO|", "|OYO;", "|OYO|"}}, // Oyo State
		{"varlik:org:palantir-technologies", []string{"en=Palantir Technologies|Palantir"}, []string{"source=sp500,companies"}, priorListedOrg, nil},
		{"varlik:org:zoom-video-communications", []string{"en=Zoom Video Communications|Zoom Video"}, []string{"country=Q30"}, priorListedOrg, []string{"=Zoom;", "=Zoom|", "|Zoom;", "|Zoom|"}},
		{"varlik:org:e-leclerc", []string{"en=E.Leclerc|E. Leclerc"}, nil, priorListedOrg, []string{"=Leclerc", "|Leclerc"}}, // Charles Leclerc
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r, ok := rows[tt.id]
			if !ok {
				t.Fatalf("no entry %s", tt.id)
			}
			checkEntryRow(t, r, tt.names, tt.notNames, tt.attrs)
			if p, _ := strconv.ParseFloat(r[3], 64); p != tt.prior {
				t.Errorf("prior %v, want %v", p, tt.prior)
			}
		})
	}
}
