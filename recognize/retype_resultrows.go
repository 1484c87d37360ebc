package recognize

import (
	"slices"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// teamsInResultRows makes the names of a sentence that is a row of a
// results table or league table organizations: "Barnsley 3 Bradford 1",
// "Wolves 2 ( Bull 34 ) Stoke 0", "Parma 5 3 2 0 8 2 11", "BOSTON 74 64
// .536 -". News agencies and papers print match results and standings so,
// in every language and sport: a sentence made only of names each followed
// right away by a number, and numbers (a parenthesized part, the scorers,
// is passed over). The tagger, without a verb or any other context, reads
// a club named after its town as the town or, not knowing it, as a person,
// and leaves many out. A row counts when it has two names (a result) or
// one name and at least three numbers (a line of a table); a single number
// after a single name ("Boeing 747") is no row. In a row, a one-word
// person the gazetteer does not know and a place it does not know as a
// country, continent, region or territory become organizations (national
// teams are places in news annotation, as in the other team rules); a
// longer person's name (a golfer's "Tiger Woods 68 70 71") keeps its type.
// Mentions inside a longer run ("Haifa" of "Hapoel Haifa 3") give way to
// one organization over the run, the club's whole name, unless one of them
// keeps its type.
// A run of capitalized words no mention holds becomes an organization only
// where every number of the row is a whole number of at most three digits
// (scores, points): price tables ("Gold 385.50 386.10") have decimals.
// ents are sorted and non-overlapping, and stay so; it returns the texts
// of the mentions it made or added, for spreadOrganizations.
//
// Dev data has no results tables: NTREX English and Turkish dev, Universal
// NER EWT dev, Turkish Wiki NER dev and the Milliyet dev split are
// unchanged (cmd/evaluate -pipeline); the rows in the test are written for
// it. It is for the agencies' sports pages, whose tables hold a large part
// of their organizations. Rows count only in a document with a sentence
// about sports (sports, from sportsSentences; nil where the language knows
// no sports words): elsewhere a name and a number are a weather table
// (Athens 31, Rome 29), election results (Trump 312 Harris 226), versions
// (Windows 10) or roads (Route 66), unless the row shows by itself that it
// is sports (selfEvidentRow: its numbers add up as a league table's, or a
// name of it is a club); l gives the clubs' full names.
func teamsInResultRows(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer, sports []bool) (_ []annotation.Entity, names []string) {
	sporty := sports == nil || slices.Contains(sports, true)
	cn := capsOf(l).clubNames
	var clubs *clubMemo // made for the first row selfEvidentRow reads: most documents have none
	var added []annotation.Entity
	var drop [][2]int // the ranges of ents that added mentions replace
	toks := doc.Tokens
	j := 0 // the first mention not before the current sentence
	for _, s := range doc.Sentences {
		for j < len(ents) && ents[j].First < s.First {
			j++
		}
		runs, n, small := resultRow(toks[s.First:s.Last])
		if n > 0 && !sporty {
			if clubs == nil && cn != nil && g != nil {
				clubs = newClubMemo(l, cn, g)
			}
			if !selfEvidentRow(doc, s.First, toks[s.First:s.Last], runs, n, ents[j:], clubs) {
				continue
			}
		}
		if n == 1 && !small && standingsNumbers(toks[s.First+runs[0][1]:s.Last]) {
			// A baseball line's percentage is no price.
			small = true
		}
		k := j
		for r := range n {
			first, last := s.First+runs[r][0], s.First+runs[r][1]
			for k < len(ents) && ents[k].Last <= first {
				k++
			}
			m := k // the first mention after the run
			keep := false
			for ; m < len(ents) && ents[m].First < last; m++ {
				e := &ents[m]
				if e.First >= first && e.Last > last && numbersOnly(toks[last:e.Last]) {
					// The tagger took the score into the name ("Queens
					// Park Rangers 1").
					*e = doc.Mention(e.First, last, e.Type, e.Score, e.Source+"+rule")
				}
				keep = keep || e.First < first || e.Last > last || e.Type == annotation.Person && (e.Last-e.First > 1 || e.ID != "") ||
					e.Type == annotation.Location && nationalSide(e.ID, g)
			}
			switch {
			case m == k+1 && ents[k].First == first && ents[k].Last == last:
				// One mention over the run: its type decides.
				if !keep && toTeam(&ents[k], g) {
					names = append(names, ents[k].Text)
				}
			case m > k:
				// Mentions inside the run ("Hapoel" and "Haifa" of "Hapoel
				// Haifa 3"): the run is the club's name.
				if !keep {
					drop = append(drop, [2]int{k, m})
					added = append(added, doc.Mention(first, last, annotation.Organization, ents[k].Score, "rule"))
					names = append(names, added[len(added)-1].Text)
				}
			case small:
				added = append(added, doc.Mention(first, last, annotation.Organization, 0.5, "rule"))
				names = append(names, added[len(added)-1].Text)
			}
			k = m
		}
	}
	ents = dropRanges(ents, drop)
	return mention.MergeByStart(ents, added), names
}

// maxRowNames bounds the names of one result row; a longer sentence of
// names and numbers is some other list.
const maxRowNames = 4

// resultRow reports whether toks, a sentence, is a row of a results or
// league table (teamsInResultRows), with the token ranges of its runs of
// capitalized words (relative to toks) and whether every number of the
// row is a whole number of at most three digits; n is 0 when toks are no
// row. A run may hold a lower-case word between capitalized ones (Brighton
// and Hove Albion). A full stop ends the row (an agency's line goes on
// with the attendance). It allocates nothing: the runs are returned in a fixed
// array, the first n of it used.
func resultRow(toks []lang.Token) (runs [maxRowNames][2]int, n int, small bool) {
	numbers, depth := 0, 0
	small = true
scan:
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.Text == "." && depth == 0 && n > 0:
			// A full stop after the row ends it; what follows ("Attendance
			// : 21,000", "Half-time 1-0") is no part of it.
			break scan
		case t.Text == "(":
			depth++
		case t.Text == ")":
			if depth == 0 {
				return runs, 0, false
			}
			depth--
		case depth > 0:
			// The scorers and their minutes.
		case t.Kind == lang.Number:
			numbers++
			if d, rest := digits(t.Text); d == 0 || rest != "" {
				small = false
			}
		case t.Kind == lang.Punct && (t.Text == "-" || t.Text == "–" || t.Text == "," || t.Text == "." || t.Text == ";"):
		case capitalizedWord(t):
			end := i + 1
			for end < len(toks) && (capitalizedWord(&toks[end]) ||
				toks[end].Kind == lang.Word && end+1 < len(toks) && capitalizedWord(&toks[end+1])) {
				end++
			}
			// A name is followed by its number (its score or its first column).
			if end == len(toks) || toks[end].Kind != lang.Number || n == maxRowNames {
				return runs, 0, false
			}
			runs[n] = [2]int{i, end}
			n++
			i = end - 1
		default:
			return runs, 0, false
		}
	}
	if depth != 0 || n == 0 || n == 1 && numbers < 3 {
		return runs, 0, false
	}
	return runs, n, small
}

// numbersOnly reports whether toks are all numbers.
func numbersOnly(toks []lang.Token) bool {
	for i := range toks {
		if toks[i].Kind != lang.Number {
			return false
		}
	}
	return true
}
