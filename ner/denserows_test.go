package ner

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

// TestDenseRows checks that every row of the dense rows of a model with a
// lexicon and clusters (the shipped Turkish one) and of one without (the
// tiny model) is the weight table's row of its key, that the lexicon and
// cue rows of no class are zero, and that the run values are told apart.
func TestDenseRows(t *testing.T) {
	tiny, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	_, turkish := shippedTurkish(t)
	for name, m := range map[string]*Model{"tiny": tiny, "shipped Turkish": turkish} {
		d := newDenseRows(&m.table, &m.fs)
		for lower := range 2 {
			for m1 := range numCls {
				for cls := range numCls {
					for p1 := range numCls {
						key := feat(tClsTri, uint64(m1)|uint64(cls)<<8|uint64(p1)<<16|uint64(lower)<<24)
						if d.clsTri[lower][m1][cls][p1] != m.table.get(key) {
							t.Fatalf("%s: clsTri row %d %d %d %d", name, lower, m1, cls, p1)
						}
					}
				}
			}
		}
		for s, tmpl := range [2][2]uint64{{tLexM1, tCluM1}, {tLexP1, tCluP1}} {
			for k, row := range d.lex[s] {
				want := rowWeights{}
				if l := k % d.nLex; l > 0 {
					want = m.table.get(feat(tmpl[0], uint64(l)<<3|uint64(k/d.nLex)<<16))
				}
				if row != want {
					t.Fatalf("%s: lexicon row %d of side %d", name, k, s)
				}
			}
			for k, row := range d.clu[s] {
				if row != m.table.get(feat(tmpl[1], uint64(k%d.nFine)|uint64(k/d.nFine)<<16)) {
					t.Fatalf("%s: cluster row %d of side %d", name, k, s)
				}
			}
		}
		for k := range d.cue {
			for c := range numCues {
				for cls := range numCls {
					want := rowWeights{}
					if c > 0 {
						want = m.table.get(feat(tTrig+uint64(k), uint64(c)|uint64(cls)<<8))
					}
					if d.cue[k][c*numCls+cls] != want {
						t.Fatalf("%s: cue row %d %d %d", name, k, c, cls)
					}
				}
			}
		}
		// Every run value runAttrs gives, with every context bit.
		places := map[int]bool{}
		for pos := uint64(1); pos <= 4; pos++ {
			for n := uint64(1); n <= 4; n++ {
				for suffix := range uint64(2) {
					run := pos | n<<4 | suffix<<8
					places[runIndex(run)] = true
					for ctx := range uint64(1 << 11) {
						if ctx&0xff >= uint64(numCls) {
							continue
						}
						if d.run[runIndex(run)][ctxIndex(ctx)] != m.table.get(feat(tRun, run|ctx<<16)) {
							t.Fatalf("%s: run row %x %x", name, run, ctx)
						}
					}
				}
			}
		}
		if len(places) != numRunPlaces {
			t.Errorf("%s: %d run places, want %d", name, len(places), numRunPlaces)
		}
		if m.fs.lex.len() > 0 && len(d.lex[0]) <= numCls || m.fs.clu.len() > 0 && len(d.clu[0]) <= numCls {
			t.Errorf("%s: %d lexicon and %d cluster rows", name, len(d.lex[0]), len(d.clu[0]))
		}
	}
}

// TestAddCues checks addCues, which adds each cue's rows from the word
// that has it, against the rows each token's five words around it give
// (appendCue's places), on sentences of one to eight tokens with cues at
// the edges, side by side, and one beyond those the dense rows hold.
func TestAddCues(t *testing.T) {
	_, m := shippedTurkish(t)
	d := newDenseRows(&m.table, &m.fs)
	cues := []lang.Cue{lang.NoCue, lang.PersonTitle, lang.NoCue, lang.Cue(numCues), 1, 2, lang.NoCue, lang.PersonTitle}
	for n := 1; n <= len(cues); n++ {
		attrs := make([]tokenAttrs, n)
		for i := range attrs {
			attrs[i].trig, attrs[i].cls = cues[i], uint8(i%numCls)
		}
		got := make([][numLabels]int32, n)
		d.addCues(&m.table, attrs, got)
		for i := range attrs {
			var want [numLabels]int32
			for k, off := range cueOffsets {
				if j := i + off; k != 2 && j >= 0 && j < n && attrs[j].trig != lang.NoCue {
					m.table.sumRows([]uint64{feat(tTrig+uint64(k), uint64(attrs[j].trig)|uint64(attrs[i].cls)<<8)}, &want)
				}
			}
			if got[i] != want {
				t.Errorf("%d tokens, token %d: %v, want %v", n, i, got[i], want)
			}
		}
	}
}
