package lang

// TeamPlurals is implemented by a language whose sports news names a team
// by a plural nickname after the definite article ("a 5-2 win over the
// Nationals", "The Rockies clinched"): a word the tagger leaves out, or
// takes for a place (the Rocky Mountains) or a surname.
type TeamPlurals interface {
	// TeamPlural reports whether a folded word (Token.Norm), right after
	// the folded word before, reads as a team's plural name.
	TeamPlural(before, norm string) bool
}
