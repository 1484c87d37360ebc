package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// maxAsideTokens bounds the tokens of a bracketed aside between a name
// and the word that says it names a thing ("Kırmızı Kayık ( 1998 )
// filminde", "( İngilizce : Red Boat ) adlı kitabın").
const maxAsideTokens = 8

// maxNamedModifiers bounds the lower-case words between a naming word and
// the thing word after it ("X adlı ilk konser albümü", "X adlı belgesel
// film").
const maxNamedModifiers = 2

// dropNamedThings removes the mentions that a thing word shows to name a
// thing (lang.ThingNames) where the word does not follow them directly,
// which dropThings reads: after a naming word and a thing noun in any
// form (lang.NamingWords: "Kırmızı
// Kayık adlı filmde", "\" Kırmızı Kayık \" adlı ilk albümü") or after a
// bracketed aside, its year or its name in another language ("Kırmızı
// Kayık ( 1998 ) filminde"), or both. News annotation tags no film, song,
// book or event, and a name the gazetteer knows goes too: nothing but a
// film's title is "X adlı film", though a person's or a city's name is
// often a film's.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7868 → 0.7876 (Casino Royale ( 2006 ) filminde, Cadet Kelly
// adlı filmde, " Burning Japan " adlı ilk konser albümünü); NTREX Turkish
// dev 0.8716 → 0.8719, -doc 10 0.8883 → 0.8886 (Doğu ( ABD ve Kanada )
// saatine, a time zone); the Milliyet dev split unchanged (0.8656). Film's
// other forms (filmde) as thing words right after a name, as dropThings
// reads them, lost "Yönetmen Claude Lelouch filmde ..." on Wiki NER dev.
func dropNamedThings(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	tn := capsOf(l).thingNames
	nw := capsOf(l).namingWords
	if tn == nil {
		return ents
	}
	toks := doc.Tokens
	thing := func(k int) bool {
		return k < len(toks) && toks[k].Kind == lang.Word && tn.NamesThing(lang.FoldToken(&toks[k], l))
	}
	kept := ents[:0]
	for _, e := range ents {
		k := skipAside(toks, e.Last)
		if k > e.Last && thing(k) {
			continue
		}
		if k < len(toks) && (toks[k].Text == `"` || closesQuote(toks[k].Text) || toks[k].Text == "”") {
			k++
		}
		if nw != nil && k < len(toks) && toks[k].Kind == lang.Word && nw.NamingWord(lang.FoldToken(&toks[k], l)) &&
			thingAfter(toks, k+1, func(k int) bool { return nw.NamedThing(lang.FoldToken(&toks[k], l)) }) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// thingAfter reports whether a word that thing accepts is token k or
// follows it after at most maxNamedModifiers lower-case words.
func thingAfter(toks []lang.Token, k int, thing func(int) bool) bool {
	for end := min(len(toks), k+maxNamedModifiers+1); k < end; k++ {
		if toks[k].Kind != lang.Word {
			return false
		}
		if thing(k) {
			return true
		}
		if lang.StartsUpper(toks[k].Text) {
			return false
		}
	}
	return false
}

// skipAside returns the index just past the bracketed aside that opens at
// token k, of at most maxAsideTokens tokens within, or k where none does.
func skipAside(toks []lang.Token, k int) int {
	if k >= len(toks) || !opensBracket(toks[k].Text) {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+maxAsideTokens+1; j++ {
		switch {
		case closesBracket(toks[j].Text):
			return j + 1
		case opensBracket(toks[j].Text):
			return k
		}
	}
	return k
}
