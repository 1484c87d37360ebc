package gazetteer

import (
	"runtime"
	"slices"
	"testing"
)

func TestDefault(t *testing.T) {
	g, err := parseDefault()
	if err != nil {
		t.Fatalf("embedded default gazetteer: %v", err)
	}
	if g.Len() < 5000 {
		t.Errorf("default gazetteer has %d entries, want at least 5000", g.Len())
	}
	if first, second := Default(), Default(); first != second {
		t.Error("Default is not loaded once")
	}
	// Every reference between entries resolves.
	for _, e := range g.Entries() {
		for _, k := range []string{"country", "parent", "capital", "of"} {
			if id, ok := e.Attrs[k]; ok && g.ByID(id) == nil {
				t.Errorf("%s: %s=%s is not an entry", e.ID, k, id)
			}
		}
	}
	for _, tt := range []struct{ name, lang, id string }{
		{"Türkiye", "tr", "Q43"},
		{"Rusya", "tr", "Q159"},
		{"Çin", "tr", "Q148"},
		{"Russia", "en", "Q159"},
		{"Россия", "ru", "Q159"},
		// A company named with an ampersand, written with "and" (andnames.go).
		{"Procter & Gamble", "en", "varlik:org:procter-gamble"},
		{"Procter and Gamble", "en", "varlik:org:procter-gamble"},
		{"Johnson and Johnson", "en", "varlik:org:johnson-johnson"},
		// A club's name as English news writes it without marks (spellings.go).
		{"Atletico Madrid", "en", "varlik:org:atletico-madrid"},
		// A name that ends in its legal form keeps it, and the ID it had (sp500.go).
		{"Deere & Company", "en", "varlik:org:deere"},
	} {
		if got := g.Lookup(tt.name, tt.lang); len(got) == 0 || got[0].ID != tt.id {
			t.Errorf("Lookup(%q, %q) = %v, want %s first", tt.name, tt.lang, ids(got), tt.id)
		}
	}
}

// BenchmarkDefaultLoad loads the embedded data afresh each iteration:
// "in place" is Default's path (the packed index viewed where it lies,
// entries decoded on use), "parse" the TSV parsed and indexed (the path
// of a big-endian machine, and the cost of With). It reports the heap the
// loaded gazetteer keeps.
func BenchmarkDefaultLoad(b *testing.B) {
	for _, bc := range []struct {
		name string
		load func() (*Gazetteer, error)
	}{
		{"in place", func() (*Gazetteer, error) { return loadPacked(defaultIndex, defaultTSV) }},
		{"parse", parseDefault},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			var g *Gazetteer
			for b.Loop() {
				var err error
				if g, err = bc.load(); err != nil {
					b.Fatal(err)
				}
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/op")
			b.ReportMetric((float64(after.HeapAlloc)-float64(before.HeapAlloc))/(1<<20), "heap-MB")
			b.ReportMetric(float64(g.Len()), "entries")
			runtime.KeepAlive(g)
		})
	}
}

// TestLazyAttr checks that reading an attribute from an entry's line, as
// demonymLists does, gives what decoding the entry gives, for every
// attribute of every entry that may have a demonym and for an absent one,
// and that the lazy and the parsed default gazetteer list the same
// demonyms.
func TestLazyAttr(t *testing.T) {
	parsed, err := parseDefault()
	if err != nil {
		t.Fatal(err)
	}
	lz := Default().lazy
	checked := 0
	for i, k := range lz.kinds {
		if k&kindHasDemonym == 0 {
			continue
		}
		e := lz.entry(int32(i))
		for key, want := range e.Attrs {
			if got := lz.attr(int32(i), key); got != want {
				t.Fatalf("%s: attr(%q) = %q, want %q", e.ID, key, got, want)
			}
			checked++
		}
		if got := lz.attr(int32(i), "no_such_attribute"); got != "" {
			t.Fatalf("%s: attr of an absent key = %q", e.ID, got)
		}
	}
	if checked < 249 {
		t.Errorf("%d attributes checked, want the demonyms of at least 249 entries", checked)
	}
	for _, code := range []string{"tr", "en", "ru"} {
		key := "demonym_" + code
		lazy, all := Default().demonymLists(key), parsed.demonymLists(key)
		slices.Sort(lazy)
		slices.Sort(all)
		if !slices.Equal(lazy, all) || code == "en" && len(lazy) < 200 {
			t.Errorf("%s: %d demonym lists read from the lines, %d from the entries; want the same (at least 200 in English)", key, len(lazy), len(all))
		}
	}
}
