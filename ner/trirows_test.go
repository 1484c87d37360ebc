package ner

import "testing"

// TestTriRows checks, for every triple of coarse clusters of the shipped
// Turkish model and of the tiny model (no clusters: the one triple of
// none), that triRows adds the weight table's row of its key: nothing for
// a triple the table lacks.
func TestTriRows(t *testing.T) {
	tiny, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	_, turkish := shippedTurkish(t)
	for name, m := range map[string]*Model{"tiny": tiny, "shipped Turkish": turkish} {
		r := newWarmTables(&m.table, &m.fs).tri
		n := r.n
		held := 0
		for c3 := range n {
			for c2 := range n {
				for c1 := range n {
					m1, a, p1 := tokenAttrs{clu: uint32(c1) << 16}, tokenAttrs{clu: uint32(c2) << 16}, tokenAttrs{clu: uint32(c3) << 16}
					var got, want [numLabels]int32
					if row := r.row(&m1, &a, &p1); row != nil {
						addRow(&got, row)
					}
					m.table.sumRows([]uint64{feat(tCluTri, uint64(c1)|uint64(c2)<<16|uint64(c3)<<32)}, &want)
					if got != want {
						t.Fatalf("%s: triple %d %d %d: %v, the table's %v", name, c1, c2, c3, got, want)
					}
					if want != ([numLabels]int32{}) {
						held++
					}
				}
			}
		}
		if len(r.rows) < held {
			t.Errorf("%s: %d rows, %d triples with weights", name, len(r.rows), held)
		}
		if name == "shipped Turkish" && held == 0 {
			t.Errorf("%s: no triple held", name)
		}
	}
}
