package ru

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/internal/memo/memotest"
	"github.com/varlik/varlik/lang"
)

// stemsOf returns appendStems(word) as AppendStemParts gives them, worked
// out with no memo.
func stemsOf(word string) []lang.StemParts {
	var out []lang.StemParts
	if !hasCyrillic(word) {
		return out
	}
	for _, p := range appendStems(nil, word) {
		out = append(out, p.StemParts)
	}
	return out
}

// TestStemMemo checks AppendStemParts, asked twice for each word (the
// memo mostly missing, then mostly holding it), against the stems worked
// out anew, from eight goroutines at once (run with -race): words of
// forms.txt, more of them than the memo has slots, and words with no
// stem, no Cyrillic letter, invalid UTF-8 or a zero byte.
func TestStemMemo(t *testing.T) {
	words := append(formWords(3<<stemMemoBits), "", "ооо", "путин", "путина", "abc", "\xff\xfe", "москв\xd0", "россии\x00", "\x00россии",
		strings.Repeat("я", 300))
	want := make([][]lang.StemParts, len(words))
	for i, w := range words {
		want[i] = stemsOf(w)
	}
	var r Russian
	memotest.FromEachStart(len(words), func(pass, i int) {
		if got := r.AppendStemParts(nil, words[i]); !slices.Equal(got, want[i]) {
			t.Errorf("pass %d: AppendStemParts(%q) = %q, want %q", pass, words[i], got, want[i])
		}
	})
}

// TestStemMemoAppends checks that AppendStemParts from the memo appends
// after what dst holds, as it does when it works the stems out.
func TestStemMemoAppends(t *testing.T) {
	var r Russian
	head := []lang.StemParts{{Base: "x", Ending: "y"}}
	for range 2 {
		got := r.AppendStemParts(slices.Clone(head), "путина")
		if want := append(slices.Clone(head), stemsOf("путина")...); !slices.Equal(got, want) || len(want) < 2 {
			t.Errorf("AppendStemParts(head, путина) = %q, want %q", got, want)
		}
	}
}

// TestPackStems checks that every stem the endings table can give fits a
// slot (packStems), and that appendPacked gives back what was packed.
func TestPackStems(t *testing.T) {
	if len(endings) > 1<<stemEndingBits {
		t.Errorf("%d endings, a slot has room for %d", len(endings), 1<<stemEndingBits)
	}
	for _, e := range endings {
		if len(e.Nom) > 1<<stemNomBits {
			t.Errorf("ending %q has %d nominative endings, a slot has room for %d", e.End, len(e.Nom), 1<<stemNomBits)
		}
	}
	word := "кошкцами" // ends in endings with seven nominative endings in all: one more than a slot holds
	var stems []stemParts
	for i, e := range endings {
		if strings.HasSuffix(word, e.End) {
			for k, nom := range e.Nom {
				stems = append(stems, stemParts{lang.StemParts{Base: word[:len(word)-len(e.End)], Ending: nom}, i, k})
			}
		}
	}
	if len(stems) <= maxPackedStems {
		t.Fatalf("%d stems of %q, want more than %d", len(stems), word, maxPackedStems)
	}
	for n := 0; n <= maxPackedStems+1; n++ {
		packed, ok := packStems(stems[:n])
		if ok != (n <= maxPackedStems) {
			t.Errorf("packStems of %d stems: ok %v", n, ok)
			continue
		}
		if !ok {
			continue
		}
		var want []lang.StemParts
		for _, p := range stems[:n] {
			want = append(want, p.StemParts)
		}
		if got := appendPacked(nil, word, packed); !slices.Equal(got, want) {
			t.Errorf("appendPacked(packStems(%q)) = %q", want, got)
		}
	}
}

// TestPackedFits checks that a slot's stems are trusted only for a word
// they fit: the word's own, not a shorter or another word's (a hash
// matched by chance), nor indexes past the endings table.
func TestPackedFits(t *testing.T) {
	word := "Москвой"
	stems := appendStems(nil, word)
	packed, ok := packStems(stems)
	if !ok || len(stems) == 0 {
		t.Fatalf("packStems(%q stems) = %v, want packed stems", word, ok)
	}
	outOfRange := uint64(1) | uint64(1<<stemEndingBits-1)<<stemCountBits
	for _, tc := range []struct {
		word   string
		packed uint64
		want   bool
	}{
		{word, packed, true},
		{word, 0, true}, // no stems
		{"й", packed, false},
		{"", packed, false},
		{"Москва", outOfRange, false},
	} {
		if got := packedFits(tc.word, tc.packed); got != tc.want {
			t.Errorf("packedFits(%q, %#x) = %v, want %v", tc.word, tc.packed, got, tc.want)
		}
	}
}
