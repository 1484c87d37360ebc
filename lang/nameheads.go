package lang

// NameHeadTranslator is implemented by a language that translates the
// generic head noun of a place's or an organization's name where other
// languages spell the rest (Bestwood Caddesi, Bestwood Street,
// Бествуд-стрит; Roa Roa Oteli, Roa Roa Hotel): EnglishHead returns the
// English noun for a folded head word in its dictionary form (caddesi's
// cadde → street), or "". Only heads whose English noun keys otherwise
// are listed (a komite keys as a committee does). Links key the names of
// more words than one with it.
type NameHeadTranslator interface {
	EnglishHead(stem string) string
}
