package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// maxDesignatedWords bounds the capitalized words after a club designator
// that the club's name takes ("CD Málaga", "FC Steaua București").
const maxDesignatedWords = 3

// joinClubDesignators makes a club designator written in capitals
// (clubDesignators: FC, CD, UD, SK) and the capitalized words right after
// it one organization: "FC Timişoara 'ya", "UD Almería", "CD Málaga". The
// designator says a club is named, and the tagger reads the town after it
// as a place, or the designator as a person's initials, or leaves both
// out. The mentions inside the name give way to it; a mention that starts
// before the designator or goes on past the capitalized words leaves it
// alone, and so does a designator right after a capitalized word, which
// ends a name of its own ("Livingston FC"). Designators that are common
// words or other bodies' letters (US, IF, SS) are left out. ents are
// sorted and non-overlapping, and stay so; it returns the texts of the
// names it made, for spreadOrganizations.
//
// Chosen on dev data, F1 without → with: Turkish Wiki NER dev (tag -in
// conll) 0.7876 → 0.7902 (FC Timişoara'ya, UD Almera'ya, CD Malacitano,
// CD Malaga); NTREX Turkish dev 0.8719 and -doc 10 0.8886, the Milliyet
// dev split 0.8656, NTREX English and Russian dev 0.8597 and 0.8833, all
// unchanged.
func joinClubDesignators(doc *annotation.Document, ents []annotation.Entity) (_ []annotation.Entity, names []string) {
	toks := doc.Tokens
	over := newNamesOver(ents)
	for k := 0; k+1 < len(toks); k++ {
		if k = nextToken(toks[:len(toks)-1], k, shapedLikeDesignator); k+1 == len(toks) {
			break
		}
		d := toks[k].Text
		if !clubDesignators[d] || !upperDesignator(d) || k > 0 && capitalizedWord(&toks[k-1]) || !capitalizedWord(&toks[k+1]) {
			continue
		}
		last := k + 1
		for last < len(toks) && last-k <= maxDesignatedWords && capitalizedWord(&toks[last]) && !clubDesignators[toks[last].Text] {
			last++
		}
		from, to, past := over.within(k, last)
		if past || to == from+1 && ents[from].First == k && ents[from].Last == last && ents[from].Type == annotation.Organization {
			k = last - 1
			continue
		}
		e := doc.Mention(k, last, annotation.Organization, 0.5, "rule")
		over.replace(from, to, e)
		names = append(names, e.Text)
		k = last - 1
	}
	return over.result(), names
}

// designatorShape reports whether d could be an upper-case designator: two
// to six bytes opening on two capitals or a capital and a dot. It spares
// the map look-up for nearly every token.
func designatorShape(d string) bool {
	return len(d) >= 2 && len(d) <= 6 && 'A' <= d[0] && d[0] <= 'Z' && ('A' <= d[1] && d[1] <= 'Z' || d[1] == '.')
}

func shapedLikeDesignator(t *lang.Token) bool { return designatorShape(t.Text) }

// upperDesignator reports whether a designator is written in capitals
// (FC, F.C.), not as a word (Club, Calcio), and is none of the letters
// that more often stand for something else: the United States (US), a
// conjunction (IF) or the Nazi SS.
func upperDesignator(d string) bool {
	return d == strings.ToUpper(d) && d != "US" && d != "IF" && d != "SS"
}
