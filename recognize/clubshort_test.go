package recognize

import (
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
	"weak"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang/en"
)

// TestClubShortNames checks the short names made of clubs' full names
// (clubs invented for the test, beside the default gazetteer's towns).
func TestClubShortNames(t *testing.T) {
	club := func(id string, names ...string) *gazetteer.Entry {
		return &gazetteer.Entry{ID: id, Type: gazetteer.Organization, Subtype: "club", Names: map[string][]string{"en": names}, Prior: 0.5}
	}
	g := gazetteer.Default().With(
		club("x:1", "Kessling Calcio"),
		club("x:2", "UC Brandvale"),
		club("x:3", "Quorvik Rotterdam"),
		club("x:4", "Zentra Rotterdam"), club("x:5", "Zentra Amsterdam"), // two clubs share Zentra
		club("x:6", "AC Abo"),
		club("x:7", "Leeds Rotterdam"),          // two towns: nothing is taken off
		club("x:8", "Velmont Wanderers"),        // no designator, no town: no short name
		club("x:9", "Orvane FC", "Orvane F.C."), // one club's two names
		club("x:10", "FC Tessmar 04"),           // a founding year
	)
	short := clubShortNames(g)
	tests := []struct {
		name string
		want bool
	}{
		{"Kessling", true}, {"Brandvale", true}, {"Quorvik", true}, {"Orvane", true}, {"Tessmar", true},
		{"Zentra", false}, {"Abo", false}, {"Leeds", false}, {"Velmont", false}, {"Velmont Wanderers", false},
	}
	for _, tc := range tests {
		if got := short.has(tc.name); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.name, got, tc.want)
		}
	}
	if !clubShortNames(gazetteer.Default()).has("Feyenoord") {
		t.Error("the default gazetteer's Feyenoord Rotterdam has no short name Feyenoord")
	}
}

// TestClubsByDistinctName checks the people made clubs by a club's short
// name in any sentence (sentences written for the test; the clubs are the
// default gazetteer's).
func TestClubsByDistinctName(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string
	}{
		{"[Feyenoord] sacked their coach on Monday .", "ORG Feyenoord"},
		{"A great night for [Udinese] .", "ORG Udinese"},
		{"[Feyenoord]@Q1 spoke on Monday .", "PER Feyenoord"},                // a person the gazetteer knows
		{"L=[Udinese] is far away .", "LOC Udinese"},                         // the tagger's place
		{"[Rotterdam] spoke on Monday .", "PER Rotterdam"},                   // a short name that is a place
		{"[Kessling Brandvale] spoke on Monday .", "PER Kessling Brandvale"}, // no club's
		{"[Udinese] , L=[Italy] is far away .", "PER Udinese|LOC Italy"},     // an address
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Person)
		clubsByDistinctName(doc, ents, l, g)
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}

// TestDefaultClubShortNames checks that clubshort.tsv holds the short
// names of the default gazetteer's clubs (go generate ./recognize rewrites
// it), and that they are read back.
func TestDefaultClubShortNames(t *testing.T) {
	built := buildClubShortNames(gazetteer.Default())
	want := formatClubShortNames(built)
	if *update {
		if err := os.WriteFile("clubshort.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if clubShortNamesTSV != want {
		t.Fatal("clubshort.tsv is out of date: run go generate ./recognize")
	}
	if len(built.names) < 500 {
		t.Errorf("%d short names, want at least 500", len(built.names))
	}
	read := readClubShortNames(clubShortNamesTSV)
	if !slices.Equal(built.keys, read.keys) {
		t.Errorf("clubshort.tsv read back: keys differ")
	}
	if diff := cmp.Diff(built.names, read.names); diff != "" {
		t.Errorf("clubshort.tsv read back (-built +read):\n%s", diff)
	}
}

// TestClubShortNamesReleased checks that the short names cached for a
// gazetteer do not keep it alive: a program that builds an Extractor over
// a gazetteer of its own on each reload must not keep every one it drops
// (before the cache was keyed weakly, each kept 6 MB).
func TestClubShortNamesReleased(t *testing.T) {
	key := func() weak.Pointer[gazetteer.Gazetteer] {
		g := gazetteer.Default().With(&gazetteer.Entry{ID: "x:1", Type: gazetteer.Organization, Subtype: "club",
			Names: map[string][]string{"en": {"Kessling Calcio"}}, Prior: 0.5})
		if !clubShortNames(g).has("Kessling") {
			t.Fatal("no short name Kessling")
		}
		if _, ok := clubsCache.Load(weak.Make(g)); !ok {
			t.Fatal("the gazetteer's short names are not cached")
		}
		return weak.Make(g)
	}()
	// The cleanup runs on its own goroutine after a collection.
	for i := 0; i < 100; i++ {
		if _, ok := clubsCache.Load(key); !ok {
			return
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("the dropped gazetteer's short names are still cached after 100 collections (collected: %v)", key.Value() == nil)
}

// TestShortNameSet checks has against a search of the sorted names
// themselves, for names of one key (eight bytes alike, or differing only
// in trailing zero bytes), names shorter than eight bytes, the empty
// name, invalid UTF-8, an empty set, and every name of the default
// gazetteer's set with a byte more or less.
func TestShortNameSet(t *testing.T) {
	names := []string{"", "\x00", "Ab", "Ab\x00", "Ab\x00\x00", "Abcdefgh", "Abcdefgh ", "Abcdefgh\x00", "Abcdefghij",
		"Abcdefgi", "Manchester City", "Manchester United", "Udinese", "\xff\xfe", "\xff\xff\xff\xff\xff\xff\xff\xff\xff", "Şahin", "Москва"}
	slices.Sort(names)
	names = slices.Compact(names)
	queries := append([]string{"A", "Abc", "Abcdefg", "Abcdefgha", "Manchester", "Manchester Cit", "Zzz", "\xff"}, names...)
	for _, n := range clubShortNames(gazetteer.Default()).names {
		queries = append(queries, n, n+"x", n[:len(n)-1], strings.ToLower(n))
	}
	for _, set := range []struct {
		name  string
		names []string
	}{{"empty", nil}, {"one", []string{"Ab"}}, {"edge cases", names}, {"default", clubShortNames(gazetteer.Default()).names}} {
		s := newShortNameSet(set.names)
		if !slices.IsSorted(s.keys) {
			t.Errorf("%s: the keys of sorted names are not sorted", set.name)
		}
		for _, q := range queries {
			_, want := slices.BinarySearch(set.names, q)
			if got := s.has(q); got != want {
				t.Errorf("%s: has(%q) = %v, want %v", set.name, q, got, want)
			}
		}
	}
	if (shortNameSet{}).has("") || clubShortNames(nil).has("Ab") {
		t.Errorf("an empty set has a name")
	}
}
