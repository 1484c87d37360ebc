package recognize

import (
	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
)

// widenToOrgHead makes a place or organization mention an organization when the
// name goes on, in capitalized words no other mention holds, to the head
// noun of an organization's name (lang.NameCues, lang.OrgHead: "İskoçya
// Bağımsız Okullar Kurulu", "Birleşik Krallık İstihdam ve Beceri
// Komisyonu"): the tagger stops at the place an organization is named
// after. The mention takes the words up to the head; a word that joins
// names (lang.FunctionWords: ve) may stand between two capitalized words.
// Not people: a person's name before "ve Sanayi ve Ticaret" is a list. An
// organization is widened too ("Cumhuriyet Savcılığı" after the paper's
// name, "Emniyet Genel Müdürlüğü Özel Harekat Dairesi"), but one that ends
// in a head already is a whole name that no joining word goes on from,
// and an acronym is a whole name (the BBC's "BBC Breaking News" service:
// Universal NER English EWT dev lost two names without this).
// The words stop at a role ("ABD Başkanını") that is not itself a head (a
// head's Başsavcılığı begins like the role Başsavcı), and a mention whose head is
// followed by a role keeps its place ("Kadıköy Belediye Başkanı": news
// annotation tags the town, the role holder's). ents are sorted and
// non-overlapping, and stay so.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// Turkish Wiki NER dev 0.7763 → 0.7770 (ABD Deniz Kuvvetleri), the
// Milliyet dev split 0.8455 → 0.8458, NTREX Turkish dev unchanged (0.8140;
// "İskoçya Bağımsız Okullar Kurulu Direktörü" is lost to the role check,
// which Milliyet needs), NTREX English and Russian dev unchanged. Tried
// and not kept: people too (Milliyet 0.8439: "Kemal Yurt ve Sanayi ve
// Ticaret", "Kadıköy Belediye" before Başkanı); a place or person whose
// own last word is such a head made an organization (Wiki NER 0.7763 →
// 0.7750: Enver Paşa's "Arıburnu Cephesi", a front, is a place there).
//
// Milliyet train split (-pipeline -doc 30), then the others: a head
// looked for before a role (Ankara DGM Başsavcılığı) 0.8574 → 0.8576;
// organizations widened too 0.8577 (the Milliyet dev split 0.8717 →
// 0.8725), and kept from a joining word after their head ("Tarım
// Bakanlığı ile Konut Fonu" had been one) 0.8578; NTREX Turkish dev
// (0.8897, -doc 10 0.9077), Turkish Wiki NER dev (0.8008), NTREX Russian
// and English dev unchanged throughout.
//
// A body the gazetteer knows keeps its name before the office of its head
// (lang.BodyOffices: "TBMM Başkanlığına", "Meclis Başkanlığı"), which news
// and the corpus leave out as they leave out a title: the corpus's
// training part 0.9649 → 0.9721 (TBMM Başkanlığına, 49 times),
// the Milliyet dev split 0.8707 → 0.8710 (Yargıtay Başkanlığı, Meclis
// Başkanlığı); NTREX Turkish dev (0.8895, -doc 10 0.9068) and Turkish Wiki
// NER dev (0.7992) unchanged.
//
// A head in the possessive before the role (lang.BodyOffices.HeadNamesBody:
// "Konya Büyükşehir Belediyesi Başkanı", "İskoçya Bağımsız Okullar Kurulu
// Direktörü") ends the name of the body the title is of, which is tagged:
// only the bare head begins a title of the town's (Kadıköy Belediye
// Başkanı). NTREX Turkish dev 0.8895 → 0.8902 (-doc 10 0.9068 → 0.9074),
// the Milliyet dev split 0.8710 → 0.8713, Turkish Wiki NER dev unchanged
// (0.8012); the corpus's training part 0.9726 → 0.9725 (TM Yönetim Kurulu
// Başkan Yardımcısı, where the board is the title's).
func widenToOrgHead(doc *annotation.Document, ents []annotation.Entity, l lang.Language, g *gazetteer.Gazetteer) {
	nc := capsOf(l).nameCues
	if nc == nil {
		return
	}
	fw := capsOf(l).functionWords
	bo := capsOf(l).bodyOffices
	toks := doc.Tokens
	isHead := func(i int) bool { return orgHeadAt(toks, i, nc, l) }
	for i := range ents {
		e := &ents[i]
		if e.Type != annotation.Location && e.Type != annotation.Organization {
			continue
		}
		if e.Type == annotation.Organization && knownParty(e.ID, g) {
			// A party's head word after its name names its group in
			// parliament (İYİ PARTİ Grubu, CHP Grubu adına), which the
			// corpus annotates as the party: the party keeps its ID.
			continue
		}
		if e.Type == annotation.Organization && e.Last-e.First == 1 && toks[e.First].Kind == lang.Abbreviation {
			// An acronym names its body whole: the words after it name
			// something of the body's (BBC Breaking News).
			continue
		}
		limit := len(toks)
		if i+1 < len(ents) {
			limit = ents[i+1].First
		}
		// An organization that ends in its head is a whole name: a joining
		// word after it opens the next one (Tarım Bakanlığı ile Konut
		// Fonu). Asked last, of a joining word before a capitalized one.
		whole := func() bool { return e.Type == annotation.Organization && isHead(e.Last-1) }
		end := 0 // just after the last head word found
		for k := e.Last; k < limit; k++ {
			t := &toks[k]
			if t.Kind != lang.Word {
				break
			}
			if !lang.StartsUpper(t.Text) {
				if fw == nil || k+1 >= limit || !lang.StartsUpper(toks[k+1].Text) || !fw.JoinsNames(lang.FoldToken(t, l)) || whole() {
					break
				}
				continue
			}
			if isHead(k) {
				end = k + 1
				continue
			}
			if nc.Cue(lang.FoldToken(t, l)) == lang.PersonRole {
				break
			}
		}
		if end == 0 || end < len(toks) && toks[end].Kind == lang.Word && nc.Cue(lang.FoldToken(&toks[end], l)) == lang.PersonRole &&
			(bo == nil || !bo.HeadNamesBody(lang.FoldToken(&toks[end-1], l))) {
			continue
		}
		if e.ID != "" && bo != nil && bo.OfficeAfterBody(lang.FoldToken(&toks[end-1], l)) {
			continue // a known body's head's office: TBMM Başkanlığına
		}
		m := doc.Mention(e.First, end, annotation.Organization, e.Score, e.Source+"+rule")
		*e = m
	}
}

// orgHeadAt reports whether toks[i] is a capitalized word that ends an
// organization's name: a head noun the language's lang.OrganizationHeads
// knows, or where it has none, an OrgHead cue of its lang.NameCues.
func orgHeadAt(toks []lang.Token, i int, nc lang.NameCues, l lang.Language) bool {
	t := &toks[i]
	if t.Kind != lang.Word || !lang.StartsUpper(t.Text) {
		return false
	}
	norm := lang.FoldToken(t, l)
	if oh := capsOf(l).organizationHeads; oh != nil {
		return oh.EndsOrganization(norm)
	}
	return nc.Cue(norm) == lang.OrgHead
}

// knownParty reports whether id is a gazetteer entry for a political
// party.
func knownParty(id string, g *gazetteer.Gazetteer) bool {
	if id == "" || g == nil {
		return false
	}
	en := g.ByID(id)
	return en != nil && en.Subtype == "party"
}
