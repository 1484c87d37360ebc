package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ids(entries []*Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.ID
	}
	return out
}

func fixture(t testing.TB) *Gazetteer {
	t.Helper()
	return New(readFixture(t)...)
}

func TestLookup(t *testing.T) {
	g := fixture(t)
	tests := []struct {
		name, lang string
		want       []string
	}{
		{"Ankara", "", []string{"Q3640", "iso:TR-06"}},
		{"ANKARA", "tr", []string{"Q3640", "iso:TR-06"}},
		{"Ankara Province", "en", []string{"iso:TR-06"}},
		{"Ankara Province", "tr", nil},
		{"IRAK", "tr", []string{"Q796"}},   // Turkish fold ırak
		{"ırak", "", []string{"Q796"}},     // dotless i folds like i
		{"Iraq", "en", []string{"Q796"}},   //
		{"Irak", "en", nil},                // no English name Irak
		{"İSTANBUL", "", []string{"Q406"}}, //
		{"istanbul", "en", []string{"Q406"}},
		{"Washington", "", []string{"Q61", "Q1223"}}, // prior, then ID
		{"Washington", "tr", []string{"Q61"}},
		{"washington, d.c.", "en", []string{"Q61"}},
		{"Côte d’Ivoire", "en", []string{"Q1008"}},                   // typographic apostrophe
		{"Milli Eğitim Bakanlığı", "tr", []string{"varlik:org:meb"}}, // circumflex optional
		{"  Rusya \t Federasyonu ", "tr", []string{"Q159"}},
		{"Turkey", "en", []string{"Q43"}},
		{"Türkiye", "en", []string{"Q43"}},
		{"МОСКВА", "ru", []string{"Q649"}},
		{"Mosk", "", nil},
		{"", "", nil},
		{"\xff", "", nil},
	}
	for _, tt := range tests {
		got := ids(g.Lookup(tt.name, tt.lang))
		if len(got) == 0 {
			got = nil
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q, %q) (-want +got):\n%s", tt.name, tt.lang, diff)
		}
	}
}

func TestNewDuplicates(t *testing.T) {
	a := &Entry{ID: "x", Type: Location, Prior: 0.5, Names: map[string][]string{"tr": {"A"}}}
	b := &Entry{ID: "x", Type: Location, Prior: 0.5, Names: map[string][]string{"tr": {"B"}}}
	g := New(a, nil, b)
	if g.Len() != 1 || g.ByID("x") != b {
		t.Fatalf("New(a, nil, b with a's ID): Len %d, ByID %v; want 1 and b", g.Len(), g.ByID("x"))
	}
	if got := g.Lookup("A", ""); len(got) != 0 {
		t.Errorf("replaced name A still found: %v", ids(got))
	}
	if g.ByID("nope") != nil {
		t.Error("ByID of an unknown ID is not nil")
	}
}

func TestWith(t *testing.T) {
	base := fixture(t)
	user, err := ReadFile("testdata/user.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	g := base.With(user...)
	if want := base.Len() + 2; g.Len() != want { // Q4970 replaced, two added
		t.Errorf("Len = %d, want %d", g.Len(), want)
	}
	tests := []struct {
		g    *Gazetteer
		name string
		want []string
	}{
		{base, "Ordu", []string{"iso:TR-52"}},
		{g, "Ordu", []string{"varlik:loc:test-ordu-camp", "iso:TR-52"}}, // user entry first despite its prior
		{base, "Hangzhou Kenti", nil},
		{g, "Hangzhou Kenti", []string{"Q4970"}}, // same ID replaced
		{g, "Şinhua", []string{"varlik:org:xinhua"}},
		{g, "Ankara", []string{"Q3640", "iso:TR-06"}},
	}
	for _, tt := range tests {
		got := ids(tt.g.Lookup(tt.name, ""))
		if len(got) == 0 {
			got = nil
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tt.name, diff)
		}
	}
	if e := g.ByID("Q4970"); e.Prior != 0.7 {
		t.Errorf("ByID(Q4970).Prior = %v, want the user's 0.7", e.Prior)
	}
	// A second layer outranks the first.
	again := g.With(&Entry{ID: "late", Type: Location, Prior: 0, Names: map[string][]string{"tr": {"Ordu"}}})
	if diff := cmp.Diff([]string{"late", "varlik:loc:test-ordu-camp", "iso:TR-52"}, ids(again.Lookup("ordu", "tr"))); diff != "" {
		t.Errorf("second With (-want +got):\n%s", diff)
	}
}
