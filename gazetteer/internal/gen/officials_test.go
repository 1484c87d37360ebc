package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// personNames returns the names of a generated row as "lang:name".
func personNames(r []string) []string {
	var out []string
	for _, ln := range strings.Split(r[4], ";") {
		lang, ns, _ := strings.Cut(ln, "=")
		for _, n := range strings.Split(ns, "|") {
			out = append(out, lang+":"+n)
		}
	}
	return out
}

// TestOfficials2019InGazetteer checks rows of curated/officials2019.tsv in
// the generated gazetteer: a new person of 2019 is marked office_year=2019
// with a member of parliament's prior and the table's subtype, country and
// names; a row naming a person the Factbook lists as head today only adds
// its names and keeps the Factbook's subtype and prior.
func TestOfficials2019InGazetteer(t *testing.T) {
	rows := loadDefault(t)
	for _, c := range []struct {
		id, subtype, prior string
		past               bool     // marked office_year=2019
		attrs              []string // attributes the entry has
		names              []string
	}{
		// Turkey's local elections of 2019: a metropolitan mayor, one
		// removed in 2019, one replaced in 2019, a provincial centre's
		// mayor, a head of a body; members of parliament ParlaMint-TR gives
		// keep its entry (party, Russian name), not a mayor's row.
		{"varlik:person:zeydan-karalar", "politician", "0.600", true, []string{"role=Adana Büyükşehir Belediye Başkanı", "role_en=Mayor of Adana", "of=Q43"}, []string{"tr:Zeydan Karalar", "en:Zeydan Karalar"}},
		{"varlik:person:selcuk-mizrakli", "politician", "0.600", true, []string{"role_en=Mayor of Diyarbakır (2019)"}, []string{"tr:Selçuk Mızraklı", "en:Selcuk Mizrakli"}},
		{"varlik:person:aziz-kocaoglu", "politician", "0.600", true, []string{"role_en=Mayor of Izmir (2004–2019)"}, []string{"en:Aziz Kocaoglu"}},
		{"varlik:person:ibrahim-karaosmanoglu", "politician", "0.600", true, []string{"role=Kocaeli Büyükşehir Belediye Başkanı (2004–2019)"}, []string{"tr:İbrahim Karaosmanoğlu", "en:Ibrahim Karaosmanoglu"}},
		{"varlik:person:ahmet-cakir", "politician", "0.600", false, []string{"source=parlamint"}, []string{"tr:Ahmet Çakır"}},
		{"varlik:person:tanju-ozcan", "politician", "0.600", false, []string{"source=parlamint"}, []string{"tr:Tanju Özcan"}},
		{"varlik:person:semih-sahin", "politician", "0.600", true, []string{"role_en=Mayor of Bilecik"}, []string{"tr:Semih Şahin", "en:Semih Sahin"}},
		{"varlik:person:murat-uysal", "official", "0.600", true, []string{"role_en=Governor of the Central Bank of Turkey"}, []string{"tr:Murat Uysal"}},
		{"varlik:person:bedia-ozgokce-ertan", "politician", "0.600", false, []string{"party=Q15123187"}, []string{"ru:Бедиа Ёзгёкче Эртан"}},
		{"varlik:person:theresa-may", "politician", "0.600", true, []string{"role_en=Prime Minister (2016–2019)"}, []string{"en:Theresa May"}},
		{"varlik:person:bashar-al-assad", "politician", "0.600", true, []string{"of=Q858"}, []string{"tr:Beşar Esad", "en:Bashar al-Assad", "en:Bashar Assad", "ru:Башар Асад"}},
		{"varlik:person:mahmoud-abbas", "politician", "0.600", true, []string{"of=Q407199"}, []string{"tr:Mahmud Abbas", "ru:Махмуд Аббас"}},
		{"varlik:person:hassan-rouhani", "politician", "0.600", true, []string{"of=Q794"}, []string{"tr:Hasan Ruhani", "ru:Хасан Рухани"}},
		{"varlik:person:petro-poroshenko", "politician", "0.600", true, []string{"role_en=President (2014–2019)", "of=Q212"}, []string{"tr:Petro Poroşenko", "ru:Пётр Порошенко"}},
		{"varlik:person:noureddine-bedoui", "politician", "0.600", true, []string{"role_en=Prime Minister (2019)"}, []string{"tr:Nureddin Bedevi"}},
		{"varlik:person:heiko-maas", "minister", "0.600", true, []string{"of=Q183"}, []string{"ru:Хайко Маас"}},
		{"varlik:person:federica-mogherini", "official", "0.600", true, []string{"of=Q458"}, []string{"en:Federica Mogherini"}},
		// Cabinets, finance ministers and central bankers of 2019 outside
		// the US and UK; Turkish transliterations of Persian and Arabic
		// names; Hong Kong's activists as public figures.
		{"varlik:person:olaf-scholz", "minister", "0.600", true, []string{"of=Q183", "role_en=Vice-Chancellor and Federal Minister of Finance"}, []string{"tr:Olaf Scholz", "ru:Олаф Шольц"}},
		{"varlik:person:mohammad-javad-zarif", "minister", "0.600", true, []string{"of=Q794"}, []string{"tr:Muhammed Cevad Zarif", "tr:Cevad Zarif", "en:Javad Zarif", "ru:Джавад Зариф"}},
		{"varlik:person:adel-al-jubeir", "minister", "0.600", true, []string{"of=Q851"}, []string{"tr:Adil el-Cubeyr", "en:Adel al-Jubeir"}},
		{"varlik:person:benny-gantz", "party_leader", "0.600", true, []string{"of=Q801"}, []string{"ru:Бени Ганц"}},
		{"varlik:person:joshua-wong", "public_figure", "0.600", true, []string{"of=Q8646"}, []string{"en:Joshua Wong"}},
		// The elections of 2019: a losing candidate (the party post and
		// the candidacy in the role) with the Turkish spelling news uses,
		// a winner who took office in 2020, a European Parliament lead
		// candidate (of= the Parliament), a transition's army chief who
		// died in office in 2019, a protest leader.
		{"varlik:person:yulia-tymoshenko", "party_leader", "0.600", true, []string{"role_en=Leader of Batkivshchyna, candidate in the 2019 presidential election", "of=Q212"}, []string{"tr:Yuliya Timoşenko", "en:Yulia Tymoshenko", "ru:Юлия Тимошенко"}},
		{"varlik:person:nabil-karoui", "party_leader", "0.600", true, []string{"of=Q948"}, []string{"tr:Nebil Karvi", "tr:Nebil el-Karvi", "en:Nabil Karoui"}},
		{"varlik:person:luis-lacalle-pou", "politician", "0.600", true, []string{"role_en=President-elect", "of=Q77"}, []string{"en:Luis Lacalle Pou"}},
		{"varlik:person:jan-zahradil", "politician", "0.600", true, []string{"of=Q8889"}, []string{"en:Jan Zahradil"}},
		{"varlik:person:zinaida-greceanii", "politician", "0.600", true, []string{"of=Q217"}, []string{"en:Zinaida Greceanîi", "ru:Зинаида Гречаный", "ru:Зинаида Гречаная"}},
		{"varlik:person:abir-moussi", "party_leader", "0.600", true, []string{"of=Q948"}, []string{"en:Abir Moussi"}},
		{"varlik:person:ahmed-gaid-salah", "official", "0.600", true, []string{"role_en=Chief of Staff of the People's National Army (2004–2019)", "of=Q262"}, []string{"tr:Ahmed Kayid Salih", "en:Ahmed Gaid Salah"}},
		{"varlik:person:alexei-navalny", "politician", "0.600", true, []string{"of=Q159"}, []string{"tr:Aleksey Navalnıy", "en:Alexei Navalny", "ru:Алексей Навальный"}},
		// A 2019 minister ParlaMint-TR has as a member of parliament has
		// no row: one, built first, would take the entry and drop its party.
		{"varlik:person:mehmet-muharrem-kasapoglu", "politician", "0.600", false, []string{"party=Q19077", "source=parlamint"}, []string{"tr:Mehmet Muharrem Kasapoğlu"}},
		// UK and Irish politics of 2019: a Speaker who left in 2019, a
		// committee chair with a second English name, an MP who lost the
		// whip, Scottish, Welsh and Irish ministers and an EU negotiator
		// (of= the Commission). No Turkish name: the English one serves
		// Turkish text.
		{"varlik:person:john-bercow", "politician", "0.600", true, []string{"role_en=Speaker of the House of Commons (2009–2019)", "of=Q145"}, []string{"en:John Bercow", "ru:Джон Беркоу"}},
		{"varlik:person:bob-neill", "legislator", "0.600", true, []string{"role_en=Chair of the Justice Committee"}, []string{"en:Bob Neill", "en:Robert Neill"}},
		{"varlik:person:kenneth-clarke", "legislator", "0.600", true, []string{"role_en=Member of Parliament (1970–2019)"}, []string{"en:Kenneth Clarke", "en:Ken Clarke", "ru:Кеннет Кларк"}},
		{"varlik:person:john-swinney", "minister", "0.600", true, []string{"of=Q145"}, []string{"en:John Swinney"}},
		{"varlik:person:mark-drakeford", "politician", "0.600", true, []string{"role_en=First Minister of Wales"}, []string{"en:Mark Drakeford"}},
		{"varlik:person:simon-coveney", "minister", "0.600", true, []string{"role_en=Tánaiste and Minister for Foreign Affairs and Trade", "of=Q27"}, []string{"en:Simon Coveney"}},
		{"varlik:person:michel-barnier", "official", "0.600", true, []string{"of=Q8880"}, []string{"en:Michel Barnier", "ru:Мишель Барнье"}},
		// Governors, mayors, heads of international bodies and Dow Jones
		// CEOs of 2019: of= a country or the body; a CEO's company is in
		// the role.
		{"varlik:person:jerry-brown", "politician", "0.600", true, []string{"role_en=Governor of California (2011–2019)", "of=Q30"}, []string{"tr:Jerry Brown", "ru:Джерри Браун"}},
		{"varlik:person:j-b-pritzker", "politician", "0.600", true, []string{"role=Illinois Valisi"}, []string{"en:J. B. Pritzker", "en:JB Pritzker"}},
		{"varlik:person:mevlut-uysal", "politician", "0.600", true, []string{"role_en=Mayor of Istanbul (2017–2019)", "of=Q43"}, []string{"tr:Mevlüt Uysal", "en:Mevlut Uysal"}},
		{"varlik:person:mario-draghi", "official", "0.600", true, []string{"of=Q8901"}, []string{"ru:Марио Драги"}},
		{"varlik:person:dennis-muilenburg", "business", "0.600", true, []string{"role_en=CEO of Boeing (2015–2019)", "of=Q30"}, []string{"en:Dennis Muilenburg"}},
		// US politics of 2019: presidential hopefuls (the candidacy in the
		// role, "(2019)" for one who withdrew that year), House committee
		// leaders, White House staff and agency heads, impeachment
		// witnesses and the Mueller inquiry's accused. No Turkish name: the
		// English one serves Turkish text (Entry.Name falls back to it).
		{"varlik:person:joe-biden", "politician", "0.600", true, []string{"role_en=Former Vice President, candidate for the 2020 Democratic presidential nomination", "of=Q30"}, []string{"en:Joe Biden", "ru:Джо Байден"}},
		{"varlik:person:beto-o-rourke", "politician", "0.600", true, []string{"role_en=Former Representative from Texas, candidate for the 2020 Democratic presidential nomination (2019)"}, []string{"en:Beto O'Rourke", "ru:Бето О'Рурк"}},
		{"varlik:person:adam-schiff", "legislator", "0.600", true, []string{"role_en=Chair of the House Intelligence Committee, Representative from California"}, []string{"en:Adam Schiff", "ru:Адам Шифф"}},
		{"varlik:person:jerome-powell", "official", "0.600", true, []string{"role_en=Chair of the Federal Reserve", "of=Q30"}, []string{"en:Jerome Powell", "en:Jay Powell", "ru:Джером Пауэлл"}},
		{"varlik:person:marie-yovanovitch", "official", "0.600", true, []string{"role_en=Ambassador to Ukraine (2016–2019)"}, []string{"en:Marie Yovanovitch"}},
		{"varlik:person:paul-manafort", "public_figure", "0.600", true, []string{"of=Q30"}, []string{"en:Paul Manafort", "ru:Пол Манафорт"}},
		// Heads of 2019 of the Fortune Global 100, the S&P 100, the largest
		// banks, asset managers and the Big Four, and tech founders who held
		// an office in 2019; of= an Irish-domiciled company's Ireland; a
		// Turkish spelling where Turkish news has one, Russian where sure,
		// the unmarked spelling beside the marked one; a chairman who was
		// also a minister has the minister's subtype.
		{"varlik:person:alexei-miller", "business", "0.600", true, []string{"role_en=CEO of Gazprom", "of=Q159"}, []string{"tr:Aleksey Miller", "en:Alexei Miller", "en:Alexey Miller", "ru:Алексей Миллер"}},
		{"varlik:person:igor-sechin", "business", "0.600", true, []string{"role=Rosneft CEO'su"}, []string{"tr:İgor Seçin", "en:Igor Sechin", "ru:Игорь Сечин"}},
		{"varlik:person:khalid-al-falih", "minister", "0.600", true, []string{"of=Q851"}, []string{"tr:Halid el-Falih", "en:Khalid al-Falih", "ru:Халид аль-Фалих"}},
		{"varlik:person:patrick-pouyanne", "business", "0.600", true, []string{"role_en=CEO of Total", "of=Q142"}, []string{"tr:Patrick Pouyanné", "en:Patrick Pouyanne"}},
		{"varlik:person:charles-scharf", "business", "0.600", true, []string{"role_en=CEO of Wells Fargo"}, []string{"en:Charles Scharf", "en:Charlie Scharf"}},
		{"varlik:person:dieter-zetsche", "business", "0.600", true, []string{"role_en=CEO of Daimler (2006–2019)", "of=Q183"}, []string{"ru:Дитер Цетше"}},
		{"varlik:person:joe-tsai", "business", "0.600", true, []string{"role_en=Co-founder and Executive Vice Chairman of Alibaba", "of=Q148"}, []string{"en:Joe Tsai"}},
		{"varlik:person:brent-saunders", "business", "0.600", true, []string{"role_en=CEO of Allergan", "of=Q27"}, []string{"en:Brent Saunders"}},
		// The EU's and international bodies' office holders of 2019: a
		// commissioner who stayed under von der Leyen (the new portfolio),
		// one of Juncker's only (years), Turkish first without the
		// letters Turkish lacks and the marked name in ASCII too; a
		// group's chair of the European Parliament; UN envoys (the
		// Turkish spelling), NATO's deputy, the ICC's president.
		{"varlik:person:maros-sefcovic", "official", "0.600", true, []string{"role_en=Vice-President of the European Commission for Interinstitutional Relations and Foresight", "of=Q8880"}, []string{"tr:Maros Sefcovic", "tr:Maroš Šefčovič", "en:Maroš Šefčovič", "en:Maros Sefcovic", "ru:Марош Шефчович"}},
		{"varlik:person:cecilia-malmstrom", "official", "0.600", true, []string{"role=AB Ticaret Komiseri (2014–2019)", "role_en=European Commissioner for Trade (2014–2019)"}, []string{"en:Cecilia Malmström", "en:Cecilia Malmstrom"}},
		{"varlik:person:christos-stylianides", "official", "0.600", true, []string{"role_en=European Commissioner for Humanitarian Aid and Crisis Management (2014–2019)"}, []string{"tr:Hristos Stilianidis", "en:Christos Stylianides"}},
		{"varlik:person:dacian-ciolos", "legislator", "0.600", true, []string{"role_en=President of the Renew Europe group in the European Parliament", "of=Q8889"}, []string{"tr:Dacian Cioloş", "en:Dacian Ciolos", "ru:Дачиан Чолош"}},
		{"varlik:person:guy-verhofstadt", "legislator", "0.600", true, []string{"role_en=Leader of the Alliance of Liberals and Democrats for Europe group in the European Parliament (2009–2019)"}, []string{"en:Guy Verhofstadt"}},
		{"varlik:person:ghassan-salame", "official", "0.600", true, []string{"role=BM Libya Özel Temsilcisi", "of=Q1065"}, []string{"tr:Gassan Selame", "en:Ghassan Salamé", "ru:Гассан Саламе"}},
		{"varlik:person:rose-gottemoeller", "official", "0.600", true, []string{"role_en=Deputy Secretary General of NATO (2016–2019)", "of=Q7184"}, []string{"en:Rose Gottemoeller"}},
		{"varlik:person:chile-eboe-osuji", "judge", "0.600", true, []string{"role_en=President of the International Criminal Court", "of=Q47488"}, []string{"en:Chile Eboe-Osuji"}},
		// A current office holder of curated/officials.tsv only gains names.
		{"varlik:person:tedros-adhanom-ghebreyesus", "official", "0.850", false, []string{"role_en=WHO Director-General"}, []string{"tr:Tedros Adhanom Gebreyesus", "tr:Tedros Adhanom Ghebreyesus"}},
		// A 2019 leader the Factbook lists today keeps its entry.
		{"varlik:person:abdel-fattah-el-sisi", "head_of_state", "0.900", false, []string{"source=factbook"}, []string{"tr:Abdülfettah es-Sisi", "en:Abdel Fattah al-Sisi", "ru:Абдель Фаттах ас-Сиси"}},
		{"varlik:person:abiy-ahmed-ali", "head_of_government", "0.900", false, []string{"source=factbook"}, []string{"en:Abiy Ahmed"}},
	} {
		r := rows[c.id]
		if r == nil {
			t.Errorf("%s: not in the gazetteer", c.id)
			continue
		}
		if r[1] != "PERSON" || r[2] != c.subtype || r[3] != c.prior {
			t.Errorf("%s: %s %s %s, want PERSON %s %s", c.id, r[1], r[2], r[3], c.subtype, c.prior)
		}
		attrs := ";" + r[5] + ";"
		for _, a := range c.attrs {
			if !strings.Contains(attrs, ";"+a+";") {
				t.Errorf("%s: attributes %s lack %s", c.id, r[5], a)
			}
		}
		if past := strings.Contains(attrs, ";office_year=2019;"); past != c.past {
			t.Errorf("%s: office_year=2019 %v, want %v", c.id, past, c.past)
		}
		got := personNames(r)
		for _, n := range c.names {
			if !slices.Contains(got, n) {
				t.Errorf("%s: names %v lack %s", c.id, got, n)
			}
		}
	}
}

// TestPastOfficeHolders: every holder of a past office is a person below
// link's 0.8 surname prior and none is a head_of_*, which the linker reads
// as the current holder; the table has its 2019 people.
func TestPastOfficeHolders(t *testing.T) {
	n := 0
	for id, r := range loadDefault(t) {
		if !strings.Contains(";"+r[5]+";", ";office_year=2019;") {
			continue
		}
		n++
		p, _ := strconv.ParseFloat(r[3], 64)
		if r[1] != "PERSON" || strings.HasPrefix(r[2], "head_of_") || p >= 0.8 {
			t.Errorf("%s: %s %s prior %v", id, r[1], r[2], p)
		}
	}
	if n < 1300 {
		t.Errorf("%d office holders of 2019, want at least 1300", n)
	}
}

// TestOfficialRowsOncePerPerson keeps each person of 2019 to one row of
// curated/officials2019.tsv: a second row with the same first English
// name makes the same ID and only adds its names, its office lost without
// a word (blocks written apart named Verhofstadt, Moscovici and al-Falih
// twice).
func TestOfficialRowsOncePerPerson(t *testing.T) {
	rows, err := readCurated("officials2019.tsv", 8)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		id := slug(strings.Split(r[2], "|")[0])
		if seen[id] {
			t.Errorf("%s: two rows", id)
		}
		seen[id] = true
	}
}
