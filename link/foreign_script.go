package link

import (
	"unicode"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// foreignNameScore is the score of a mention addForeignScriptNames adds:
// a guess from the script alone.
const foreignNameScore = 0.5

// Limits on a run of Latin words taken for a name: a longer one is prose
// quoted in Latin letters (an English sentence), or garbage (a megabyte
// of capitals). The longest Latin names on NTREX Russian dev are four
// words (The Power of Nutrition, West Virginia Metro News).
const (
	maxForeignNameWords = 6
	maxForeignNameBytes = 128
)

// addForeignScriptNames tags, in a language written in a script other than
// Latin (lang.Romanizer), each run of Latin words outside every entity
// that starts with a capital letter (Fox Business Network, Essie, MSNBC,
// The Power of Nutrition) as an ORGANIZATION. Such a text writes in Latin
// letters the names it keeps as their owners write them, brands,
// companies, channels and websites most of all: on NTREX Russian dev, 120
// of the 126 Latin names are organizations, against 40 Latin runs that
// name nothing (titles of songs and shows, acronyms of terms). A tagger
// learnt from text with few of them misses many. A lower-case word stays
// inside a run only before a capitalized one (of in The Power of
// Nutrition); a run of one letter is left out (the A of a grade), and so
// is a run next to a tagged Latin word, part of a name the tagger cut
// short (Nielsen Media), and a run too long for a name (see
// maxForeignNameWords). The mentions get Source "link".
func addForeignScriptNames(doc *annotation.Document, l lang.Language, stop *checkpoint.Every) {
	if _, ok := l.(lang.Romanizer); !ok {
		return
	}
	var covered []bool // once a Latin word is found: most texts have none
	taggedLatin := func(k int) bool { return k >= 0 && k < len(doc.Tokens) && covered[k] && latinWord(&doc.Tokens[k]) }
	var added []annotation.Entity
	for t := 0; t < len(doc.Tokens); t++ {
		if stop.Done() {
			return
		}
		if !lang.StartsUpper(doc.Tokens[t].Text) || !latinWord(&doc.Tokens[t]) {
			continue
		}
		if covered == nil {
			covered = coveredTokens(doc)
		}
		if covered[t] {
			continue
		}
		end := t + 1 // one past the run's last capitalized word
		for k := t + 1; k < len(doc.Tokens) && !covered[k] && latinWord(&doc.Tokens[k]); k++ {
			if lang.StartsUpper(doc.Tokens[k].Text) {
				end = k + 1
			}
		}
		if end == t+1 && utf8.RuneCountInString(doc.Tokens[t].Text) < 2 || taggedLatin(t-1) || taggedLatin(end) ||
			end-t > maxForeignNameWords || doc.Tokens[end-1].End-doc.Tokens[t].Start > maxForeignNameBytes {
			t = end - 1
			continue
		}
		added = append(added, doc.Mention(t, end, annotation.Organization, foreignNameScore, "link"))
		t = end - 1
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
}

// latinWord reports whether a token is a word written in Latin letters,
// with digits, apostrophes, hyphens and dots inside (C-SPAN, Brink's,
// HER2), and no letter of another script.
func latinWord(tk *lang.Token) bool {
	if tk.Kind != lang.Word && tk.Kind != lang.Abbreviation {
		return false
	}
	letters := 0
	for _, r := range tk.Text {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		case unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters > 0
}
