package lang

// ShopWords is implemented by a language whose shops, restaurants and
// small firms are named by their owner's name in the possessive and a
// capitalized word for the trade after it (English "Ray 's Pizza",
// "Burch 's Karate", "Joe 's Garage"): the owner's name alone is what a
// tagger tags, as a person's.
type ShopWords interface {
	// ShopWord reports whether a folded word (Token.Norm) names such a
	// trade.
	ShopWord(norm string) bool
}
