package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
)

// addRoleNames adds a person's mention for the capitalized word right after
// a role (lang.NameCues: PersonRole) where no mention holds it and the word
// is the surname of one of the gazetteer's well-known people
// (link.Linker.KnownSurname): news names a person by role and surname
// ("CHP Genel Başkanı Özel", "Belediye Başkanı Yavaş"), and the tagger
// misses the surnames that are also common words (özel, yavaş) more than
// others. Any capitalized word there was tried first and lost on every
// dev set (Milliyet dev split 0.8709 → 0.8672): roles run on in capitals
// (Genel Başkan Yardımcısı, Bakan Vekili) and common words follow them in
// headlines. The word must stand alone: the word after it is no
// capitalized word outside every mention (a name of several words the
// tagger missed is left to it), and it is no acronym, role or title. An
// apostrophe suffix may follow it (Yavaş'ın). The mentions get Source
// "rule" and score 0.5.
func addRoleNames(doc *annotation.Document, ents []annotation.Entity, l lang.Language, linker *link.Linker, cases wordCases) []annotation.Entity {
	nc := capsOf(l).nameCues
	if nc == nil || linker == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	e := 0 // the first mention not ending before token k+1
	for _, s := range doc.Sentences {
		for k := s.First; k+1 < s.Last; k++ {
			// The name is a capitalized word: the word before the next
			// one is the next that may be a role.
			c := cases.next(k+1, s.Last, capitalizedCase)
			if c == s.Last {
				break
			}
			k = c - 1
			name := &toks[k+1]
			if name.Kind != lang.Word || toks[k].Kind != lang.Word {
				continue
			}
			// Whether a mention holds the name before the role's question
			// (a cue's look-up, about 190 instructions): the tagger has
			// most capitalized words in a mention.
			for e < len(ents) && ents[e].Last <= k+1 {
				e++
			}
			if e < len(ents) && ents[e].First <= k+1 {
				continue // a mention holds it
			}
			if nc.Cue(lang.FoldToken(&toks[k], l)) != lang.PersonRole {
				continue
			}
			// The acronym test after the role's: it reads every letter.
			if isAcronym(name.Text) || nc.Cue(lang.FoldToken(name, l)) != lang.NoCue || !linker.KnownSurname(plain(l), name.Text) {
				continue
			}
			if next := k + 2; next < s.Last && toks[next].Kind == lang.Word && cases.capitalized(next) &&
				(e >= len(ents) || ents[e].First != next) {
				continue // a longer name
			}
			if m := doc.Mention(k+1, k+2, annotation.Person, 0.5, "rule"); plausible(&m) {
				added = append(added, m)
			}
		}
	}
	if len(added) == 0 {
		return ents
	}
	return mention.MergeByStart(ents, added)
}
