package main

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Heads of state and government from the CIA World Factbook (CC0). The
// Factbook writes "President Vladimir Vladimirovich PUTIN (since ...)": a
// title from curated/titles.tsv, given names, the surname in capitals
// (first for East Asian names: "Premier LI Qiang"). The preferred English
// name drops patronymics and initials, and for Western countries (Europe,
// the Americas, Oceania) middle names and maternal surnames; the full name
// stays as an alias. Turkish and Russian names follow translit.go unless
// curated/people.tsv gives them. A person who holds both offices, or the
// same office in several countries (Charles III), is one entry, attached
// to the most populous country (processed first).

type factbookEntry struct {
	GEC              string `json:"gec"`
	NameShort        string `json:"name_short"`
	NameLong         string `json:"name_long"`
	ChiefOfState     string `json:"chief_of_state"`
	HeadOfGovernment string `json:"head_of_government"`
	Nationality      string `json:"nationality_adjective"`
}

// gecISO maps Factbook codes whose short name does not match a country name.
var gecISO = map[string]string{"ct": "CF", "fm": "FM", "ae": "AE", "io": "IO", "cf": "CG", "cg": "CD",
	"iv": "CI", "ga": "GM", "bf": "BS", "dr": "DO", "sh": "SH", "sv": "SJ", "wf": "WF", "fk": "FK",
	"uk": "GB", "vt": "VA", "fs": "TF", "cw": "CK", "tl": "TK", "kv": "XK", "ee": "EU"}

var westernRegions = map[string]bool{"Europe": true, "Americas": true, "Oceania": true}

var postSoviet = map[string]bool{"RU": true, "UA": true, "BY": true, "KZ": true, "UZ": true, "KG": true,
	"TJ": true, "TM": true, "AZ": true, "AM": true, "GE": true, "MD": true}

type title struct{ en, tr, ru string }

// defaultTitle is used when the Factbook gives a name without a title.
var defaultTitle = map[string]title{
	"head_of_state":      {"President", "Cumhurbaşkanı", "Президент"},
	"head_of_government": {"Prime Minister", "Başbakan", "Премьер-министр"},
}

var (
	sinceRe  = regexp.MustCompile(`\s*\(.*$`)
	ranksRe  = regexp.MustCompile(`^(General|Gen\.|Col\.|Capt\.|Dr\.|Sir|Dame|Ratu|Crown Prince|Air Vice-Marshal|Archbishop)\s+`)
	ofRe     = regexp.MustCompile(`\s+of\s+(the\s+)?[A-Z][a-z]+$`)
	romanRe  = regexp.MustCompile(`^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$`)
	particle = map[string]bool{"al": true, "bin": true, "bint": true, "de": true, "da": true, "dos": true,
		"van": true, "von": true, "der": true, "el": true, "e": true, "la": true, "le": true}
)

// titleWord are connectives that end a title written before a name.
var titleWord = map[string]bool{"and": true, "of": true, "the": true, "for": true}

type personName struct {
	title            title
	given, sur, rest []string
	preferred, full  string
}

func buildLeaders(s src, g *gazetteer, countries map[string]*country) error {
	var fb []factbookEntry
	if err := s.json(&fb, "cia-factbook", "factbook_extract.json"); err != nil {
		return err
	}
	titles, err := loadTitles()
	if err != nil {
		return err
	}
	people, err := loadPeople()
	if err != nil {
		return err
	}
	nameISO := map[string]string{}
	codes := make([]string, 0, len(countries))
	for code := range countries {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		for _, n := range countries[code].entry.names["en"] {
			if _, taken := nameISO[foldKey(n)]; !taken {
				nameISO[foldKey(n)] = code
			}
		}
	}
	type job struct {
		fb   factbookEntry
		code string
	}
	var jobs []job
	for _, f := range fb {
		code := gecISO[f.GEC]
		if code == "" {
			code = nameISO[foldKey(html.UnescapeString(f.NameShort))]
		}
		if code == "" {
			code = nameISO[foldKey(strings.TrimPrefix(f.NameShort, "The "))]
		}
		if c := countries[code]; c != nil {
			if f.Nationality != "" && !strings.Contains(f.Nationality, "(") && c.entry.attrs["demonym_en"] == "" {
				c.entry.attrs["demonym_en"] = f.Nationality
			}
			jobs = append(jobs, job{f, code})
		}
	}
	sort.SliceStable(jobs, func(i, j int) bool {
		return countries[jobs[i].code].population > countries[jobs[j].code].population
	})
	for _, j := range jobs {
		c := countries[j.code]
		for _, office := range []struct{ text, subtype string }{
			{j.fb.ChiefOfState, "head_of_state"}, {j.fb.HeadOfGovernment, "head_of_government"}} {
			for _, pn := range parseLeaders(office.text, titles) {
				if westernRegions[c.region] && len(pn.given) > 0 {
					pn.preferred = strings.Join(append([]string{pn.given[0]}, pn.sur...), " ")
				}
				en, tr, ru := []string{pn.preferred}, []string{pn.preferred}, []string{personToRussian(pn.preferred, j.code)}
				if j.code == "CN" {
					ru = []string{pinyinToRussian(pn.preferred)}
				}
				if postSoviet[j.code] {
					tr = []string{romanToTurkish(pn.preferred)}
				}
				if p, ok := people[pn.preferred]; ok { // an empty column keeps the rule's names
					for i, dst := range []*[]string{&tr, &en, &ru} {
						if len(p[i]) > 0 && p[i][0] != "" {
							*dst = p[i]
						}
					}
				}
				id := "varlik:person:" + slug(en[0])
				if e := g.byID[id]; e != nil {
					continue // same person, already attached to a bigger country or the other office
				}
				e := newEntry(id, "PERSON", office.subtype, 0.9)
				for _, n := range tr {
					e.addName("tr", n)
				}
				for _, n := range en {
					e.addName("en", n)
				}
				e.addName("en", pn.full)
				for _, n := range ru {
					e.addName("ru", n)
				}
				if pn.title.en == "" { // the Factbook omits the usual title (France's Prime Minister)
					pn.title = defaultTitle[office.subtype]
				}
				if pn.title.en != "" {
					e.attrs["role"] = pn.title.tr
					e.attrs["role_en"] = pn.title.en
					e.attrs["role_ru"] = pn.title.ru
				}
				e.attrs["of"] = c.entry.id
				e.attrs["source"] = "factbook"
				if err := g.add(e); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// parseLeaders reads the holders of one Factbook office: usually one,
// two for co-holders ("Captains Regent Matteo ROSSI and Lorenzo BUGLI",
// Andorra's "Co-prince ...; and Co-prince ..."). " and " inside a title
// ("Sultan and Prime Minister") is matched as part of the title first.
func parseLeaders(text string, titles []title) []personName {
	var out []personName
	for _, seg := range strings.Split(html.UnescapeString(text), "; and ") {
		out = append(out, parseOffice(seg, titles)...)
	}
	return out
}

func parseOffice(t string, titles []title) []personName {
	for _, cut := range []string{";", "<", ", represented", " represented by", " is the ", " was "} {
		if i := strings.Index(t, cut); i >= 0 {
			t = t[:i]
		}
	}
	t = strings.TrimSpace(ofRe.ReplaceAllString(sinceRe.ReplaceAllString(t, ""), ""))
	for len(t) > 0 && unicode.IsLower([]rune(t)[0]) { // "overall Taliban Leader", "co-chiefs of state Captains Regent"
		_, t, _ = strings.Cut(t, " ")
	}
	if t == "" || t == "None" || strings.Contains(t, "vacant") {
		return nil
	}
	var ti title
	for _, x := range titles { // longest first
		if strings.HasPrefix(t, x.en+" ") || strings.HasPrefix(t, x.en+", ") {
			ti = x
			t = strings.TrimLeft(t[len(x.en):], " ,")
			break
		}
	}
	if strings.HasPrefix(t, "of ") {
		// "President of China XI Jinping" for Hong Kong and Macau: another
		// country's leader, who has an entry of their own.
		return nil
	}
	if i := strings.Index(t, ", "); i >= 0 && ti.en != "" { // "President, Presidential Council, Mohammed al-MANFI"
		t = t[strings.LastIndex(t, ", ")+2:]
	}
	var out []personName
	holder := ""
	for _, part := range strings.Split(t, " and ") {
		if holder != "" {
			holder += " and "
		}
		holder += part
		if !hasCapsWord(holder) {
			continue // " and " inside an unknown title: read on to the name
		}
		if pn, ok := parseHolder(holder); ok {
			pn.title = ti
			out = append(out, pn)
		}
		holder = ""
	}
	return out
}

func hasCapsWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if isCapsWord(w) {
			return true
		}
	}
	return false
}

// parseHolder reads one name: given names, the surname in capitals, the
// rest. Words before the given names that are ranks or connectives
// ("and Commander-in-Chief of the ... General Abd-al-Fattah al-BURHAN")
// belong to the title and are dropped.
func parseHolder(t string) (personName, bool) {
	var pn personName
	t = strings.TrimSpace(t)
	for {
		u := ranksRe.ReplaceAllString(t, "")
		if u == t {
			break
		}
		t = u
	}
	words := strings.Fields(t)
	for i, w := range words {
		if isCapsWord(w) {
			for j := i - 1; j >= 0; j-- {
				if titleWord[words[j]] || ranksRe.MatchString(words[j]+" ") {
					words = words[j+1:]
					break
				}
			}
			break
		}
	}
	stage := 0
	for i, w := range words {
		caps := isCapsWord(w)
		if stage == 1 && particle[w] && i+1 < len(words) && isCapsWord(words[i+1]) {
			pn.sur = append(pn.sur, w) // CORREIA e SILVA
			continue
		}
		switch {
		case caps && stage <= 1:
			stage = 1
			pn.sur = append(pn.sur, titleCaps(w, len(pn.sur) == 0 && len(pn.given) == 0))
		case stage == 0:
			pn.given = append(pn.given, w)
		default:
			stage = 2
			pn.rest = append(pn.rest, w)
		}
	}
	if len(pn.sur) == 0 {
		return pn, false
	}
	all := append(append(append([]string{}, pn.given...), pn.sur...), pn.rest...)
	pn.full = strings.Join(all, " ")
	var given []string
	for _, w := range pn.given {
		lw := strings.ToLower(w)
		if strings.HasSuffix(w, ".") || strings.HasSuffix(lw, "ovich") || strings.HasSuffix(lw, "evich") ||
			strings.HasSuffix(lw, "ovna") || strings.HasSuffix(lw, "evna") {
			continue
		}
		given = append(given, w)
	}
	pn.preferred = strings.Join(append(append(append([]string{}, given...), pn.sur...), pn.rest...), " ")
	return pn, true
}

// isCapsWord reports whether w is a Factbook surname in capitals, allowing
// a lower-case particle prefix (al-BURHAN) and roman numerals (III).
func isCapsWord(w string) bool {
	for _, p := range []string{"al-", "el-", "d'"} {
		w = strings.TrimPrefix(w, p)
	}
	part := strings.Split(w, "-")[0]
	letters := 0
	for _, r := range part {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// titleCaps turns a capitalised surname into title case: MISHUSTIN →
// Mishustin, SASSOU-Nguesso → Sassou-Nguesso, III stays III.
func titleCaps(w string, first bool) string {
	if romanRe.MatchString(w) && !first { // XI Jinping is a surname, Charles III a regnal number
		return w
	}
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if p == "" {
			continue
		}
		lp := strings.ToLower(p)
		if particle[lp] && !(first && i == 0) {
			parts[i] = lp
			continue
		}
		r := []rune(lp)
		r[0] = unicode.ToUpper(r[0])
		for k := 1; k < len(r); k++ {
			if r[k-1] == '\'' || r[k-1] == '’' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		parts[i] = string(r)
	}
	return strings.Join(parts, "-")
}

func loadTitles() ([]title, error) {
	rows, err := readCurated("titles.tsv", 3)
	if err != nil {
		return nil, err
	}
	var ts []title
	for _, r := range rows {
		ts = append(ts, title{r[0], r[1], r[2]})
	}
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].en) > len(ts[j].en) })
	return ts, nil
}

// loadPeople reads curated/people.tsv: key → [tr, en, ru] name lists.
func loadPeople() (map[string][3][]string, error) {
	rows, err := readCurated("people.tsv", 4)
	if err != nil {
		return nil, err
	}
	m := map[string][3][]string{}
	for _, r := range rows {
		m[r[0]] = [3][]string{strings.Split(r[1], "|"), strings.Split(r[2], "|"), strings.Split(r[3], "|")}
	}
	return m, nil
}
