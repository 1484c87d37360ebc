package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// ParlaMint-TR (CC BY 4.0): the members of the Grand National Assembly
// of terms 21–27 (1999–2021, pm.tsv) and the organizations of its listOrg
// (listOrg_transcribed.tsv: parties with Turkish and English names,
// abbreviations and Wikidata IDs; ministries; the assembly). The corpus
// header (ParlaMint-TR.xml) adds the years a party existed.
//
// A party or ministry the gazetteer already has (same QID, or same
// Turkish name among Turkey's organizations) gains the source's names,
// and a party its QID as ID; the others are added. An abbreviation is a
// name only when written in capitals (MHP, not "Saadet" or "Zafer").
//
// Members are PERSON entries (subtype politician, role Milletvekili, of
// the assembly, party their latest), one per name: the source spells
// some members two ways (Abdülhamit and Abdulhamit Gül), and the spelling
// with Turkish letters is preferred. A member the gazetteer already has
// (Recep Tayyip Erdoğan, Devlet Bahçeli) keeps that entry.

type parlaOrg struct {
	xmlID, role, tr, en, abbr, qid string
}

func buildParlaMint(s src, g *gazetteer, freq turkishFreq, log io.Writer) error {
	rows, err := readTable(s.path("parlamint-tr", "listOrg_transcribed.tsv"), 6)
	if err != nil {
		return fmt.Errorf("parlamint-tr: %w", err)
	}
	years, err := parlaPartyYears(s.path("parlamint-tr", "ParlaMint-TR.xml"))
	if err != nil {
		return err
	}
	var orgs []parlaOrg
	for _, r := range rows {
		orgs = append(orgs, parlaOrg{r[0], r[1], r[2], r[3], r[4], r[5]})
	}
	sort.SliceStable(orgs, func(i, j int) bool { return orgs[i].xmlID < orgs[j].xmlID })
	assembly := ""
	party := map[string]string{} // folded pm.tsv party code → entry ID
	for _, o := range orgs {
		var e *entry
		switch o.role {
		case "politicalParty":
			e, err = parlaParty(g, o, years[o.qid], freq, log)
		case "ministry", "parliament":
			if o.xmlID == "mstr.devlet" {
				continue // "Devlet Bakanlığı" is a post (minister of state), not a ministry
			}
			e, err = parlaInstitution(g, o)
		default:
			continue // the government: news names it by its head, not as an organization
		}
		if err != nil {
			return err
		}
		if o.role == "parliament" {
			assembly = e.id
		}
		if o.role == "politicalParty" {
			party[foldKey(strings.TrimPrefix(o.xmlID, "party."))] = e.id
		}
	}
	if assembly == "" {
		return fmt.Errorf("parlamint-tr: no parliament in listOrg")
	}
	return parlaMembers(s, g, assembly, party, log)
}

// parlaParty merges a party into the gazetteer's entry for it or adds it.
func parlaParty(g *gazetteer, o parlaOrg, yrs [2]string, freq turkishFreq, log io.Writer) (*entry, error) {
	var e *entry
	if o.qid != "" {
		e = g.byID[o.qid]
	}
	if e == nil {
		e = turkishOrgNamed(g, "party", o.tr)
	}
	if e == nil {
		id := o.qid
		if id == "" {
			id = orgID(g, o.en, "TR")
		}
		e = newEntry(id, "ORGANIZATION", "party", 0) // prior: assignPriors
		e.attrs["country"] = turkeyID
		if err := g.add(e); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "parlamint party added %s %s\n", e.id, o.tr)
	} else if o.qid != "" && e.id != o.qid {
		fmt.Fprintf(log, "parlamint party %s → %s\n", e.id, o.qid)
		rekey(g, e, o.qid)
	}
	addSource(e, "parlamint")
	e.addName("tr", o.tr)
	if !foreignPartyName(g, e, o.en) {
		e.addName("en", o.en)
	}
	if a := o.abbr; isAcronym(a) && len([]rune(a)) >= 2 && len([]rune(a)) <= 6 && !commonName(freq, a) {
		e.addName("tr", a)
		e.addName("en", a)
	}
	if yrs[0] != "" && e.attrs["founded"] == "" {
		e.attrs["founded"] = yrs[0]
	}
	if yrs[1] != "" && e.attrs["dissolved"] == "" {
		e.attrs["dissolved"] = yrs[1]
	}
	return e, nil
}

// foreignPartyName reports whether en is an English name of a party of
// another country than e's, Turkey's, in g: ParlaMint gives a Turkish
// party the English words of its name, which for some is the name English
// news gives a foreign party (Democratic Party, the United States';
// Labour Party, Britain's), and the English lookup of that name took the
// Turkish party (Demokrat Parti, Emek Partisi) for the foreign one. The
// Turkish party keeps its Turkish name and its abbreviation.
func foreignPartyName(g *gazetteer, e *entry, en string) bool {
	en = cleanName(en)
	for _, x := range g.byID {
		if x == e || x.typ != "ORGANIZATION" || x.subtype != "party" || x.attrs["country"] == e.attrs["country"] {
			continue
		}
		for _, n := range x.names["en"] {
			if strings.EqualFold(n, en) {
				return true
			}
		}
	}
	return false
}

// parlaInstitution merges a ministry or the assembly into the entry with
// its Turkish name, or adds it.
func parlaInstitution(g *gazetteer, o parlaOrg) (*entry, error) {
	e := turkishOrgNamed(g, "", o.tr)
	if e == nil {
		sub := "ministry"
		if o.role == "parliament" {
			sub = "institution"
		}
		var err error
		if e, err = addOrg(g, o.en, "TR", sub, turkeyID); err != nil {
			return nil, err
		}
	}
	addSource(e, "parlamint")
	e.addName("tr", o.tr)
	e.addName("en", o.en)
	return e, nil
}

// turkishOrgNamed finds Turkey's organization (of subtype sub, if given)
// with the Turkish name tr; of namesakes, one that still exists.
func turkishOrgNamed(g *gazetteer, sub, tr string) *entry {
	var found []*entry
	for _, e := range g.sorted() {
		if e.typ != "ORGANIZATION" || e.attrs["country"] != turkeyID || (sub != "" && e.subtype != sub) {
			continue
		}
		for _, n := range e.names["tr"] {
			if foldKey(n) == foldKey(tr) {
				found = append(found, e)
				break
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		return found[i].attrs["dissolved"] == "" && found[j].attrs["dissolved"] != ""
	})
	if len(found) == 0 {
		return nil
	}
	return found[0]
}

// parlaPartyYears reads the existence years of the parties in the corpus
// header: QID → [founded, dissolved].
func parlaPartyYears(path string) (map[string][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type org struct {
		Role   string `xml:"role,attr"`
		Events []struct {
			From  string `xml:"from,attr"`
			To    string `xml:"to,attr"`
			Label string `xml:"label"`
		} `xml:"event"`
		Idnos []struct {
			Type  string `xml:"type,attr"`
			Value string `xml:",chardata"`
		} `xml:"idno"`
	}
	out := map[string][2]string{}
	d := xml.NewDecoder(f)
	for {
		t, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		se, ok := t.(xml.StartElement)
		if !ok || se.Name.Local != "org" {
			continue
		}
		var o org
		if err := d.DecodeElement(&o, &se); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if o.Role != "politicalParty" {
			continue
		}
		qid := ""
		for _, id := range o.Idnos {
			if id.Type == "wikidata" {
				qid = id.Value[strings.LastIndex(id.Value, "/")+1:]
			}
		}
		for _, ev := range o.Events {
			if ev.Label == "existence" && qidRe.MatchString(qid) {
				out[qid] = [2]string{year(ev.From), year(ev.To)}
			}
		}
	}
}

func year(date string) string {
	if len(date) >= 4 {
		if _, err := strconv.Atoi(date[:4]); err == nil {
			return date[:4]
		}
	}
	return ""
}

// parlaMember is one member of parliament: the spellings of the name,
// and the party of the latest term.
type parlaMember struct {
	names     []string
	party     string
	lastTerm  int
	lastParty int // term of party
}

func parlaMembers(s src, g *gazetteer, assembly string, party map[string]string, log io.Writer) error {
	rows, err := s.tsv("parlamint-tr", "pm.tsv")
	if err != nil {
		return err
	}
	members := map[string]*parlaMember{}
	for _, r := range rows {
		name := cleanName(r["name"] + " " + r["surname"])
		if len(strings.Fields(name)) < 2 {
			continue
		}
		key := slug(name)
		m := members[key]
		if m == nil {
			m = &parlaMember{}
			members[key] = m
		}
		term := atoi(r["term"])
		m.names = append(m.names, name)
		if id := party[foldKey(r["party"])]; id != "" && term >= m.lastParty {
			m.party, m.lastParty = id, term
		}
		m.lastTerm = max(m.lastTerm, term)
	}
	people := indexNames(g, "PERSON")
	keys := make([]string, 0, len(members))
	for k := range members {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := members[k]
		names := uniq(m.names)
		sort.SliceStable(names, func(i, j int) bool { // Turkish letters first
			return names[i] != foldLatin(names[i]) && names[j] == foldLatin(names[j])
		})
		if known := knownPerson(people, names); known != nil {
			addSource(known, "parlamint")
			fmt.Fprintf(log, "parlamint member already known: %s\n", known.id)
			continue
		}
		id := "varlik:person:" + k
		if g.byID[id] != nil {
			id += "-mp"
		}
		e := newEntry(id, "PERSON", "politician", 0) // prior: assignPriors
		for _, n := range names {
			e.addName("tr", n)
			e.addName("en", n)
		}
		e.addName("en", foldLatin(names[0]))
		e.addName("ru", capitalizeWords(turkishToRussian(names[0])))
		e.attrs["role"], e.attrs["role_en"], e.attrs["role_ru"] = "Milletvekili", "Member of Parliament", "депутат"
		e.attrs["of"] = assembly
		e.attrs["party"] = m.party
		e.attrs["source"] = "parlamint"
		if err := g.add(e); err != nil {
			return err
		}
	}
	return nil
}

func knownPerson(people nameIndex, names []string) *entry {
	for _, n := range names {
		if known := people[foldKey(n)]; len(known) > 0 {
			return known[0]
		}
	}
	return nil
}

// capitalizeWords upper-cases the first letter of every word.
func capitalizeWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		r := []rune(w)
		ws[i] = strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return strings.Join(ws, " ")
}
