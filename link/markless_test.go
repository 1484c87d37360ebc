package link

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestDefaultMarkless checks that markless.tsv lists the default
// gazetteer's names with marks (go generate ./link rewrites it), and that
// a look-up finds a name's entry by it.
func TestDefaultMarkless(t *testing.T) {
	if generated(t, "markless.tsv", marklessTSV, formatMarkless(gazetteer.Default())) {
		return
	}
	if got := marklessIDs([]byte(gazetteer.Location + "\tbogota\t")); len(got) == 0 {
		t.Errorf("bogota: no entry")
	}
	// Every line's key, past the filter, finds its line's ID.
	for line := range strings.Lines(marklessTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if got := marklessIDs([]byte(fields[0] + "\t" + fields[1] + "\t")); !slices.Contains(got, fields[2]) {
			t.Errorf("%q: IDs %v, want %s among them", line, got, fields[2])
		}
	}
	if got := marklessIDs([]byte(gazetteer.Location + "\tbogot\t")); got != nil {
		t.Errorf("a prefix of a name found %v", got)
	}
	if got := marklessIDs([]byte(gazetteer.Location + "\tzzzz\t")); got != nil {
		t.Errorf("an unknown name found %v", got)
	}
}

// TestMarklessFold checks that marks of Latin letters are left out and
// Cyrillic letters keep theirs.
func TestMarklessFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bogotá", "bogota"},
		{"Curaçao", "curacao"},
		{"Tromsø", "tromso"},
		{"Łódź", "lodz"},
		{"İzmir Körfezi", "izmir korfezi"},
		{"Йошкар-Ола", "йошкар-ола"},
		{"Семёнов", "семёнов"},
	} {
		if got := marklessFold(c.in); got != c.want {
			t.Errorf("marklessFold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestMarklessFolded checks marklessFolded against marklessFold on every
// rune of one and two bytes alone and between letters, on names with and
// without marks, and on invalid UTF-8.
func TestMarklessFolded(t *testing.T) {
	names := []string{"", "bogota", "new york", "Bogota", "bogotá", "ızmir", "izmir", "семёнов", "йошкар-ола",
		"Москва", "ѐ", "e\u0301", "и\u0306", "\xd0", "\xd1", "\xd0\xb0\xd1", "a\xffb", "\xd1\xa0", "\xd0\xaf"}
	for r := rune(0); r < 0x800; r++ {
		for _, around := range [][2]string{{"", ""}, {"a", "b"}, {"д", "я"}, {"1", "\u0301"}, {"\u0301", "\u0308"}, {"ж\u0306", "c\u0327"}} {
			names = append(names, around[0]+string(r)+around[1])
		}
	}
	for _, name := range names {
		if got, want := marklessFolded([]byte(name)), marklessFold(name) == name; got != want {
			t.Errorf("marklessFolded(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestMarklessEntryAllocs checks that a name the index lacks costs
// marklessEntry no allocation.
func TestMarklessEntryAllocs(t *testing.T) {
	x := New(gazetteer.Default())
	for _, words := range [][]string{{"zzzz"}, {"new", "zzzz", "city"}, {"москвазз"}} {
		if n := testing.AllocsPerRun(10, func() { x.marklessEntry(words, annotation.Location) }); n != 0 {
			t.Errorf("marklessEntry(%q): %v allocations, want 0", words, n)
		}
	}
}

// TestMarklessEntry checks that a place news writes without the marks of
// the gazetteer's only name for it takes its ID in English and Turkish, as
// its Russian name does, and that a person or a name with marks of its
// own is left to the other look-ups (sentences written for the test; the
// places are the default gazetteer's).
func TestMarklessEntry(t *testing.T) {
	x := New(gazetteer.Default())
	bogota := uniqueEntry(gazetteer.Default(), "Богота", annotation.Location, "ru")
	if bogota == "" {
		t.Fatal("Богота: not in the default gazetteer")
	}
	for _, c := range []struct {
		l          lang.Language
		text, name string
		typ        annotation.Type
		want       string // "" for a name ID
	}{
		{en.English{}, "Rain fell in Bogota on Monday.", "Bogota", annotation.Location, bogota},
		{tr.Turkish{}, "Yağmur Bogota kentine yağdı.", "Bogota", annotation.Location, bogota},
		{ru.Russian{}, "Богота приняла гостей.", "Богота", annotation.Location, bogota},
		{en.English{}, "Bogota said he would come.", "Bogota", annotation.Person, ""},
	} {
		doc := doctest.WithNames(t, c.text, []doctest.Name{{Text: c.name, Type: c.typ}}, c.l)
		x.Link(doc, c.l)
		got := doc.Entities[0].ID
		if c.want == "" && !strings.HasPrefix(got, "name:") || c.want != "" && got != c.want {
			t.Errorf("%s %s %q: ID %q, want %q", c.l.Code(), c.typ, c.name, got, c.want)
		}
	}
}
