package gazetteer

import (
	"strings"
	"sync"
	"sync/atomic"
)

// lazyEntries holds the default gazetteer's entries as TSV lines, decoded
// on first use (see packed.go). It is safe for concurrent use: two
// goroutines may decode the same line at once, and the first to store its
// entry wins, so every caller sees one *Entry per entry.
type lazyEntries struct {
	tsv        string
	lines      []uint32    // where entry i's line starts; len(tsv) last
	byID       []int32     // entry numbers in ID order
	kinds      []entryKind // per entry
	priors     []float64   // per entry
	cands      []int32     // the groups' candidates, by entry number
	decoded    []entryCell
	groupCands []groupCell
	all        sync.Once
	allEntries []*Entry
	idSlots    []int32 // see byIDIndex
}

type (
	entryCell = atomic.Pointer[Entry]
	groupCell = atomic.Pointer[[]*Entry]
)

func (lz *lazyEntries) len() int { return len(lz.decoded) }

// line returns entry i's TSV line.
func (lz *lazyEntries) line(i int32) string {
	return strings.TrimRight(lz.tsv[lz.lines[i]:lz.lines[i+1]], "\r\n")
}

// entry returns entry i, decoding its line the first time.
func (lz *lazyEntries) entry(i int32) *Entry {
	if e := lz.decoded[i].Load(); e != nil {
		return e
	}
	e, err := parseValidLine(lz.line(i))
	if err != nil { // unreachable: TestDefault decodes every entry
		e = &Entry{ID: lz.id(i), Type: lz.kinds[i].typ(), Prior: lz.priors[i]}
	}
	if lz.decoded[i].CompareAndSwap(nil, e) {
		return e
	}
	return lz.decoded[i].Load()
}

// id returns entry i's ID, the line's first field, without decoding it.
// ByID's binary search calls it at every probe: the line's end is trimmed
// only when no tab ends the field first.
func (lz *lazyEntries) id(i int32) string {
	line := lz.tsv[lz.lines[i]:lz.lines[i+1]]
	if tab := strings.IndexByte(line, '\t'); tab >= 0 {
		return line[:tab]
	}
	return strings.TrimRight(line, "\r\n")
}

// attr returns the value of attribute key on entry i's line (the sixth
// column, key=value;key=value), or "", without decoding the entry.
func (lz *lazyEntries) attr(i int32, key string) string {
	line := lz.line(i)
	for range 5 {
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			return ""
		}
		line = line[tab+1:]
	}
	for field := range strings.SplitSeq(line, ";") {
		if v, ok := strings.CutPrefix(field, key+"="); ok {
			return v
		}
	}
	return ""
}

// byIDIndex returns the number of the entry with ID id, or -1: of
// entries sharing an ID, the first in ID order. It probes idSlots, an
// open-addressing table of the entry numbers by the FNV-1a hash of their
// IDs (-1 an empty slot), 128 KB for the default gazetteer, made when the
// index is generated (makeIDSlots): a binary search over byID read some 15
// TSV lines a lookup, each a cache miss, 2.3% of the time of Extract on
// Russian news, and a table made at start-up read every line, the 3 MB of
// the TSV, before a program could tag one sentence.
func (lz *lazyEntries) byIDIndex(id string) int32 {
	if strings.IndexByte(id, '\t') >= 0 {
		return -1 // no ID holds a tab, which ends the field (hasID)
	}
	mask := len(lz.idSlots) - 1
	for i := int(idHash(id)) & mask; ; i = (i + 1) & mask {
		e := lz.idSlots[i]
		if e < 0 || lz.hasID(e, id) {
			return e
		}
	}
}

// hasID reports whether entry i's ID is id, which holds no tab: whether
// its line begins with id and a tab. byIDIndex asks it at every probe, two
// a look-up on average, where finding the line's first tab (id) took a
// call of IndexByte each time.
func (lz *lazyEntries) hasID(i int32, id string) bool {
	line := lz.tsv[lz.lines[i]:lz.lines[i+1]]
	return len(line) > len(id) && line[len(id)] == '\t' && line[:len(id)] == id
}

// idSlotCount returns the number of ID slots for n entries: a power of
// two, at least half as many again as the entries.
func idSlotCount(n int) int {
	slots := 1
	for slots < n+n/2+1 {
		slots <<= 1
	}
	return slots
}

// makeIDSlots returns the ID slots of the entries byID lists in ID order,
// whose IDs id returns, placed in that order, so that the first of entries
// sharing an ID is found first.
func makeIDSlots(byID []int32, id func(int32) string) []int32 {
	slots := make([]int32, idSlotCount(len(byID)))
	for i := range slots {
		slots[i] = -1
	}
	mask := len(slots) - 1
	for _, e := range byID {
		i := int(idHash(id(e))) & mask
		for slots[i] >= 0 {
			i = (i + 1) & mask
		}
		slots[i] = e
	}
	return slots
}

// idHash is the FNV-1a hash of an entry's ID.
func idHash(id string) uint64 {
	h := fnvOffset
	for i := 0; i < len(id); i++ {
		h = hashByte(h, id[i])
	}
	return h
}

// group returns the candidates of group gid, decoding them the first time.
func (lz *lazyEntries) group(gid uint32, grp group) []*Entry {
	if c := lz.groupCands[gid].Load(); c != nil {
		return *c
	}
	c := make([]*Entry, grp.n)
	for k := range c {
		c[k] = lz.entry(lz.cands[grp.off+uint32(k)])
	}
	if lz.groupCands[gid].CompareAndSwap(nil, &c) {
		return c
	}
	return *lz.groupCands[gid].Load()
}

// entries returns every entry, decoding them all the first time.
func (lz *lazyEntries) entries() []*Entry {
	lz.all.Do(func() {
		lz.allEntries = make([]*Entry, lz.len())
		for i := range lz.allEntries {
			lz.allEntries[i] = lz.entry(int32(i))
		}
	})
	return lz.allEntries
}
