package corpus

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseMarkup(t *testing.T) {
	tests := []struct {
		line, text string
		spans      []Span
		bad        bool
	}{
		{line: "[[Çin|LOC]] Başbakanı [[Li Qiang|PER]].", text: "Çin Başbakanı Li Qiang.",
			spans: []Span{{0, 4, "LOC"}, {17, 25, "PER"}}},
		{line: "[[Ankara|LOC]]'da", text: "Ankara'da", spans: []Span{{0, 6, "LOC"}}},
		{line: "the [[[DCCC|ORG]]] said", text: "the [DCCC] said", spans: []Span{{5, 9, "ORG"}}},
		{line: "no names here", text: "no names here"},
		{line: "[[Ankara|CITY]]", bad: true},
		{line: "[[Ankara|LOC]", bad: true},
		{line: "Ankara|LOC]]", bad: true},
		{line: "[[ Ankara|LOC]]", bad: true},
		{line: "[[|LOC]]", bad: true},
		{line: "[[Ankara]]", bad: true},
	}
	for _, tt := range tests {
		text, spans, err := parseMarkup(tt.line)
		if (err != nil) != tt.bad {
			t.Errorf("%q: error %v, want bad=%v", tt.line, err, tt.bad)
			continue
		}
		if tt.bad {
			continue
		}
		if text != tt.text {
			t.Errorf("%q: text %q, want %q", tt.line, text, tt.text)
		}
		if d := cmp.Diff(tt.spans, spans); d != "" {
			t.Errorf("%q: spans (-want +got):\n%s", tt.line, d)
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Errorf("%q: span %v outside the text", tt.line, s)
			}
		}
	}
}

func TestParseRoundTrip(t *testing.T) {
	in := `# varlik annotation v1
# lang: tr

## x.0001
[[Çin|LOC]] Başbakanı [[Li Qiang|PER]], [[Rusya|LOC]]'yı ziyaret etti ve [[Li Qiang|PER]] konuştu.
@ ROLE Li Qiang | Çin | Başbakan
@ VISITS Li Qiang | Rusya
@ SAYS Li Qiang#2 | - | konuştu

## x.0002

`
	f, err := Parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Records) != 2 || len(f.Records[0].Relations) != 3 || f.Records[1].Text != "" {
		t.Fatalf("parsed %+v", f.Records)
	}
	if r := f.Records[0].Relations[2]; r.Subject != 3 || r.Object != -1 {
		t.Errorf("SAYS of the second Li Qiang: %+v", r)
	}
	var out strings.Builder
	if err := Write(&out, f); err != nil {
		t.Fatal(err)
	}
	g, err := Parse(strings.NewReader(out.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(f.Records, g.Records, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Line" }, cmp.Ignore())); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{
		"## a\nx\n## a\ny\n",                    // duplicate ID
		"## a\n[[X|PER]] y\n@ MEETS X | Z\n",    // unknown object
		"## a\n[[X|PER]] y\n@ LIKES X | X\n",    // unknown relation type
		"## a\n[[X|PER]] y\n@ SAYS X | -\n",     // SAYS without a quote
		"## a\n[[X|PER]] y\n@ SAYS X | - | z\n", // quote not in the text
		"stray line\n",
	} {
		if _, err := Parse(strings.NewReader(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

func TestAgreementAndDiff(t *testing.T) {
	parse := func(s string) *File {
		f, err := Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	pre := parse("## a\n[[Ali Kaya|PER]] [[Ankara|PER]]'da [[Dün|PER]]\n")
	final := parse("## a\n[[Ali Kaya|PER]] [[Ankara|LOC]]'da Dün\n## b\n[[Rusya|LOC]]\n")
	if got, want := Diff(pre, final), (Changes{Kept: 1, Changed: 1, Removed: 1, Final: 2}); got != want {
		t.Errorf("Diff = %+v, want %+v", got, want)
	}
	agr, compared, missing, err := Compare(final, pre)
	if err != nil || compared != 1 || missing != 1 {
		t.Fatalf("Compare: %v %d %d", err, compared, missing)
	}
	if c := agr["ALL"]; *c != (Counts{TP: 1, FP: 2, FN: 1}) {
		t.Errorf("ALL = %+v", *c)
	}
}

// TestCompareRelations checks which relations of two annotations of the
// same record agree: type, argument spans, MEETS in either order, ROLE's
// role case folded, and not the words said.
func TestCompareRelations(t *testing.T) {
	parse := func(s string) *File {
		f, err := Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	const text = "## a\n[[Çin|LOC]] Başbakanı [[Li Qiang|PER]], [[Putin|PER]] ile görüştü: \"İyi geçti.\" dedi.\n"
	first := parse(text + "@ ROLE Li Qiang | Çin | Başbakan\n@ MEETS Li Qiang | Putin\n@ SAYS Li Qiang | - | İyi geçti.\n@ VISITS Putin | Çin\n")
	second := parse(text + "@ ROLE Li Qiang | Çin | başbakan\n@ MEETS Putin | Li Qiang\n@ SAYS Li Qiang | - | İyi geçti\n@ ROLE Putin | - | Başbakan\n")
	agr, err := CompareRelations(first, second)
	if err != nil {
		t.Fatal(err)
	}
	for typ, want := range map[string]Counts{
		"ALL": {TP: 3, FP: 1, FN: 1}, "ROLE": {TP: 1, FP: 1}, "MEETS": {TP: 1}, "SAYS": {TP: 1}, "VISITS": {FN: 1},
	} {
		if c := agr[typ]; c == nil || *c != want {
			t.Errorf("%s = %+v, want %+v", typ, c, want)
		}
	}
}
