package tr

// AnnouncesKind reports whether norm, a folded word after a list of names,
// announces the noun that says what they are (lang.KindAfterNames): gibi
// ("Revlon ve Vichy gibi markalar", brands such as) and diğer ("Facebook
// ve diğer şirketler", and other companies).
func (Turkish) AnnouncesKind(norm string) bool { return norm == "gibi" || norm == "diğer" }

// ClosesRange reports whether norm is kadar ("up to"), which closes a
// range of names opened by an ablative ("L'Oreal 'den Maybelline 'e kadar
// olan markalar"; lang.KindAfterRange).
func (Turkish) ClosesRange(norm string) bool { return norm == "kadar" }

// OpensRange reports whether suffix, a folded apostrophe suffix token, is
// the ablative ('den, 'dan, 'ten, 'tan; lang.KindAfterRange).
func (Turkish) OpensRange(suffix string) bool {
	switch trimApostrophes(suffix) {
	case "den", "dan", "ten", "tan":
		return true
	}
	return false
}
