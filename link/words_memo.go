package link

import (
	"encoding/binary"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/memo"
	"github.com/varlik/varlik/lang"
)

// wordsMemo keeps values worked out from the words of a name in a
// language (memo.Table): a name's key reads each word's analyses, stems,
// romanization and institutional glosses. Its keys are the language's code,
// a flag and the words (see appendPart); a language code names one
// language in a process (lang.Register).
type wordsMemo[V any] struct{ table *memo.Table[V] }

func newWordsMemo[V any]() wordsMemo[V] { return wordsMemo[V]{memo.New[V]()} }

// get returns compute(), the value of words in l with flag (what tells
// apart what compute makes of the same words: a type, or ""), from the
// memo where it holds them. The key is made on the stack for a name of up
// to maxStackKey bytes, so that a name found costs no allocation.
func (m wordsMemo[V]) get(words []string, l lang.Language, flag string, compute func() V) V {
	var buf [maxStackKey]byte
	key := appendPart(buf[:0], l.Code())
	key = appendPart(key, flag)
	for _, w := range words {
		key = appendPart(key, w)
	}
	return m.table.Get(key, compute)
}

// appendPart appends s to a memo key, its length first, so that no two
// lists of parts make the same key (a document's words may hold any byte).
func appendPart(key []byte, s string) []byte {
	return append(binary.AppendUvarint(key, uint64(len(s))), s...)
}

// maxStackKey is the length of the longest memo key made on the stack:
// most names' keys are shorter than a hundred bytes.
const maxStackKey = 128

// Name IDs (3.5% of the time of Extract on Turkish news, 5.8% on Russian,
// when they were first kept).
var nameIDMemo = newWordsMemo[string]()

// memoNameID returns nameID(words, l, person), from the memo where it
// holds the name.
func memoNameID(words []string, l lang.Language, person bool) string {
	flag := ""
	if person {
		flag = "p"
	}
	return nameIDMemo.get(words, l, flag, func() string { return nameID(words, l, person) })
}

// linkerMemos keep, per Linker, what the look-ups of a group's ID make of
// its name with the Linker's gazetteer: a name is looked up, put in its
// citation form, keyed, glossed and read for the places in it anew in
// every document that names it, and news names the same ones again and
// again (a feed of lines, in line after line).
type linkerMemos struct {
	names    *memo.Table[nameLookup] // lookUpName's
	keyed    wordsMemo[keyedEntry]   // keyedEntry's, by type
	glossed  wordsMemo[string]       // glossedEntry's, by type
	orgIDs   wordsMemo[string]       // organizationNameID's
	surnames wordsMemo[string]       // personBySurname's
	coarse   wordsMemo[string]       // coarseEntry's
}

func newLinkerMemos() linkerMemos {
	return linkerMemos{memo.New[nameLookup](), newWordsMemo[keyedEntry](), newWordsMemo[string](), newWordsMemo[string](), newWordsMemo[string](),
		newWordsMemo[string]()}
}

// keyedEntry is what the name key fallback makes of a name's words for a
// type: their key (keyOf), the gazetteer's names of the type under it
// (keyedNames) and the one entry among them that entryByKey takes, or "".
type keyedEntry struct {
	key   entryKey
	names []keyedName
	id    string
}

// keyedEntry returns the keyedEntry of words for typ, from the memo where
// it holds them. Its names are the index's: read, never changed.
func (x *Linker) keyedEntry(words []string, typ annotation.Type, l lang.Language) keyedEntry {
	return x.memos.keyed.get(words, l, string(typ), func() keyedEntry {
		key := keyOf(words, l)
		names := x.keyedNames(key, typ)
		return keyedEntry{key, names, x.entryByKey(names, words, typ, l)}
	})
}

// organizationNameID returns the name ID of an organization's words, the
// places in them read as their English names (englishPlaceWords), from
// the memo where it holds them.
func (x *Linker) organizationNameID(words []string, l lang.Language) string {
	return x.memos.orgIDs.get(words, l, "", func() string { return nameID(x.englishPlaceWords(words, l), l, false) })
}
