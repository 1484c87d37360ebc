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
	restored, err := tr.Turkish{}.RestoreNorms(context.Background(), text, toks)
	fmt.Println(restored, err)
	for _, t := range toks[:8] {
		fmt.Printf("%s %s\n", t.Text, t.Norm)
	}
	// Output:
	// true <nil>
	// Basbakan başbakan
	// Erdogan erdoğan
	// 'in 'ın
	// Istanbul istanbul
	// 'da 'da
	// yaptigi yaptığı
	// konusmada konuşmada
	// ulke ülke
}

func TestRestoreNorms(t *testing.T) {
	tests := []struct {
		name, text string
		restored   bool
		norms      []string // the Norm of each token, when restored
	}{
		{"typed in ASCII", "Disisleri Bakani Cavusoglu bugun Irak'a gidecegini acikladi.", true,
			[]string{"dışişleri", "bakanı", "çavuşoğlu", "bugün", "ırak", "'a", "gideceğini", "açıkladı", "."}},
		{"a word that is its own most frequent form stays", "Ali Can bu aksam eve gelecegini soyledi ve kapiyi kapatti.", true,
			[]string{"ali", "can", "bu", "akşam", "eve", "geleceğini", "söyledi", "ve", "kapıyı", "kapattı", "."}},
		{"suffixes harmonize with their word", "Koln'un ve Ankara'nin belediyeleri Izmir'deki toplantiya katildi.", true,
			[]string{"köln", "'ün", "ve", "ankara", "'nın", "belediyeleri", "izmir", "'deki", "toplantıya", "katıldı", "."}},
		{"an acronym's suffix is left as typed", "ABD'nin ve NATO'nun temsilcileri bugun Brukselde bulustu.", true,
			[]string{"abd", "'nin", "ve", "nato", "'nun", "temsilcileri", "bugün", "brukselde", "buluştu", "."}},
		{"Turkish letters anywhere: not typed in ASCII", "Basbakan Erdogan Istanbul'da konustu ve şöyle dedi.", false, nil},
		{"too short to tell", "Ankara'da toplanti", false, nil},
		{"empty", "", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tr.Tokenize(tt.text)
			before := slices.Clone(toks)
			if got, err := (tr.Turkish{}).RestoreNorms(context.Background(), tt.text, toks); got != tt.restored || err != nil {
				t.Fatalf("RestoreNorms = %v, %v; want %v, nil", got, err, tt.restored)
			}
			if !tt.restored {
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
// letter ASCII lacks, sorted, each once.
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
	if _, err := (tr.Turkish{}).RestoreNorms(ctx, text, tr.Tokenize(text)); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
