package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// splitSignatures cuts a person's name off the firm an e-mail signature
// line runs it into, by the line's own e-mail address: where the address's
// local part, cut at its dots, underscores and hyphens, spells the first
// two or more words of a person's or an organization's mention
// ("Kevin A. Boone Accenture ... Kevin.A.Boone@accenture.com", "Vangie
// McGilloway Constellation Power Source , Inc. ... vangie.mcgilloway@..."),
// those words are the person and the capitalized rest of the mention an
// organization. The cheap checks come first: a document with no "@" in
// its text (most), and a sentence with no "@" in any token, are left at
// once. ents are sorted and non-overlapping, and stay so. The organizations it cuts off are not spread to the name's other
// mentions: a signature's firm is the one line's.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7854 → 0.7877 (Kevin A. Boone and
// Accenture, Vangie McGilloway); NTREX English dev (0.8695, -doc 10
// 0.8933), GUM dev, re3d, WNUT-17 and BTC dev unchanged.
func splitSignatures(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	if strings.IndexByte(doc.Text, '@') < 0 { // a token's text is the document's, in another case at most
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention that ends after the sentence's start
	for _, s := range doc.Sentences {
		var locals [][]string
		for k := s.First; k < s.Last; k++ {
			t := toks[k].Text
			at := strings.IndexByte(t, '@')
			if at <= 0 || at == len(t)-1 {
				continue
			}
			parts := strings.FieldsFunc(strings.ToLower(t[:at]), func(r rune) bool { return r == '.' || r == '_' || r == '-' })
			if len(parts) >= 2 {
				locals = append(locals, parts)
			}
		}
		for j < len(ents) && ents[j].Last <= s.First {
			j++
		}
		if locals == nil {
			continue
		}
		for i := j; i < len(ents) && ents[i].First < s.Last; i++ {
			e := &ents[i]
			if e.Type != annotation.Person && e.Type != annotation.Organization || e.ID != "" {
				continue
			}
			for _, parts := range locals {
				end := spelled(toks[:e.Last], e.First, parts)
				if end < 0 || end >= e.Last || !capitalizedWord(&toks[end]) {
					continue
				}
				org := doc.Mention(end, e.Last, annotation.Organization, e.Score, "rule")
				added = append(added, org)
				*e = doc.Mention(e.First, end, annotation.Person, e.Score, e.Source)
				break
			}
		}
	}
	if added == nil {
		return ents
	}
	return mention.MergeByStart(ents, added)
}

// spelled returns the end of the words from toks[k] on that spell parts,
// one a word, folded to lower case without an initial's dot (written
// glued, "A.", or as a token of its own, "A ."), or -1 if they do not.
func spelled(toks []lang.Token, k int, parts []string) int {
	for _, p := range parts {
		if k >= len(toks) || toks[k].Kind != lang.Word && toks[k].Kind != lang.Abbreviation || strings.ToLower(strings.TrimSuffix(toks[k].Text, ".")) != p {
			return -1
		}
		k++
		if k < len(toks) && toks[k].Kind == lang.Punct && toks[k].Text == "." && len([]rune(p)) == 1 {
			k++
		}
	}
	return k
}
