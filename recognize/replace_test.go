package recognize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
)

// TestReplaceMentions checks that replaceMentions keeps the mentions that
// have no replacement, in order, puts each replacement's parts in its
// place (in the input's array when it has room, in a larger one when not),
// asks parts of each mention in order with the input as it was, and
// returns its input when nothing is replaced.
func TestReplaceMentions(t *testing.T) {
	// split cuts a mention at its spaces; "keep" and "" stay whole (an
	// empty replacement replaces nothing).
	split := func(e *annotation.Entity) []annotation.Entity {
		if e.Text == "keep" {
			return nil
		}
		if e.Text == "" {
			return []annotation.Entity{}
		}
		var parts []annotation.Entity
		for w := range strings.FieldsSeq(e.Text) {
			parts = append(parts, annotation.Entity{Text: w})
		}
		return parts
	}
	tests := []struct {
		name     string
		in       []string
		room     int // spare capacity of the input
		want     []string
		sameBase bool // the result is in the input's array
	}{
		{name: "empty", in: nil, want: nil, sameBase: true},
		{name: "nothing replaced", in: []string{"keep", "keep"}, want: []string{"keep", "keep"}, sameBase: true},
		{name: "one for one", in: []string{"a", "keep", "b"}, want: []string{"a", "keep", "b"}, sameBase: true},
		{name: "a split, no room", in: []string{"a", "b c", "d"}, want: []string{"a", "b", "c", "d"}},
		{name: "a split, room", in: []string{"a", "b c", "d"}, room: 1, want: []string{"a", "b", "c", "d"}, sameBase: true},
		{name: "splits at both ends", in: []string{"a b", "keep", "", "c d e"}, room: 3,
			want: []string{"a", "b", "keep", "", "c", "d", "e"}, sameBase: true},
		{name: "splits, too little room", in: []string{"a b", "keep", "c d e"}, room: 2,
			want: []string{"a", "b", "keep", "c", "d", "e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := make([]annotation.Entity, len(tt.in), len(tt.in)+tt.room)
			for i, s := range tt.in {
				ents[i] = annotation.Entity{Text: s}
			}
			var asked []string
			got := replaceMentions(ents, func(e *annotation.Entity) []annotation.Entity {
				asked = append(asked, e.Text)
				return split(e)
			})
			if d := cmp.Diff(tt.in, asked); d != "" {
				t.Errorf("mentions asked (-want +got):\n%s", d)
			}
			var texts []string
			for _, e := range got {
				texts = append(texts, e.Text)
			}
			if d := cmp.Diff(tt.want, texts); d != "" {
				t.Errorf("replaced (-want +got):\n%s", d)
			}
			if same := cap(ents) > 0 && cap(got) > 0 && &got[:1][0] == &ents[:1][0]; same != (tt.sameBase && cap(ents) > 0) {
				t.Errorf("result in the input's array: %v, want %v", same, tt.sameBase)
			}
		})
	}
}
