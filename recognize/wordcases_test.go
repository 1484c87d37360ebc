package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestWordCases checks each token's wordCase against the functions it
// stands for, over words of each script, marks, numbers, abbreviations
// and invalid UTF-8.
func TestWordCases(t *testing.T) {
	texts := []string{
		"", "a", "A", "ab", "Ab", "AB", "aB", "İstanbul", "ıspanak", "ŞIRKET", "Şirket", "çay", "Москва", "МОСКВА",
		"москва", "мОСКВА", "Ёж", "ёж", "McDONALD'S", "iPHONE", "2nd", "42", ",", "«", "-", "\xff", "A\xff", "\xffa",
		"Ab\xc3", "Ж\xd1\x41", "Ж\xd1", "Жя", "ЖЯ", "Жё", "É", "é", "Éa", "ÉA", "Ǆ", "ǅx", "ǆ", "Ω", "ω", "日本", "a日本", "Dr.", strings.Repeat("Ab", 100),
	}
	kinds := []lang.Kind{lang.Word, lang.Abbreviation, lang.Number, lang.Punct, lang.Suffix}
	var toks []lang.Token
	for _, text := range texts {
		for _, k := range kinds {
			toks = append(toks, lang.Token{Text: text, Kind: k})
		}
	}
	if cases := wordCasesOf(nil); len(cases) != 0 {
		t.Errorf("wordCasesOf(nil) has %d cases", len(cases))
	}
	cases := wordCasesOf(toks)
	if len(cases) != len(toks) {
		t.Fatalf("wordCasesOf: %d cases for %d tokens", len(cases), len(toks))
	}
	for k := range toks {
		tk := &toks[k]
		if got, want := cases.capitalized(k), capitalizedWord(tk); got != want {
			t.Errorf("%q (kind %v): capitalized %v, capitalizedWord %v", tk.Text, tk.Kind, got, want)
		}
		if got, want := cases.title(k), titleCaseWord(tk); got != want {
			t.Errorf("%q (kind %v): title %v, titleCaseWord %v", tk.Text, tk.Kind, got, want)
		}
		if got, want := cases[k].wordCase&capitalsCase != 0, capitalizedWord(tk) && !hasLower(tk.Text); got != want {
			t.Errorf("%q (kind %v): capitals %v, want %v", tk.Text, tk.Kind, got, want)
		}
		if got, want := cases.lower(k), lowerCaseWord(tk); got != want {
			t.Errorf("%q (kind %v): lower %v, lowerCaseWord %v", tk.Text, tk.Kind, got, want)
		}
	}
}

// TestHasCase checks hasUpper and hasLower against a plain range over the
// string's runes, invalid UTF-8 included.
func TestHasCase(t *testing.T) {
	for _, s := range []string{
		"", "a", "A", "1", "ab", "aB", "İ", "ı", "şİ", "ŞŞ", "москва", "москвА", "МОСКВА", "Ǆ", "ǅ", "ǆ", "日本",
		"日本a", "\xff", "\xffA", "\xc3", "a\xc3", "\xc3A", "\xe6\x97", "\xe6\x97a", "\xd0", "\xd0\x90", "x\xd0\x90",
		"\xf0\x9f\x99\x82", "ÀÉÎ", "àéî", strings.Repeat("ş", 64) + "Ş",
	} {
		upper, lower := false, false
		for _, r := range s {
			upper = upper || lang.IsUpper(r)
			lower = lower || lang.IsLower(r)
		}
		if got := hasUpper(s); got != upper {
			t.Errorf("hasUpper(%q) = %v, want %v", s, got, upper)
		}
		if got := hasLower(s); got != lower {
			t.Errorf("hasLower(%q) = %v, want %v", s, got, lower)
		}
	}
}

// TestWordCasesNext checks wordCases.next, which jumps by the tokens'
// skips, and nextPair against a scan of every token, for each want the
// rules pass and every start and end: documents empty, of one token, with runs of
// lower-case words longer than maxSkip, invalid UTF-8 and capitals.
func TestWordCasesNext(t *testing.T) {
	long := strings.Repeat("a ", maxSkip+3)
	for _, tc := range []struct {
		name  string
		words string
	}{
		{"empty", ""},
		{"one lower", "a"},
		{"one capital", "A"},
		{"one capitals", "AB"},
		{"invalid UTF-8", "\xff A\xff \xffa Ab\xc3 Ж\xd1"},
		{"mixed", "Ab c , NATO d Ef 42 gh İstanbul ŞIRKET çay Москва"},
		{"pairs", "Ab Cd e Fg , Hİ JK LM n"},
		{"long runs", "Ab " + long + "CD " + long + long + "Ef"},
		{"capitals at the end", long + "NATO"},
	} {
		var toks []lang.Token
		for _, w := range strings.Fields(tc.words) {
			kind := lang.Word
			if w == "," {
				kind = lang.Punct
			} else if w == "42" {
				kind = lang.Number
			}
			toks = append(toks, lang.Token{Text: w, Kind: kind})
		}
		cases := wordCasesOf(toks)
		scan := func(k, end int, want wordCase) int {
			for k < end && cases[k].wordCase&want == 0 {
				k++
			}
			return k
		}
		for _, want := range []wordCase{capitalizedCase, titledCase, capitalsCase, titledCase | capitalsCase} {
			for k := 0; k <= len(toks)+1; k++ {
				for end := 0; end <= len(toks); end++ {
					if got, exp := cases.next(k, end, want), scan(k, end, want); got != exp {
						t.Errorf("%s: next(%d, %d, %b) = %d, want %d", tc.name, k, end, want, got, exp)
					}
				}
			}
		}
		for k := 1; k <= len(toks)+1; k++ {
			for end := 0; end <= len(toks); end++ {
				exp := k
				for exp < end && !(cases.capitalized(exp) && cases.capitalized(exp-1)) {
					exp++
				}
				if got := cases.nextPair(k, end); got != exp {
					t.Errorf("%s: nextPair(%d, %d) = %d, want %d", tc.name, k, end, got, exp)
				}
			}
		}
	}
}
