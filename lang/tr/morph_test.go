package tr

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
)

// foldForTest lower-cases with Turkish rules; Analyze expects folded input.
func foldForTest(s string) string { return strings.ToLowerSpecial(unicode.TurkishCase, s) }

func stems(as []lang.Analysis) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Stem + fmt.Sprint(a.Suffixes)
	}
	return out
}

func TestAnalyzeCases(t *testing.T) {
	if len(morphCases) < 200 {
		t.Fatalf("only %d cases", len(morphCases))
	}
	for _, c := range morphCases {
		w := foldForTest(c.word)
		as := Analyze(w)
		if len(as) < 2 {
			t.Errorf("%s: no analysis beyond the identity", c.word)
			continue
		}
		if c.first {
			if as[1].Stem != c.stem {
				t.Errorf("%s: first stem %q, want %q; readings %v", c.word, as[1].Stem, c.stem, stems(as))
			}
			continue
		}
		found := false
		for _, a := range as[1:] {
			found = found || a.Stem == c.stem
		}
		if !found {
			t.Errorf("%s: %q not among %v", c.word, c.stem, stems(as))
		}
	}
}

func TestAnalyzeRejects(t *testing.T) {
	for _, c := range morphRejects {
		for _, a := range Analyze(c.word)[1:] {
			if a.Stem == c.stem {
				t.Errorf("%s: unexpected reading %s %v", c.word, a.Stem, a.Suffixes)
			}
		}
	}
}

func TestAnalyzeReadings(t *testing.T) {
	tests := []struct {
		word string
		want lang.Analysis // the first reading after the identity
	}{
		{"rusya'nın", lang.Analysis{Stem: "rusya", Suffixes: []string{"Gen"}, Case: "Gen"}},
		{"ankara'dakilerin", lang.Analysis{Stem: "ankara", Suffixes: []string{"Loc", "Ki", "Pl", "Gen"}, Case: "Gen"}},
		{"kremlin'deki", lang.Analysis{Stem: "kremlin", Suffixes: []string{"Loc", "Ki"}, Case: "Nom"}},
		{"eyaletinin", lang.Analysis{Stem: "eyalet", Suffixes: []string{"P3sg", "Gen"}, Case: "Gen"}},
		{"bakanlığına", lang.Analysis{Stem: "bakanlık", Suffixes: []string{"P3sg", "Dat"}, Case: "Dat"}},
		{"ülkelerinden", lang.Analysis{Stem: "ülke", Suffixes: []string{"Pl", "P3sg", "Abl"}, Case: "Abl"}},
		{"başkanları", lang.Analysis{Stem: "başkan", Suffixes: []string{"Pl", "Acc"}, Case: "Acc"}},
		{"yoluyla", lang.Analysis{Stem: "yol", Suffixes: []string{"P3sg", "Ins"}, Case: "Ins"}},
		{"yüzlerce", lang.Analysis{Stem: "yüz", Suffixes: []string{"Pl", "Equ"}, Case: "Equ"}},
		{"sahadakine", lang.Analysis{Stem: "saha", Suffixes: []string{"Loc", "Ki", "Dat"}, Case: "Dat"}},
		{"evinizde", lang.Analysis{Stem: "ev", Suffixes: []string{"P2pl", "Loc"}, Case: "Loc"}},
		{"'nın", lang.Analysis{Stem: "", Suffixes: []string{"Gen"}, Case: "Gen"}},
		{"'daki", lang.Analysis{Stem: "", Suffixes: []string{"Loc", "Ki"}, Case: "Nom"}},
		{"mhp'li", lang.Analysis{Stem: "mhp"}}, // -lI is not inflection
		{"partisi'ne", lang.Analysis{Stem: "partisi", Suffixes: []string{"Dat"}, Case: "Dat"}},
		{"abd'ye", lang.Analysis{Stem: "abd", Suffixes: []string{"Dat"}, Case: "Dat"}},
	}
	for _, tt := range tests {
		as := Analyze(tt.word)
		if len(as) < 2 {
			t.Errorf("%s: %v", tt.word, as)
			continue
		}
		if !reflect.DeepEqual(tt.want, as[1]) {
			t.Errorf("%s: got %+v, want %+v", tt.word, as[1], tt.want)
		}
	}
}

func TestAnalyzeIdentityFirst(t *testing.T) {
	for _, w := range []string{"ve", "bir", "istanbul", "x", "'", "a'", "kitap", "123"} {
		as := Analyze(w)
		if len(as) == 0 || as[0].Stem != w || as[0].Case != "Nom" || as[0].Suffixes != nil {
			t.Errorf("%q: first reading %v", w, as)
		}
	}
	if as := Analyze(""); as != nil {
		t.Errorf(`Analyze("") = %v, want nil`, as)
	}
	// Short and vowelless candidate stems are not proposed without an apostrophe.
	for _, w := range []string{"ve", "bu", "de", "krd"} {
		if as := Analyze(w); len(as) != 1 {
			t.Errorf("%q: %v", w, stems(as))
		}
	}
}

func TestCaseOf(t *testing.T) {
	tests := map[string]string{
		"rusya'nın": "Gen", "türkiye'ye": "Dat", "ankara'da": "Loc", "ankara'dan": "Abl",
		"çin'i": "Acc", "putin'le": "Ins", "ankara'daki": "Nom", "ankara'dakilerin": "Gen",
		"ankara": "Nom", "ankara'": "Nom", "1990'lı": "", "abd'ye": "Dat",
	}
	for w, want := range tests {
		if got := CaseOf(w); got != want {
			t.Errorf("CaseOf(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestLexiconSurfaceStems(t *testing.T) {
	lx := loadLexicon()
	if len(lx.alt) < 100 || len(lx.inverse) < 100 {
		t.Fatalf("lexicon too small: %d alternations, %d inverse", len(lx.alt), len(lx.inverse))
	}
	var a morphAnalyzer
	for surf, stem := range lx.alt {
		if got, ok := a.lexiconStem(surf); !ok || got != stem {
			t.Errorf("lexiconStem(%q) = %q, %v; want %q", surf, got, ok, stem)
		}
	}
}

// checkReadings verifies the documented invariants of Analyze.
func checkReadings(t *testing.T, word string, as []lang.Analysis) {
	t.Helper()
	if word == "" {
		if as != nil {
			t.Fatalf("empty word: %v", as)
		}
		return
	}
	if len(as) == 0 || len(as) > MaxReadings || as[0].Stem != word {
		t.Fatalf("%q: %d readings, first %v", word, len(as), as)
	}
	for _, a := range as[1:] {
		p := commonPrefix(a.Stem, word)
		if extra := a.Stem[p:]; utf8.RuneCountInString(extra) > 3 {
			t.Errorf("%q: stem %q is not a prefix plus at most three letters", word, a.Stem)
		}
		if a.Suffixes == nil && a.Case != "" && a.Case != "Nom" {
			t.Errorf("%q: reading %v without suffixes", word, a)
		}
	}
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func TestAnalyzeInvariants(t *testing.T) {
	for _, c := range morphCases {
		w := foldForTest(c.word)
		checkReadings(t, w, Analyze(w))
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, c := range morphCases[:40] {
		f.Add(foldForTest(c.word))
	}
	f.Add("'")
	f.Add("\xff'\xfe")
	f.Add("lerlerlerlerlerlerlerlerlerin")
	f.Fuzz(func(t *testing.T, word string) {
		checkReadings(t, word, Analyze(word))
		CaseOf(word)
	})
}

func ExampleAnalyze() {
	for _, w := range []string{"ankara'dakilerin", "bakanlığının"} {
		for _, a := range Analyze(w)[:3] {
			fmt.Println(a.Stem, a.Suffixes, a.Case)
		}
	}
	// Output:
	// ankara'dakilerin [] Nom
	// ankara [Loc Ki Pl Gen] Gen
	// ankara [Loc Ki Pl P2sg] Nom
	// bakanlığının [] Nom
	// bakanlık [P3sg Gen] Gen
	// bakanlığı [Gen] Gen
}

func ExampleCaseOf() {
	fmt.Println(CaseOf("rusya'nın"), CaseOf("ankara'daki"), CaseOf("türkiye'ye"), CaseOf("1990'lı") == "")
	// Output: Gen Nom Dat true
}

// TestAnalyzeConcurrent analyzes the same words from several goroutines
// while the suffix chains they need may still be made on first use (run
// alone, -run TestAnalyzeConcurrent, none is made before): every goroutine
// must read what one goroutine alone reads (go test -race checks the
// chains' stores).
func TestAnalyzeConcurrent(t *testing.T) {
	words := []string{"kitaplarımızdakiler", "evlerinden", "bakanlığının", "ankara'dakiler", "şehirlerimizde",
		"okullarındaki", "gözlerinizin", "masalardan", "arkadaşlarımıza", "köylerindekilerin"}
	results := make([][][]lang.Analysis, 8)
	var wg sync.WaitGroup
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range words {
				results[g] = append(results[g], Analyze(w))
			}
		}()
	}
	wg.Wait()
	for g := 1; g < len(results); g++ {
		if !reflect.DeepEqual(results[0], results[g]) {
			t.Fatalf("goroutine %d read %v, goroutine 0 %v", g, results[g], results[0])
		}
	}
}
