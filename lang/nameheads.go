package lang

// NameHeadTranslator is implemented by a language that translates the
// generic head noun of a place's or an organization's name where other
// languages spell the rest (Bestwood Caddesi, Bestwood Street,
// Бествуд-стрит; Roa Roa Oteli, Roa Roa Hotel): EnglishHead returns the
// English noun for a folded head word in its dictionary form (caddesi's
// cadde → street), or "". Listed are the heads whose English noun keys
// otherwise, and those whose forms do (Komitesinin, Senatoda: Turkish
// joins its endings to a common noun with no apostrophe), so that a name
// of one word is keyed with it too (Senatoda, Senate, Сенате). A language
// may list the other words of an organization's name that news translates
// word for word too (Ulusal, National; Детская, Children's).
type NameHeadTranslator interface {
	EnglishHead(stem string) string
}
