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
