package tr

// EnglishNameWord returns the English word for a folded Turkish word of a
// compass point, which Turkish translates in a place's name where English
// keeps its own or writes an adjective (Batı Virginia, West Virginia; Kuzey
// Carolina, North Carolina; Güneydoğu California, southeastern
// California), or "" (lang.NameWordTranslator). The words are given names
// too (Doğu Akın, Yılmaz Güney): a person's name is keyed without them
// translated.
func (Turkish) EnglishNameWord(w string) string { return compassPoints[w] }

var compassPoints = map[string]string{
	"kuzey": "north", "güney": "south", "doğu": "east", "batı": "west",
	"kuzeydoğu": "northeast", "kuzeybatı": "northwest", "güneydoğu": "southeast", "güneybatı": "southwest",
}
