package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// dropDefinedThings removes the mention that opens a defining sentence
// whose last word says the name is a work, a product or a language
// (lang.ThingPredicates): "Dövüş Kulübü , ... çekilen kült filmdir",
// "La Cucaracha , ... bir Meksika halk şarkısıdır", "Wine , ... özgür bir
// uygulamadır". Encyclopedic text opens such a sentence with the name it
// defines, then a comma or a bracket (its original name, its dates), and
// ends it with what the name is; news annotation tags no work, product or
// language, while the tagger reads the name, often foreign words, as a
// person's, a place's or an organization's. The predicate decides even
// for a name the gazetteer knows: a film is often named after a city or a
// person. A mention that a case ending ties to the rest of the sentence
// is not the subject ("Pirin'in en yüksek tepesi ... tepesidir"), hence
// the comma or bracket. Nor is the speaker who opens a sentence that
// quotes (X , ... soruyor : " ... bir kitap . "): its last word may be the
// quotation's.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7852 → 0.7868 (Dövüş Kulübü, La Cucaracha, Septuaginta, Bardo
// Thödol, Mitsubishi Eclipse, Kardeşler Takımı); NTREX Turkish dev
// (-pipeline, and -doc 10) and the Milliyet dev split unchanged (0.8716,
// 0.8883, 0.8656). A bare noun as the predicate lost a speaker whose quoted
// words ended in "bir kitap" on the Milliyet dev split.
func dropDefinedThings(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	tp, _ := l.(lang.ThingPredicates)
	if tp == nil || len(ents) == 0 {
		return ents
	}
	toks := doc.Tokens
	drop := map[int]bool{} // token index of the dropped mentions' first words
	for _, s := range doc.Sentences {
		opening, end := s.First, s.Last
		for opening < end && toks[opening].Kind != lang.Word {
			opening++
		}
		for end > opening && toks[end-1].Kind != lang.Word {
			end--
		}
		if end-opening < 3 || quotes(toks[opening:end]) || !tp.PredicatesThing(lang.FoldToken(&toks[end-1], l)) {
			continue
		}
		drop[opening] = true
	}
	if len(drop) == 0 {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		if drop[e.First] && e.Last < len(toks) && (toks[e.Last].Text == "," || toks[e.Last].Text == "(") {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// quotes reports whether toks hold a double quotation mark.
func quotes(toks []lang.Token) bool {
	for i := range toks {
		if toks[i].Kind != lang.Word && strings.ContainsAny(toks[i].Text, `"“”«»„`) {
			return true
		}
	}
	return false
}
