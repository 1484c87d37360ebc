// Package langtest checks what every lang.Language promises, for the
// tests and fuzz targets of the language packages.
package langtest

import (
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
// lang.WordCues its predicates answer: each bit set exactly when l
// implements the bit's interface and its predicate holds for the token's
// folded word (its text for ForeignScriptCue); and returns their union. A language without lang.TokenCues
// passes.
func WordCues(t testing.TB, l lang.Language, toks []lang.Token) {
	t.Helper()
	tc, ok := l.(lang.TokenCues)
	if !ok {
		return
	}
	cues := make([]lang.WordCues, len(toks))
	got := tc.TokenCues(toks, cues)
	var union lang.WordCues
	for i := range toks {
		want := askCues(l, lang.FoldToken(&toks[i], l), toks[i].Text)
		if cues[i] != want {
			t.Errorf("token %d %q (norm %q): cues %06b, its predicates say %06b", i, toks[i].Text, toks[i].Norm, cues[i], want)
		}
		union |= want
	}
	if got != union {
		t.Errorf("TokenCues returned %06b, the union of the cues is %06b", got, union)
	}
}

// askCues returns the lang.WordCues of a token, whose folded word is norm
// and text text, by asking each of l's predicates.
func askCues(l lang.Language, norm, text string) (c lang.WordCues) {
	set := func(bit lang.WordCues, holds bool) {
		if holds {
			c |= bit
		}
	}
	if p, ok := l.(lang.SportsWords); ok {
		set(lang.SportsWordCue, p.SportsWord(norm))
	}
	if p, ok := l.(lang.SportNames); ok {
		set(lang.SportNameCue, p.SportName(norm))
	}
	if p, ok := l.(lang.SharedSportsWords); ok {
		set(lang.SharedSportsWordCue, p.SharedSportsWord(norm))
	}
	if p, ok := l.(lang.BrandPossessives); ok {
		set(lang.BrandPossessiveCue, p.BrandPossessive(norm))
	}
	if p, ok := l.(lang.KindAfterNames); ok {
		set(lang.AnnouncesKindCue, p.AnnouncesKind(norm))
	}
	if p, ok := l.(lang.KindAfterRange); ok {
		set(lang.ClosesRangeCue, p.ClosesRange(norm))
	}
	if p, ok := l.(lang.OrganizationKinds); ok {
		set(lang.IntroducesExamplesCue, p.IntroducesExamples(norm))
	}
	if p, ok := l.(lang.ForeignScriptNames); ok {
		set(lang.ForeignScriptCue, p.ForeignScript(text))
	}
	return c
}
