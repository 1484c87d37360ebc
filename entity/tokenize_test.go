package entity

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTokenizeChunked checks that a long text tokenized paragraph by
// paragraph gives exactly the tokens and sentences of the whole text, with
// and without paragraph breaks to cut at.
func TestTokenizeChunked(t *testing.T) {
	l := turkish()
	seed := readSeedB(t)
	tests := map[string]string{
		"short":                  seed,
		"paragraphs":             strings.Repeat(seed+"\n\n", 3*chunkBytes/len(seed)+1),
		"no paragraph break":     strings.Repeat("Ankara'da Erdoğan ile görüştü. ", 3*chunkBytes/31+1),
		"one break past a chunk": strings.Repeat("ve ", chunkBytes/3+10) + "\n\nİstanbul'a gitti.",
		"punctuation run":        strings.Repeat("'", 2*chunkBytes),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			doc := &Document{Text: text}
			if err := tokenize(context.Background(), l, doc); err != nil {
				t.Fatal(err)
			}
			wantTokens := l.Tokenize(text)
			if diff := cmp.Diff(wantTokens, doc.Tokens); diff != "" {
				t.Errorf("tokens differ from the whole text's (-whole +chunked):\n%.2000s", diff)
			}
			if diff := cmp.Diff(l.Sentences(text, wantTokens), doc.Sentences); diff != "" {
				t.Errorf("sentences differ from the whole text's (-whole +chunked):\n%.2000s", diff)
			}
		})
	}
}

// TestTokenizeCancelled checks that a cancelled context stops a long text
// before any chunk is tokenized.
func TestTokenizeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := &Document{Text: strings.Repeat("Ankara.\n\n", chunkBytes)}
	if err := tokenize(ctx, turkish(), doc); err != context.Canceled {
		t.Errorf("tokenize on a cancelled context = %v, want context.Canceled", err)
	}
}
