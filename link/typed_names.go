package link

import "github.com/varlik/varlik/annotation"

// typedNames counts the mentions of a document by their key (linker.key)
// and type, and names the first of each key and type: the groups
// linkIdentical makes, whose sizes linkShortNames asks of a mention's key
// in its type and as a person's. A key is hashed once a mention, where a
// map by key and type hashed both strings at every look-up and linking
// asked it two or three times a mention; its types are few, one most
// often, and are found along a chain.
type typedNames struct {
	byKey  map[string]int32 // a key → its first typed group in groups
	groups []typedGroup
	// ofMention holds, by mention, the first typed group of its key, from
	// which its chain reaches them all.
	ofMention []int32
}

// typedGroup counts the mentions of a key and type and names the first;
// next is the key's typed group added after it, or -1.
type typedGroup struct {
	typ      annotation.Type
	first, n int
	next     int32
}

// reset readies t for the n mentions of a document, of which add is
// then called in order.
func (t *typedNames) reset(n int) {
	clear(t.byKey)
	t.groups = t.groups[:0]
	t.ofMention = resize(t.ofMention, n)
}

// add counts mention i, of key and typ, and returns the first mention of
// its key and type (i itself when it is the first).
func (t *typedNames) add(i int, key string, typ annotation.Type) int {
	head, ok := t.byKey[key]
	last := int32(-1)
	if ok {
		for g := head; g >= 0; g = t.groups[g].next {
			if t.groups[g].typ == typ {
				t.groups[g].n++
				t.ofMention[i] = head
				return t.groups[g].first
			}
			last = g
		}
	}
	t.groups = append(t.groups, typedGroup{typ: typ, first: i, n: 1, next: -1})
	g := int32(len(t.groups) - 1)
	if ok {
		t.groups[last].next = g
	} else {
		head = g
		t.byKey[key] = head
	}
	t.ofMention[i] = head
	return i
}

// ofKey returns the first mention of key and typ, and their number; -1
// and 0 when there is none.
func (t *typedNames) ofKey(key string, typ annotation.Type) (first, n int) {
	head, ok := t.byKey[key]
	if !ok {
		return -1, 0
	}
	return t.inChain(head, typ)
}

// count returns the number of the mentions of typ that have mention i's
// key, with no look-up of the key.
func (t *typedNames) count(i int, typ annotation.Type) int {
	_, n := t.inChain(t.ofMention[i], typ)
	return n
}

// inChain returns the first mention and the number of those of typ in the
// chain of typed groups from g.
func (t *typedNames) inChain(g int32, typ annotation.Type) (first, n int) {
	for ; g >= 0; g = t.groups[g].next {
		if t.groups[g].typ == typ {
			return t.groups[g].first, t.groups[g].n
		}
	}
	return -1, 0
}
