package lang

// LowerCompassWords is implemented by a language whose text writes a
// compass adjective before a place in lower case, out of the place's name
// (English "western Arizona", "southwest China"), but for the names that
// hold one (Northern Ireland, South Africa). A headline in capitals
// hides which it is; the truecasing reads such a word in lower case unless
// a gazetteer name covers it. Turkish and Russian names hold the compass
// word (Güney Kaliforniya, Южная Калифорния) and do not implement it.
type LowerCompassWords interface {
	// LowerCompassWord reports whether a folded word (Token.Norm) is such
	// a compass adjective.
	LowerCompassWord(norm string) bool
}
