package en

import "github.com/varlik/varlik/lang"

var _ lang.PublicationNames = English{}

// PublicationArticle reports whether word is "The", the article that
// opens a newspaper's name written inside a sentence (lang.PublicationNames):
// "told The Sunday Telegraph".
func (English) PublicationArticle(word string) bool { return word == "The" }

// PublicationHead reports whether norm, a folded word, ends a newspaper's
// name (lang.PublicationNames): The Sunday Times, The Washington Post, The
// Daily Telegraph. Left out because "The" opens other names before them
// too: news (The Bad News Bears), review, record, standard, star, world,
// press (The Associated Press, which news writes without its article as
// often as with it).
func (English) PublicationHead(norm string) bool { return publicationHeads[norm] }

var publicationHeads = map[string]bool{
	"times": true, "post": true, "telegraph": true, "guardian": true, "journal": true, "herald": true,
	"tribune": true, "gazette": true, "chronicle": true, "observer": true, "independent": true, "mirror": true,
	"express": true, "mail": true, "economist": true, "inquirer": true, "sun": true, "globe": true,
	"courier": true, "examiner": true, "dispatch": true, "spectator": true,
}
