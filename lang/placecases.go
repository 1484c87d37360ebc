package lang

// PlaceCases is implemented by a language whose names take case endings
// as suffix tokens and that can tell the endings of where and from where
// (lang/tr: 'da, 'dan, 'daki) and of to where ('a, 'ye).
type PlaceCases interface {
	// LocativeCase reports whether a folded suffix token is a locative
	// or ablative ending.
	LocativeCase(suffix string) bool
	// DativeCase reports whether a folded suffix token is a dative ending.
	DativeCase(suffix string) bool
}
