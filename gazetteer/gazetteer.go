package gazetteer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/varlik/varlik/lang"
	"golang.org/x/text/unicode/norm"
)

// Gazetteer is an immutable set of entries indexed for Lookup and Match.
// It is safe for concurrent use. Entries passed in are shared, not copied,
// and so are the entries and candidate slices it returns: callers must not
// modify them.
type Gazetteer struct {
	entries []*Entry
	tiers   []uint16 // per entry: entries added by a later With rank first
	byID    map[string]int32

	// index maps the hash of a matching key to a value whose prefixBit
	// tells that some name continues past it, and whose low bits, when not
	// zero, are 1 + the index of the group of entries with that name.
	index  keyIndex
	groups []group
	// cands holds every group's entries, ranked, back to back; lower tells
	// for each whether one of its names with the group's key is
	// lower-case-initial.
	cands []*Entry
	lower []bool
	// anyLower is whether some name is lower-case-initial: if none is,
	// lower-case tokens cannot start a match; lowerPairs holds the first
	// two key runes of those names.
	anyLower   bool
	lowerPairs pairFilter

	// demonyms holds, per language code, the folded nationality words of
	// the countries' demonym_<code> attributes, built on first use.
	demonyms sync.Map // string → func() map[string]bool

	// lazy, for the default gazetteer, holds the entries undecoded (see
	// packed.go); entries, tiers, byID and cands are then nil, and the
	// accessors below ask lazy.
	lazy *lazyEntries

	// noOrgPrefix keeps words that cannot be an organization's one-word
	// name with a suffix (probe with single set): no prefix of the word
	// that probe tries is a key with an organization among its
	// candidates. Turkish news probes every capitalized word that is no
	// name itself, mostly people's and places' names and sentences' first
	// words; each probe hashed every prefix of the word and read the
	// index's filter for most, 128 KB read at random (2.9% of a CPU
	// profile's samples on Turkish news sat on the filter's reads). The
	// answer depends on the word and g alone, not on the language, whose
	// analyses probe asks only of a word with such a prefix.
	noOrgPrefix wordMemo
	// noStemStart keeps words, with their stems, that start no name's key
	// nor a prefix of one, as written or as any of their stems: the stem
	// walk of a language that inflects every word (Russian) hashed them and
	// looked each form up in the index, a random read of its filter and
	// often of its table, for every capitalized word. The answer depends
	// on the word, its stems and g alone.
	noStemStart wordMemo
}

const prefixBit = 1 << 31

type group struct {
	off, n   uint32
	anyLower bool
	// acronymsOnly is whether every name with the group's key is a short
	// acronym (see isShortAcronym): then only a token in capitals matches.
	acronymsOnly bool
}

// New returns a gazetteer of entries. Of entries sharing an ID, the last
// wins; nil entries are skipped.
func New(entries ...*Entry) *Gazetteer {
	unique, byID := dedupe(entries)
	return build(unique, nil, byID)
}

// With returns a new gazetteer holding g's entries and the given ones, which
// win over g's: an entry with the ID of one of g's replaces it, and for a
// name shared with g's entries the given entries rank first whatever their
// priors. g itself is unchanged. With rebuilds the index, so it costs about
// as much as loading g; call it once with all additions.
func (g *Gazetteer) With(entries ...*Entry) *Gazetteer {
	added, replaced := dedupe(entries)
	var top uint16
	for _, t := range g.tiers {
		top = max(top, t)
	}
	own := g.entryList()
	all := make([]*Entry, 0, len(own)+len(added))
	tiers := make([]uint16, 0, cap(all))
	byID := make(map[string]int32, cap(all))
	for i, e := range own {
		if _, ok := replaced[e.ID]; !ok {
			byID[e.ID] = int32(len(all))
			all = append(all, e)
			tiers = append(tiers, g.tier(i))
		}
	}
	for _, e := range added {
		byID[e.ID] = int32(len(all))
		all = append(all, e)
		tiers = append(tiers, top+1)
	}
	return build(all, tiers, byID)
}

// Validate reports the first entry that the TSV and JSONL loaders would
// reject (an empty ID, a type other than PERSON, LOCATION or ORGANIZATION,
// a prior outside [0, 1], no names). New and With accept any entries;
// entity.New calls Validate on a gazetteer it is given.
func (g *Gazetteer) Validate() error {
	for _, e := range g.entryList() {
		if err := validate(e); err != nil {
			return fmt.Errorf("gazetteer: %w", err)
		}
	}
	return nil
}

// dedupe drops nil entries and all but the last of entries sharing an ID,
// keeping the order of first appearance, and indexes the result by ID.
func dedupe(entries []*Entry) ([]*Entry, map[string]int32) {
	pos := make(map[string]int32, len(entries))
	out := make([]*Entry, 0, len(entries))
	for _, e := range entries {
		if e == nil {
			continue
		}
		if i, ok := pos[e.ID]; ok {
			out[i] = e
			continue
		}
		pos[e.ID] = int32(len(out))
		out = append(out, e)
	}
	return out, pos
}

// posting is one (entry, name) pair while the index is built; the
// postings of one name are chained through next (a posting index + 1).
type posting struct {
	entry   int32
	lower   bool
	acronym bool
	next    int32
}

// build indexes entries; byID gives each entry's index, and tiers (nil
// for all zero) each entry's With layer.
func build(entries []*Entry, tiers []uint16, byID map[string]int32) *Gazetteer {
	if tiers == nil {
		tiers = make([]uint16, len(entries))
	}
	nnames := 0
	for _, e := range entries {
		for _, names := range e.Names {
			nnames += len(names)
		}
	}
	g := &Gazetteer{
		entries: entries,
		tiers:   tiers,
		byID:    byID,
		index:   newKeyIndex(nnames), // about one key per name; it grows if need be
	}
	var (
		postings = make([]posting, 0, nnames)
		heads    []int32 // per group: its last posting + 1
		key      nameKey
	)
	var seen []string // the entry's names so far: many are the same in several languages
	var langs []string
	for i, e := range entries {
		seen = seen[:0]
		// Languages in order, so that the index's layout (the groups'
		// numbers, the slots keys land in) is the same on every run: the
		// default's is generated data (see packed.go).
		langs = langs[:0]
		for l := range e.Names {
			langs = append(langs, l)
		}
		slices.Sort(langs)
		for _, l := range langs {
			for _, name := range e.Names[l] {
				if slices.Contains(seen, name) {
					continue // same key, same posting
				}
				seen = append(seen, name)
				key.walk(nfc(name))
				if key.empty {
					continue
				}
				for _, p := range key.prefixes {
					g.index.or(p, prefixBit)
				}
				v := g.index.get(key.full)
				if v&^prefixBit == 0 {
					heads = append(heads, 0)
					v = g.index.or(key.full, uint32(len(heads)))
				}
				gid := v&^prefixBit - 1
				postings = append(postings, posting{entry: int32(i), lower: key.lowerInitial, acronym: isShortAcronym(name), next: heads[gid]})
				heads[gid] = int32(len(postings))
				if key.lowerInitial {
					g.anyLower = true
					if key.nhead == len(key.head) {
						g.lowerPairs.add(key.head[0], key.head[1])
					}
				}
			}
		}
	}
	// Turn each chain into a ranked group without duplicate entries.
	g.groups = make([]group, len(heads))
	g.cands = make([]*Entry, 0, len(postings))
	g.lower = make([]bool, 0, len(postings))
	var chain []posting
	for gid, head := range heads {
		chain = chain[:0]
		for p := head; p != 0; p = postings[p-1].next {
			chain = append(chain, postings[p-1])
		}
		if len(chain) > 1 {
			slices.SortFunc(chain, func(a, b posting) int {
				if c := g.rank(a.entry, b.entry); c != 0 {
					return c
				}
				return cmp.Compare(a.entry, b.entry)
			})
		}
		grp := group{off: uint32(len(g.cands)), acronymsOnly: true}
		for j, p := range chain {
			grp.acronymsOnly = grp.acronymsOnly && p.acronym
			if j > 0 && chain[j-1].entry == p.entry {
				g.lower[len(g.lower)-1] = g.lower[len(g.lower)-1] || p.lower
				grp.anyLower = grp.anyLower || p.lower
				continue
			}
			g.cands = append(g.cands, entries[p.entry])
			g.lower = append(g.lower, p.lower)
			grp.anyLower = grp.anyLower || p.lower
		}
		grp.n = uint32(len(g.cands)) - grp.off
		g.groups[gid] = grp
	}
	g.index.sealFilter()
	return g
}

// isShortAcronym reports whether name is two or three capital letters (AB,
// US, ABD). Written otherwise, such a name is usually another word: "Us" in
// an English title is not the US, "Ab" not the European Union. Longer
// acronyms are left alone: Turkish papers also write Nato, Uefa, Nasa.
func isShortAcronym(name string) bool {
	n := 0
	for _, r := range name {
		if !lang.IsUpper(r) {
			return false
		}
		n++
	}
	return n == 2 || n == 3
}

// capitalsOnly reports whether s has no lower-case letter.
func capitalsOnly(s string) bool {
	return strings.IndexFunc(s, lang.IsLower) < 0
}

// nfc returns s in Unicode normalization form C. Latin letters below
// U+0300 (Turkish ones included), basic Cyrillic and CJK ideographs are
// NFC on their own: names made of them (and ASCII) skip the check.
func nfc(s string) string {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if r >= 0x300 && !(0x400 <= r && r < 0x530) && !(0x4E00 <= r && r < 0xA000) {
			if !norm.NFC.IsNormalString(s) {
				return norm.NFC.String(s)
			}
			break
		}
	}
	return s
}

// rank orders entries i and j: later tiers first, then higher priors, then IDs.
func (g *Gazetteer) rank(i, j int32) int {
	if c := cmp.Compare(g.tiers[j], g.tiers[i]); c != 0 {
		return c
	}
	a, b := g.entries[i], g.entries[j]
	if c := cmp.Compare(b.Prior, a.Prior); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int {
	if g.lazy != nil {
		return g.lazy.len()
	}
	return len(g.entries)
}

// Entries returns all entries in the order given (replaced entries removed,
// entries added by With last).
func (g *Gazetteer) Entries() []*Entry { return slices.Clip(g.entryList()) }

// entryList returns all entries, decoding the default's the first time.
func (g *Gazetteer) entryList() []*Entry {
	if g.lazy != nil {
		return g.lazy.entries()
	}
	return g.entries
}

// tier returns entry i's With layer.
func (g *Gazetteer) tier(i int) uint16 {
	if g.tiers == nil {
		return 0
	}
	return g.tiers[i]
}

// ByID returns the entry with the given ID, or nil.
func (g *Gazetteer) ByID(id string) *Entry {
	if g.lazy != nil {
		if i := g.lazy.byIDIndex(id); i >= 0 {
			return g.lazy.entry(i)
		}
		return nil
	}
	if i, ok := g.byID[id]; ok {
		return g.entries[i]
	}
	return nil
}

// EntriesOf returns the entries of type typ (Person, Location or
// Organization) whose prior is at least minPrior, in order. On the default
// gazetteer it decodes only those: linking asks for the well-known people
// this way without decoding every place.
func (g *Gazetteer) EntriesOf(typ string, minPrior float64) []*Entry {
	var out []*Entry
	if lz := g.lazy; lz != nil {
		for i, k := range lz.kinds {
			if k.typ() == typ && lz.priors[i] >= minPrior {
				out = append(out, lz.entry(int32(i)))
			}
		}
		return out
	}
	for _, e := range g.entries {
		if e.Type == typ && e.Prior >= minPrior {
			out = append(out, e)
		}
	}
	return out
}

// candidates returns the group of entries named by the key hash h and
// its number.
func (g *Gazetteer) candidates(h uint64) (uint32, group, bool) {
	v := g.index.get(h) &^ prefixBit
	if v == 0 {
		return 0, group{}, false
	}
	return v - 1, g.groups[v-1], true
}

// groupCands returns the ranked entries of group gid.
func (g *Gazetteer) groupCands(gid uint32, grp group) []*Entry {
	if g.lazy != nil {
		return g.lazy.group(gid, grp)
	}
	return g.cands[grp.off : grp.off+grp.n : grp.off+grp.n]
}

// Lookup returns the entries with a name in language lang (any language
// when lang is "") that folds like name, ranked: entries added by With
// first, then by prior (highest first), then by ID. Folding ignores case
// (Turkish İ/i and I/ı alike), Unicode normalization, typographic
// apostrophes and dashes, and runs of white space.
func (g *Gazetteer) Lookup(name, lang string) []*Entry {
	key, ok := lookupKey(name)
	if !ok {
		return nil
	}
	gid, grp, ok := g.candidates(key)
	if !ok {
		return nil
	}
	all := g.groupCands(gid, grp)
	if lang == "" {
		return all
	}
	var out []*Entry
	for _, e := range all {
		for _, n := range e.Names[lang] {
			if k, ok := lookupKey(n); ok && k == key {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// IsDemonym reports whether word is a country's nationality word in l's
// language (the demonym_<code> attribute: Russian, Chinese), which the
// news convention does not tag as a name.
func (g *Gazetteer) IsDemonym(word string, l lang.Language) bool {
	build, ok := g.demonyms.Load(l.Code())
	if !ok { // the first call for l: LoadOrStore makes a closure, so only then
		build, _ = g.demonyms.LoadOrStore(l.Code(), sync.OnceValue(func() map[string]bool {
			set := map[string]bool{}
			for _, list := range g.demonymLists("demonym_" + l.Code()) {
				for _, d := range strings.Split(list, "|") {
					if d != "" {
						set[l.Fold(d)] = true
					}
				}
			}
			return set
		}))
	}
	set := build.(func() map[string]bool)()
	if len(set) == 0 { // a language with no demonyms: no folding
		return false
	}
	return set[l.Fold(word)]
}

// demonymLists returns the values of the attribute key (demonym_<code>)
// of the entries that have it. On the default gazetteer it reads them from
// the lines of the entries that may have one, without decoding those
// entries: decoding the 249 countries' names took 8 ms of the first
// sentence of every program.
func (g *Gazetteer) demonymLists(key string) []string {
	var out []string
	lz := g.lazy
	if lz == nil {
		for _, e := range g.entries {
			if v := e.Attrs[key]; v != "" {
				out = append(out, v)
			}
		}
		return out
	}
	for i, k := range lz.kinds {
		if k&kindHasDemonym != 0 {
			if v := lz.attr(int32(i), key); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}
