package recognize

import "github.com/varlik/varlik/annotation"

// tailEnd returns where mention e ends once the tokens drop reports are
// taken off its end, one by one, keeping at least its first token: the
// walk the rules that trim a mention's tail share (trimMinuteMarks,
// trimOrgTitleTail, trimLowerTail, trimTrailingPrepositions).
func tailEnd(e *annotation.Entity, drop func(k int) bool) int {
	last := e.Last
	for last > e.First+1 && drop(last-1) {
		last--
	}
	return last
}
