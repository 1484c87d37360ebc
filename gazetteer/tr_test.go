package gazetteer_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	_ "github.com/varlik/varlik/lang/tr"
)

// turkish returns the registered Turkish language (lang/tr registers it
// on import).
func turkish(tb testing.TB) lang.Language {
	l, ok := lang.Get("tr")
	if !ok {
		tb.Skip(`no Language registered for "tr"`)
	}
	return l
}

// TestMatchTurkishTokenizer runs the matcher on the real Turkish tokenizer
// and morphology.
func TestMatchTurkishTokenizer(t *testing.T) {
	g, err := gazetteer.LoadFile("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	l := turkish(t)
	tests := []struct {
		text string
		want []string // matched text, first candidate ID
	}{
		{"HANGZHOU, 4 Kasım (Xinhua) -- Rusya-Çin ilişkileri", []string{"HANGZHOU Q4970", "Rusya Q159", "Çin Q148"}},
		{"T.C. Dışişleri Bakanlığı’nın açıklaması", []string{"T.C. Dışişleri Bakanlığı varlik:org:tr-mfa"}},
		{"Dışişleri Bakanlığının açıklaması", []string{"Dışişleri Bakanlığının varlik:org:tr-mfa"}},
		{"Birleşmiş Milletlerin ve Avrupa Birliğinin kararı", []string{"Birleşmiş Milletlerin Q1065", "Avrupa Birliğinin Q458"}},
		{"IRAK'ta ve Côte d’Ivoire'da seçim", []string{"IRAK Q796", "Côte d’Ivoire Q1008"}},
		{"İSTANBUL'dan Ankara'ya, ordu ile", []string{"İSTANBUL Q406", "Ankara Q3640"}},
		{"Çinli yetkililer Çince konuştu", nil},
		{"Rusya Başbakanı ve Bakanı", []string{"Rusya Q159"}}, // Bakanı: its minister, not Bakan + Acc
	}
	for _, tt := range tests {
		toks := l.Tokenize(tt.text)
		var got []string
		for _, m := range g.Match(toks, l) {
			if m.Start != toks[m.First].Start || m.End != toks[m.Last-1].End {
				t.Fatalf("%q: match offsets [%d,%d) do not span its tokens", tt.text, m.Start, m.End)
			}
			got = append(got, tt.text[m.Start:m.End]+" "+m.Candidates[0].ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Match(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestConcurrentUse matches from several goroutines at once while the
// default gazetteer loads; run with -race.
func TestConcurrentUse(t *testing.T) {
	l := turkish(t)
	text := "Rusya-Çin ilişkilerini Dışişleri Bakanlığının sözcüsü HANGZHOU'da değerlendirdi."
	toks := l.Tokenize(text)
	results := make(chan int, 4)
	for range 4 {
		go func() { results <- len(gazetteer.Default().Match(toks, l)) }()
	}
	for range 4 {
		if n := <-results; n != 4 {
			t.Errorf("got %d matches, want 4", n)
		}
	}
}
