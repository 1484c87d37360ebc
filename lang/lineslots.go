package lang

import (
	"encoding/binary"
	"strings"

	"github.com/varlik/varlik/internal/fnv1a"
)

// LineSlots returns an open-addressing table of where each line of text
// starts, plus one (0 is an empty slot), put at the slot of hash(line) or
// the first empty one after it; it has at least twice as many slots as
// lines, a power of two. Lines that are empty or open with "#" are left
// out. IndexedWords probes it by word; a list asked by another key of its
// lines (a spelling, say) makes it with that key's hash.
func LineSlots(text string, hash func(line string) uint64) []uint32 {
	n := strings.Count(text, "\n") + 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	slots := make([]uint32, size)
	mask := uint64(size - 1)
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if line := text[off : off+end]; line != "" && line[0] != '#' {
			i := hash(line) & mask
			for slots[i] != 0 {
				i = (i + 1) & mask
			}
			slots[i] = uint32(off + 1)
		}
		off += end + 1
	}
	return slots
}

// EncodeSlots lays out slots as little-endian uint32s: the form in which
// a table made at generate time is embedded and read in place (SlotAt).
func EncodeSlots(slots []uint32) []byte {
	out := make([]byte, 4*len(slots))
	for i, v := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// SlotAt returns slot i of slots, a table laid out by EncodeSlots.
func SlotAt(slots string, i uint64) uint32 {
	s := slots[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// wordHash is the FNV-1a hash of word.
func wordHash(word string) uint64 { return fnv1a.String(word) }
