package lang

// PersonContext is implemented by a language that can tell from the words
// around a name the tagger took for a place that it names a person: a
// title or role before it ("судьи Кавано"), a verb after it that only a
// person's name agrees with ("Флейк поставил"). The rules after the model
// (entity) ask it only about names the gazetteer does not know as places.
type PersonContext interface {
	// PersonBefore reports whether the folded word before, right before a
	// name whose folded last word is last, makes the name a person's.
	PersonBefore(before, last string) bool
	// PersonAfter reports whether the folded word after, right after a
	// name with the folded word before right before it ("" at the start of
	// a sentence), makes the name a person's.
	PersonAfter(before, after string) bool
}
