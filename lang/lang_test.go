package lang_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// upper is a minimal Language, enough to exercise the registry.
type upper struct{ code string }

func (u upper) Code() string                                 { return u.code }
func (upper) Tokenize(string) []lang.Token                   { return nil }
func (upper) Sentences(string, []lang.Token) []lang.Sentence { return nil }
func (upper) Fold(s string) string                           { return s }
func (upper) Analyze(w string) []lang.Analysis               { return []lang.Analysis{{Stem: w, Case: "Nom"}} }

func TestRegistry(t *testing.T) {
	lang.Register(upper{"x-test"})
	l, ok := lang.Get("x-test")
	if !ok || l.Code() != "x-test" {
		t.Fatalf("Get(x-test) = %v, %v", l, ok)
	}
	if _, ok := lang.Get("x-missing"); ok {
		t.Error("Get of an unregistered code succeeded")
	}
	codes := lang.Codes()
	if !slices.Contains(codes, "x-test") || !slices.IsSorted(codes) {
		t.Errorf("Codes() = %v", codes)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[lang.Kind]string{lang.Word: "word", lang.Suffix: "suffix", lang.Other: "other", lang.Kind(200): "kind?"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

func TestIsTerminalPunct(t *testing.T) {
	for _, tt := range []struct {
		tok  lang.Token
		want bool
	}{
		{lang.Token{Text: ".", Kind: lang.Punct}, true},
		{lang.Token{Text: "?!", Kind: lang.Punct}, true},
		{lang.Token{Text: "…", Kind: lang.Punct}, true},
		{lang.Token{Text: "...", Kind: lang.Punct}, true},
		{lang.Token{Text: ",", Kind: lang.Punct}, false},
		{lang.Token{Text: ".\"", Kind: lang.Punct}, false},
		{lang.Token{Text: "Dr.", Kind: lang.Abbreviation}, false},
		{lang.Token{Text: "", Kind: lang.Punct}, false},
	} {
		if got := lang.IsTerminalPunct(&tt.tok); got != tt.want {
			t.Errorf("IsTerminalPunct(%q) = %v, want %v", tt.tok.Text, got, tt.want)
		}
	}
}

func TestHardWrapped(t *testing.T) {
	wrapped := "The minister said on Tuesday that the talks between\nthe two countries would resume in Geneva next week,\nafter a pause of almost two months, and that Holly\nWilloughby would chair them.\n"
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"wrapped prose", wrapped, true},
		{"wrapped, CRLF", strings.ReplaceAll(wrapped, "\n", "\r\n"), true},
		{"a line a paragraph", "Welsh MPs fear looking like muppets\nThe proposal has caused alarm.\nOthers disagree.\nThe vote is on Monday.\n", false},
		{"a results table", "Arsenal 2 Chelsea 1\nLeeds 0 Everton 0\nBurnley 3 Fulham 2\nWolves 1 Spurs 1\n", false},
		{"two wrapped lines", "the talks between\nthe two countries\nwould resume.", false},
		{"paragraphs apart", "one line.\n\nanother line.\n\nand another.\n\nlast one.", false},
		{"empty", "", false},
	} {
		if got := lang.HardWrapped(tt.text); got != tt.want {
			t.Errorf("%s: HardWrapped = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLineBreaks(t *testing.T) {
	for _, tt := range []struct {
		gap  string
		want int
	}{
		{" ", 0}, {"\n", 1}, {" \r\n ", 1}, {"\r", 1}, {"\n\n", 2}, {"\r\n \r\n", 2}, {"\f", 2},
		{"\u2028", 1}, {"\u2029", 2},
	} {
		text := "a" + tt.gap + "b"
		prev, next := lang.Token{Text: "a", Start: 0, End: 1}, lang.Token{Text: "b", Start: 1 + len(tt.gap), End: 2 + len(tt.gap)}
		if got := lang.LineBreaks(text, &prev, &next); got != tt.want {
			t.Errorf("LineBreaks(%q) = %d, want %d", tt.gap, got, tt.want)
		}
	}
	bad := lang.Token{Start: 5, End: 9}
	if got := lang.LineBreaks("a\nb", &bad, &bad); got != 0 {
		t.Errorf("offsets outside the text: %d line breaks", got)
	}
}

func TestIsListMarker(t *testing.T) {
	toks := func(text string, spans ...[3]int) []lang.Token {
		var out []lang.Token
		for _, s := range spans {
			out = append(out, lang.Token{Text: text[s[0]:s[1]], Start: s[0], End: s[1], Kind: lang.Kind(s[2])})
		}
		return out
	}
	text := "Steps:\n1. Closed.\nIt rose 12. Then"
	ts := toks(text, [3]int{0, 5, int(lang.Word)}, [3]int{5, 6, int(lang.Punct)}, [3]int{7, 8, int(lang.Number)},
		[3]int{8, 9, int(lang.Punct)}, [3]int{10, 16, int(lang.Word)}, [3]int{16, 17, int(lang.Punct)},
		[3]int{18, 20, int(lang.Word)}, [3]int{21, 25, int(lang.Word)}, [3]int{26, 28, int(lang.Number)},
		[3]int{28, 29, int(lang.Punct)}, [3]int{30, 34, int(lang.Word)})
	for i, want := range map[int]bool{3: true, 5: false, 9: false, 0: false} {
		if got := lang.IsListMarker(text, ts, i); got != want {
			t.Errorf("IsListMarker(token %d %q) = %v, want %v", i, ts[i].Text, got, want)
		}
	}
}
