package conll

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// Turkish Wiki NER tags some spans as a whole where news annotation tags a
// name inside them: the title "ABD Başkanı" (TITLE) holds the place ABD,
// and "ABD'li" (NORP, "American") is derived from it with the suffix
// -li. ReadCoNLL with NestedNames finds those names with the gazetteer.

// nestTags returns, per raw tag, the IOB2 tag of the TITLE or NORP span the
// word lies in ("B-TITLE", "I-NORP", ...), or "" outside them.
func nestTags(raw []string) []string {
	out := make([]string, len(raw))
	for i, t := range raw {
		prefix, typ := "", strings.ToUpper(t)
		if len(typ) > 2 && typ[1] == '-' {
			prefix, typ = typ[:1], typ[2:]
		}
		if typ != "TITLE" && typ != "NORP" {
			continue
		}
		if prefix == "B" || prefix == "S" || prefix == "U" || i == 0 || out[i-1] == "" || out[i-1][2:] != typ {
			out[i] = "B-" + typ
		} else {
			out[i] = "I-" + typ
		}
	}
	return out
}

// tagNestedNames tags, with the type of its gazetteer entry, a place or
// organization named in the data's language or English (French "Japon"
// is Turkish for "Japanese"), when it is
//   - the capitalized name (the gazetteer's longest match) that opens a
//     TITLE span and ends before its last word (the Turkish role noun
//     follows its place: "Malatya valisi", "TBMM Başkanı");
//   - the whole of a NORP span followed by an origin suffix of the language
//     (lang.OriginSuffixes: Turkish "ABD 'li", "DSP 'li"), as split by
//     SplitApostrophes;
//
// and with NorpBodies, it tags as an organization a whole NORP span that
// ends in a capitalized head noun of organizations' names
// (lang.OrganizationHeads: "İşçi Partisi", "Osmanlı Ordusu") and that the
// gazetteer does not know as a place ("Sovyetler Birliği"): Wiki NER tags
// political and military groups NORP, news annotation (docs/annotation.md)
// parties and armies ORG.
func (opt Options) tagNestedNames(s *annotation.TaggedSentence, nests []string) {
	if opt.Language == nil {
		return
	}
	matches := opt.NestedNames.Match(s.Tokens, opt.Language)
	j := 0 // the first match that may start at or after the span
	for first := 0; first < len(nests); first++ {
		if !strings.HasPrefix(nests[first], "B-") {
			continue
		}
		typ := nests[first][2:]
		last := first + 1
		for last < len(nests) && nests[last] == "I-"+typ {
			last++
		}
		for j < len(matches) && matches[j].First < first {
			j++
		}
		// Matches do not overlap: at most one starts at first.
		at := j < len(matches) && matches[j].First == first
		switch {
		case at && opt.nestedName(s, matches[j], typ, last):
			m := matches[j]
			retag(s.Tags[m.First:m.Last], annotation.Type(m.Candidates[0].Type))
		case typ == "NORP" && opt.NorpBodies && opt.norpBody(s.Tokens[first:last]) &&
			!(at && matches[j].Last == last && isPlace(matches[j])):
			retag(s.Tags[first:last], annotation.Organization)
		}
		first = last - 1
	}
}

// nestedName reports whether match m, which starts a span of type typ
// (TITLE or NORP) that ends before token last, is a name to tag.
func (opt Options) nestedName(s *annotation.TaggedSentence, m gazetteer.Match, typ string, last int) bool {
	if !isPlaceOrOrg(m) || !lang.StartsUpper(s.Tokens[m.First].Text) {
		return false
	}
	switch {
	case typ == "TITLE" && m.Last < last:
	case typ == "NORP" && m.Last == last && last < len(s.Tokens) && isOriginSuffix(s.Tokens[last], opt.Language):
	default:
		return false
	}
	return m.NamedIn(tokenText(s.Tokens[m.First:m.Last]), opt.Language)
}

// retag tags a name of type t over tags.
func retag(tags []string, t annotation.Type) {
	for i := range tags {
		tags[i] = "I-" + string(t)
	}
	tags[0] = "B-" + string(t)
}

// norpBody reports whether the tokens of a NORP span end in a capitalized
// head noun of organizations' names (Options.NorpBodies).
func (opt Options) norpBody(toks []lang.Token) bool {
	oh, ok := opt.Language.(lang.OrganizationHeads)
	if !ok {
		return false
	}
	head := &toks[len(toks)-1]
	return head.Kind == lang.Word && lang.StartsUpper(head.Text) && oh.EndsOrganization(lang.FoldToken(head, opt.Language))
}

func isPlace(m gazetteer.Match) bool {
	return len(m.Candidates) > 0 && annotation.Type(m.Candidates[0].Type) == annotation.Location
}

func isPlaceOrOrg(m gazetteer.Match) bool {
	if len(m.Candidates) == 0 {
		return false
	}
	t := annotation.Type(m.Candidates[0].Type)
	return t == annotation.Location || t == annotation.Organization
}

// isOriginSuffix reports whether t is an apostrophe suffix that makes a
// word for someone from a place (see lang.OriginSuffixes: Turkish -li).
func isOriginSuffix(t lang.Token, l lang.Language) bool {
	o, ok := l.(lang.OriginSuffixes)
	return ok && t.Kind == lang.Suffix && o.IsOriginSuffix(t.Text)
}

// tokenText joins the tokens' texts with spaces, as ReadCoNLL lays them out.
func tokenText(toks []lang.Token) string {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	return strings.Join(words, " ")
}
