package link

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/checkpoint"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxTitledNameWords is the most capitalized words addTitledNames takes
// after an honorific: a given name, a middle name and a surname.
const maxTitledNameWords = 3

// titledNameScore is the score of a mention addTitledNames adds.
const titledNameScore = 0.8

// addTitledNames tags as a PERSON the capitalized words outside every
// entity right after an abbreviated honorific (lang.NameCues PersonTitle:
// Prof. Czeisler, Dr. Ford, Mr. Smith), which a tagger misses where it
// has not seen the name. Only an abbreviation, written with its period:
// an honorific written out may follow the name it goes with (Turkish
// Mesut Bey, Enver Paşa), and what follows it then is another word of
// the sentence. The mentions get Source "link". dotted are the tokens
// of doc that end with a period (see notedTokens).
func addTitledNames(doc *annotation.Document, l lang.Language, dotted []int, stop *checkpoint.Every) {
	cues, ok := l.(lang.NameCues)
	if !ok {
		return
	}
	var covered []bool // once an honorific is found
	var added []annotation.Entity
	next := 0 // the first token not in a mention added
	for _, t := range dotted {
		if stop.Done() {
			return
		}
		tk := &doc.Tokens[t]
		if t < next || t+1 >= len(doc.Tokens) || cues.Cue(lang.FoldToken(tk, l)) != lang.PersonTitle {
			continue
		}
		if covered == nil {
			covered = coveredTokens(doc)
		}
		end := t + 1
		for end < len(doc.Tokens) && end-t <= maxTitledNameWords && !covered[end] && capitalWord(&doc.Tokens[end]) &&
			cues.Cue(lang.FoldToken(&doc.Tokens[end], l)) == lang.NoCue {
			end++
		}
		if end == t+1 || end-t-1 > maxTitledNameWords || end < len(doc.Tokens) && capitalWord(&doc.Tokens[end]) {
			continue // nothing, or a longer run of capitals: not one name
		}
		added = append(added, doc.Mention(t+1, end, annotation.Person, titledNameScore, "link"))
		next = end
	}
	doc.Entities = mention.MergeByStart(doc.Entities, added)
}
