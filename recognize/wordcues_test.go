package recognize

import (
	"os"
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// turkishAsked is Turkish with its predicates of lang.WordCues but
// without lang.TokenCues.
type turkishAsked struct {
	lang.Language
	lang.SportsWords
	lang.BrandPossessives
	lang.KindAfterNames
	lang.KindAfterRange
}

// englishAsked is English with its predicates of lang.WordCues but
// without lang.TokenCues.
type englishAsked struct {
	lang.Language
	lang.SportsWords
	lang.SportNames
	lang.SharedSportsWords
	lang.OrganizationKinds
}

// russianAsked is Russian with its predicates of lang.WordCues but
// without lang.TokenCues.
type russianAsked struct {
	lang.Language
	lang.OrganizationKinds
	lang.ForeignScriptNames
}

// bare is a language with none of the predicates of lang.WordCues.
type bare struct{ lang.Language }

// TestWordCuesAsked checks that the cues lang.AskedCues gives a language
// without lang.TokenCues, by asking its predicates, are those the
// language's own TokenCues gives, on the test texts and on no tokens; and
// that a language with none of the predicates has no cues.
func TestWordCuesAsked(t *testing.T) {
	trl, enl, rul := tr.Turkish{}, en.English{}, ru.Russian{}
	tests := []struct {
		file       string
		own, asked lang.Language
		wantNoCues bool
	}{
		{"news_tr.txt", trl, turkishAsked{trl, trl, trl, trl, trl}, false},
		{"story_tr.txt", trl, turkishAsked{trl, trl, trl, trl, trl}, false},
		{"news_en.txt", enl, englishAsked{enl, enl, enl, enl, enl}, false},
		{"news_ru.txt", rul, russianAsked{rul, rul, rul}, false},
		{"news_tr.txt", bare{trl}, bare{trl}, true},
	}
	for _, tc := range tests {
		b, err := os.ReadFile("../testdata/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		toks := tc.own.Tokenize(string(b))
		own, asked := wordCuesOf(toks, tc.own), wordCuesOf(toks, tc.asked)
		if tc.wantNoCues {
			if own.of != nil || asked.of != nil || own.union != 0 {
				t.Errorf("%s: cues for a language with no predicates", tc.file)
			}
			continue
		}
		if _, own := tc.asked.(lang.TokenCues); own || capsOf(tc.asked).tokenCues == nil {
			t.Fatalf("%s: %T has its own TokenCues or no cues at all", tc.file, tc.asked)
		}
		if len(own.of) != len(toks) || !slices.Equal(own.of, asked.of) || own.union != asked.union {
			t.Errorf("%s: asked cues differ from the language's own", tc.file)
		}
		if got := wordCuesOf(nil, tc.asked); len(got.of) != 0 || got.union != 0 {
			t.Errorf("%s: cues %v for no tokens", tc.file, got)
		}
	}
}
