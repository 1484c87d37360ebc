package link

import (
	"strconv"
	"strings"
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// coarseKey returns a name key (see nameKey) with its k, s and j made
// one letter and the runs that makes collapsed: the sounds that
// transliteration writes most variously, where a name key keeps them
// apart. A c is k or s by the vowel after it, but ц (ts, keyed s) in
// Slavic names (Strumica, Струмица), ч (keyed k) in Indonesian and
// Italian ones (Cirebon, Чиребон), дж (keyed j) in Turkish ones (Tercan,
// Терджан); an x is ks, but с in Nahuatl and pinyin (Xochimilco,
// Сочимилько; Sanmenxia, Саньмэнься); a j is дж, but й in Dutch and Slavic
// names (Kralendijk, Кралендейк).
func coarseKey(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	var last byte
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == 's' || c == 'j' {
			c = 'k'
		}
		if i > 0 && c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}

// coarseEntry returns the ID of the one place that has no name in l's
// language but one in another whose coarse key (see coarseKey) words'
// has, as entryByKey decides among the names of that coarse key, with
// all its guards (no person; no entry named in l's language that the
// name resembles as much; spellings, vowels kept, alike; one entry
// only); "" when none. It is asked last of a place's look-ups, so that
// it preempts none, and for a place alone:
// the gazetteer lacks the names of many small places in Russian, whose
// spellings of them a name key parts (Струмице, the gazetteer's Strumica
// in Turkish and English). Measured on the default gazetteer's places with
// English and Russian names, each Russian name looked up as if the
// gazetteer lacked it (among the other languages' names): the name key
// finds 2,317 right and 14 wrong; of the rest, the coarse key finds 71
// more right (Podgorica, Подгорица; Cirebon, Чиребон; Kralendijk,
// Кралендейк; Tercan, Терджан; Sanmenxia, Саньмэнься) and 2 wrong (Финикс
// as Finike; French Polynesia as its duplicate entry). Organizations'
// names are left out: the same measure found 4 right and 2 wrong among
// them (Эгейский университет as Gazi University).
//
// The answers are kept per Linker (linkerMemos): every place that no
// look-up before finds comes here, again in each document that names it,
// and working out its key, coarse key and the spellings entryByKey
// compares each time was 7 to 9% of linking's instructions.
func (x *Linker) coarseEntry(words []string, l lang.Language) string {
	if x.gaz == nil {
		return ""
	}
	return x.memos.coarse.get(words, l, "", func() string { return x.coarseEntryOf(words, l) })
}

// coarseEntryOf is coarseEntry worked out.
func (x *Linker) coarseEntryOf(words []string, l lang.Language) string {
	key := keyOf(words, l)
	if len(key.key) < minEntryKey {
		return ""
	}
	names := x.coarseNames(entryKey{coarseKey(key.key), key.words})
	if len(names) == 0 {
		return ""
	}
	return x.entryByKey(names, words, annotation.Location, l)
}

// coarseIndex maps a coarse key (see coarseKey) and a number of words to
// the names under the name keys it coarsens.
type coarseIndex map[entryKey][]keyedName

// coarseNames returns the gazetteer's place names whose name keys coarsen
// to key.
func (x *Linker) coarseNames(key entryKey) []keyedName {
	if x.gaz == gazetteer.Default() {
		return defaultCoarsePlaces()[key]
	}
	x.coarseOnce.Do(func() {
		x.coarsePlaces = coarsened(buildEntryKeyIndex(x.gaz, string(annotation.Location)))
	})
	return x.coarsePlaces[key]
}

// coarsened returns the coarse index of an entry key index.
func coarsened(ix entryKeyIndex) coarseIndex {
	out := make(coarseIndex, len(ix))
	for k, names := range ix {
		ck := entryKey{coarseKey(k.key), k.words}
		out[ck] = append(out[ck], names...)
	}
	return out
}

// defaultCoarsePlaces is the coarse index of the default gazetteer's
// places, made from entryKeysTSV on the first look-up (its 8,857 lines of
// places, a few milliseconds, once), which a document whose places the
// gazetteer and their name keys all find never makes.
var defaultCoarsePlaces = sync.OnceValue(defaultCoarsePlacesBuild)

// defaultCoarsePlacesBuild makes defaultCoarsePlaces. The index's lines
// are sorted, so the places' lines are together; their fields are read in
// place, the names' IDs and spellings kept as parts of entryKeysTSV.
func defaultCoarsePlacesBuild() coarseIndex {
	out := make(coarseIndex, 8192)
	prefix := string(annotation.Location) + "\t"
	seen := false
	for line := range strings.Lines(entryKeysTSV) {
		rest, ok := strings.CutPrefix(line, prefix)
		if !ok {
			if seen {
				break
			}
			continue
		}
		seen = true
		key, rest, _ := strings.Cut(strings.TrimSuffix(rest, "\n"), "\t")
		words, rest, _ := strings.Cut(rest, "\t")
		id, spelling, ok := strings.Cut(rest, "\t")
		n, err := strconv.Atoi(words)
		if !ok || err != nil {
			continue
		}
		ck := entryKey{coarseKey(key), n}
		out[ck] = append(out[ck], keyedName{id, spelling})
	}
	return out
}
