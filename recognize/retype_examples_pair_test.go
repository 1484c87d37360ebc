package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
	"github.com/varlik/varlik/lang/ru"
)

// TestExamplesOfKindsPair checks the apposition of two names to a kind's
// plural after a definite article, without an introducing word.
func TestExamplesOfKindsPair(t *testing.T) {
	tests := []struct {
		marked string // [bracketed] runs: the mentions, P= people, L= places
		want   string // the mentions after the rule, "TYPE text" joined by " | "
	}{
		{"against the discounters P=[Aldi] and P=[Lidl] with", "ORGANIZATION Aldi | ORGANIZATION Lidl"},
		{"against the discounters Aldi and Lidl with", "ORGANIZATION Aldi | ORGANIZATION Lidl"},
		{"against the retailers P=[Boots] and Superdrug with", "ORGANIZATION Boots | ORGANIZATION Superdrug"},
		{"against discounters P=[Aldi] and P=[Lidl] with", "PERSON Aldi | PERSON Lidl"},   // no article
		{"against the discounters P=[Aldi] with", "PERSON Aldi"},                          // one name
		{"against the discounters P=[Aldi] , P=[Lidl] with", "PERSON Aldi | PERSON Lidl"}, // no coordinating word
		{"against the players P=[Aldi] and P=[Lidl] with", "PERSON Aldi | PERSON Lidl"},   // not a kind of organization
	}
	for _, tc := range tests {
		doc, ents := markedDoc(t, en.English{}, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		out, _ := examplesOfKinds(doc, ents, en.English{}, nil, wordCasesOf(doc.Tokens), wordCuesOf(doc.Tokens, en.English{}))
		var got []string
		for _, e := range out {
			if doc.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: offsets of %q", tc.marked, e.Text)
			}
			got = append(got, string(e.Type)+" "+e.Text)
		}
		if s := strings.Join(got, " | "); s != tc.want {
			t.Errorf("%s: %s, want %s", tc.marked, s, tc.want)
		}
	}
}

// TestNextKindNoun checks nextKindNoun, which goes from one capitalized
// word to the next and from one introducing word to the next, against its
// definition read at every token: a word before a word that introduces
// examples (a comma may come between), or a lower-case word before a
// capitalized one. The texts have the introducing words or lack them
// (English, Russian), with no tokens, one, capitals and invalid UTF-8.
func TestNextKindNoun(t *testing.T) {
	introduced := 0 // the texts with an introducing word
	for _, tc := range []struct {
		l    lang.Language
		text string
	}{
		{en.English{}, ""},
		{en.English{}, "Word"},
		{en.English{}, "word"},
		{en.English{}, "retailers such as Aldi and Lidl said"},
		{en.English{}, "retailers , including Aldi , grew"},
		{en.English{}, "the discounters Aldi and Lidl with NATO and \xff Ab\xc3 words"},
		{en.English{}, "A B c D e f G"},
		{ru.Russian{}, "компании , такие как Яндекс и Сбер"},
		{ru.Russian{}, "компании Яндекс и Сбер выросли"},
		{ru.Russian{}, ", например , такие как , включая Яндекс например"},
		{ru.Russian{}, "например банки , например Сбер , и такие компании как Яндекс"},
		{en.English{}, "such , such as including , like Aldi notably"},
	} {
		toks := tc.l.Tokenize(tc.text)
		cases, cues := wordCasesOf(toks), wordCuesOf(toks, tc.l)
		if cues.has(lang.IntroducesExamplesCue) {
			introduced++
		}
		for i := range toks {
			want := i
			for ; want < len(toks); want++ {
				k := want + 1
				if k < len(toks) && toks[k].Text == "," {
					k++
				}
				if toks[want].Kind == lang.Word && (want+1 < len(toks) && capitalizedWord(&toks[want+1]) && lowerCaseWord(&toks[want]) ||
					k < len(toks) && toks[k].Kind == lang.Word && cues.of[k]&lang.IntroducesExamplesCue != 0) {
					break
				}
			}
			if got := nextKindNoun(toks, i, cases, cues); got != want {
				t.Errorf("%q from %d: %d, want %d", tc.text, i, got, want)
			}
		}
	}
	if introduced < 5 {
		t.Errorf("%d texts with an introducing word, want 5", introduced)
	}
}
