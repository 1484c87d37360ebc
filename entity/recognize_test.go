package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestWindowEnd(t *testing.T) {
	words := func(n int, punctAt ...int) []lang.Token {
		toks := make([]lang.Token, n)
		for _, i := range punctAt {
			toks[i].Kind = lang.Punct
		}
		return toks
	}
	// sized returns n tokens of size bytes each, laid end to end.
	sized := func(n, size int, punctAt ...int) []lang.Token {
		toks := words(n, punctAt...)
		for i := range toks {
			toks[i].Start, toks[i].End = i*size, (i+1)*size
		}
		return toks
	}
	tests := []struct {
		name              string
		toks              []lang.Token
		first, last, want int
	}{
		{"short sentence", words(10), 0, 10, 10},
		{"exactly one window", words(maxWindowTokens), 0, maxWindowTokens, maxWindowTokens},
		{"no punctuation", words(3 * maxWindowTokens), 0, 3 * maxWindowTokens, maxWindowTokens},
		{"cut after the last punctuation", words(3*maxWindowTokens, 700, 900), 0, 3 * maxWindowTokens, 901},
		{"punctuation too early is ignored", words(3*maxWindowTokens, 10), 0, 3 * maxWindowTokens, maxWindowTokens},
		{"window from the middle", words(3*maxWindowTokens, 1800), 1000, 3 * maxWindowTokens, 1801},
		{"rest fits", words(3 * maxWindowTokens), 2 * maxWindowTokens, 3 * maxWindowTokens, 3 * maxWindowTokens},
		{"huge tokens: cut by bytes", sized(10, maxWindowBytes/4), 0, 10, 4},
		{"one token over the byte budget is a window", sized(3, 2*maxWindowBytes), 0, 3, 1},
		{"byte cut after punctuation", sized(10, maxWindowBytes/8, 5), 0, 10, 6},
	}
	for _, tt := range tests {
		if got := windowEnd(tt.toks, tt.first, tt.last); got != tt.want {
			t.Errorf("%s: windowEnd(%d, %d) = %d, want %d", tt.name, tt.first, tt.last, got, tt.want)
		}
	}
}

// TestRecognizeLongSentence checks that a text with no sentence end, cut
// into windows, still yields every name in it.
func TestRecognizeLongSentence(t *testing.T) {
	const n = 2000
	text := strings.Repeat("Ankara ve İstanbul, ", n)
	x, err := New(WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 1 || len(doc.Tokens) <= 2*maxWindowTokens {
		t.Fatalf("want one sentence over two windows long, got %d sentences, %d tokens", len(doc.Sentences), len(doc.Tokens))
	}
	counts := map[string]int{}
	for _, e := range doc.Entities {
		if e.Type == Location {
			counts[e.Text]++
		}
	}
	if counts["Ankara"] != n || counts["İstanbul"] != n {
		t.Errorf("locations found: %v, want %d of each", counts, n)
	}
}
