package main

import (
	"strings"
)

// Turkish universities from Hipo's university-domains list (MIT). The
// list names them in English, often without Turkish letters ("Bahcesehir
// University"). A Turkish name is added only where the list gives one
// ("Sakarya Uygulamalı Bilimler Üniversitesi") or where the rule "X
// University" → "X Üniversitesi" is safe: every word of X is spelled as
// Turkish spells it (lexicon.go), so "Bilkent University" gives "Bilkent
// Üniversitesi" while "Bahcesehir University" and "Istanbul Technical
// University" stay English only: no translation is made up. A university
// the curated table has (same English or Turkish name, or the same name
// without "University"/"Üniversitesi") merges into it.

type hipoUniversity struct {
	Name  string `json:"name"`
	Alpha string `json:"alpha_two_code"`
}

func buildUniversities(s src, g *gazetteer, lx *lexicon) error {
	var list []hipoUniversity
	if err := s.json(&list, "university-domains", "original", "world_universities_and_domains.json"); err != nil {
		return err
	}
	unis := nameIndex{}
	for _, e := range g.sorted() {
		if e.subtype == "university" {
			unis.add(e)
			for _, ns := range e.names {
				for _, n := range ns {
					unis[universityCore(n)] = append(unis[universityCore(n)], e)
				}
			}
		}
	}
	for _, u := range list {
		if u.Alpha != "TR" {
			continue
		}
		name := cleanName(u.Name)
		if name == "" {
			continue
		}
		var tr, en, de string
		switch {
		case strings.HasSuffix(name, " Üniversitesi"):
			tr = name
		case strings.HasSuffix(name, " Universität"):
			de = name // Türkisch-Deutsche Universität
		default:
			en = name
			tr = turkishUniversityName(name, lx)
		}
		var e *entry
		for _, k := range []string{foldKey(en), foldKey(tr), universityCore(name)} {
			if m := unis[k]; k != "" && len(m) > 0 {
				e = m[0]
				break
			}
		}
		if e == nil {
			var err error
			if e, err = addOrg(g, name, "TR", "university", turkeyID); err != nil {
				return err
			}
		}
		addSource(e, "university-domains")
		e.addName("tr", tr)
		e.addName("en", en)
		e.addName("de", de)
		unis.add(e)
		unis[universityCore(name)] = append(unis[universityCore(name)], e)
	}
	return nil
}

// turkishUniversityName is "X Üniversitesi" for "X University" when every
// word of X is a Turkish spelling, else "".
func turkishUniversityName(en string, lx *lexicon) string {
	x, ok := strings.CutSuffix(en, " University")
	if !ok || x == "" {
		return ""
	}
	for _, w := range strings.Fields(x) {
		if !lx.turkishWord(w) {
			return ""
		}
	}
	return x + " Üniversitesi"
}

// universityCore is a university's folded name without the word for
// university: "Dicle University" and "Dicle Üniversitesi" share it.
func universityCore(n string) string {
	var ws []string
	for _, w := range strings.Fields(n) {
		switch foldKey(w) {
		case "university", "universitesi", "of", "the":
			continue
		}
		ws = append(ws, w)
	}
	if len(ws) == len(strings.Fields(n)) {
		return "" // not a university's name
	}
	return "u:" + foldKey(strings.Join(ws, " "))
}
