// Package langtest checks what every lang.Language promises, for the
// tests and fuzz targets of the language packages.
package langtest

import (
	"os"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// Segment tokenizes text with l and splits it into sentences, failing t
// unless the result keeps the package lang invariants: every token has
// text[Start:End] == Text, tokens are in order and do not overlap, none is
// white space only, every Norm is lang.FoldShort(Text, l.Fold) (a token
// longer than lang.MaxFoldBytes keeps its Text), and the sentences cover
// every token exactly once, in order, with the byte span of their tokens.
func Segment(t testing.TB, l lang.Language, text string) ([]lang.Token, []lang.Sentence) {
	t.Helper()
	toks := l.Tokenize(text)
	prevEnd := 0
	for i, tok := range toks {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %q: bad span [%d,%d) after %d (len %d)", i, tok.Text, tok.Start, tok.End, prevEnd, len(text))
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: text[%d:%d]=%q, Text=%q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
		}
		if strings.TrimSpace(tok.Text) == "" {
			t.Fatalf("token %d %q is white space only", i, tok.Text)
		}
		if fold := lang.FoldShort(tok.Text, l.Fold); tok.Norm != fold {
			t.Fatalf("token %d %q: Norm %q != Fold %q", i, tok.Text, tok.Norm, fold)
		}
		prevEnd = tok.End
	}
	sents := l.Sentences(text, toks)
	next := 0
	for i, s := range sents {
		if s.First != next || s.Last <= s.First || s.Last > len(toks) {
			t.Fatalf("sentence %d covers tokens [%d,%d), want start %d of %d", i, s.First, s.Last, next, len(toks))
		}
		if s.Start != toks[s.First].Start || s.End != toks[s.Last-1].End {
			t.Fatalf("sentence %d span [%d,%d) != tokens [%d,%d)", i, s.Start, s.End, toks[s.First].Start, toks[s.Last-1].End)
		}
		next = s.Last
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
	return toks, sents
}

// WordCues fails t unless l's lang.TokenCues gives each token of toks the
// lang.WordCues its predicates answer, as lang.AskedCues asks them (each
// bit set exactly when l implements the bit's interface and its predicate
// holds for the token's folded word, its text for ForeignScriptCue), and
// that TokenCues returns their union. A language without lang.TokenCues
// passes.
func WordCues(t testing.TB, l lang.Language, toks []lang.Token) {
	t.Helper()
	tc, ok := l.(lang.TokenCues)
	if !ok {
		return
	}
	cues, want := make([]lang.WordCues, len(toks)), make([]lang.WordCues, len(toks))
	got := tc.TokenCues(toks, cues)
	var union lang.WordCues
	if asked := lang.AskedCues(l); asked != nil {
		union = asked.TokenCues(toks, want)
	}
	for i := range toks {
		if cues[i] != want[i] {
			t.Errorf("token %d %q (norm %q): cues %08b, its predicates say %08b", i, toks[i].Text, toks[i].Norm, cues[i], want[i])
		}
	}
	if got != union {
		t.Errorf("TokenCues returned %08b, the union of the cues is %08b", got, union)
	}
}

// WordCuesOfWords is WordCues on each of words as a token twice: with no
// Norm (TokenCues then folds its Text) and with l's Fold as its Norm.
func WordCuesOfWords(t testing.TB, l lang.Language, words []string) {
	t.Helper()
	toks := make([]lang.Token, 0, 2*len(words))
	for _, w := range words {
		toks = append(toks, lang.Token{Text: w, Kind: lang.Word}, lang.Token{Text: w, Kind: lang.Word, Norm: l.Fold(w)})
	}
	WordCues(t, l, toks)
}

// WordCuesOfFiles is WordCues on the tokens l's Tokenize gives each file.
func WordCuesOfFiles(t testing.TB, l lang.Language, paths ...string) {
	t.Helper()
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		WordCues(t, l, l.Tokenize(string(b)))
	}
}

// IndexedList is a word list embedded with the lang.IndexedWords table
// made for it at generate time: File is the table's file, Text the list,
// Index the embedded table.
type IndexedList struct {
	File, Text, Index string
}

// IndexedWordLists fails t unless each list's embedded table is
// lang.IndexedWordsSlots of its text; with update it writes the tables to
// their files instead (go generate). pkg names the package in the failure,
// the one whose go generate rewrites them.
func IndexedWordLists(t testing.TB, update bool, pkg string, lists ...IndexedList) {
	t.Helper()
	for _, l := range lists {
		want := lang.IndexedWordsSlots(l.Text)
		if update {
			if err := os.WriteFile(l.File, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if l.Index != string(want) {
			t.Errorf("%s is not the table of its list: run go generate %s", l.File, pkg)
		}
	}
}
