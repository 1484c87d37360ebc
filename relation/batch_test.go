package relation

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// batchDoc returns a document of n one-byte tokens "x", a sentence every
// sentLen tokens, and a line break after the sentences whose end (its
// Last) is in breaks; the other tokens are a space apart.
func batchDoc(n, sentLen int, breaks ...int) *annotation.Document {
	doc := &annotation.Document{}
	var text strings.Builder
	for t := range n {
		if t > 0 {
			gap := " "
			for _, b := range breaks {
				if b == t {
					gap = "\n"
				}
			}
			text.WriteString(gap)
		}
		doc.Tokens = append(doc.Tokens, lang.Token{Text: "x", Start: text.Len(), End: text.Len() + 1, Kind: lang.Word})
		text.WriteString("x")
	}
	doc.Text = text.String()
	for t := 0; t < n; t += sentLen {
		doc.Sentences = append(doc.Sentences, lang.Sentence{First: t, Last: min(n, t+sentLen)})
	}
	return doc
}

// TestBatchEnd checks where a long document's batches end: at the first
// line's end that ends a sentence past maxBatchTokens, else at the first
// sentence's end past it.
func TestBatchEnd(t *testing.T) {
	// Sentences of 16 tokens: maxBatchTokens is a multiple of 16, so the
	// first sentence past the budget ends at b+16.
	const b = maxBatchTokens
	for _, c := range []struct {
		name        string
		doc         *annotation.Document
		first, want int
	}{
		{"empty", batchDoc(0, 16), 0, 0},
		{"short", batchDoc(100, 16), 0, 100},
		{"exactly the budget", batchDoc(b, 16), 0, b},
		{"the rest is short", batchDoc(3*b, 16), 2*b + 5, 3 * b},
		{"no line break: the first sentence past the budget", batchDoc(3*b, 16), 0, b + 16},
		{"a line ends at a later sentence", batchDoc(3*b, 16, b+512), 0, b + 512},
		{"a line ends at the first sentence past the budget", batchDoc(3*b, 16, b+16), 0, b + 16},
		{"a line ends before the budget only", batchDoc(3*b, 16, b-96), 0, b + 16},
		{"a line ends too far on", batchDoc(4*b, 16, 2*b+96), 0, b + 16},
		{"from a later start", batchDoc(4*b, 16, 2*b+96), b + 64, 2*b + 96},
		{"a line break inside a sentence is no end", batchDoc(3*b, 16, b+520, b+608), 0, b + 608},
		{"one sentence over the budget", batchDoc(3*b, 3*b), 0, 3 * b},
	} {
		if got := batchEnd(c.doc, c.first); got != c.want {
			t.Errorf("%s: batchEnd(%d) = %d, want %d", c.name, c.first, got, c.want)
		}
	}
}

// TestWidestBatch checks the size extractWith reserves for a long
// document's batches against the batches batchEnd cuts.
func TestWidestBatch(t *testing.T) {
	const b = maxBatchTokens
	for _, c := range []struct {
		name string
		doc  *annotation.Document
		want int
	}{
		{"empty", batchDoc(0, 16), 0},
		{"short: one batch", batchDoc(100, 16), 100},
		// The document's end ends a line: the second batch runs to it.
		{"the last batch is the widest", batchDoc(3*b, 16), 2*b - 16},
		{"a middle batch is the widest", batchDoc(3*b+628, 16, b+16, 2*b+512, 3*b+528), b + 496},
		{"the first batch is the widest", batchDoc(2*b+628, 16, b+512, 2*b+528), b + 512},
		{"one sentence over the budget", batchDoc(3*b, 3*b), 3 * b},
	} {
		if got := widestBatch(c.doc); got != c.want {
			t.Errorf("%s: widestBatch = %d, want %d", c.name, got, c.want)
		}
	}
}
