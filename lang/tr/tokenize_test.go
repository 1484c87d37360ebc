package tr

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

// kindByName maps Kind.String() back to the Kind.
var kindByName = func() map[string]lang.Kind {
	m := map[string]lang.Kind{}
	for k := lang.Word; k <= lang.Other; k++ {
		m[k.String()] = k
	}
	return m
}()

// wantToken is one expected token: its text, and its Kind when checked.
type wantToken struct {
	text      string
	kind      lang.Kind
	checkKind bool
}

// parseWant splits a space-separated list of expected tokens, each written
// as text or text/kind ("Çin 'in/suffix").
func parseWant(t *testing.T, want string) []wantToken {
	t.Helper()
	var out []wantToken
	for _, f := range strings.Fields(want) {
		w := wantToken{text: f}
		if k := strings.LastIndexByte(f, '/'); k > 0 {
			if kind, ok := kindByName[f[k+1:]]; ok {
				w = wantToken{text: f[:k], kind: kind, checkKind: true}
			}
		}
		out = append(out, w)
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, tc := range tokenizeCases {
		t.Run(tc.in, func(t *testing.T) {
			toks, _ := langtest.Segment(t, Turkish{}, tc.in)
			want := parseWant(t, tc.want)
			got := make([]string, len(toks))
			for i, tok := range toks {
				got[i] = tok.Text + "/" + tok.Kind.String()
			}
			if len(toks) != len(want) {
				t.Fatalf("Tokenize(%q) =\n  %s\nwant %s", tc.in, strings.Join(got, " "), tc.want)
			}
			for i, w := range want {
				if toks[i].Text != w.text || (w.checkKind && toks[i].Kind != w.kind) {
					t.Fatalf("Tokenize(%q) token %d = %s, want %s/%v\n  got %s",
						tc.in, i, got[i], w.text, w.kind, strings.Join(got, " "))
				}
			}
		})
	}
}

func TestTokenizeCaseCount(t *testing.T) {
	if n := len(tokenizeCases); n < 150 {
		t.Errorf("only %d tokenizer cases, want at least 150", n)
	}
}

func TestTokenNorm(t *testing.T) {
	toks := Tokenize("İSTANBUL’da IĞDIR'ın")
	var norms []string
	for _, tok := range toks {
		norms = append(norms, tok.Norm)
	}
	if got, want := strings.Join(norms, " "), "istanbul 'da ığdır 'ın"; got != want {
		t.Errorf("norms = %q, want %q", got, want)
	}
}

// TestTokenizeRobust feeds hostile inputs and checks the invariants and
// the expected Kind of the odd parts.
func TestTokenizeRobust(t *testing.T) {
	cases := []struct {
		name, in string
		kinds    map[string]lang.Kind // token text → expected kind
	}{
		{"invalid bytes", "Çin\xff\xfe'in \xc3", map[string]lang.Kind{"\xff\xfe": lang.Other, "\xc3": lang.Other, "Çin": lang.Word}},
		{"invalid in word", "Ank\x80ara", map[string]lang.Kind{"Ank": lang.Word, "\x80": lang.Other, "ara": lang.Word}},
		{"NUL and controls", "Ankara\x00\x01\x02İzmir", map[string]lang.Kind{"\x00\x01\x02": lang.Other, "İzmir": lang.Word}},
		{"BOM", "\ufeffANKARA (AA) - Haber", map[string]lang.Kind{"ANKARA": lang.Word}},
		{"combining marks", "I\u0307stanbul e\u0301 \u0301x", map[string]lang.Kind{"I\u0307stanbul": lang.Word, "e\u0301": lang.Word, "\u0301": lang.Other}},
		{"emoji", "Tebrikler 👏🏽 🇹🇷 👨‍👩‍👧!", map[string]lang.Kind{"👏🏽": lang.Emoji, "🇹🇷": lang.Emoji, "👨‍👩‍👧": lang.Emoji}},
		{"all caps", "CUMHURBAŞKANI ERDOĞAN'IN AÇIKLAMASI", map[string]lang.Kind{"ERDOĞAN": lang.Word, "'IN": lang.Suffix}},
		{"empty", "", nil},
		{"only spaces", " \t\n\u00a0\u2003 ", nil},
		{"lone apostrophe", "'", map[string]lang.Kind{"'": lang.Punct}},
		{"truncated url", "http://", nil},
		{"dots", "a.a.a.a.a.a.a.a.a.a.a.a", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks, _ := langtest.Segment(t, Turkish{}, tc.in)
			seen := map[string]bool{}
			for _, tok := range toks {
				if k, ok := tc.kinds[tok.Text]; ok {
					seen[tok.Text] = true
					if tok.Kind != k {
						t.Errorf("%q: kind %v, want %v", tok.Text, tok.Kind, k)
					}
				}
			}
			for text := range tc.kinds {
				if !seen[text] {
					t.Errorf("no token %q in %q", text, tc.in)
				}
			}
		})
	}
}

// TestTokenizeLongLine checks lines without spaces in each of the shapes
// that trigger look-ahead, so that quadratic behaviour would show as a
// timeout: 4 MB for shapes that make few tokens, 512 KB for shapes that
// make a token every few bytes (enough to expose quadratic time while
// keeping the test fast).
func TestTokenizeLongLine(t *testing.T) {
	for _, tc := range []struct {
		unit string
		size int
	}{
		{"a", 4 << 20}, {"ş", 4 << 20}, {"a-", 4 << 20}, {"1.", 4 << 20}, {"www.", 4 << 20}, {"\xff", 4 << 20},
		{"a.", 512 << 10}, {"A.", 512 << 10}, {"Ab-", 512 << 10}, {"a@", 512 << 10}, {"O'", 512 << 10}, {"x'", 512 << 10},
		{"1.1.", 512 << 10}, {"#a", 512 << 10}, {"\x00", 4 << 20},
	} {
		unit := tc.unit
		s := strings.Repeat(unit, tc.size/len(unit))
		toks := Tokenize(s)
		if len(toks) == 0 {
			t.Errorf("%q×: no tokens", unit)
			continue
		}
		if toks[0].Start != 0 || toks[len(toks)-1].End > len(s) {
			t.Errorf("%q×: tokens span [%d,%d)", unit, toks[0].Start, toks[len(toks)-1].End)
		}
		for i, tok := range toks {
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("%q×: token %d breaks the offset invariant", unit, i)
			}
		}
		Sentences(s, toks)
	}
}
