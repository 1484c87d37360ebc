package tr

import (
	"testing"
	"unsafe"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"İstanbul", "istanbul"},
		{"ISPARTA", "ısparta"},
		{"IĞDIR", "ığdır"},
		{"Çin’in", "çin'in"},
		{"Çin‘in", "çin'in"},
		{"Çin`in", "çin'in"},
		{"Çin´in", "çin'in"},
		{"ŞANLIURFA", "şanlıurfa"},
		{"ÇANAKKALE", "çanakkale"},
		{"Öztürk", "öztürk"},
		{"ÜSKÜDAR", "üsküdar"},
		{"istanbul", "istanbul"},
		{"", ""},
		{"I\u0307stanbul", "istanbul"}, // NFD İ
		{"C\u0327in", "çin"},           // NFD Ç
		{"s\u0327ehir", "şehir"},       // NFD ş
		{"Mu\u0308ller", "müller"},     // NFD ü
		{"МОСКВА", "москва"},           // Cyrillic
		{"ΑΘΗΝΑ", "αθηνα"},             // Greek (final sigma not involved)
		{"HANGZHOU'DA", "hangzhou'da"}, // ASCII with Turkish I rule absent
		{"NATO", "nato"},               // no I
		{"BRICS", "brıcs"},             // Turkish I→ı applies to all-caps acronyms
		{"Ankara\xffX", "ankara\xffx"}, // invalid bytes pass through
		{"5.000'den", "5.000'den"},
	}
	for _, tc := range cases {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldMatchesXText checks the fast path against golang.org/x/text on
// every rune it handles itself.
func TestFoldMatchesXText(t *testing.T) {
	lower := cases.Lower(language.Turkish)
	for r := rune(0x20); r < 0x300; r++ {
		s := "a" + string(r) + "Z"
		want := norm.NFC.String(lower.String(s))
		if isApostrophe(r) {
			want = "a'z"
		}
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, x/text gives %q", s, got, want)
		}
	}
}

func TestFoldNoCopy(t *testing.T) {
	for _, s := range []string{"istanbul", "çin'in", "5.000", "ığdır"} {
		if got := Fold(s); unsafe.StringData(got) != unsafe.StringData(s) {
			t.Errorf("Fold(%q) copied an already folded string", s)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Fold("istanbul'da") }); n != 0 {
		t.Errorf("Fold of a folded string allocates %v times", n)
	}
}

// FuzzFold checks the fast paths of Fold against golang.org/x/text
// (foldSlow) on any input, invalid UTF-8 included.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ankara", "İSTANBUL", "\xffA\xfeİ", "a\xc3", "ÇĞIİÖŞÜ’", "Ali\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, foldSlow gives %q", s, got, want)
		}
	})
}
