package entity

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/lang"
)

// TestTokenizeChunked checks that a long text tokenized paragraph by
// paragraph gives exactly the tokens and sentences of the whole text (cut
// to lang.MaxSentenceTokens and MaxSentenceBytes), with
// and without paragraph breaks to cut at, for a language whose tokenizer
// cannot stop part way and for one that can.
func TestTokenizeChunked(t *testing.T) {
	if _, ok := any(withoutContext{turkish()}).(lang.ContextTokenizer); ok {
		t.Fatal("withoutContext still offers TokenizeContext")
	}
	for _, l := range []lang.Language{withoutContext{turkish()}, turkish()} {
		testTokenizeChunked(t, l)
	}
}

// withoutContext hides a Language's lang.ContextTokenizer, so that tokenize
// cuts its text into chunks.
type withoutContext struct{ lang.Language }

func testTokenizeChunked(t *testing.T, l lang.Language) {
	seed := readSeedB(t)
	tests := map[string]string{
		"short":                  seed,
		"paragraphs":             strings.Repeat(seed+"\n\n", 3*chunkBytes/len(seed)+1),
		"no paragraph break":     strings.Repeat("Ankara'da Erdoğan ile görüştü. ", 3*chunkBytes/31+1),
		"one break past a chunk": strings.Repeat("ve ", chunkBytes/3+10) + "\n\nİstanbul'a gitti.",
		"punctuation run":        strings.Repeat("'", 2*chunkBytes),
	}
	for name, text := range tests {
		t.Run(fmt.Sprintf("%T/%s", l, name), func(t *testing.T) {
			doc := &Document{Text: text}
			if err := tokenize(context.Background(), l, doc); err != nil {
				t.Fatal(err)
			}
			wantTokens := l.Tokenize(text)
			if diff := cmp.Diff(wantTokens, doc.Tokens); diff != "" {
				t.Errorf("tokens differ from the whole text's (-whole +chunked):\n%.2000s", diff)
			}
			if diff := cmp.Diff(lang.BoundSentences(wantTokens, l.Sentences(text, wantTokens)), doc.Sentences); diff != "" {
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

// BenchmarkTokenizeNews measures tokenizeText (tokens and sentences) alone
// on the documents of BenchmarkExtract's news, news_en and news_ru, so that
// the tokenizers' share of Extract can be measured by itself.
func BenchmarkTokenizeNews(b *testing.B) {
	for _, text := range []struct{ name, lang, file string }{
		{"tr", "tr", "news_tr.txt"}, {"en", "en", "news_en.txt"}, {"ru", "ru", "news_ru.txt"},
	} {
		b.Run(text.name, func(b *testing.B) {
			data, err := os.ReadFile("../testdata/" + text.file)
			if err != nil {
				b.Fatal(err)
			}
			l, ok := lang.Get(text.lang)
			if !ok {
				b.Fatalf("lang/%s is not registered", text.lang)
			}
			docs := strings.Split(string(data), "\n\n")
			ctx := context.Background()
			tokens := 0
			for _, d := range docs { // warm up: the languages' tables made on first use
				tokens += len(l.Tokenize(d))
				l.Sentences(d, l.Tokenize(d))
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				tokenizeDocs(b, ctx, l, docs)
			}
			b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// tokenizeDocs runs tokenizeText on each of docs, in a function of its
// own that callgrind's --toggle-collect can name.
func tokenizeDocs(b *testing.B, ctx context.Context, l lang.Language, docs []string) {
	for _, d := range docs {
		doc := Document{Text: d}
		if err := tokenizeText(ctx, l, &doc); err != nil {
			b.Fatal(err)
		}
	}
}
