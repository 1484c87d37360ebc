package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/internal/mention"
	"github.com/varlik/varlik/lang"
)

// addHeadedBodies adds an organization for each run of two or more
// capitalized words that no mention holds and that ends in the head noun
// of an organization's name (orgHeadAt: "Büyükşehir Polisi", "Hapishane
// Servisi", "Yüksek Mahkeme", "Ortak Yapay Zeka Merkezi"): the tagger
// misses a body whose words it never saw as a name. A word that joins
// names (lang.FunctionWords: ve) may stand between two capitalized words.
// A run right after a mention is left alone: it goes on the mention's name
// (widenToOrgHead decides), not a name of its own. Only for a language
// that lists its heads (lang.OrganizationHeads): English web text writes
// titles capitalized ("Great Service", "Thanks For The Prompt Service"),
// and its cues took them for bodies. A run that is its sentence's only
// words is a heading or a byline, whose capitals say nothing (a desk's
// name in capitals signing a report), and a letter before a head names
// one of a set (group B). A function word opening the run
// (lang.ClosedClassWords), capitalized where it opens a sentence or a
// clause ("Bu Komisyon", ": Bizim Parlamentonun üyesi"), is no word of the
// name. ents are sorted and non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule
// and the heads of lang.OrganizationHeads (which widenToOrgHead uses too):
// NTREX Turkish dev 0.8140 → 0.8209 (Yüksek Mahkeme four times, Büyükşehir
// Polisi, Kamu Savcılığı Servisi; widened: Louisiana Eyalet Polisi, ABD
// Kuraklık Gözlemevi), Turkish Wiki NER dev 0.7770 → 0.7771 (Sovyetler
// Birliği, Japon İmparatorluk Kara Kuvvetleri gained; a hospital and a
// military group that gold leaves untagged lost), the Milliyet dev split
// 0.8458 → 0.8464; NTREX Russian dev unchanged (0.7814). Museums are
// left out (lang/tr): the dev halves tag them as buildings. For English
// with its OrgHead cues, NTREX English dev gained (0.7795 → 0.7802: The
// Sunday Times, Judiciary Committee) but Universal NER EWT dev lost
// (0.7319 → 0.7280 with the other rules of the branch: review titles).
// Leaving out the runs that are their sentence's only words: Milliyet
// 0.8511 → 0.8519 (six such lines), the others unchanged; and the runs of
// a letter and a head: Milliyet 0.8548 → 0.8550 (two), the others
// unchanged. A run whose head is bare before a role is the role's title
// (lang.BodyOffices.HeadNamesBody: "Gençlik ve Spor Bakanı", "Sanayi ve
// Ticaret Bakanı", "Büyükşehir Belediye Başkanı"), where a head in the
// possessive ends a body's name inside the title ("Türk Tabipleri Birliği
// Başkanı"): the Milliyet dev split 0.8713 → 0.8721, the corpus's training
// part 0.9725 → 0.9729, NTREX Turkish dev (0.8902, -doc 10 0.9074) and
// Turkish Wiki NER dev (0.8012) unchanged. Leaving out an opening function word: the corpus's training
// part 0.9626 → 0.9630 (Bizim Parlamentonun, Ne Komisyonda), the dev sets
// unchanged.
func addHeadedBodies(doc *annotation.Document, ents []annotation.Entity, l lang.Language, cases wordCases) []annotation.Entity {
	nc := capsOf(l).nameCues
	if nc == nil || capsOf(l).organizationHeads == nil {
		return ents
	}
	fw := capsOf(l).functionWords
	cc := capsOf(l).closedClassWords
	bo := capsOf(l).bodyOffices
	toks := doc.Tokens
	var added []annotation.Entity
	j, s := 0, 0 // the first mention ending after token k; k's sentence
	for k := 1; k < len(toks); k++ {
		// A head with no capitalized word before it (or before a joining
		// word before it: the run goes back over that word only to a
		// capitalized word) opens no name: most capitalized words are told
		// so before their head is looked up. Where neither word before k
		// is capitalized, the next head to try is the one after the next
		// capitalized word.
		if !cases.capitalized(k-1) && (fw == nil || k < 2 || !cases.capitalized(k-2)) {
			k = cases.next(k, len(toks), capitalizedCase)
			continue
		}
		if toks[k-1].Kind != lang.Word || !cases.capitalized(k) {
			continue // a head is a capitalized word (orgHeadAt), told without its call
		}
		for j < len(ents) && ents[j].Last <= k {
			j++
		}
		for s < len(doc.Sentences) && doc.Sentences[s].Last <= k {
			s++
		}
		if j < len(ents) && ents[j].First <= k || !orgHeadAt(toks, k, nc, l) {
			continue
		}
		if k+1 < len(toks) && orgHeadAt(toks, k+1, nc, l) {
			continue // the name goes on to a later head
		}
		if k+1 < len(toks) && toks[k+1].Kind == lang.Word && nc.Cue(lang.FoldToken(&toks[k+1], l)) == lang.PersonRole &&
			bo != nil && !bo.HeadNamesBody(lang.FoldToken(&toks[k], l)) {
			continue // a bare head before a role: the words are the title's ("Gençlik ve Spor Bakanı")
		}
		prevEnd := 0 // the end of the mention before token k
		if j > 0 {
			prevEnd = ents[j-1].Last
		}
		first := k
		for i := k - 1; i >= prevEnd; i-- {
			t := &toks[i]
			if t.Kind != lang.Word {
				break
			}
			if lang.StartsUpper(t.Text) {
				first = i
				continue
			}
			if fw == nil || !fw.JoinsNames(lang.FoldToken(t, l)) || i == prevEnd || !lang.StartsUpper(toks[i-1].Text) {
				break
			}
		}
		if cc != nil && first < k && cc.ClosedClass(lang.FoldToken(&toks[first], l)) {
			first++ // a pronoun or a conjunction capitalized where it opens a sentence or a clause: "Bu Komisyon"
		}
		if first == k || first == prevEnd && j > 0 || s < len(doc.Sentences) && onlyWords(toks, doc.Sentences[s], first, k+1) ||
			first == k-1 && isCapitalLetter(toks[first].Text) {
			continue
		}
		added = append(added, doc.Mention(first, k+1, annotation.Organization, 0.5, "rule"))
	}
	return mention.MergeByStart(ents, added)
}

// onlyWords reports whether toks[first:last] are all the words of
// sentence s. It looks no further than the nearest word on either side.
func onlyWords(toks []lang.Token, s lang.Sentence, first, last int) bool {
	for i := first - 1; i >= s.First; i-- {
		if toks[i].Kind == lang.Word {
			return false
		}
	}
	for i := last; i < s.Last; i++ {
		if toks[i].Kind == lang.Word {
			return false
		}
	}
	return true
}
