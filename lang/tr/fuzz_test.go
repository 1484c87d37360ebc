package tr

import (
	"testing"

	"github.com/varlik/varlik/lang/langtest"
)

// FuzzTokenize checks the tokenizer and sentence splitter invariants on
// arbitrary input: exact offsets, ordered non-overlapping tokens, no
// white-space-only token, every token in exactly one sentence, no panic,
// and each token's lang.WordCues its predicates' answers.
func FuzzTokenize(f *testing.F) {
	for _, tc := range tokenizeCases {
		f.Add(tc.in)
	}
	for _, s := range []string{
		"", "\xff\xfe\x00", "\ufeffBOM", "I\u0307stanbul", "👨‍👩‍👧 🇹🇷",
		"a.b.c.d.e.f.g.h.i.j", "x@y.z@w.com", "https://(a)).", "1.2.3.4.5", "2025-13-45",
		"Çin'\u0301in", "Ab-Cd-Ef-", "O'N'E'I'L'L", "%%%5,", "#@#@", "...\n\n...", "'\u2019`\u00b4",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := langtest.Segment(t, Turkish{}, text)
		langtest.WordCues(t, Turkish{}, toks)
	})
}
