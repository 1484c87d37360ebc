package link

import (
	"encoding/binary"
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// nameLookup is what the gazetteer gives a group's name by its text (see
// lookUpName).
type nameLookup struct {
	entries []*gazetteer.Entry // of the canonical name, in any language
	id      string             // the entry of the group's type the name or a reading of it names, or ""
	cited   string             // the canonical name in its citation form
}

// lookUpName returns what the gazetteer gives a group's canonical name, of
// type typ, by its text: the name's entries in any language; the ID of the
// one entry of type typ that the name names (see uniqueEntry), else that a
// reading of it names, tried in this order: the name with its
// abbreviations' periods left out (U.N. Security Council), its words (a
// person's titles or a place's lower-case lead left out: fewer than the
// mention's mentionWords), its words less a first one acronyms skip (The
// United States), its words less the last heads, lower-case heads of a
// place or an organization (Yunnan province, BM kurumu), its citation
// form, of type typ or of the other of place and organization (Белого дома
// → Белый дом), and the name written out (lang.SpelledOutNames:
// Генассамблеи ООН); and the name's citation form. The answers are kept
// per Linker (linkerMemos): news names the same places and bodies from one
// document to the next, and a Russian name's citation form and spellings
// out cost more than the rest of its ID.
func (x *Linker) lookUpName(canonical string, typ annotation.Type, words []string, mentionWords, heads int, l lang.Language) nameLookup {
	var buf [maxStackKey]byte
	key := appendPart(buf[:0], l.Code())
	key = appendPart(key, string(typ))
	key = appendPart(key, canonical)
	key = binary.AppendUvarint(key, uint64(mentionWords))
	key = binary.AppendUvarint(key, uint64(heads))
	for _, w := range words {
		key = appendPart(key, w)
	}
	return x.memos.names.Get(key, func() nameLookup {
		return x.lookUpNameOf(canonical, typ, words, mentionWords, heads, l)
	})
}

// lookUpNameOf is lookUpName worked out.
func (x *Linker) lookUpNameOf(canonical string, typ annotation.Type, words []string, mentionWords, heads int, l lang.Language) nameLookup {
	g, code := x.gaz, l.Code()
	cited := canonical
	if cf, ok := l.(lang.CitationFormer); ok {
		cited = cf.CitationForm(canonical, string(typ)) // Центрального банка → Центральный банк
	}
	entries := g.Lookup(canonical, "")
	id := uniqueEntryOf(g, entries, canonical, typ, code)
	if u := undotted(canonical); id == "" && u != canonical {
		id = uniqueEntry(g, u, typ, code) // U.N. Security Council → UN Security Council
	}
	if id == "" && len(words) < mentionWords {
		id = uniqueEntry(g, strings.Join(words, " "), typ, code)
	}
	if fw, ok := l.(lang.FunctionWords); ok && id == "" && len(words) > 1 && fw.SkippedInAcronym(words[0]) {
		id = uniqueEntry(g, strings.Join(words[1:], " "), typ, code) // The United States
	}
	if id == "" && heads > 0 {
		id = uniqueEntry(g, strings.Join(words[:len(words)-heads], " "), typ, code) // Yunnan province, BM kurumu
	}
	if id == "" && cited != canonical {
		// An inflected name the gazetteer's matching missed (Белого дома
		// → Белый дом), of its type or, a place and an organization often
		// being told apart by the context alone, of the other (Белого
		// дома as a place); not a name of one word, which a club shares
		// with its town (Ливингстона, the club, is not Livingstone).
		id = uniqueEntry(g, cited, typ, code)
		if other := placeOrOrganization(typ); id == "" && other != "" && mentionWords > 1 {
			id = uniqueEntry(g, cited, other, code)
		}
	}
	if so, ok := l.(lang.SpelledOutNames); ok && id == "" && typ == annotation.Organization {
		id = x.spelledOutEntry(so, canonical)
	}
	if lf, ok := l.(lang.LegalForms); ok && id == "" && typ == annotation.Organization {
		if bare := withoutLegalForm(canonical, lf); bare != "" {
			id = uniqueEntry(g, bare, typ, code) // Microsoft Corp., JPMorgan Chase & Co. → Microsoft, JPMorgan Chase
		}
	}
	return nameLookup{entries, id, cited}
}

// withoutLegalForm returns name without the legal forms it ends with
// (lang.LegalForms: Corp., Inc., Pvt Ltd) and the comma, ampersand or "and"
// before them, as business news writes a company's name the first time and
// the gazetteer names it without; "" when name ends in no legal form or is
// one.
func withoutLegalForm(name string, lf lang.LegalForms) string {
	fields := strings.Fields(name)
	n := len(fields)
	for n > 0 && (lf.LegalForm(fields[n-1]) || lf.LegalForm(strings.TrimSuffix(fields[n-1], "."))) {
		n--
	}
	if n == len(fields) {
		return ""
	}
	for n > 0 && (fields[n-1] == "&" || fields[n-1] == "and" || fields[n-1] == ",") {
		n--
	}
	if n > 0 {
		fields[n-1] = strings.TrimSuffix(fields[n-1], ",") // Google, Inc.
	}
	return strings.Join(fields[:n], " ")
}
