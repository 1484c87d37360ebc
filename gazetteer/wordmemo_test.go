package gazetteer

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/internal/memo/memotest"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/ru"
	"github.com/varlik/varlik/lang/tr"
)

// TestProbeMemo checks probeAt, which skips the words g.noOrgPrefix keeps,
// against probe, on every word of Turkish news at each place a match may
// start (single) and after a name's first word, asked twice from eight
// goroutines at once (run with -race): the memo first mostly empty, then
// holding most words; the default gazetteer and a small one share no slot.
func TestProbeMemo(t *testing.T) {
	data, err := os.ReadFile("../testdata/news_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	var l tr.Turkish
	toks := l.Tokenize(string(data))
	toks = append(toks, l.Tokenize("\xff\xfeAnkara\x00 "+string(make([]byte, 100))+" Bakanlığının")...)
	small, err := LoadFile("testdata/small.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []*Gazetteer{Default(), small} {
		h := hashKey(fnvOffset, "dışişleri ")
		type probeCase struct {
			i      int
			single bool
			want   []*Entry
		}
		var cases []probeCase
		for i := range toks {
			if toks[i].Kind != lang.Word {
				continue
			}
			want, _ := g.probe(fnvOffset, &toks[i], l, false, true)
			cases = append(cases, probeCase{i, true, want})
			want, _ = g.probe(h, &toks[i], l, false, false)
			cases = append(cases, probeCase{i, false, want})
		}
		memotest.FromEachStart(len(cases), func(pass, k int) {
			c := cases[k]
			start := uint64(fnvOffset)
			if !c.single {
				start = h
			}
			if got := g.probeAt(start, &toks[c.i], l, false, c.single); !slices.Equal(got, c.want) {
				t.Errorf("pass %d: probeAt(%q, single %v) = %d candidates, want %d", pass, toks[c.i].Text, c.single, len(got), len(c.want))
			}
		})
	}
}

// TestWordMemoSlots checks that a wordMemo keeps a word until another
// takes its slot, and never keeps the hash of an empty slot.
func TestWordMemoSlots(t *testing.T) {
	var m wordMemo
	if m.has(wordMemoHash("")) || wordMemoHash("") == 0 {
		t.Fatal("an empty memo holds the empty word")
	}
	a := wordMemoHash("ankara")
	m.add(a)
	if !m.has(a) || m.has(wordMemoHash("ankaranın")) {
		t.Fatalf("after add(ankara): has(ankara) %v, has(ankaranın) %v", m.has(a), m.has(wordMemoHash("ankaranın")))
	}
	other := a ^ 2 // same slot (its top bits), another word
	m.add(other)
	if m.has(a) || !m.has(other) {
		t.Errorf("after a word of the same slot: has(ankara) %v, has(other) %v", m.has(a), m.has(other))
	}
}

// TestStemsMemoHash checks that a word's key in g.noStemStart depends on
// the language's code, and is never 0 (an empty slot).
func TestStemsMemoHash(t *testing.T) {
	ru, other := wordMemoHash("ru"), wordMemoHash("xx")
	for _, w := range []string{"", "москва", "москвы", "\xff"} {
		if stemsMemoHash(ru, w) == stemsMemoHash(other, w) {
			t.Errorf("stemsMemoHash(%q): one key for two languages", w)
		}
		if stemsMemoHash(ru, w) == 0 || stemsMemoHash(0, w) == 0 {
			t.Errorf("stemsMemoHash(%q) = 0", w)
		}
	}
}

// clear empties m (tests only).
func (m *wordMemo) clear() { m.hashes.Reset() }

// TestStemStartMemo checks Match in Russian, whose stem walk skips the
// first words g.noStemStart keeps, against Match with that memo emptied
// before each call, on the lines of Russian news and on words with no
// Cyrillic letter or invalid UTF-8, from eight goroutines at once (run
// with -race), twice: the memo first mostly empty, then holding most words.
func TestStemStartMemo(t *testing.T) {
	data, err := os.ReadFile("../testdata/news_ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	var l ru.Russian
	lines := strings.Split(string(data), "\n")
	lines = append(lines, "\xff\xfeМосква\x00 Москвы ООН Организации Объединённых Наций", "Abc Путиным")
	g := Default()
	want := make([][]Match, len(lines))
	toks := make([][]lang.Token, len(lines))
	matches := 0
	for i, line := range lines {
		toks[i] = l.Tokenize(line)
		g.noStemStart.clear()
		want[i] = g.Match(toks[i], l)
		matches += len(want[i])
	}
	if matches < 100 {
		t.Fatalf("%d matches in Russian news, want 100 at least", matches)
	}
	g.noStemStart.clear()
	memotest.FromEachStart(len(lines), func(pass, i int) {
		if got := g.Match(toks[i], l); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("pass %d: Match(%q) = %v, want %v", pass, lines[i], got, want[i])
		}
	})
}
