package tr

// betweenWords are the case forms of "ara" (the space between) that
// follow two names: "Lahor ile Agra arasında", "İki kent arasındaki yol".
var betweenWords = map[string]bool{
	"arasında": true, "arasındaki": true, "arasına": true, "arasından": true,
}

// BetweenWord implements lang.BetweenWords.
func (Turkish) BetweenWord(norm string) bool { return betweenWords[norm] }
