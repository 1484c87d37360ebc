package lang

// TradeWords is implemented by a language that may name a company's trade
// between its name and the noun of its kind, in a compound whose noun takes
// the possessive ending (Turkish "Lloyds eczane zincirinin", the Lloyds
// pharmacy chain's; "Aldi ve Lidl indirimli satış mağazalarıyla", with the
// discount stores Aldi and Lidl).
type TradeWords interface {
	// TradeWord reports whether a folded lower-case word is a trade's noun
	// or adjective (eczane, satış, indirimli) that may stand there.
	TradeWord(norm string) bool
}
