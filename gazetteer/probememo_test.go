package gazetteer

import (
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/varlik/varlik/lang"
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
		var wg sync.WaitGroup
		for w := range 8 {
			wg.Go(func() {
				for pass := range 2 {
					for k := range cases {
						c := cases[(k+w*len(cases)/8)%len(cases)]
						start := uint64(fnvOffset)
						if !c.single {
							start = h
						}
						if got := g.probeAt(start, &toks[c.i], l, false, c.single); !slices.Equal(got, c.want) {
							t.Errorf("pass %d: probeAt(%q, single %v) = %d candidates, want %d", pass, toks[c.i].Text, c.single, len(got), len(c.want))
						}
					}
				}
			})
		}
		wg.Wait()
	}
}

// TestProbeMemoSlots checks that a probeMemo keeps a word until another
// takes its slot, and never keeps the hash of an empty slot.
func TestProbeMemoSlots(t *testing.T) {
	var m probeMemo
	if m.has(probeMemoHash("")) || probeMemoHash("") == 0 {
		t.Fatal("an empty memo holds the empty word")
	}
	a := probeMemoHash("ankara")
	m.add(a)
	if !m.has(a) || m.has(probeMemoHash("ankaranın")) {
		t.Fatalf("after add(ankara): has(ankara) %v, has(ankaranın) %v", m.has(a), m.has(probeMemoHash("ankaranın")))
	}
	other := a ^ 2 // same slot (its top bits), another word
	m.add(other)
	if m.has(a) || !m.has(other) {
		t.Errorf("after a word of the same slot: has(ankara) %v, has(other) %v", m.has(a), m.has(other))
	}
}
