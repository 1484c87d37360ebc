package gazetteer

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// TestLookupKey checks lookupKey against the walk of the name's NFC form
// that it stands for, on edge cases and on every name of the default
// gazetteer (many scripts, marks, and names in need of normalization).
func TestLookupKey(t *testing.T) {
	check := func(name string) {
		t.Helper()
		k := nameKey{fullOnly: true}
		k.walk(nfc(name))
		if got, ok := lookupKey(name); ok != !k.empty || ok && got != k.full {
			t.Errorf("lookupKey(%q) = %x, %v; want walk's %x, %v", name, got, ok, k.full, !k.empty)
		}
	}
	for _, name := range []string{
		"", " ", " \t\n\v\f\r", "\u0085\u00a0", "Ankara", "  New   York ", "New\u00a0York", "New\u0085York",
		"İSTANBUL", "Iğdır", "IRAK", "Millî Eğitim", "Ё", "Москва", "  Санкт-Петербург\t", "O`Neil", "O’Neil",
		"e\u0301", "é", "\u0307", "\u0307a", "a\u0307 b", "İ", "ς", "Ὀδυσσεύς", "Երևան", "תל אביב", "北京",
		"\xff", "a\xc0\x80b", "\xd0", "ab\xd0", "\xe2\x80", "Côte d’Ivoire", "A–B", "a\u2009b", "a\u3000b",
	} {
		check(name)
	}
	for _, e := range Default().Entries() {
		for _, names := range e.Names {
			for _, name := range names {
				check(name)
			}
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= 0x3100; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// hashKeySlowRef is hashKeySlow rune by rune, without hashCommon's loop.
func hashKeySlowRef(h uint64, s string, space bool) (uint64, bool) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		k := mapKeyRune(r)
		if k < 0 {
			continue
		}
		if space {
			h = hashByte(h, ' ')
			space = false
		}
		h = hashRune(h, k)
	}
	return h, space
}

// TestHashKeySlow checks hashKeySlow against hashKeySlowRef on edge cases,
// the words of the news texts and every name of the default gazetteer.
func TestHashKeySlow(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, space := range []bool{false, true} {
			gh, gs := hashKeySlow(fnvOffset, s, space)
			wh, ws := hashKeySlowRef(fnvOffset, s, space)
			if gh != wh || gs != ws {
				t.Errorf("hashKeySlow(%q, %v) = %x, %v; want %x, %v", s, space, gh, gs, wh, ws)
			}
		}
	}
	for _, s := range []string{
		"", " ", "a b", "a\vb", "a\u0085b", "а\u00a0б", "Москва", "ИЗВЕСТИЯ ", "Iğdır", "İSTANBUL", "ıi",
		"a\u0307", "Ⱥb", "ȺȾ", "Ё-ё", "\xd0", "ab\xd0", "\xd0a", "\xc3\x28", "e\u0301", "北京", "Ὀδυσσεύς", "Երևան",
		"ԱԲ\u0530", "\u04ff\u0500", "x\x7f", "\x00\x1f", "O`Neil", "A–B",
	} {
		check(s)
	}
	for _, f := range []string{"news_tr.txt", "news_en.txt", "news_ru.txt"} {
		data, err := os.ReadFile("../testdata/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(data)) {
			check(w)
		}
	}
	for _, e := range Default().Entries() {
		for _, names := range e.Names {
			for _, name := range names {
				check(name)
			}
		}
	}
}
