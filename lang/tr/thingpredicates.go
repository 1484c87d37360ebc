package tr

import "strings"

// predicateThings are the nouns that, ending a defining sentence, say that
// its subject is a work, a product or a language (lang.ThingPredicates):
// a film, a song, an album, a book (kitap, kitab- before a vowel), a novel,
// a story, a poem, an epic, a play, a game, a series, a season, a work, a
// painting, a sculpture, an opera, a symphony, a composition, an anthem, a
// folk song, a hymn, a dance, software, an application, a program, a
// processor, a car model, a drug, a translation, a language, a dialect.
// Not a magazine or a newspaper, which news annotation tags as
// organizations, nor an episode or a part (bölüm), which also names a
// place's part or a university's department.
var predicateThings = map[string]bool{
	"film": true, "şarkı": true, "albüm": true, "kitap": true, "kitab": true, "roman": true, "öykü": true,
	"hikâye": true, "hikaye": true, "masal": true, "şiir": true, "destan": true, "oyun": true, "dizi": true,
	"seri": true, "sezon": true, "eser": true, "yapıt": true, "tablo": true, "heykel": true, "opera": true,
	"senfoni": true, "beste": true, "marş": true, "türkü": true, "ilahi": true, "dans": true, "yazılım": true,
	"uygulama": true, "program": true, "işlemci": true, "model": true, "ilaç": true, "çeviri": true,
	"dil": true, "lehçe": true,
}

// copulas are the endings of the copula "is" (-dır and its harmonic and
// voiceless forms: filmdir, şarkıdır, kitaptır).
var copulas = [...]string{"dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür"}

// thirdPossessives are the endings of the compound's possessive (halk
// şarkısı, Tibet kitabı, işletim sistemi): after a vowel with s.
var thirdPossessives = [...]string{"sı", "si", "su", "sü", "ı", "i", "u", "ü"}

// PredicatesThing reports whether norm, a folded word that ends a
// sentence, is one of predicateThings with the copula, the compound's
// possessive or both (filmdir, şarkısıdır, kitabı, çevirisi). Not bare: a
// bare noun ends a list or a quotation as often ("bizde beş kişiye bir
// kitap"). Whole forms only, not a prefix: oyuncudur (an actor) and
// romantik are no such nouns.
//
// The words' last bytes are tested before the lists are compared with
// them, since most words end in no copula and no possessive: every copula
// ends in r, every possessive in ı, i, u or ü.
func (Turkish) PredicatesThing(norm string) bool {
	if norm == "" {
		return false
	}
	stem, copula := norm, false
	if norm[len(norm)-1] == 'r' {
		for _, c := range copulas {
			if s, ok := strings.CutSuffix(norm, c); ok {
				stem, copula = s, true
				break
			}
		}
	}
	if copula && predicateThings[stem] {
		return true
	}
	if stem == "" {
		return false
	}
	if b := stem[len(stem)-1]; b != 'i' && b != 'u' && b != 0xB1 && b != 0xBC { // ı is C4 B1, ü C3 BC
		return false
	}
	for _, p := range thirdPossessives {
		if endsWith(stem, p) && predicateThings[stem[:len(stem)-len(p)]] {
			return true
		}
	}
	return false
}
