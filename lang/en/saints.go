package en

import "github.com/varlik/varlik/lang"

var _ lang.SaintWords = English{}

// saintWords are the words English names write for "saint" before a
// saint's name, folded, with their pivots (lang.SaintWords): its own and
// those of the French, German and Portuguese place names it keeps (Sainte-
// Marie, Sankt Moritz, São Paulo, Sao Paulo). San and Santa are left as they are:
// every language spells them alike.
var saintWords = map[string]string{
	"st": "saint", "st.": "saint", "saint": "saint", "ste": "saint", "ste.": "saint", "sainte": "saint",
	"sankt": "saint", "são": "san", "sao": "san",
}

// SaintWord returns the pivot of a folded word of saintWords, else ""
// (lang.SaintWords).
func (English) SaintWord(w string) string { return saintWords[w] }
