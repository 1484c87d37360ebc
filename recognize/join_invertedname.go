package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// joinInvertedNames makes one person of a name written surname first, a
// comma and the given name, alone in a pair of double quotation marks, as
// an e-mail header gives its sender (" Lenhart , Matthew " <...>): the
// tagger reads the surname and the given name as two people, or the
// surname as nothing. Only where the given name is a person's mention of
// one or two words, the surname one capitalized word, and the closing
// mark ends the sentence or an address in angle brackets follows it (a
// token that starts with <: the tokenizer may keep <ah@example.com>
// whole), as in a header: a quotation that addresses someone ("Thanks,
// Robert" she said; "Tamam, Ahmet" dedi) is no sender's name. ents are
// sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Universal NER English EWT dev 0.7539 → 0.7578 (three senders of the
// Enron e-mails); NTREX English, Turkish and Russian dev, GUM dev and
// wikigold unchanged (news writes no such headers).
func joinInvertedNames(doc *annotation.Document, ents []annotation.Entity) []annotation.Entity {
	toks := doc.Tokens
	var out []annotation.Entity // made at the first join
	s := 0                      // the sentence of the current mention
	for i := range ents {
		b := &ents[i]
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= b.First {
			s++
		}
		end := len(toks) // the end of b's sentence
		if s < len(doc.Sentences) {
			end = doc.Sentences[s].Last
		}
		k := b.First - 2 // the surname
		if b.Type != annotation.Person || b.Last-b.First > 2 || k < 1 || b.Last >= len(toks) ||
			toks[k+1].Text != "," || toks[k].Kind != lang.Word || !lang.StartsUpper(toks[k].Text) ||
			!doubleQuotes(toks[k-1].Text, toks[b.Last].Text) ||
			b.Last+1 < end && !strings.HasPrefix(toks[b.Last+1].Text, "<") {
			if out != nil {
				out = append(out, *b)
			}
			continue
		}
		if out == nil {
			out = append(make([]annotation.Entity, 0, len(ents)), ents[:i]...)
		}
		if n := len(out); n > 0 && out[n-1].Last > k {
			if out[n-1].First < k {
				out = append(out, *b) // a longer mention runs over the surname
				continue
			}
			out = out[:n-1] // the surname's own mention
		}
		out = append(out, doc.Mention(k, b.Last, annotation.Person, b.Score, b.Source+"+rule"))
	}
	if out == nil {
		return ents
	}
	return out
}

// doubleQuotes reports whether open and close are a pair of double
// quotation marks: straight ones or curly ones.
func doubleQuotes(open, close string) bool {
	return open == `"` && close == `"` || open == "“" && close == "”"
}
