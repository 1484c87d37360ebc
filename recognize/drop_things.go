package recognize

import "github.com/varlik/varlik/annotation"
import "github.com/varlik/varlik/lang"

// dropThings removes the person and place mentions that the word right
// after them shows to name a thing (lang.ThingNames: "Rosa kasırgası",
// "Johnny English filmi"), which news annotation does not tag, and the
// mentions of any type whose own last word is such a word ("Rosa
// Kasırgası 'ndan", which the tagger read as an organization). A name the
// gazetteer knows keeps its mention: a known person's film is theirs.
// Other mentions of the name stay: a film is named after its hero, whom
// annotation tags as a person ("Johnny English 'in başına gelen"). A place
// or an organization is dropped, known or not, when the capitalized words
// after it end in a
// capitalized thing word (inThingName: "Türkiye Süper Ligi", "Belçika
// Kupası"): it is a word of the thing's name, which the guideline leaves
// untagged.
//
// Chosen on dev data (cmd/evaluate -pipeline), F1 without → with the rule:
// NTREX Turkish dev 0.8209 → 0.8220 (Rosa kasırgası, Johnny English
// filminde), Turkish Wiki NER dev 0.7771 → 0.7781 (Pia Colada sözcüğünün,
// David and Lisa filmi, El Clon dizisinde, Waldmann Snider denklemini),
// the Milliyet dev split unchanged (0.8464); ten sentences a document
// (-doc 10), NTREX Turkish 0.8326 → 0.8336. Tried and not kept: dropping
// the name's other mentions too (-doc 10: 0.8323, the film's hero lost);
// a game (oyunu, also a vote: "Zaev oyunu kullandıktan sonra"). The
// mentions that end in such a word: NTREX Turkish dev 0.8427 → 0.8429,
// Turkish Wiki NER dev and the Milliyet dev split unchanged. Events
// (haftası, festivali, fuarı): NTREX Turkish dev 0.8441 → 0.8444 (Paris
// Moda Haftası), the Milliyet dev split 0.8464 → 0.8467, Wiki NER
// unchanged. Competitions (kupası, ligi, şampiyonası, turnuvası,
// olimpiyat, cup, league, premiership): NTREX Turkish dev 0.8503 → 0.8514
// (Ryder Cup, Ladbrokes Premiership), the Milliyet dev split 0.8467 →
// 0.8468, Wiki NER unchanged. Places in a thing's capitalized name: Turkish
// Wiki NER dev 0.7804 → 0.7817 (Türkiye Ligi, Türkiye Süper Ligi, Türkiye
// Kupası, Danimarka Süper Ligi, Belçika Kupası), NTREX Turkish dev and the
// Milliyet dev split unchanged (0.8543, 0.8473). Organizations in such a
// name too (the guideline's UEFA Europa League), with a conference an
// event (konferansı): NTREX Turkish dev 0.8847 → 0.8850 (-doc 10 0.9049 →
// 0.9052: Muhafazakar Parti Konferansına), the Milliyet dev split (0.8666),
// Wiki NER dev (0.7853), NTREX English and Russian dev unchanged. Time zones (saati,
// saatin-): NTREX Turkish dev 0.8561 → 0.8570 (Britanya Yaz Saatiyle,
// three times), Wiki NER and the Milliyet dev split unchanged (0.7839,
// 0.8481). English's films, events, scales and counters: NTREX English
// dev 0.8457 → 0.8463 (Paris of Paris Fashion Week twice), UNER EWT dev
// 0.7432 → 0.7436 (the Saffir - Simpson scale).
func dropThings(doc *annotation.Document, ents []annotation.Entity, l lang.Language) []annotation.Entity {
	tn := capsOf(l).thingNames
	if tn == nil {
		return ents
	}
	kept := ents[:0]
	for _, e := range ents {
		if (e.Type == annotation.Person || e.Type == annotation.Location) && e.ID == "" && e.Last < len(doc.Tokens) {
			if next := &doc.Tokens[e.Last]; next.Kind == lang.Word && tn.NamesThing(lang.FoldToken(next, l)) {
				continue
			}
		}
		if (e.Type == annotation.Location || e.Type == annotation.Organization) && inThingName(doc, e.Last, tn, l) {
			continue
		}
		if e.ID == "" && e.Last-e.First >= 2 {
			if last := &doc.Tokens[e.Last-1]; last.Kind == lang.Word && tn.NamesThing(lang.FoldToken(last, l)) {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

// maxThingNameWords bounds the capitalized words between a place and the
// thing word that ends the name they are part of (Türkiye Süper Ligi).
const maxThingNameWords = 3

// inThingName reports whether the words from token k on are capitalized
// words, at most maxThingNameWords, then a capitalized thing word
// (lang.ThingNames): the place before them is then a word of a thing's
// name ("Türkiye Süper Ligi", "Belçika Kupası", "Paris Moda Haftası"),
// which the guideline does not tag, gazetteer-named or not; a lower-case
// thing word only follows the name ("Lombok depremi" keeps Lombok).
func inThingName(doc *annotation.Document, k int, tn lang.ThingNames, l lang.Language) bool {
	toks := doc.Tokens
	for end := min(len(toks), k+maxThingNameWords+1); k < end; k++ {
		t := &toks[k]
		if t.Kind != lang.Word || !lang.StartsUpper(t.Text) {
			return false
		}
		if tn.NamesThing(lang.FoldToken(t, l)) {
			return true
		}
	}
	return false
}
