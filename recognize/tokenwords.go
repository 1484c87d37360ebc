package recognize

import "github.com/varlik/varlik/lang"

// lowerCaseWord reports whether t is a word that starts with a lower-case
// letter.
func lowerCaseWord(t *lang.Token) bool {
	return t.Kind == lang.Word && !lang.StartsUpper(t.Text)
}

// capitalizedWord reports whether t is a word or an abbreviation that
// starts with a capital (TCHO, Dr. are abbreviations).
func capitalizedWord(t *lang.Token) bool {
	return (t.Kind == lang.Word || t.Kind == lang.Abbreviation) && lang.StartsUpper(t.Text)
}
