package entity

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestExtractTokensSuffixForms checks that a given token with an
// apostrophe suffix attached is tagged by its stem, whatever the
// apostrophe, the number of suffixes or the case, and that a suffix given
// as a token of its own stays outside the entity.
func TestExtractTokensSuffixForms(t *testing.T) {
	x, err := New(WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tokens string // space-separated given tokens
		want   string // IOB2 tags, space-separated
	}{
		{"Türkiye'de toplantı yapıldı .", "B-LOCATION O O O"},
		{"Türkiye’de toplantı yapıldı .", "B-LOCATION O O O"},                  // typographic apostrophe
		{"Ankara'dakiler toplandı .", "B-LOCATION O O"},                        // a long suffix chain
		{"Recep Tayyip Erdoğan'ın açıklaması", "B-PERSON I-PERSON I-PERSON O"}, // the suffix on the last word
		{"Pekin 'e gitti .", "B-LOCATION O O O"},                               // a suffix-only token
		{"ANKARA'DA TOPLANTI", "B-LOCATION O"},                                 // capitals
		{"Rusya ve Çin'in liderleri", "B-LOCATION O B-LOCATION O"},
	}
	for _, tt := range tests {
		doc, err := x.ExtractTokens(context.Background(), "tr", [][]string{strings.Fields(tt.tokens)})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(doc.IOB2(), " "); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.tokens, got, tt.want)
		}
		for _, e := range doc.Entities {
			if doc.Text[e.Start:e.End] != e.Text || strings.ContainsAny(e.Text, "'’") {
				t.Errorf("%s: entity %q at %d:%d breaks the offset invariant or keeps its suffix", tt.tokens, e.Text, e.Start, e.End)
			}
		}
		if len(doc.Tokens) != len(strings.Fields(tt.tokens)) {
			t.Errorf("%s: %d tokens, want the %d given", tt.tokens, len(doc.Tokens), len(strings.Fields(tt.tokens)))
		}
	}
}

// FuzzExtractTokens: any tokens give a document whose tokens are the given
// ones and whose entities address the rebuilt text; never a panic.
func FuzzExtractTokens(f *testing.F) {
	f.Add("Türkiye'de toplantı yapıldı", "Pekin 'e gitti")
	f.Add("'''", "\x00 \xff")
	x, err := New(WithLanguage("tr"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sents := [][]string{strings.Fields(a), strings.Fields(b)}
		doc, err := x.ExtractTokens(context.Background(), "tr", sents)
		if err != nil {
			return
		}
		if n := len(sents[0]) + len(sents[1]); len(doc.Tokens) != n {
			t.Fatalf("%d tokens, want the %d given", len(doc.Tokens), n)
		}
		for _, e := range doc.Entities {
			if e.Start < 0 || e.End > len(doc.Text) || doc.Text[e.Start:e.End] != e.Text {
				t.Fatalf("entity %q does not address the text", e.Text)
			}
		}
		_ = doc.IOB2()
	})
}

// TestExtractTokensOwnsItsInput cancels ExtractTokens on a long input and
// then reuses the caller's slices: the work that outlives the call must
// not read them (the race detector checks; found in review).
func TestExtractTokensOwnsItsInput(t *testing.T) {
	x, err := New(WithLanguage("tr"), WithMaxBytes(0))
	if err != nil {
		t.Fatal(err)
	}
	sents := make([][]string, 20000)
	for i := range sents {
		sents[i] = []string{"Ahmet", "Kaya", "Ankara'ya", "gitti", "."}
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(time.Millisecond); cancel() }()
	if _, err := x.ExtractTokens(ctx, "tr", sents); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	for i := range sents {
		sents[i][0] = "Mehmet"
		sents[i] = nil
	}
	time.Sleep(100 * time.Millisecond) // let the abandoned work run on
}
