package gazetteer

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestHashKeyAfterByRune checks hashKeyAfter, whose loop over ASCII
// hands the rest of a key to hashKeySlow, against hashKeySlowRef (they
// once told \v and \f apart), and that a key hashed in two parts cut at
// any rune hashes as the whole.
func TestHashKeyAfterByRune(t *testing.T) {
	for _, s := range []string{
		"", " ", "a b", "a\vb", "a\fb", "\v", "a\f", "\fa", "a \t\n\v\f\rb", "a\x1cb", "a\u0085b", "а\u00a0б", "Москва",
		"ИЗВЕСТИЯ ", "Iğdır ", " İSTANBUL\v", "a\u0307b", "Ⱥb", "ab\xd0", "\xd0a", "e\u0301", "北京 市", "O`Neil", "A–B",
		"New\vYork", "Нью\fЙорк", "x \u2003y",
	} {
		for _, space := range []bool{false, true} {
			gh, gs := hashKeyAfter(fnvOffset, s, space)
			wh, ws := hashKeySlowRef(fnvOffset, s, space)
			if gh != wh || gs != ws {
				t.Errorf("hashKeyAfter(%q, %v) = %x, %v; want %x, %v", s, space, gh, gs, wh, ws)
			}
		}
		whole := hashKey(fnvOffset, s)
		for i := range len(s) + 1 {
			if i < len(s) && !utf8.RuneStart(s[i]) {
				continue
			}
			h, space := hashKeyAfter(fnvOffset, s[:i], false)
			if h, _ = hashKeyAfter(h, s[i:], space); h != whole {
				t.Errorf("hashKeyAfter of %q cut at %d = %x, want hashKey's %x", s, i, h, whole)
			}
		}
	}
}

// TestHashKeyCuts checks that hashKeyCuts hashes a key as hashKeyAfter
// does and gives each cut the hash of the key's prefix, for cuts that
// stemCuts holds (sorted, distinct, at most maxStemCuts: a length beyond
// them is not held, and matching hashes its base on its own).
func TestHashKeyCuts(t *testing.T) {
	for _, s := range []string{"", "a", "Москва", "москвы", "Iğdır", "New York", "a\vb c", " ё\u0307x", "北京市", "\xd0a", "abcdefghijklmnop"} {
		for _, space := range []bool{false, true} {
			var c stemCuts
			for n := len(s); n >= 0; n-- { // every rune's start, the longest first, as stems may come
				if n == len(s) || utf8.RuneStart(s[n]) {
					c.add(n)
				}
			}
			for k := 1; k < c.n; k++ {
				if c.cuts[k-1].n >= c.cuts[k].n {
					t.Fatalf("%q: cuts %v not sorted and distinct", s, c.cuts[:c.n])
				}
			}
			h, sp := hashKeyCuts(fnvOffset, s, space, c.cuts[:c.n])
			if wh, ws := hashKeyAfter(fnvOffset, s, space); h != wh || sp != ws {
				t.Errorf("hashKeyCuts(%q, %v) = %x, %v; want %x, %v", s, space, h, sp, wh, ws)
			}
			for n := range len(s) + 1 {
				gh, gs, ok := c.at(n)
				if !ok {
					continue
				}
				if wh, ws := hashKeyAfter(fnvOffset, s[:n], space); gh != wh || gs != ws {
					t.Errorf("hashKeyCuts(%q, %v) cut at %d = %x, %v; want %x, %v", s, space, n, gh, gs, wh, ws)
				}
			}
		}
	}
}

// TestASCIIKeyRunes checks what probe takes of an ASCII rune's key: one
// byte, never dropped.
func TestASCIIKeyRunes(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		if k := keyRunes[c]; k < 0 || k >= utf8.RuneSelf {
			t.Errorf("keyRunes[%q] = %U, want an ASCII rune", c, k)
		}
	}
}

// TestLowerCyrillicKeys checks what hashKeyCuts takes of а to я: each is
// its own key.
func TestLowerCyrillicKeys(t *testing.T) {
	for r := 'а'; r <= 'я'; r++ {
		if keyRune(r) != r || isSpace(r) {
			t.Errorf("keyRune(%q) = %q, want it itself", r, keyRune(r))
		}
	}
}
