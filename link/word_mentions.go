package link

import "iter"

// wordMentions lists, by word (or a stem of one), mentions in the order
// they were added, each at most once in a row: chains of nodes in one
// array, where linkShortNames's index of PERSON mentions by word had a
// slice a word, one allocation each (a tenth of those Extract made on
// Russian news, with nameStems's), and linkAcronyms's a slice an
// acronym. Its map and array are kept in the linker's scratch between
// documents (see putScratch).
type wordMentions struct {
	chains map[string]mentionChain
	nodes  []mentionNode
}

// mentionChain holds the first and last nodes of a word's mentions.
type mentionChain struct{ first, last int32 }

// mentionNode is one mention of a chain, and the next node, or -1.
type mentionNode struct{ mention, next int32 }

// reset readies wm for a document: putScratch has emptied its map, so
// that it holds no document's strings.
func (wm *wordMentions) reset() {
	if wm.chains == nil {
		wm.chains = map[string]mentionChain{}
	}
	wm.nodes = wm.nodes[:0]
}

// add lists mention i under word s, unless it is already the last
// listed there.
func (wm *wordMentions) add(s string, i int) {
	c, ok := wm.chains[s]
	if ok && wm.nodes[c.last].mention == int32(i) {
		return
	}
	n := int32(len(wm.nodes))
	wm.nodes = append(wm.nodes, mentionNode{mention: int32(i), next: -1})
	if ok {
		wm.nodes[c.last].next = n
	} else {
		c.first = n
	}
	c.last = n
	wm.chains[s] = c
}

// of returns the mentions listed under word s, in the order added.
func (wm *wordMentions) of(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		c, ok := wm.chains[s]
		if !ok {
			return
		}
		for n := c.first; n >= 0; n = wm.nodes[n].next {
			if !yield(int(wm.nodes[n].mention)) {
				return
			}
		}
	}
}
