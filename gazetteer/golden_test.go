package gazetteer_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/gazetteer"
)

// goldenRow is one line of testdata/golden_tr.tsv: a sentence, the text a
// match must cover exactly, and the entry that must be among its
// candidates.
type goldenRow struct {
	Sentence, Mention, ID string
}

func readGolden(t *testing.T, path string) []goldenRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []goldenRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated columns, got %d", path, n, len(cols))
		}
		rows = append(rows, goldenRow{cols[0], cols[1], cols[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestGoldenTurkish matches inflected mentions in Turkish sentences
// against the default gazetteer. A row passes when a match covers exactly
// the mention and lists the expected entry; which of several candidates
// is meant (Antalya the city or the province) is for the tagger's context
// to decide, so ranking is reported, not required.
func TestGoldenTurkish(t *testing.T) {
	rows := readGolden(t, "testdata/golden_tr.tsv")
	if len(rows) < 100 {
		t.Fatalf("%d golden rows, want at least 100", len(rows))
	}
	g := gazetteer.Default()
	l := turkish(t)
	got := make([]goldenRow, len(rows))
	top := 0
	for i, r := range rows {
		if g.ByID(r.ID) == nil {
			t.Errorf("row %d: expected ID %s is not in the default gazetteer", i+1, r.ID)
		}
		got[i] = goldenRow{r.Sentence, r.Mention, "(no match)"}
		var spans []string
		for _, m := range g.Match(l.Tokenize(r.Sentence), l) {
			span := r.Sentence[m.Start:m.End]
			spans = append(spans, span)
			if span != r.Mention {
				continue
			}
			ids := make([]string, len(m.Candidates))
			for k, c := range m.Candidates {
				ids[k] = c.ID
			}
			switch k := slices.Index(ids, r.ID); {
			case k == 0:
				top++
				fallthrough
			case k > 0:
				got[i].ID = r.ID
			default:
				got[i].ID = "(candidates " + strings.Join(ids, " ") + ")"
			}
		}
		if got[i].ID == "(no match)" {
			got[i].ID = "(matches " + strings.Join(spans, " | ") + ")"
		}
	}
	if diff := cmp.Diff(rows, got); diff != "" {
		t.Errorf("golden mentions (-want +got):\n%s", diff)
	}
	t.Logf("%d golden mentions; the expected entry ranks first in %d", len(rows), top)
}
