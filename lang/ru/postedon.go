package ru

import (
	"slices"
	"strings"

	"github.com/varlik/varlik/lang"
)

var _ lang.PostingContext = Russian{}

// postingStems begin the verbs and nouns of writing, announcing and
// posting that come before the service they are posted on, in the same
// clause: написал в Твиттере, объявила о своем решении в Инстаграме,
// сообщило в Твиттере, высказал свои мысли в Твиттере, отправляя
// сообщения в Твиттере, на своей странице в Фейсбуке. заяв- (заявил в
// Кройдоне) is left out: one says where one stands as often as where one
// posts.
var postingStems = []string{"написа", "сообщ", "объяв", "опублик", "публик", "размест", "высказ", "твит", "страниц", "аккаунт", "блог"}

// postingNouns are the forms of пост, "a post", whose stem begins other
// words (поставил, постоянно).
var postingNouns = []string{"пост", "поста", "посте", "посты", "постов", "постах"}

// ownWords are the forms of свой that stand between the preposition and
// a service's name (в своем Твиттере); a place is seldom one's own.
var ownWords = []string{"своем", "своём", "своей"}

// PostedOn reports whether the words before a name, nearest first, are в
// after a word of writing or posting in the same clause or after a user's
// handle (@MerPolCC в Твиттере), or в свой (lang.PostingContext). на is
// left out: one posts in a service (в Твиттере) and acts on a place (была
// опубликована неизвестным лицом на Капитолийском холме).
func (Russian) PostedOn(before []string) bool {
	if len(before) > 0 && slices.Contains(ownWords, before[0]) {
		return len(before) > 1 && before[1] == "в"
	}
	if len(before) < 2 || before[0] != "в" {
		return false
	}
	if strings.HasPrefix(before[1], "@") {
		return true
	}
	for _, w := range before[1:] {
		if hasPrefix(w, postingStems) || slices.Contains(postingNouns, w) {
			return true
		}
	}
	return false
}
