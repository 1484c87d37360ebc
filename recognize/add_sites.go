package recognize

import (
	"strings"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// sitesBeforeSaying adds an organization for a web site's bare domain name
// (weather.com, news.com.au) that no mention holds and that is the subject
// of a verb of reporting or saying (lang.ReportingVerbs, lang.Speakers:
// "weather.com reported"): news cites a site as the company behind it,
// and the tagger, which reads capitals, never takes a lower-case token
// with dots for a name. A domain inside an address (www.adobe.com,
// explorer.msn.com/intl.asp) or one that no verb of saying follows is left
// alone: web text mentions sites as places to go, which no guideline tags.
// It goes from one dot of the document's text to the next, and reads the
// token that holds it, where it read every byte of every token: a token's
// text is the document's, in another case at most, so the tokens with a
// dot are those whose bytes in the text hold one (sentences end with a
// dot of their own, which dotInside turns away).
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the mentions it added, for spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8616 → 0.8624 ("weather.com
// reported" twice; -doc 10 0.8818 → 0.8825), UNER EWT dev, GUM dev and
// re3d unchanged (0.7607, 0.6006, 0.7108).
func sitesBeforeSaying(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (_ []annotation.Entity, names []string) {
	rv := capsOf(l).reportingVerbs
	sp := capsOf(l).speakers
	if rv == nil || sp == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0    // the first mention ending after token k
	k := 0    // the first token that ends after the dot at off
	from := 0 // where the next dot is searched: past token k once it is read
	for off := strings.IndexByte(doc.Text, '.'); off >= 0; off = indexByteFrom(doc.Text, from, '.') {
		for k < len(toks) && toks[k].End <= off {
			k++
		}
		if k+1 >= len(toks) {
			break // no token before a verb holds the dot
		}
		if from = off + 1; toks[k].Start > off {
			continue // a dot outside every token
		}
		from = toks[k].End
		if !dotInside(toks[k].Text) || !domainName(toks[k].Text) || toks[k+1].Kind != lang.Word {
			continue
		}
		if v := lang.FoldToken(&toks[k+1], l); !rv.ReportingVerb(v) && !sp.SayingVerb(v) {
			continue
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		if j < len(ents) && ents[j].First <= k {
			continue
		}
		added = append(added, doc.Mention(k, k+1, annotation.Organization, 0.5, "rule"))
		names = append(names, toks[k].Text)
	}
	return mention.MergeByStart(ents, added), names
}

// dotInside reports whether s has a dot where a domainName's first one
// may stand, two bytes in and two before the end: most words have none,
// which this loop tells in line, with no call.
func dotInside(s string) bool {
	for i := 2; i < len(s)-2; i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// domainName reports whether s is a bare host name: two or more labels of
// ASCII letters, digits and hyphens joined by dots, the last two to six
// lower-case letters (a top-level domain), the first two or more
// characters and not "www", and no path, user or port around it. "U.S.",
// "a.m." and "e.g." end in a dot and are no host names. It allocates
// nothing: every token of a text is asked.
func domainName(s string) bool {
	first := strings.IndexByte(s, '.')
	if first < 2 || s[:first] == "www" {
		return false // most words: no dot
	}
	last := strings.LastIndexByte(s, '.')
	start := 0 // of the current label
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if i == start {
				return false // an empty label
			}
			start = i + 1
			continue
		}
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	tld := s[last+1:]
	return len(tld) >= 2 && len(tld) <= 6 && strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") == ""
}
