package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// intlSetSizes is how many rows each set of curated/orgs.tsv's block of
// international bodies of 2019 has, keyed by the start of its "# Set:"
// line: the UN system's 40 bodies (4 new, 36 merged into SupraVerden's),
// the 13 Nobel Peace Prize organizations not in before, and the 32 Summer
// and 7 Winter Olympic federations FIFA aside, 5 football confederations,
// 4 North American leagues, the FIA and Formula One Group, and 11 religious
// bodies.
var intlSetSizes = map[string]int{
	"the United Nations system":                                 40,
	"the organizations awarded the Nobel Peace Prize":           13,
	"the international federations of the 2020 Summer and 2022": 50,
	"the world's largest religious bodies":                      11,
}

// intlBlock returns the rows of curated/orgs.tsv's block of international
// bodies by set, as readIntlBlock reads them.
func intlBlock(t *testing.T) map[string][][]string {
	t.Helper()
	f, err := curated.Open("curated/orgs.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sets, err := readIntlBlock(f)
	if err != nil {
		t.Fatal(err)
	}
	return sets
}

// readIntlBlock reads the block of international bodies of a table like
// curated/orgs.tsv by set (the intlSetSizes key its "# Set:" line starts
// with): the block starts at its heading, each "# Set:" line opens a set
// (comment lines before its first row go on with it), and a comment line
// after a set's rows that opens no set ends the block (the next block's
// heading, as other tables append theirs).
func readIntlBlock(r io.Reader) (map[string][][]string, error) {
	sets := map[string][][]string{}
	in, set := false, ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# International bodies of 2019 by defined sets"):
			in = true
		case !in || l == "":
		case strings.HasPrefix(l, "# Set: "):
			set = ""
			for k := range intlSetSizes {
				if strings.HasPrefix(l, "# Set: "+k) {
					set = k
				}
			}
			if set == "" {
				return nil, fmt.Errorf("set not among the tested ones: %q", l)
			}
		case strings.HasPrefix(l, "#"):
			if len(sets[set]) > 0 {
				in = false
			}
		case set == "":
			return nil, fmt.Errorf("row before the block's first set: %q", l)
		default:
			sets[set] = append(sets[set], strings.Split(l, "\t"))
		}
	}
	return sets, sc.Err()
}

// TestReadIntlBlock: the rows before the block, a set's heading of two
// lines and the block appended after it are not the block's rows.
func TestReadIntlBlock(t *testing.T) {
	table := strings.Join([]string{
		"# Turkish parties.",
		"\tparty\tA Partisi\tA Party\t\tTR",
		"# International bodies of 2019 by defined sets (a heading",
		"# of two lines).",
		"# Set: the United Nations system (its",
		"# organs).",
		"\tigo\tX\tX\t\t",
		"\tigo\tY\tY\t\t",
		"# Set: the organizations awarded the Nobel Peace Prize",
		"\tngo\tZ\tZ\t\t",
		"# Militant groups.",
		"\tmilitant_group\tW\tW\t\t",
	}, "\n")
	sets, err := readIntlBlock(strings.NewReader(table))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for set, rows := range sets {
		for _, r := range rows {
			got = append(got, set+": "+r[3])
		}
	}
	slices.Sort(got)
	want := []string{"the United Nations system: X", "the United Nations system: Y", "the organizations awarded the Nobel Peace Prize: Z"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := readIntlBlock(strings.NewReader("# International bodies of 2019 by defined sets\n# Set: the Commonwealth\n")); err == nil {
		t.Error("a set not among the tested ones read without error")
	}
}

// TestIntlBodiesTable checks the block's sets are whole (intlSetSizes) and
// that no name stands in two of its rows, which would make two entries or
// fold two bodies into one.
func TestIntlBodiesTable(t *testing.T) {
	sets := intlBlock(t)
	sizes := map[string]int{}
	seen := map[string]string{}
	for set, rows := range sets {
		sizes[set] = len(rows)
		for _, r := range rows {
			if len(r) < 6 || len(r) > 7 {
				t.Errorf("%q: %d columns", r, len(r))
				continue
			}
			names := map[string]bool{}
			for _, col := range r[2:5] {
				for _, n := range strings.Split(col, "|") {
					if n != "" {
						names[foldKey(n)] = true
					}
				}
			}
			for n := range names {
				if other, ok := seen[n]; ok {
					t.Errorf("%s and %s share the name %q", other, r[3], n)
				}
				seen[n] = r[3]
			}
		}
	}
	checkCounts(t, "rows", sizes, intlSetSizes)
}

// TestIntlBodiesInGazetteer reads the generated gazetteer: rows naming a
// SupraVerden body add their names to it, new bodies get their subtype and
// country, a name of the block names one organization alone, and the
// abbreviations, competitions and other names the block leaves out are not
// the bodies' (Moscow Patriarchate, which a Ukrainian church's name holds).
func TestIntlBodiesInGazetteer(t *testing.T) {
	rows := loadDefault(t)
	byName := orgsByName(rows)
	for _, c := range []struct {
		key, id      string // a name ("lang:" + foldKey) and the one entry it names
		names, attrs []string
	}{
		{"ru:" + foldKey("ВОЗ"), "Q7817", []string{"tr=Dünya Sağlık Örgütü|DSÖ;", "|ВОЗ"}, []string{"igo", "source=supraverden,orgs_seed,curated"}},
		{"tr:" + foldKey("BM Kalkınma Programı"), "Q161718", []string{"tr=BM Kalkınma Programı|", "|ПРООН"}, []string{"igo"}},
		{"en:" + foldKey("World Tourism Organization"), "Q61923", []string{"en=United Nations Tourism|", "tr=Dünya Turizm Örgütü|UNWTO;", "|ЮНВТО"}, []string{"igo"}},
		{"en:" + foldKey("UNAIDS"), "Q588982", []string{"|Joint United Nations Programme on HIV/AIDS|UNAIDS;", "ru=Объединённая программа"}, []string{"igo"}}, // by its QID
		{"tr:" + foldKey("KSYÖ"), "Q842490", []string{"|ОЗХО"}, []string{"igo"}},
		{"en:" + foldKey("ICC"), "Q47488", []string{"en=International Criminal Court|ICC;"}, []string{"igo"}}, // the court, not cricket's council
		{"en:" + foldKey("UNCTAD"), "varlik:org:united-nations-conference-on-trade-and-development", []string{"ru=Конференция ООН по торговле и развитию|ЮНКТАД"}, []string{"igo", "source=curated"}},
		{"en:" + foldKey("IFRC"), "varlik:org:international-federation-of-red-cross-and-red-crescent-societies", []string{"tr=Uluslararası Kızılhaç ve Kızılay Dernekleri Federasyonu|IFRC;"}, []string{"ngo"}},
		{"en:" + foldKey("Grameen Bank"), "varlik:org:grameen-bank", nil, []string{"company", "country=Q902"}},
		{"en:" + foldKey("Nansen International Office for Refugees"), "varlik:org:nansen-international-office-for-refugees", nil, []string{"igo", "dissolved=1938"}},
		{"ru:" + foldKey("ИИХФ"), "varlik:org:international-ice-hockey-federation", []string{"en=International Ice Hockey Federation|IIHF;"}, []string{"ngo"}},
		{"en:" + foldKey("World Athletics"), "varlik:org:international-association-of-athletics-federations", []string{"|ИААФ"}, []string{"ngo"}},
		{"tr:" + foldKey("CONMEBOL"), "varlik:org:conmebol", []string{"|КОНМЕБОЛ"}, []string{"ngo"}},
		{"en:" + foldKey("N.B.A."), "varlik:org:nba", []string{"ru=НБА|"}, []string{"association", "country=Q30"}},
		{"en:" + foldKey("FIA"), "varlik:org:fia", []string{"|ФИА"}, []string{"ngo"}},
		{"ru:" + foldKey("РПЦ"), "varlik:org:russian-orthodox-church", []string{"tr=Rus Ortodoks Kilisesi;", "|РПЦ"}, []string{"religious_body", "country=Q159"}},
		{"en:" + foldKey("Mormon Church"), "varlik:org:church-of-jesus-christ-of-latter-day-saints", []string{"tr=Mormon Kilisesi;"}, []string{"religious_body", "country=Q30"}},
		{"tr:" + foldKey("Ezher"), "varlik:org:al-azhar", []string{"en=Al-Azhar|al-Azhar;", "ru=Аль-Азхар"}, []string{"religious_body", "country=Q79"}},
	} {
		if got := byName[c.key]; !slices.Equal(got, []string{c.id}) {
			t.Errorf("%s names %v, want %s alone", c.key, got, c.id)
			continue
		}
		checkEntryRow(t, rows[c.id], c.names, nil, c.attrs)
	}
	for _, c := range []struct{ key, id string }{
		{"en:caf", "varlik:org:confederation-of-african-football"},
		{"en:afc", "varlik:org:asian-football-confederation"},
		{"en:fis", "varlik:org:international-ski-federation"},
		{"en:uci", "varlik:org:union-cycliste-internationale"},
		{"en:itf", "varlik:org:international-tennis-federation"},
		{"en:itu", "varlik:org:international-triathlon-union"},
		{"en:isu", "varlik:org:international-skating-union"},
		{"en:fisa", "varlik:org:international-rowing-federation"},
		{"ru:" + foldKey("ВПП"), "Q204344"},
		{"ru:" + foldKey("ИМО"), "Q201054"},
		{"en:" + foldKey("National Football League"), "varlik:org:nfl"},
		{"en:" + foldKey("National Hockey League"), "varlik:org:nhl"},
		{"en:" + foldKey("Formula One"), "varlik:org:formula-one-group"},
		{"en:" + foldKey("Moscow Patriarchate"), "varlik:org:russian-orthodox-church"},
		{"en:sbc", "varlik:org:southern-baptist-convention"},
	} {
		if rows[c.id] == nil {
			t.Errorf("no entry %s", c.id)
		}
		if slices.Contains(byName[c.key], c.id) {
			t.Errorf("%s names %s", c.key, c.id)
		}
	}
	if ids := byName["en:"+foldKey("Premier League")]; len(ids) > 0 {
		t.Errorf("the Premier League, a competition, is an organization: %v", ids)
	}
}

// TestMilitantGroupsOnce checks that every militant_group row of
// curated/orgs.tsv makes an entry of its own: a row of the 2019 lists that
// shared an English name with another group's row would fold the two
// groups into one (merge), or a group listed twice would make two entries.
func TestMilitantGroupsOnce(t *testing.T) {
	rows, err := readCurated("orgs.tsv", 7)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, r := range rows {
		if r[1] == "militant_group" {
			want++
		}
	}
	got := 0
	for _, r := range loadDefault(t) {
		if r[1] == "ORGANIZATION" && r[2] == "militant_group" {
			got++
		}
	}
	if got != want {
		t.Errorf("%d militant_group entries, want one per row of curated/orgs.tsv: %d", got, want)
	}
}

// TestMilitantGroups checks a few rows of the 2019 lists' block: their
// names in each language (a lower-case article's form kept beside the
// capitalized one), subtype and country, and that a wing or a predecessor
// stays apart from the group above (the Qassam Brigades from Hamas, the
// Nusra Front from HTS, the New IRA from the IRA), and that a name another
// group has is not the group's (Jundallah, also a Pakistani group's). The
// group keeps Al-Shabab, the spelling AP gives it, beside the Saudi club of
// that name: the group's higher prior ranks it first, the club's context
// is the linker's to read.
func TestMilitantGroups(t *testing.T) {
	rows := loadDefault(t)
	checkOrgRows(t, rows, "militant_group", []orgCase{
		{"varlik:org:al-qaeda", []string{"tr=El Kaide", "en=Al-Qaeda", "en=al-Qaeda", "ru=Аль-Каида"}, ""},
		{"varlik:org:al-shabaab", []string{"en=al-Shabaab", "en=al-Shabab", "tr=Eş-Şebab"}, "Q1045"},
		{"varlik:org:al-qaeda-in-the-arabian-peninsula", []string{"en=AQAP", "en=al-Qaeda in the Arabian Peninsula", "tr=Arap Yarımadası El Kaidesi"}, "Q805"},
		{"varlik:org:lashkar-e-taiba", []string{"tr=Leşker-i Tayyibe", "en=Lashkar-e-Taiba", "ru=Лашкаре-Тайба"}, "Q843"},
		{"varlik:org:jaish-e-mohammed", []string{"tr=Ceyş-i Muhammed", "en=Jaish-e-Mohammed"}, "Q843"},
		{"varlik:org:islamic-state-west-africa-province", []string{"en=ISWAP"}, "Q1033"},
		{"varlik:org:izz-ad-din-al-qassam-brigades", []string{"en=Qassam Brigades", "tr=Kassam Tugayları"}, "Q407199"},
		{"varlik:org:al-nusra-front", []string{"en=Jabhat al-Nusra", "tr=Nusra Cephesi"}, "Q858"},
		{"varlik:org:new-ira", []string{"en=New IRA", "ru=Новая ИРА"}, "Q145"},
		{"varlik:org:ulster-volunteer-force", []string{"en=UVF"}, "Q145"},
		{"varlik:org:eta", []string{"en=ETA", "tr=ETA"}, "Q29"},
		{"varlik:org:aum-shinrikyo", []string{"ru=Аум Синрикё"}, "Q17"},
		{"varlik:org:pkk", []string{"tr=PKK", "tr=Kürdistan İşçi Partisi"}, "Q43"},
		{"varlik:org:kck", []string{"tr=Kürdistan Topluluklar Birliği"}, "Q43"},
		{"varlik:org:balochistan-liberation-army", []string{"en=Balochistan Liberation Army", "tr=Belucistan Kurtuluş Ordusu"}, "Q843"},
		{"varlik:org:irish-people-s-liberation-organisation", []string{"en=Irish People's Liberation Organisation"}, "Q145"},
	})
	checkNotNamed(t, rows, []idName{
		{"varlik:org:hamas", "Qassam Brigades"},
		{"varlik:org:hayat-tahrir-al-sham", "Jabhat al-Nusra"},
		{"varlik:org:irish-republican-army", "New IRA"},
		{"varlik:org:jaish-al-adl", "Jundallah"},
	})
}

// checkOrgRow checks a generated row r: an organization of subtype with
// each of names (lang=name) and the country entry ID country.
func checkOrgRow(t *testing.T, r []string, subtype string, names []string, country string) {
	t.Helper()
	if r == nil {
		t.Fatal("no entry")
	}
	if r[1] != "ORGANIZATION" || r[2] != subtype {
		t.Errorf("type %s/%s, want ORGANIZATION/%s", r[1], r[2], subtype)
	}
	has := namesOf(r[4])
	for _, n := range names {
		lang, name, _ := strings.Cut(n, "=")
		if !slices.Contains(has[lang], name) {
			t.Errorf("no %s name %q in %s", lang, name, r[4])
		}
	}
	if got := attr(r[5], "country"); got != country {
		t.Errorf("country %q, want %q", got, country)
	}
}

// orgCase is an organization a test expects in the generated gazetteer:
// its ID, names (lang=name, each among the entry's names) and country
// entry ID ("" for none).
type orgCase struct {
	id      string
	names   []string
	country string
}

// checkOrgRows checks each case's row with checkOrgRow, as an organization
// of subtype.
func checkOrgRows(t *testing.T, rows map[string][]string, subtype string, cases []orgCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) { checkOrgRow(t, rows[c.id], subtype, c.names, c.country) })
	}
}

// idName is an entry ID and an English name.
type idName struct{ id, name string }

// checkNotNamed checks that each entry exists and lacks its English name:
// a name another body has.
func checkNotNamed(t *testing.T, rows map[string][]string, pairs []idName) {
	t.Helper()
	for _, p := range pairs {
		if r := rows[p.id]; r == nil || slices.Contains(namesOf(r[4])["en"], p.name) {
			t.Errorf("%s: missing, or named %q, another body's name", p.id, p.name)
		}
	}
}

// namesOf splits a generated row's names column into each language's names.
func namesOf(col string) map[string][]string {
	names := map[string][]string{}
	for _, part := range strings.Split(col, ";") {
		lang, ns, _ := strings.Cut(part, "=")
		names[lang] = strings.Split(ns, "|")
	}
	return names
}

// attr returns the value of key in a generated row's attribute column.
func attr(attrs, key string) string {
	for _, kv := range strings.Split(attrs, ";") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// TestUniversities2019 checks a few rows of curated/orgs.tsv's block of
// universities of 2019 (THE top 100, Russell Group, Ivy League, University
// of California campuses): names in each language, country, that Oxford's
// and Cambridge's rows above got their "X University" forms without a
// second entry (the ID with a country suffix a repeated row would make),
// and that names other bodies have stay out (MIT is Turkey's MİT in
// English too; York University and Washington University are other
// universities).
func TestUniversities2019(t *testing.T) {
	rows := loadDefault(t)
	checkOrgRows(t, rows, "university", []orgCase{
		{"varlik:org:university-of-oxford", []string{"en=University of Oxford", "en=Oxford University", "tr=Oxford Üniversitesi", "ru=Оксфордский университет"}, "Q145"},
		{"varlik:org:university-of-cambridge", []string{"en=Cambridge University"}, "Q145"},
		{"varlik:org:california-institute-of-technology", []string{"en=Caltech", "tr=Kaliforniya Teknoloji Enstitüsü", "ru=Калифорнийский технологический институт"}, "Q30"},
		{"varlik:org:eth-zurich", []string{"en=ETH Zurich", "en=ETH Zürich", "tr=ETH Zürih"}, "Q39"},
		{"varlik:org:university-of-california-berkeley", []string{"en=UC Berkeley", "tr=Kaliforniya Üniversitesi, Berkeley", "ru=Калифорнийский университет в Беркли"}, "Q30"},
		{"varlik:org:university-of-michigan", []string{"tr=Michigan Üniversitesi", "ru=Мичиганский университет", "ru=Университет Мичигана"}, "Q30"},
		{"varlik:org:imperial-college-london", []string{"en=Imperial College"}, "Q145"},
		{"varlik:org:dartmouth-college", []string{"tr=Dartmouth Koleji"}, "Q30"},
		{"varlik:org:university-of-warwick", []string{"en=Warwick University", "tr=Warwick Üniversitesi"}, "Q145"},
	})
	for _, id := range []string{"varlik:org:university-of-oxford-gb", "varlik:org:university-of-cambridge-gb"} {
		if rows[id] != nil {
			t.Errorf("%s: a second entry for a university the table had", id)
		}
	}
	checkNotNamed(t, rows, []idName{
		{"varlik:org:massachusetts-institute-of-technology", "MIT"},
		{"varlik:org:university-of-york", "York University"},
		{"varlik:org:university-of-washington", "Washington University"},
		{"varlik:org:university-college-london", "UCL"},
	})
}

// TestCharitiesNGOs2019 checks rows of the block of UK charities and
// international NGOs of 2019 come out as ngo entries of their country with
// their Turkish and Russian names, and that the short forms the block leaves
// out (a town, a phrase, a publisher) are not theirs.
func TestCharitiesNGOs2019(t *testing.T) {
	rows := loadDefault(t)
	checkOrgRows(t, rows, "ngo", []orgCase{
		{"varlik:org:rnli", []string{"en=RNLI", "en=Royal National Lifeboat Institution"}, "Q145"},
		{"varlik:org:wellcome-trust", []string{"en=Wellcome Trust"}, "Q145"},
		{"varlik:org:bill-melinda-gates-foundation", []string{"en=Gates Foundation", "tr=Bill ve Melinda Gates Vakfı", "ru=Фонд Билла и Мелинды Гейтс"}, "Q30"},
		{"varlik:org:norwegian-refugee-council", []string{"tr=Norveç Mülteci Konseyi", "ru=Норвежский совет по делам беженцев"}, "Q20"},
		{"varlik:org:humanity-inclusion", []string{"en=Handicap International", "en=Humanity & Inclusion"}, "Q142"},
		{"varlik:org:transparency-international", []string{"tr=Uluslararası Şeffaflık Örgütü"}, "Q183"},
	})
	checkNotNamed(t, rows, []idName{
		{"varlik:org:gavi-the-vaccine-alliance", "Gavi"},
		{"varlik:org:global-fund-to-fight-aids-tuberculosis-and-malaria", "Global Fund"},
		{"varlik:org:macmillan-cancer-support", "Macmillan"},
		{"varlik:org:bbc-children-in-need", "Children in Need"},
	})
}

// TestPollstersThinkTanks2019 checks a few rows of curated/orgs.tsv's block
// of pollsters and think tanks of 2019 (British Polling Council members,
// pollsters news quotes, the Global Go To Think Tank Index 2019 top 50):
// names in each language, subtype (a firm, a non-profit, a university's
// poll), country, and that names alone which are a place, a surname or a
// currency stay out (Brookings, Levada, RAND), and abbreviations another
// body of the gazetteer shares (CFR: CFR Cluj).
func TestPollstersThinkTanks2019(t *testing.T) {
	rows := loadDefault(t)
	checkOrgRows(t, rows, "company", []orgCase{
		{"varlik:org:yougov", []string{"en=YouGov", "tr=YouGov", "ru=YouGov"}, "Q145"},
		{"varlik:org:vtsiom", []string{"en=VTsIOM", "tr=VTsIOM", "ru=ВЦИОМ"}, "Q159"},
		{"varlik:org:konda", []string{"tr=KONDA"}, "Q43"},
	})
	checkOrgRows(t, rows, "ngo", []orgCase{
		{"varlik:org:levada-center", []string{"en=Levada Center", "tr=Levada Merkezi", "ru=Левада-центр"}, "Q159"},
		{"varlik:org:brookings-institution", []string{"en=Brookings Institution", "tr=Brookings Enstitüsü", "ru=Брукингский институт"}, "Q30"},
		{"varlik:org:stockholm-international-peace-research-institute", []string{"en=SIPRI", "tr=SIPRI", "ru=СИПРИ"}, "Q34"},
		{"varlik:org:carnegie-moscow-center", []string{"tr=Carnegie Moskova Merkezi", "ru=Московский центр Карнеги"}, "Q159"},
	})
	checkOrgRows(t, rows, "institution", []orgCase{
		{"varlik:org:quinnipiac-university-poll", []string{"en=Quinnipiac University Poll"}, "Q30"},
	})
	checkNotNamed(t, rows, []idName{
		{"varlik:org:brookings-institution", "Brookings"},
		{"varlik:org:levada-center", "Levada"},
		{"varlik:org:rand-corporation", "RAND"},
		{"varlik:org:council-on-foreign-relations", "CFR"},
	})
}

// TestTurkishLocalBodies2019 checks rows of curated/orgs.tsv's blocks of
// the metropolitan municipalities of 2019 and of the Turkish public bodies
// and state enterprises of 2019: names in each language (ASCII English
// forms too), subtype and country; that the Turkish names given to the
// armed forces' and Halkbank's rows above came out on their entries
// without a second entry; and that the abbreviations kept Turkish-only
// (TMO; MTA, New York's transit authority in English) are not English
// names.
func TestTurkishLocalBodies2019(t *testing.T) {
	rows := loadDefault(t)
	checkOrgRows(t, rows, "municipality", []orgCase{
		{"varlik:org:adana-metropolitan-municipality", []string{"tr=Adana Büyükşehir Belediyesi", "en=Adana Metropolitan Municipality"}, "Q43"},
		{"varlik:org:sanliurfa-metropolitan-municipality", []string{"tr=Şanlıurfa Büyükşehir Belediyesi", "en=Şanlıurfa Metropolitan Municipality", "en=Sanliurfa Metropolitan Municipality"}, "Q43"},
		{"varlik:org:van-metropolitan-municipality", []string{"tr=Van Büyükşehir Belediyesi"}, "Q43"},
		{"varlik:org:istanbul-metropolitan-municipality", []string{"tr=İBB", "en=Istanbul Metropolitan Municipality"}, "Q43"},
	})
	checkOrgRows(t, rows, "institution", []orgCase{
		{"varlik:org:turkish-land-forces", []string{"tr=Türk Kara Kuvvetleri", "tr=Kara Kuvvetleri Komutanlığı", "en=Turkish Land Forces"}, "Q43"},
		{"varlik:org:turkish-special-forces-command", []string{"tr=Özel Kuvvetler Komutanlığı"}, "Q43"},
		{"varlik:org:state-airports-authority", []string{"tr=DHMİ", "en=DHMI", "en=State Airports Authority"}, "Q43"},
		{"varlik:org:turkish-grain-board", []string{"tr=Toprak Mahsulleri Ofisi", "tr=TMO"}, "Q43"},
	})
	checkOrgRows(t, rows, "company", []orgCase{
		{"varlik:org:halkbank", []string{"tr=Halk Bankası", "tr=Türkiye Halk Bankası", "en=Halkbank"}, "Q43"},
		{"varlik:org:turksat", []string{"tr=Türksat", "en=Turksat"}, "Q43"},
		{"varlik:org:development-and-investment-bank-of-turkey", []string{"tr=Türkiye Kalkınma ve Yatırım Bankası", "tr=Türkiye Kalkınma Bankası"}, "Q43"},
	})
	for _, id := range []string{"varlik:org:turkish-land-forces-tr", "varlik:org:halkbank-tr"} {
		if rows[id] != nil {
			t.Errorf("%s: a second entry for a body the table had", id)
		}
	}
	checkNotNamed(t, rows, []idName{
		{"varlik:org:turkish-grain-board", "TMO"},
		{"varlik:org:general-directorate-of-mineral-research-and-exploration", "MTA"},
	})
}
