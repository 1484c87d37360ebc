package recognize

import "github.com/varlik/varlik/annotation"

// replaceMentions returns ents with each mention for which parts returns
// mentions replaced by them, in their order; ents itself, uncopied, when
// parts returns nil for every mention, as in most documents. parts is
// called once per mention, in order; the mentions it returns must lie
// within the one they replace, so that sorted, non-overlapping mentions
// stay so.
func replaceMentions(ents []annotation.Entity, parts func(e *annotation.Entity) []annotation.Entity) []annotation.Entity {
	var out []annotation.Entity // made at the first replacement
	for i := range ents {
		p := parts(&ents[i])
		switch {
		case p == nil && out != nil:
			out = append(out, ents[i])
		case p != nil:
			if out == nil {
				out = append(make([]annotation.Entity, 0, len(ents)+1), ents[:i]...)
			}
			out = append(out, p...)
		}
	}
	if out == nil {
		return ents
	}
	return out
}
