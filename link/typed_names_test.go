package link

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestTypedNames adds the mentions of each case to a typedNames (reused
// from case to case, as the pooled scratch is) and compares the first
// mention and the count of every key and type, by key and by mention,
// with those counted in a map by key and type.
func TestTypedNames(t *testing.T) {
	per, loc, org := annotation.Person, annotation.Location, annotation.Organization
	type mention struct {
		key string
		typ annotation.Type
	}
	var tn typedNames
	tn.byKey = map[string]int32{}
	for _, c := range []struct {
		name     string
		mentions []mention
	}{
		{"none", nil},
		{"one", []mention{{"li", per}}},
		{"a key of three types, in turn", []mention{{"li", loc}, {"li", per}, {"li", loc}, {"li", org}, {"li", per}, {"li", per}}},
		{"keys apart", []mention{{"a", per}, {"b", per}, {"a", per}, {"", loc}, {"", loc}, {"b", loc}}},
		{"invalid UTF-8 and a type of no constant", []mention{{"\xff\xfe", "MISC"}, {"\xff", "MISC"}, {"\xff\xfe", "MISC"}, {"\xff\xfe", per}}},
		{"after many", func() []mention {
			var ms []mention
			for i := range 3000 {
				ms = append(ms, mention{string(rune('a' + i%700)), []annotation.Type{per, loc, org}[i%3]})
			}
			return ms
		}()},
	} {
		tn.reset(len(c.mentions))
		type group struct{ first, n int }
		want := map[mention]group{}
		for i, m := range c.mentions {
			g, ok := want[m]
			if !ok {
				g.first = i
			}
			g.n++
			want[m] = g
			if first := tn.add(i, m.key, m.typ); first != g.first {
				t.Errorf("%s: add(%d) = %d, want %d", c.name, i, first, g.first)
			}
		}
		for i, m := range c.mentions {
			for _, typ := range []annotation.Type{per, loc, org, "MISC"} {
				g, ok := want[mention{m.key, typ}]
				if !ok {
					g.first = -1
				}
				if n := tn.count(i, typ); n != g.n {
					t.Errorf("%s: count(%d, %s) = %d, want %d", c.name, i, typ, n, g.n)
				}
				if first, n := tn.ofKey(m.key, typ); first != g.first || n != g.n {
					t.Errorf("%s: ofKey(%q, %s) = %d, %d, want %d, %d", c.name, m.key, typ, first, n, g.first, g.n)
				}
			}
		}
		if first, n := tn.ofKey("no such key", per); first != -1 || n != 0 {
			t.Errorf("%s: ofKey of a key not added = %d, %d", c.name, first, n)
		}
	}
}
