package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestPlaceNamedOnlyAsOrganization checks that a one-word place the
// gazetteer knows only as an organization another language names so (a
// club: Chelsea, English Chelsea FC) becomes that organization, and that
// one the document's language names so (Amazon), a known place, a name of
// more words and a gazetteer's own match stay as they are.
func TestPlaceNamedOnlyAsOrganization(t *testing.T) {
	g := gazetteer.New(
		&gazetteer.Entry{ID: "org:chelsea", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"tr": {"Chelsea"}, "en": {"Chelsea FC"}}},
		&gazetteer.Entry{ID: "org:amazon", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"tr": {"Amazon"}, "en": {"Amazon"}}},
		&gazetteer.Entry{ID: "org:brighton", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"tr": {"Brighton"}, "en": {"Brighton & Hove Albion"}}},
		&gazetteer.Entry{ID: "loc:brighton", Type: gazetteer.Location, Prior: 0.5,
			Names: map[string][]string{"tr": {"Brighton"}, "en": {"Brighton"}}},
		&gazetteer.Entry{ID: "org:west-ham", Type: gazetteer.Organization, Prior: 0.7,
			Names: map[string][]string{"tr": {"West Ham"}, "en": {"West Ham United"}}})
	for _, tc := range []struct {
		l          lang.Language
		text, name string
		source     string
		wantID     string
		wantType   annotation.Type
	}{
		{en.English{}, "Chelsea faces Videoton on Thursday.", "Chelsea", "model", "org:chelsea", annotation.Organization},
		{en.English{}, "Chelsea faces Videoton on Thursday.", "Chelsea", "model+gazetteer", "name:kls", annotation.Location}, // the gazetteer typed it
		{tr.Turkish{}, "Gemiler Amazon boyunca gitti.", "Amazon", "model", "name:msn", annotation.Location},                  // named so in Turkish
		{en.English{}, "They moved to Brighton last year.", "Brighton", "model", "loc:brighton", annotation.Location},        // a known place
		{en.English{}, "They moved to West Ham last year.", "West Ham", "model", "name:gm-vst", annotation.Location},         // more words
	} {
		if e := linkedMention(t, g, tc.l, tc.text, tc.name, annotation.Location, tc.source); e.ID != tc.wantID || e.Type != tc.wantType {
			t.Errorf("%s in %q: %s %s, want %s %s", tc.name, tc.text, e.ID, e.Type, tc.wantID, tc.wantType)
		}
	}
}

// TestOrganizationNotItsTown checks that an organization named after its
// town keeps a name ID in every language, the same as where the gazetteer
// names the town, and does not take the town's ID through another
// language's name (a club in Russian news: «Брайтона»).
func TestOrganizationNotItsTown(t *testing.T) {
	g := gazetteer.New(&gazetteer.Entry{ID: "loc:cardiff", Type: gazetteer.Location, Prior: 0.5,
		Names: map[string][]string{"tr": {"Cardiff"}, "en": {"Cardiff"}}})
	for _, tc := range []struct {
		l          lang.Language
		text, name string
	}{
		{en.English{}, "Two Cardiff defenders were booked.", "Cardiff"},
		{tr.Turkish{}, "İki Cardiff savunmacısı kart gördü.", "Cardiff"},
		{ru.Russian{}, "Два защитника «Кардиффа» получили карточки.", "Кардиффа"},
	} {
		if e := linkedMention(t, g, tc.l, tc.text, tc.name, annotation.Organization, "model"); e.ID != "name:krdf" {
			t.Errorf("%s in %q: %s, want name:krdf", tc.name, tc.text, e.ID)
		}
	}
}
