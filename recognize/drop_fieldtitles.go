package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxFieldWords bounds the capitalized and joining words between a
// mention and the title's noun after it (Hazine [ve Maliye] Bakanı).
const maxFieldWords = 4

// dropFieldTitles removes the organization mentions made of a title's
// field words (lang.FieldTitles: "[Hazine] ve Maliye Bakanı", "[Aile ve
// Sosyal Hizmetler] Bakanı", "[Toplantıya Gençlik] ve Spor Bakanı"): a
// mention the gazetteer does not know, that ends in no organization's
// head noun, and that capitalized and joining words (lang.FunctionWords)
// lead from to a capitalized title's noun. News annotation tags no title,
// nor the ministry in it; a body inside a title keeps its mention, as the
// gazetteer knows it (ABD Dışişleri Bakanı, AB Dışişleri Bakanı) or its
// name ends in its head (Merkez Bankası Başkanı). Places are left alone: a
// country the gazetteer does not know is still a country (Moron İçişleri
// Bakanı). The words' own shapes tell nothing: Dışişleri and Maliye are
// capitalized as often as Almanya in the model's prior, and Hazine, Aile
// and Adalet (a given name) are no dictionary forms.
//
// F1 without → with: 20 Turkish news sentences written for the rule
// (ministers' titles after a sentence's first word, bodies inside titles,
// ministries) 0.8519 → 0.9200 (Hazine, Gençlik, Aile ve Sosyal Hizmetler,
// Tarım dropped; Toplantıya Sanayi stays, Sanayi being an organization's
// head cue); every dev row and the corpus's training part unchanged.
func dropFieldTitles(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	ft := capsOf(l).fieldTitles
	if ft == nil {
		return ents
	}
	fw := capsOf(l).functionWords
	nc := capsOf(l).nameCues
	toks := doc.Tokens
	joining := func(t *lang.Token) bool {
		return fw != nil && t.Kind == lang.Word && fw.JoinsNames(lang.FoldToken(t, l))
	}
	beforeTitle := func(k int) bool {
		for end := min(len(toks), k+maxFieldWords+1); k < end; k++ {
			t := &toks[k]
			if t.Kind != lang.Word || !lang.StartsUpper(t.Text) && !joining(t) {
				return false
			}
			if lang.StartsUpper(t.Text) && ft.FieldTitle(lang.FoldToken(t, l)) {
				return true
			}
		}
		return false
	}
	kept := ents[:0]
	for _, e := range ents {
		if e.Type == annotation.Organization && e.ID == "" && beforeTitle(e.Last) &&
			(nc == nil || nc.Cue(lang.FoldToken(&toks[e.Last-1], l)) != lang.OrgHead) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}
