package lang

// AbbreviatedNames is implemented by a language whose press cuts the
// first part of a one-word name to its initial (Turkish F.Bahçe for
// Fenerbahçe, G.Antep for Gaziantep, K.Maraş for Kahramanmaraş), so that
// an initial before a capitalized word may stand for a place or a club
// rather than for a person's given name.
type AbbreviatedNames interface {
	// AbbreviatesNames reports whether the language's press does so
	// (implementations return true).
	AbbreviatesNames() bool
}
