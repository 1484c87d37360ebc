package lang

// OpeningSubjects is implemented by a language whose surnames, opening a
// sentence as its subject, take the forms of its common nouns and places'
// names (Russian Старридж получил, Ньютон установил, like Лондон
// объявил): the word's form tells only that it is a name the language's
// own word lists do not hold, and the caller tells from what else it knows
// (a model's lexicon, a gazetteer) that it is no place.
type OpeningSubjects interface {
	// OpeningSubject reports whether word, the capitalized word that opens
	// a sentence and that no mention holds, is a noun ending in a
	// consonant that is no common word of the language, and the folded
	// words after it (one to three) its past-tense verb of one subject.
	OpeningSubject(word string, after []string) bool
}
