package tr_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/lang/tr"
)

func ExampleTurkish_RestoreNorms() {
	text := "Basbakan Erdogan'in Istanbul'da yaptigi konusmada ulke ekonomisinin guclu oldugunu soyledi."
	toks := tr.Tokenize(text)
	if err := (tr.Turkish{}).RestoreNorms(context.Background(), text, toks); err != nil {
		fmt.Println(err)
	}
	for _, t := range toks[:8] {
		fmt.Printf("%s %s\n", t.Text, t.Norm)
	}
	// Output:
	// Basbakan başbakan
	// Erdogan erdoğan
	// 'in 'in
	// Istanbul istanbul
	// 'da 'da
	// yaptigi yaptığı
	// konusmada konuşmada
	// ulke ülke
}

func TestRestoreNorms(t *testing.T) {
	tests := []struct {
		name, text string
		norms      []string // the Norm of each token when restored; nil: the tokens stay as they are
	}{
		{"typed in ASCII", "Disisleri Bakani Cavusoglu bugun Irak'a gidecegini acikladi.",
			[]string{"dışişleri", "bakanı", "çavuşoğlu", "bugün", "ırak", "'a", "gideceğini", "açıkladı", "."}},
		{"a word that is its own most frequent form stays", "Ali Can bu aksam eve gelecegini soyledi ve kapiyi kapatti.",
			[]string{"ali", "can", "bu", "akşam", "eve", "geleceğini", "söyledi", "ve", "kapıyı", "kapattı", "."}},
		{"a hyphenated word's parts one by one", "Bakan bugun sosyo-ekonomik gelismeleri ve turk-irak iliskilerini anlatti.",
			[]string{"bakan", "bugün", "sosyo-ekonomik", "gelişmeleri", "ve", "türk-ırak", "ilişkilerini", "anlattı", "."}},
		{"in lower case", "disisleri bakani bugun ankara'da gazetecilere aciklama yapti.",
			[]string{"dışişleri", "bakanı", "bugün", "ankara", "'da", "gazetecilere", "açıklama", "yaptı", "."}},
		{"a name written with its letters among words typed in ASCII keeps them",
			"Toplantiya Cumhurbaskani Abdullah Gül de katildi ve bir konusma yapti, konusmasinda ekonomiden soz etti.",
			[]string{"toplantıya", "cumhurbaşkanı", "abdullah", "gül", "de", "katıldı", "ve", "bir", "konuşma", "yaptı", ",",
				"konuşmasında", "ekonomiden", "söz", "etti", "."}},
		{"Turkish letters in many words: written properly", "Basbakan Erdogan Istanbul'da konustu ve şöyle dedi: çok güçlüyüz.", nil},
		{"not Turkish", "The minister said on Tuesday that the talks in Brussels would go on until the end of the month.", nil},
		{"decomposed Turkish letters (NFD) are Turkish letters", "O\u0308g\u0306retmen Gu\u0308l S\u0327en, o\u0308n so\u0308zu\u0308 okudu ve ku\u0308r o\u0308nerdi.", nil},
		{"too short to tell", "Ankara'da toplanti", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tr.Tokenize(tt.text)
			before := slices.Clone(toks)
			if err := (tr.Turkish{}).RestoreNorms(context.Background(), tt.text, toks); err != nil {
				t.Fatal(err)
			}
			if tt.norms == nil {
				if diff := cmp.Diff(before, toks); diff != "" {
					t.Errorf("tokens changed (-before +after):\n%s", diff)
				}
				return
			}
			var norms []string
			for i, tok := range toks {
				norms = append(norms, tok.Norm)
				b := before[i]
				if tok.Text != b.Text || tok.Start != b.Start || tok.End != b.End || tok.Kind != b.Kind {
					t.Errorf("token %d changed beyond its Norm: %+v → %+v", i, b, tok)
				}
			}
			if diff := cmp.Diff(tt.norms, norms); diff != "" {
				t.Errorf("norms (-want +got):\n%s", diff)
			}
		})
	}
}

func TestASCIISpelling(t *testing.T) {
	for in, want := range map[string]string{
		"çağrışım": "cagrisim", "öğütücü": "ogutucu", "kâğıt": "kagit", "istanbul": "istanbul", "": "",
		"hükûmet": "hukumet", "îtikat": "itikat", "straße": "straße",
	} {
		if got := tr.ASCIISpelling(in); got != want {
			t.Errorf("ASCIISpelling(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestASCIIFormsList checks the generated list: folded words that hold a
// letter ASCII lacks, sorted, each once, no two with one ASCII spelling.
func TestASCIIFormsList(t *testing.T) {
	data, err := os.ReadFile("data/ascii_forms.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if !strings.HasPrefix(text, "# Code generated") {
		t.Fatal("data/ascii_forms.txt lacks its generated header")
	}
	var prev string
	n := 0
	spellings := map[string]string{}
	for _, w := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if strings.HasPrefix(w, "#") {
			continue
		}
		if w <= prev {
			t.Fatalf("%q after %q: not sorted or repeated", w, prev)
		}
		if tr.ASCIISpelling(w) == w || tr.Fold(w) != w {
			t.Fatalf("%q: not a folded word with a letter ASCII lacks", w)
		}
		if other, ok := spellings[tr.ASCIISpelling(w)]; ok {
			t.Fatalf("%q and %q share the spelling %q: a look-up would find either", other, w, tr.ASCIISpelling(w))
		}
		spellings[tr.ASCIISpelling(w)] = w
		prev = w
		n++
	}
	if n < 50000 {
		t.Errorf("%d words, want the frequency and word lists' tens of thousands", n)
	}
}

// TestRestoreNormsCancelled checks that a done context stops the work.
func TestRestoreNormsCancelled(t *testing.T) {
	text := strings.Repeat("Basbakan Istanbul'da konustu. ", 20000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (tr.Turkish{}).RestoreNorms(ctx, text, tr.Tokenize(text)); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestHasTurkishLetter checks the byte test against the runes it stands for.
func TestHasTurkishLetter(t *testing.T) {
	letters := "çÇğĞıİöÖşŞüÜ\u0306\u0307\u0308\u0327"
	for _, r := range letters {
		if !tr.HasTurkishLetterForTest("ab" + string(r) + "c") {
			t.Errorf("%q (%U) not found", r, r)
		}
	}
	for _, s := range []string{"", "istanbul", "Straße", "éàâîûÂ", "Россия", "\xc3", "x\xc4"} {
		if tr.HasTurkishLetterForTest(s) {
			t.Errorf("%q: found a Turkish letter", s)
		}
	}
}
