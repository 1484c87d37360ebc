package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// maxPublicationWords is how many capitalized words may follow the article
// of a publication's name up to its head (The Sunday Times, The Wall
// Street Journal).
const maxPublicationWords = 4

// addPublications tags as an organization a newspaper's name written with
// its capitalized article inside a sentence (lang.PublicationNames): "told
// The Sunday Telegraph :", "he told The Telegraph". English capitalizes
// "The" inside a sentence only as a name's first word, and the news
// convention keeps it in the name; the tagger leaves it out, or after a
// day's name misses the newspaper altogether. The name runs from the
// article over capitalized words to the last head among them (The Sunday
// Times of "The Sunday Times Culture", the newspaper's section). The
// mentions inside the name give way to it; a person's mention that runs
// on from before the article into the name ends before the article
// ("Bay Goldsmith The Sunday Telegraph'a şöyle dedi", which the tagger read
// as one person); another mention that reaches past the head or before
// the article (The Independent Police Complaints Commission) keeps the
// words, and no name is added. ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline, one document a sentence),
// F1 without → with: NTREX English dev 0.8256 → 0.8274 (The Sunday
// Telegraph, The Telegraph, The Sunday Times twice), crosslingual dev 717
// → 718 of 1038 entities with one ID in tr, en and ru; UNER EWT dev 0.7410
// unchanged (it writes "the Washington Post" lower-case). Turkish (English
// newspapers quoted in Turkish news) with the person's name cut before the
// article: NTREX Turkish dev 0.8739 → 0.8756 (-doc 10 0.8906 → 0.8922: The
// Telegraph, Goldsmith | The Sunday Telegraph), the Milliyet dev split
// (0.8658), Turkish Wiki NER dev (0.7859) and NTREX English dev (0.8597,
// -doc 10 0.8803) unchanged; Russian implements no lang.PublicationNames.
func addPublications(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	pn := capsOf(l).publicationNames
	if pn == nil {
		return ents
	}
	toks := doc.Tokens
	var added []annotation.Entity
	j := 0 // the first mention ending after token i
	s := 0 // the sentence holding token i
	for i := 0; i+1 < len(toks); i++ {
		if i = cases.next(i+1, len(toks), capitalizedCase) - 1; i+1 == len(toks) {
			break // the paper's name, capitalized, first: most words are lower-case
		}
		if toks[i].Kind != lang.Word || !pn.PublicationArticle(toks[i].Text) {
			continue
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= i {
			s++
		}
		if opensSentence(toks, doc.Sentences, s, i) {
			continue // every sentence capitalizes its first word
		}
		head := 0
		for k := i + 1; k < len(toks) && k <= i+maxPublicationWords && cases.capitalized(k); k++ {
			if pn.PublicationHead(lang.FoldToken(&toks[k], l)) {
				head = k
			}
		}
		if head == 0 {
			continue
		}
		for j < len(ents) && ents[j].Last <= i {
			j++
		}
		inside, cut := true, -1
		for k := j; k < len(ents) && ents[k].First <= head; k++ {
			if e := &ents[k]; e.First < i && e.Last > i && e.Last <= head+1 && e.Type == annotation.Person {
				cut = k // a person's name run on into the article ("Goldsmith The Sunday Telegraph")
				continue
			}
			inside = inside && ents[k].First >= i && ents[k].Last <= head+1
		}
		if inside {
			if cut >= 0 {
				e := &ents[cut]
				*e = doc.Mention(e.First, i, annotation.Person, e.Score, e.Source+"+rule")
			}
			added = append(added, doc.Mention(i, head+1, annotation.Organization, 0.5, "rule"))
			i = head
		}
	}
	if len(added) == 0 {
		return ents
	}
	kept := ents[:0]
	a := 0
	for _, e := range ents {
		for a < len(added) && added[a].Last <= e.First {
			a++
		}
		if a == len(added) || e.Last <= added[a].First {
			kept = append(kept, e) // outside every added name
		}
	}
	return mention.MergeByStart(kept, added)
}

// publicationsReadAsPeople makes an organization of a person's or a
// place's mention of two words or more that the gazetteer does not know
// and whose last word ends a newspaper's name (lang.PublicationNames:
// "Scottish Sun'ın ulaştığı kaynak", "Washington Examiner'e göre"): no
// person's or place's name ends so, while the tagger reads a place and a
// word it does not know as a name and a surname, or as the place. It
// returns the texts of the mentions it retyped.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8831 → 0.8843 (-doc 10 0.9033 → 0.9045: Scottish Sun,
// Washington Examiner), NTREX English dev 0.8597 → 0.8603 (-doc 10 0.8803 →
// 0.8810), the Milliyet dev split (0.8666) and Turkish Wiki NER dev
// (0.7855) unchanged. Places too: NTREX Turkish dev 0.8990 → 0.8997 (-doc 10
// 0.9183 → 0.9189, -articles 0.9261 → 0.9268: Washington Examiner 'da yer
// alan habere göre), the Milliyet dev split, Turkish Wiki NER dev, the
// corpus's training part and the English dev rows unchanged.
func publicationsReadAsPeople(doc *annotation.Document, ents []annotation.Entity, l lang.Language) (names []string) {
	pn := capsOf(l).publicationNames
	if pn == nil {
		return nil
	}
	for i := range ents {
		e := &ents[i]
		if unknownPersonOrPlace(e) && e.Last-e.First >= 2 && capitalizedWord(&doc.Tokens[e.Last-1]) &&
			pn.PublicationHead(lang.FoldToken(&doc.Tokens[e.Last-1], l)) {
			toOrganization(e)
			names = append(names, e.Text)
		}
	}
	return names
}
