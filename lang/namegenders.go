package lang

// Gender is the grammatical gender a word form of a name shows, where it
// shows one.
type Gender int8

// Genders of name forms.
const (
	UnknownGender Gender = iota // the form fits either, or the language cannot tell
	Masculine
	Feminine
)

// NameGenders is implemented by a language whose surnames have a form for
// each gender (Russian Касаткин, Касаткина; Иванов, Ивановой), so that a
// surname alone joins only a full name of its gender: a story about Дарья
// Касаткина and her father Касаткин names two people.
type NameGenders interface {
	// SurnameGender returns the gender only a folded surname form of that
	// kind has (Russian касаткин, ивановым: Masculine; ивановой:
	// Feminine), UnknownGender for a form either gender has (иванова, the
	// man's genitive and the woman's nominative) or a surname of another
	// kind.
	SurnameGender(norm string) Gender
	// GivenNameGender returns the gender of a folded given name, where
	// its form tells it (Russian дарья, анна: Feminine).
	GivenNameGender(norm string) Gender
}
