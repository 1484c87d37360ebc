package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// joinBusinessHeads makes a firm of a person's mention and the trade word
// right after it (lang.BusinessHeads: "Carr Futures", "Malcolm Smith
// Motorsports", "Lehman Brothers"), or of a person's mention that ends in
// such a word: a person's name is not followed by a capitalized trade,
// while the tagger, knowing the owner's name, tags the name alone. The
// word must be capitalized and end the run of capitalized words (in
// "Smith Industries Group" the longer name is another rule's), and no
// mention may start at it. A person the gazetteer knows keeps its type
// when nothing follows it. ents are sorted and non-overlapping, and stay
// so. It returns the texts of the organizations it made.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7672 → 0.7703 (ORGANIZATION recall
// 0.612 → 0.625: Carr Futures twice, Malcolm Smith Motorsports); NTREX
// English dev (0.8648, -doc 10 0.8881), GUM dev, re3d, BTC and WNUT-17
// dev and the SEC filings unchanged; Turkish and Russian output
// byte-identical.
func joinBusinessHeads(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	bh := capsOf(l).businessHeads
	if bh == nil {
		return nil
	}
	toks := doc.Tokens
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Person {
			continue
		}
		last := e.Last
		if t := &toks[e.Last-1]; e.ID == "" && e.Last-e.First >= 2 && lang.StartsUpper(t.Text) && bh.BusinessHead(lang.FoldToken(t, l)) {
			// the mention holds the word
		} else if k := e.Last; k < len(toks) && toks[k].Kind == lang.Word && lang.StartsUpper(toks[k].Text) &&
			bh.BusinessHead(lang.FoldToken(&toks[k], l)) && (i+1 == len(ents) || ents[i+1].First > k) &&
			toks[k].Start > toks[k-1].End && !strings.ContainsRune(doc.Text[toks[k-1].End:toks[k].Start], '\n') {
			last = k + 1
		} else {
			continue
		}
		if last < len(toks) && toks[last].Kind == lang.Word && lang.StartsUpper(toks[last].Text) {
			continue // a longer name goes on
		}
		*e = doc.Mention(e.First, last, annotation.Organization, e.Score, e.Source+"+rule")
		names = append(names, e.Text)
	}
	return names
}
