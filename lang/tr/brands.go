package tr

// BrandPossessive reports whether norm, a folded token right after a name,
// is the English possessive 's (lang.BrandPossessives): Turkish has no
// such ending, so a name written with it is an English brand ("Sainsbury
// 's", "McDonald's"), while Turkish endings after an apostrophe are case
// and possessive suffixes ('ın, 'da, 'sı) that any name takes.
func (Turkish) BrandPossessive(norm string) bool { return norm == "'s" || norm == "’s" }
