package lang

// CourseTails is implemented by a language in which the phrase telling
// what one studied may follow a school's name (Russian "окончил Болонский
// университет по специальности право", "консерваторию по классу
// фортепиано"), a phrase a tagger trained on names with such tails
// ("Комитет по делам молодёжи") runs into the school's name.
type CourseTails interface {
	// CourseTail reports whether the folded words prep and noun open
	// such a phrase.
	CourseTail(prep, noun string) bool
}
