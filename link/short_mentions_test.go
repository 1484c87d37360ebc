package link

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/doctest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

func TestRussianShortNames(t *testing.T) {
	l := ru.Russian{}
	text := "Встреча с Владимиром Путиным и Ли Цяном. Путин сказал, что Ли прав, а Иванов нет."
	toks := l.Tokenize(text)
	doc := &annotation.Document{Text: text, Tokens: toks}
	var ents []annotation.Entity
	for _, name := range []string{"Владимиром Путиным", "Ли Цяном"} {
		start := strings.Index(text, name)
		first, last, ok := doc.TokenRange(start, start+len(name))
		if !ok {
			t.Fatalf("%q is not on token boundaries", name)
		}
		ents = append(ents, doc.Mention(first, last, annotation.Person, 0.9, "model"))
	}
	doc.Entities = ents
	inflectedShortNames(doc, l, noteTokens(doc), nil)
	var got []string
	for _, e := range doc.Entities {
		got = append(got, e.Text+" "+e.Source)
	}
	want := []string{"Владимиром Путиным model", "Ли Цяном model", "Путин rule", "Ли rule"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestRecoverShortMentions checks which words stand for a person named in
// full elsewhere in the document.
func TestRecoverShortMentions(t *testing.T) {
	l := tr.Turkish{}
	tests := []struct {
		text, name string // the document and the person's full name tagged in it
		org        string // an organization tagged in it, or ""
		want       string // the person mentions afterwards, "|"-separated
	}{
		{"Ali Kaya konuştu. Dün Kaya geldi.", "Ali Kaya", "", "Ali Kaya|Kaya"},
		{"Ali Kaya konuştu. Dün Ali geldi.", "Ali Kaya", "", "Ali Kaya|Ali"},
		// A lower-case particle of the name stands for nobody, here the
		// article left out of a newspaper's name.
		{"Şarkıcı the Weeknd söyledi. Dün The Times yazdı.", "the Weeknd", "Times", "the Weeknd"},
		{"Şarkıcı the Weeknd söyledi. Dün Weeknd geldi.", "the Weeknd", "", "the Weeknd|Weeknd"},
	}
	for _, tc := range tests {
		names := []doctest.Name{{Text: tc.name, Type: annotation.Person}}
		if tc.org != "" {
			names = append(names, doctest.Name{Text: tc.org, Type: annotation.Organization})
		}
		doc := doctest.WithNames(t, tc.text, names, l)
		AddShortMentions(doc, l)
		var got []string
		for _, e := range doc.Entities {
			if e.Type == annotation.Person {
				got = append(got, e.Text)
			}
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, strings.Join(got, "|"), tc.want)
		}
	}
}

// TestVerbAfterName: in English a sentence's first word before a
// lower-case word reads as a name unless the dictionary has it as a
// common word; Turkish has no such dictionary and keeps the stricter rule.
func TestVerbAfterName(t *testing.T) {
	for _, tc := range []struct {
		l    lang.Language
		text string
		want bool
	}{
		{en.English{}, "Mishustin welcomed Li", true},
		{en.English{}, "Flake said so", false}, // flake: a common noun too
		{en.English{}, "Mishustin and Li", true},
		{en.English{}, "Mishustin , Li", false}, // a mark, not a word
		{tr.Turkish{}, "Mişustin geldi", false},
	} {
		toks := tc.l.Tokenize(tc.text)
		if got := verbAfterName(tc.l, &toks[0], &toks[1]); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNoteTokens checks noteTokens against the tests it lists tokens by,
// on no tokens, on invalid UTF-8, on a document too large for the pooled
// arrays and on small ones before and after it, whose lists come from
// arrays a document before released.
func TestNoteTokens(t *testing.T) {
	l := en.English{}
	huge := strings.Repeat("Dr. Smith met ÉMILE and émile. ", maxPooledTokens/5)
	for _, text := range []string{
		"", "Dr. Smith met Émile in Paris.", "\xff\xfe Abc. \x80x. Über", huge,
		"Prof. Li. Ankara", "no capital here", "ABD ve T.C. Dr. Smith ile AB'de", "U.S. Dr. Smith",
	} {
		doc := &annotation.Document{Text: text, Tokens: l.Tokenize(text)}
		var capitals, abbreviations, dotted, capitalWords []int
		for t, tk := range doc.Tokens {
			if tk.Kind == lang.Word && lang.StartsUpper(tk.Text) {
				capitals = append(capitals, t)
			}
			if tk.Kind == lang.Abbreviation && lang.StartsUpper(tk.Text) {
				abbreviations = append(abbreviations, t)
			}
			if strings.HasSuffix(tk.Text, ".") {
				dotted = append(dotted, t)
			}
			if capitalWord(&tk) {
				capitalWords = append(capitalWords, t)
			}
		}
		n := noteTokens(doc)
		for _, c := range []struct {
			name      string
			got, want []int
		}{
			{"capitals", n.capitals, capitals}, {"abbreviations", n.abbreviations, abbreviations}, {"dotted", n.dotted, dotted},
			{"capital words", slices.Collect(n.capitalWords()), capitalWords},
		} {
			if len(c.got) != len(c.want) || len(c.want) > 0 && !cmp.Equal(c.got, c.want) {
				t.Errorf("%.40q: %s %v, want %v", text, c.name, c.got, c.want)
			}
		}
		n.release()
	}
}
