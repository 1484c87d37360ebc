package recognize

import (
	"iter"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// sentenceMentions yields, in order, the index of each sentence of sents
// with the index of each mention of ents that starts in it: the walk that
// rules reading a mention within its sentence share. ents are sorted by
// First; a mention that starts in no sentence is not yielded.
func sentenceMentions(sents []lang.Sentence, ents []annotation.Entity) iter.Seq2[int, int] {
	return func(yield func(si, j int) bool) {
		j := 0
		for si, s := range sents {
			for j < len(ents) && ents[j].First < s.First {
				j++
			}
			for ; j < len(ents) && ents[j].First < s.Last; j++ {
				if !yield(si, j) {
					return
				}
			}
		}
	}
}
