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

// AblativeCases is implemented by a language of PlaceCases that can tell,
// among the endings LocativeCase accepts, those of from where (lang/tr:
// 'dan, 'ten, 'ndan): a person is where a statement or a thing comes from
// as often as a place is (Trump'tan açıklama), so rules that read the
// locative as a place's mark leave the ablative out.
type AblativeCases interface {
	// AblativeCase reports whether a folded suffix token is an ablative
	// ending.
	AblativeCase(suffix string) bool
}
