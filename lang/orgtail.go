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

// HeadTails is implemented by a language whose organizations' head
// nouns, capitalized and alone, make a name with some of the tails
// (OrganizationTails) after them: Russian "Комиссией по занятости",
// "Совета независимых школ", but not "в Сенате по утверждению
// кандидатуры" (a legislature is named alone; the phrase is what it
// does) or "Совет директоров" opening a sentence, where a capital says
// nothing.
type HeadTails interface {
	// HeadTailLength returns how many of norms, the folded lower-case
	// words after head, a capitalized head noun named alone, go on with
	// its name; opening tells whether head opens its sentence.
	HeadTailLength(head string, norms []string, opening bool) int
}

// FiniteVerbs is implemented by a language whose finite verbs can be told
// by their form (Russian заявил, ввел, обещала, делает): no name holds
// one, so a mention that runs over one ends before it.
type FiniteVerbs interface {
	// FiniteVerb reports whether a folded lower-case word is a finite
	// verb by its form.
	FiniteVerb(norm string) bool
}
