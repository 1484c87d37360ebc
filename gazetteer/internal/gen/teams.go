package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Sports teams beyond football: curated/teams.tsv (CC0, compiled for
// varlik) lists whole leagues as of the 2019-20 seasons, each team with
// its full names in English, Turkish and Russian and the nicknames news
// uses alone. They are added last of buildListed, once the football clubs
// are in and have left the places their names (yieldToPlaces), so that a
// team merges into the club the gazetteer already has under one of its
// full names in the same country, as openfootball's rows merge (clubs.go):
// Fenerbahçe Beko and Fenerbahçe Opet are the football club's entry
// Fenerbahçe, and a basketball team named after its sports club (Real
// Madrid, CSKA Moscow) is that club's. A merged entry keeps its ID and
// takes the curated standing (source curated, the curated prior).
//
// A nickname (the short columns) is a team's only while nothing else
// claims it: one that is a place of the gazetteer, a given name or a name
// of another entry is dropped (logged with -v). Whether a nickname is a
// word of the language is the table's decision (see its header); a city's
// name alone is never a team's (the recognizer's townsAsTeams reads "Denver
// beat Utah").

// teamColumns are curated/teams.tsv's columns: league, country, en, tr,
// ru, short, short_ru, short_tr.
const teamColumns = 8

// teamRow is one team of curated/teams.tsv.
type teamRow struct {
	league, country string   // country: ISO 3166-1 alpha-2
	en, tr, ru      []string // full names; tr defaults to en
	short, shortRu  []string // nicknames used alone
	shortTr         []string // nicknames used alone in Turkish only: English words
}

func readTeams() ([]teamRow, error) {
	rows, err := readCurated("teams.tsv", teamColumns)
	if err != nil {
		return nil, err
	}
	var out []teamRow
	for _, r := range rows {
		t := teamRow{league: r[0], country: r[1], en: splitNames(r[2]), tr: splitNames(r[3]), ru: splitNames(r[4]),
			short: splitNames(r[5]), shortRu: splitNames(r[6]), shortTr: splitNames(r[7])}
		if len(t.tr) == 0 {
			t.tr = t.en
		}
		if len(t.en) == 0 {
			return nil, fmt.Errorf("curated/teams.tsv: a %s team without an English name", r[0])
		}
		out = append(out, t)
	}
	return out, nil
}

// splitNames splits a |-separated column, dropping empty names.
func splitNames(col string) []string {
	var out []string
	for _, n := range strings.Split(col, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// buildTeams adds curated/teams.tsv to g (see above). lx tells given names.
func buildTeams(g *gazetteer, countries map[string]*country, lx *lexicon, log io.Writer) error {
	rows, err := readTeams()
	if err != nil {
		return err
	}
	clubs := indexSubtype(g, "club")
	added, merged := 0, 0
	teams := make([]*entry, len(rows))
	for i, t := range rows {
		c, err := countryOf(countries, t.country, "teams.tsv", t.en[0])
		if err != nil {
			return err
		}
		e, isNew, err := clubOf(g, clubs, slices.Concat(t.en, t.tr), t.country, c)
		if err != nil {
			return err
		}
		if isNew {
			added++
		} else {
			merged++
		}
		addSource(e, "curated")
		for _, n := range t.en {
			e.addName("en", n)
		}
		for _, n := range t.tr {
			e.addName("tr", n)
		}
		for _, n := range t.ru {
			e.addName("ru", n)
		}
		clubs.add(e)
		teams[i] = e
	}
	kept, dropped := addTeamNicknames(g, rows, teams, lx, log)
	fmt.Fprintf(log, "teams: %d added, %d merged into clubs; %d nicknames kept, %d dropped\n", added, merged, kept, dropped)
	return nil
}

// addTeamNicknames gives each team its nicknames (English ones in English
// and Turkish, Russian ones in Russian, Turkish-only ones in Turkish)
// unless the name is a place, a given name, another entry's name or
// another team's nickname too; a Turkish-only one, also unless it is a
// Turkish word or name (lx.turkish): English words that are no Turkish
// ones name the team in Turkish text.
func addTeamNicknames(g *gazetteer, rows []teamRow, teams []*entry, lx *lexicon, log io.Writer) (kept, dropped int) {
	owners := indexNames(g, "") // folded name → the entries that have it
	nick := map[string][]*entry{}
	for i, t := range rows {
		for _, n := range slices.Concat(t.short, t.shortRu, t.shortTr) {
			nick[foldKey(n)] = append(nick[foldKey(n)], teams[i])
		}
	}
	places := placeNames(g)
	for i, t := range rows {
		e := teams[i]
		add := func(n string, langs ...string) {
			k := foldKey(n)
			why := ""
			switch {
			case places[k]:
				why = "a place"
			case lx.given[k]:
				why = "a given name"
			case slices.Equal(langs, []string{"tr"}) && lx.turkish[k]:
				why = "a Turkish word or name"
			case !onlyOwner(owners[k], e) || !onlyOwner(nick[k], e):
				why = "another entry's name"
			}
			if why != "" {
				fmt.Fprintf(log, "team nickname dropped, %s: %s %q\n", why, e.id, n)
				dropped++
				return
			}
			for _, l := range langs {
				e.addName(l, n)
			}
			kept++
		}
		for _, n := range t.short {
			add(n, "en", "tr")
		}
		for _, n := range t.shortRu {
			add(n, "ru")
		}
		for _, n := range t.shortTr {
			add(n, "tr")
		}
	}
	return kept, dropped
}

// onlyOwner reports whether list holds no entry but e.
func onlyOwner(list []*entry, e *entry) bool {
	for _, m := range list {
		if m != e {
			return false
		}
	}
	return true
}
