package link

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang/ru"
)

// TestCoarseKey checks that the coarse key makes k, s and j one letter
// and collapses the runs that makes.
func TestCoarseKey(t *testing.T) {
	for _, c := range []struct{ key, want string }{
		{"strmk", "ktrmk"},    // Strumica
		{"strms", "ktrmk"},    // Струмица
		{"kskmlk", "kmlk"},    // Xochimilco
		{"skmlk", "kmlk"},     // Сочимилько
		{"trjn", "trkn"},      // Терджан
		{"krlndjk", "krlndk"}, // Kralendijk
		{"", ""},
	} {
		if got := coarseKey(c.key); got != c.want {
			t.Errorf("coarseKey(%q) = %q, want %q", c.key, got, c.want)
		}
	}
}

// TestCoarseEntry checks that a Russian place the gazetteer names in
// Turkish and English only, spelt with a ц or an с where their Latin
// names write c or x, takes the place's ID, and that an organization or a
// person of that name does not (sentences written for the test; the
// places are the default gazetteer's).
func TestCoarseEntry(t *testing.T) {
	x := New(gazetteer.Default())
	l := ru.Russian{}
	for _, c := range []struct {
		text, name string
		typ        annotation.Type
		want       string // "" for a name ID
	}{
		{"Фестиваль прошёл в Струмице.", "Струмице", annotation.Location, "Q2308287"},
		{"Туристы приехали в Сочимилько.", "Сочимилько", annotation.Location, "geonames:3514450"},
		{"Струмица выиграла матч.", "Струмица", annotation.Organization, ""},
		{"Сочимилько сказал, что приедет.", "Сочимилько", annotation.Person, ""},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: c.typ}}, l)
		x.Link(doc, l)
		got := doc.Entities[0].ID
		if c.want == "" && (len(got) < 5 || got[:5] != "name:") || c.want != "" && got != c.want {
			t.Errorf("%s %q: ID %q, want %q", c.typ, c.name, got, map[bool]string{true: "a name ID", false: c.want}[c.want == ""])
		}
	}
}

// TestDefaultCoarseKeys checks that the coarse look-up in coarsekeys.tsv
// finds, for each coarse key of the default gazetteer's places, the names
// under the name keys it coarsens, in entrykeys.tsv's order (which
// TestDefaultEntryKeys checks against the gazetteer), and nothing for a
// key it lacks; and that the lines are in the order its bisection needs.
func TestDefaultCoarseKeys(t *testing.T) {
	want := map[entryKey][]keyedName{}
	for line := range strings.Lines(entryKeysTSV) {
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if f[0] != gazetteer.Location {
			continue
		}
		words, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("entrykeys.tsv: %q", line)
		}
		k := entryKey{coarseKey(f[1]), words}
		want[k] = append(want[k], keyedName{f[3], f[4]})
	}
	if n := len(coarsened(buildEntryKeyIndex(gazetteer.Default(), gazetteer.Location))); len(want) != n {
		t.Fatalf("%d coarse keys in entrykeys.tsv, %d in the gazetteer", len(want), n)
	}
	x := New(gazetteer.Default())
	for k, names := range want {
		if got := x.coarseNames(k); !slices.Equal(got, names) {
			t.Fatalf("coarseNames(%v) = %v, want %v", k, got, names)
		}
	}
	for _, k := range []entryKey{{"zzzzzzzz", 1}, {"", 0}, {"ktrmk", 9}} {
		if got := x.coarseNames(k); got != nil {
			t.Errorf("coarseNames(%v) = %v, want none", k, got)
		}
	}
	lines := coarseKeyLines.Words()
	for i := 1; i < len(lines); i++ {
		if prev, line := lines[i-1], lines[i]; prev > line && !strings.HasPrefix(line, coarseHead(prev)) {
			t.Fatalf("coarsekeys.tsv: line %q sorts after %q", prev, line)
		}
	}
}

// coarseHead returns a coarsekeys.tsv line's coarse key and words with
// their tabs.
func coarseHead(line string) string {
	f := strings.SplitAfterN(line, "\t", 3)
	return f[0] + f[1]
}

// TestCoarseEntryOwnGazetteer checks the coarse look-up over a gazetteer
// of the caller's own, whose coarse index is made from its entries: a
// Slavic town named in English only takes its ID from its Russian
// spelling, and a name that coarsens alike but is spelt apart does not.
func TestCoarseEntryOwnGazetteer(t *testing.T) {
	g := gazetteer.New(&gazetteer.Entry{ID: "loc:zorica", Type: gazetteer.Location, Prior: 0.5,
		Names: map[string][]string{"en": {"Velika Zorica"}}})
	x := New(g)
	l := ru.Russian{}
	for _, c := range []struct{ text, name, want string }{
		{"Праздник прошёл в Велика Зорице.", "Велика Зорице", "loc:zorica"},
		{"Праздник прошёл в Волоки Зарайске.", "Волоки Зарайске", ""},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: annotation.Location}}, l)
		x.Link(doc, l)
		if got := doc.Entities[0].ID; c.want != "" && got != c.want || c.want == "" && got == "loc:zorica" {
			t.Errorf("%q: ID %q, want %q", c.name, got, c.want)
		}
	}
}
