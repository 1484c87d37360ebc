package recognize

import (
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/ner"
)

// lowerAcronym reports whether t, a word of two to five letters in lower
// case, is an acronym written so (cnn, fbı, ес), which truecaseLower gives
// its capitals: the lexicon lists it as an abbreviation (wc: Turkish ab,
// bm), or the gazetteer knows it in capitals and not in Title case, and
// it is no word the language's dictionary writes in lower case (us) and,
// of two letters, one the prior sees capitalized (capitalized: eu, not
// fp). The gazetteer matches a longer acronym in Title case too (Nato),
// which is read as a name already.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with: NTREX
// dev in lower case, English 0.6480 → 0.6584, Turkish 0.6679 → 0.6928,
// Russian 0.5290 → 0.5515; the Milliyet dev split in lower case 0.6706 →
// 0.7107, Universal NER Russian PUD in lower case 0.3817 → 0.4201,
// Turkish Wiki NER dev in lower case 0.6190 → 0.6172; as written, BTC dev
// 0.4741 → 0.4738 (help rt ?), the Milliyet dev split 0.8710 → 0.8709,
// NTREX, EWT and WNUT-17 dev unchanged. Any word of two letters the
// gazetteer knows, dictionary words too: NTREX English in lower case
// 0.6605, WNUT-17 dev as written 0.5467 (us, fp, rp); three letters or
// more only: 0.6506 (eu, ес lost).
func lowerAcronym(t *lang.Token, norm string, wc ner.WordClass, capitalized bool, l lang.Language, g *gazetteer.Gazetteer) bool {
	n := lang.RuneCount(t.Text)
	if n < 2 || n > 5 || !lang.IsLetters(t.Text) {
		return false
	}
	if wc&ner.Abbreviation != 0 {
		return true
	}
	if g == nil || n < 3 && !capitalized || dictionaryWord(norm, l) {
		return false
	}
	one := [1]lang.Token{*t}
	one[0].Text = lang.Upper(plain(l), t.Text)
	if !singleMatch(g.Match(one[:], plain(l))) {
		return false
	}
	one[0].Text = upperFirst(t.Text, l)
	return !singleMatch(g.Match(one[:], plain(l)))
}
