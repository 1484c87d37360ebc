package lang_test

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
)

// cueLanguage is a Language with two of WordCues's predicates: sports
// words and foreign script (only what AskedCues calls is implemented).
type cueLanguage struct{ lang.Language }

func (cueLanguage) SportsWord(norm string) bool { return norm == "goal" }
func (cueLanguage) ForeignScript(text string) bool {
	return text != "" && text[0] >= 'A' && text[0] <= 'Z'
}

// TestAskedCues checks AskedCues: nil for a language with none of the
// predicates (an uncomparable one too), and for one with some, each token's bits as its predicates
// answer them (the folded word for SportsWord, the text for
// ForeignScript), the other bits clear, and their union returned.
func TestAskedCues(t *testing.T) {
	if got := lang.AskedCues(struct{ lang.Language }{}); got != nil {
		t.Errorf("AskedCues of a language with no predicate = %T, want nil", got)
	}
	uncomparable := struct {
		lang.Language
		words []string
	}{}
	if got := lang.AskedCues(uncomparable); got != nil {
		t.Errorf("AskedCues of an uncomparable language with no predicate = %T, want nil", got)
	}
	asked := lang.AskedCues(cueLanguage{})
	if asked == nil {
		t.Fatal("AskedCues of a language with predicates = nil")
	}
	toks := []lang.Token{
		{Text: "goal", Norm: "goal"},
		{Text: "Goal", Norm: "goal"},
		{Text: "Gol", Norm: "gol"},
		{Text: "and", Norm: "and"},
	}
	want := []lang.WordCues{lang.SportsWordCue, lang.SportsWordCue | lang.ForeignScriptCue, lang.ForeignScriptCue, 0}
	got := make([]lang.WordCues, len(toks))
	if union := asked.TokenCues(toks, got); !slices.Equal(got, want) || union != lang.SportsWordCue|lang.ForeignScriptCue {
		t.Errorf("TokenCues = %08b, union %08b; want %08b", got, union, want)
	}
	if union := asked.TokenCues(nil, nil); union != 0 {
		t.Errorf("TokenCues of no tokens = %08b", union)
	}
}
