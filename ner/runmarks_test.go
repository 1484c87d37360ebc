package ner

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

func TestRunMarksCuts(t *testing.T) {
	tests := []struct {
		name string
		run  string // tokens separated by spaces
		cuts []int  // indices of the tokens that cut the run
	}{
		{"an opening quote after a person", `Maria Lopez " Kalvador`, []int{2}},
		{"a closing quote before a person", `Kalvador " Peter Brandt`, []int{1}},
		{"a nickname in quotes", `Richard " Groove " Holmes`, nil},
		{"three quotes: the last, at the edge, is trimmed", `Jonina " Joni " Dourif "`, nil},
		{"typographic quotes in pair", `Richard “ Groove ” Holmes`, nil},
		{"low and high quotes in pair", `Hans „ Hansi “ Geiger`, nil},
		{"a typographic opening quote alone", `Maria Lopez “ Kalvador`, []int{2}},
		{"a typographic closing quote alone", `Kalvador ” Peter`, []int{1}},
		{"guillemets", `Ali « Deli » Veli « Kurt`, []int{5}},
		{"a closing guillemet before the opening one", `Ali » Veli « Kurt`, []int{1, 3}},
		{"a closing bracket alone", `KDP ) lideri`, []int{1}},
		{"brackets always cut", `Santa ( Saint ) Cecelia`, []int{1, 3}},
		{"no marks", `Recep Tayyip Erdoğan`, nil},
		{"three quotes inside", `Jonina " Joni " Dourif " Ann`, []int{5}},
		{"a quoted part before the run does not count", `Hans " Geiger`, []int{1}},
		{"a quote that is not punctuation", `Ali'nin`, nil},
		{"edge quotes are trimmed first: the inner one is alone", `" Hans " Geiger`, []int{2}},
		{"an edge quote at the end", `Richard " Groove "`, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutsOf(tt.run); !slices.Equal(got, tt.cuts) {
				t.Fatalf("%q: cuts at %v, want %v", tt.run, got, tt.cuts)
			}
		})
	}
}

// cutsOf returns the indices of the tokens that cut run (tokens separated
// by spaces), read as one run the model labelled.
func cutsOf(run string) []int {
	toks := tr.Tokenize(run)
	m := marksOf(toks, 0, len(toks))
	var got []int
	for k := range toks {
		if m.cuts(toks, k) {
			got = append(got, k)
		}
	}
	return got
}

// TestTagStopsAtLoneQuote checks that the shipped Turkish model's names do
// not run into a quoted title after them (the model alone tagged `Maria
// Lopez "Kalvador` as one person).
func TestTagStopsAtLoneQuote(t *testing.T) {
	m, err := shippedModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	l := tr.Turkish{}
	text := `Yarışmaya Maria Lopez "Kalvador", Peter Brandt "Moskorra" ile katılıyor.`
	toks := l.Tokenize(text)
	found := map[string]bool{}
	for _, sp := range m.Tag(toks, l, gazetteer.Default()) {
		for k := sp.First; k < sp.Last; k++ {
			if toks[k].Kind == lang.Punct {
				t.Errorf("span %q holds %q", text[toks[sp.First].Start:toks[sp.Last-1].End], toks[k].Text)
			}
		}
		found[text[toks[sp.First].Start:toks[sp.Last-1].End]] = true
	}
	for _, want := range []string{"Maria Lopez", "Peter Brandt"} {
		if !found[want] {
			t.Errorf("%q not found (got %v)", want, found)
		}
	}
	for _, title := range []string{"Kalvador", "Moskorra"} {
		if found[title] {
			t.Errorf("the film %q tagged as a name", title)
		}
	}
}

func TestOpensName(t *testing.T) {
	tests := []struct {
		run  string
		want bool
	}{
		{`" Kalvador`, true},
		{`" nin`, false},
		{`" 1945`, true},
		{`"`, false},
		{`« Ümit`, true},
	}
	for _, tt := range tests {
		toks := tr.Tokenize(tt.run)
		if got := opensName(toks, 0, len(toks)); got != tt.want {
			t.Errorf("opensName(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}

func TestQuotation(t *testing.T) {
	tests := []struct {
		text      string
		k, end, j int // the piece toks[k:end] of a run that ends at j
		want      bool
	}{
		{`Lopez " Kalvador " ile`, 1, 3, 3, true},
		{`Lopez “ Kalvador ” ile`, 1, 3, 3, true},
		{`Lopez „ Kalvador “ ile`, 1, 3, 3, true},
		{`Lopez « Kalvador » ile`, 1, 3, 3, true},
		{`Lopez " Kalvador , ile`, 1, 3, 3, false},
		{`Lopez " Kalvador Ali " ile`, 1, 3, 4, false},
		{`Lopez " Kalvador`, 1, 3, 3, false},
	}
	for _, tt := range tests {
		toks := tr.Tokenize(tt.text)
		if got := quotation(toks, tt.k, tt.end, tt.j); got != tt.want {
			t.Errorf("quotation(%q, %d, %d, %d) = %v, want %v", tt.text, tt.k, tt.end, tt.j, got, tt.want)
		}
	}
}
