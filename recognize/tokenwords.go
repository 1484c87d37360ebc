package recognize

import "github.com/varlik/varlik/lang"

// lowerCaseWord reports whether t is a word that does not start with a
// capital: a lower-case letter, or a digit or a mark (2nd), which
// opensLower leaves out.
func lowerCaseWord(t *lang.Token) bool {
	return t.Kind == lang.Word && !lang.StartsUpper(t.Text)
}

// opensLower reports whether t is a word whose first rune is a lower-case
// letter (not a digit or a mark, unlike lowerCaseWord).
func opensLower(t *lang.Token) bool {
	if t.Kind != lang.Word {
		return false
	}
	for _, r := range t.Text {
		return lang.IsLower(r)
	}
	return false
}

// capitalizedWord reports whether t is a word or an abbreviation that
// starts with a capital (TCHO, Dr. are abbreviations).
func capitalizedWord(t *lang.Token) bool {
	return (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && lang.StartsUpper(t.Text)
}
