package lang

// ReportSources is implemented by a language that says where a report
// appeared with the medium's name in a case and a phrase after it
// (Turkish "Hill'de yer alan habere göre", "Variety'de yayımlanan
// makalede"): the name before such a phrase is a newspaper's, a
// magazine's or a site's, which a tagger that never saw it reads as a
// person or a place.
type ReportSources interface {
	// ReportSource reports whether suffix, the folded apostrophe suffix
	// right after a name ('de), and next, the folded words after it, say
	// that a report appeared in what the name names.
	ReportSource(suffix string, next []string) bool
}
