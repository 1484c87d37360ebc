package ru

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// wordEndByRune is wordEnd as it was before its loop over Cyrillic
// letters: every rune through one loop. wordEnd must agree with it at
// every position of every text.
func wordEndByRune(text string, i int, dots bool) int {
	for start := i; i < len(text) && i-start < lang.MaxTokenBytes; {
		if _, ok := cyrillicAt(text, i); ok {
			i += 2
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(text[i:])
		}
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '-' || r == '\u2011' || r == '\'' || r == '’' || dots && r == '.') && i+size < len(text) && startsWord(text[i+size:]) {
			i += size
			continue
		}
		break
	}
	return i
}

// checkWordEnd compares wordEnd with wordEndByRune at every byte of s (at
// its first and last bytes only when s is longer than a token may be).
func checkWordEnd(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) {
		if len(s) > lang.MaxTokenBytes && i > 8 && i < len(s)-8 {
			continue
		}
		for _, dots := range []bool{false, true} {
			if got, want := wordEnd(s, i, dots), wordEndByRune(s, i, dots); got != want {
				t.Fatalf("wordEnd(%.40q, %d, %v) = %d, want %d", s, i, dots, got, want)
			}
			checkShape(t, s, i, dots)
		}
	}
}

// checkShape checks what the tokenizer takes from the shape of the word
// at s[i]: a word with shapeLower is a Word, and one without shapeFolds
// is its own Norm.
func checkShape(t *testing.T, s string, i int, dots bool) {
	t.Helper()
	end, shape := wordShapeEnd(s, i, dots)
	w := s[i:end]
	if shape&shapeLower != 0 && wordKind(w) != lang.Word {
		t.Fatalf("wordShapeEnd(%.40q, %d, %v): shape %b, but wordKind is %v", s, i, dots, shape, wordKind(w))
	}
	var norms lang.NormArena
	if norm := foldInto(&norms, w); shape&shapeFolds == 0 && norm != w {
		t.Fatalf("wordShapeEnd(%.40q, %d, %v): shape %b, but %q folds to %q", s, i, dots, shape, w, norm)
	}
}

// TestCyrillicFolds checks cyrillicFolds, which appendFolded writes for
// each rune from U+0400 to U+047F, against foldedRunes.
func TestCyrillicFolds(t *testing.T) {
	for r := rune(0x400); r < 0x480; r++ {
		f := foldedRunes[r]
		if got, want := cyrillicFolds[r-0x400], utf8.AppendRune(nil, f); len(want) != 2 || string(got[:]) != string(want) {
			t.Errorf("cyrillicFolds[%U] = % x, want % x", r, got, want)
		}
	}
}

func TestWordEndMatchesByRune(t *testing.T) {
	long := strings.Repeat("я", lang.MaxTokenBytes/2+4)
	for _, s := range []string{
		"", "Москва", "Санкт-Петербург", "Кот-д'Ивуар", "т.е.", "info@x.ru", "ёж", "Ѐѳ", "Ли Цяном,", "a\xd0", "\xd0\xd0я",
		"слово\u0301", "МИД‑РФ", long, long[:lang.MaxTokenBytes-1] + "яя", "a" + long,
		"яяя\xd0", "яя\xd1a", "яяя\xd0\x7f", "яяяя\xd1", "ябвгдеж", "ябвгдежз", "ЯБВГ ДЕЖЗ", "МИД", "ООН-2", "Ёж", "ёж", "еж", "ѐѡѢ", "Путин", "путин", "iPhone", "NASA", "Кот’д", "д'Ивуар", "_x", "Ж1", "жA",
	} {
		checkWordEnd(t, s)
	}
}

func FuzzWordEnd(f *testing.F) {
	for _, s := range []string{"Москва", "т.е. Кот-д'Ивуар", "a\xd0\x80\xd1"} {
		f.Add(s)
	}
	f.Fuzz(checkWordEnd)
}
