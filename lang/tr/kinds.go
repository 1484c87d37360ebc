package tr

// AnnouncesKind reports whether norm, a folded word after a list of names,
// announces the noun that says what they are (lang.KindAfterNames): gibi
// ("Revlon ve Vichy gibi markalar", brands such as) and diğer ("Facebook
// ve diğer şirketler", and other companies).
func (Turkish) AnnouncesKind(norm string) bool { return norm == "gibi" || norm == "diğer" }
