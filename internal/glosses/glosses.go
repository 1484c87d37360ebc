// Package glosses reads the languages' tables of institutional glosses
// (lang/<code>/data/institutions.txt; see link.InstitutionalGlosser).
package glosses

import "strings"

// Table is a language's glosses: forms to their pivots, the first words
// of its phrases, and the pivots of the heads a translation may leave out
// of a name.
type Table struct {
	Pivots   map[string]string   // a form's pivot, "" for a word glossed as nothing
	starts   map[string]struct{} // the first words of the phrases among the forms
	optional map[string]struct{} // pivots marked optional
}

// Parse reads a table of glosses: a line is a folded word or two-word
// phrase, a tab and its English pivot, "-" for a word glossed as nothing,
// and, after another tab, "optional" for a head a translation may leave
// out of the name (the hotel of Roa Roa Hotel, which Russian writes
// before the name, outside it: отель «Роа Роа»); blank lines and those
// starting with # are skipped, and so are lines without a tab. The later
// of two lines for one form wins.
func Parse(data string) Table {
	t := Table{Pivots: make(map[string]string, strings.Count(data, "\n")), starts: map[string]struct{}{}, optional: map[string]struct{}{}}
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		form, pivot, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		pivot, mark, _ := strings.Cut(pivot, "\t")
		if pivot == "-" {
			pivot = ""
		}
		if mark == "optional" && pivot != "" {
			t.optional[pivot] = struct{}{}
		}
		t.Pivots[form] = pivot
		if first, _, phrase := strings.Cut(form, " "); phrase {
			t.starts[first] = struct{}{}
		}
	}
	return t
}

// Gloss returns the pivot of a form, with true, or false.
func (t Table) Gloss(form string) (string, bool) {
	pivot, ok := t.Pivots[form]
	return pivot, ok
}

// Optional reports whether a line of the table marks pivot optional: a
// head a translation may leave out of the name.
func (t Table) Optional(pivot string) bool {
	_, ok := t.optional[pivot]
	return ok
}

// PhraseStart reports whether a phrase of the table starts with word w.
func (t Table) PhraseStart(w string) bool {
	_, ok := t.starts[w]
	return ok
}

// PhraseStartBytes is PhraseStart of a word built in a buffer, looked up
// without making it a string.
func (t Table) PhraseStartBytes(w []byte) bool {
	_, ok := t.starts[string(w)]
	return ok
}
