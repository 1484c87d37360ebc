package en

// EnglishNameWord returns the compass point a folded English word of a
// place's name is, as noun or adjective (southern → south: Southern
// California; western → west), or "" (lang.NameWordTranslator). English
// keeps its own words, but writes a region of a place with an adjective
// where Turkish and Russian write the noun (Güney Kaliforniya, Южной
// Калифорнии): so the region is keyed alike in all three, and one the
// gazetteer does not know is the place the rest names, as it is in the
// other two.
func (English) EnglishNameWord(w string) string { return compassPoints[w] }

var compassPoints = map[string]string{
	"north": "north", "south": "south", "east": "east", "west": "west",
	"northern": "north", "southern": "south", "eastern": "east", "western": "west",
	"northeast": "northeast", "northwest": "northwest", "southeast": "southeast", "southwest": "southwest",
	"northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
}
