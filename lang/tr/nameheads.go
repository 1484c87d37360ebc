package tr

// EnglishHead returns the English noun for a Turkish head noun of a
// place's or an organization's name in its dictionary form, or ""
// (lang.NameHeadTranslator). Listed are the heads whose English noun
// keys otherwise (caddesi, street; oteli, hotel) or whose forms do
// (Komitesinin, committee; Senatoda, senate; not üniversite, a cue that
// link keys in its stem) and that name nothing by themselves in a name;
// nouns with more than one English head are left out (meclis:
// assembly and parliament; körfez: gulf and bay; dernek: society and
// association), and so are those that are given names or surnames too
// (deniz, sea; dağ, mountain).
//
// The other words of an organization's name that news translates word
// for word where it spells the rest (Ulusal Kasırga Merkezi, National
// Hurricane Center; Çocuk Hastanesi, Children's Hospital, Детская
// больница) are listed too, as the English word (nameWords): an
// organization's name is most often a calque of its English one, and its
// ID then keys the same words in every language. The same rules hold:
// one English word only (not yüksek: high and supreme; not merkezi as an
// adjective, which the noun merkez, center, covers), and none that is a
// given name or a surname too (devlet, adalet, barış, dünya, doğa).
func (Turkish) EnglishHead(stem string) string {
	if en := englishHeads[stem]; en != "" {
		return en
	}
	return nameWords[stem]
}

var englishHeads = map[string]string{
	"cadde": "street", "sokak": "street", "bulvar": "boulevard", "meydan": "square", "köprü": "bridge",
	"okyanus": "ocean", "nehir": "river", "ırmak": "river", "göl": "lake", "ada": "island",
	"konsey": "council", "mahkeme": "court", "enstitü": "institute", "kongre": "congress", "senato": "senate", "komite": "committee", "komisyon": "commission",
	"otel": "hotel", "hastane": "hospital", "kilise": "church", "müze": "museum", "okul": "school",
	"kulüp": "club", "vakıf": "foundation", "saray": "palace", "havalimanı": "airport", "havaalanı": "airport",
	"bakanlık": "ministry", "banka": "bank", "grup": "group", "örgüt": "organization", "cumhuriyet": "republic",
	"cami": "mosque", "vadi": "valley", "hapishane": "prison", "cezaevi": "prison", "akademi": "academy", "parti": "party",
}

var nameWords = map[string]string{
	"ulusal": "national", "milli": "national", "uluslararası": "international", "genel": "general",
	"merkez": "center", "birlik": "union", "halk": "people", "haber": "news", "haberler": "news",
	"güvenlik": "security", "savunma": "defense", "sağlık": "health", "eğitim": "education",
	"araştırma": "research", "bilim": "science", "tarih": "history", "çevre": "environment",
	"çocuk": "children", "kadın": "women", "insan": "human", "hak": "rights", "haklar": "rights",
	"acil": "emergency", "felaket": "disaster", "sanayi": "industry", "maliye": "finance",
	"istatistik": "statistics", "hizmet": "service",
}
