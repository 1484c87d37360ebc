package tr

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenizeContext(t *testing.T) {
	text := strings.Repeat("Ankara'da ''' Erdoğan, NATO'yu aradı. ", 2*checkEvery/38+1)
	got, err := TokenizeContext(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Tokenize(text), got); diff != "" {
		t.Errorf("TokenizeContext differs from Tokenize (-want +got):\n%.2000s", diff)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if toks, err := TokenizeContext(ctx, text); err != context.Canceled || toks != nil {
		t.Errorf("TokenizeContext on a cancelled context = %d tokens, %v; want none, context.Canceled", len(toks), err)
	}
	// A text shorter than checkEvery is tokenized whole: cancellation is
	// noticed by the caller between pieces of work.
	if toks, err := TokenizeContext(ctx, "Ankara"); err != nil || len(toks) != 1 {
		t.Errorf("TokenizeContext(short text) = %d tokens, %v; want 1, nil", len(toks), err)
	}
}
