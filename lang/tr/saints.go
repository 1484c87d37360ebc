package tr

import "github.com/varlik/varlik/lang"

var _ lang.SaintWords = Turkish{}

// saintWords are the words for "saint" Turkish keeps before a saint's name
// in foreign place names as their languages write them (St. Louis, Saint
// Lucia, Sankt Peterburg, São Paulo), folded, with their pivots
// (lang.SaintWords). Not aziz, the word Turkish translates it with in
// churches' names, which is a given name and a surname as often (Aziz
// Sancar); San and Santa are left as they are, as every language spells
// them.
var saintWords = map[string]string{
	"st": "saint", "st.": "saint", "saint": "saint", "sainte": "saint", "sankt": "saint", "são": "san", "sao": "san",
}

// SaintWord returns the pivot of a folded word of saintWords, else ""
// (lang.SaintWords).
func (Turkish) SaintWord(w string) string { return saintWords[w] }
