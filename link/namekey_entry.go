package link

import (
	"strings"
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/dice"
	"github.com/varlik/varlik/lang"
)

// minEntryKey is the least number of consonants a name key needs to stand
// for a gazetteer entry (see entryByKey): shorter skeletons (Lee, Ли → l;
// Sane → sn) are shared by too many names.
const minEntryKey = 4

// minEntrySpelling is the least resemblance (dice.Coefficient of the spellings) of
// a name to the gazetteer name whose key it shares for entryByKey to take
// the entry.
const minEntrySpelling = 0.6

// entryKeyIndex maps the name key of a gazetteer name, its word breaks
// taken out, and its number of words (Лас-Вегас and Las Vegas → lsvgs, 2)
// to the names of the entries of one type with that key.
type entryKeyIndex map[entryKey][]keyedName

type entryKey struct {
	key   string
	words int
}

// keyedName is an entry's name in a language, spelled for comparison.
type keyedName struct {
	id       string // the entry's ID
	spelling string
}

// entryByKey returns the ID of the only gazetteer entry of type typ that
// has no name in l's language but a name in another that sounds like
// words, or "". It decides where the gazetteer lacks an entity's name in
// the document's language (a city with Turkish and English names only,
// written Глазго in Russian); a name in the document's language that the
// gazetteer's own lookup did not find is another entity's (Livingston is
// not Livingstone). It is guarded further: it leaves people alone (the
// skeleton of a person's name is too often another's: Эден Азар, Aydın
// Özer); the key must hold at least minEntryKey consonants and have as
// many words as the entry's name; an entry with the key that has a name in
// l's language is not the name's (Брайтона is not Британия), and the name
// must resemble a candidate more than any such entry (Феникс is not
// Phoenix in Kiribati when Phoenix, Arizona, is Финикс; Центра is neither
// Sintra, Синтра, nor Centar); the spellings, vowels kept, must
// resemble each other (minEntrySpelling: Македония is not Mukdahan); and
// exactly one entry may qualify.
//
// names are the gazetteer's names of type typ keyed as words are
// (keyedNames), which vowelVariant reads too.
func (x *Linker) entryByKey(names []keyedName, words []string, typ annotation.Type, l lang.Language) string {
	if x.gaz == nil || typ == annotation.Person || len(names) == 0 {
		return ""
	}
	var spelling, id string
	var named map[string]bool // entries with a name in l's language, which another name of theirs does not reach
	for _, n := range names {
		if e := x.gaz.ByID(n.id); e == nil {
			return ""
		} else if len(e.Names[l.Code()]) > 0 {
			if named == nil {
				named = map[string]bool{}
			}
			named[n.id] = true
		}
	}
	for _, n := range names {
		if !named[n.id] {
			continue
		}
		for _, m := range names {
			if !named[m.id] && m.spelling == n.spelling {
				return "" // Феникс is not Phoenix in Kiribati when Phoenix, Arizona, is Финикс
			}
		}
	}
	spelling = spellingOf(words, l)
	// An entry named in l's language that the name resembles as much as a
	// candidate is as likely its referent, and the gazetteer's lookup
	// ruled it out: the key does not tell them apart (Центра is neither
	// Sintra, Синтра, nor Centar).
	rivals := 0.0
	for _, n := range names {
		if named[n.id] {
			rivals = max(rivals, dice.Coefficient(spelling, n.spelling))
		}
	}
	// Entries that the name reaches alike, spelt the same, are the
	// places that share a name (Birmingham, England and Alabama): the
	// gazetteer's match of that spelling takes the one of highest prior,
	// and so does the key, when one is highest.
	var idSpelling string
	var prior float64
	tied := false
	for _, n := range names {
		if n.id == id || named[n.id] {
			continue
		}
		if d := dice.Coefficient(spelling, n.spelling); d < minEntrySpelling || d <= rivals {
			continue
		}
		e := x.gaz.ByID(n.id)
		if id == "" {
			id, idSpelling, prior = n.id, n.spelling, e.Prior
			continue
		}
		if n.spelling != idSpelling {
			return ""
		}
		switch {
		case e.Prior > prior:
			id, prior, tied = n.id, e.Prior, false
		case e.Prior == prior:
			tied = true
		}
	}
	if tied {
		return ""
	}
	return id
}

// keyedNames returns the names of the gazetteer's entries of type typ
// under key (see entryKeyIndex): none without a gazetteer or for a key of
// fewer than minEntryKey consonants, which the index leaves out.
func (x *Linker) keyedNames(key entryKey, typ annotation.Type) []keyedName {
	if x.gaz == nil || len(key.key) < minEntryKey {
		return nil
	}
	if x.gaz == gazetteer.Default() {
		return defaultEntryNames(string(typ), key)
	}
	build, ok := x.entryKeys.Load(string(typ))
	if !ok { // the first call for typ: LoadOrStore makes a closure, so only then
		build, _ = x.entryKeys.LoadOrStore(string(typ), sync.OnceValue(func() entryKeyIndex {
			return buildEntryKeyIndex(x.gaz, string(typ))
		}))
	}
	return build.(func() entryKeyIndex)()[key]
}

// keyOf returns the name key of words, its word breaks taken out, and
// their number as the key counts them (see keyWords).
func keyOf(words []string, l lang.Language) entryKey {
	return keyOfWords(keyWords(words, l, true), l)
}

// keyOfWords is keyOf for words as keyWords returns them.
func keyOfWords(kw []string, l lang.Language) entryKey {
	return entryKey{string(appendNameKey(make([]byte, 0, 32), kw, l, 0, true)), len(kw)}
}

func buildEntryKeyIndex(g *gazetteer.Gazetteer, typ string) entryKeyIndex {
	ix := entryKeyIndex{}
	for _, e := range g.EntriesOf(typ, 0) {
		for code, names := range e.Names {
			l, ok := lang.Get(code)
			if !ok {
				continue
			}
			for _, name := range names {
				kw := keyWords(strings.Fields(l.Fold(name)), l, true)
				key := keyOfWords(kw, l)
				if len(key.key) < minEntryKey {
					continue
				}
				ix[key] = append(ix[key], keyedName{e.ID, spellingOfWords(kw, l)})
			}
		}
	}
	return ix
}

// spellingOf returns the Latin spelling of a name that
// the name key fallback compares (dice.Coefficient): like a name key (see nameKey), but with
// its vowels (y as i) and without word breaks.
func spellingOf(words []string, l lang.Language) string {
	return spellingOfWords(keyWords(words, l, true), l)
}

// spellingOfWords is spellingOf for words as keyWords returns them.
func spellingOfWords(words []string, l lang.Language) string {
	var b strings.Builder
	for i, w := range words {
		if p := saintWord(words, i, l); p != "" {
			b.WriteString(p)
			continue
		}
		b.WriteString(romanizeWord(glideJ(w), l, len(words) > 1))
	}
	return spelling(b.String())
}
