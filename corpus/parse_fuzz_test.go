package corpus

import (
	"strings"
	"testing"
)

// FuzzParse: any input parses into records whose spans address their text
// (the offset invariant), or gives an error; never a panic.
func FuzzParse(f *testing.F) {
	f.Add("## a.0001\n[[Çin|LOC]] Başbakanı [[Li Qiang|PER]].\n@ ROLE Li Qiang | Çin | Başbakan\n")
	f.Add("## a\n[[[DCCC|ORG]]]\n\n## b\n\n")
	f.Add("[[x|PER")
	f.Fuzz(func(t *testing.T, in string) {
		file, _ := Parse(strings.NewReader(in))
		if file == nil {
			t.Fatal("nil file")
		}
		for _, r := range file.Records {
			for _, s := range r.Spans {
				if s.Start < 0 || s.End > len(r.Text) || s.Start >= s.End {
					t.Fatalf("record %s: span %v outside its text %q", r.ID, s, r.Text)
				}
			}
			for _, rel := range r.Relations {
				if rel.Subject < 0 || rel.Subject >= len(r.Spans) || rel.Object >= len(r.Spans) {
					t.Fatalf("record %s: relation %+v names no span", r.ID, rel)
				}
			}
		}
	})
}
