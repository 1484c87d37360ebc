package gazetteer

import (
	"strconv"
	"testing"

	"github.com/varlik/varlik/internal/fnv1a"
)

func TestKeyIndex(t *testing.T) {
	x := newKeyIndex(1) // grows many times
	const n = 5000
	key := func(i int) uint64 { return uint64(i) * fnv1a.Prime } // keys with equal low bits
	for i := range n {
		x.or(key(i), uint32(i%7+1))
		if i%3 == 0 {
			x.or(key(i), prefixBit)
		}
	}
	if x.n != n {
		t.Fatalf("%d keys, want %d", x.n, n)
	}
	for _, sealed := range []bool{false, true} {
		if sealed {
			x.sealFilter()
		}
		for i := range n {
			want := uint32(i%7 + 1)
			if i%3 == 0 {
				want |= prefixBit
			}
			if got := x.get(key(i)); got != want {
				t.Fatalf("get(key(%d)) = %#x, want %#x (filter sealed: %v)", i, got, want, sealed)
			}
		}
		if got := x.get(key(n)); got != 0 {
			t.Errorf("get of an absent key = %#x, want 0 (filter sealed: %v)", got, sealed)
		}
	}
	// Keys as Match makes them, of words: the filter turns most absent
	// ones away.
	word := func(i int) uint64 { return hashKey(fnvOffset, "слово"+strconv.Itoa(i)) }
	x = newKeyIndex(n)
	for i := range n {
		x.or(word(i), 1)
	}
	x.sealFilter()
	rejected := 0
	for i := n; i < 2*n; i++ {
		if !x.filter.has(word(i)) {
			rejected++
		}
	}
	if rejected < n*9/10 {
		t.Errorf("the filter rejected %d of %d absent keys, want nine in ten at least", rejected, n)
	}
	var empty keyIndex
	if got := empty.get(key(1)); got != 0 {
		t.Errorf("get on an empty index = %#x, want 0", got)
	}
}

func TestPairFilter(t *testing.T) {
	g := New(
		&Entry{ID: "a", Type: Organization, Names: map[string][]string{"en": {"eBay", "e-Science"}}},
		&Entry{ID: "b", Type: Location, Names: map[string][]string{"ru": {"остров Ман"}}},
		&Entry{ID: "c", Type: Location, Names: map[string][]string{"tr": {"Ordu"}}},
	)
	for _, tt := range []struct {
		token string
		want  bool
	}{
		{"ebay", true},
		{"EBAY", true}, // keys fold case
		{"e", true},    // a key of one rune may continue in the next token
		{"e-", true},
		{"остров", true},
		{"ostrov", false},
		{"ordu", false}, // Ordu is not lower-case-initial
		{"bir", false},
		{" ebay", true}, // white space: left to hashKey
		{"\u0307e", true},
		{"е\u00a0", true}, // white space beyond ASCII
		{"ОСТРОВ", true},
		{"", true},
	} {
		if got := g.lowerPairs.mayStart(tt.token); got != tt.want {
			t.Errorf("lowerPairs.mayStart(%q) = %v, want %v", tt.token, got, tt.want)
		}
	}
}

// TestLeadKeys checks the table that pairFilter.mayStart reads a rune of
// one or two bytes from against leadKeySlow, which it stands for.
func TestLeadKeys(t *testing.T) {
	for r := range rune(len(leadKeys)) {
		if k, _ := leadKeySlow(string(r), 0); leadKeys[r] != k {
			t.Errorf("leadKeys[%U] = %d, want leadKeySlow's %d", r, leadKeys[r], k)
		}
	}
}

// TestHashKeyAfter checks that hashing a key in two parts, split before a
// rune's first byte, equals hashing it whole.
func TestHashKeyAfter(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"", ""}, {"abc", "def"}, {"москв", "а"}, {"москва", ""}, {"", "москва"},
		{"new ", "york"}, {"new\u00a0", "york"}, {"new", " york"}, {"a  ", " b"}, {"A\u2019", "B"},
		{"\xd0", "а"}, {"к\xe2\x82", "b"}, {"ё", "Ё"},
	} {
		h, space := hashKeyAfter(fnvOffset, tc.a, false)
		got, _ := hashKeyAfter(h, tc.b, space)
		if want := hashKey(fnvOffset, tc.a+tc.b); got != want {
			t.Errorf("hashKeyAfter of %q then %q = %x, want hashKey %x", tc.a, tc.b, got, want)
		}
	}
}

// TestPairFilterMayStart checks mayStart's reading of two runes of one
// or two bytes in line against mayStartSlow, on pairs of runes of every
// length, white space, dropped runes and invalid bytes, with and without
// more after them.
func TestPairFilterMayStart(t *testing.T) {
	var f pairFilter
	for _, p := range []string{"eb", "de", "iş", "ço", "ве", "ёж", "α-"} {
		r := []rune(p)
		f.add(keyRune(r[0]), keyRune(r[1]))
	}
	runes := []string{"", "a", "E", "b", "d", "-", " ", "\t", "i", "I", "İ", "ı", "ş", "Ş", "é", "\u0307", "в", "В", "е", "ё", "Ё", "ж",
		"α", "Α", "€", "北", "🙂", "\xd0", "\xff", "\u00a0", "\u0085", "ߺ"}
	for _, a := range runes {
		for _, b := range runes {
			for _, rest := range []string{"", "x", "ж"} {
				s := a + b + rest
				if got, want := f.mayStart(s), f.mayStartSlow(s); got != want {
					t.Errorf("mayStart(%q) = %v, mayStartSlow says %v", s, got, want)
				}
			}
		}
	}
}
