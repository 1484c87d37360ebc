package lang

// OrganizationTails is implemented by a language whose organizations'
// names go on after their head noun in lower-case words (Russian "Совет
// независимых школ", "Управление по ликвидации последствий стихийных
// бедствий"), which a tagger trained on shorter names leaves out.
type OrganizationTails interface {
	// TailLength returns how many of norms, the folded lower-case words
	// right after an organization's head noun, go on with its name.
	TailLength(norms []string) int
}
