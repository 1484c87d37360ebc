package relation

import "strings"

// firstWords indexes the first words of an element's trigger phrases, so
// that the many units where none of them starts are rejected with one map
// look-up instead of a pass over every phrase (a verb list of a language
// whose verbs inflect runs to a hundred phrases, and patterns that start
// with one are tried at every unit of a sentence that has one).
type firstWords struct {
	exact    map[string]bool
	prefixes []string // of "x*" words, and the StemPrefix of "x+" words (see hasStem)
}

func newFirstWords(phrases [][]string, stemPrefix func(string) string) *firstWords {
	f := &firstWords{exact: map[string]bool{}}
	for _, ph := range phrases {
		if len(ph) == 0 {
			continue
		}
		switch w := ph[0]; {
		case strings.HasSuffix(w, "*"):
			f.prefixes = append(f.prefixes, w[:len(w)-1])
		case strings.HasSuffix(w, "+"):
			f.prefixes = append(f.prefixes, stemPrefix(w[:len(w)-1]))
		default:
			f.exact[w] = true
		}
	}
	return f
}

// mayStart reports whether one of the phrases may start at u; false is
// certain. A nil index knows nothing and says true.
func (f *firstWords) mayStart(u *unit) bool {
	if f == nil {
		return true
	}
	if u.ent >= 0 {
		return false
	}
	if f.exact[u.norm] {
		return true
	}
	for _, p := range f.prefixes {
		if strings.HasPrefix(u.norm, p) {
			return true
		}
	}
	return false
}

// indexFirstWords sets the first-word index of every word element of p's
// patterns.
func (p *Patterns) indexFirstWords() {
	for pi := range p.Patterns {
		for ei := range p.Patterns[pi].Elems {
			if e := &p.Patterns[pi].Elems[ei]; e.op == opWord || e.op == opNotWord {
				e.first = newFirstWords(e.phrases, p.StemPrefix)
			}
		}
	}
}
