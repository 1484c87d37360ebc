package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Organizations: SupraVerden's international organizations (CC BY-SA 4.0,
// with QIDs), the project's orgs_seed.tsv (Turkish names; QIDs only where
// SupraVerden gives them) and curated/orgs.tsv (news agencies, Turkish
// ministries, institutions, parties, companies, universities, clubs).
// Rows of the seed and curated tables merge into an existing entry with
// the same QID or the same English name; the Turkish name of the seed or
// curated table becomes the preferred one.

var qidRe = regexp.MustCompile(`^Q[1-9][0-9]*$`)

var seedKinds = map[string]string{"igo": "igo", "forum": "igo", "news_agency": "agency",
	"tr_state": "institution", "tr_party": "party", "tr_ministry": "ministry"}

type orgIndex struct {
	g    *gazetteer
	byEn map[string]*entry
}

func (x *orgIndex) add(e *entry) error {
	if err := x.g.add(e); err != nil {
		return err
	}
	x.index(e)
	return nil
}

func (x *orgIndex) index(e *entry) {
	for _, n := range e.names["en"] {
		if _, seen := x.byEn[foldKey(n)]; !seen {
			x.byEn[foldKey(n)] = e
		}
	}
}

// orgID returns a varlik:org slug ID, qualified by country when the plain
// slug is taken (the Labour Party of Britain and Emek Partisi of Turkey).
func orgID(g *gazetteer, en, country string) string {
	id := "varlik:org:" + slug(en)
	if g.byID[id] == nil {
		return id
	}
	return id + "-" + strings.ToLower(country)
}

// addOrg adds a new organization named en (its ID: orgID with iso, the
// country's ISO code) of subtype and of the country entry countryID; its
// prior is set later, by assignPriors.
func addOrg(g *gazetteer, en, iso, subtype, countryID string) (*entry, error) {
	e := newEntry(orgID(g, en, iso), "ORGANIZATION", subtype, 0)
	e.attrs["country"] = countryID
	return e, g.add(e)
}

func buildOrgs(s src, g *gazetteer, countries map[string]*country) error {
	x := &orgIndex{g: g, byEn: map[string]*entry{}}
	var sv []map[string]any
	if err := s.json(&sv, "supraverden-orgs", "orgs_names.json"); err != nil {
		return err
	}
	for _, o := range sv {
		en, _ := o["Name_en"].(string)
		qid, _ := o["qid"].(string)
		if en == "" {
			continue
		}
		id := qid
		if !qidRe.MatchString(id) || g.byID[id] != nil {
			id = orgID(g, en, "")
		}
		e := newEntry(id, "ORGANIZATION", "igo", 0)
		e.addName("en", en)
		keys := make([]string, 0, len(o))
		for k := range o {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v, _ := o[k].(string)
			if v == "" || strings.Contains(k, "former") {
				continue
			}
			parts := strings.Split(k, "_")
			lang := parts[len(parts)-1]
			if len(lang) != 2 || (parts[0] != "Name" && parts[0] != "Abbreviation") {
				continue
			}
			e.addName(lang, v)
		}
		e.attrs["source"] = "supraverden"
		if err := x.add(e); err != nil {
			return err
		}
	}
	seed, err := readTable(s.path("curated-seeds", "orgs_seed.tsv"), 7)
	if err != nil {
		return err
	}
	for _, r := range seed[1:] { // header
		qid := r[0]
		if r[1] != "supraverden" {
			qid = ""
		}
		var aliases []string
		for _, a := range strings.Split(r[4], ",") {
			aliases = append(aliases, strings.TrimSpace(a))
		}
		if _, err := x.merge(qid, seedKinds[r[2]], append([]string{r[3]}, aliases...), []string{r[5]}, []string{r[6]}, "", countries, "orgs_seed"); err != nil {
			return err
		}
	}
	rows, err := readCurated("orgs.tsv", 7)
	if err != nil {
		return err
	}
	for _, r := range rows {
		e, err := x.merge(r[0], r[1], strings.Split(r[2], "|"), strings.Split(r[3], "|"), strings.Split(r[4], "|"), r[5], countries, "curated")
		if err != nil {
			return err
		}
		if err := setOrgAttrs(e, r[6]); err != nil {
			return fmt.Errorf("curated/orgs.tsv: %w", err)
		}
	}
	return nil
}

// setOrgAttrs copies the optional seventh column of a curated/orgs.tsv
// row ("founded=1946,dissolved=1960") onto its entry.
func setOrgAttrs(e *entry, col string) error {
	if col == "" {
		return nil
	}
	for _, kv := range strings.Split(col, ",") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !orgAttrKeys[k] {
			return fmt.Errorf("%s: bad attribute %q", e.id, kv)
		}
		e.attrs[k] = v
	}
	return nil
}

// orgAttrKeys are the attributes curated/orgs.tsv may set: years a party
// or other organization was founded and dissolved (a dissolved party
// ranks below a current one of the same name, see priors.go).
var orgAttrKeys = map[string]bool{"founded": true, "dissolved": true}

// merge adds an organization or folds it into an existing one with the
// same QID or English name (only entries from earlier sources match).
func (x *orgIndex) merge(qid, subtype string, tr, en, ru []string, country string, countries map[string]*country, source string) (*entry, error) {
	var e *entry
	if qid != "" {
		e = x.g.byID[qid]
	}
	if e == nil {
		for i, n := range en {
			if i > 0 && isAcronym(n) {
				continue // an alias acronym names other bodies too (SDF: SAARC Development Fund)
			}
			if m := x.byEn[foldKey(n)]; m != nil && m.typ == "ORGANIZATION" && m.attrs["source"] != "curated" {
				e = m
				break
			}
		}
	}
	if e == nil {
		id := qid
		if id == "" {
			id = orgID(x.g, en[0], country)
		}
		e = newEntry(id, "ORGANIZATION", subtype, 0) // prior: assignPriors
		e.attrs["source"] = source
		if err := x.add(e); err != nil {
			return nil, err
		}
	} else {
		e.attrs["source"] += "," + source
	}
	for i := len(tr) - 1; i >= 0; i-- { // keep the table's order, first preferred
		e.setPreferred("tr", tr[i])
	}
	for _, n := range en {
		e.addName("en", n)
	}
	for _, n := range ru {
		e.addName("ru", n)
	}
	if c := countries[country]; c != nil {
		e.attrs["country"] = c.entry.id
	}
	x.index(e)
	return e, nil
}

// readTable reads a tab-separated table, skipping comments and blank lines;
// every row must have n columns.
func readTable(path string, n int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readTableFrom(f, n)
}

// readCurated reads the package's embedded table curated/name as
// readTableFrom does, its errors prefixed with the table's path.
func readCurated(name string, n int) ([][]string, error) {
	path := "curated/" + name
	f, err := curated.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := readTableFrom(f, n)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}

func readTableFrom(r io.Reader, n int) ([][]string, error) {
	var rows [][]string
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		c := strings.Split(t, "\t")
		if len(c) < n {
			c = append(c, make([]string, n-len(c))...)
		}
		if len(c) != n {
			return nil, fmt.Errorf("line %d: want %d columns, have %d", line, n, len(c))
		}
		rows = append(rows, c)
	}
	return rows, sc.Err()
}

// isAcronym reports whether n is written in capitals and digits only
// (SDF, G20, BRICS).
func isAcronym(n string) bool {
	for _, r := range n {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
