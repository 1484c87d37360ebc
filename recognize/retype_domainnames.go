package recognize

import (
	"strings"
	"unicode"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// retypeDomainNames makes an organization of a person's or a place's
// mention the gazetteer did not link, whose letters and digits, in lower
// case, are a label of the host
// of a web address or an e-mail address in its sentence ("United Way
// link , http://unitedway.enron.com"): a name a site is named by is the
// site's owner's. The top-level label is left out (a place named us or
// uk). The cheap check comes first: a sentence whose text holds no colon,
// "www." or "@" is left at once, with no allocation (sentenceMayHoldAddress). A linked mention keeps
// its type: a city beside its own site ("Paris, http://paris.example.org")
// is the city.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: UNER EWT dev 0.7877 → 0.7887 (United Way);
// NTREX English dev (0.8709, -doc 10 0.8947), GUM dev, re3d, WNUT-17 and
// BTC dev unchanged.
func retypeDomainNames(doc *annotation.Document, ents []annotation.Entity) {
	toks := doc.Tokens
	j := 0 // the first mention that ends after the sentence's start
	for _, s := range doc.Sentences {
		var labels []string
		if sentenceMayHoldAddress(doc, s) {
			for k := s.First; k < s.Last; k++ {
				labels = append(labels, hostLabels(toks[k].Text)...)
			}
		}
		for j < len(ents) && ents[j].Last <= s.First {
			j++
		}
		if labels == nil {
			continue
		}
		for i := j; i < len(ents) && ents[i].First < s.Last; i++ {
			e := &ents[i]
			if e.Type != annotation.Person && e.Type != annotation.Location || e.ID != "" {
				continue
			}
			squashed := strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					return unicode.ToLower(r)
				}
				return -1
			}, e.Text)
			for _, lb := range labels {
				if len(squashed) >= 3 && lb == squashed {
					e.Type, e.Canonical = annotation.Organization, ""
					break
				}
			}
		}
	}
}

// sentenceMayHoldAddress reports whether a token of sentence s may be a web
// or e-mail address: whether its text holds "://", an at sign or www. in
// any case, which a token must hold for hostLabels to find labels in it
// (a colon alone, as a quotation's, names no host). Most sentences hold
// none, and three searches of the sentence's text
// (package bytealg's, many bytes an instruction) answer them where
// hostLabels read every byte of every token (this rule took 1.0% of
// Turkish news's instructions, 0.8% of English, 1.2% of Russian; 0.1%
// with the pre-test). It reads the text between the sentence's first and
// last tokens' offsets, so it relies on the Document's invariant that a
// token's Text is Text[Start:End]; where the offsets fall outside the
// text it is left to the tokens.
func sentenceMayHoldAddress(doc *annotation.Document, s lang.Sentence) bool {
	if s.First >= s.Last {
		return false
	}
	start, end := doc.Tokens[s.First].Start, doc.Tokens[s.Last-1].End
	if start < 0 || start > end || end > len(doc.Text) {
		return true
	}
	text := doc.Text[start:end]
	if strings.Contains(text, "://") || strings.IndexByte(text, '@') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], '.')
		if k < 0 {
			return false
		}
		if i += k; i >= 3 && startsWWW(text[i-3:]) {
			return true
		}
	}
}

// hostLabels returns the labels of the host of the web or e-mail address
// t, in lower case, without the top-level one: "unitedway" and "enron" of
// http://unitedway.enron.com, "accenture" of Kevin.A.Boone@accenture.com.
func hostLabels(t string) []string {
	if !mayBeAddress(t) {
		return nil
	}
	var host string
	switch {
	case strings.Contains(t, "://"):
		host = t[strings.Index(t, "://")+3:]
	case startsWWW(t):
		host = t
	case strings.IndexByte(t, '@') > 0:
		host = t[strings.IndexByte(t, '@')+1:]
	default:
		return nil
	}
	if k := strings.IndexAny(host, "/?#:"); k >= 0 {
		host = host[:k]
	}
	parts := strings.Split(strings.ToLower(host), ".")
	if len(parts) < 2 {
		return nil
	}
	parts = parts[:len(parts)-1]
	if parts[0] == "www" {
		parts = parts[1:]
	}
	return parts
}

// mayBeAddress reports whether t holds a colon or an at sign, or starts
// with www. (in any case): hostLabels is asked of every token, and one
// pass over its bytes answers most of them, where strings.Contains and
// strings.IndexByte were two calls (0.3% of Russian news's instructions).
func mayBeAddress(t string) bool {
	if startsWWW(t) {
		return true
	}
	for i := 0; i < len(t); i++ {
		if t[i] == ':' || t[i] == '@' {
			return true
		}
	}
	return false
}

// startsWWW reports whether t starts with www. in any case. It is
// strings.EqualFold(t[:4], "www."), which decoded the runes of every token
// of four bytes or more (0.8% of Russian news's instructions): only W and
// w have w as b|0x20, and no rune beyond ASCII folds to w.
func startsWWW(t string) bool {
	return len(t) >= 4 && t[0]|0x20 == 'w' && t[1]|0x20 == 'w' && t[2]|0x20 == 'w' && t[3] == '.'
}
