package lang

// KindAfterNames is implemented by a language that names what a list of
// names are after the list, with a word that announces the kind (Turkish
// "Revlon , Essie ve Vichy gibi markalar", "Facebook , Google ve diğer
// teknoloji şirketleri": brands such as, and other companies). With
// OrganizationOwnedBefore's words as the kinds, the names of such a list
// are organizations.
type KindAfterNames interface {
	// AnnouncesKind reports whether a folded word (Token.Norm) after a
	// list of names announces the noun that says what they are.
	AnnouncesKind(norm string) bool
}

// KindAfterRange is implemented by a language that names what a range of
// names are after it, as KindAfterNames does after a list (Turkish
// "L'Oreal 'den Maybelline ve Burt 's Bees 'e kadar olan markalar": brands
// from L'Oreal to Burt's Bees). With OrganizationOwnedBefore's words as
// the kinds, the names of such a range are organizations.
type KindAfterRange interface {
	// ClosesRange reports whether a folded word (Token.Norm) closes a
	// range of names (kadar, "up to").
	ClosesRange(norm string) bool
	// OpensRange reports whether a folded apostrophe suffix token is the
	// case that opens a range ('den, 'tan: "from").
	OpensRange(suffix string) bool
}
