package prosener

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestEntitiesOnStory scores prose's NER (with the clean-up rules of
// Entities) alone against the gold of testdata/story_en.txt. The entity
// package adds the gazetteer on top; this guards the base it starts from.
func TestEntitiesOnStory(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/story_en.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	g, err := os.ReadFile("../../../testdata/story_en.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		Start, End int
		Type       string
	}
	gold := map[span]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(g)), "\n") {
		var e struct {
			Text, Type string
			Start, End int
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil || text[e.Start:e.End] != e.Text {
			t.Fatalf("bad gold line %q: %v", line, err)
		}
		gold[span{e.Start, e.End, e.Type}] = true
	}
	ms, err := Entities(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	tp := 0
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v breaks the offset invariant", m)
		}
		if gold[span{m.Start, m.End, m.Type}] {
			tp++
		} else {
			t.Logf("not in gold: %q %s (prose %s)", m.Text, m.Type, m.Label)
		}
	}
	p, r := float64(tp)/float64(len(ms)), float64(tp)/float64(len(gold))
	f1 := 2 * p * r / (p + r)
	t.Logf("prose NER alone on story_en: P %.2f R %.2f F1 %.2f", p, r, f1)
	if f1 < 0.75 {
		t.Errorf("F1 %.2f, want at least 0.75", f1)
	}
}

// TestEntitiesAlignWithTokens checks that every mention starts and ends on
// token boundaries of Tokenize, which the entity package relies on.
func TestEntitiesAlignWithTokens(t *testing.T) {
	text := "The talks were held by Vladimir Putin and Wang Yi. Rio de Janeiro hosts BRICS in July."
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range (en.English{}).Tokenize(text) {
		starts[tk.Start], ends[tk.End] = true, true
	}
	ms, err := Entities(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range ms {
		if !starts[m.Start] || !ends[m.End] {
			t.Errorf("mention %q [%d,%d) is not on token boundaries", m.Text, m.Start, m.End)
		}
		found = found || m.Text == "Wang Yi" // prose's token is "Yi."
	}
	if !found {
		t.Errorf("Entities(%q) = %+v, want Wang Yi without the dot", text, ms)
	}
}

// BenchmarkEntities measures prose's NER per story-sized document, after
// reporting the one-time model load (first call) as load-ms.
func BenchmarkEntities(b *testing.B) {
	text := readStory(b)
	start := time.Now()
	if _, err := Entities(context.Background(), "Warm up."); err != nil {
		b.Fatal(err)
	}
	load := time.Since(start)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Entities(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(load.Microseconds())/1000, "load-ms")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func readStory(b *testing.B) string {
	data, err := os.ReadFile("../../../testdata/story_en.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// TestFinder checks that Finder gives Entities' mentions as lang.Names,
// with prose as their source, and that a language embedding it is a
// lang.NameFinder, as the package doc shows.
func TestFinder(t *testing.T) {
	type proseEnglish struct {
		en.English
		Finder
	}
	var finder lang.NameFinder = proseEnglish{}
	text := "Vladimir Putin met Mikhail Mishustin in Moscow on Monday."
	names, err := finder.FindNames(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Entities(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(ms) || len(names) == 0 {
		t.Fatalf("FindNames gave %d names, Entities %d mentions", len(names), len(ms))
	}
	for i, n := range names {
		if n.Start != ms[i].Start || n.End != ms[i].End || n.Type != ms[i].Type || n.Source != "prose" || n.Score != proseScore {
			t.Errorf("name %d = %+v, want the span and type of %+v, source prose, score %v", i, n, ms[i], proseScore)
		}
	}
}
