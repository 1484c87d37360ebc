package recognize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/annotation"
)

// TestReplaceMentions checks that replaceMentions keeps the mentions that
// have no replacement, in order, and returns its input when nothing is
// replaced.
func TestReplaceMentions(t *testing.T) {
	ents := []annotation.Entity{{Text: "a"}, {Text: "b c"}, {Text: "d"}}
	split := func(e *annotation.Entity) []annotation.Entity {
		if e.Text == "b c" {
			return []annotation.Entity{{Text: "b"}, {Text: "c"}}
		}
		return nil
	}
	got := replaceMentions(ents, split)
	if d := cmp.Diff([]annotation.Entity{{Text: "a"}, {Text: "b"}, {Text: "c"}, {Text: "d"}}, got); d != "" {
		t.Errorf("replaced (-want +got):\n%s", d)
	}
	if ents[1].Text != "b c" {
		t.Error("the input was changed")
	}
	same := replaceMentions(ents, func(*annotation.Entity) []annotation.Entity { return nil })
	if &same[0] != &ents[0] || len(same) != len(ents) {
		t.Error("with nothing replaced, the input is not returned as it is")
	}
}
