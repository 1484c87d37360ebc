package ru

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// citationMemoSize is the number of names whose citation forms are kept.
const citationMemoSize = 4096

// citationMemo keeps recent citation forms. The linker asks for the
// citation form of each name of every document, and news names the same
// people, places and organizations again from one document to the next;
// a name's form took 6.5% of the time of Extract on Russian news
// (headNominative building and scoring paradigms). It is direct-mapped by
// a hash of the name and type, bounded, and safe for concurrent use: a
// slot holds an immutable entry, replaced whole, and an entry is used only
// when its name and type are those asked for, so that CitationForm
// returns what computing the form again would.
var (
	citationMemo     [citationMemoSize]atomic.Pointer[citedName]
	citationMemoSeed = maphash.MakeSeed()
)

type citedName struct {
	name, typ, cited string
}

// citationSlot returns the memo slot of name and typ.
func citationSlot(name, typ string) *atomic.Pointer[citedName] {
	var h maphash.Hash
	h.SetSeed(citationMemoSeed)
	h.WriteString(typ)
	h.WriteByte(0)
	h.WriteString(name)
	return &citationMemo[h.Sum64()%citationMemoSize]
}

// memoCitation returns the citation form of name, from the memo or from
// cite. The memo keeps its own copies of the strings: name is often a
// piece of a document, which it would otherwise keep alive.
func memoCitation(name, typ string, cite func(name, typ string) string) string {
	slot := citationSlot(name, typ)
	if e := slot.Load(); e != nil && e.name == name && e.typ == typ {
		return e.cited
	}
	cited := cite(name, typ)
	e := &citedName{name: strings.Clone(name), typ: strings.Clone(typ)}
	e.cited = e.name
	if cited != name {
		e.cited = strings.Clone(cited)
	}
	slot.Store(e)
	return cited
}
