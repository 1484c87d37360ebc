package gazetteer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unsafe"
)

// The default gazetteer's index is built when the data is generated, not
// at start-up: data/default.idx holds the arrays build makes (the key
// index, the groups, their candidates by entry number) in their in-memory
// layout, with where each entry's line starts in data/default.tsv, the
// entries' numbers sorted by ID, and each entry's type and prior. Default
// views those bytes as the Gazetteer's slices and decodes an entry's TSV
// line only when the entry is first asked for, so that start-up costs
// microseconds rather than the tens of milliseconds parsing and indexing
// take. TestDefaultIndexCurrent checks that the file is what build makes
// of the TSV; `go generate ./gazetteer` rewrites it.
//
// Format: "VARLIKGAZ", a version byte, then uvarints: entries, index
// slots, index shift, occupied slots, groups, candidates, any-lower (0 or
// 1); then the arrays, each aligned (counted from the file's start) to its
// element's size: the lower-pair filter (64 uint64), the index slots
// (indexSlot), the groups (group), the candidates (int32 entry numbers),
// their lower flags (bool), the line starts (entries+1 uint32), the entry
// numbers by ID (int32), the kinds (one byte an entry: see entryKind), the
// priors (float64), the key filter (filterBits(occupied slots) bits, as
// uint64), the ID slots (idSlotCount(entries) int32: see byIDIndex).
// Integers are little-endian. The key filter and the ID slots are stored,
// not made at load, because making them reads every index slot and every
// TSV line: 8 MB of embedded data paged in before the first sentence.
const (
	packedMagic   = "VARLIKGAZ"
	packedVersion = 2
)

// entryKind packs what linking and recognition filter entries by, so that
// they need not decode the rest: the type in the low bits, and whether
// the entry has demonym attributes.
type entryKind uint8

const (
	kindPerson entryKind = iota
	kindLocation
	kindOrganization
	kindTypeMask   entryKind = 3
	kindHasDemonym entryKind = 4
)

func kindOf(e *Entry) entryKind {
	k := kindOrganization
	switch e.Type {
	case Person:
		k = kindPerson
	case Location:
		k = kindLocation
	}
	for a := range e.Attrs {
		if strings.HasPrefix(a, "demonym_") {
			k |= kindHasDemonym
		}
	}
	return k
}

func (k entryKind) typ() string {
	return [...]string{Person, Location, Organization, Organization}[k&kindTypeMask]
}

// appendPacked appends g's index in the packed format; tsv is the text g
// was parsed from, one entry a line in g's order.
func appendPacked(b []byte, g *Gazetteer, tsv string) ([]byte, error) {
	if !packedLayout || !littleEndian {
		return nil, errors.New("gazetteer: the packed index is written on a little-endian 64-bit machine")
	}
	lines, err := entryLines(tsv, len(g.entries))
	if err != nil {
		return nil, err
	}
	b = append(b, packedMagic...)
	b = append(b, packedVersion)
	anyLower := uint64(0)
	if g.anyLower {
		anyLower = 1
	}
	for _, v := range []uint64{uint64(len(g.entries)), uint64(len(g.index.slots)), uint64(g.index.shift), uint64(g.index.n),
		uint64(len(g.groups)), uint64(len(g.cands)), anyLower} {
		b = binary.AppendUvarint(b, v)
	}
	cands := make([]int32, len(g.cands))
	for i, e := range g.cands {
		cands[i] = g.byID[e.ID]
	}
	order := make([]int32, len(g.entries))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int { return strings.Compare(g.entries[i].ID, g.entries[j].ID) })
	kinds := make([]entryKind, len(g.entries))
	priors := make([]float64, len(g.entries))
	for i, e := range g.entries {
		kinds[i], priors[i] = kindOf(e), e.Prior
	}
	b = appendArray(b, g.lowerPairs[:])
	b = appendSlots(b, g.index.slots)
	b = appendGroups(b, g.groups)
	b = appendArray(b, cands)
	b = appendArray(b, g.lower)
	b = appendArray(b, lines)
	b = appendArray(b, order)
	b = appendArray(b, kinds)
	b = appendArray(b, priors)
	b = appendArray(b, g.index.filter.bits)
	return appendArray(b, makeIDSlots(order, func(e int32) string { return g.entries[e].ID })), nil
}

// entryLines returns where each of the n entries' lines starts in tsv, and
// len(tsv) last.
func entryLines(tsv string, n int) ([]uint32, error) {
	lines := make([]uint32, 0, n+1)
	for off := 0; off < len(tsv); {
		end := strings.IndexByte(tsv[off:], '\n')
		if end < 0 {
			end = len(tsv) - off
		}
		if line := strings.TrimSpace(tsv[off : off+end]); line != "" && line[0] != '#' {
			lines = append(lines, uint32(off))
		}
		off += end + 1
	}
	if len(lines) != n {
		return nil, fmt.Errorf("gazetteer: %d entry lines for %d entries", len(lines), n)
	}
	return append(lines, uint32(len(tsv))), nil
}

// appendArray appends the bytes of s, aligned to its element's size: s
// holds numbers or bools, stored as this (little-endian) machine stores
// them.
func appendArray[T any](b []byte, s []T) []byte {
	var zero T
	size := int(unsafe.Sizeof(zero))
	b = append(b, make([]byte, (size-len(b)%size)%size)...)
	if len(s) == 0 {
		return b
	}
	return append(b, unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*size)...)
}

// The struct arrays are written field by field, in the layout the
// compiler gives them on 64-bit machines, so that their padding is zero
// and the file the same on every run. Where the layout differs (a 32-bit
// machine aligns uint64 to 4 bytes), the index is not used: Default parses
// the TSV instead, and writing one fails.
var packedLayout = unsafe.Sizeof(indexSlot{}) == 16 && unsafe.Offsetof(indexSlot{}.val) == 8 &&
	unsafe.Sizeof(group{}) == 12 && unsafe.Offsetof(group{}.anyLower) == 8 && unsafe.Offsetof(group{}.acronymsOnly) == 9

func appendSlots(b []byte, slots []indexSlot) []byte {
	b = append(b, make([]byte, (16-len(b)%16)%16)...)
	for _, s := range slots {
		b = binary.LittleEndian.AppendUint64(b, s.key)
		b = binary.LittleEndian.AppendUint32(b, s.val)
		b = append(b, 0, 0, 0, 0)
	}
	return b
}

func appendGroups(b []byte, groups []group) []byte {
	// Padded to the element's size, as viewArray reads every array (not to
	// its 4-byte alignment: the two differ whenever the slots end at an
	// offset that is not a multiple of 12).
	size := int(unsafe.Sizeof(group{}))
	b = append(b, make([]byte, (size-len(b)%size)%size)...)
	for _, g := range groups {
		b = binary.LittleEndian.AppendUint32(b, g.off)
		b = binary.LittleEndian.AppendUint32(b, g.n)
		b = append(b, boolByte(g.anyLower), boolByte(g.acronymsOnly), 0, 0)
	}
	return b
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// errPacked reports a packed index that does not fit this build; Default
// then parses the TSV instead.
var errPacked = errors.New("gazetteer: packed index unusable")

// packedReader views a packed index's arrays in place.
type packedReader struct {
	b   []byte
	off int
	err error
}

func (r *packedReader) u() int {
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 || v > math.MaxInt32 {
		r.err = errPacked
		return 0
	}
	r.off += n
	return int(v)
}

// viewArray returns the next n elements as a slice of the bytes, which
// must be aligned for T: the bytes of an embedded file are, and so is the
// index, which aligns each array to its element's size.
func viewArray[T any](r *packedReader, n int) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	r.off += (size - r.off%size) % size
	if r.err != nil || n < 0 || r.off+n*size > len(r.b) {
		r.err = errPacked
		return nil
	}
	p := unsafe.Pointer(unsafe.SliceData(r.b[r.off:]))
	if uintptr(p)%unsafe.Alignof(zero) != 0 {
		r.err = errPacked
		return nil
	}
	r.off += n * size
	if n == 0 {
		return []T{}
	}
	return unsafe.Slice((*T)(p), n)
}

// loadPacked makes the Gazetteer whose index is packed and whose entries
// are the lines of tsv. It fails with errPacked on a big-endian or 32-bit machine,
// misaligned bytes or a file whose header and array sizes do not agree. It
// checks the layout, not the arrays' contents (reading them all is what
// the packed form saves at start-up): the index is embedded data, and
// TestDefaultIndexCurrent checks that it is what build makes of the TSV.
func loadPacked(packed []byte, tsv string) (*Gazetteer, error) {
	if !littleEndian || !packedLayout || len(packed) < len(packedMagic)+1 || string(packed[:len(packedMagic)]) != packedMagic || packed[len(packedMagic)] != packedVersion {
		return nil, errPacked
	}
	r := &packedReader{b: packed, off: len(packedMagic) + 1}
	nEntries, nSlots, shift, nOccupied, nGroups, nCands, anyLower := r.u(), r.u(), r.u(), r.u(), r.u(), r.u(), r.u()
	g := &Gazetteer{anyLower: anyLower == 1}
	pairs := viewArray[uint64](r, len(g.lowerPairs))
	g.index = keyIndex{slots: viewArray[indexSlot](r, nSlots), shift: uint(shift), n: nOccupied}
	g.groups = viewArray[group](r, nGroups)
	candIDs := viewArray[int32](r, nCands)
	g.lower = viewArray[bool](r, nCands)
	lz := &lazyEntries{tsv: tsv}
	lz.lines = viewArray[uint32](r, nEntries+1)
	lz.byID = viewArray[int32](r, nEntries)
	lz.kinds = viewArray[entryKind](r, nEntries)
	lz.priors = viewArray[float64](r, nEntries)
	filterLog := filterBits(nOccupied)
	g.index.filter = keyFilter{bits: viewArray[uint64](r, 1<<filterLog/64), shift: 64 - filterLog}
	lz.idSlots = viewArray[int32](r, idSlotCount(nEntries))
	if r.err != nil || r.off != len(packed) || nSlots == 0 || nSlots&(nSlots-1) != 0 || shift != 64-bits.TrailingZeros(uint(nSlots)) || lz.lines[nEntries] != uint32(len(tsv)) {
		return nil, errPacked
	}
	copy(g.lowerPairs[:], pairs)
	lz.cands = candIDs
	lz.decoded = make([]entryCell, nEntries)
	lz.groupCands = make([]groupCell, nGroups)
	g.lazy = lz
	return g, nil
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1
