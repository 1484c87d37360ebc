package entity

import (
	"strings"

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
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the mentions it added, for spreadOrganizations.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8616 → 0.8624 ("weather.com
// reported" twice; -doc 10 0.8818 → 0.8825), UNER EWT dev, GUM dev and
// re3d unchanged (0.7607, 0.6006, 0.7108).
func sitesBeforeSaying(doc *Document, ents []Entity, l lang.Language) (_ []Entity, names []string) {
	rv, _ := l.(lang.ReportingVerbs)
	sp, _ := l.(lang.Speakers)
	if rv == nil || sp == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var added []Entity
	j := 0 // the first mention ending after token k
	for k := 0; k+1 < len(toks); k++ {
		if !domainName(toks[k].Text) || toks[k+1].Kind != lang.Word {
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
		added = append(added, doc.Mention(k, k+1, Organization, 0.5, "rule"))
		names = append(names, toks[k].Text)
	}
	return mention.MergeByStart(ents, added), names
}

// domainName reports whether s is a bare host name: two or more labels of
// ASCII letters, digits and hyphens joined by dots, the last two to six
// lower-case letters (a top-level domain), no "www." before it and no
// path, user or port around it. "U.S.", "a.m." and "e.g." end in a dot
// and are no host names.
func domainName(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 || labels[0] == "www" || len(labels[0]) < 2 {
		return false
	}
	for _, lb := range labels {
		if lb == "" || strings.Trim(lb, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != "" {
			return false
		}
	}
	tld := labels[len(labels)-1]
	return len(tld) >= 2 && len(tld) <= 6 && strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") == ""
}
