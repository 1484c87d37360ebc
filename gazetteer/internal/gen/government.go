package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Government bodies and political parties: curated/government.tsv (CC0,
// compiled for varlik) lists, as of 2019, the national bodies that
// international news names (departments and ministries, agencies, courts,
// legislatures and their committees, police forces, armed forces, central
// banks, the parties with seats in parliament) of the United States, the
// United Kingdom, Germany, France, Italy, Spain, Canada, Australia, Japan,
// India, Israel, Russia, China, Ukraine and Iran; of Brazil, Mexico,
// Argentina, Venezuela, Colombia, Chile, South Korea, North Korea,
// Indonesia, Pakistan, Afghanistan, Saudi Arabia, the United Arab
// Emirates, Qatar, Egypt, South Africa, Nigeria, Iraq, Syria, Lebanon, the
// Philippines, Thailand, Malaysia, New Zealand, Ethiopia and Kenya; of
// twenty-four European and post-Soviet countries (Poland to Kazakhstan:
// the table's header lists them), the European Union's own bodies and its
// parliament's groups; the Turkish ones curated/orgs.tsv and ParlaMint
// leave out; and the central bank of every other UN member (with Hong
// Kong's, Macau's and Taiwan's) and the stock exchanges news names, an
// exchange being an institution as curated/orgs.tsv's Borsa İstanbul is.
// Each body has the names Turkish and Russian news give it when
// translating foreign news (ABD Adalet Bakanlığı, Министерство юстиции
// США), so that a body is one entry across the three languages.
//
// A row merges into the organization of the same country the gazetteer
// already has under one of its names (the Pentagon of curated/orgs.tsv
// takes the Defense Department's names, ParlaMint's Turkish ministries
// their English and Russian ones), which keeps its ID, subtype and
// standing; the other rows become curated entries. A body is never a
// football club: a listed club of the body's country gives up an alias
// that is one of the row's names (clubsYield), and a row never merges
// into a club. A name is left out
// (logged with -v) when it is a place's, a one-word given name or
// frequent Turkish word, or a name of another entry, so that a body never
// takes a name from what the gazetteer knew before.

// governmentColumns are curated/government.tsv's columns: country, kind,
// en, tr, ru.
const governmentColumns = 5

// governmentKinds maps the table's kinds to the gazetteer's subtypes. The
// recognizer's models read the best candidate's subtype as a feature, so
// the bodies take the subtypes the curated organizations had when they
// were trained (ministry, party, institution); "agency" is the news
// agencies' subtype there, and a government agency is an institution.
var governmentKinds = map[string]string{
	"ministry": "ministry", "party": "party",
	"government": "institution", "legislature": "institution", "committee": "institution",
	"court": "institution", "agency": "institution", "police": "institution",
	"military": "institution", "intelligence": "institution", "bank": "institution",
	"exchange": "institution",
}

// governmentRow is one body of curated/government.tsv, its names expanded
// (expandNames).
type governmentRow struct {
	country, kind string
	names         map[string][]string // en, tr, ru
}

// allNames returns the row's names, English, Turkish and Russian in turn.
func (r governmentRow) allNames() []string {
	return slices.Concat(r.names["en"], r.names["tr"], r.names["ru"])
}

func readGovernment() ([]governmentRow, error) {
	rows, err := readCurated("government.tsv", governmentColumns)
	if err != nil {
		return nil, err
	}
	out := make([]governmentRow, 0, len(rows))
	for _, r := range rows {
		b := governmentRow{country: r[0], kind: r[1], names: map[string][]string{}}
		for i, l := range []string{"en", "tr", "ru"} {
			for _, n := range splitNames(r[2+i]) {
				for _, x := range expandNames(n) {
					// A bracketed qualifier (Democratic Party (Italy), Janata
					// Dal (United)) is no text's way of naming the body, and
					// cleanName would store the name without it, where it
					// is another's (the US Democratic Party's): the name
					// has no place in the gazetteer.
					if !strings.ContainsRune(x, '(') {
						b.names[l] = append(b.names[l], x)
					}
				}
			}
		}
		if len(b.names["tr"]) == 0 {
			b.names["tr"] = b.names["en"] // a party's own name (Plaid Cymru, Likud)
		}
		if len(b.names["en"]) == 0 || governmentKinds[b.kind] == "" {
			return nil, fmt.Errorf("curated/government.tsv: %q: no English name or unknown kind %q", r[2], r[1])
		}
		out = append(out, b)
	}
	return out, nil
}

// expandNames expands the table's alternatives: "{US /U.S. /}Department of
// Justice" is US Department of Justice, U.S. Department of Justice and
// Department of Justice, the first alternative's name first.
func expandNames(n string) []string {
	open := strings.IndexByte(n, '{')
	if open < 0 {
		return []string{n}
	}
	end := strings.IndexByte(n[open:], '}')
	if end < 0 {
		return []string{n}
	}
	var out []string
	for _, alt := range strings.Split(n[open+1:open+end], "/") {
		out = append(out, expandNames(n[:open]+alt+n[open+end+1:])...)
	}
	return out
}

// buildGovernment adds curated/government.tsv to g (see above); it runs
// last, once every other organization is in.
func buildGovernment(g *gazetteer, countries map[string]*country, lx *lexicon, freq turkishFreq, log io.Writer) error {
	rows, err := readGovernment()
	if err != nil {
		return err
	}
	clubsYield(g, rows, countries, log)
	owners := governmentOwners(g)
	taken := indexNames(g, "") // folded name → every entry that has it
	inRows := map[string]int{} // folded name → rows that have it
	for _, r := range rows {
		seen := map[string]bool{}
		for _, ns := range r.names {
			for _, n := range ns {
				if k := foldKey(n); !seen[k] {
					seen[k] = true
					inRows[k]++
				}
			}
		}
	}
	places := placeNames(g)
	added, merged, dropped := 0, 0, 0
	for _, r := range rows {
		countryID, subtype, err := governmentPlace(r, countries)
		if err != nil {
			return err
		}
		e := ofCountry(owners, r.allNames(), countryID)
		keep := map[string][]string{}
		for _, l := range []string{"en", "tr", "ru"} {
			for _, n := range r.names[l] {
				if why := governmentNameClash(n, l, e, taken, places, inRows, lx, freq); why != "" {
					fmt.Fprintf(log, "government name dropped, %s: %s %q\n", why, r.names["en"][0], n)
					dropped++
					continue
				}
				keep[l] = append(keep[l], n)
			}
		}
		if e == nil {
			if len(keep["en"]) == 0 {
				fmt.Fprintf(log, "government body left out, no English name of its own: %q\n", r.names["en"][0])
				continue
			}
			if e, err = addOrg(g, keep["en"][0], r.country, subtype, countryID); err != nil {
				return err
			}
			added++
		} else {
			merged++
		}
		addSource(e, "government")
		e.addNames(keep)
		owners.add(e)
	}
	fmt.Fprintf(log, "government: %d added, %d merged; %d names dropped\n", added, merged, dropped)
	return nil
}

// clubsYield takes from the clubs of the listed sources (openfootball) the
// aliases that are names of a row of the club's country. A club named
// after a body has the body's name as its short name (openfootball's
// "Metropolitan Police" for Metropolitan Police FC), and news writes that
// name for the body (London's police force): with the alias the club kept,
// the Met's row merged into the club and the force became a club. A club
// keeps its first name in each language, so it is never left nameless;
// the curated clubs keep every name their tables give.
func clubsYield(g *gazetteer, rows []governmentRow, countries map[string]*country, log io.Writer) {
	bodies := map[string]bool{} // country entry ID + "\t" + folded name
	for _, r := range rows {
		if c := countries[r.country]; c != nil {
			for _, n := range r.allNames() {
				bodies[c.entry.id+"\t"+foldKey(n)] = true
			}
		}
	}
	for _, e := range g.sorted() {
		if e.subtype != "club" || !listedOnly(e) {
			continue
		}
		for _, l := range sortedLangs(e) {
			if len(e.names[l]) < 2 {
				continue
			}
			kept := []string{e.names[l][0]}
			for _, n := range e.names[l][1:] {
				if bodies[e.attrs["country"]+"\t"+foldKey(n)] {
					fmt.Fprintf(log, "club alias left to a government body: %s %q\n", e.id, n)
					continue
				}
				kept = append(kept, n)
			}
			e.names[l] = kept
		}
	}
}

// governmentOwners indexes the organizations a row may merge into: every
// one but the clubs, as a body is never a club, even one that keeps the
// body's name as its own (clubsYield takes only aliases).
func governmentOwners(g *gazetteer) nameIndex {
	x := nameIndex{}
	for _, e := range g.sorted() {
		if e.typ == "ORGANIZATION" && e.subtype != "club" {
			x.add(e)
		}
	}
	return x
}

// euCountry is the table's country code of the European Union's own
// bodies, and unionCountry (ISO 3166's user-assigned ZZ) that of another
// body of several countries, a monetary union's central bank (BCEAO,
// BEAC): neither has a country.
const euCountry, unionCountry = "EU", "ZZ"

// governmentPlace returns the country entry ID and the subtype of the row
// r's body. The European Union's bodies and the other unions' have no
// country, and those that are not parties take the subtype of the
// international bodies SupraVerden gives (igo), so that a row merges into
// the body the gazetteer has (ofCountry with no country matches the
// entries without one) and a new one ranks with them.
func governmentPlace(r governmentRow, countries map[string]*country) (countryID, subtype string, err error) {
	subtype = governmentKinds[r.kind]
	if r.country == euCountry || r.country == unionCountry {
		if r.kind != "party" {
			subtype = "igo"
		}
		return "", subtype, nil
	}
	c, err := countryOf(countries, r.country, "government.tsv", r.names["en"][0])
	if err != nil {
		return "", "", err
	}
	return c.entry.id, subtype, nil
}

// governmentNameClash says why the name n (in language l) of the body e
// (nil for a new one) must be left out, or "": a place's name, a one-word
// given name or frequent Turkish word, another entry's name, or a name of
// two rows of the table.
func governmentNameClash(n, l string, e *entry, taken map[string][]*entry, places map[string]bool, inRows map[string]int, lx *lexicon, freq turkishFreq) string {
	k := foldKey(n)
	if e != nil && onlyOwner(taken[k], e) && len(taken[k]) > 0 {
		return "" // the entry has it already
	}
	oneWord := !strings.ContainsAny(n, " -")
	switch {
	case inRows[k] > 1:
		return "a name of two rows"
	case places[k]:
		return "a place"
	case !onlyOwner(taken[k], e):
		return "another entry's name"
	case oneWord && !isAcronym(n) && lx.given[k]:
		return "a given name"
	case oneWord && l == "tr" && !isAcronym(n) && commonName(freq, n):
		return "a frequent Turkish word"
	}
	return ""
}
