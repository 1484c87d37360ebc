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
// line: the UN system's 39 bodies (3 new, 36 merged into SupraVerden's),
// the 13 Nobel Peace Prize organizations not in before, and the 32 Summer
// and 7 Winter Olympic federations FIFA aside, 5 football confederations,
// 4 North American leagues, the FIA and Formula One Group.
var intlSetSizes = map[string]int{
	"the United Nations system":                                 39,
	"the organizations awarded the Nobel Peace Prize":           13,
	"the international federations of the 2020 Summer and 2022": 50,
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
// abbreviations and competitions the block leaves out are not the bodies'.
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
