package link

import (
	"slices"

	"github.com/varlik/varlik/annotation"
)

// linkShortOrganizations links an organization's mention of two words or
// more to the one longer organization of the document whose name ends
// with its words: news names a body in full once and by its bare name
// after (the Security Council after the UN Security Council, Yüksek Seçim
// Kurulu after Türkiye Yüksek Seçim Kurulu), and a translation keeps the
// full name where the original was bare, or the other way round, so that
// the bare name's own ID parted the two languages' mentions of one body.
// Two longer names that end alike (the Illinois and the Ohio General
// Assembly) leave it apart: which body it is the document does not say.
// A single word is not a body's bare name but a club's or a firm's short
// one (City, Labour), which a longer name of another ends with as often.
// A bare name the gazetteer knows keeps its own group: a longer name
// that ends with it is as often a part of it (İstanbul İYİ Parti, the
// party's branch) as the body itself.
func (lk *linker) linkShortOrganizations() {
	ents := lk.doc.Entities
	byLast := map[string][]int{} // last word → organizations of three words or more ending with it
	for i := range ents {
		if w := lk.words[i]; ents[i].Type == annotation.Organization && len(w) > minShortOrganizationWords {
			byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], i)
		}
	}
	if len(byLast) == 0 {
		return
	}
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		w := lk.words[i]
		if ents[i].Type != annotation.Organization || len(w) < minShortOrganizationWords || lk.id[lk.find(i)] != "" {
			continue
		}
		cand := -1
		for _, j := range byLast[w[len(w)-1]] {
			long := lk.words[j]
			if len(long) <= len(w) || !slices.Equal(long[len(long)-len(w):], w) {
				continue
			}
			if cand >= 0 && lk.find(cand) != lk.find(j) {
				cand = -2
				break
			}
			cand = j
		}
		if cand >= 0 {
			lk.union(cand, i)
		}
	}
}

// minShortOrganizationWords is the fewest words of an organization's bare
// name that linkShortOrganizations links to a longer one.
const minShortOrganizationWords = 2
