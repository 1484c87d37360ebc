package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// dropWorkTitles removes the mentions that a bracketed aside after them
// shows to be a work's title in a list of works (lang.WorkAsides): a
// month and a year alone, the release's ("Kırmızı ( Haziran 2005 )"), or
// the kind of recording alone ("Kırmızı ( Enstrümantal )"). News
// annotation tags no work; the tagger reads a title, often one foreign
// word, as a place's or a person's name. A person's aside gives the day of
// a birth too, or years alone; a year alone, which follows a country's
// name as often as a film's, is left alone.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7902 → 0.7917 (Warning, Deja Vu, Azathoth, Tigris, Mezarkabul,
// Kam); NTREX Turkish dev and the Milliyet dev split have no such aside.
func dropWorkTitles(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	wa := capsOf(l).workAsides
	if wa == nil {
		return ents
	}
	toks := doc.Tokens
	word := func(k int) string { return lang.FoldToken(&toks[k], l) }
	kept := ents[:0]
	for _, e := range ents {
		k := e.Last
		if k+2 < len(toks) && toks[k].Text == "(" {
			switch {
			case toks[k+2].Text == ")" && toks[k+1].Kind == lang.Word && wa.RecordingKind(word(k+1)),
				k+3 < len(toks) && toks[k+3].Text == ")" && toks[k+1].Kind == lang.Word && wa.Month(word(k+1)) && year(toks[k+2].Text):
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// year reports whether s is a year of four digits.
func year(s string) bool { return len(s) == 4 && allDigits(s) }
