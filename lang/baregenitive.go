package lang

// BareGenitives is implemented by a language whose web text writes a
// possessive without its apostrophe, which a tokenizer such as Universal
// Dependencies' splits off the name as a lone letter (English "McDonald
// s", "Wendy s", "Hancock s" for McDonald's, Wendy's, Hancock's): right
// after a name, such a token ends a shop's or a restaurant's name.
type BareGenitives interface {
	// BareGenitive reports whether a token, as written, is such a
	// possessive ending.
	BareGenitive(word string) bool
}
