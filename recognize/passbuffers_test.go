package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// TestPassBuffersReuse checks that a passBuffers' arrays give the same
// cases and cues as fresh ones, whatever a longer document left in them
// (each element set again), and that release keeps no huge array, no
// gazetteer entry and no token's text in the pool.
func TestPassBuffersReuse(t *testing.T) {
	l := tr.Turkish{}
	texts := []string{
		"",
		"Ankara'da NATO toplantısı yapıldı.",
		"Galatasaray, Fenerbahçe'yi 2-1 yendi ve ŞAMPİYON oldu.",
		"kısa",
		"\xff\xfe geçersiz UTF-8 Ankara",
	}
	b := new(passBuffers)
	for _, long := range []string{texts[2], texts[1]} { // a longer document's values first
		toks := l.Tokenize(long)
		b.wordCases(toks)
		b.wordCues(toks, l)
	}
	for _, text := range texts {
		toks := l.Tokenize(text)
		want, wantCues := wordCasesOf(toks), wordCuesOf(toks, l)
		got, gotCues := b.wordCases(toks), b.wordCues(toks, l)
		if string(asBytes(got)) != string(asBytes(want)) {
			t.Errorf("%q: cases %v, want %v", text, got, want)
		}
		if gotCues.union != wantCues.union || string(cueBytes(gotCues.of)) != string(cueBytes(wantCues.of)) {
			t.Errorf("%q: cues %v, want %v", text, gotCues, wantCues)
		}
	}

	tests := []struct {
		name   string
		tokens int
		kept   bool
	}{
		{"empty", 0, true},
		{"news", 4000, true},
		{"at the bound", maxPooledTokens, true},
		{"past the bound", maxPooledTokens + 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &passBuffers{cases: make(wordCases, tt.tokens), matches: make([]gazetteer.Match, 1, 4)}
			b.matches[0].Candidates = []*gazetteer.Entry{{ID: "Q1"}}
			b.spans = append(b.spans, annotation.Span{First: 1, Last: 2})
			b.lower.tokensOf([]lang.Token{{Text: "Ankara"}, {Text: "'da"}})
			b.lower.tokensOf([]lang.Token{{Text: "x"}}) // shorter: the first copy's second token stays past len
			b.release()
			if tt.kept && b.matches[:1][0].Candidates != nil {
				t.Error("pooled buffers hold a gazetteer entry")
			}
			if tt.kept && b.lower.toks[:2][1].Text != "" {
				t.Error("pooled buffers hold a document's text")
			}
			pooled := false
			for range 8 { // the pool may drop what it was given; ask a few times
				if got := getPassBuffers(); got == b {
					pooled = true
					break
				}
			}
			if pooled && !tt.kept {
				t.Errorf("buffers of %d tokens were pooled", tt.tokens)
			}
		})
	}
}

// asBytes gives each entry's wordCase and skip, two bytes a token.
func asBytes(c wordCases) []byte {
	b := make([]byte, 0, 2*len(c))
	for _, x := range c {
		b = append(b, byte(x.wordCase), x.skip)
	}
	return b
}

func cueBytes(c []lang.WordCues) []byte {
	b := make([]byte, len(c))
	for i, x := range c {
		b[i] = byte(x)
	}
	return b
}
