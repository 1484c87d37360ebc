package recognize

import (
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

// TestClubMemoKnows checks that the memo answers as knownClub does, asked
// once and again, in two languages whose full names differ (Kessling
// United is a club's full name in English only), over the default
// gazetteer and over one of the test's own, whose memos are apart.
func TestClubMemoKnows(t *testing.T) {
	own := gazetteer.Default().With(&gazetteer.Entry{ID: "x:1", Type: gazetteer.Organization, Subtype: "club",
		Names: map[string][]string{"en": {"Kessling United"}}, Prior: 0.5})
	names := []string{"Kessling", "Livingston", "Hibernian", "Feyenoord", "Galatasaray", "Ankara", "Paris", "Ayr", "Mehmet"}
	for _, g := range []*gazetteer.Gazetteer{gazetteer.Default(), own} {
		for _, l := range []lang.Language{en.English{}, tr.Turkish{}} {
			cn := l.(lang.ClubNames)
			for round := range 2 {
				m := newClubMemo(l, cn, g)
				for _, name := range names {
					if got, want := m.knows(name), knownClub(name, cn, g); got != want {
						t.Errorf("%s, round %d, own gazetteer %v: knows(%q) = %v, knownClub %v", l.Code(), round, g == own, name, got, want)
					}
				}
			}
		}
	}
	if knownClub("Kessling", en.English{}, own) == knownClub("Kessling", tr.Turkish{}, own) {
		t.Error("the test needs a name whose answer differs between the languages")
	}
}
