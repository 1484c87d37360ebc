package entity

import (
	"sort"
	"strings"
)

// Trigger classes: context words that announce a named entity nearby. The
// tagger sees the class of each token in a window, so that a head noun it
// never saw with a given name ("... Vakfı", "... Bakanlığı") still points
// at an organization.
const (
	trigNone     uint8 = iota
	trigOrgHead        // last word of an organization name: Üniversitesi, Partisi, Bankası, Holding, A.Ş.
	trigLocHead        // last word of a place name: eyaleti, ili, ilçesi, Nehri, Dağı
	trigPerRole        // a role held by a person, before or after the name: Başbakanı, Bakanı, Cumhurbaşkanı
	trigPerTitle       // an honorific next to a person's name: Bay, Sayın, Prof., Dr., Bey, Hanım
)

// triggerWords lists folded (lower-case Turkish) trigger forms. A form
// ending in "*" matches any word it begins (a stem with its inflections);
// the others match the whole word. When several match, the longest wins, so
// "bakanlığ*" (organization) beats "bakan*" (role).
var triggerWords = map[uint8][]string{
	trigOrgHead: {
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
	trigLocHead: {
		"eyalet*", "ili", "iline", "ilinde", "ilindeki", "ilinin", "ilçe*", "köyü*", "köyün*", "mahalle*",
		"bölge*", "şehr*", "şehir*", "kent*", "nehr*", "nehir*", "dağı*", "dağları*", "gölü*", "adası*",
		"körfez*", "denizi*", "vadisi*", "caddesi*", "sokağı*", "bulvar*", "meydanı*", "havaalanı*",
		"havalimanı*", "kasaba*", "beldesi*", "yarımada*", "boğazı*", "çayı*", "ovası*", "kıyısı*",
		"başkenti*", "ülke*", "cumhuriyeti*", "krallığı*", "imparatorluğu*",
	},
	trigPerRole: {
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
	trigPerTitle: {
		"bay", "bayan", "sayın", "sn.", "prof.", "prof", "dr.", "dr", "doç.", "doç", "av.", "op.",
		"hanım*", "bey", "beyin", "beye", "beyi", "beyle", "efendi*", "paşa*", "hoca*", "mr.", "mrs.",
		"ms.", "sir", "lord", "aga", "ağa*", "şeyh*", "hazret*", "kardinal*", "rahip*", "imam*",
	},
}

// triggerForm is one entry of the trigger index.
type triggerForm struct {
	form   string
	class  uint8
	prefix bool
}

// triggerIndex buckets trigger forms by their first two bytes; each bucket
// is sorted longest form first so the first match is the longest.
var triggerIndex = buildTriggerIndex()

func buildTriggerIndex() map[uint16][]triggerForm {
	idx := map[uint16][]triggerForm{}
	for class, forms := range triggerWords {
		for _, f := range forms {
			tf := triggerForm{form: strings.TrimSuffix(f, "*"), class: class, prefix: strings.HasSuffix(f, "*")}
			k := triggerKey(tf.form)
			idx[k] = append(idx[k], tf)
		}
	}
	for k, b := range idx {
		sort.Slice(b, func(i, j int) bool {
			if len(b[i].form) != len(b[j].form) {
				return len(b[i].form) > len(b[j].form)
			}
			return b[i].form < b[j].form
		})
		idx[k] = b
	}
	return idx
}

func triggerKey(s string) uint16 {
	switch len(s) {
	case 0:
		return 0
	case 1:
		return uint16(s[0]) << 8
	}
	return uint16(s[0])<<8 | uint16(s[1])
}

// triggerClass returns the trigger class of a folded word, or trigNone.
func triggerClass(norm string) uint8 {
	for _, tf := range triggerIndex[triggerKey(norm)] {
		if norm == tf.form || (tf.prefix && strings.HasPrefix(norm, tf.form)) {
			return tf.class
		}
	}
	return trigNone
}
