package lang

// ApostropheSuffixes is implemented by a language that writes an
// apostrophe between a proper name and the suffixes it takes (Turkish
// Ankara'da, Meclis'te): a capitalized word that takes them with none
// (Meclisin, Hükümetin) is a common noun written with a capital
// for emphasis or at a sentence's start, whatever name its stem is.
type ApostropheSuffixes interface {
	// NamesTakeApostrophe reports whether the language's names take their
	// suffixes after an apostrophe (implementations return true).
	NamesTakeApostrophe() bool
}
