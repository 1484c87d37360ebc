package lang

// Cardinals is implemented by a language that writes numbers in words
// and joins some of them with a hyphen (English twenty-one): which
// compounds of its number words are a number tells them from the names
// made of number words (Seven-Eleven, Nine-Eleven), which a headline in
// capitals writes alike (SEVEN-ELEVEN, TWENTY-ONE).
type Cardinals interface {
	// Cardinal returns the value of a folded word that writes a cardinal
	// number (seven 7, eleven 11, twenty-one 21), ok false for any other
	// word, a hyphenated compound of number words that writes no number
	// included (seven-eleven).
	Cardinal(norm string) (value int, ok bool)
}
