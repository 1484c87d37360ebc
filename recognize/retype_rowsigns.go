package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// selfEvidentRow reports whether a results or league-table row
// (resultRow's n runs over toks, a sentence whose first token is doc's
// token off) shows by itself that it is sports, so that it counts in a
// document with no sentence about sports: an agency's results pages are
// often cut into one document per line, or a feed sends a table without
// its heading. A row shows it in two ways.
//
// A one-name row is a standings line when its numbers add up as a table's
// do (standingsNumbers): "Castleton 10 6 2 2 18 9 20" (played = won +
// drawn + lost) or "BOSTON 74 64 .536 -" (the winning percentage is
// won / (won + lost)). A weather line (Athens 31 29), a golfer's rounds or
// prices do not add up so but by chance.
//
// A row of several names is a results line when one of its names is
// already an organization (the tagger or the gazetteer knew the club:
// "Leeds 2 Chelsea 1") or one the gazetteer knows as a club under a full
// name the language forms (clubs; nil when the language forms none).
// Election results (Trump 312 Harris 226) and weather lines name people
// and places, which this leaves alone.
func selfEvidentRow(doc *annotation.Document, off int, toks []lang.Token, runs [maxRowNames][2]int, n int, ents []annotation.Entity, clubs *clubMemo) bool {
	if n == 1 {
		return standingsNumbers(toks[runs[0][1]:])
	}
	k := 0
	for r := range n {
		first, last := off+runs[r][0], off+runs[r][1]
		for k < len(ents) && ents[k].Last <= first {
			k++
		}
		if k < len(ents) && ents[k].First == first && ents[k].Last == last && ents[k].Type == annotation.Organization {
			return true
		}
		if clubs != nil && clubs.knows(doc.Text[toks[runs[r][0]].Start:toks[runs[r][1]-1].End]) {
			return true
		}
	}
	return false
}

// standingsNumbers reports whether the numbers of toks, the rest of a row
// after its one name (a parenthesized part and punctuation passed over),
// add up as a standings line's: at least five whole numbers the first of
// which is the sum of the next three and not zero (played, won, drawn,
// lost: football, rugby, cricket and ice hockey tables), or two whole
// numbers followed by a decimal fraction that is the first's share of
// their sum to three places (won, lost, percentage: baseball and
// basketball).
func standingsNumbers(toks []lang.Token) bool {
	var nums [4]int // the first whole numbers
	n, depth := 0, 0
	whole := 0 // how many whole numbers
	for i := range toks {
		t := &toks[i]
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth > 0 || t.Kind != lang.Number:
		case len(t.Text) > 1 && t.Text[0] == '.' && n == 2 && whole == 2:
			// ".536": a winning percentage after won and lost.
			d, rest := digits(t.Text[1:])
			if d != 3 || rest != "" || nums[0]+nums[1] == 0 {
				return false
			}
			pct := 0
			for _, c := range t.Text[1:] {
				pct = pct*10 + int(c-'0')
			}
			// won / (won + lost), rounded to thousandths, within one.
			want := (nums[0]*2000 + nums[0] + nums[1]) / (2 * (nums[0] + nums[1]))
			return pct-want <= 1 && want-pct <= 1
		default:
			d, rest := digits(t.Text)
			if d == 0 || rest != "" {
				return false
			}
			v := 0
			for _, c := range t.Text {
				v = v*10 + int(c-'0')
			}
			if n < len(nums) {
				nums[n] = v
				n++
			}
			whole++
		}
	}
	return whole >= 5 && nums[0] > 0 && nums[0] == nums[1]+nums[2]+nums[3]
}
