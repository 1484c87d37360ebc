package lang

// PostingContext is implemented by a language whose news names the web
// service someone posts on after a preposition, as it names a place
// (Russian "написал в Твиттере", "в своем Инстаграме"): the words before
// the name tell that it is a service's, which news annotation tags as an
// organization.
type PostingContext interface {
	// PostedOn reports whether before, the folded words (and users'
	// handles, @name) right before a name, nearest first, back to the
	// punctuation that opens its clause (at most MaxPostingWords of them),
	// make it the name of a service someone posts on.
	PostedOn(before []string) bool
}

// MaxPostingWords bounds the words before a name that PostedOn is given.
const MaxPostingWords = 6
