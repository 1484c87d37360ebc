package tr

import (
	"cmp"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestCue(t *testing.T) {
	tests := map[string]lang.Cue{
		"üniversitesi": lang.OrgHead,
		"bakanlığı":    lang.OrgHead, // longest match beats "bakan*"
		"bakanı":       lang.PersonRole,
		"ili":          lang.LocHead,
		"ilginç":       lang.NoCue, // "ili" is whole-word only
		"kazası":       lang.LocHead,
		"kazasında":    lang.NoCue, // "kazası" is whole-word only
		"sayın":        lang.PersonTitle,
		"bayram":       lang.NoCue,
		"":             lang.NoCue,
	}
	for w, want := range tests {
		if got := (Turkish{}).Cue(w); got != want {
			t.Errorf("Cue(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestCueTable checks Cue, which reads cueIndex's bucket of a word's
// first two bytes, against a scan of every cue form, longest first: on
// every cue form, with endings and cut short, and every word of the
// Turkish news and story test documents.
func TestCueTable(t *testing.T) {
	var all []cueForm
	for class, forms := range cueWords {
		for _, f := range forms {
			all = append(all, cueForm{form: strings.TrimSuffix(f, "*"), class: class, prefix: strings.HasSuffix(f, "*")})
		}
	}
	slices.SortFunc(all, func(a, b cueForm) int {
		if c := cmp.Compare(len(b.form), len(a.form)); c != 0 {
			return c
		}
		return strings.Compare(a.form, b.form)
	})
	words := []string{"", "a", "ş", "\xff", "a@", "b\x80", "\x00\x00"}
	for _, cf := range all {
		f := cf.form
		words = append(words, f, f+"n", f+"nde", f[:len(f)-1], f[:1], f[:1]+string(f[1]^64)+f[2:])
	}
	for _, p := range []string{"../../testdata/news_tr.txt", "../../testdata/story_tr.txt"} {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range Tokenize(string(text)) {
			words = append(words, tok.Norm)
		}
	}
	for _, w := range words {
		want := lang.NoCue
		for _, cf := range all {
			if w == cf.form || (cf.prefix && strings.HasPrefix(w, cf.form)) {
				want = cf.class
				break
			}
		}
		if got := (Turkish{}).Cue(w); got != want {
			t.Errorf("Cue(%q) = %d, a scan of the forms %d", w, got, want)
		}
	}
}

func TestFunctionWords(t *testing.T) {
	var tr Turkish
	for _, tc := range []struct {
		word           string
		joins, skipped bool
	}{
		{"ve", true, true}, {"ile", true, true}, {"of", false, true}, {"bakan", false, false},
	} {
		if got := tr.JoinsNames(tc.word); got != tc.joins {
			t.Errorf("JoinsNames(%q) = %v", tc.word, got)
		}
		if got := tr.SkippedInAcronym(tc.word); got != tc.skipped {
			t.Errorf("SkippedInAcronym(%q) = %v", tc.word, got)
		}
	}
	for suffix, want := range map[string]bool{"'li": true, "’lının": true, "'lu": true, "'de": false, "'": false} {
		if got := tr.IsOriginSuffix(suffix); got != want {
			t.Errorf("IsOriginSuffix(%q) = %v, want %v", suffix, got, want)
		}
	}
}

func TestMarksOrganization(t *testing.T) {
	for _, w := range []string{"savunmasını", "kalecisi", "forveti", "mağazası", "markasına", "markaları", "firması", "şirketinin", "çalışanı", "hisseleri"} {
		if !(Turkish{}).MarksOrganization(w) {
			t.Errorf("MarksOrganization(%q) = false", w)
		}
	}
	for _, w := range []string{"markajı", "takımı", "ekibi", "taraftarları", "defansı", "ve", "başkanı"} {
		if (Turkish{}).MarksOrganization(w) {
			t.Errorf("MarksOrganization(%q) = true", w)
		}
	}
}

// TestMarksTeam checks that only a team's words of MarksOrganization's
// make a name a team's.
func TestMarksTeam(t *testing.T) {
	for w, want := range map[string]bool{
		"savunmasını": true, "kalecisi": true, "forveti": true,
		"mağazası": false, "hisseleri": false, "şirketinin": false, "": false,
	} {
		if got := (Turkish{}).MarksTeam(w); got != want {
			t.Errorf("MarksTeam(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOwnedByNext(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"markası", true}, {"markaları", true}, {"şirketi", true}, {"firması", true},
		{"kulübü", true}, {"kulüpleri", true}, {"mağazaya", true},
		{"markajı", false}, {"takımı", false}, {"ekibi", false}, {"grubu", false},
		{"dergisi", false}, {"başkanı", false}, {"ve", false},
		{"sitesi", true}, {"siteleri", true}, {"sitesinde", true}, {"sitem", false}, {"üniversitesi", false},
	}
	for _, tc := range tests {
		if got := (Turkish{}).OwnedByNext(tc.word); got != tc.want {
			t.Errorf("OwnedByNext(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestOriginStem(t *testing.T) {
	for word, want := range map[string]string{"Liverpoollu": "Liverpool", "Fenerbahçeli": "Fenerbahçe", "Parmalı": "Parma", "Ürgüplü": "Ürgüp", "Ahmet": "", "li": ""} {
		stem, ok := (Turkish{}).OriginStem(word)
		if stem != want || ok != (want != "") {
			t.Errorf("OriginStem(%q) = %q, %v, want %q", word, stem, ok, want)
		}
	}
}
