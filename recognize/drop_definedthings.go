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
	tp := capsOf(l).thingPredicates
	if tp == nil || len(ents) == 0 {
		return ents
	}
	toks := doc.Tokens
	drop := map[int]bool{} // token index of the dropped mentions' first words
	j := 0                 // the first mention not before the sentence's first word
	for _, s := range doc.Sentences {
		opening, end := s.First, s.Last
		for opening < end && toks[opening].Kind != lang.Word {
			opening++
		}
		for end > opening && toks[end-1].Kind != lang.Word {
			end--
		}
		for j < len(ents) && ents[j].First < opening {
			j++
		}
		// Only a sentence that a mention before a comma or a bracket
		// opens can lose one: the sentence's words are read for those.
		if j == len(ents) || ents[j].First != opening || !beforeApposition(toks, &ents[j]) ||
			end-opening < 3 || quotes(toks[opening:end]) || !tp.PredicatesThing(lang.FoldToken(&toks[end-1], l)) {
			continue
		}
		drop[opening] = true
	}
	if len(drop) == 0 {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		if drop[e.First] && beforeApposition(toks, &e) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// beforeApposition reports whether a comma or an opening bracket follows
// e.
func beforeApposition(toks []lang.Token, e *annotation.Entity) bool {
	return e.Last < len(toks) && (toks[e.Last].Text == "," || toks[e.Last].Text == "(")
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
