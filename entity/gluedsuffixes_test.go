package entity_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestGluedSuffixes checks that a name whose suffix is written without
// its apostrophe is found as with it, through Extract and ExtractTokens,
// and that the text with apostrophes is read as before.
func TestGluedSuffixes(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []struct{ glued, proper string }{
		{"Heyet dün Ankarada toplandı.", "Heyet dün Ankara'da toplandı."},
		{"Geçen yıl Türkiyenin ihracatı arttı.", "Geçen yıl Türkiye'nin ihracatı arttı."},
	} {
		g, err := x.Extract(ctx, c.glued)
		if err != nil {
			t.Fatal(err)
		}
		p, err := x.Extract(ctx, c.proper)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Entities) != 1 || len(p.Entities) != 1 || g.Entities[0].Text != p.Entities[0].Text ||
			g.Entities[0].Type != p.Entities[0].Type || g.Entities[0].ID != p.Entities[0].ID {
			t.Errorf("%q: %+v, want as %q: %+v", c.glued, g.Entities, c.proper, p.Entities)
		}
		for _, tok := range g.Tokens {
			if c.glued[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q breaks the offset invariant", c.glued, tok.Text)
			}
		}
		// ExtractTokens tags the given token that holds the name.
		d, err := x.ExtractTokens(ctx, "tr", [][]string{splitWords(c.glued)})
		if err != nil {
			t.Fatal(err)
		}
		if tags := d.IOB2(); len(d.Entities) != 1 || tags[d.Entities[0].First] != "B-LOCATION" || d.Entities[0].Last != d.Entities[0].First+1 {
			t.Errorf("%q tokens: %+v, tags %v", c.glued, d.Entities, tags)
		}
	}
}

// splitWords splits a test sentence at spaces, the final period apart.
func splitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '.' {
			if i > start {
				out = append(out, s[start:i])
			}
			if i < len(s) && s[i] == '.' {
				out = append(out, ".")
			}
			start = i + 1
		}
	}
	return out
}

// A name whose suffix is written without its apostrophe, as informal text
// writes it, is read as with it: the suffix stays outside the entity.
func ExampleExtractor_Extract_gluedSuffix() {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		panic(err)
	}
	text := "Heyet dün Ankarada toplandı, Türkiyenin ihracatını görüştü."
	doc, err := x.Extract(context.Background(), text)
	if err != nil {
		panic(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %s\n", e.Type, text[e.Start:e.End])
	}
	// Output:
	// LOCATION Ankara
	// LOCATION Türkiye
}

// TestGluedSuffixesSentencesAndOwners checks the document after a split:
// each sentence's tokens lie within its offsets, and ExtractTokens maps
// an entity on a split word back to that given token.
func TestGluedSuffixesSentencesAndOwners(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	text := "Heyet dün Ankarada toplandı. Bakan sonra Berlinden döndü ve Türkiyenin tutumunu anlattı."
	doc, err := x.Extract(ctx, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("%d sentences, want 2", len(doc.Sentences))
	}
	next := 0
	for i, s := range doc.Sentences {
		if s.First != next || s.Last <= s.First || doc.Tokens[s.First].Start != s.Start || doc.Tokens[s.Last-1].End != s.End {
			t.Errorf("sentence %d %+v does not hold its tokens", i, s)
		}
		next = s.Last
	}
	if next != len(doc.Tokens) {
		t.Errorf("the sentences end at token %d of %d", next, len(doc.Tokens))
	}
	given := [][]string{{"Yarın", "Türkiyenin", "Ankara", "büyükelçisi", "Berlinden", "gelecek", "."}}
	tdoc, err := x.ExtractTokens(ctx, "tr", given)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string][2]int{}
	for _, e := range tdoc.Entities {
		found[e.Text] = [2]int{e.First, e.Last}
	}
	for name, want := range map[string][2]int{"Türkiye": {1, 2}, "Ankara": {2, 3}, "Berlin": {4, 5}} {
		if got, ok := found[name]; !ok || got != want {
			t.Errorf("%s: given tokens %v, want %v (entities %v)", name, got, want, found)
		}
	}
}
