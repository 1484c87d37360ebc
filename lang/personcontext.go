package lang

// PersonContext is implemented by a language that can tell from the words
// around a name the tagger took for a place that it names a person: a
// title or role before it ("судьи Кавано"), a verb after it that only a
// person's name agrees with ("Флейк поставил"), or, for a sentence's
// first word, which the tagger often leaves ("Помпео встретился"), the
// word's form and the verb's gender. The rules after the model
// (recognize) ask it only about names the gazetteer does not know as places.
type PersonContext interface {
	// PersonBefore reports whether the folded word before, right before a
	// name whose folded last word is last, makes the name a person's.
	PersonBefore(before, last string) bool
	// PersonAfter reports whether the folded word after, right after a
	// name with the folded word before right before it ("" at the start of
	// a sentence), makes the name a person's.
	PersonAfter(before, after string) bool
	// PersonOpens reports whether word, the capitalized word that opens a
	// sentence and that no mention holds, names a person, given the folded
	// words after it (one to three).
	PersonOpens(word string, after []string) bool
}
