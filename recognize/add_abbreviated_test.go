package recognize

import (
	"flag"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/tr"
)

var update = flag.Bool("update", false, "rewrite the generated files: abbreviable.tsv, clubshort.tsv")

// TestExpandAbbreviatedNames checks which initials before a capitalized
// word become the gazetteer's one-word name, and what becomes of the
// mentions there.
func TestExpandAbbreviatedNames(t *testing.T) {
	club := func(id, name string) *gazetteer.Entry {
		return &gazetteer.Entry{ID: id, Type: gazetteer.Organization, Subtype: "club", Prior: 0.7,
			Names: map[string][]string{"tr": {name}}}
	}
	g := gazetteer.New(club("org:fb", "Fenerbahçe"), club("org:gs", "Galatasaray"),
		club("org:kp", "Kasımpaşa"), club("org:kkp", "Kırkpaşa"),
		&gazetteer.Entry{ID: "loc:antep", Type: gazetteer.Location, Subtype: "province", Prior: 0.7,
			Names: map[string][]string{"tr": {"Gaziantep"}}},
		&gazetteer.Entry{ID: "loc:antep-town", Type: gazetteer.Location, Subtype: "city", Prior: 0.5,
			Names: map[string][]string{"tr": {"Gaziantep"}}},
		&gazetteer.Entry{ID: "loc:gumus", Type: gazetteer.Location, Prior: 0.4, // not well known
			Names: map[string][]string{"tr": {"Gümüşsaray"}}},
	)
	tests := []struct {
		l     lang.Language
		words string // tokens, space-separated; a [bracketed] run is a mention of type typ
		typ   annotation.Type
		want  string // the mentions afterwards, "text/TYPE/ID", "|"-separated
	}{
		{tr.Turkish{}, "F. Bahçe kazandı", "", "F. Bahçe/ORGANIZATION/org:fb"},
		{tr.Turkish{}, "dün F . [Bahçe] 'ye gitti", annotation.Location, "F . Bahçe/ORGANIZATION/org:fb"},
		{tr.Turkish{}, "[G. Saray] yendi", annotation.Person, "G. Saray/ORGANIZATION/org:gs"},
		{tr.Turkish{}, "[G. Antep] 'te", annotation.Person, "G. Antep/LOCATION/loc:antep"},          // the province, ranked first
		{tr.Turkish{}, "F . [Bahçe Stadı] doldu", annotation.Location, "F . Bahçe Stadı/LOCATION/"}, // takes the initial in
		{tr.Turkish{}, "A. [Şahin] konuştu", annotation.Person, "Şahin/PERSON/"},                    // no name fits
		{tr.Turkish{}, "K. Paşa yendi", "", ""},                                                     // two names fit
		{tr.Turkish{}, "G. Ep yendi", "", ""},                                                       // too short a word
		{tr.Turkish{}, "F. bahçe", "", ""},                                                          // not capitalized
		{tr.Turkish{}, "F. Fenerbahçe", "", ""},                                                     // nothing cut
		{tr.Turkish{}, "[Mehmet F. Bahçe] dedi", annotation.Person, "Mehmet F. Bahçe/PERSON/"},      // inside a longer name
		{en.English{}, "F. Bahçe won", "", ""},                                                      // English press does not
	}
	for _, tc := range tests {
		text, first, last := bracketedMention(tc.words)
		doc := &annotation.Document{Text: text, Tokens: givenTokens(text, tc.l)}
		var ents []annotation.Entity
		if first >= 0 {
			ents = append(ents, doc.Mention(first, last, tc.typ, 0.5, "model"))
		}
		ents = expandAbbreviatedNames(doc, ents, tc.l, g, &abbreviableNames{}, wordCasesOf(doc.Tokens))
		if got := mentionList(t, doc, ents); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.words, got, tc.want)
		}
	}
}

// TestDefaultAbbreviableNames checks that abbreviable.tsv holds the names
// of the default gazetteer in each language that abbreviates names (go
// generate ./recognize rewrites it), and that they are read back.
func TestDefaultAbbreviableNames(t *testing.T) {
	var codes []string
	var built [][]string
	for _, code := range lang.Codes() {
		l, _ := lang.Get(code)
		if an, ok := l.(lang.AbbreviatedNames); ok && an.AbbreviatesNames() {
			codes = append(codes, code)
			built = append(built, buildAbbreviable(gazetteer.Default(), code))
		}
	}
	want := formatAbbreviable(codes, built)
	if *update {
		if err := os.WriteFile("abbreviable.tsv", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if abbreviableTSV != want {
		t.Fatal("abbreviable.tsv is out of date: run go generate ./recognize")
	}
	for i, code := range codes {
		if len(built[i]) < 500 {
			t.Errorf("%s: %d names, want at least 500", code, len(built[i]))
		}
		if diff := cmp.Diff(built[i], defaultAbbreviable(code)); diff != "" {
			t.Errorf("%s: abbreviable.tsv read back (-built +read):\n%s", code, diff)
		}
	}
}
