package tr

import (
	"math/bits"
	"sort"
	"strings"

	"github.com/varlik/varlik/lang"
)

// cueWords lists folded (lower-case Turkish) cue forms by class (see
// lang.NameCues). A form ending in "*" matches any word it begins (a stem
// with its inflections); the others match the whole word. When several
// match, the longest wins, so "bakanlığ*" (organization) beats "bakan*"
// (role). A few foreign forms (Inc., Mr.) occur in Turkish news as they are.
var cueWords = map[lang.Cue][]string{
	lang.OrgHead: {
		"üniversite*", "bakanlığ*", "bakanlık*", "partisi*", "partinin", "holding*", "a.ş.", "a.ş", "aş",
		"bankası*", "bank", "belediye*", "derneğ*", "dernek*", "vakf*", "vakıf*", "kulüb*", "kulüp*",
		"şirket*", "ajans*", "enstitü*", "federasyon*", "birliği*", "odası*", "meclis*", "konsey*",
		"komisyon*", "örgüt*", "teşkilat*", "müdürlüğ*", "başkanlığ*", "cemiyet*", "sendika*",
		"kurumu*", "kurulu*", "grubu*", "gazetesi*", "televizyon*", "tv", "inc.", "inc", "ltd", "ltd.",
		"şti.", "corp.", "lisesi*", "koleji*", "akademisi*", "hastanesi*", "müzesi*", "fakültesi*",
		"cephesi*", "hareketi*", "ordusu*", "kuvvetleri*", "spor*", "fc", "sanayi*", "ticaret",
		"yayınları*", "gazete*", "radyo*", "konfederasyon*", "ittifak*", "mahkemesi*", "valiliğ*",
		"kaymakamlığ*", "emniyet*", "örgütü*", "vakfı*", "organizasyon*", "teşkilatı*",
	},
	lang.LocHead: {
		"eyalet*", "ili", "iline", "ilinde", "ilindeki", "ilinin", "ilçe*", "köyü*", "köyün*", "mahalle*",
		"bölge*", "şehr*", "şehir*", "kent*", "nehr*", "nehir*", "dağı*", "dağları*", "gölü*", "adası*",
		"körfez*", "denizi*", "vadisi*", "caddesi*", "sokağı*", "bulvar*", "meydanı*", "havaalanı*",
		"havalimanı*", "kasaba*", "beldesi*", "yarımada*", "boğazı*", "çayı*", "ovası*", "kıyısı*",
		"başkenti*", "ülke*", "cumhuriyeti*", "krallığı*", "imparatorluğu*",
		// An Ottoman district (Üsküdar Kazası); whole-word only, since
		// "kazasında" and "kazaları" are as often an accident's.
		"kazası",
	},
	lang.PersonRole: {
		"başbakan*", "bakan*", "cumhurbaşkan*", "başkan*", "lider*", "sekreter*", "sözcü*",
		"milletvekil*", "büyükelçi*", "kral*", "kraliçe*", "prens*", "general*", "orgeneral*",
		"komutan*", "müdür*", "yönetmen*", "başkonsolos*", "vali*", "kaymakam*", "muhtar*", "yazar*",
		"oyuncu*", "şarkıcı*", "direktör*", "antrenör*", "futbolcu*", "başkanı*", "eşi", "eşinin", "oğlu*",
		"kızı*", "şef*", "patron*", "yönetici*", "sanatçı*", "ressam*", "şair*", "profesör*",
		"avukat*", "gazeteci*", "muhabir*", "senatör*", "papa", "papanın", "imparator*", "sultan*", "padişah*",
		"hükümdar*", "diktatör*", "başkomutan*", "vekil*", "yardımcı*", "müsteşar*", "temsilci*",
		"teğmen*", "yüzbaşı*", "binbaşı*", "albay*", "yarbay*", "tuğgeneral*", "tümgeneral*",
		"korgeneral*", "mareşal*", "amiral*", "er", "başhekim*", "rektör*", "dekan*", "savcı*",
		"başsavcı*", "hakim*", "hâkim*", "yargıç*", "başkanvekil*", "koordinatör*", "danışman*",
	},
	lang.PersonTitle: {
		"bay", "bayan", "sayın", "sn.", "prof.", "prof", "dr.", "dr", "doç.", "doç", "av.", "op.",
		"hanım*", "bey", "beyin", "beye", "beyi", "beyle", "efendi*", "paşa*", "hoca*", "mr.", "mrs.",
		"ms.", "sir", "lord", "aga", "ağa*", "şeyh*", "hazret*", "kardinal*", "rahip*", "imam*",
	},
}

// cueForm is one entry of the cue index.
type cueForm struct {
	form   string
	class  lang.Cue
	prefix bool
}

// cueIndex holds the cue forms by their first two bytes, for Cue, which
// the tagger and the rules ask of nearly every word.
var cueIndex = buildCueTable()

// cueTable buckets cue forms, of two bytes or more, by their first two
// bytes b and c: bit c&63 of pairs[b] is set when a form begins so, and the
// forms of that bit are buckets[starts[b] + the number of bits of pairs[b]
// below it], longest first, so that the first match is the longest. A word
// whose bit is clear, most words, is turned away with one read; the others
// find their bucket by counting bits, where a map keyed by the two bytes
// took about 90 instructions a look-up (4.9M of the whole process on 1.5
// MB of Turkish news). Forms whose second bytes share their low six bits
// share a bucket: Cue compares whole forms.
type cueTable struct {
	pairs   [256]uint64
	starts  [256]uint16
	buckets [][]cueForm
}

// bucket returns the forms that may begin norm, longest first.
func (t *cueTable) bucket(norm string) []cueForm {
	if len(norm) < 2 {
		return nil
	}
	b, bit := norm[0], uint64(1)<<(norm[1]&63)
	if t.pairs[b]&bit == 0 {
		return nil
	}
	return t.buckets[int(t.starts[b])+bits.OnesCount64(t.pairs[b]&(bit-1))]
}

func buildCueTable() *cueTable {
	type pair struct{ b, c byte }
	byPair := map[pair][]cueForm{}
	t := new(cueTable)
	for class, forms := range cueWords {
		for _, f := range forms {
			cf := cueForm{form: strings.TrimSuffix(f, "*"), class: class, prefix: strings.HasSuffix(f, "*")}
			if len(cf.form) < 2 {
				panic("tr: cue form " + f + " of fewer than two bytes")
			}
			p := pair{cf.form[0], cf.form[1] & 63}
			byPair[p] = append(byPair[p], cf)
			t.pairs[p.b] |= 1 << p.c
		}
	}
	for b := range t.pairs {
		t.starts[b] = uint16(len(t.buckets))
		for c := range 64 {
			if t.pairs[b]>>c&1 == 0 {
				continue
			}
			forms := byPair[pair{byte(b), byte(c)}]
			sort.Slice(forms, func(i, j int) bool {
				if len(forms[i].form) != len(forms[j].form) {
					return len(forms[i].form) > len(forms[j].form)
				}
				return forms[i].form < forms[j].form
			})
			t.buckets = append(t.buckets, forms)
		}
	}
	return t
}

// Cue returns the cue class of a folded word (see lang.NameCues).
func (Turkish) Cue(norm string) lang.Cue {
	for _, cf := range cueIndex.bucket(norm) {
		if norm == cf.form || (cf.prefix && beginsWith(norm, cf.form)) {
			return cf.class
		}
	}
	return lang.NoCue
}

// TitleInName reports whether norm is Paşa, which stays in the name it
// follows: it is part of historical names (Enver Paşa, İsmet Paşa), and
// Turkish news and Wiki NER annotation tag it inside the person more often
// than not (9 of 15 and 32 of 54 times), while Bey and Hanım stay outside.
func (Turkish) TitleInName(norm string) bool { return norm == "paşa" }

// orgContextStems are the stems of the words that, right after a name,
// make it an organization's (see lang.OrganizationContext): its defence,
// defender, goalkeeper or forward, its shop, brand, firm, company, staff
// or shares, or its newspaper or magazine in the possessive ("Hürriyet
// gazetesine"; the bare noun after a name is its object: "Ahmet gazete
// okudu"). Not an agency's, a channel's or a station's: a town's name
// comes before them more often ("bir Los Angeles ajansı", an agency in
// Los Angeles, in UD Turkish Penn). "Markas-" and "markalar-" rather than "marka", which also
// begins "markaj" (a player's marking: "Messi markajı"). Left out because
// people and countries have them too: takım and ekip (a national team,
// "ABD takımı", is a place in news annotation), taraftar (a politician's
// supporters), defans ("Hazard defansı geçti": he got past the defence).
var orgContextStems = []string{
	"savunma", "kaleci", "forvet", "mağaza", "markas", "markalar", "firma", "şirket", "çalışan", "hisse",
	"gazetes", "dergis",
}

// MarksOrganization reports whether norm, a folded word right after a
// name, makes the name an organization's (see lang.OrganizationContext):
// "Brighton savunmasını", "Organon firması".
func (Turkish) MarksOrganization(norm string) bool {
	return orgContextIndex.startsAny(norm)
}

var _ lang.TeamContext = Turkish{}

// teamContextStems are orgContextStems' words of a team: its defence,
// goalkeeper or forward ("Brighton savunmasını"). A town the gazetteer
// knows keeps its type before the others ("İstanbul mağazasını", the
// store in İstanbul; "Tokyo hisseleri").
var teamContextStems = [...]string{"savunma", "kaleci", "forvet"}

// MarksTeam reports whether norm, a folded word right after a name, makes
// the name a team's (lang.TeamContext).
func (Turkish) MarksTeam(norm string) bool {
	for _, s := range teamContextStems {
		if strings.HasPrefix(norm, s) {
			return true
		}
	}
	return false
}

// ownedBeforeStems are the stems of the words that, right before a name
// the gazetteer does not know, make it an organization's (see
// lang.OrganizationOwnedBefore): the head of an apposition that names what
// the name is, a brand, firm, company, club, store or web site ("aksesuar
// markası Truly", "plak şirketi RCA", "Avusturya kulübü Rapid", "mağazaya
// Argos"; "Gateway Pundit ve RedState gibi ... internet siteleri", after
// the names: NTREX Turkish dev 0.9019 → 0.9025, -doc 10 0.9215 → 0.9221,
// -articles 0.9286 → 0.9293, the Milliyet dev split, Turkish Wiki NER dev
// and the corpus's training part unchanged). The site's forms only (sitesi,
// siteler-): sitem is a reproach.
// "Markas-" and "markalar-" as in orgContextStems (markajı Messi: a
// player). Left out because people and places follow them too: takım and
// ekip ("takımı Gerrard", his team; "kurtarma ekibi Palu", a town's), grup
// (Wiki NER tags bands as people), gazete and dergi ("dergisi Sonny").
var ownedBeforeStems = []string{"markas", "markalar", "firma", "şirket", "kulüb", "kulüp", "mağaza", "sitesi", "siteler"}

// OwnedByNext reports whether norm, a folded word right before a name,
// makes the name an organization's (lang.OrganizationOwnedBefore):
// "markası Truly", "şirketi RCA".
func (Turkish) OwnedByNext(norm string) bool {
	return ownedBeforeIndex.startsAny(norm)
}
