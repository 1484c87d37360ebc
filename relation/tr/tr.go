package tr

import (
	"strings"
	"unicode/utf8"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/relation"
)

// Turkish relation patterns. Entities carry their case from the apostrophe
// suffix (Çin'in: Gen, Ankara'ya: Dat, Bursa'yı: Acc, Hangzhou'da: Loc,
// Beştepe'deki: LocKi, Putin'le or "Putin ile": Ins, CHP'li: With).
// Subjects of clauses are in the nominative (or the genitive in a
// nominalized clause: "Putin'in Hindistan'ı ziyaret edeceğini").

func init() { relation.Register("tr", trPatterns) }

// Trigger phrases.
var (
	// The verbs of a meeting in their affirmative forms, and its nouns in
	// every case (görüşmede, zirvesi): "X, Y ile görüştü", "X'in Y ile yaptığı
	// görüşme", "X ile Y arasındaki zirve". Talks are a meeting as the
	// guideline reads görüşmek, by telephone too. Not a negative (görüşmedi,
	// buluşmayacak, bir araya gelmedi), which a prefix of the noun (görüşm*)
	// took too; not konuşmak, which two people do apart as often ("X ve Y
	// mitingde konuştu"); not toplantı: one holds a meeting with others ("Y ile
	// birlikte bir basın toplantısı düzenledi") as often as one meets them.
	trMeet = []string{"görüşt*", "görüşe*", "görüşü*", "görüşmüş*", "görüşme+", "bir araya geld*", "bir araya gele*",
		"bir araya geli*", "bir araya gelmiş*", "biraraya geld*", "biraraya gele*", "biraraya geli*",
		"buluşt*", "buluşa*", "buluşu*", "buluşmuş*", "buluşma+", "eş başkanlık et*", "eş başkanlığında", "zirve+"}
	// trCalledOff after a meeting's or a visit's word denies it: "buluşma iptal edildi", "zirve ertelendi".
	trCalledOff = []string{"iptal", "ertelendi", "ertelenen", "ertelenmişti"}
	// trEventNouns are the events one attends in a place: "X, Birmingham'da Parti
	// Konferansına katılıyor" is a visit.
	trEventNouns = []string{"konferans+", "zirve+", "toplantı+", "kongre+", "tören+", "forum+", "fuar+", "festival+",
		"açılış+", "miting+"}
	// trPostpositions after a name make it no subject: "Trump hakkında", "Erdoğan ile ilgili".
	trPostpositions = []string{"hakkında", "ile", "için", "gibi", "kadar", "karşı", "göre", "dair", "ilişkin", "yönelik"}
	// trVisitAdjective may stand between a visit's place and the noun: tartışmalı ziyaret.
	trVisitAdjective = []string{"tartışmalı", "resmi", "resmî", "ilk", "son", "tarihi", "kısa", "sürpriz", "iki günlük",
		"üç günlük", "planlanan"}
	// openQuotes are the marks that open a quotation.
	openQuotes = []string{"\"", "“", "«", "„", "'"}
	// trAccording are the nouns of "X'in ...e göre" (according to X) that report speech.
	trAccording = []string{"dediğine", "dediklerine", "aktardığına", "aktardıklarına", "aktarımına", "açıklamasına",
		"açıklamalarına", "açıkladığına", "bildirdiğine", "bildirdiklerine", "belirttiğine", "belirttiklerine",
		"ifadesine", "ifadelerine", "sözlerine", "verdiği bilgiye", "verdiği bilgilere", "yaptığı açıklamaya"}
	trPlaceNoun = []string{"il+", "ilçe+", "kent+", "şehir+", "eyalet+", "bölge+", "köy+", "kasaba+",
		"mahalle+", "ada+", "vilayet+", "belde+", "semt+", "başkent+"}
	// trPlaceNounIn are the place nouns of trPlaceNoun in the form "(of Y) in which": eyaletindeki.
	trPlaceNounIn = []string{"ilindeki", "ilçesindeki", "kentindeki", "şehrindeki", "eyaletindeki", "bölgesindeki",
		"köyündeki", "kasabasındaki", "mahallesindeki", "adasındaki", "vilayetindeki", "beldesindeki", "semtindeki",
		"başkentindeki"}
	// trAddressCases are the cases of the second place of an address ("Xining, Qinghai'de"):
	// not the genitive, which may open a new phrase after the comma.
	trAddressCases = "Nom|Dat|Acc|Loc|Abl|Ins|LocKi"
	// trListWords after "X, Y" make it a list rather than an address.
	trListWords = []string{"ve", "veya", "ya da", "ile", ","}
	trDirection = []string{"doğu+", "batı+", "kuzey+", "güney+", "kuzeydoğu+", "kuzeybatı+",
		"güneydoğu+", "güneybatı+", "orta+", "iç+"}
)

func trPatterns() *relation.Patterns {
	// The verbs' forms are made here, on the language's first use, not at
	// every program's start (they were most of the package's init).
	// trAttend are the affirmative forms of katıl- (to attend): not katılmadı.
	trAttend := append(append(regularForms("katıl").finite, regularForms("katıl").converbs...), "katılacak")
	// trSay are the verbs of saying in their finite forms (speech.go), and
	// the phrases of saying that are no one verb.
	trSay := append(sayForms(), "diye konuştu", "ifadesini kullandı", "ifadelerini kullandı")
	// trSayConverbs join the clause said to a next predicate of the same
	// subject (söyleyerek, belirtirken); trSayParticiples make a relative
	// clause of its speaker (söyleyen, diyen).
	trSayConverbs, trSayParticiples := sayConverbs(), sayParticiples()
	// The verbs of saying (129 forms), in many Patterns, are made once: Words
	// splits its phrases anew at each call.
	say := relation.Words(trSay...)
	return &relation.Patterns{
		StemPrefix: stemPrefix,
		Patterns: []relation.Pattern{
			// ROLE. "Y Başbakanı X", "Y'nin Z Büyükelçisi X", "Y (KISALTMA) Genel Direktörü X",
			// "P Konya Milletvekili X" (Konya; the party P is MEMBER_OF).
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Nom|Gen"), relation.Opt(relation.Paren()), relation.Opt(relation.Ent(relation.ArgNone, "LOC", "Nom")),
				relation.Title(relation.TitleAny), relation.Ent(relation.ArgSubj, "PER", "")}},
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Nom|Gen"), relation.Opt(relation.Paren()), relation.Opt(relation.Ent(relation.ArgNone, "LOC", "Nom")),
				relation.Title(relation.TitleNoMember), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "Kuzey Kore'nin önde gelen diplomatı X": the owner in the genitive, a few words
			// describing the title between (no name, no comma), and the title in its possessed
			// form: before a bare one the genitive is a clause's subject ("Türkiye'nin aradığı
			// gazeteci X").
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC|ORG", "Gen"), relation.GapWithout(3, "LOC|ORG|PER", ",", "ve"),
				relation.Title(relation.TitleOwned), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "Michigan Üniversitesi'nde çalışan uzman X", "LSU'da oynayan 20 yaşındaki basketçi X":
			// where the person works or plays.
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Loc"), relation.Words("çalışan", "oynayan", "görev yapan", "görevli"),
				relation.GapWithout(3, "LOC|ORG|PER", ",", "ve"), relation.Title(relation.TitleNoMember), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "X, Y Başbakanı olarak": an apposition not followed by a name.
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.Words(","), relation.Ent(relation.ArgObj, "LOC|ORG", "Nom|Gen"),
				relation.Opt(relation.Ent(relation.ArgNone, "LOC", "Nom")), relation.Title(relation.TitleNoMember), relation.NotEnt("PER")}},

			// MEMBER_OF. "NATO üyesi X", "AB üyesi X ve Y".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Nom|Gen"), relation.Words("üye+"), relation.Opt(relation.Words("ülke+")),
				relation.EntList(relation.ArgSubj, "LOC|ORG|PER", "Nom")}},
			// "X, AB ve NATO üyesi olmasına rağmen", "X ve Y, Z üyesi ülkeler arasında".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.EntList(relation.ArgSubj, "LOC|ORG", "Nom"), relation.Opt(relation.Words(",")), relation.EntList(relation.ArgObj, "ORG", "Nom"),
				relation.Words("üye+ ol*", "üye+ ülke+ arasında", "üye+ değil")}},
			// "X, ... NATO'ya üye oldu", "X, NATO'ya katılan ... ülke oldu"; not across "ve" or "ile",
			// which join X to the object ("AB ve NATO'ya üye olmak").
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC|ORG", "Nom"), relation.Opt(relation.Words(",")), relation.GapWithout(6, "LOC|ORG|PER", "ve", "ile"),
				relation.Ent(relation.ArgObj, "ORG", "Dat"), relation.Words("üye ol*", "katıldı", "katılan", "katılarak")}},
			// "CHP'li X", "CHP'li Y Belediye Başkanı X".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "With"), relation.Gap(5, "PER|ORG"), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "P Konya Milletvekili X", "O'nun siyasi büro üyesi X".
			{Rel: annotation.MemberOf, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "ORG", "Nom|Gen"), relation.Opt(relation.Ent(relation.ArgNone, "LOC", "Nom")), relation.Gap(2, "LOC|ORG|PER"),
				relation.Title(relation.TitleMember), relation.Ent(relation.ArgSubj, "PER", "")}},

			// LOCATED_IN. "Y eyaletinin merkezi X", "Y'nin başkenti X".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Nom|Gen"), relation.Opt(relation.Words(trPlaceNoun...)),
				relation.Words("merkez+", "başkent+"), relation.Ent(relation.ArgSubj, "LOC", "")}},
			// "Y'nin doğusundaki X".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Gen"), relation.Words(trDirection...), relation.Ent(relation.ArgSubj, "LOC", "")}},
			// "Y'nin X ilçesinde", "Y'nin X bölgesine".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Gen"), relation.Ent(relation.ArgSubj, "LOC", "Nom"), relation.Words(trPlaceNoun...)}},
			// "Y'ye bağlı X", "Y eyaletine bağlı X".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Nom|Dat"), relation.Opt(relation.Words(trPlaceNoun...)), relation.Words("bağlı"),
				relation.Ent(relation.ArgSubj, "LOC", "")}},
			// "Y'deki X".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "LocKi"), relation.Ent(relation.ArgSubj, "LOC", "")}},
			// "Guizhou eyaletindeki Liupanshui", "Napoli kentindeki San Paolo Stadı".
			{Rel: annotation.LocatedIn, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Nom"), relation.Words(trPlaceNounIn...), relation.Ent(relation.ArgSubj, "LOC", "")}},
			// Two places written together, where the gazetteer says which holds the other
			// (relation.Known): "Kansas City, Missouri'de", "Xining, Qinghai'de". Not the
			// genitive ("Berlin, Almanya'nın ...": a new phrase may start at the comma), and in
			// a list only a town (relation.KnownTownWithin).
			{Rel: annotation.LocatedIn, Known: relation.KnownWithin, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", "Nom"),
				relation.Opt(relation.Words(trPlaceNoun...)), relation.Words(","), relation.Ent(relation.ArgObj, "LOC", trAddressCases), relation.NotWords(trListWords...)}},
			{Rel: annotation.LocatedIn, Known: relation.KnownTownWithin, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", "Nom"),
				relation.Opt(relation.Words(trPlaceNoun...)), relation.Words(","), relation.Ent(relation.ArgObj, "LOC", trAddressCases)}},
			// An address whose place the gazetteer does not know, with a country in the
			// nominative: "Lombok adası, Endonezya", "Punta Eugenia, Meksika açıklarında". An
			// inflected country after a comma is more often a clause's object after its subject
			// ("Batı, Rusya'ya yaptırım uyguladı").
			{Rel: annotation.LocatedIn, Known: relation.KnownWithinOrCountry, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", "Nom"),
				relation.Opt(relation.Words(trPlaceNoun...)), relation.Words(","), relation.Ent(relation.ArgObj, "LOC", "Nom"), relation.NotWords(trListWords...)}},
			// "Hangzhou (Zhejiang)"; not a place the gazetteer does not know, which may be a
			// name mistaken for a place in a list of results ("Ivan Petrov (Rusya)").
			{Rel: annotation.LocatedIn, Known: relation.KnownWithin, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "LOC", ""),
				relation.Words("("), relation.Ent(relation.ArgObj, "LOC", "Nom"), relation.Words(")")}},
			// Not a genitive before a place without a place noun: it is as often the subject of
			// a nominalized verb ("Çin'in Tayvan'ı tehdit etmesi") as the place that holds it.

			// MEETS. "X, Z'de ... Y ile görüştü", "X'in ... Y ile görüşeceğini".
			// Not "Y ile ilgili" (about Y), nor "Y ile birlikte" (together with Y,
			// doing a third thing: "Y ile birlikte zirveye katıldı"), but for
			// chairing together, which is meeting ("Y ile birlikte ... eş başkanlık
			// etti"); not a meeting called off.
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom|Gen"), relation.Opt(relation.Words(",", "ise")), relation.ClauseGap(25),
				relation.Ent(relation.ArgObj, "PER", "Ins"), relation.NotWords("ilgili", "birlikte"), relation.Gap(12, "PER"), relation.Words(trMeet...),
				relation.NotWords(trCalledOff...)}},
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom|Gen"), relation.Opt(relation.Words(",", "ise")), relation.ClauseGap(25),
				relation.Ent(relation.ArgObj, "PER", "Ins"), relation.Words("birlikte"), relation.Gap(12, "PER"),
				relation.Words("eş başkanlık et*", "eş başkanlığında")}},
			// Talking is meeting only with the one talked to, right after him (by
			// telephone too): "X, Y ile telefonda konuştu", "X'in Y ile yaptığı konuşma".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom|Gen"), relation.Opt(relation.Words(",", "ise")), relation.ClauseGap(25),
				relation.Ent(relation.ArgObj, "PER", "Ins"), relation.Opt(relation.Words("telefonda", "telefonla", "yaptığı", "yaptıkları", "yapacağı")),
				relation.Words("konuşt*", "konuşa*", "konuşu*", "konuşma+"), relation.NotWords(trCalledOff...)}},
			// "X ve Z Devlet Başkanı Y, ... bir araya geldi".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.Words("ve"), relation.Gap(5, "PER"), relation.Ent(relation.ArgObj, "PER", "Nom"),
				relation.Gap(12, "PER"), relation.Words(trMeet...), relation.NotWords(trCalledOff...)}},
			// "X ile Z Devlet Başkanı Y, ... görüştü".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Ins"), relation.Gap(5, "PER"), relation.Ent(relation.ArgObj, "PER", "Nom"),
				relation.Gap(12, "PER"), relation.Words(trMeet...), relation.NotWords(trCalledOff...)}},
			// "X, ... Y'yi kabul etti".
			{Rel: annotation.Meets, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.Opt(relation.Words(",")), relation.ClauseGap(20), relation.Ent(relation.ArgObj, "PER", "Acc"),
				relation.Gap(3, "PER"), relation.Words("kabul et*", "kabul ed*")}},

			// VISITS. "X, Y'yi ziyaret ederek", "X'in ... Y'yi ziyaret edeceğini".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom|Gen"), relation.Opt(relation.Words(",")), relation.ClauseGap(15),
				relation.Ent(relation.ArgObj, "LOC", "Acc"), relation.Gap(2, "LOC|PER"), relation.Words("ziyaret et*", "ziyaret ed*")}},
			// "X, ... Y'ye gitti", "X, Y'ye giderek", "X, Y'ye resmi bir ziyaret gerçekleştirdi".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom|Gen"), relation.Opt(relation.Words(",")), relation.ClauseGap(15),
				relation.Ent(relation.ArgObj, "LOC", "Dat"), relation.Gap(3, "LOC|PER"),
				relation.Words("gitti", "giderek", "gidecek", "gideceğini", "gittiğini", "geldi", "gelerek", "geleceğini",
					"ulaştı", "ziyaret*", "resmi ziyaret*")}},
			// "X, ... Y'de temaslarda bulundu".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.Opt(relation.Words(",")), relation.ClauseGap(15), relation.Ent(relation.ArgObj, "LOC", "Loc"),
				relation.Gap(2, "LOC|PER"), relation.Words("temas+ bulun*", "temaslar+", "ziyarette bulun*", "resmi ziyarette bulun*")}},
			// "X, Birmingham'da Muhafazakar Parti Konferansına katılıyor", "X, Brüksel'deki NATO
			// zirvesine katıldı": attending an event in a place.
			// The attender is in the nominative: katıl- is finite here, and a genitive
			// is the event's host ("Macron, Scholz'un Berlin'deki konferansına katılıyor").
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.Opt(relation.Words(",")), relation.ClauseGap(15),
				relation.Ent(relation.ArgObj, "LOC", "Loc|LocKi"), relation.GapWithout(4, "PER|LOC", ","), relation.Words(trEventNouns...), relation.Words(trAttend...)}},
			// "Y'yi ziyaret eden Büyükelçi X", "Y'ye giden X".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgObj, "LOC", "Acc|Dat"), relation.Words("ziyaret eden", "ziyarette bulunan", "giden"),
				relation.Gap(4, "PER|LOC"), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "Erdoğan'ın Almanya'ya yaptığı (tartışmalı) ziyaret".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Gen"), relation.Ent(relation.ArgObj, "LOC", "Dat"),
				relation.Words("yaptığı", "yapacağı", "gerçekleştirdiği", "gerçekleştireceği"), relation.Opt(relation.Words(trVisitAdjective...)),
				relation.Words("ziyaret+"), relation.NotWords("iptal", "ertelendi", "ertelenen")}},
			// "X'in Y ziyareti".
			{Rel: annotation.Visits, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Gen"), relation.Ent(relation.ArgObj, "LOC", "Nom"), relation.Words("ziyaret+")}},

			// SAYS. "X, gazetecilere yaptığı açıklamada “...” dedi", "X, “...” diyerek ...". The
			// subject is in the nominative, not before a postposition ("Putin ile"), and a person
			// on the way in an oblique case is an object: in "X, Y ile görüştü ve “...” dedi" the
			// speaker is X.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.NotWords(trPostpositions...), relation.Opt(relation.Words(",", "ise")),
				relation.SubjectGap(10, "PER"), relation.Quote(), relation.Opt(relation.Words(",")), relation.Opt(relation.Words("diye")), say}},
			// "X, “...” diyerek ...": before a converb, an organization's name with no comma after
			// it is as often a modifier of the subject ("Plaid Partili bir meclis üyesi").
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Words(",", "ise"), relation.SubjectGap(10, "PER"),
				relation.Quote(), relation.Opt(relation.Words(",")), relation.Opt(relation.Words("diye")), relation.Words(trSayConverbs...)}},
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.NotWords(trPostpositions...), relation.SubjectGap(10, "PER"),
				relation.Quote(), relation.Opt(relation.Words(",")), relation.Opt(relation.Words("diye")), relation.Words(trSayConverbs...)}},
			// "“...” diyen O yetkilisi X", "“...” diye açıklayan X": the subject participle's head is
			// the speaker.
			// Between the participle and its head only the head's title, perhaps after its
			// body's name ("diyen Hamas yetkilisi X"): a noun there is the head ("“...” diyen
			// muhalefete X yanıt verdi": the opposition said it).
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Quote(), relation.Opt(relation.Words(",")), relation.Opt(relation.Words("diye")), relation.Words(trSayParticiples...),
				relation.Opt(relation.Ent(relation.ArgNone, "ORG|LOC", "Nom")), relation.Opt(relation.Title(relation.TitleAny)), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "... olduğunu söyleyen Bakan X": the same with the words said reported, from the
			// sentence's start.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.SentenceStart(), relation.Clause(60), relation.Words(trSayParticiples...),
				relation.Opt(relation.Ent(relation.ArgNone, "ORG|LOC", "Nom")), relation.Opt(relation.Title(relation.TitleAny)), relation.Ent(relation.ArgSubj, "PER", "")}},
			// "“...” dedi X.": the speaker after the verb, closing the sentence.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Quote(), relation.Opt(relation.Words(",")), relation.Opt(relation.Words("diye")), say,
				relation.Gap(4, "PER"), relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.SentenceEnd()}},
			// "X, ... şunları söyledi: “...”".
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Opt(relation.Words(",", "ise")), relation.Gap(10, "PER"), say,
				relation.Words(":"), relation.Quote()}},
			// "X, ... hazır olduklarını söyledi", "X ise ... olduğunu da ekledi"; not before a colon, where
			// the quotation that follows is what was said ("gördüklerini anlattı: “...”").
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Words(",", "ise"), relation.Clause(60),
				relation.Opt(relation.Words("da", "de")), say, relation.NotWords(":")}},
			// "X ... olduğunu söyledi": a person in the nominative before a reported clause is its
			// speaker without a comma too; an organization so placed is as often a modifier of the
			// subject ("İşçi Partisi Meclis Üyelerinden biri ... söyledi").
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.NotWords(trPostpositions...), relation.Clause(60),
				relation.Opt(relation.Words("da", "de")), say, relation.NotWords(":")}},
			// "X, ... olduğunu söyleyerek ...", "X ... olduğunu belirtirken, ...": the words said
			// before a converb of saying; an organization with a comma, as above.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Words(",", "ise"), relation.Clause(60),
				relation.Opt(relation.Words("da", "de")), relation.Words(trSayConverbs...)}},
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER", "Nom"), relation.NotWords(trPostpositions...), relation.Clause(60),
				relation.Opt(relation.Words("da", "de")), relation.Words(trSayConverbs...)}},
			// "X: “...”": a speaker's name and a colon before the quotation.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Words(":"), relation.Quote()}},
			// The same two with a quotation left open at the paragraph's end, as news leaves one that
			// runs on into the next paragraph: its first sentence is what was said.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Opt(relation.Words(",", "ise")), relation.Gap(10, "PER"), say,
				relation.Words(":"), relation.Words(openQuotes...), relation.Rest()}},
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Nom"), relation.Words(":"), relation.Words(openQuotes...), relation.Rest()}},
			// "X'in dediğine göre ...", "X'in açıklamasına göre, ...": what follows is what X says.
			{Rel: annotation.Says, Elems: []relation.Elem{relation.Ent(relation.ArgSubj, "PER|ORG", "Gen"), relation.Words(trAccording...), relation.Words("göre"),
				relation.NotWords("değil"), relation.Opt(relation.Words(",")), relation.Rest()}},

			// ROLE without an object in the text: "Dışişleri Bakanı X", "Vali X".
			{Rel: annotation.Role, Elems: []relation.Elem{relation.Title(relation.TitleAny), relation.Ent(relation.ArgSubj, "PER", "")}},
		},
		TitleHeads: map[string]relation.TitleHead{
			"cumhurbaşkanı": {Lemma: "Cumhurbaşkanı"}, "cumhurbaşkan": {Lemma: "Cumhurbaşkanı"},
			"başbakan": {Lemma: "Başbakan"}, "başkan": {Lemma: "Başkan"}, "bakan": {Lemma: "Bakan"},
			"sekreter": {Lemma: "Sekreter"}, "sözcü": {Lemma: "Sözcü"}, "büyükelçi": {Lemma: "Büyükelçi"},
			"başkonsolos": {Lemma: "Başkonsolos"}, "elçi": {Lemma: "Elçi"}, "vali": {Lemma: "Vali"},
			"kaymakam": {Lemma: "Kaymakam"}, "şansölye": {Lemma: "Şansölye"}, "kral": {Lemma: "Kral"},
			"kraliçe": {Lemma: "Kraliçe"}, "emir": {Lemma: "Emir"}, "prens": {Lemma: "Prens"},
			"direktör": {Lemma: "Direktör"}, "müdür": {Lemma: "Müdür"}, "temsilci": {Lemma: "Temsilci"},
			"komutan": {Lemma: "Komutan"}, "müsteşar": {Lemma: "Müsteşar"}, "ceo": {Lemma: "CEO"},
			"yetkili": {Lemma: "Yetkili"}, "lider": {Lemma: "Lider"}, "başkanvekili": {Lemma: "Başkanvekili"},
			"danışman": {Lemma: "Danışman"}, "başdanışman": {Lemma: "Başdanışman"},
			"milletvekili": {Lemma: "Milletvekili", Member: true}, "senatör": {Lemma: "Senatör", Member: true},
			"üye": {Lemma: "Üye", Member: true},
			// Professions and ranks that news writes before a name (the guideline's ROLE is an
			// office, a rank or a profession): "uzman Tiffany Ng", "kaleci Allan McGregor".
			"rahip": {Lemma: "Rahip"}, "peder": {Lemma: "Peder"}, "papaz": {Lemma: "Papaz"},
			"piskopos": {Lemma: "Piskopos"}, "başpiskopos": {Lemma: "Başpiskopos"}, "imam": {Lemma: "İmam"},
			"müftü": {Lemma: "Müftü"}, "haham": {Lemma: "Haham"},
			"uzman": {Lemma: "Uzman"}, "kaptan": {Lemma: "Kaptan"}, "sunucu": {Lemma: "Sunucu"},
			"diplomat": {Lemma: "Diplomat"}, "oyuncu": {Lemma: "Oyuncu"}, "futbolcu": {Lemma: "Futbolcu"},
			"basketbolcu": {Lemma: "Basketbolcu"}, "basketçi": {Lemma: "Basketçi"}, "sporcu": {Lemma: "Sporcu"},
			"kaleci": {Lemma: "Kaleci"}, "forvet": {Lemma: "Forvet"}, "hakem": {Lemma: "Hakem"},
			"antrenör": {Lemma: "Antrenör"}, "koç": {Lemma: "Koç"}, "menajer": {Lemma: "Menajer"},
			"yönetici": {Lemma: "Yönetici"}, "aday": {Lemma: "Aday"}, "müfettiş": {Lemma: "Müfettiş"},
			"dedektif": {Lemma: "Dedektif"}, "komiser": {Lemma: "Komiser"}, "savcı": {Lemma: "Savcı"},
			"hakim": {Lemma: "Hakim"}, "yargıç": {Lemma: "Yargıç"}, "avukat": {Lemma: "Avukat"},
			"yatırımcı": {Lemma: "Yatırımcı"}, "girişimci": {Lemma: "Girişimci"}, "kurucu": {Lemma: "Kurucu"},
			"parlamenter": {Lemma: "Parlamenter"}, "muhtar": {Lemma: "Muhtar"}, "rektör": {Lemma: "Rektör"},
			"dekan": {Lemma: "Dekan"}, "profesör": {Lemma: "Profesör"}, "akademisyen": {Lemma: "Akademisyen"},
			"araştırmacı": {Lemma: "Araştırmacı"}, "ekonomist": {Lemma: "Ekonomist"}, "analist": {Lemma: "Analist"},
			"gazeteci": {Lemma: "Gazeteci"}, "muhabir": {Lemma: "Muhabir"}, "editör": {Lemma: "Editör"},
			"şarkıcı": {Lemma: "Şarkıcı"}, "rapçi": {Lemma: "Rapçi"}, "müzisyen": {Lemma: "Müzisyen"},
			"aktör": {Lemma: "Aktör"}, "aktris": {Lemma: "Aktris"}, "yönetmen": {Lemma: "Yönetmen"},
			"yapımcı": {Lemma: "Yapımcı"}, "ressam": {Lemma: "Ressam"}, "doktor": {Lemma: "Doktor"},
			"cerrah": {Lemma: "Cerrah"}, "hemşire": {Lemma: "Hemşire"}, "mimar": {Lemma: "Mimar"},
			"mühendis": {Lemma: "Mühendis"}, "general": {Lemma: "General"}, "amiral": {Lemma: "Amiral"},
			"albay": {Lemma: "Albay"}, "binbaşı": {Lemma: "Binbaşı"}, "yüzbaşı": {Lemma: "Yüzbaşı"},
			"pilot": {Lemma: "Pilot"}, "astronot": {Lemma: "Astronot"}, "elektrikçi": {Lemma: "Elektrikçi"},
			"tamirci": {Lemma: "Tamirci"}, "itfaiyeci": {Lemma: "İtfaiyeci"}, "tasarımcı": {Lemma: "Tasarımcı"},
			"stilist": {Lemma: "Stilist"}, "öğretmen": {Lemma: "Öğretmen"}, "imparator": {Lemma: "İmparator"}, "sultan": {Lemma: "Sultan"},
		},
		TitleExtensions: map[string]bool{"yardımcı": true, "vekil": true},
		TitleAdjectives: map[string]bool{"genel": true, "özel": true, "daimi": true, "yüksek": true,
			"kıdemli": true, "baş": true, "eski": true, "yeni": true},
		TitleJoiners:   map[string]bool{"ve": true},
		CompoundTitles: true,
		SuffixCases: map[string]string{"'li": "With", "'lı": "With", "'lu": "With", "'lü": "With",
			// An English brand's possessive kept in translation: Sainsbury's Genel Müdürü.
			"'s": "Gen"},
		Postpositions:  map[string]string{"ile": "Ins"},
		ListSeparators: map[string]bool{",": true, "ve": true, "ile": true},
		TopicWords:     map[string]bool{"ise": true},
		// The accusative of a nominalized clause (-DIK, -(y)AcAK + possessive + -I).
		ReportEndings: []string{"dığını", "diğini", "duğunu", "düğünü", "tığını", "tiğini", "tuğunu", "tüğünü",
			"dıklarını", "diklerini", "duklarını", "düklerini", "tıklarını", "tiklerini", "tuklarını", "tüklerini",
			"acağını", "eceğini", "acaklarını", "eceklerini", "dığımızı", "diğimizi", "duğumuzu", "düğümüzü"},
	}
}

// stemPrefix returns the part of a stem that every inflected form of it
// starts with: the whole stem, less a final consonant that may soften
// (eyalet → eyaleti but kitap → kitabı) or a final high vowel and
// consonant that may drop (şehir → şehri), in stems of two syllables or
// more; Turkish monosyllables keep theirs (köy → köyü, il → ili).
func stemPrefix(stem string) string {
	const vowels = "aeıioöuü"
	if countVowels(stem, vowels) < 2 {
		return stem
	}
	last, n := utf8.DecodeLastRuneInString(stem)
	if strings.ContainsRune(vowels, last) {
		return stem
	}
	if prev, m := utf8.DecodeLastRuneInString(stem[:len(stem)-n]); strings.ContainsRune("ıiuü", prev) {
		return stem[:len(stem)-n-m]
	}
	if strings.ContainsRune("pçtkg", last) {
		return stem[:len(stem)-n]
	}
	return stem
}

// countVowels counts the runes of s that are in vowels.
func countVowels(s, vowels string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune(vowels, r) {
			n++
		}
	}
	return n
}
