package recognize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// TestWidenToMatches is a table of model/gazetteer conflicts: spans (by
// token range and type) against the gazetteer's matches over the same
// sentence, and the spans that win.
func TestWidenToMatches(t *testing.T) {
	// sp writes a span "first-last:TYPE"; mt a match "first-last:TYPE,TYPE"
	// (its candidates' types, best first).
	tests := []struct {
		name, spans, matches, want string
		lower                      []int // tokens in lower case
		comma                      int   // a comma token, or -1
	}{
		// A person's first name inside the known full name.
		{"first name in full name", "4-5:PER", "4-6:PER", "4-6:PER", nil, -1},
		{"surname in full name", "5-6:PER", "4-6:PER", "4-6:PER", nil, -1},
		{"middle of a three-word name", "1-2:PER", "0-3:PER", "0-3:PER", nil, -1},
		{"two halves of one name", "0-1:PER 1-2:PER", "0-2:PER", "0-2:PER", nil, -1},
		{"name and a stray piece", "0-1:PER 2-3:PER", "0-3:PER", "0-3:PER", nil, -1},
		// Places and organizations inside longer names of the same type.
		{"city in a longer place name", "1-2:LOC", "0-2:LOC", "0-2:LOC", nil, -1},
		{"head of an organization name", "0-1:ORG", "0-3:ORG", "0-3:ORG", nil, -1},
		{"org acronym part", "2-3:ORG", "1-3:ORG", "1-3:ORG", nil, -1},
		{"second candidate agrees: the span keeps its type", "0-1:LOC", "0-2:ORG,LOC", "0-2:LOC", nil, -1},
		{"agreeing candidate, org not best", "0-1:PER", "0-2:LOC,PER", "0-2:PER", nil, -1},
		// Organizations named after places and people.
		{"club named after a city (Real Madrid)", "1-2:LOC", "0-2:ORG", "0-2:ORG", nil, -1},
		{"club with a place and a word (Manchester United)", "1-2:LOC", "0-2:ORG", "0-2:ORG", nil, -1},
		{"both words tagged inside a club", "0-1:LOC 1-2:LOC", "0-2:ORG", "0-2:ORG", nil, -1},
		{"person inside a foundation's name", "0-2:PER", "0-3:ORG", "0-3:ORG", nil, -1},
		{"university named after a person", "0-1:PER", "0-2:ORG", "0-2:ORG", nil, -1},
		// No widening.
		{"exact match stays", "0-2:PER", "0-2:PER", "0-2:PER", nil, -1},
		{"match inside the span", "0-3:ORG", "1-2:LOC", "0-3:ORG", nil, -1},
		{"overlap without containment", "0-2:PER", "1-3:PER", "0-2:PER", nil, -1},
		{"place inside a person's name stays (no agreeing entry)", "0-1:LOC", "0-2:PER", "0-1:LOC", nil, -1},
		{"organization inside a place's name stays", "0-1:ORG", "0-2:LOC", "0-1:ORG", nil, -1},
		{"person inside a place's name stays", "1-2:PER", "0-2:LOC", "1-2:PER", nil, -1},
		{"organization inside a person match stays", "0-1:ORG", "0-2:PER", "0-1:ORG", nil, -1},
		{"no matches", "0-1:PER 3-4:LOC", "", "0-1:PER 3-4:LOC", nil, -1},
		{"no spans", "", "0-2:PER", "", nil, -1},
		{"match elsewhere", "0-1:PER", "3-5:PER", "0-1:PER", nil, -1},
		{"match with no candidates", "0-1:PER", "0-2:", "0-1:PER", nil, -1},
		// Several spans and matches in one sentence.
		{"two widenings", "0-1:PER 5-6:LOC", "0-2:PER 4-6:ORG", "0-2:PER 4-6:ORG", nil, -1},
		{"one widens, one stays", "0-1:PER 5-6:ORG", "0-2:PER 4-6:LOC", "0-2:PER 5-6:ORG", nil, -1},
		{"span after a widened match kept", "1-2:PER 3-4:LOC", "0-2:PER", "0-2:PER 3-4:LOC", nil, -1},
		{"span before a widened match kept", "0-1:LOC 3-4:PER", "2-4:PER", "0-1:LOC 2-4:PER", nil, -1},
		{"three spans inside one club", "0-1:LOC 1-2:PER 2-3:LOC", "0-3:ORG", "0-3:ORG", nil, -1},
		{"adjacent matches each widen", "0-1:PER 2-3:PER", "0-2:PER 2-4:PER", "0-2:PER 2-4:PER", nil, -1},
		// The match must read as a name.
		{"lower-case word after the name (Avrupa kıtasından)", "0-1:LOC", "0-2:LOC", "0-1:LOC", []int{1}, -1},
		{"lower-case word inside is fine (Republic of North Macedonia)", "2-4:LOC", "0-4:LOC", "0-4:LOC", []int{1}, -1},
		{"a comma inside (Washington, D.C.)", "0-1:LOC", "0-3:LOC", "0-1:LOC", nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]lang.Token, 8) // capitalized words, unless the case says otherwise
			for i := range toks {
				toks[i] = lang.Token{Text: "Ad", Kind: lang.Word}
			}
			for _, k := range tt.lower {
				toks[k].Text = "ad"
			}
			if tt.comma >= 0 {
				toks[tt.comma] = lang.Token{Text: ",", Kind: lang.Punct}
			}
			got := widenToMatches(parseSpans(t, tt.spans), parseMatches(t, tt.matches), toks)
			if s := formatSpans(got); s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
	if len(tests) < 30 {
		t.Errorf("%d cases; the table should keep at least 30", len(tests))
	}
}

var shortTypes = map[string]annotation.Type{"PER": annotation.Person, "LOC": annotation.Location, "ORG": annotation.Organization}

func parseSpans(t *testing.T, s string) []annotation.Span {
	var out []annotation.Span
	for _, f := range strings.Fields(s) {
		var first, last int
		rng, typ, _ := strings.Cut(f, ":")
		if _, err := fmt.Sscanf(rng, "%d-%d", &first, &last); err != nil {
			t.Fatal(err)
		}
		out = append(out, annotation.Span{First: first, Last: last, Type: shortTypes[typ], Score: 0.9})
	}
	return out
}

func parseMatches(t *testing.T, s string) []gazetteer.Match {
	var out []gazetteer.Match
	for _, f := range strings.Fields(s) {
		var first, last int
		rng, types, _ := strings.Cut(f, ":")
		if _, err := fmt.Sscanf(rng, "%d-%d", &first, &last); err != nil {
			t.Fatal(err)
		}
		m := gazetteer.Match{First: first, Last: last}
		for _, typ := range strings.Split(types, ",") {
			if typ != "" {
				m.Candidates = append(m.Candidates, &gazetteer.Entry{ID: "x", Type: string(shortTypes[typ])})
			}
		}
		out = append(out, m)
	}
	return out
}

func formatSpans(spans []annotation.Span) string {
	var parts []string
	for _, sp := range spans {
		for short, typ := range shortTypes {
			if typ == sp.Type {
				parts = append(parts, fmt.Sprintf("%d-%d:%s", sp.First, sp.Last, short))
			}
		}
	}
	return strings.Join(parts, " ")
}

func TestSplitAtHyphens(t *testing.T) {
	toks := func(words ...string) []lang.Token {
		out := make([]lang.Token, len(words))
		for i, w := range words {
			kind := lang.Word
			if w == "-" {
				kind = lang.Punct
			}
			out[i] = lang.Token{Text: w, Kind: kind}
		}
		return out
	}
	tests := []struct {
		name, spans, matches, want string
		words                      []string
	}{
		{"two countries", "0-3:LOC", "0-1:LOC 2-3:LOC", "0-1:LOC 2-3:LOC", []string{"Çin", "-", "Rusya", "ilişkileri"}},
		{"three places", "0-5:LOC", "0-1:LOC 2-3:LOC 4-5:LOC", "0-1:LOC 2-3:LOC 4-5:LOC", []string{"A", "-", "B", "-", "C"}},
		{"a place and an organization", "0-3:LOC", "0-1:LOC 2-3:ORG", "0-1:LOC 2-3:ORG", []string{"Türkiye", "-", "AB", "ilişkileri"}},
		{"a hyphenated single name stays", "0-3:PER", "", "0-3:PER", []string{"Berners", "-", "Lee"}},
		{"one side unknown", "0-3:LOC", "0-1:LOC", "0-3:LOC", []string{"Baden", "-", "Württemberg"}},
		{"joined by something else", "0-3:LOC", "0-1:LOC 2-3:LOC", "0-3:LOC", []string{"Çin", "ve", "Rusya"}},
		{"a match covering the whole span", "0-3:LOC", "0-3:LOC", "0-3:LOC", []string{"Baden", "-", "Württemberg"}},
	}
	for _, tt := range tests {
		got := splitAtHyphens(parseSpans(t, tt.spans), parseMatches(t, tt.matches), toks(tt.words...))
		if s := formatSpans(got); s != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, s, tt.want)
		}
	}
}
